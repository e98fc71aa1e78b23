"""Results grouped by muscle (issue 18): one row per muscle and side, its trigger points under it, best first; a
muscle whose left and right refer equally is one row, "both sides"; the limit counts rows."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from bodymap.settings import CANDIDATE_LIMIT


def _sides(row) -> set[str]:
    return {"left", "right"} if row.row_side == "both" else {row.row_side}


def _check_rows(engine, vertices, what: str) -> None:
    result = engine.lookup(vertices, limit=CANDIDATE_LIMIT, with_paths=False)
    seen = set()
    for row in result.candidates:
        for side in _sides(row):
            assert (row.site.muscle.id, side) not in seen, f"{what}: {row.site.muscle.id} {side} listed twice"
            seen.add((row.site.muscle.id, side))
        points = row.points
        assert points[0].site is row.site and points[0].score == row.score and points[0].zone == row.zone
        assert all(p.site.muscle.id == row.site.muscle.id and p.site.side in _sides(row) for p in points)
        ranks = [round(p.score, 6) for p in points]  # the ranking compares scores to 6 decimals
        assert ranks == sorted(ranks, reverse=True), what
        if row.row_side == "both":
            assert points[0].site.side == "left" and points[1].site.side == "right", what
            assert points[0].site.trigger_point.id == points[1].site.trigger_point.id, what
            assert round(points[0].score, 6) == round(points[1].score, 6), what
    scores = [round(r.score, 6) for r in result.candidates]
    assert scores == sorted(scores, reverse=True), what
    # no trigger point is lost: every ranked site of a listed muscle and side is in its row
    order, *_ = engine.ranked_sites(engine.check_vertices(vertices))
    listed = {p.site.index for r in result.candidates for p in r.points}
    for i in order:
        s = engine.atlas.sites[i]
        if (s.muscle.id, s.side) in seen:
            assert i in listed, f"{what}: {s.key} missing from its row"
    # the limit counts rows
    assert len(result.candidates) == min(CANDIDATE_LIMIT, len(engine.rows(order, engine.scores(
        engine.check_vertices(vertices))[0]))), what


def test_no_muscle_and_side_twice_in_the_top_rows_for_clicks_and_drawings(atlas, engine):
    rng = np.random.default_rng(18)
    covered = np.flatnonzero((engine.zone_code >= 0).any(axis=0))
    for v in rng.choice(covered, size=500, replace=False):
        _check_rows(engine, [int(v)], f"click at {int(v)}")
    for k, i in enumerate(rng.choice(len(atlas.regions), size=20, replace=False)):
        _check_rows(engine, atlas.region_vertices(int(i)), f"region drawing {atlas.regions[int(i)].name}")
    for site in [atlas.sites[i] for i in rng.choice(len(atlas.sites), size=10, replace=False)]:
        zone = np.concatenate([site.essential, site.spillover])
        _check_rows(engine, rng.choice(zone, size=min(40, len(zone)), replace=False), f"drawing on {site.key}")


def _flat_top(engine, vertices) -> list:
    order, *_ = engine.ranked_sites(engine.check_vertices(vertices))
    return [engine.atlas.sites[i] for i in order[:CANDIDATE_LIMIT]]


def test_back_of_the_head_lists_upper_trapezius_once(atlas, engine):
    """Issue 18: a pain at the back of the head listed upper trapezius four times (TP1 and TP2, both sides)."""
    heads = [atlas.regions.index(atlas.region_by_name(f"{s} back of the head (occiput)")) for s in ("left", "right")]
    clicks = [int(v) for r in heads for v in atlas.region_vertices(r)
              if sum(s.muscle.id == "upper_trapezius" for s in _flat_top(engine, [int(v)])) >= 4]
    assert clicks, "the case of the issue: some click at the back of the head had upper trapezius four times"
    for v in clicks:
        rows = [c for c in engine.lookup([v], limit=CANDIDATE_LIMIT, with_paths=False).candidates
                if c.site.muscle.id == "upper_trapezius"]
        assert len(rows) == 1 and rows[0].row_side == "both", f"vertex {v}: {[r.row_side for r in rows]}"
        assert {p.site.key for p in rows[0].points} == {f"upper_trapezius_tp{n}:{s}" for n in (1, 2)
                                                        for s in ("left", "right")}


def test_a_painted_outer_thigh_lists_vastus_lateralis_once(atlas, engine):
    """Issue 18: a painted outer thigh listed vastus lateralis three times (TP3, TP4, TP2)."""
    thigh = atlas.region_vertices(atlas.regions.index(atlas.region_by_name("left outer thigh")))
    assert sum(s.muscle.id == "vastus_lateralis" for s in _flat_top(engine, thigh)) >= 3
    result = engine.lookup(thigh, limit=CANDIDATE_LIMIT, with_paths=False)
    rows = [c for c in result.candidates if c.site.muscle.id == "vastus_lateralis"]
    assert len(rows) == 1 and rows[0].row_side == "left"
    assert rows[0].site.trigger_point.id == "vastus_lateralis_tp3" and len(rows[0].points) >= 3
    # the places the duplicates took now go to other muscles
    assert len({c.site.muscle.id for c in result.candidates}) == len(result.candidates) == CANDIDATE_LIMIT


def test_a_midline_pain_lists_a_muscle_once_as_both_sides(atlas, engine):
    neck = atlas.region_vertices(atlas.regions.index(atlas.region_by_name("back of neck")))
    result = engine.lookup(neck, limit=CANDIDATE_LIMIT, with_paths=False)
    both = [c for c in result.candidates if c.row_side == "both"]
    assert both, "a drawing of the whole (symmetric) back of the neck has rows of both sides"
    for row in both:
        assert row.site.side == "left", "a row of both sides selects its left trigger point"
        assert "left and right" in row.explanation and row.label.endswith(", both sides")
        assert row.to_json()["side"] == "both"


def test_lookup_json_keeps_its_keys_and_lists_the_trigger_points_of_each_row(atlas):
    thigh = atlas.region_by_name("left outer thigh").name
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "lookup", "--region", thigh, "--json", "--limit", "8"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert set(out) == {"region", "vertices", "candidates", "nerve_roots", "under"} and len(out["candidates"]) == 8
    for c in out["candidates"]:
        assert set(c) == {"muscle_id", "muscle_name", "trigger_point_id", "trigger_point_name", "side", "score",
                          "zone", "explanation", "path_length_cm", "trigger_points", "evidence"}  # evidence: issue 18
        tps = c["trigger_points"]
        assert tps[0]["trigger_point_id"] == c["trigger_point_id"] and tps[0]["score"] == c["score"]
        assert all(set(p) == {"trigger_point_id", "trigger_point_name", "side", "site", "score", "zone", "evidence"}
                   for p in tps)
        assert [p["score"] for p in tps] == sorted((p["score"] for p in tps), reverse=True)
    vl = [c for c in out["candidates"] if c["muscle_id"] == "vastus_lateralis"]
    assert len(vl) == 1 and len(vl[0]["trigger_points"]) >= 3


def test_lookup_text_shows_each_row_and_its_points(atlas):
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "lookup", "--region", "back of neck", "--limit", "3"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[1].startswith("  1. ") and ", both sides [" in run.stdout
    assert any(line.startswith("     - left TP") for line in lines)
    assert any(line.startswith("     - right TP") for line in lines)
    assert sum(line.startswith(f"  {n}. ") for line in lines for n in (1, 2, 3)) == 3


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_one_sided_pain_keeps_rows_per_side(atlas, engine, side):
    site = atlas.site(f"soleus_tp1:{side}")
    result = engine.lookup([atlas.body.central_vertex(site.essential)], limit=CANDIDATE_LIMIT, with_paths=False)
    assert result.candidates[0].site is site and result.candidates[0].row_side == side
