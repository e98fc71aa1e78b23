"""Surface anatomy of the lower leg: which muscle lies under a point of skin (Gray's Anatomy 42nd ed.,
ch. 84; Biel, Trail Guide to the Body)."""
from __future__ import annotations

import pytest

from tests.under_cases import assert_under

CASES = [
    # (left-side recipe, expected muscle, layer, source)
    ({"from": "knee", "to": "ankle", "t": 0.25, "dir": "posterior+0.3medial"}, "gastrocnemius", "superficial",
     "Gray's ch. 84: the calf bulge is gastrocnemius"),
    ({"from": "knee", "to": "ankle", "t": 0.65, "dir": "posterior"}, "soleus", "deep",
     "Biel: soleus lies under gastrocnemius and shows either side of it in the lower calf"),
    ({"from": "knee", "to": "ankle", "t": 0.3, "dir": "anterior+0.5lateral"}, "tibialis_anterior", "superficial",
     "Biel: tibialis anterior lies just lateral to the shin's sharp edge"),
]


@pytest.mark.parametrize("recipe, muscle, layer, source", CASES)
def test_muscle_under_the_skin(atlas, recipe, muscle, layer, source):
    assert_under(atlas, recipe, muscle, source, layer)
