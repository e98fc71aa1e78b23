"""The layers over the skin in a real headless Chromium, in both hosts (served and standalone): selecting a
trigger point draws its muscle (violet, apart from the zones' colours) and `muscles_shown` follows the
selection; the "Muscles" toggle shows the superficial muscles and hovering names one; the "Nerve roots" toggle
draws the dermatomes, and a pain on one names its root in the side panel; the "Bones to feel for" toggle draws
every palpable bony landmark of the atlas, one mark per landmark and side."""
from __future__ import annotations

import colorsys
import io

import numpy as np
import pytest
from PIL import Image

from bodymap.palette import PALETTE
from tests.browser.conftest import both_hosts, wait_camera_settled, wait_until

pytestmark = pytest.mark.browser


host = both_hosts("back")


def _shot(page) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(int)


def _hue(rgb) -> float:
    return colorsys.rgb_to_hsv(*(np.asarray(rgb, dtype=float) / 255))[0] * 360


def _site(atlas, key: str) -> int:
    return next(s.index for s in atlas.sites if s.key == key)


def _state(page) -> dict:
    return page.evaluate("() => window.bodymap.state()")


def _select(page, site: int) -> None:
    page.evaluate("s => window.bodymap.clickMarker(s)", site)  # selects a listed site; else shows its muscle
    page.evaluate("() => window.bodymap.render()")
    page.wait_for_timeout(300)


def test_selecting_soleus_tp1_draws_soleus_over_the_back_of_the_lower_leg(host, atlas):
    page = host
    page.evaluate("() => window.bodymap.setMode('forward')")  # explore: a marker click shows its muscle
    page.evaluate("() => window.bodymap.setView('back')")
    wait_camera_settled(page)
    page.evaluate("() => window.bodymap.search('Gluteus maximus')")
    page.wait_for_timeout(400)
    before = _shot(page)
    page.evaluate("() => window.bodymap.search('Soleus')")
    wait_until(page, "window.bodymap.state().muscles_shown.includes('soleus')")
    page.wait_for_timeout(400)
    after = _shot(page)
    soleus = atlas.muscle_site("soleus", "left")
    inside = soleus.near[soleus.margin >= 1.5]  # well inside the footprint, away from its edge
    zones = set()
    for tp in atlas.sites:
        if tp.muscle.id == "soleus":
            zones |= set(tp.essential.tolist()) | set(tp.spillover.tolist())
    changed, violet = 0, 0
    for v in inside:
        if int(v) in zones:
            continue
        xy = page.evaluate("v => window.bodymap.project(v)", int(v))
        if not xy:
            continue
        x, y = int(xy["x"]), int(xy["y"])
        if np.abs(after[y, x] - before[y, x]).sum() > 30:
            changed += 1
            r, g, b = after[y, x]
            violet += b > g + 8  # a violet tint over skin turns blue above green; the zones' colours do not
    assert changed >= 8, f"soleus should be drawn over the back of the lower leg ({changed} points changed)"
    assert violet >= 0.6 * changed, f"the muscle should be violet: {violet} of {changed} changed points"
    for zone_colour in ("essential", "spillover", "pain"):
        zone_hue = _hue([int(PALETTE[zone_colour][i:i + 2], 16) for i in (1, 3, 5)])
        muscle_hue = _hue([int(PALETTE["muscle"][i:i + 2], 16) for i in (1, 3, 5)])
        assert min(abs(zone_hue - muscle_hue), 360 - abs(zone_hue - muscle_hue)) > 60, zone_colour
    assert "Soleus (deep, under Gastrocnemius)" in page.evaluate("() => window.bodymap.muscleLabels")


def test_muscles_shown_follows_the_selection(host, atlas):
    page = host
    page.evaluate("() => window.bodymap.setMode('pick')")
    heel = atlas.body.central_vertex(atlas.sites_of("soleus_tp1")[0].essential)
    state = page.evaluate("v => window.bodymap.click(v)", int(heel))
    wait_until(page, "window.bodymap.state().muscles_shown.length > 0")
    state = _state(page)
    first = state["candidates"][0]["muscle_id"]
    assert state["muscles_shown"] == [first]
    assert page.evaluate("() => window.bodymap.musclesDrawn") == 1
    card = page.evaluate("() => window.bodymap.panelText()")
    assert "The muscle: " in card and "What it does:" in card
    other = next(c for c in state["candidates"] if c["muscle_id"] != first)
    drawn = [other["muscle_id"]] if atlas.muscle_site(other["muscle_id"], other["side"] or "left") else []
    page.evaluate("s => window.bodymap.clickMarker(s)", other["site"])
    wait_until(page, f"window.bodymap.state().selected_site === {other['site']}")
    assert _state(page)["muscles_shown"] == drawn
    page.evaluate("() => window.bodymap.click(-5)")  # not a vertex: nothing changes
    assert _state(page)["muscles_shown"] == drawn


def test_the_muscles_layer_shows_the_superficial_muscles_and_names_them(host, atlas):
    page = host
    page.evaluate("() => window.bodymap.setLayer('muscles', true)")
    wait_until(page, "window.bodymap.state().layers.includes('muscles')")
    superficial = {m.muscle.id for m in atlas.muscle_sites if m.anatomy.layer == "superficial"}
    shown = set(_state(page)["muscles_shown"])
    assert superficial <= shown
    sites = [m for m in atlas.muscle_sites if m.anatomy.layer == "superficial"]  # one per side; midline once
    assert page.evaluate("() => window.bodymap.musclesDrawn") >= len(sites)
    # hovering the calf names the muscle under the pointer
    page.evaluate("() => window.bodymap.setView('back')")
    wait_camera_settled(page)
    gastro = atlas.muscle_site("gastrocnemius", "left")
    v = int(gastro.near[np.argmax(gastro.margin)])
    xy = page.evaluate("v => window.bodymap.project(v)", v)
    assert xy, "the calf should be in view from the back"
    page.mouse.move(xy["x"], xy["y"])
    wait_until(page, "window.bodymap.tip.includes('Gastrocnemius')")
    if page.host == "served":
        wait_until(page, "location.search.includes('layers=muscles')")
    else:
        wait_until(page, "location.hash.includes('layers=muscles')")
    page.evaluate("() => window.bodymap.setLayer('muscles', false)")


def test_the_nerve_root_layer_draws_dermatomes_and_names_the_root(host, atlas):
    page = host
    page.evaluate("() => window.bodymap.setLayer('roots', true)")
    wait_until(page, "window.bodymap.rootsDrawn > 0")
    assert page.evaluate("() => window.bodymap.rootsDrawn") == len(atlas.dermatomes)
    region = atlas.region_by_name("left top of foot")
    foot = atlas.body.central_vertex(atlas.region_vertices(atlas.regions.index(region)))
    page.evaluate("v => window.bodymap.click(v)", int(foot))
    wait_until(page, "window.bodymap.state().nerve_roots.includes('L5')")
    text = page.evaluate("() => window.bodymap.panelText()")
    assert "This area is also the L5 nerve root's: numbness, tingling or weakness there needs a professional." in text
    assert "Lee" in text  # the map the layer follows, with its caveat
    page.evaluate("() => window.bodymap.setLayer('roots', false)")
    wait_until(page, "window.bodymap.rootsDrawn === 0")


def test_the_bones_layer_draws_every_landmark_of_the_atlas(host, atlas):
    page = host
    assert atlas.landmarks, "the atlas has bony landmarks (annotations/bony_landmarks.yaml)"
    before = _shot(page)
    page.evaluate("() => window.bodymap.setLayer('bones', true)")
    wait_until(page, "window.bodymap.bonesDrawn > 0")
    assert page.evaluate("() => window.bodymap.bonesDrawn") == len(atlas.landmarks)
    assert "bones" in _state(page)["layers"]
    page.evaluate("() => window.bodymap.render()")
    changed = np.abs(_shot(page) - before).sum(axis=2) > 60
    assert changed.sum() > 50, "the landmark marks show on the body seen from behind"
    page.evaluate("() => window.bodymap.setLayer('bones', false)")
    wait_until(page, "window.bodymap.bonesDrawn === 0")
