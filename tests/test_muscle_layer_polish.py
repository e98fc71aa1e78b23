"""The muscle layer's look (issue 16 polish): fans whose fibres converge on the insertion, and the footprints
that review against anatomy atlases found wrong (each with a geometric row)."""
from __future__ import annotations

import numpy as np
import pytest

from bodymap.core.atlas import load_atlas

#: Broad fan-shaped muscles: a long origin, one narrow insertion.
FANS = ["infraspinatus", "gluteus_maximus", "pectoralis_major", "deltoid", "latissimus_dorsi", "upper_trapezius",
        "gluteus_medius", "temporalis"]


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def _spread(points: np.ndarray) -> float:
    """The largest distance between two of the points (cm)."""
    return float(np.linalg.norm(points[:, None] - points[None], axis=2).max())


@pytest.mark.parametrize("muscle", FANS)
def test_fan_fibres_run_from_the_whole_origin_to_the_insertion(atlas, muscle):
    """Each fibre of a fan runs (straight, not in zig-zag lanes) over most of the way from its origin to its
    insertion; together they start spread along the origin and end gathered towards the insertion."""
    site = atlas.muscle_site(muscle, "left")
    v = atlas.body.vertices
    length = float(np.linalg.norm(v[site.origin].mean(axis=0) - v[site.insertion].mean(axis=0)))
    starts = np.array([v[f[0]] for f in site.fibres])
    stops = np.array([v[f[-1]] for f in site.fibres])
    assert len(site.fibres) >= 4, f"{muscle}: a fan needs fibres across its width, got {len(site.fibres)}"
    for f, a, b in zip(site.fibres, starts, stops):
        span = float(np.linalg.norm(a - b))
        run = float(np.linalg.norm(np.diff(v[f], axis=0), axis=1).sum())
        assert span >= 0.6 * length, f"{muscle}: a fibre spans {span:.1f} cm of {length:.1f} cm"
        assert run <= 1.3 * span, f"{muscle}: a fibre zig-zags ({run:.1f} cm of path for {span:.1f} cm)"
    assert _spread(stops) <= 0.6 * _spread(starts), f"{muscle}: the fibres do not converge on the insertion"
    origin_extent = _spread(v[site.origin]) if len(site.origin) > 1 else 0.0
    assert _spread(starts) >= 0.5 * origin_extent, f"{muscle}: the fibres start on part of the origin only"
    near = np.linalg.norm(stops[:, None] - v[site.insertion][None], axis=2).min(axis=1)
    assert near.max() <= 0.45 * length, f"{muscle}: a fibre stops {near.max():.1f} cm from the insertion"


def test_every_muscle_with_a_footprint_of_four_vertices_has_fibres(atlas):
    """Small deep muscles (piriformis, gemelli, pectineus) had none: the field was binned into 12 levels."""
    bare = sorted({s.muscle.id for s in atlas.muscle_sites if len(s.footprint) >= 4 and not s.fibres})
    assert bare == []


# ---- neighbouring superficial muscles in alternating tints ----

#: Superficial muscles that touch on the skin, as atlases show them side by side.
TOUCHING = [("deltoid", "biceps_brachii"), ("deltoid", "pectoralis_major"), ("gluteus_maximus", "gluteus_medius"),
            ("tibialis_anterior", "extensor_digitorum_longus"), ("upper_trapezius", "sternocleidomastoid"),
            ("infraspinatus", "teres_minor"), ("latissimus_dorsi", "teres_major"), ("rectus_femoris", "vastus_lateralis"),
            ("rectus_femoris", "vastus_medialis"), ("rectus_abdominis", "external_oblique"),
            ("gastrocnemius", "biceps_femoris")]


def test_the_palette_names_one_violet_for_each_tint():
    from bodymap.core import anatomy as A
    from bodymap.palette import MUSCLE_TINTS, PALETTE

    assert len(MUSCLE_TINTS) == A.TINT_COUNT and len(set(MUSCLE_TINTS)) == A.TINT_COUNT
    assert all(name in PALETTE for name in MUSCLE_TINTS)


@pytest.mark.parametrize("a, b", TOUCHING)
def test_touching_superficial_muscles_get_different_tints(atlas, a, b):
    assert atlas.muscle_site(a, "left").tint != atlas.muscle_site(b, "left").tint


def test_hardly_any_contact_is_between_muscles_of_one_tint(atlas):
    """The colouring parts neighbours: of all the skin where two superficial footprints meet, what lies between
    two of the same tint is a small share (the footprints overlap, so four tints cannot always part all)."""
    body = atlas.body
    sup = [s for s in atlas.muscle_sites if s.anatomy.layer == "superficial"]
    grown = {}
    for s in sup:
        inside = np.zeros(body.n_vertices, dtype=bool)
        inside[s.footprint] = True
        ring = inside.copy()
        ring[body.edges[inside[body.edges[:, 0]], 1]] = True
        ring[body.edges[inside[body.edges[:, 1]], 0]] = True
        grown[s.key] = ring
    total = same = 0
    for i, s in enumerate(sup):
        for t in sup[i + 1:]:
            if s.muscle.id == t.muscle.id:
                continue
            contact = int((grown[s.key] & grown[t.key]).sum())
            total += contact
            same += contact if s.tint == t.tint else 0
    assert total > 0 and same / total <= 0.05, f"{same} of {total} contact vertices lie between alike tints"


def _over_skin(colour: str, alpha: float) -> np.ndarray:
    from bodymap.palette import rgb

    return (1 - alpha) * rgb("skin") + alpha * rgb(colour)


def test_every_tint_is_violet_over_skin_and_no_zone_colour_is():
    """Over the skin a muscle tint is bluer than it is green (what the pixel tests look for); the zones' and
    the pain spot's colours over skin are greener than blue, whatever the opacity."""
    from bodymap.draw.muscles import TINT
    from bodymap.palette import MUSCLE_TINTS

    for name in MUSCLE_TINTS:
        r, g, b = _over_skin(name, TINT["superficial"])
        assert b > g + 0.02, name
    for zone in ("essential", "spillover", "pain", "painted"):
        for alpha in (0.3, 0.6, 0.9):
            r, g, b = _over_skin(zone, alpha)
            assert g > b, zone


def test_server_pictures_tint_touching_muscles_apart(atlas):
    """bodymap/draw (review sheets, handouts, pictures without WebGL) draws each muscle in its own tint."""
    from bodymap.draw.muscles import tint_muscles
    from bodymap.palette import rgb

    sup = [s for s in atlas.muscle_sites if s.anatomy.layer == "superficial"]
    skin = np.tile(rgb("skin"), (atlas.body.n_vertices, 1))
    drawn = tint_muscles(atlas.body, skin, sup)
    count = np.zeros(atlas.body.n_vertices, dtype=int)
    for s in sup:
        count[s.footprint] += 1

    def colour(muscle: str) -> np.ndarray:
        site = atlas.muscle_site(muscle, "left")
        deep_inside = site.near[(site.margin >= 1.2)]
        return np.median(drawn[deep_inside[count[deep_inside] == 1]], axis=0)

    for a, b in [("deltoid", "biceps_brachii"), ("gluteus_maximus", "gluteus_medius")]:
        ca, cb = colour(a), colour(b)
        assert np.abs(ca - cb).max() > 0.05, (a, b, ca, cb)
        assert ca[2] > ca[1] and cb[2] > cb[1]


# ---- footprints corrected after review against anatomy atlases ----

#: Perineal and pelvic floor muscles, too thin before (one column of vertices): (muscle, axis, least extent cm).
#: x runs left-right (bulbospongiosus spans both halves of the bulb; levator ani from the midline out over the
#: ischioanal fossa), z front-back (the external anal sphincter rings the anus).
PELVIC_FLOOR = [("bulbospongiosus", 0, 3.0), ("ischiocavernosus", 0, 1.6), ("levator_ani", 0, 3.5),
                ("sphincter_ani", 2, 3.5)]


@pytest.mark.parametrize("muscle, axis, least", PELVIC_FLOOR)
def test_pelvic_floor_footprints_are_wide_enough_one_piece_and_hold_their_points(atlas, muscle, axis, least):
    from bodymap.core import anatomy as A

    site = atlas.muscle_site(muscle, "left")
    extent = np.ptp(atlas.body.vertices[site.footprint][:, axis])
    assert extent >= least, f"{muscle}: {extent:.1f} cm across, want at least {least} cm"
    assert A.components(atlas.body, site.footprint) == 1
    tolerance = site.anatomy.anchor_tolerance_cm if site.deep else 0.0
    far = atlas.geodesics.distance_to_set(site.footprint, limit_cm=tolerance + 15.0)
    for tp in atlas.sites:
        if tp.muscle.id == muscle and tp.side in ("left", "midline"):
            assert far[tp.vertex] <= tolerance + 1e-6, f"{tp.key} lies outside the footprint"


def test_occipitofrontalis_is_two_bellies_and_leaves_the_crown_to_its_tendon_sheet(atlas):
    """The frontal belly over the forehead and the occipital belly at the back of the head, as two pieces; the
    galea over the crown between them is no belly (it ran as a strip over the top of the head)."""
    from bodymap.core import anatomy as A

    body = atlas.body
    site = atlas.muscle_site("occipitofrontalis", "left")
    assert site.anatomy.bellies == 2 and A.components(body, site.footprint) == 2
    v = body.vertices
    head = np.flatnonzero(v[:, 1] > v[:, 1].max() - 25)
    crown = int(head[np.argmax(v[head, 1])])  # the top of the head
    far = atlas.geodesics.distance_to_set(site.footprint, limit_cm=30)
    assert far[crown] >= 4.0, f"the footprint comes {far[crown]:.1f} cm from the crown"
    fp = v[site.footprint]
    z = {tp.trigger_point.id: v[tp.vertex, 2] for tp in atlas.sites if tp.muscle.id == "occipitofrontalis"}
    front, back = fp[:, 2] > 5.0, fp[:, 2] < 1.0
    assert front.sum() >= 6 and back.sum() >= 6 and (front | back).all(), "a forehead piece and a back piece only"
    gap = atlas.geodesics.distance_to_set(site.footprint[back], limit_cm=40)[site.footprint[front]].min()
    assert gap >= 8.0, f"the galea between the bellies is {gap:.1f} cm over the skull"
    assert z["occipitofrontalis_tp1"] > 5.0 and z["occipitofrontalis_tp2"] < 1.0
    assert len([f for f in site.fibres if v[f, 2].min() > 5.0]) >= 2, "the frontal belly has its fibres"
    assert len([f for f in site.fibres if v[f, 2].max() < 1.0]) >= 2, "the occipital belly has its fibres"


def test_latissimus_dorsi_reaches_the_iliac_crest_and_the_lumbar_fascia(atlas):
    """Its lowest fibres arise from the back third of the iliac crest (the footprint stopped about 2 cm above
    it), and its belly meets the thoracolumbar fascia beside the lumbar spine."""
    body = atlas.body
    v = body.vertices
    site = atlas.muscle_site("latissimus_dorsi", "left")
    crest = next(l for l in atlas.landmarks if l.landmark.id == "iliac_crest" and l.side == "left")
    back_third = [int(x) for x in crest.vertices if v[x, 2] < -1.0 and v[x, 0] > 6.0]
    assert len(back_third) >= 3
    far = atlas.geodesics.distance_to_set(site.footprint, limit_cm=30)
    for x in back_third:
        assert far[x] <= 0.5, f"the crest at vertex {x} lies {far[x]:.1f} cm below the latissimus"
    fp = v[site.footprint]
    lumbar = fp[(fp[:, 1] > v[back_third, 1].min()) & (fp[:, 1] < v[back_third, 1].max() + 6) & (fp[:, 2] < -3)]
    assert len(lumbar) and lumbar[:, 0].min() <= 5.0, "the belly reaches in towards the lumbar fascia"


def test_a_footprint_that_does_not_make_its_declared_bellies_is_refused(tmp_path):
    """`bellies: 2` asks for two pieces; a footprint of one piece is named with its file, line and field."""
    import subprocess
    import sys

    from tests.mini_atlas import mini_with, problems_of
    from tests.test_muscle_layer import LAYER

    mini = mini_with(tmp_path, "anatomy.yaml", LAYER.replace("    anchor_tolerance_cm: 1.5\n",
                                                             "    anchor_tolerance_cm: 1.5\n    bellies: 2\n"))
    subprocess.run([sys.executable, "-m", "bodymap.cli", "place", str(mini / "anatomy.yaml")], check=True,
                   capture_output=True)
    problems = problems_of(mini)
    assert any(p.startswith("anatomy.yaml:") and "anatomy[0].footprint: the footprint is one piece; `bellies: 2` "
               "asks for 2, one per belly" in p for p in problems), problems


def test_no_footprint_has_a_pinhole_of_bare_skin(atlas):
    """Where two bands of a footprint nearly met, a vertex or two of bare skin stayed ringed by the belly and
    was drawn as a small loop of outline inside the muscle (gluteus maximus, deltoid, external oblique,
    between the heads of gastrocnemius)."""
    from bodymap.core import anatomy as A

    body = atlas.body
    for site in atlas.muscle_sites:
        margin = np.full(body.n_vertices, -np.inf)
        margin[site.near] = site.margin
        assert np.array_equal(A.fill_pinholes(body, margin), margin), f"{site.key} has a pinhole"


def test_the_heads_of_gastrocnemius_meet_in_the_middle_of_the_calf(atlas):
    """The two heads lie side by side down the back of the calf: the skin down its middle (the calf's most
    posterior point at each height of the bellies) is the muscle's, not a gap between two strips."""
    site = atlas.muscle_site("gastrocnemius", "left")
    v = atlas.body.vertices
    fp = v[site.footprint]
    top, bottom = fp[:, 1].max(), fp[:, 1].min()
    centre = fp.mean(axis=0)
    calf = np.flatnonzero((np.abs(v[:, 0] - centre[0]) < 6) & (v[:, 2] < centre[2] + 2))
    inside = set(site.footprint.tolist())
    for y in np.arange(top - 0.15 * (top - bottom), top - 0.6 * (top - bottom), -2.0):
        level = calf[np.abs(v[calf, 1] - y) < 1.0]
        back = int(level[np.argmin(v[level, 2])])
        assert back in inside, f"the middle of the calf at height {y:.0f} (vertex {back}) is bare skin"
