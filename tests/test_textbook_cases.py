"""Textbook referral patterns: pain at a site must rank the muscle that the trigger point literature names
among the top 5 candidates. Each case is a pain site (the most central vertex of a named pain region,
so the case does not depend on hand-picked vertex ids) and one muscle (Travell & Simons; Davies)."""
from __future__ import annotations

import pytest

CASES = [
    # (pain region, expected muscle, where the pattern is described)
    ("left plantar heel", "soleus", "T&S vol. 2, soleus TP1"),
    ("left back of heel", "soleus", "T&S vol. 2, soleus TP1"),
    ("left plantar heel", "quadratus_plantae", "T&S vol. 2, quadratus plantae"),
    ("left arch", "gastrocnemius", "T&S vol. 2, gastrocnemius TP1 (instep)"),
    ("left achilles", "tibialis_posterior", "T&S vol. 2, tibialis posterior"),
    ("left lateral ankle", "peroneus_longus", "T&S vol. 2, peroneus longus"),
    ("left front of ankle", "tibialis_anterior", "T&S vol. 2, tibialis anterior"),
    ("left big toe", "extensor_hallucis_longus", "T&S vol. 2, extensor hallucis longus"),
    ("left top of foot", "extensor_digitorum_longus", "T&S vol. 2, long toe extensors"),
    ("left back of knee", "gastrocnemius", "T&S vol. 2, gastrocnemius (knee points)"),
    ("left kneecap", "rectus_femoris", "T&S vol. 2, rectus femoris"),
    ("left medial knee", "vastus_medialis", "T&S vol. 2, vastus medialis"),
    ("left lateral thigh", "vastus_lateralis", "T&S vol. 2, vastus lateralis"),
    ("left lateral thigh", "tensor_fasciae_latae", "T&S vol. 2, tensor fasciae latae"),
    ("left groin", "adductor_longus", "T&S vol. 2, adductor longus"),
    ("left si joint", "gluteus_medius", "T&S vol. 2, gluteus medius"),
    ("left buttock", "piriformis", "T&S vol. 2, piriformis"),
    ("left iliac crest", "quadratus_lumborum", "T&S vol. 2, quadratus lumborum"),
    ("coccyx", "gluteus_maximus", "T&S vol. 2, gluteus maximus TP3"),
    ("left temple", "upper_trapezius", "T&S vol. 1, upper trapezius TP1"),
    ("left temple", "temporalis", "T&S vol. 1, temporalis"),
    ("left jaw", "masseter", "T&S vol. 1, masseter"),
    ("left forehead", "sternocleidomastoid", "T&S vol. 1, SCM clavicular head"),
    ("vertex", "splenius_capitis", "T&S vol. 1, splenius capitis"),
    ("left lateral elbow", "supinator", "T&S vol. 1, supinator"),
    ("left lateral elbow", "brachioradialis", "T&S vol. 1, brachioradialis"),
    ("left front of shoulder", "infraspinatus", "T&S vol. 1, infraspinatus"),
    ("left side of shoulder", "supraspinatus", "T&S vol. 1, supraspinatus"),
    ("left interscapular", "rhomboids", "T&S vol. 1, rhomboids"),
    ("left side of chest", "serratus_anterior", "T&S vol. 1, serratus anterior"),
    ("left thumb", "adductor_pollicis", "T&S vol. 1, adductor and opponens pollicis"),
]


def central_vertex(atlas, region_name):
    region = atlas.region_by_name(region_name)
    return atlas.body.central_vertex(atlas.region_vertices(atlas.regions.index(region)))


def assert_in_top_five(atlas, engine, region, muscle, source):
    """Pain at the central vertex of `region` ranks `muscle` among the top 5 rows (shared by the other
    test_textbook_cases_* files)."""
    assert muscle in atlas.muscles, f"{muscle} missing from the atlas"
    vertex = central_vertex(atlas, region)
    result = engine.lookup([vertex], limit=5, with_paths=False)
    top = [c.site.muscle.id for c in result.candidates]
    assert muscle in top, f"pain at {region} (vertex {vertex}): expected {muscle} ({source}) in top 5, got {top}"


@pytest.mark.parametrize("region,muscle,source", CASES, ids=[f"{r}->{m}" for r, m, _ in CASES])
def test_textbook_case_in_top_five(atlas, engine, region, muscle, source):
    assert_in_top_five(atlas, engine, region, muscle, source)


def test_there_are_at_least_25_cases():
    assert len(CASES) >= 25
