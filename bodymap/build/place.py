"""`bodymap place`: fill in every anchor's vertex and position from its `locate` recipe, in place.

Authors write a recipe (`locate: {from: knee, to: ankle, t: 0.25, dir: posterior+medial}`); this tool
computes the skin vertex and writes `vertex` and `position` next to it, keeping comments and layout
(ruamel round-trip). Running it twice changes nothing; tests check that every recipe still gives its
stored vertex.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from bodymap.core._yaml import YamlReadError, iter_mappings, read_yaml, write_atomic
from bodymap.core.body import Body
from bodymap.errors import BodymapError
from bodymap.core.landmarks import LandmarkError, landmarks_near, place
from bodymap.core.schema import Locate


def iter_located(tree: Any) -> Iterator[tuple[tuple, CommentedMap]]:
    """Every mapping in the tree that has a `locate` recipe, with its path."""
    return ((path, node) for path, node in iter_mappings(tree, "locate") if isinstance(node["locate"], dict))


def place_file(path: Path, body: Body, write: bool = True,
               warn: Callable[[str], None] = lambda m: None, landmarks: dict | None = None) -> tuple[int, int]:
    """Resolve every recipe in one YAML file. Returns (anchors seen, anchors changed).

    Recipes naming `landmark:ID` use `landmarks` (by id), by default those of the bony_landmarks.yaml in the
    file's folder or above it.

    Recipes are written for the left side: an anchor that lands clearly on the right (x < -1 cm) is
    reported through `warn`, since a ray that crossed the pelvis or the neck is the usual cause.
    """
    from ruamel.yaml import YAML
    import io

    text = path.read_text(encoding="utf-8")
    try:
        tree = read_yaml(text)
    except YamlReadError as exc:
        raise BodymapError(f"{path}:{exc.line or '?'}: {exc}") from None
    seen = changed = 0
    lazy: dict | None = landmarks
    for loc, node in iter_located(tree):
        seen += 1
        try:
            recipe = Locate.model_validate(dict(node["locate"]))
            if lazy is None and "landmark:" in f"{recipe.from_} {recipe.to}":
                lazy = landmarks_near(path)
            anchor = place(body, recipe, lazy)
        except (LandmarkError, ValueError) as exc:
            line = node.lc.line + 1
            raise BodymapError(f"{path}:{line}: locate: {exc}") from None
        if anchor.position[0] < -1.0:
            warn(f"{path}:{node.lc.line + 1}: anchor lands on the right side (x = {anchor.position[0]:.1f} cm); "
                 "recipes are written for the left side: did the ray cross the midline?")
        position = CommentedSeq(anchor.position)
        position.fa.set_flow_style()
        if node.get("vertex") != anchor.vertex or list(node.get("position") or []) != list(anchor.position):
            changed += 1
            node["vertex"] = anchor.vertex
            node["position"] = position
    if changed and write:
        yaml = YAML(typ="rt")
        yaml.width = 4096  # never wrap long texts (wrapping left trailing spaces)
        yaml.indent(mapping=2, sequence=4, offset=2)
        buf = io.StringIO()
        yaml.dump(tree, buf)
        write_atomic(path, buf.getvalue())
    return seen, changed


def place_folder(root: Path, body: Body, progress: Callable[[str], None] = lambda m: None) -> tuple[int, int]:
    """Resolve recipes in every YAML file under root. Returns totals (seen, changed)."""
    total_seen = total_changed = 0
    for path in sorted(Path(root).rglob("*.yaml")):
        seen, changed = place_file(path, body, warn=progress)
        if seen:
            progress(f"{path.relative_to(root)}: {seen} anchors, {changed} updated")
        total_seen += seen
        total_changed += changed
    return total_seen, total_changed
