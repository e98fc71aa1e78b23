"""The palpable bony landmark layer (annotations/bony_landmarks.yaml): an optional file kind resolved into
`atlas.landmarks` (mirrored per side), recipes that start from a landmark (`from: landmark:ID[@T]`), and
file:line messages for a broken layer like every other annotation file."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bodymap.build.place import place_file
from bodymap.core.atlas import read_atlas
from bodymap.core.body import load_body
from bodymap.core.landmarks import LandmarkError, landmarks_near, locate_point, place, polyline_point
from bodymap.core.schema import BonyLandmark, Locate
from tests.mini_atlas import MINI, mini_with
from tests.mini_atlas import problems_of as _problems

LAYER = """\
bony_landmarks:
  - id: lateral_malleolus
    name: lateral malleolus
    plain_name: the outer ankle bone
    kind: point
    at:
      - locate: {from: ankle, shift: {inferior: 0.8, posterior: 0.5}, dir: lateral}
    how_to_feel: The large bump on the outside of the ankle.
    sources: [{ref: ts2}]
  - id: shin
    name: anterior border of the tibia
    plain_name: the shin bone's edge
    kind: line
    at:
      - locate: {from: knee, to: ankle, t: 0.2, dir: anterior}
      - locate: {from: knee, to: ankle, t: 0.8, dir: anterior}
    how_to_feel: Run a finger down the front of the leg.
    sources: [{ref: ts2}]
"""


@pytest.fixture
def mini(tmp_path) -> Path:
    dst = mini_with(tmp_path, "bony_landmarks.yaml", LAYER)
    place_file(dst / "bony_landmarks.yaml", load_body())
    return dst


def test_the_layer_loads_mirrored_and_is_optional(mini):
    atlas = read_atlas(mini)
    assert sorted(s.key for s in atlas.landmarks) == ["lateral_malleolus:left", "lateral_malleolus:right",
                                                     "shin:left", "shin:right"]
    body = atlas.body
    left = next(s for s in atlas.landmarks if s.key == "shin:left")
    right = next(s for s in atlas.landmarks if s.key == "shin:right")
    assert len(left.vertices) == 2
    assert np.allclose(body.vertices[right.vertices] * [-1, 1, 1], body.vertices[left.vertices], atol=0.3)
    assert read_atlas(MINI).landmarks == ()


def test_a_recipe_can_start_from_a_landmark(mini):
    body = load_body()
    marks = landmarks_near(mini / "muscles" / "leg.yaml")
    assert set(marks) == {"lateral_malleolus", "shin"}
    at = place(body, Locate.model_validate({"from": "landmark:lateral_malleolus", "shift": {"superior": 5},
                                            "dir": "lateral"}), marks)
    malleolus = body.vertices[marks["lateral_malleolus"].at[0].vertex]
    assert 3.5 < at.position[1] - malleolus[1] < 6.5 and abs(at.position[0] - malleolus[0]) < 1.5
    # a line: its midpoint by default, `@T` along it
    ends = body.vertices[[a.vertex for a in marks["shin"].at]]
    mid = locate_point(body, Locate.model_validate({"from": "landmark:shin", "dir": "anterior"}), marks)
    low = locate_point(body, Locate.model_validate({"from": "landmark:shin@0.9", "dir": "anterior"}), marks)
    assert abs(mid[1] - ends[:, 1].mean()) < 1.5
    assert low[1] < mid[1] - 5
    with pytest.raises(LandmarkError, match="unknown landmark 'fibula'"):
        place(body, Locate.model_validate({"from": "landmark:fibula", "dir": "lateral"}), marks)


def test_polyline_point_goes_by_length():
    pts = np.array([[0.0, 0, 0], [1, 0, 0], [1, 3, 0]])
    assert np.allclose(polyline_point(pts, 0.5), [1, 1, 0])
    assert np.allclose(polyline_point(pts, 0.0), pts[0]) and np.allclose(polyline_point(pts, 1.0), pts[-1])


def test_schema_checks_kind_and_reference_syntax():
    base = {"id": "x", "name": "x", "plain_name": "x", "how_to_feel": "x", "sources": [{"ref": "ts1"}],
            "at": [{"vertex": 1, "position": [0, 0, 0]}] * 2}
    with pytest.raises(ValueError, match="exactly one anchor"):
        BonyLandmark.model_validate({**base, "kind": "point"})
    with pytest.raises(ValueError, match="two or more anchors"):
        BonyLandmark.model_validate({**base, "kind": "line", "at": base["at"][:1]})
    with pytest.raises(ValueError, match="cannot read landmark reference"):
        Locate.model_validate({"from": "landmark:Bad Name", "dir": "lateral"})


def test_an_unknown_landmark_in_a_recipe_and_a_bad_source_name_file_and_line(mini):
    leg = mini / "muscles" / "leg.yaml"
    text = leg.read_text().replace("locate: {from: ankle, to: knee, t: 0.14,",
                                   "locate: {from: 'landmark:talus', to: knee, t: 0.14,", 1)
    leg.write_text(text)
    (mini / "bony_landmarks.yaml").write_text((mini / "bony_landmarks.yaml").read_text().replace(
        "ref: ts2", "ref: gray9", 1))
    problems = _problems(mini)
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "landmark:talus" in s)
    assert any(p.startswith(f"muscles/leg.yaml:{line}: ") and "unknown landmark 'talus'" in p
               for p in problems), problems
    assert any(p.startswith("bony_landmarks.yaml:") and "unknown source 'gray9'" in p for p in problems), problems
