"""Touch: a tap picks, one finger turns the body, two fingers pinch to zoom (a phone or a clinic tablet).

Touches are sent through the DevTools protocol (Input.dispatchTouchEvent), which goes through the same
path as a real touch screen: touch events, then pointer events with pointerType "touch".
"""
from __future__ import annotations

import numpy as np
import pytest

from tests.browser.conftest import PageRecorder, open_app

pytestmark = pytest.mark.browser


@pytest.fixture
def touch_page(browser):
    context = browser.new_context(viewport={"width": 900, "height": 1000}, has_touch=True, is_mobile=False)
    pg = context.new_page()
    pg.recorder = PageRecorder(pg)
    pg.cdp = context.new_cdp_session(pg)
    yield pg
    context.close()


def _touch(page, kind: str, points: list[tuple[float, float]]) -> None:
    page.cdp.send("Input.dispatchTouchEvent", {
        "type": kind, "touchPoints": [{"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)]})


def _gesture(page, starts: list[tuple[float, float]], ends: list[tuple[float, float]], steps: int = 12) -> None:
    """Fingers down at `starts`, moved in steps to `ends`, lifted."""
    _touch(page, "touchStart", starts)
    for k in range(1, steps + 1):
        t = k / steps
        _touch(page, "touchMove", [(sx + (ex - sx) * t, sy + (ey - sy) * t) for (sx, sy), (ex, ey) in zip(starts, ends)])
        page.wait_for_timeout(16)
    _touch(page, "touchEnd", [])
    page.wait_for_timeout(400)  # orbit damping settles


def _xy(page, v: int) -> np.ndarray | None:
    p = page.evaluate("v => window.bodymap.project(v)", int(v))
    return None if p is None else np.array([p["x"], p["y"]])


def _near(atlas, point) -> int:
    return int(np.argmin(np.linalg.norm(atlas.body.vertices - np.asarray(point), axis=1)))


def test_tap_picks_like_a_click(server, touch_page, atlas):
    page = open_app(touch_page, server.url)
    belly = _near(atlas, [0.0, 20.0, 15.0])
    xy = _xy(page, belly)
    assert xy is not None
    _touch(page, "touchStart", [tuple(xy)])
    page.wait_for_timeout(60)
    _touch(page, "touchEnd", [])
    page.wait_for_function("() => window.bodymap.state().pain !== null", timeout=10_000)
    state = page.evaluate("() => window.bodymap.state()")
    assert np.linalg.norm(atlas.body.vertices[state["pain"]] - atlas.body.vertices[belly]) < 3.0
    page.wait_for_selector("[data-testid=region]", timeout=10_000)
    assert page.recorder.errors == []


def test_one_finger_turns_the_body_without_picking(server, touch_page, atlas):
    page = open_app(touch_page, server.url)
    # the shoulders look closer together once the body has turned
    left, right = _near(atlas, [20.0, 45.0, 0.0]), _near(atlas, [-20.0, 45.0, 0.0])
    before = np.linalg.norm(_xy(page, left) - _xy(page, right))
    start = _xy(page, _near(atlas, [0.0, 20.0, 15.0]))
    _gesture(page, [tuple(start)], [tuple(start + [220, 0])])
    state = page.evaluate("() => window.bodymap.state()")
    assert state["pain"] is None, "a swipe must not pick"
    a, b = _xy(page, left), _xy(page, right)
    assert a is None or b is None or np.linalg.norm(a - b) < 0.85 * before, "one finger should turn the body"
    assert page.recorder.errors == []


def test_two_finger_pinch_zooms(server, touch_page, atlas):
    page = open_app(touch_page, server.url)
    # two points on the chest, either side of where the fingers go down
    left, right = _near(atlas, [8.0, 35.0, 14.0]), _near(atlas, [-8.0, 35.0, 14.0])
    span = lambda: np.linalg.norm(_xy(page, left) - _xy(page, right))  # noqa: E731
    before = span()
    centre = (_xy(page, left) + _xy(page, right)) / 2
    a, b = centre - [30, 0], centre + [30, 0]
    _gesture(page, [tuple(a), tuple(b)], [tuple(a - [110, 0]), tuple(b + [110, 0])])
    state = page.evaluate("() => window.bodymap.state()")
    assert state["pain"] is None, "a pinch must not pick"
    assert span() > 1.3 * before, "spreading two fingers should zoom in"
    assert page.recorder.errors == []
