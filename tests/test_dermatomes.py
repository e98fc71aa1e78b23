"""The nerve-root layer: dermatomes after Lee, McPhee & Stringer 2008 (annotations/dermatomes.yaml). Pain at a
site (the most central vertex of a named pain region, as in the textbook cases) must name the root whose
dermatome lies there; the layer's files fail with file:line messages like every other annotation file."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bodymap.core.atlas import read_atlas
from tests.mini_atlas import line_of as _line_of
from tests.mini_atlas import mini_with
from tests.mini_atlas import problems_of as _problems

CASES = [
    # (pain region, expected root)
    ("left top of foot", "L5"),
    ("left big toe", "L5"),
    ("left outer lower leg", "L5"),
    ("left outer edge of foot", "S1"),
    ("left plantar heel", "S1"),
    ("left back of heel", "S1"),
    ("left thumb", "C6"),
    ("left base of thumb (thenar)", "C6"),
    ("left index and middle fingers", "C7"),
    ("left ring and little fingers", "C8"),
    ("left inner shin (medial lower leg)", "L4"),
    ("left inner ankle", "L4"),
    ("left kneecap", "L3"),
    ("left inner knee", "L3"),
    ("left front of thigh", "L2"),
    ("left groin", "L1"),
    ("left back of thigh", "S2"),
    ("left side of shoulder (deltoid)", "C5"),
    ("left top of shoulder", "C4"),
    ("left inner elbow (medial epicondyle)", "T1"),
    ("left armpit", "T2"),
]


def _central_vertex(atlas, region_name):
    region = atlas.region_by_name(region_name)
    return atlas.body.central_vertex(atlas.region_vertices(atlas.regions.index(region)))


def _skin_vertex_at(atlas, joint: str) -> int:
    return int(atlas.body.vertex_tree.query(atlas.body.joints[joint])[1])


@pytest.mark.parametrize("region,root", CASES, ids=[f"{r}->{root}" for r, root in CASES])
def test_pain_site_names_its_root(engine, atlas, region, root):
    vertex = _central_vertex(atlas, region)
    found = engine.nerve_roots([vertex])
    assert (root, "left") in [(r.root, r.side) for r in found], f"{region} (vertex {vertex}): got {found}"
    assert all(r.side == "left" for r in found)


def test_little_finger_tip_is_c8_and_thumb_tip_is_c6(engine, atlas):
    little = [r.root for r in engine.nerve_roots([_skin_vertex_at(atlas, "l_finger_5_4")])]
    thumb = [r.root for r in engine.nerve_roots([_skin_vertex_at(atlas, "l_finger_1_4")])]
    assert "C8" in little and "C6" not in little
    assert "C6" in thumb and "C8" not in thumb


def test_the_right_side_is_the_mirror(engine, atlas):
    vertex = _central_vertex(atlas, "right top of foot")
    assert [(r.root, r.side) for r in engine.nerve_roots([vertex])] == [("L5", "right")]


def test_top_of_foot_is_l5_only_and_heel_is_not_l5(engine, atlas):
    assert [r.root for r in engine.nerve_roots([_central_vertex(atlas, "left top of foot")])] == ["L5"]
    assert "L5" not in [r.root for r in engine.nerve_roots([_central_vertex(atlas, "left plantar heel")])]


def test_no_root_where_the_layer_draws_none(engine, atlas):
    assert engine.nerve_roots([_central_vertex(atlas, "left low back (lumbar)")]) == ()


def test_a_painted_set_gets_shares_per_root(engine, atlas):
    foot = atlas.region_vertices(atlas.regions.index(atlas.region_by_name("left top of foot")))
    heel = atlas.region_vertices(atlas.regions.index(atlas.region_by_name("left plantar heel")))
    found = {r.root: r.share for r in engine.nerve_roots(np.concatenate([foot, heel]))}
    assert set(found) >= {"L5", "S1"}
    assert 0.05 < found["L5"] < 0.95 and 0.05 < found["S1"] < 0.95
    areas = atlas.body.vertex_areas
    assert found["L5"] == pytest.approx(areas[foot].sum() / (areas[foot].sum() + areas[heel].sum()), abs=0.02)


def test_the_layer_names_its_map_its_uncertainty_and_sources(atlas):
    layer = atlas.dermatome_map
    assert layer is not None and "Lee" in layer.map and "overlap" in layer.uncertainty
    catalogue = {s.id for s in atlas.info.sources}
    assert "lee2008" in catalogue and atlas.info.sources[-1].id == "lee2008"
    roots = {d.root for d in atlas.dermatomes}
    assert roots >= {"C5", "C6", "C7", "C8", "T1", "L1", "L2", "L3", "L4", "L5", "S1", "S2"}
    assert {d.side for d in atlas.dermatomes} == {"left", "right"}
    assert all(d.dermatome.sources and len(d.vertices) for d in atlas.dermatomes)


def _cli(*args):
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "lookup", *args], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_lookup_json_and_text_name_the_root(atlas):
    out = json.loads(_cli("--region", "left top of foot", "--json", "--limit", "3"))
    assert out["nerve_roots"] == [{"root": "L5", "side": "left", "share": 1.0}]
    text = _cli("--region", "left top of foot", "--limit", "3")
    assert "this area is also the L5 nerve root's: numbness, tingling or weakness there needs a professional" in text
    # the buttock: no root drawn there (the trunk bands end at T12, whose back reaches the top of the low back)
    assert "nerve root" not in _cli("--region", "left buttock", "--limit", "3")


def test_several_roots_are_named_in_one_line():
    from bodymap import texts

    assert texts.nerve_roots(["S1", "S2", "S1"]).startswith("this area is also the S1 and S2 nerve roots':")
    assert texts.nerve_roots(["L3", "L4", "L5"]).startswith("this area is also the L3, L4 and L5 nerve roots':")


# ---- broken files name file and line ------------------------------------------------------------------

LAYER = """dermatomes:
  map: a test map
  uncertainty: dermatomes overlap and vary
  sources: [{ref: ts2}]
  roots:
    - root: S1
      area: the heel
      zone:
        regions: [plantar_heel]
      sources: [{ref: ts2}]
    - root: S2
      area: the calf
      zone:
        regions: [calf]
      sources: [{ref: ts2}]
"""


@pytest.fixture
def mini(tmp_path) -> Path:
    dst = mini_with(tmp_path, "dermatomes.yaml", LAYER)
    return dst


def test_mini_layer_loads_mirrored(mini):
    atlas = read_atlas(mini)
    assert sorted(d.key for d in atlas.dermatomes) == ["S1:left", "S1:right", "S2:left", "S2:right"]


def test_a_bad_root_names_file_line_and_field(mini):
    text = LAYER.replace("root: S2", "root: L9")
    (mini / "dermatomes.yaml").write_text(text)
    problems = _problems(mini)
    line = _line_of(text, "root: L9")
    assert any(p.startswith(f"dermatomes.yaml:{line}: dermatomes.roots[1].root:") for p in problems), problems


def test_unknown_region_duplicate_root_and_unknown_source_are_reported_together(mini):
    text = LAYER.replace("regions: [calf]", "regions: [calff]").replace("root: S2", "root: S1")
    text = text.replace("      sources: [{ref: ts2}]\n    - root", "      sources: [{ref: lee9}]\n    - root")
    (mini / "dermatomes.yaml").write_text(text)
    problems = _problems(mini)
    assert any(p.startswith(f"dermatomes.yaml:{_line_of(text, 'lee9')}: dermatomes.roots[0].sources[0].ref: "
                            "unknown source 'lee9'") for p in problems), problems
    assert any(p.startswith("dermatomes.yaml:") and "roots[1].root: duplicate root 'S1'" in p for p in problems)
    text = LAYER.replace("regions: [calf]", "regions: [calff]")
    (mini / "dermatomes.yaml").write_text(text)
    problems = _problems(mini)
    assert any(p.startswith(f"dermatomes.yaml:{_line_of(text, 'calff')}: dermatomes.roots[1].zone.regions[0]: "
                            "unknown region 'calff'") for p in problems), problems
