"""Phones and tablets (issue 15): at 390x844, 412x915 and 820x1180 upright and 844x390 on its side, with touch
emulation, in both hosts (the served app and the `export-site` page): the body shows at first paint, nothing
scrolls sideways, a tap on a trigger point's zone shows the ranked list, a pinch zooms, one finger turns the body
without picking, a finger paints in paint mode, a long press names a marker, and on phones text is at least
16 px and controls at least 44x44 px.

Touches go through the DevTools protocol (Input.dispatchTouchEvent): touch events, then pointer events with
pointerType "touch", as from a real touch screen.
"""
from __future__ import annotations

import numpy as np
import pytest

from bodymap.bench.harness import DEEP_QUERY_JS
from tests.browser.conftest import PageRecorder, wait_until
from tests.browser.test_touch import _gesture, _touch

pytestmark = pytest.mark.browser

SIZES = [(390, 844), (412, 915), (820, 1180), (844, 390), (360, 740)]
HOSTS = ["served", "standalone"]

# The screen's visible text and controls, looked up through Panel's shadow roots.
_SCREEN_JS = """(what) => {
  const find = """ + DEEP_QUERY_JS + """;
  const app = find('.bm-app');
  const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && r.bottom > 0 && r.top < innerHeight; };
  const out = [];
  if (what === 'text') {
    for (const el of app.querySelectorAll('*')) {
      if (el.closest('.bm-viewer') || !shown(el)) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (own) out.push([el.tagName + '.' + el.className, parseFloat(getComputedStyle(el).fontSize)]);
    }
  } else if (what === 'controls') {
    for (const el of app.querySelectorAll('button, select, input, summary')) {
      if (el.closest('.bm-viewer') || !shown(el)) continue;
      // a radio or checkbox is tapped through its label
      const target = (el.type === 'radio' || el.type === 'checkbox') && el.closest('label') ? el.closest('label') : el;
      const r = target.getBoundingClientRect();
      out.push([el.tagName + ' ' + (el.textContent || el.getAttribute('aria-label') || el.type).trim().slice(0, 30),
                r.width, r.height]);
    }
  } else if (what === 'toggle') {
    const b = app.querySelector('[data-testid=sheet-toggle]');
    if (b && shown(b)) { const r = b.getBoundingClientRect(); out.push([r.left + r.width / 2, r.top + r.height / 2]); }
  } else if (what === 'clinic') {
    const b = [...app.querySelectorAll('button')].find((x) => x.textContent.startsWith('Clinic view') && shown(x));
    if (b) { const r = b.getBoundingClientRect(); out.push([r.left + r.width / 2, r.top + r.height / 2]); }
  } else if (what === 'menu') {
    const b = app.querySelector('.bm-menu');
    out.push(!!b && shown(b));
  }
  return out;
}"""


@pytest.fixture(params=[(h, s) for h in HOSTS for s in SIZES], ids=[f"{h}-{w}x{ht}" for h in HOSTS for w, ht in SIZES])
def phone(request, browser, server, standalone_site):
    host, (width, height) = request.param
    context = browser.new_context(viewport={"width": width, "height": height}, has_touch=True, is_mobile=True,
                                  device_scale_factor=1)
    page = context.new_page()
    page.recorder = PageRecorder(page)
    page.cdp = context.new_cdp_session(page)
    page.goto(server.url if host == "served" else standalone_site.as_uri())
    page.wait_for_function("() => window.bodymap && window.bodymap.ready", timeout=60_000)
    page.wait_for_timeout(300)
    yield page, host, width, height
    context.close()


def _tap(page, xy, hold_ms: int = 60) -> None:
    _touch(page, "touchStart", [xy])
    page.wait_for_timeout(hold_ms)
    _touch(page, "touchEnd", [])


def _xy(page, v: int):
    p = page.evaluate("v => window.bodymap.project(v)", int(v))
    return None if p is None else np.array([p["x"], p["y"]])


def _visible(page, vertices):
    for v in vertices:
        xy = _xy(page, v)
        if xy is not None:
            return int(v), xy
    return None, None


def _camera(page) -> np.ndarray:
    return np.array(page.evaluate("() => { const c = window.bodymap._debug().camera.position; return [c.x, c.y, c.z]; }"))


def test_phone_and_tablet(phone, atlas):
    page, host, width, height = phone
    small = width <= 700 or height <= 560
    # the body shows at first paint, and nothing scrolls sideways
    belly = atlas.body.central_vertex(np.flatnonzero(np.abs(atlas.body.vertices[:, 1] - 20) < 3))
    assert _xy(page, belly) is not None, "the middle of the body is not on screen"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate("innerWidth")
    if small:
        assert page.evaluate(_SCREEN_JS, "menu") == [True], "the tools should fold into a menu"
        small_text = [t for t in page.evaluate(_SCREEN_JS, "text") if t[1] < 16]
        assert not small_text, f"text under 16 px: {small_text[:5]}"
    tiny = [c for c in page.evaluate(_SCREEN_JS, "controls") if c[1] < 44 or c[2] < 44]
    assert not tiny, f"touch targets under 44x44 px: {tiny[:5]}"

    # a tap on a trigger point's main zone shows the ranked list
    site = atlas.site("tibialis_anterior_tp1:left")
    v, xy = _visible(page, site.essential)
    assert xy is not None, "the tibialis anterior zone is not in view"
    _tap(page, xy)
    try:
        wait_until(page, "window.bodymap.state().candidates.length > 0", timeout=10_000)
    except AssertionError:
        info = page.evaluate("() => [window.bodymap.state().pain, window.bodymap.guesses, window.bodymap.gliding,"
                             " window.bodymap.state().mode, window.bodymap.project(%d)]" % v)
        pytest.fail(f"a tap at {xy} on vertex {v} did not pick: pain, guesses, gliding, mode, now at = {info}")
    state = page.evaluate("() => window.bodymap.state()")
    assert state["pain"] is not None and "tibialis_anterior_tp1" in [c["trigger_point_id"] for c in state["candidates"]]
    assert "tibialis" in page.evaluate("window.bodymap.panelText()").lower()
    pain = state["pain"]

    # the folded results sheet opens without covering the pain spot
    toggle = page.evaluate(_SCREEN_JS, "toggle")
    if toggle:
        _tap(page, toggle[0])
        page.wait_for_timeout(500)
        assert _xy(page, pain) is not None, "the opened results cover the pain spot"
        _tap(page, page.evaluate(_SCREEN_JS, "toggle")[0])
        page.wait_for_timeout(500)

    # a long press on a marker names it, and does not pick
    marker = _xy(page, atlas.sites[state["candidates"][0]["site"]].vertex)
    if marker is not None:
        _tap(page, marker, hold_ms=900)
        page.wait_for_timeout(100)
        assert page.evaluate("window.bodymap.tip"), "a long press should name what is under the finger"
        assert page.evaluate("window.bodymap.state().pain") == pain

    # one finger turns the body without picking
    before = _camera(page)
    start = _xy(page, belly)
    if start is None:
        page.evaluate("window.bodymap.setView('front')")
        page.wait_for_timeout(300)
        start = _xy(page, belly)
    _gesture(page, [tuple(start)], [tuple(start + [0.3 * width, 0])])
    assert page.evaluate("window.bodymap.state().pain") == pain, "a swipe must not pick"
    assert np.linalg.norm(_camera(page) - before) > 5, "one finger should turn the body"

    # two fingers spread: the camera comes closer
    page.evaluate("window.bodymap.setView('front')")
    page.wait_for_timeout(300)
    distance = page.evaluate("window.bodymap.cameraDistance")
    centre = _xy(page, belly)
    a, b = centre - [25, 0], centre + [25, 0]
    spread = 0.25 * min(width, height)
    _gesture(page, [tuple(a), tuple(b)], [tuple(a - [spread, 0]), tuple(b + [spread, 0])])
    assert page.evaluate("window.bodymap.cameraDistance") < 0.9 * distance, "a pinch should zoom"
    assert page.evaluate("visualViewport.scale") == 1, "the page's own pinch zoom took the gesture"
    assert page.evaluate("window.bodymap.state().pain") == pain, "a pinch must not pick"

    # paint mode: one finger paints
    page.evaluate("window.bodymap.setMode('paint')")
    page.evaluate("window.bodymap.setView('front')")
    page.wait_for_timeout(300)
    thigh = atlas.site("vastus_lateralis_tp3:left").essential
    points = [xy for xy in (_xy(page, u) for u in thigh[::4]) if xy is not None][:8]
    assert len(points) >= 2, "the outer thigh is not in view"
    _gesture(page, [tuple(points[0])], [tuple(points[-1])], steps=10)
    wait_until(page, "window.bodymap.state().painted > 0", timeout=10_000)

    # a clinician's tablet: the clinic view is one tap away
    if not small:
        page.evaluate("window.bodymap.setMode('pick')")
        _tap(page, page.evaluate(_SCREEN_JS, "clinic")[0])
        wait_until(page, "window.bodymap.state().clinic === true", timeout=5_000)
    assert page.recorder.errors == []
    assert page.recorder.external_requests() == []


_FOCUS_JS = """(selector) => {
  const el = (""" + DEEP_QUERY_JS + """)(selector);
  el.focus();
  return el.getAttribute('aria-expanded');
}"""


@pytest.mark.parametrize("host", HOSTS)
def test_keyboard_on_a_phone(host, browser, server, standalone_site):
    """At phone size the keyboard still reaches everything: the menu opens with Enter and says so to a screen
    reader (aria-expanded), its buttons work, the results sheet opens the same way, and the arrow keys turn the
    body."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.recorder = PageRecorder(page)
    try:
        page.goto(server.url if host == "served" else standalone_site.as_uri())
        page.wait_for_function("() => window.bodymap && window.bodymap.ready", timeout=60_000)
        assert page.evaluate(_FOCUS_JS, ".bm-menu") == "false"
        page.keyboard.press("Enter")
        assert page.evaluate(_FOCUS_JS, ".bm-menu") == "true"
        page.get_by_role("button", name="Back", exact=True).focus()
        page.keyboard.press("Enter")
        wait_until(page, "window.bodymap.state().view === 'back'", timeout=5_000)
        assert page.evaluate(_FOCUS_JS, ".bm-menu") == "false", "choosing a tool closes the menu"
        assert page.evaluate(_FOCUS_JS, "[data-testid=sheet-toggle]") == "false"
        page.keyboard.press("Enter")
        assert page.evaluate(_FOCUS_JS, "[data-testid=sheet-toggle]") == "true"
        page.evaluate(_FOCUS_JS, ".bm-viewer canvas")
        before = _camera(page)
        page.keyboard.press("ArrowLeft")
        page.wait_for_timeout(600)
        after = _camera(page)
        assert np.hypot(after[0] - before[0], after[2] - before[2]) > 5, "the arrow keys should turn the body"
        assert page.recorder.errors == []
    finally:
        context.close()


@pytest.mark.parametrize("size", [(1024, 768), (2560, 1440)], ids=["1024x768", "2560x1440"])
def test_wide_screens_keep_the_desktop_layout(size, browser, server, atlas):
    """From a small laptop to a 2560 px screen: the tools stay in the toolbar, the panel beside the body, the
    body on screen, nothing scrolls sideways."""
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        page.goto(server.url)
        page.wait_for_function("() => window.bodymap && window.bodymap.ready", timeout=60_000)
        assert page.evaluate(_SCREEN_JS, "menu") == [False]
        assert page.evaluate(_SCREEN_JS, "toggle") == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        belly = atlas.body.central_vertex(np.flatnonzero(np.abs(atlas.body.vertices[:, 1] - 20) < 3))
        assert _xy(page, belly) is not None, "the middle of the body is not on screen"
    finally:
        context.close()
