"""Surface anatomy of the head, neck, face and deep back: which muscle lies under a point of skin (Gray's
Anatomy 42nd ed., head and neck and back sections; Biel, Trail Guide to the Body)."""
from __future__ import annotations

import pytest

from tests.under_cases import assert_under

CASES = [
    # (left-side recipe, expected muscle, layer, source)
    ({"from": "head", "shift": {"superior": 6, "anterior": 4, "lateral": 3}, "dir": "lateral"}, "temporalis",
     "superficial", "Biel: the temporalis fan is felt above the zygomatic arch and the ear when the teeth clench"),
    ({"from": "head", "shift": {"inferior": 2.5, "anterior": 5, "lateral": 4}, "dir": "lateral"}, "masseter",
     "superficial", "Biel: the masseter bulges between the cheekbone arch and the angle of the jaw when biting"),
    ({"from": "head", "shift": {"inferior": 0.8, "anterior": 6.5, "lateral": 4}, "dir": "lateral"},
     "lateral_pterygoid", "deep",
     "Gray's, infratemporal fossa: the lateral pterygoid lies deep to the ramus, the masseter and the arch"),
    ({"from": "eye", "shift": {"posterior": 3, "superior": 4}, "dir": "anterior", "exit": "last"},
     "occipitofrontalis", "superficial", "Gray's, face and scalp: the frontal belly covers the forehead"),
    ({"from": "eye", "shift": {"inferior": 3, "lateral": 2, "posterior": 2}, "dir": "anterior+0.5lateral"},
     "zygomaticus_major", "superficial",
     "Biel: zygomaticus major runs across the cheek from the cheekbone to the corner of the mouth"),
    ({"from": "neck", "shift": {"superior": 2}, "dir": "lateral+0.8anterior"}, "sternocleidomastoid",
     "superficial", "Biel: the sternocleidomastoid stands out on the side of the neck when the head turns away"),
    ({"from": "neck", "shift": {"inferior": 2, "lateral": 3, "anterior": 3}, "dir": "anterior"}, "platysma",
     "superficial", "Gray's, neck: the platysma lies just under the skin of the lower front of the neck"),
    ({"from": "jaw", "shift": {"superior": 1.5, "posterior": 4, "lateral": 1}, "dir": "inferior"}, "digastric",
     "deep", "Biel: the front belly of the digastric is felt under the chin, beneath the platysma"),
    ({"from": "neck", "shift": {"superior": 1}, "dir": "lateral"}, "scalenes", "deep",
     "Biel: the scalenes are felt on the side of the neck behind the sternocleidomastoid, above the collarbone"),
    ({"from": "neck", "shift": {"inferior": 1, "lateral": 5.5}, "dir": "lateral+posterior"}, "levator_scapulae",
     "deep", "Biel: levator scapulae runs under the upper trapezius from the neck to the top of the shoulder blade"),
    ({"from": "neck", "shift": {"inferior": 3, "lateral": 9}, "dir": "superior"}, "upper_trapezius",
     "superficial", "Biel: the upper trapezius forms the top of the shoulder between neck and acromion"),
    ({"from": "neck", "shift": {"inferior": 6, "lateral": 5}, "dir": "posterior"}, "middle_trapezius",
     "superficial", "Gray's, back: the middle fibres of trapezius cross between the upper thoracic spines "
     "and the acromion"),
    ({"from": "spine_1", "shift": {"lateral": 4}, "dir": "posterior"}, "lower_trapezius", "superficial",
     "Biel: the lower trapezius lies over the middle thoracic spine, between the shoulder blades"),
    ({"from": "neck", "shift": {"superior": 3, "lateral": 2}, "dir": "posterior"}, "splenius_capitis", "deep",
     "Gray's, back: splenius capitis lies under the trapezius at the back of the neck"),
    ({"from": "neck", "shift": {"superior": 1, "lateral": 1.8}, "dir": "posterior"}, "semispinalis_capitis",
     "deep", "Biel: semispinalis capitis forms the cords beside the midline of the back of the neck"),
    ({"from": "head", "shift": {"inferior": 1.5, "lateral": 2}, "dir": "posterior"}, "suboccipitals", "deep",
     "Biel: the suboccipitals lie deep just below the skull base, between it and the top two vertebrae"),
    ({"from": "spine_2", "shift": {"superior": 1, "lateral": 6}, "dir": "posterior"},
     "serratus_posterior_inferior", "deep",
     "Gray's, back: serratus posterior inferior lies under latissimus dorsi over the lowest ribs"),
    ({"from": "spine_1", "shift": {"inferior": 4, "lateral": 1.2}, "dir": "posterior"}, "rotatores", "deep",
     "Gray's, back: the rotatores are the deepest layer in the groove beside the thoracic spines"),
]


@pytest.mark.parametrize("recipe, muscle, layer, source", CASES)
def test_muscle_under_the_skin(atlas, recipe, muscle, layer, source):
    assert_under(atlas, recipe, muscle, source, layer)
