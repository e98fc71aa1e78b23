"""Paint mode, body variants, keyboard use and 200% zoom in a real browser."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from tests.browser.conftest import open_app

pytestmark = pytest.mark.browser


def _shot(page) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(int)


def test_paint_mode_ranks_the_whole_drawing(server, page, atlas):
    open_app(page, server.url)
    page.get_by_role("button", name="Pain drawing (paint)").click()
    page.wait_for_function("() => window.bodymap.state().mode === 'paint'")
    page.evaluate("() => window.bodymap.setView('left')")
    site = atlas.site("vastus_lateralis_tp3:left")
    points = [page.evaluate("v => window.bodymap.project(v)", int(v)) for v in site.essential[::3]]
    points = [p for p in points if p][:12]
    assert len(points) >= 4
    page.mouse.move(points[0]["x"], points[0]["y"])
    page.mouse.down()
    for p in points[1:]:
        page.mouse.move(p["x"], p["y"], steps=4)
    page.mouse.up()
    page.wait_for_function("() => window.bodymap.state().painted > 0")
    page.wait_for_selector("[data-testid=candidates] li", timeout=15_000)
    listed = page.inner_text("[data-testid=candidates]")
    assert "painted area" in listed and "Vastus lateralis" in listed
    assert page.recorder.errors == []


def test_switching_body_keeps_the_selection(server, page, atlas):
    site = atlas.site("soleus_tp1:left")
    pts = atlas.body.vertices[site.essential]
    pain = int(site.essential[np.argmin(np.linalg.norm(pts - pts.mean(axis=0), axis=1))])
    open_app(page, server.url)
    page.evaluate("v => window.bodymap.click(v)", pain)
    page.wait_for_selector("[data-testid=candidates] li", timeout=15_000)
    before = page.evaluate("() => window.bodymap.state()")
    page.locator("select").first.select_option("male")
    page.wait_for_function("() => window.bodymap.state().body === 'male'", timeout=20_000)
    after = page.evaluate("() => window.bodymap.state()")
    assert after["pain"] == before["pain"] and after["selected"] == before["selected"]
    assert "Soleus" in page.inner_text("[data-testid=candidates]")


def test_keyboard_rotates_the_body_and_presses_view_buttons(server, page):
    open_app(page, server.url)
    start = _shot(page)
    page.get_by_role("button", name="Back", exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.bodymap.state().view === 'back'", timeout=10_000)
    page.wait_for_timeout(800)
    back = _shot(page)
    assert np.abs(back - start).sum(axis=2).astype(bool).mean() > 0.01
    page.locator("canvas").first.focus()
    for _ in range(4):
        page.keyboard.press("ArrowLeft")
    page.wait_for_timeout(800)
    turned = _shot(page)
    assert np.abs(turned - back).sum(axis=2).astype(bool).mean() > 0.01, "arrow keys should rotate"


def test_readable_at_200_percent_zoom(browser, server):
    context = browser.new_context(viewport={"width": 700, "height": 475}, device_scale_factor=2)
    page = context.new_page()
    try:
        open_app(page, server.url)
        search = page.locator("input[placeholder*='heel pain']").first
        assert search.is_visible()
        safety = page.locator("[data-testid=safety]").first
        box = safety.bounding_box()
        assert box and box["width"] > 150, "the safety box should keep a readable width"
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 1400, f"the page should not spread far beyond the window ({width}px)"
    finally:
        context.close()
