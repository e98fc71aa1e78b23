"""Geometric rows for the issue-21 re-review of the upper body (head, face, neck, shoulder, arm, forearm, hand).

Each row states a correction (or a check made while reviewing) as a side of a palpable bony landmark, so a
marker that drifts back fails here. The rows are written from the textbook location (Travell & Simons vol. 1 =
ts1, Davies' workbook = davies; the chapter is the one each trigger point cites) and measured with the helpers
of tests/test_landmark_sides.py (same axes and meanings: above/below, anterior/posterior, medial/lateral,
distal/proximal along the limb, within, level). The review log is docs/review-log-upper.md.
"""
from __future__ import annotations

import numpy as np
import pytest

from test_atlas_corrections import _components, _forearm_part, _joint
from test_landmark_sides import measure

# (trigger point, relation, landmark, margin cm, source of the trigger point's location)
RELATIONS = [
    # levator scapulae (ts1 ch. 19): TP1 at the angle of the neck, TP2 just above the upper inner corner
    ("levator_scapulae_tp1", "lateral", "c7_spinous_process", 4.0, "ts1: side of the neck, not the spine"),
    ("levator_scapulae_tp1", "above", "spine_of_scapula", 4.0, "ts1: where the neck meets the shoulder"),
    ("levator_scapulae_tp2", "within", "medial_border_of_scapula", 2.5, "ts1: just above the superior angle"),
    # splenius capitis (ts1 ch. 15): below the mastoid, out from the spine (moved off the midline column)
    ("splenius_capitis_tp1", "lateral", "occipital_protuberance", 2.0, "ts1: out from the midline"),
    ("splenius_capitis_tp1", "within", "mastoid_process", 4.5, "ts1: just below the mastoid"),
    # medial pterygoid (ts1 ch. 10): pressed up against the inner face of the jaw angle (moved up off the neck)
    ("medial_pterygoid_tp1", "within", "angle_of_mandible", 2.5, "ts1: at the inner side of the angle"),
    ("medial_pterygoid_tp1", "anterior", "angle_of_mandible", 0.5, "ts1: just in front of the angle"),
    # extensor carpi ulnaris (ts1 ch. 34): upper third of the forearm, next to the ulna (moved up)
    ("extensor_carpi_ulnaris_tp1", "proximal", "ulnar_styloid", 16.0, "ts1: upper third, not mid-forearm"),
]

# (trigger point, which zone, at most this many pieces, why)
ONE_PIECE = [
    ("suboccipitals_tp1", "essential", 1, "ts1 ch. 17: a band from the back of the skull forward to the eye"),
    ("semispinalis_capitis_tp1", "essential", 1, "ts1 ch. 16: a band round the side of the head to the temple"),
    ("triceps_brachii_tp1", "essential", 1, "ts1 ch. 32: up the back of the arm to the back of the shoulder"),
]


@pytest.mark.parametrize("tp_id,relation,lid,margin,source", RELATIONS,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in RELATIONS])
def test_reviewed_trigger_point_lies_on_its_side_of_the_landmark(atlas, tp_id, relation, lid, margin, source):
    value = measure(atlas, tp_id, relation, lid)
    if relation in ("within", "level"):
        assert value <= margin, f"{tp_id} is {value:.1f} cm from {lid} (at most {margin}); {source}"
    else:
        assert value >= margin, f"{tp_id} lies {value:.1f} cm on the {relation} side of {lid} (at least {margin}); {source}"


@pytest.mark.parametrize("tp_id,kind,most,why", ONE_PIECE, ids=[r[0] for r in ONE_PIECE])
def test_reviewed_band_is_one_piece(atlas, tp_id, kind, most, why):
    site = next(s for s in atlas.sites_of(tp_id) if s.side == "left")
    pieces = _components(atlas.body, np.asarray(getattr(site, kind)))
    assert 1 <= pieces <= most, f"the {kind} zone of {tp_id} falls into {pieces} pieces; {why}"


# Ulnar-side arm bands: ts1 draws the spillover of these muscles down the inner arm and the little-finger
# side of the forearm into the hand as one band (latissimus dorsi ch. 24, serratus anterior ch. 46,
# pectoralis minor ch. 43, pectoralis major sternal part ch. 42; serratus posterior superior ch. 47 from the back
# of the arm over the elbow); the sheets had two to six separate patches.
ULNAR_BANDS = ["latissimus_dorsi_tp1", "serratus_anterior_tp1", "pectoralis_minor_tp1", "pectoralis_major_tp2",
               "serratus_posterior_superior_tp1"]


@pytest.mark.parametrize("tp_id", ULNAR_BANDS)
def test_ulnar_arm_band_is_one_piece_down_to_the_little_finger(atlas, tp_id):
    site = next(s for s in atlas.sites_of(tp_id) if s.side == "left")
    v = atlas.body.vertices
    spill = np.asarray(site.spillover)
    arm = spill[v[spill, 0] > _joint(atlas, "shoulder")[0] + 5.0]      # below the armpit: arm and hand
    pieces = _components(atlas.body, arm)
    assert pieces == 1, f"the arm part of the {tp_id} spillover falls into {pieces} pieces"
    part, t = _forearm_part(atlas, arm, t_from=0.0)
    assert len(part) > 0 and t.min() <= 0.1, f"the band does not cross the elbow onto the forearm"
    little = np.linalg.norm(v[part] - _joint(atlas, "finger_5_2"), axis=1).min()
    assert little < 2.0, f"the band stops {little:.1f} cm short of the little finger"
    upper = v[part][t <= 0.5]
    assert np.all(upper[:, 1] < _joint(atlas, "elbow")[1] + 1.0), "the forearm part is not on the little-finger side"


def test_subscapularis_back_of_arm_band_and_wrist_cuff(atlas):
    """ts1 ch. 26: pain at the back of the shoulder running down the back of the arm, and a band all round
    the wrist. The sheet had a lone mid-arm patch and two spots on opposite sides of the wrist."""
    site = next(s for s in atlas.sites_of("subscapularis_tp1") if s.side == "left")
    v = atlas.body.vertices
    shoulder, elbow, wrist = (_joint(atlas, j) for j in ("shoulder", "elbow", "hand"))
    zone = np.r_[site.essential, site.spillover]
    arm_axis = elbow - shoulder
    t_arm = (v[zone] - shoulder) @ arm_axis / (arm_axis @ arm_axis)
    upper = zone[(t_arm < 0.85) | (v[zone, 0] < shoulder[0])]     # shoulder, blade and upper arm
    assert _components(atlas.body, upper) == 1, "back of the shoulder and back of the arm are not one piece"
    assert t_arm[np.isin(zone, upper)].max() >= 0.7, "the band stops high on the arm"
    axis = (wrist - elbow) / np.linalg.norm(wrist - elbow)
    p = v[site.spillover] - elbow
    t = p @ axis / np.linalg.norm(wrist - elbow)
    cuff = p[t > 0.8] - np.outer(p[t > 0.8] @ axis, axis)
    u = np.cross(axis, [0.0, 1.0, 0.0]); u /= np.linalg.norm(u)
    w = np.cross(axis, u)
    angle = np.degrees(np.arctan2(cuff @ w, cuff @ u))
    bins = np.histogram(angle, bins=12, range=(-180, 180))[0]
    assert np.all(bins > 0), f"the wrist band does not go all round (30-degree sectors hit: {bins.tolist()})"


# Sides round the forearm and wrist. In this pose the radius (thumb side) is `superior`, the ulna `inferior`,
# the back of the forearm `lateral` and the palm side `medial`; several recipes had taken `inferior` for the
# thumb side. Each row: trigger point, its marker or the centre of its essential zone, and the side it must
# lie on (radial/ulnar and palmar/dorsal components of its direction from the forearm axis, -1..1), from ts1.
FOREARM_SIDES = [
    ("flexor_carpi_radialis_tp1", "essential", "radial", "palmar", "ch. 38: radial side of the wrist crease"),
    ("flexor_pollicis_longus_tp1", "marker", "radial", "palmar", "ch. 38: against the radius, palm side"),
    ("opponens_pollicis_tp1", "wrist spot", "radial", "palmar", "ch. 39: a spot on the thumb side of the palm-side wrist"),
]


def _forearm_frame(atlas):
    """Elbow, unit axis to the wrist, its length, and unit radial and dorsal directions across it."""
    elbow, wrist = _joint(atlas, "elbow"), _joint(atlas, "hand")
    length = float(np.linalg.norm(wrist - elbow))
    axis = (wrist - elbow) / length
    styloid = next(atlas.body.vertices[s.vertices][0] for s in atlas.landmarks
                   if s.side == "left" and s.landmark.id == "radial_styloid")
    radial = (styloid - elbow) - ((styloid - elbow) @ axis) * axis
    radial /= np.linalg.norm(radial)
    dorsal = np.cross(axis, radial)
    if dorsal[0] < 0:          # the back of the forearm faces out (the lateral epicondyle side)
        dorsal = -dorsal
    return elbow, axis, length, radial, dorsal


@pytest.mark.parametrize("tp_id,what,across,face,why", FOREARM_SIDES, ids=[r[0] for r in FOREARM_SIDES])
def test_forearm_point_or_zone_is_on_its_side(atlas, tp_id, what, across, face, why):
    site = next(s for s in atlas.sites_of(tp_id) if s.side == "left")
    v = atlas.body.vertices
    elbow, axis, length, radial, dorsal = _forearm_frame(atlas)
    if what == "marker":
        p = v[site.vertex]
    elif what == "wrist spot":      # the part of the essential zone round the wrist (t 0.85..1.05), not the thumb
        ess = v[np.asarray(site.essential)]
        t = (ess - elbow) @ axis / length
        p = ess[(t > 0.85) & (t < 1.05)].mean(axis=0)
    else:
        p = v[np.asarray(site.essential)].mean(axis=0)
    off = (p - elbow) - ((p - elbow) @ axis) * axis
    d = off / np.linalg.norm(off)
    r, b = float(d @ radial), float(d @ dorsal)
    where = f"{tp_id} {what}: radial {r:+.2f}, dorsal {b:+.2f}; {why}"
    if across == "radial":
        assert r > 0.3, where
    else:
        assert abs(r) < 0.5, where
    assert (b < -0.5) if face == "palmar" else (b > 0.8), where
