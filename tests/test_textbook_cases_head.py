"""Textbook referral patterns for the face and front-of-neck muscles (issue 18, head and neck part): pain at
the most central vertex of a named pain region must rank the muscle that Travell & Simons vol. 1 name among
the top 5 candidates. Same shape as tests/test_textbook_cases.py."""
from __future__ import annotations

import pytest

from tests.test_textbook_cases import assert_in_top_five

CASES = [
    # (pain region, expected muscle, where the pattern is described)
    ("left cheek", "lateral_pterygoid", "T&S vol. 1, ch. 11, lateral pterygoid (maxillary zone)"),
    ("left cheek", "buccinator", "T&S vol. 1, ch. 13, buccinator (cheek below the zygomatic arch)"),
    ("left jaw", "platysma", "T&S vol. 1, ch. 13, platysma (prickling over the mandible)"),
    ("left eye", "orbicularis_oculi", "T&S vol. 1, ch. 13, orbicularis oculi (nose and upper lip)"),
    ("left eye", "zygomaticus_major", "T&S vol. 1, ch. 13, zygomaticus major (beside the nose, bridge)"),
    ("left eye", "occipitofrontalis", "T&S vol. 1, ch. 14, occipital belly (behind the eye)"),
    ("left forehead", "occipitofrontalis", "T&S vol. 1, ch. 14, frontal belly"),
    ("left occiput", "occipitofrontalis", "T&S vol. 1, ch. 14, occipital belly"),
    ("throat", "longus_colli", "T&S vol. 1, longus colli; Minerbi et al. 2017"),
    ("left side of neck", "omohyoid", "T&S vol. 1, ch. 20 (omohyoid); Rask 1984"),
]


@pytest.mark.parametrize("region,muscle,source", CASES, ids=[f"{r}->{m}" for r, m, _ in CASES])
def test_head_textbook_case_in_top_five(atlas, engine, region, muscle, source):
    assert_in_top_five(atlas, engine, region, muscle, source)


def test_there_are_at_least_8_head_cases():
    assert len(CASES) >= 8
