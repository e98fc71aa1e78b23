"""Surface anatomy of the trunk, hip and pelvis: which muscle lies under a point of skin (Gray's Anatomy 42nd
ed., ch. 43, 53, 61, 73, 80, 81; Biel, Trail Guide to the Body)."""
from __future__ import annotations

import pytest

from tests.under_cases import assert_under

CASES = [
    # (left-side recipe, expected muscle, layer, source)
    ({"from": "spine_2", "shift": {"superior": 2, "lateral": 4}, "dir": "anterior"}, "rectus_abdominis",
     "superficial", "Gray's ch. 61: the rectus is the vertical strap either side of the linea alba above the navel"),
    ({"from": "spine_3", "shift": {"superior": 2, "lateral": 10}, "dir": "lateral+0.4anterior"}, "external_oblique",
     "superficial", "Biel: the external oblique is the outermost muscle of the side of the waist"),
    ({"from": "pelvis", "shift": {"superior": 5, "lateral": 8}, "dir": "anterior+0.3lateral"}, "internal_oblique",
     "deep", "Gray's ch. 61: the internal oblique lies under the external oblique, fleshy just inside the ASIS"),
    ({"from": "spine_1", "shift": {"superior": 2, "lateral": 1.5}, "dir": "anterior"}, "sternalis", "superficial",
     "Gray's ch. 53: sternalis, when present, lies on the breastbone over the pectoralis major's origin"),
    ({"from": "spine_3", "shift": {"lateral": 3.5}, "dir": "posterior"}, "longissimus_thoracis", "deep",
     "Biel: the erector spinae form the rope beside the lumbar spinous processes, under the thoracolumbar fascia"),
    ({"from": "spine_3", "shift": {"superior": 2, "lateral": 9}, "dir": "posterior+0.5lateral"},
     "quadratus_lumborum", "deep",
     "Biel: quadratus lumborum is pressed in at the waist between the twelfth rib and the iliac crest, outside the erectors"),
    ({"from": "spine_3", "shift": {"inferior": 3, "lateral": 6.5}, "dir": "anterior"}, "iliopsoas", "deep",
     "Biel: psoas is reached deep through the belly wall just lateral to the rectus, below the navel"),
    ({"from": "pelvis", "shift": {"lateral": 6, "inferior": 4}, "dir": "posterior"}, "gluteus_maximus",
     "superficial", "Gray's ch. 80: gluteus maximus forms the bulk of the buttock"),
    ({"from": "hip", "shift": {"superior": 8}, "dir": "lateral+0.3posterior"}, "gluteus_medius", "superficial",
     "Biel: gluteus medius lies just below the iliac crest on the side of the hip, not covered by gluteus maximus"),
    ({"from": "hip", "shift": {"superior": 2, "anterior": 2}, "dir": "anterior+lateral"}, "tensor_fasciae_latae",
     "superficial", "Biel: TFL is felt just below and behind the ASIS when the hip turns in"),
    ({"from": "hip", "shift": {"medial": 3, "superior": 1.5}, "dir": "posterior"}, "piriformis", "deep",
     "Gray's ch. 80: piriformis runs from the sacrum to the top of the greater trochanter under gluteus maximus"),
    ({"from": "hip", "to": "knee", "t": 0.25, "shift": {"medial": 3}, "dir": "anterior+medial"}, "adductor_longus",
     "superficial", "Biel: adductor longus is the tendon-topped ridge at the upper inner thigh"),
    ({"from": "pelvis", "shift": {"inferior": 7}, "dir": "posterior+inferior"}, "sphincter_ani", "superficial",
     "Gray's ch. 73: the external anal sphincter rings the anus just under the skin"),
]


@pytest.mark.parametrize("recipe, muscle, layer, source", CASES)
def test_muscle_under_the_skin(atlas, recipe, muscle, layer, source):
    assert_under(atlas, recipe, muscle, source, layer)
