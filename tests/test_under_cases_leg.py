"""Surface anatomy of the lower limb: which muscle lies under a point of skin of the thigh, the lower leg and
the foot (Gray's Anatomy 42nd ed., ch. 80 thigh, ch. 84 leg, ch. 85 foot; Biel, Trail Guide to the Body)."""
from __future__ import annotations

import pytest

from tests.under_cases import assert_under

CASES = [
    # (left-side recipe, expected muscle, layer, source)
    # thigh
    ({"from": "hip", "to": "knee", "t": 0.4, "dir": "anterior"}, "rectus_femoris", "superficial",
     "Biel: rectus femoris runs straight down the middle of the front of the thigh"),
    ({"from": "knee", "to": "hip", "t": 0.15, "shift": {"medial": 2}, "dir": "anterior+medial"}, "vastus_medialis",
     "superficial", "Gray's ch. 80: the teardrop bulge above and inside the kneecap is vastus medialis"),
    ({"from": "hip", "to": "knee", "t": 0.5, "dir": "lateral"}, "vastus_lateralis", "superficial",
     "Biel: vastus lateralis fills the outer side of the thigh, under the iliotibial band"),
    ({"from": "hip", "to": "knee", "t": 0.4, "shift": {"lateral": 1}, "dir": "anterior+0.3lateral"},
     "vastus_intermedius", "deep", "Gray's ch. 80: vastus intermedius lies on the femur under rectus femoris"),
    ({"from": "hip", "to": "knee", "t": 0.64, "dir": "medial+0.3anterior"}, "sartorius", "superficial",
     "Biel: sartorius crosses to the inner side of the thigh in its lower half"),
    ({"from": "knee", "to": "hip", "t": 0.25, "dir": "posterior+0.5lateral"}, "biceps_femoris", "superficial",
     "Biel: biceps femoris is the outer hamstring, palpable down to the head of the fibula"),
    ({"from": "knee", "to": "hip", "t": 0.4, "dir": "posterior+0.6medial"}, "medial_hamstrings", "superficial",
     "Biel: semitendinosus and semimembranosus form the inner back of the thigh"),
    ({"from": "knee", "shift": {"inferior": 3}, "dir": "posterior"}, "popliteus", "deep",
     "Gray's ch. 84: popliteus lies deep in the floor of the hollow behind the knee"),
    # lower leg
    ({"from": "knee", "to": "ankle", "t": 0.25, "dir": "posterior+0.3medial"}, "gastrocnemius", "superficial",
     "Gray's ch. 84: the calf bulge is gastrocnemius"),
    ({"from": "knee", "to": "ankle", "t": 0.65, "dir": "posterior"}, "soleus", "deep",
     "Biel: soleus lies under gastrocnemius and shows either side of it in the lower calf"),
    ({"from": "knee", "to": "ankle", "t": 0.3, "dir": "anterior+0.5lateral"}, "tibialis_anterior", "superficial",
     "Biel: tibialis anterior lies just lateral to the shin's sharp edge"),
    ({"from": "knee", "to": "ankle", "t": 0.25, "dir": "lateral"}, "peroneus_longus", "superficial",
     "Biel: fibularis longus lies along the upper outer leg over the fibula"),
    ({"from": "knee", "to": "ankle", "t": 0.7, "dir": "lateral+0.2posterior"}, "peroneus_brevis", "deep",
     "Gray's ch. 84: fibularis brevis lies under longus on the lower fibula"),
    ({"from": "knee", "to": "ankle", "t": 0.3, "shift": {"lateral": 3}, "dir": "anterior+0.8lateral"},
     "extensor_digitorum_longus", "superficial",
     "Biel: extensor digitorum longus lies between tibialis anterior and the fibularis muscles"),
    ({"from": "knee", "to": "ankle", "t": 0.5, "shift": {"medial": 1}, "dir": "medial+0.4posterior"},
     "flexor_digitorum_longus", "deep", "Biel: flexor digitorum longus lies behind the inner edge of the tibia"),
    # foot
    ({"from": "ankle", "shift": {"anterior": 4, "inferior": 5}, "dir": "medial+0.3inferior"}, "abductor_hallucis",
     "superficial", "Biel: abductor hallucis forms the fleshy inner border of the arch"),
    ({"from": "ankle", "shift": {"anterior": 7, "inferior": 5}, "dir": "inferior"}, "flexor_digitorum_brevis",
     "superficial", "Gray's ch. 85: flexor digitorum brevis fills the middle of the sole under the plantar fascia"),
    ({"from": "ankle", "shift": {"anterior": 5, "lateral": 2, "inferior": 5}, "dir": "lateral+0.5inferior"},
     "abductor_digiti_minimi", "superficial", "Biel: abductor digiti minimi forms the outer border of the sole"),
    ({"from": "ankle", "shift": {"anterior": 4, "lateral": 2, "inferior": 3}, "dir": "superior+0.5lateral"},
     "extensor_digitorum_brevis", "superficial",
     "Biel: extensor digitorum brevis is the soft pad on the top of the foot in front of the outer ankle"),
    ({"from": "ankle", "shift": {"anterior": 3, "inferior": 5}, "dir": "inferior"}, "quadratus_plantae", "deep",
     "Gray's ch. 85: quadratus plantae lies in the second layer of the sole, in front of the heel"),
    ({"from": "foot_1", "shift": {"superior": 1, "posterior": 2}, "dir": "superior"}, "foot_interossei", "deep",
     "Gray's ch. 85: the dorsal interossei lie between the metatarsals, under the extensor tendons"),
    ({"from": "toe_1_1", "shift": {"posterior": 3, "superior": 1.5}, "dir": "inferior"}, "flexor_hallucis_brevis",
     "deep", "Gray's ch. 85: flexor hallucis brevis lies under the first metatarsal in the third layer"),
]


@pytest.mark.parametrize("recipe, muscle, layer, source", CASES)
def test_muscle_under_the_skin(atlas, recipe, muscle, layer, source):
    assert_under(atlas, recipe, muscle, source, layer)
