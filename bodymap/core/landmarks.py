"""Place anchors from anatomical landmarks computed on the mesh, not from guessed vertex ids.

A `Locate` recipe starts at a MakeHuman joint centre (or a fraction of the way between two), shifts by a few
centimetres along anatomical directions, and casts a ray; the skin vertex nearest to where the ray leaves
the body is the anchor. Recipes are written for the left side; directions are anatomical, so `lateral`
means +x on the left.

`from`/`to` may also name a palpable bony landmark of annotations/bony_landmarks.yaml: `landmark:acromion`
(a point), `landmark:spine_of_scapula` (a line's midpoint, by length along it) or
`landmark:spine_of_scapula@0.2` (a fifth of the way from its first anchor to its last). The landmark's skin
point is taken `LANDMARK_DEPTH_CM` inside the body (against the skin normal), so a recipe can shift from it
and cast its ray outward as from a joint.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np

from bodymap.core.body import Body
from bodymap.errors import BodymapError
from bodymap.core.schema import LANDMARK_PREFIX, LANDMARK_REF, Anchor, BonyLandmark, Locate, parse_direction

#: how far inside the skin a recipe starting at a landmark starts (cm)
LANDMARK_DEPTH_CM = 2.0
LANDMARKS_FILE = "bony_landmarks.yaml"

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


def polyline_point(points: np.ndarray, t: float) -> np.ndarray:
    """The point `t` (0..1) of the way along a polyline (k, 3), by length; a single point is itself."""
    points = np.asarray(points, dtype=float)
    if len(points) == 1:
        return points[0]
    steps = np.linalg.norm(np.diff(points, axis=0), axis=1)
    cum = np.concatenate([[0.0], np.cumsum(steps)])
    goal = float(np.clip(t, 0.0, 1.0)) * cum[-1]
    i = int(np.clip(np.searchsorted(cum, goal, side="right") - 1, 0, len(steps) - 1))
    frac = 0.0 if steps[i] == 0 else (goal - cum[i]) / steps[i]
    return points[i] + frac * (points[i + 1] - points[i])


def landmark_skin_point(body: Body, landmark: BonyLandmark, t: float | None = None) -> np.ndarray:
    """A landmark's point on the skin (left side): the point itself, or `t` along a line (None: midpoint)."""
    pts = body.vertices[[a.vertex for a in landmark.at]]
    return polyline_point(pts, 0.5 if t is None else t)


def _start(body: Body, name: str, landmarks: Mapping[str, BonyLandmark] | None) -> np.ndarray:
    """Where a recipe's `from`/`to` is: a joint centre, or a landmark's skin point 2 cm inside the body."""
    if not name.startswith(LANDMARK_PREFIX):
        return joint(body, name)
    match = LANDMARK_REF.fullmatch(name)
    if match is None:
        raise LandmarkError(f"cannot read landmark reference {name!r}; write 'landmark:ID' or 'landmark:ID@T'")
    lid, t = match.group(1), match.group(2)
    if not landmarks or lid not in landmarks:
        known = ", ".join(sorted(landmarks or {})) or f"none (no {LANDMARKS_FILE} found)"
        raise LandmarkError(f"unknown landmark {lid!r}; known landmarks: {known}")
    landmark = landmarks[lid]
    skin = landmark_skin_point(body, landmark, None if t is None else float(t))
    vids = [a.vertex for a in landmark.at]
    nearest = vids[int(np.argmin(np.linalg.norm(body.vertices[vids] - skin, axis=1)))]
    normal = np.asarray(body.vertex_normals[nearest], dtype=float)
    return skin - LANDMARK_DEPTH_CM * normal / np.linalg.norm(normal)


def read_landmarks(path: Path | str) -> dict[str, BonyLandmark]:
    """The landmarks of one bony_landmarks.yaml file, by id (raises on an invalid file)."""
    from bodymap.core._yaml import read_yaml, to_plain
    from bodymap.core.schema import BonyLandmarksFile

    data = read_yaml(Path(path).read_text(encoding="utf-8"), fast=True)
    return {lm.id: lm for lm in BonyLandmarksFile.model_validate(to_plain(data)).bony_landmarks}


def landmarks_near(path: Path | str) -> dict[str, BonyLandmark]:
    """The landmarks an annotation file's recipes may name: bony_landmarks.yaml in its folder or the nearest
    folder above it (annotations/muscles/leg.yaml -> annotations/bony_landmarks.yaml); {} when there is none."""
    here = Path(path).resolve()
    for folder in list(here.parents)[:3]:
        candidate = folder / LANDMARKS_FILE
        if candidate.is_file():
            return read_landmarks(candidate)
    return {}


def locate_point(body: Body, recipe: Locate, landmarks: Mapping[str, BonyLandmark] | None = None) -> np.ndarray:
    """The skin point (3,) a recipe describes (`landmarks`: what `landmark:ID` names, by id)."""
    start = _start(body, recipe.from_, landmarks)
    if recipe.to:
        start = start + recipe.t * (_start(body, recipe.to, landmarks) - start)
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


def place(body: Body, recipe: Locate, landmarks: Mapping[str, BonyLandmark] | None = None) -> Anchor:
    """Resolve a recipe into an anchor (vertex + position), keeping the recipe for reviewers."""
    return anchor_at_vertex(body, nearest_vertex(body, locate_point(body, recipe, landmarks)), recipe)
