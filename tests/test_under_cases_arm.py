"""Surface anatomy of the shoulder, arm, forearm and hand: which muscle lies under a point of skin (Gray's
Anatomy 42nd ed., ch. 48-52; Biel, Trail Guide to the Body, shoulder and arm, forearm and hand)."""
from __future__ import annotations

import pytest

from tests.under_cases import assert_under

CASES = [
    # (left-side recipe, expected muscle, layer, source)
    ({"from": "shoulder", "to": "elbow", "t": 0.28, "dir": "lateral+0.8superior"}, "deltoid", "superficial",
     "Biel: the deltoid forms the rounded cap of the shoulder"),
    ({"from": "shoulder", "to": "elbow", "t": 0.55, "dir": "anterior"}, "biceps_brachii", "superficial",
     "Gray's ch. 48: biceps is the bulge of the front of the arm"),
    ({"from": "shoulder", "to": "elbow", "t": 0.6, "dir": "posterior"}, "triceps_brachii", "superficial",
     "Gray's ch. 48: triceps fills the back of the arm"),
    ({"from": "shoulder", "to": "elbow", "t": 0.85, "dir": "anterior+0.6lateral"}, "brachialis", "deep",
     "Biel: brachialis lies under biceps and is felt either side of its lower end"),
    ({"from": "neck", "shift": {"inferior": 10, "anterior": 1, "lateral": 10}, "dir": "posterior"}, "infraspinatus",
     "superficial", "Biel: infraspinatus fills the shoulder blade below its spine"),
    ({"from": "neck", "shift": {"inferior": 4.5, "lateral": 8}, "dir": "posterior"}, "supraspinatus", "deep",
     "Biel: supraspinatus lies in the hollow above the scapular spine, under the upper trapezius"),
    ({"from": "neck", "shift": {"inferior": 7, "anterior": 1, "lateral": 4}, "dir": "posterior"}, "rhomboids", "deep",
     "Gray's ch. 48: the rhomboids lie under trapezius between the spine and the shoulder blade"),
    ({"from": "spine_1", "shift": {"superior": 1.5, "anterior": 1, "lateral": 11.5}, "dir": "posterior"}, "teres_major",
     "superficial", "Biel: teres major runs from the lower corner of the shoulder blade into the back of the armpit"),
    ({"from": "spine_1", "shift": {"inferior": 5, "lateral": 10}, "dir": "posterior+0.5lateral"}, "latissimus_dorsi",
     "superficial", "Gray's ch. 48: latissimus covers the lower back and side of the chest"),
    ({"from": "spine_1", "shift": {"inferior": 5, "anterior": 3, "lateral": 10}, "dir": "lateral"}, "serratus_anterior",
     "superficial", "Biel: serratus anterior is felt on the side of the ribs below the armpit"),
    ({"from": "spine_1", "shift": {"superior": 5, "lateral": 5}, "dir": "anterior"}, "pectoralis_major", "superficial",
     "Gray's ch. 53: pectoralis major covers the upper front of the chest"),
    ({"from": "spine_1", "shift": {"superior": 4, "lateral": 10}, "dir": "anterior"}, "pectoralis_minor", "deep",
     "Biel: pectoralis minor lies under pectoralis major, from the coracoid down to ribs 3-5"),
    ({"from": "elbow", "to": "wrist", "t": 0.25, "dir": "superior+0.3anterior+0.2lateral"}, "brachioradialis",
     "superficial", "Biel: brachioradialis forms the top of the forearm on the thumb side"),
    ({"from": "elbow", "to": "wrist", "t": 0.14, "dir": "superior+anterior"}, "supinator", "deep",
     "Biel: supinator wraps the upper radius under the radial group of extensors"),
    ({"from": "elbow", "to": "wrist", "t": 0.4, "dir": "lateral+0.5superior"}, "extensor_digitorum", "superficial",
     "Biel: extensor digitorum runs down the middle of the back of the forearm"),
    ({"from": "elbow", "to": "wrist", "t": 0.55, "dir": "inferior+0.3medial"}, "finger_flexors", "deep",
     "Gray's ch. 50: the long finger flexors fill the palm side of the forearm under the superficial flexors"),
    ({"from": "elbow", "to": "wrist", "t": 0.75, "dir": "lateral+0.2inferior"}, "extensor_indicis", "deep",
     "Gray's ch. 50: extensor indicis lies on the lower ulna under extensor digitorum"),
    ({"from": "finger_1_2", "to": "finger_2_1", "t": 0.6, "dir": "superior"}, "first_dorsal_interosseous",
     "superficial", "Biel: the first dorsal interosseous is the bulge between thumb and index on the back of the hand"),
    ({"from": "wrist", "to": "finger_5_1", "t": 0.45, "dir": "lateral+0.3inferior"}, "abductor_digiti_minimi_hand",
     "superficial", "Biel: abductor digiti minimi forms the outer edge of the little-finger pad of the palm"),
    ({"from": "finger_1_1", "to": "finger_1_2", "t": 0.5, "dir": "inferior+0.3medial"}, "opponens_pollicis",
     "superficial", "Biel: opponens pollicis lies along the thumb metacarpal in the ball of the thumb"),
]


@pytest.mark.parametrize("recipe, muscle, layer, source", CASES)
def test_muscle_under_the_skin(atlas, recipe, muscle, layer, source):
    assert_under(atlas, recipe, muscle, source, layer)
