"""Geometric checks for the precision corrections of issue 21 (a clinical review against Travell & Simons
and Davies). Each check fails on the atlas before the review and passes after it.

The mesh has no bones yet, so the bony landmarks the textbooks use are stood in for by what the atlas
already knows: joint centres of the body (`atlas.body.joints`), other trigger points whose place is not
in question (the upper trapezius TP1 on the free border at the top of the shoulder, the infraspinatus TP1
just below the spine of the scapula, the rhomboid point on the medial border) and the skin itself
(normals, the ear, the connectivity of zones). No vertex id is written here.
Coordinates: cm, y up, the body faces +z, its left is +x; all checks use the left side.
"""
from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def _site(atlas, tp_id):
    return next(s for s in atlas.sites_of(tp_id) if s.side == "left")


def _pos(atlas, tp_id) -> np.ndarray:
    return atlas.body.vertices[_site(atlas, tp_id).vertex]


def _joint(atlas, name) -> np.ndarray:
    joints = atlas.body.joints
    return np.asarray(joints.get(f"l_{name}", joints.get(name)), dtype=float)


def _components(body, vertices: np.ndarray) -> int:
    """Number of connected pieces of the skin made of `vertices` (mesh edges between them)."""
    vertices = np.unique(vertices)
    if len(vertices) == 0:
        return 0
    index = -np.ones(body.n_vertices, dtype=int)
    index[vertices] = np.arange(len(vertices))
    e = body.edges
    keep = (index[e[:, 0]] >= 0) & (index[e[:, 1]] >= 0)
    a, b = index[e[keep, 0]], index[e[keep, 1]]
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(len(vertices), len(vertices)))
    return connected_components(graph, directed=False)[0]


def _forearm_part(atlas, vertices: np.ndarray, t_from: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    """The vertices of a zone lying on the left forearm and hand, from `t_from` of the way from elbow to
    wrist onwards, with their fraction t along that axis."""
    elbow, wrist = _joint(atlas, "elbow"), _joint(atlas, "hand")
    axis = wrist - elbow
    p = atlas.body.vertices[vertices]
    t = (p - elbow) @ axis / (axis @ axis)
    on_arm = (t >= t_from) & (p[:, 0] > elbow[0] - 2.0)     # the arm only, not the trunk beside it
    return vertices[on_arm], t[on_arm]


# ---- 1. supraspinatus TP1: in the supraspinous fossa, not on top of the shoulder -----------------------

def test_supraspinatus_tp1_is_on_the_back_of_the_shoulder_below_its_top(atlas):
    """T&S vol. 1, ch. 21: the medial point lies in the supraspinous fossa above the spine of the scapula,
    under the trapezius; the top of the shoulder (the trapezius free border) is a different muscle."""
    tp = _pos(atlas, "supraspinatus_tp1")
    top = _pos(atlas, "upper_trapezius_tp1")          # on the free border at the top of the shoulder
    below_spine = _pos(atlas, "infraspinatus_tp1")    # just below the spine of the scapula
    assert tp[1] <= top[1] - 1.5, f"supraspinatus TP1 at y={tp[1]:.1f} is not below the top of the shoulder"
    assert tp[2] <= top[2] - 4.0, f"supraspinatus TP1 at z={tp[2]:.1f} is not behind the top of the shoulder"
    assert tp[1] >= below_spine[1] + 3.0, "supraspinatus TP1 must stay above the spine of the scapula"
    normal = atlas.body.vertex_normals[_site(atlas, "supraspinatus_tp1").vertex]
    assert normal[2] < -0.7, f"the skin at supraspinatus TP1 faces {np.round(normal, 2)}: up, not backwards"


def test_supraspinatus_tp1_lateral_epicondyle_is_essential(atlas):
    """T&S vol. 1, ch. 21: the lateral epicondyle is part of the essential pattern, not only spillover."""
    site = _site(atlas, "supraspinatus_tp1")
    elbow = _joint(atlas, "elbow")
    d = np.linalg.norm(atlas.body.vertices[site.essential] - elbow, axis=1)
    assert d.min() < 4.0, "no essential zone around the elbow (lateral epicondyle)"


# ---- 2. sternocleidomastoid: clavicular point lower and further out; symptoms on the right head --------

def test_scm_clavicular_tp_is_lower_and_more_lateral_than_the_sternal_one(atlas):
    """T&S vol. 1, ch. 7: the clavicular division lies lateral to the sternal one and its points sit low."""
    sternal = _pos(atlas, "sternocleidomastoid_tp1")
    clavicular = _pos(atlas, "sternocleidomastoid_tp2")
    assert clavicular[0] >= sternal[0] + 2.0, f"clavicular TP only {clavicular[0] - sternal[0]:.1f} cm lateral"
    assert clavicular[1] <= sternal[1] - 2.0, f"clavicular TP only {sternal[1] - clavicular[1]:.1f} cm lower"
    assert clavicular[1] < _joint(atlas, "neck")[1], "clavicular TP should be in the lower neck"


def test_scm_dizziness_belongs_to_the_clavicular_head_and_eye_signs_to_the_sternal_head(atlas):
    _, sternal = atlas.trigger_points["sternocleidomastoid_tp1"]
    _, clavicular = atlas.trigger_points["sternocleidomastoid_tp2"]
    assert "dizz" not in sternal.pain_pattern.lower()
    assert "dizz" in clavicular.pain_pattern.lower()
    assert "water" in sternal.pain_pattern.lower() and "red" in sternal.pain_pattern.lower()


# ---- 3. upper trapezius TP1: a narrow question mark, ear left out, angle of the jaw in the pattern -----

def _ear(atlas) -> np.ndarray:
    """Vertices of the left ear: near the outermost point of the head at ear height, standing out."""
    v = atlas.body.vertices
    head = _joint(atlas, "head")
    band = np.flatnonzero((v[:, 1] > head[1] - 2) & (v[:, 1] < head[1] + 4.5) & (v[:, 0] > 0))
    rim = band[np.argmax(v[band, 0])]
    near = np.linalg.norm(v - v[rim], axis=1) < 3.0
    return np.flatnonzero(near & (v[:, 0] > v[rim, 0] - 1.8))


def test_upper_trapezius_tp1_head_zone_runs_behind_the_ear_not_over_it(atlas):
    """T&S vol. 1, ch. 6: the pain curves behind the ear to the temple (a question mark); the ear itself
    is not part of it."""
    ear = _ear(atlas)
    site = _site(atlas, "upper_trapezius_tp1")
    covered = np.isin(ear, site.essential).mean()
    assert len(ear) > 50
    assert covered < 0.1, f"{covered:.0%} of the ear lies in the essential zone"


def test_upper_trapezius_tp1_head_zone_is_narrow_and_one_piece(atlas):
    site = _site(atlas, "upper_trapezius_tp1")
    v = atlas.body.vertices
    head_part = site.essential[v[site.essential, 1] > _joint(atlas, "head")[1] - 3]
    area = atlas.body.vertex_areas[head_part].sum()
    assert area < 95, f"head part of the question mark covers {area:.0f} cm2: a patch, not a band"
    band = site.essential[v[site.essential, 2] < _joint(atlas, "head")[2] + 10]   # neck and side of head
    assert _components(atlas.body, band[v[band, 1] > _joint(atlas, "neck")[1]]) <= 2   # band + jaw angle


def test_upper_trapezius_tp1_takes_in_the_angle_of_the_jaw(atlas):
    """T&S vol. 1, ch. 6: the angle of the jaw belongs to the pattern. The masseter TP2 sits just above
    the angle (T&S vol. 1, ch. 8), so it stands in for the angle here."""
    site = _site(atlas, "upper_trapezius_tp1")
    angle = _pos(atlas, "masseter_tp2")
    d = np.linalg.norm(atlas.body.vertices[site.essential] - angle, axis=1)
    assert d.min() < 1.5, f"essential zone is {d.min():.1f} cm from the angle of the jaw"


# ---- 4. masseter ------------------------------------------------------------------------------------------

def test_masseter_tp1_is_under_the_zygomatic_arch(atlas):
    """T&S vol. 1, ch. 8: the upper superficial points lie just below the zygomatic arch, above the level
    of the mouth and below the eye."""
    tp = _pos(atlas, "masseter_tp1")
    mouth, eye = _joint(atlas, "mouth"), _joint(atlas, "eye")
    assert tp[1] >= mouth[1] + 0.8, f"masseter TP1 at y={tp[1]:.1f} is at mouth level (mouth {mouth[1]:.1f})"
    assert tp[1] <= eye[1] - 1.5, "masseter TP1 must stay below the eye and the cheekbone arch"
    assert tp[1] >= _pos(atlas, "masseter_tp2")[1] + 4.0, "TP1 (upper) must lie well above TP2 (lower)"


def test_masseter_eyebrow_arc_belongs_to_tp2_and_tp2_has_no_neck_spillover(atlas):
    eye = _joint(atlas, "eye")
    v = atlas.body.vertices
    tp1, tp2 = _site(atlas, "masseter_tp1"), _site(atlas, "masseter_tp2")

    def over_eyebrow(zone):
        p = v[zone]
        return int(((p[:, 1] > eye[1] + 1.5) & (p[:, 2] > eye[2] - 2)).sum())

    assert over_eyebrow(np.r_[tp1.essential, tp1.spillover]) == 0, "the eyebrow arc is TP2's, not TP1's"
    assert over_eyebrow(tp2.spillover) > 0, "TP2 spillover should reach over the eyebrow"
    temple = v[tp2.spillover][:, 2] < eye[2] - 4      # the arc starts at the temple, in front of the ear
    assert temple.any(), "TP2's arc should start over the temple"
    below_jaw = v[np.r_[tp2.essential, tp2.spillover], 1] < _joint(atlas, "jaw")[1]
    assert not below_jaw.any(), "TP2 has no neck spillover in the textbook"
    assert _components(atlas.body, tp2.spillover) == 1, "the arc over the temple to the eyebrow is one piece"


# ---- 5. infraspinatus TP2 and gluteus medius TP3 -----------------------------------------------------------

def test_infraspinatus_tp2_is_near_the_medial_border(atlas):
    """T&S vol. 1, ch. 22: the lower point lies near the vertebral (medial) border of the scapula."""
    tp2 = _pos(atlas, "infraspinatus_tp2")
    tp1 = _pos(atlas, "infraspinatus_tp1")
    border = _pos(atlas, "rhomboids_tp2")          # on the medial border, about halfway down
    assert tp2[0] <= tp1[0] - 2.0, f"infraspinatus TP2 is only {tp1[0] - tp2[0]:.1f} cm nearer the spine than TP1"
    assert abs(tp2[0] - border[0]) <= 1.0, f"infraspinatus TP2 is {tp2[0] - border[0]:.1f} cm from the medial border"
    assert tp2[2] < 0 and tp2[1] < tp1[1], "TP2 must be on the back, below TP1"


def test_gluteus_medius_tp3_is_at_the_front_of_the_crest(atlas):
    """T&S vol. 2, ch. 8: TP3 lies just below the crest near the ASIS, i.e. in front of the hip joint."""
    tp3 = _pos(atlas, "gluteus_medius_tp3")
    hip = _joint(atlas, "upper_leg")                 # the hip joint centre (`hip` in recipes)
    assert tp3[2] >= hip[2] + 4.0, f"gluteus medius TP3 at z={tp3[2]:.1f} is not in front of the hip joint"
    assert tp3[1] >= hip[1] + 4.0, "gluteus medius TP3 must stay up under the crest"
    assert tp3[0] >= hip[0] + 3.0, "gluteus medius TP3 is on the side of the pelvis, not the belly"
    assert tp3[2] >= _pos(atlas, "gluteus_medius_tp2")[2] + 8.0, "TP3 must be well in front of TP2"


# ---- band continuity on the forearm ----------------------------------------------------------------------

@pytest.mark.parametrize("tp_id", ["scalenes_tp1", "infraspinatus_tp1"])
def test_forearm_referral_is_one_continuous_band(atlas, tp_id):
    """T&S vol. 1, ch. 20 (scalenes) and ch. 22 (infraspinatus): the pain runs down the thumb side of the
    forearm as a band, not as separate patches."""
    site = _site(atlas, tp_id)
    zone = np.r_[site.essential, site.spillover]
    part, t = _forearm_part(atlas, zone)
    assert len(part) > 0, f"{tp_id} has no zone on the forearm"
    pieces = _components(atlas.body, part)
    assert pieces == 1, f"the forearm part of the {tp_id} zone falls into {pieces} pieces"
    assert t.min() <= 0.3 and t.max() >= 0.95, f"the band covers only t={t.min():.2f}..{t.max():.2f} of the forearm"
    if tp_id == "scalenes_tp1":      # the band ends in the thumb and the index finger
        v = atlas.body.vertices
        for finger in ("finger_1_2", "finger_2_2"):
            d = np.linalg.norm(v[part] - _joint(atlas, finger), axis=1)
            assert d.min() < 3.0, f"the forearm band does not reach {finger}"


# ---- 6. soleus TP1: honest symptom text ------------------------------------------------------------------

def test_soleus_tp1_text_does_not_claim_first_step_pain(atlas):
    """Morning first-step pain is the classic sign of plantar fasciitis; for the soleus T&S vol. 2, ch. 22
    describe heel pain brought on by walking uphill and climbing stairs."""
    _, tp = atlas.trigger_points["soleus_tp1"]
    text = tp.pain_pattern.lower()
    assert "uphill" in text or "stairs" in text
    assert "often felt as heel pain on the first steps" not in text
