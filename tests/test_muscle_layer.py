"""The muscle layer (annotations/anatomy/*.yaml): footprints resolved per side, one piece each, holding their
muscle's trigger points; fibres from origin to insertion; `bodymap under` and lookup's "under"; broken
files named by file, line and field."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bodymap.core import anatomy as A
from bodymap.core.atlas import read_atlas
from tests.mini_atlas import line_of as _line_of
from tests.mini_atlas import mini_with
from tests.mini_atlas import problems_of as _problems

LAYER = """anatomy:
  - muscle: soleus
    layer: deep
    under: [soleus]
    anchor_tolerance_cm: 1.5
    action: points the foot down
    origin:
      text: the back of the upper fibula and tibia
      at:
        - locate: {from: knee, to: ankle, t: 0.1, dir: posterior}
    insertion:
      text: the heel bone
      at:
        - locate: {from: ankle, shift: {inferior: 3}, dir: posterior}
    footprint:
      bands:
        - along:
            - locate: {from: knee, to: ankle, t: 0.14, dir: posterior}
            - locate: {from: knee, to: ankle, t: 0.84, dir: posterior}
          width_cm: [10, 5]
    sources: [{ref: ts2, detail: ch. 22}]
"""


@pytest.fixture
def mini(tmp_path) -> Path:
    dst = mini_with(tmp_path, "anatomy.yaml", LAYER)
    subprocess.run([sys.executable, "-m", "bodymap.cli", "place", str(dst / "anatomy.yaml")], check=True,
                   capture_output=True)
    return dst


def test_mini_layer_resolves_both_sides_as_mirrors(mini):
    atlas = read_atlas(mini)
    left, right = (atlas.muscle_site("soleus", s) for s in ("left", "right"))
    assert left.key == "soleus:left" and right.key == "soleus:right"
    assert np.array_equal(np.sort(atlas.body.mirror[left.footprint]), right.footprint)
    assert (atlas.body.side[left.footprint] == 1).all()
    assert A.components(atlas.body, left.footprint) == 1
    assert len(left.fibres) >= 3


def test_fibres_run_from_origin_to_insertion(mini):
    atlas = read_atlas(mini)
    site = atlas.muscle_site("soleus", "left")
    y = atlas.body.vertices[:, 1]
    for fibre in site.fibres:  # soleus runs from below the knee down to the heel
        assert y[fibre[0]] > y[fibre[-1]] + 10, fibre
        assert np.isin(fibre, site.footprint).all()


def test_the_real_layer_is_one_piece_per_belly_and_side_and_holds_its_points(atlas):
    assert atlas.muscle_sites, "the atlas has no muscle layer"
    for site in atlas.muscle_sites:
        assert A.components(atlas.body, site.footprint) == site.anatomy.bellies, site.key
        far = atlas.geodesics.distance_to_set(site.footprint, limit_cm=20)
        for tp in atlas.sites:
            if tp.muscle.id == site.muscle.id and tp.side in (site.side, "midline"):
                assert far[tp.vertex] <= site.anatomy.anchor_tolerance_cm + 1e-6, (site.key, tp.key)
        assert site.anatomy.layer == "superficial" or site.anatomy.under
        assert site.anatomy.sources and site.anatomy.origin.text and site.anatomy.insertion.text


def test_every_variant_draws_the_same_muscles():
    from bodymap.core.atlas import load_atlas
    from bodymap.core.body import load_body
    from bodymap.settings import VARIANTS

    keys = None
    for variant in VARIANTS:
        atlas = load_atlas(body=load_body(variant))
        these = sorted(m.key for m in atlas.muscle_sites)
        assert keys is None or these == keys, variant
        keys = these


def test_a_trigger_point_outside_its_footprint_is_named(mini):
    text = (mini / "anatomy.yaml").read_text().replace("width_cm: [10, 5]", "width_cm: [1, 1]")
    text = text.replace("t: 0.14, dir: posterior}", "t: 0.3, dir: posterior}")
    (mini / "anatomy.yaml").write_text(text.replace("anchor_tolerance_cm: 1.5", "anchor_tolerance_cm: 0"))
    problems = _problems(mini)
    assert any("anatomy.yaml:" in p and "anatomy[0].footprint: trigger point soleus_tp1 (left) lies" in p
               and "outside the footprint of soleus" in p for p in problems), problems


def test_unknown_muscle_deep_without_cover_and_bad_source_name_file_line_field(mini):
    text = (mini / "anatomy.yaml").read_text()
    bad = text.replace("muscle: soleus", "muscle: soleuss").replace("ref: ts2", "ref: grayy")
    (mini / "anatomy.yaml").write_text(bad)
    problems = _problems(mini)
    assert any(p.startswith(f"anatomy.yaml:{_line_of(bad, 'soleuss')}: anatomy[0].muscle: unknown muscle 'soleuss'")
               for p in problems), problems
    bad = text.replace("    under: [soleus]\n", "")
    (mini / "anatomy.yaml").write_text(bad)
    problems = _problems(mini)
    assert any(p.startswith("anatomy.yaml:") and "a deep muscle names the muscles over it in `under`" in p
               for p in problems), problems


def test_a_footprint_in_two_pieces_is_refused(mini):
    text = (mini / "anatomy.yaml").read_text()
    two = text.replace("    sources: [{ref: ts2, detail: ch. 22}]", """      disks:
        - at:
            locate: {from: shoulder, dir: lateral}
          radius_cm: 3
    sources: [{ref: ts2, detail: ch. 22}]""")
    (mini / "anatomy.yaml").write_text(two)
    subprocess.run([sys.executable, "-m", "bodymap.cli", "place", str(mini / "anatomy.yaml")], check=True,
                   capture_output=True)
    problems = _problems(mini)
    assert any("anatomy[0].footprint: the footprint falls into 2 pieces" in p for p in problems), problems


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "bodymap.cli", *args], capture_output=True, text=True)


def test_under_lists_superficial_first_with_what_lies_over(atlas):
    from bodymap.core.landmarks import place
    from bodymap.core.schema import Locate

    vertex = place(atlas.body, Locate.model_validate({"from": "knee", "to": "ankle", "t": 0.3, "dir": "posterior"})).vertex
    run = _cli("under", "--vertex", str(vertex), "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["vertex"] == vertex
    layers = [m["layer"] for m in out["muscles"]]
    assert layers == sorted(layers, key=lambda x: x != "superficial"), layers
    soleus = next(m for m in out["muscles"] if m["muscle_id"] == "soleus")
    assert soleus["layer"] == "deep" and "gastrocnemius" in soleus["over"]
    assert set(soleus) >= {"muscle_id", "muscle_name", "layer", "over"}
    text = _cli("under", "--vertex", str(vertex))
    assert "Soleus (deep, under Gastrocnemius)" in text.stdout


@pytest.mark.parametrize("bad", ["99999", "-3", "x"])
def test_under_refuses_bad_vertices_in_one_line(bad):
    run = _cli("under", "--vertex", bad)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_lookup_json_gains_under_and_keeps_its_keys(atlas):
    from bodymap.core.landmarks import place
    from bodymap.core.schema import Locate

    vertex = place(atlas.body, Locate.model_validate({"from": "knee", "to": "ankle", "t": 0.3,
                                                       "dir": "anterior+0.5lateral"})).vertex
    out = json.loads(_cli("lookup", "--vertex", str(vertex), "--json").stdout)
    assert {"candidates", "nerve_roots", "region", "under"} <= set(out)
    assert "tibialis_anterior" in [m["muscle_id"] for m in out["under"]]


def test_validate_reports_cover_and_overlap():
    out = _cli("validate").stdout
    assert "muscle layer:" in out and "superficial footprints cover" in out and "under two or more" in out


def test_a_band_spine_searched_near_its_waypoints_is_the_whole_body_shortest_path(body):
    """graph_path searches only as far as a leg can reach, falling back to the whole body: the same path as a
    search of the whole body, for near and far waypoints."""
    from scipy.sparse.csgraph import dijkstra

    rng = np.random.default_rng(4)
    for _ in range(20):
        ids = [int(v) for v in rng.integers(0, body.n_vertices, 3)]
        if _ % 2:  # a leg to a near vertex, as band spines mostly are
            ids[1] = int(np.argsort(np.linalg.norm(body.vertices - body.vertices[ids[0]], axis=1))[8])
        expected = [ids[0]]
        for a, b in zip(ids[:-1], ids[1:]):
            _, pred = dijkstra(body.edge_graph, indices=a, return_predecessors=True)
            leg = [b]
            while leg[-1] != a and pred[leg[-1]] >= 0:
                leg.append(int(pred[leg[-1]]))
            expected.extend(reversed(leg[:-1]))
        assert A.graph_path(body, ids).tolist() == expected
