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
