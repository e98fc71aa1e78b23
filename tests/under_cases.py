"""Shared by the surface-anatomy tests (tests/test_under_cases*.py): a point of skin placed with a landmark
recipe (as the atlas places anchors, so no vertex id is hand-picked) must have the expected muscle under it.
"""
from __future__ import annotations

from bodymap.core.anatomy import muscles_under
from bodymap.core.landmarks import place
from bodymap.core.schema import Locate


def assert_under(atlas, recipe: dict, expected: str, source: str, layer: str | None = None) -> None:
    """The muscle `expected` lies under the skin point of `recipe` (left side), optionally in `layer`."""
    vertex = place(atlas.body, Locate.model_validate(recipe)).vertex
    found = muscles_under(atlas.muscle_sites, vertex)
    ids = [m["muscle_id"] for m in found]
    assert expected in ids, f"{recipe} (vertex {vertex}): expected {expected} ({source}); found {ids or 'none'}"
    if layer is not None:
        got = next(m["layer"] for m in found if m["muscle_id"] == expected)
        assert got == layer, f"{expected} at {recipe}: layer {got}, expected {layer} ({source})"
