"""Place anchors from anatomical landmarks computed on the mesh, not from guessed vertex ids.

A `Locate` recipe starts at a MakeHuman joint centre (or a fraction of the way between two), shifts by a few
centimetres along anatomical directions, and casts a ray; the skin vertex nearest to where the ray leaves
the body is the anchor. Recipes are written for the left side; directions are anatomical, so `lateral`
means +x on the left.
"""
from __future__ import annotations

import numpy as np

from bodymap.core.body import Body
from bodymap.errors import BodymapError
from bodymap.core.schema import Anchor, Locate, parse_direction

#: Anatomical direction -> unit vector for the LEFT side (body faces +z, its left is +x, y up).
_AXES = {
    "anterior": (0.0, 0.0, 1.0),
    "posterior": (0.0, 0.0, -1.0),
    "lateral": (1.0, 0.0, 0.0),
    "medial": (-1.0, 0.0, 0.0),
    "superior": (0.0, 1.0, 0.0),
    "inferior": (0.0, -1.0, 0.0),
}

#: Friendly joint aliases -> MakeHuman joint names (without side prefix).
JOINT_ALIASES = {"hip": "upper_leg", "wrist": "hand", "big_toe": "toe_1_1", "little_toe": "toe_5_1"}


class LandmarkError(BodymapError):
    """A recipe names an unknown joint or its ray misses the body."""


def direction_vector(words: dict[str, float] | str) -> np.ndarray:
    """Anatomical direction words (dict or 'posterior+0.5medial') -> unit (3,) vector for the left side."""
    weights = parse_direction(words) if isinstance(words, str) else words
    vec = sum((w * np.asarray(_AXES[k]) for k, w in weights.items()), np.zeros(3))
    norm = np.linalg.norm(vec)
    if norm == 0:
        raise LandmarkError(f"direction {words!r} has no length")
    return vec / norm


def joint(body: Body, name: str) -> np.ndarray:
    """Position (3,) of a joint by side-less name ('knee' -> left knee, 'spine_2', 'pelvis')."""
    name = JOINT_ALIASES.get(name, name)
    for candidate in (f"l_{name}", name):
        if candidate in body.joints:
            return np.asarray(body.joints[candidate], dtype=float)
    known = sorted({n.removeprefix("l_") for n in body.joints if not n.startswith("r_")} | set(JOINT_ALIASES))
    raise LandmarkError(f"unknown joint {name!r}; known joints: {', '.join(known)}")


def locate_point(body: Body, recipe: Locate) -> np.ndarray:
    """The skin point (3,) a recipe describes."""
    start = joint(body, recipe.from_)
    if recipe.to:
        start = start + recipe.t * (joint(body, recipe.to) - start)
    for word, cm in recipe.shift.items():
        start = start + cm * np.asarray(_AXES[word])
    if recipe.exit == "first" and not body.trimesh.contains([start])[0]:
        raise LandmarkError(f"the recipe's start point {np.round(start, 1).tolist()} lies outside the body; "
                            "start at a joint inside the limb or trunk, shift less, or use `exit: last`")
    direction = direction_vector(recipe.dir)
    locations, _, _ = body.trimesh.ray.intersects_location([start], [direction], multiple_hits=True)
    if len(locations) == 0:
        raise LandmarkError(f"the ray of recipe {recipe.model_dump(by_alias=True, exclude_defaults=True)} "
                            "misses the body; move its start or change its direction")
    along = (locations - start) @ direction
    ahead = locations[along > 0]
    if len(ahead) == 0:
        raise LandmarkError("the ray starts outside the body; start it at a joint inside the limb or trunk")
    order = (ahead - start) @ direction
    return ahead[np.argmax(order)] if recipe.exit == "last" else ahead[np.argmin(order)]


def nearest_vertex(body: Body, point: np.ndarray) -> int:
    """Id of the skin vertex closest to a point."""
    return int(np.argmin(np.linalg.norm(body.vertices - np.asarray(point), axis=1)))


def anchor_at_vertex(body: Body, vertex: int, locate: Locate | None = None) -> Anchor:
    """An Anchor for a vertex, with its position rounded to 0.1 mm."""
    pos = tuple(round(float(x), 2) for x in body.vertices[vertex])
    return Anchor(vertex=vertex, position=pos, locate=locate)


def place(body: Body, recipe: Locate) -> Anchor:
    """Resolve a recipe into an anchor (vertex + position), keeping the recipe for reviewers."""
    return anchor_at_vertex(body, nearest_vertex(body, locate_point(body, recipe)), recipe)
