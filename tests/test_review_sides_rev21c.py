"""Geometric rows for the review's left-over corrections (issue 21, helper rev21c; log: docs/review-log-rev21c.md).

Each row states a correction as a side, so a marker, a zone or a region seed that drifts back fails here. The
textbook locations are Travell & Simons (ts1 = vol. 1, ts2 = vol. 2; the chapter each trigger point cites).

Forearm and hand: in this mesh's pose the forearm points forward with the palm turned in. Along the forearm
the radius (thumb side) is up (`superior`), the ulna (little-finger side) down, the palm side `medial`, the
back `lateral`; the hand turns a little further (its palm faces medial and down). The rows below measure a
point's place round the forearm as an angle from the thumb edge (0 = thumb edge, 90 = middle of the palm
side, 180 = little-finger edge, 270 = middle of the back), and a point on the hand across the hand, from
the middle finger's line toward the little finger (cm).
"""
from __future__ import annotations

import numpy as np
import pytest

from test_atlas_corrections import _joint
from tests.test_textbook_cases import central_vertex


def _forearm_frame(atlas):
    """(elbow, unit axis elbow->wrist, length, unit 'thumb edge' direction, unit 'palm side' direction)."""
    elbow, wrist = _joint(atlas, "elbow"), _joint(atlas, "hand")
    axis = wrist - elbow
    length = float(np.linalg.norm(axis))
    axis = axis / length
    up = np.array([0.0, 1.0, 0.0]) - axis[1] * axis
    up /= np.linalg.norm(up)
    palm = np.cross(up, axis) if np.cross(up, axis)[0] < 0 else -np.cross(up, axis)   # the medial one
    return elbow, axis, length, up, palm


def forearm_angle(atlas, point: np.ndarray) -> float:
    """Degrees round the left forearm from the thumb edge: 90 palm side, 180 little-finger edge, 270 back."""
    elbow, axis, _, up, palm = _forearm_frame(atlas)
    r = point - elbow
    r = r - (r @ axis) * axis
    return float(np.degrees(np.arctan2(r @ palm, r @ up)) % 360)


def _hand_frame(atlas):
    """(wrist, unit axis wrist->middle knuckle, unit 'toward the little finger', unit palm normal)."""
    wrist, middle = _joint(atlas, "hand"), _joint(atlas, "finger_3_1")
    axis = (middle - wrist) / np.linalg.norm(middle - wrist)
    across = _joint(atlas, "finger_5_1") - _joint(atlas, "finger_2_1")
    across = across - (across @ axis) * axis
    across /= np.linalg.norm(across)
    normal = np.cross(axis, across)
    return wrist, axis, across, (normal if normal[0] < 0 else -normal)


def _site(atlas, tp_id):
    return next(s for s in atlas.sites_of(tp_id) if s.side == "left")


def _zone_centre(atlas, tp_id, kind) -> np.ndarray:
    vertices = np.asarray(getattr(_site(atlas, tp_id), kind))
    return atlas.body.vertices[vertices].mean(axis=0)


# (trigger point, 'marker' or a zone kind, lowest angle, highest angle, the textbook place)
FOREARM_SIDES = [
    ("pronator_teres_tp1", "essential", 20, 110, "ts1 ch. 38: deep in the thumb side of the palm-side wrist"),
    ("extensor_indicis_tp1", "marker", 240, 300, "ts1 ch. 35: mid back of the forearm, over the ulna's back"),
    ("extensor_indicis_tp1", "essential", 270, 340, "ts1 ch. 35: back of the wrist toward the thumb side"),
    ("palmaris_longus_tp1", "marker", 60, 120, "ts1 ch. 37: in the middle of the palm side of the forearm"),
    ("flexor_carpi_radialis_tp1", "essential", 20, 110, "ts1 ch. 38: the thumb side of the palm-side wrist crease"),
]


@pytest.mark.parametrize("tp_id,where,lo,hi,source", FOREARM_SIDES, ids=[f"{r[0]}-{r[1]}" for r in FOREARM_SIDES])
def test_forearm_point_lies_on_its_side_of_the_forearm(atlas, tp_id, where, lo, hi, source):
    site = _site(atlas, tp_id)
    point = atlas.body.vertices[site.vertex] if where == "marker" else _zone_centre(atlas, tp_id, where)
    angle = forearm_angle(atlas, point)
    assert lo <= angle <= hi, (f"{tp_id} {where} lies at {angle:.0f} degrees round the forearm from the thumb edge "
                               f"(expected {lo}..{hi}: 90 palm side, 180 little-finger edge, 270 back); {source}")


def test_extensor_indicis_footprint_runs_down_the_middle_of_the_back(atlas):
    """Gray's ch. 50: extensor indicis arises from the back of the lower ulna, under extensor digitorum; the
    footprint ran along the thumb edge (about 345 degrees) before."""
    layer = atlas.muscle_site("extensor_indicis", "left")
    angles = [forearm_angle(atlas, p) for p in atlas.body.vertices[layer.footprint]]
    assert 230 <= float(np.median(angles)) <= 300, f"median {np.median(angles):.0f} degrees"


# (pain region, lowest angle, highest angle) round the forearm, for the central vertex the lookups use
REGION_SIDES = [
    ("left palmar forearm", 60, 130), ("left dorsal forearm", 240, 310),
    ("left palmar wrist", 60, 130), ("left dorsal wrist", 240, 330),
]


@pytest.mark.parametrize("region,lo,hi", REGION_SIDES, ids=[r[0] for r in REGION_SIDES])
def test_forearm_region_centre_is_on_its_face(atlas, region, lo, hi):
    """The seeds used `medial+inferior` (palm side, little-finger edge) and `lateral+superior` (back, thumb
    edge): their partition ran diagonally, so a thumb-side wrist point fell in the back-of-wrist region."""
    point = atlas.body.vertices[central_vertex(atlas, region)]
    angle = forearm_angle(atlas, point)
    assert lo <= angle <= hi, f"the centre of {region} lies at {angle:.0f} degrees (expected {lo}..{hi})"


@pytest.mark.parametrize("region,faces", [("left palm", 1.0), ("left back of hand", -1.0)])
def test_hand_region_centre_is_mid_hand(atlas, region, faces):
    """The palm's centre lay 2.2 cm toward the little-finger edge (seeded from the hand_2 joint, which sits
    over the ring finger's side); now within 1 cm of the middle finger's line, on the face it names."""
    wrist, axis, across, normal = _hand_frame(atlas)
    vertex = central_vertex(atlas, region)
    p = atlas.body.vertices[vertex]
    offset = float((p - wrist) @ across)
    assert abs(offset) <= 1.0, f"the centre of {region} lies {offset:+.1f} cm from the middle finger's line"
    facing = float(atlas.body.vertex_normals[vertex] @ normal) * faces
    assert facing > 0.7, f"the centre of {region} does not face its side of the hand ({facing:.2f})"


def test_palmaris_longus_essential_zone_holds_the_middle_of_the_palm(atlas):
    """ts1 ch. 37: a prickling soreness in the middle of the palm (the zone lay on the little-finger edge)."""
    assert central_vertex(atlas, "left palm") in set(_site(atlas, "palmaris_longus_tp1").essential.tolist())


def test_place_keeps_a_quoted_landmark_reference(tmp_path, atlas):
    """`bodymap place` rewrote `'landmark:ID'` unquoted, and the file no longer loaded (found while placing
    elbow_forearm.yaml, whose anconeus recipe starts at a landmark); the loader now keeps quotes."""
    from bodymap.build.place import place_file
    from bodymap.core._yaml import read_yaml
    from bodymap.settings import ANNOTATION_DIR

    text = (ANNOTATION_DIR / "muscles" / "elbow_forearm.yaml").read_text(encoding="utf-8").replace("vertex: 10058", "vertex: 1")   # force a rewrite
    (tmp_path / "muscles").mkdir()
    path = tmp_path / "muscles" / "elbow_forearm.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "bony_landmarks.yaml").write_text((ANNOTATION_DIR / "bony_landmarks.yaml").read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    _, changed = place_file(path, atlas.body)
    out = path.read_text(encoding="utf-8")
    assert changed == 1 and "from: 'landmark:lateral_epicondyle'" in out
    assert list(read_yaml(out)) == ["muscles"]


# ---- 2. the wrist and finger extensors: bellies of a believable width (issue 16 follow-up) ----------------

def _widest_cross_section_cm(atlas, vertices: np.ndarray, step: float = 0.15) -> tuple[float, float]:
    """(the widest arc across the forearm that the footprint covers, in cm, over slabs of `step` of the
    elbow-to-wrist length; the lowest t it reaches)."""
    elbow, axis, length, up, palm = _forearm_frame(atlas)
    r = atlas.body.vertices[vertices] - elbow
    t = (r @ axis) / length
    across = r - np.outer(r @ axis, axis)
    angle = np.arctan2(across @ palm, across @ up) % (2 * np.pi)
    radius = np.linalg.norm(across, axis=1)
    widest = 0.0
    for lo in np.arange(0.0, 1.0, step):
        sel = (t >= lo) & (t < lo + step)
        if sel.sum() < 2:
            continue
        a = np.sort(angle[sel])
        gaps = np.diff(np.concatenate([a, [a[0] + 2 * np.pi]]))
        widest = max(widest, float((2 * np.pi - gaps.max()) * radius[sel].mean()))
    return widest, float(t.max())


EXTENSORS = [
    # (muscle, widest at least (cm), reaches at least this far down (t), why)
    ("extensor_carpi_radialis_longus", 3.8, 0.3, "Gray's ch. 50: a broad belly below the supracondylar ridge, upper third"),
    ("extensor_carpi_radialis_brevis", 3.8, 0.45, "Gray's ch. 50: under and beside longus, to mid-forearm"),
    ("extensor_digitorum", 3.8, 0.7, "Gray's ch. 50: the middle of the back of the forearm, to its lower third"),
    ("extensor_carpi_ulnaris", 3.8, 0.6, "Gray's ch. 50: along the back of the ulna, most of its length"),
]


@pytest.mark.parametrize("muscle,wide,reach,why", EXTENSORS, ids=[r[0] for r in EXTENSORS])
def test_extensor_belly_is_wide_enough(atlas, muscle, wide, reach, why):
    """The footprints were one or two vertices across (2-3 cm, ECU 2 cm) on this mesh, whose vertices lie
    about 2.4 cm apart round the forearm; the app draws the authored width, the sheets the vertices."""
    layer = atlas.muscle_site(muscle, "left")
    widest, lowest = _widest_cross_section_cm(atlas, layer.footprint)
    assert widest >= wide, f"{muscle}: its footprint is at most {widest:.1f} cm across; {why}"
    assert lowest >= reach, f"{muscle}: its footprint stops at t = {lowest:.2f} of elbow to wrist; {why}"


# ---- 3. gluteus maximus TP1: beside the sacrum, lower than the PSIS ----------------------------------------

def test_gluteus_maximus_tp1_is_off_the_psis_beside_the_sacrum(atlas):
    """ts2 ch. 7: TP1 lies next to the sacrum, lower than the PSIS; it sat on the PSIS landmark's own vertex."""
    from test_landmark_sides import measure

    site = _site(atlas, "gluteus_maximus_tp1")
    psis = next(lm for lm in atlas.landmarks if lm.landmark.id == "psis" and lm.side == "left")
    assert site.vertex not in set(int(v) for v in psis.vertices), "TP1 is on the PSIS's own vertex"
    assert measure(atlas, "gluteus_maximus_tp1", "below", "psis") >= 2.0
    assert measure(atlas, "gluteus_maximus_tp1", "lateral", "sacrum") >= 2.5


# ---- 4. zones felt on both sides: `both_sides: true` (rectus abdominis' bands across the back) --------------

def test_with_mirror_is_the_union_with_the_mirror_image():
    """Pure core function: the set plus its mirror, sorted, once each; a midline vertex is its own mirror."""
    from bodymap.core.atlas_build import with_mirror

    mirror = np.array([0, 2, 1, 4, 3])          # vertex 0 on the midline; 1<->2, 3<->4
    assert with_mirror(np.array([1, 3]), mirror).tolist() == [1, 2, 3, 4]
    assert with_mirror(np.array([0, 1, 2]), mirror).tolist() == [0, 1, 2]
    assert with_mirror(np.array([], dtype=np.int64), mirror).tolist() == []


def test_rectus_abdominis_back_bands_cross_to_the_other_side(atlas):
    """ts1 ch. 49 (as quoted in the lower review's row): a point on one side refers across the mid back (TP1)
    and the low back and sacrum (TP2) on both sides; the bands stopped at the midline."""
    x = atlas.body.vertices[:, 0]
    for tp_id in ("rectus_abdominis_tp1", "rectus_abdominis_tp2"):
        left = _site(atlas, tp_id)
        right = next(s for s in atlas.sites_of(tp_id) if s.side == "right")
        ess = np.asarray(left.essential)
        assert (x[ess] < -3.0).sum() >= 5, f"the left {tp_id} band does not reach the right side of the back"
        assert set(ess.tolist()) == set(right.essential.tolist()), "both sides give one band"
        spill = np.asarray(left.spillover)
        assert (x[spill] < -3.0).sum() == 0, "the belly spillover stays on its own side (not both_sides)"


def test_both_sides_stays_one_sided_unless_asked(atlas):
    """No other zone crosses the midline by more than a few vertices: the flag is the only way across."""
    x = atlas.body.vertices[:, 0]
    crossing = sorted({s.trigger_point.id for s in atlas.sites if s.side == "left"
                       and (x[np.asarray(s.essential)] < -3.0).sum() >= 5})
    assert crossing == ["rectus_abdominis_tp1", "rectus_abdominis_tp2"]


def _mini_with_both_sides(tmp_path, side: str | None, value: str = "true"):
    from tests.mini_atlas import MINI, line_of
    import shutil

    dst = tmp_path / "atlas"
    shutil.copytree(MINI, dst)
    path = dst / "muscles" / "leg.yaml"
    text = path.read_text()
    text = text.replace("        essential:\n          disks:", f"        essential:\n          both_sides: {value}\n"
                        "          disks:", 1)
    if side:
        text = text.replace("        depth: intermediate\n", f"        depth: intermediate\n        side: {side}\n", 1)
    path.write_text(text)
    return dst, line_of(text, "both_sides:")


def test_both_sides_on_a_midline_point_is_a_one_line_error(tmp_path):
    from tests.mini_atlas import problems_of

    folder, line = _mini_with_both_sides(tmp_path, "midline")
    problems = problems_of(folder)
    assert any(p.startswith(f"muscles/leg.yaml:{line}:") and "both_sides" in p and "midline" in p
               for p in problems), problems


def test_both_sides_must_be_true_or_false(tmp_path):
    from tests.mini_atlas import problems_of

    folder, line = _mini_with_both_sides(tmp_path, None, value="sometimes")
    problems = problems_of(folder)
    assert any(p.startswith(f"muscles/leg.yaml:{line}:") and "both_sides" in p for p in problems), problems


def test_both_sides_on_the_mini_atlas_mirrors_the_zone(tmp_path):
    from bodymap.core.atlas import read_atlas

    folder, _ = _mini_with_both_sides(tmp_path, None)
    atlas = read_atlas(folder)
    left = next(s for s in atlas.sites_of("soleus_tp1") if s.side == "left")
    x = atlas.body.vertices[np.asarray(left.essential), 0]
    assert (x > 0).any() and (x < 0).any(), "the heel zone is on both heels"


# ---- 5. the review sheets look up at the sole and the perineum ---------------------------------------------

def _views_of(atlas, tp_id=None, muscle=None):
    from bodymap.draw.sheets import _row_views

    if muscle is not None:
        layer = atlas.muscle_site(muscle, "left")
        return [v if isinstance(v, str) else v[0] for v in _row_views(atlas.body, "left", layer.footprint, 2.6)]
    site = _site(atlas, tp_id)
    shown = np.concatenate([site.essential, site.spillover, [site.vertex]]).astype(int)
    return [v if isinstance(v, str) else v[0] for v in _row_views(atlas.body, "left", shown)]


@pytest.mark.parametrize("muscle", ["quadratus_plantae", "abductor_hallucis", "flexor_digitorum_brevis",
                                    "levator_ani"])
def test_sole_and_perineum_muscles_get_a_view_from_below(atlas, muscle):
    """Their footprints lie on skin that faces the ground: front, back and the side views see it edge-on."""
    assert _views_of(atlas, muscle=muscle)[-1] == "below"


@pytest.mark.parametrize("tp_id", ["quadratus_plantae_tp1", "soleus_tp1"])
def test_a_zone_on_the_sole_gets_a_view_from_below(atlas, tp_id):
    """Soleus TP1 refers to the underside of the heel: its row looks up at the sole too."""
    assert _views_of(atlas, tp_id=tp_id)[-1] == "below"


@pytest.mark.parametrize("muscle,tp_id", [("upper_trapezius", "upper_trapezius_tp1"),
                                          ("extensor_digitorum", "extensor_digitorum_tp1")])
def test_other_sheets_keep_their_five_views(atlas, muscle, tp_id):
    """The underside of the forearm or the chin faces down too, but is neither a sole nor the perineum."""
    assert "below" not in _views_of(atlas, muscle=muscle)
    assert "below" not in _views_of(atlas, tp_id=tp_id)


def test_the_view_from_below_shows_the_sole_muscle(atlas, tmp_path):
    """Rendered for real: the sixth picture of quadratus plantae's muscle row holds its violet tint."""
    from PIL import Image

    from bodymap.draw.sheets import render_muscle_sheet
    from bodymap.palette import rgb

    out = render_muscle_sheet(atlas, "quadratus_plantae", tmp_path / "qp.png")
    img = np.asarray(Image.open(out).convert("RGB")).astype(float) / 255.0
    width = img.shape[1] // 6
    row = img[: img.shape[0] // 2]                      # the muscle layer's row (the first of two)
    below, front = row[:, 5 * width:], row[:, 2 * width: 3 * width]
    assert rgb("muscle")[2] > rgb("muscle")[0], "the tint is violet: bluer than the warm skin"

    def tinted(panel):
        # the tint mixes violet into the skin: blue above red (skin is red above blue), not the white background
        return int(((panel[..., 2] > panel[..., 0] + 0.02) & (panel.sum(axis=2) < 2.7)).sum())

    assert img.shape[1] == 6 * 400, "the sheet has a sixth picture"
    assert tinted(below) > 4 * max(tinted(front), 1) and tinted(below) > 300, (tinted(below), tinted(front))
