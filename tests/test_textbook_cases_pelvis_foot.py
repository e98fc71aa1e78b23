"""Textbook referral patterns for the pelvic floor, the short hip rotators and the short foot muscles (issue 18):
pain at a site must rank the muscle that Travell & Simons (vol. 2, ch. 6, 10, 27) name among the top 5
candidates, as in tests/test_textbook_cases.py. Most sites are the most central vertex of a named pain region.
The perineum and the skin beside the anus have no pain region of their own (they fall in the inner thigh and
tailbone regions), so those cases give the pain site as a landmark recipe, the way the atlas places anchors."""
from __future__ import annotations

import pytest

from tests.test_textbook_cases import assert_in_top_five

REGION_CASES = [
    # (pain region, expected muscle, where the pattern is described)
    ("coccyx", "levator_ani", "T&S vol. 2, ch. 6, levator ani (sacrococcygeal pain)"),
    ("coccyx", "coccygeus", "T&S vol. 2, ch. 6, coccygeus (coccygodynia)"),
    ("left sit bone", "obturator_internus", "T&S vol. 2, ch. 6, obturator internus (spillover to the upper back "
                                            "of the thigh)"),
    ("left sit bone", "quadratus_femoris", "T&S vol. 2, ch. 10, short lateral rotators"),
    ("left big toe", "flexor_hallucis_brevis", "T&S vol. 2, ch. 27, flexor hallucis brevis"),
    ("left ball of foot", "foot_lumbricals", "T&S vol. 2, ch. 27, lumbricals (with the interossei)"),
    ("left outer foot", "flexor_digiti_minimi_brevis", "T&S vol. 2, ch. 27, flexor digiti minimi brevis"),
]

POINT_CASES = [
    # (landmark recipe of the pain site, expected muscle, where the pattern is described)
    ({"from": "pelvis", "shift": {"inferior": 7, "anterior": 2}, "dir": "inferior"}, "bulbospongiosus",
     "T&S vol. 2, ch. 6, bulbospongiosus (perineum)"),
    ({"from": "pelvis", "shift": {"inferior": 7, "anterior": 2}, "dir": "inferior"}, "ischiocavernosus",
     "T&S vol. 2, ch. 6, ischiocavernosus (perineum)"),
    ({"from": "pelvis", "shift": {"inferior": 7, "lateral": 0.5}, "dir": "posterior+inferior"}, "sphincter_ani",
     "T&S vol. 2, ch. 6, anal sphincter (anal region)"),
    ({"from": "pelvis", "shift": {"inferior": 7, "lateral": 0.5}, "dir": "posterior+inferior"},
     "obturator_internus", "T&S vol. 2, ch. 6, obturator internus (anococcygeal region)"),
    ({"from": "pelvis", "shift": {"inferior": 7, "lateral": 0.5}, "dir": "posterior+0.5inferior"}, "levator_ani",
     "T&S vol. 2, ch. 6, levator ani (between tailbone and anus)"),
]


def _top_five(engine, vertex):
    result = engine.lookup([vertex], limit=5, with_paths=False)
    return [c.site.muscle.id for c in result.candidates]


@pytest.mark.parametrize("region,muscle,source", REGION_CASES, ids=[f"{r}->{m}" for r, m, _ in REGION_CASES])
def test_region_case_in_top_five(atlas, engine, region, muscle, source):
    assert_in_top_five(atlas, engine, region, muscle, source)


@pytest.mark.parametrize("recipe,muscle,source", POINT_CASES,
                         ids=[f"{r['dir']}{sorted(r['shift'].items())}->{m}" for r, m, _ in POINT_CASES])
def test_point_case_in_top_five(atlas, engine, recipe, muscle, source):
    from bodymap.core.landmarks import place
    from bodymap.core.schema import Locate

    assert muscle in atlas.muscles, f"{muscle} missing from the atlas"
    vertex = place(atlas.body, Locate.model_validate(recipe)).vertex
    top = _top_five(engine, vertex)
    assert muscle in top, f"pain at {recipe} (vertex {vertex}): expected {muscle} ({source}) in top 5, got {top}"


def test_pelvic_floor_self_care_sends_internal_work_to_a_professional(atlas):
    """Internal muscles: the self-care text must say a pelvic health professional does the hands-on work."""
    for muscle_id in ("levator_ani", "coccygeus", "obturator_internus", "bulbospongiosus", "ischiocavernosus",
                      "sphincter_ani"):
        for tp in atlas.muscles[muscle_id].trigger_points:
            care = atlas.self_care_for(tp)
            text = " ".join(filter(None, [care.where, care.how, care.tool])).lower()
            assert "pelvic health physiotherapist" in text or "doctor" in text, tp.id


def test_there_are_at_least_10_cases():
    assert len(REGION_CASES) + len(POINT_CASES) >= 10
