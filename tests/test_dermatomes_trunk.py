"""The nerve-root layer's trunk bands T3-T12 (annotations/dermatomes.yaml, after Lee, McPhee & Stringer 2008,
who draw the trunk as bands). The landmarks are found on the mesh itself, never written in as vertex ids: the
navel is the deepest point of the front midline of the abdomen, the nipple line the most forward point of the
chest; pain there must name T10 and T4 (or T5), through `bodymap lookup` as a user asks it."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

TRUNK = [f"T{n}" for n in range(3, 13)]


def _navel(atlas) -> int:
    """The deepest vertex of the front midline between the low lumbar and thoracolumbar levels (the navel)."""
    v, j = atlas.body.vertices, atlas.body.joints
    band = np.flatnonzero((np.abs(v[:, 0]) < 1.0) & (v[:, 2] > 5)
                          & (v[:, 1] > j["spine_4"][1]) & (v[:, 1] < j["spine_2"][1]))
    return int(band[np.argmin(v[band, 2])])


def _nipple(atlas) -> int:
    """The most forward vertex of the left chest at least 5 cm from the midline (off the breastbone), between the
    thoracolumbar level and the collarbone."""
    v, j = atlas.body.vertices, atlas.body.joints
    chest = np.flatnonzero((v[:, 0] > 5) & (v[:, 0] < 15) & (v[:, 1] > j["spine_2"][1])
                           & (v[:, 1] < j["l_clavicle"][1] - 6))
    return int(chest[np.argmax(v[chest, 2])])


def _roots_cli(vertex: int) -> list[tuple[str, str]]:
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "lookup", "--vertex", str(vertex), "--json",
                          "--limit", "3"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return [(r["root"], r["side"]) for r in json.loads(run.stdout)["nerve_roots"]]


def _roots(engine, vertices) -> list[str]:
    return [r.root for r in engine.nerve_roots(vertices)]


def test_the_navel_is_t10_on_both_sides(atlas):
    navel = _navel(atlas)
    assert atlas.region_of_vertex[navel] in {atlas.regions.index(r) for r in atlas.regions
                                             if "abdomen" in r.name}
    assert sorted(_roots_cli(navel)) == [("T10", "left"), ("T10", "right")]


def test_the_nipple_line_is_t4_or_t5(atlas):
    found = _roots_cli(_nipple(atlas))
    assert found and {root for root, _side in found} <= {"T4", "T5"}, found
    assert all(side == "left" for _root, side in found)


def test_the_groin_stays_l1(engine, atlas):
    groin = atlas.region_vertices(atlas.regions.index(atlas.region_by_name("left groin")))
    found = engine.nerve_roots(groin)
    assert found[0].root == "L1" and found[0].share > 0.9, found
    assert "L1" in _roots(engine, [atlas.body.central_vertex(groin)])


def test_the_bands_run_in_order_down_the_front(engine, atlas):
    """Down a line 3 cm left of the front midline, from the nipple line to the pubic bone, the highest root
    named never goes back up."""
    v = atlas.body.vertices
    top, bottom = v[_nipple(atlas), 1], v[_navel(atlas), 1] - 6
    line = np.flatnonzero((np.abs(v[:, 0] - 3) < 1.0) & (v[:, 2] > 8) & (v[:, 1] < top) & (v[:, 1] > bottom))
    line = line[np.argsort(-v[line, 1])]
    levels = [min(int(r[1:]) for r in roots) for roots in (_roots(engine, [i]) for i in line)
              if roots and all(r in TRUNK for r in roots)]
    assert len(levels) > 8 and levels == sorted(levels), levels
    assert levels[0] <= 5 and levels[-1] >= 11


def test_each_band_rises_towards_the_back(atlas):
    v = atlas.body.vertices
    for d in atlas.dermatomes:
        if d.root in TRUNK and d.side == "left":
            front, back = d.vertices[v[d.vertices, 2] > 6], d.vertices[v[d.vertices, 2] < -1]
            assert len(front) and len(back), d.root
            assert v[back, 1].mean() > v[front, 1].mean() + 5, d.root


@pytest.mark.parametrize("region", ["left upper abdomen", "left lower abdomen", "left lower chest",
                                    "left mid back"])
def test_painted_trunk_regions_name_trunk_roots_only(engine, atlas, region):
    vertices = atlas.region_vertices(atlas.regions.index(atlas.region_by_name(region)))
    found = engine.nerve_roots(vertices)
    assert found and found[0].root in TRUNK, found
