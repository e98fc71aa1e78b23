"""Neighbouring superficial muscles in different violets (issue 16 polish), in a real headless Chromium, in both
hosts: with the "Muscles" layer on, the deltoid and biceps (which touch at the front of the shoulder) are
drawn in different tints, and neither tint is a zone's colour.

A tint is measured as the ratio of each pixel with the layer on to the same pixel of bare skin: the skin and
the tint over it are lit alike (per vertex), so the ratio is the tint's alone, whatever the light."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from tests.browser.conftest import both_hosts, wait_camera_settled, wait_until

pytestmark = pytest.mark.browser


host = both_hosts("front")


def _shot(page) -> np.ndarray:
    page.evaluate("() => window.bodymap.render()")
    return np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(float)


def _inside_only(atlas, muscle: str) -> list[int]:
    """Vertices well inside the muscle's left footprint and in no other superficial footprint."""
    site = atlas.muscle_site(muscle, "left")
    others = set()
    for m in atlas.muscle_sites:
        if m.anatomy.layer == "superficial" and m.key != site.key:
            others |= set(m.footprint.tolist())
    return [int(v) for v in site.near[site.margin >= 1.2] if int(v) not in others]


def _tint(page, vertices, skin, shown) -> np.ndarray:
    """The median ratio (r, g, b) of the layer's pixels to the bare skin's at these vertices."""
    ratios = []
    for v in vertices:
        xy = page.evaluate("v => window.bodymap.project(v)", v)
        if not xy:
            continue
        x, y = int(xy["x"]), int(xy["y"])
        if skin[y, x].min() > 20:
            ratios.append(shown[y, x] / skin[y, x])
    assert len(ratios) >= 4, f"too few of the muscle's points are in view ({len(ratios)})"
    return np.median(np.array(ratios), axis=0)


def test_touching_muscles_get_different_tints_that_are_not_zone_colours(host, atlas):
    page = host
    assert atlas.muscle_site("deltoid", "left").tint != atlas.muscle_site("biceps_brachii", "left").tint
    page.evaluate("() => window.bodymap.setView('front')")
    wait_camera_settled(page)
    skin = _shot(page)
    page.evaluate("() => window.bodymap.setLayer('muscles', true)")
    wait_until(page, "window.bodymap.state().layers.includes('muscles') && window.bodymap.musclesDrawn > 0")
    wait_camera_settled(page)
    shown = _shot(page)
    deltoid = _tint(page, _inside_only(atlas, "deltoid"), skin, shown)
    biceps = _tint(page, _inside_only(atlas, "biceps_brachii"), skin, shown)
    assert np.abs(deltoid - biceps).max() > 0.06, f"deltoid {deltoid} and biceps {biceps} look alike"
    for name, ratio in (("deltoid", deltoid), ("biceps", biceps)):
        assert np.abs(ratio - 1).max() > 0.04, f"{name} is not drawn ({ratio})"
        # a violet over skin turns it bluer than it is green; red-orange, orange and green zones do the opposite
        assert ratio[2] > ratio[1] + 0.03, f"{name}'s tint {ratio} leans like a zone colour, not violet"
    page.evaluate("() => window.bodymap.setLayer('muscles', false)")
