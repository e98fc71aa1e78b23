"""The served app in a real headless Chromium: click the body, see the list and the highlight."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from tests.browser.conftest import open_app

pytestmark = pytest.mark.browser


def _shot(page) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(int)


def _visible_point(page, vertices, limit=40):
    for v in vertices[:limit]:
        xy = page.evaluate("v => window.bodymap.project(v)", int(v))
        if xy:
            return int(v), xy
    return None, None


def test_click_shows_region_candidates_and_highlight(server, page, atlas):
    site = atlas.site("soleus_tp1:left")
    pain = atlas.body.central_vertex(site.essential)
    open_app(page, server.url + "?view=back")
    page.evaluate("() => window.bodymap.setView && window.bodymap.setView('back')")
    page.wait_for_timeout(300)
    xy = page.evaluate("v => window.bodymap.project(v)", pain)
    assert xy, "the heel vertex should be visible from the back"
    before = _shot(page)
    page.mouse.click(xy["x"], xy["y"])
    page.wait_for_function("() => window.bodymap.state().pain !== null")
    state = page.evaluate("() => window.bodymap.state()")
    # the browser answered from its baked tables: the pain vertex is the one under the cursor (or a neighbour)
    assert np.linalg.norm(atlas.body.vertices[state["pain"]] - atlas.body.vertices[pain]) < 3.0
    assert "soleus" in [c["muscle_id"] for c in state["candidates"]]
    assert state["region"] and "heel" in state["region"]
    # Python filled the text panels
    page.wait_for_selector("[data-testid=candidates] li", timeout=10_000)
    listed = page.inner_text("[data-testid=candidates]")
    assert "Soleus" in listed
    assert "heel" in page.inner_text("[data-testid=region]")
    page.wait_for_selector("[data-testid=self-care]", timeout=10_000)
    assert "How long" in page.inner_text("[data-testid=self-care]")
    assert "does not diagnose" in page.inner_text("[data-testid=safety]")
    # pixels changed where the essential zone and the trigger point marker are drawn
    page.evaluate("() => window.bodymap.state()")
    page.wait_for_timeout(400)
    after = _shot(page)
    pain_xyz = atlas.body.vertices[state["pain"]]
    # a zone vertex away from the pain ring and from the referral path drawn over the zone
    from bodymap.core.referral import referral_path
    path = referral_path(atlas, site, state["pain"]).points
    away = [v for v in site.essential if np.linalg.norm(atlas.body.vertices[v] - pain_xyz) > 3.5
            and np.min(np.linalg.norm(path - atlas.body.vertices[v], axis=1)) > 1.2]
    zone_v, zone_xy = _visible_point(page, away, limit=len(away))
    marker_xy = page.evaluate("v => window.bodymap.project(v)", site.vertex)
    assert zone_xy and marker_xy
    for point in (zone_xy, marker_xy):
        x, y = int(point["x"]), int(point["y"])
        diff = np.abs(after[y - 3:y + 4, x - 3:x + 4] - before[y - 3:y + 4, x - 3:x + 4]).sum(axis=2).max()
        assert diff > 60, f"no visible change at {point}"
    # the essential zone is drawn in vermillion (red well above blue)
    x, y = int(zone_xy["x"]), int(zone_xy["y"])
    patch = after[y - 2:y + 3, x - 2:x + 3].reshape(-1, 3).mean(axis=0)
    assert patch[0] > patch[2] + 60, f"zone colour {patch} is not vermillion"
    assert page.recorder.external_requests() == []
    assert page.recorder.errors == []
    assert page.recorder.warnings == []


def test_drag_rotates_without_picking(server, page, atlas):
    open_app(page, server.url)
    belly = int(np.argmin(np.linalg.norm(atlas.body.vertices - np.array([0.0, 20.0, 15.0]), axis=1)))
    start = page.evaluate("v => window.bodymap.project(v)", belly)
    assert start, "the belly should be visible from the front"
    before = _shot(page)
    page.mouse.move(start["x"], start["y"])
    page.mouse.down()
    for i in range(1, 11):
        page.mouse.move(start["x"] + 12 * i, start["y"], steps=2)
    page.mouse.up()
    page.wait_for_timeout(600)
    state = page.evaluate("() => window.bodymap.state()")
    assert state["pain"] is None, "a drag must not pick"
    # the press was answered out of sight (software GL), and the drag undid that answer unseen
    assert page.evaluate("() => window.bodymap.guesses") == {"made": 1, "shown": 0}
    assert state["candidates"] == [] and state["selected"] is None
    after = _shot(page)
    assert np.abs(after - before).sum(axis=2).astype(bool).mean() > 0.01, "the body should have rotated"
    moved = page.evaluate("v => window.bodymap.project(v)", belly)
    assert moved is None or abs(moved["x"] - start["x"]) > 5, "the belly should have moved on screen"


def test_share_url_restores_state(server, page, atlas):
    """Also on a session built before the request (session_pool.py): it learns the URL when it is taken."""
    site = atlas.site("upper_trapezius_tp1:left")
    pain = atlas.body.central_vertex(site.essential)
    page.wait_for_timeout(2500)  # an idle server: the pool has refilled after the previous tests' visits
    open_app(page, f"{server.url}?pain={pain}&tp=upper_trapezius_tp1:left&view=left&body=neutral")
    made = [line for line in server.output().splitlines() if "new session (neutral body)" in line]
    assert made and made[-1].endswith("built ahead"), made[-3:]
    page.wait_for_function("() => window.bodymap.state().selected !== null", timeout=15_000)
    state = page.evaluate("() => window.bodymap.state()")
    assert state["pain"] == pain
    assert state["selected"] == "upper_trapezius_tp1"
    assert state["view"] == "left" and state["body"] == "neutral"
    page.wait_for_selector("[data-testid=self-care]")
    assert "Upper trapezius" in page.inner_text("[data-testid=self-care]")


def test_clicks_update_the_url_for_sharing(server, page, atlas):
    site = atlas.site("soleus_tp1:left")
    pain = atlas.body.central_vertex(site.essential)
    open_app(page, server.url)
    page.evaluate("v => window.bodymap.click(v)", pain)
    page.wait_for_function("() => location.search.includes('pain=')", timeout=10_000)
    assert f"pain={pain}" in page.url and "tp=" in page.url


def test_spillover_zone_is_stippled(server, page, atlas):
    """The spillover zone shows an orange wash with denser dots on it (drawn as a second, small mesh)."""
    site = atlas.site("gluteus_minimus_tp1:left")
    open_app(page, server.url + f"?pain={site.vertex}&tp=gluteus_minimus_tp1:left&view=left")
    page.wait_for_function("() => window.bodymap.state().selected === 'gluteus_minimus_tp1'")
    page.wait_for_timeout(500)
    img = _shot(page)

    def orange_excess(v):
        xy = page.evaluate("v => window.bodymap.project(v)", int(v))
        assert xy, f"vertex {v} should be visible from the left"
        x, y = int(xy["x"]), int(xy["y"])
        patch = img[y - 10:y + 11, x - 10:x + 11]
        red_over_blue = patch[..., 0] - patch[..., 2]
        return float(np.median(red_over_blue)), int((red_over_blue > np.median(red_over_blue) + 40).sum())

    spill_wash, spill_dots = orange_excess(atlas.body.central_vertex(site.spillover))
    # plain skin on the same side of the body, far from both zones: the side of the chest
    zones = np.concatenate([site.essential, site.spillover])
    body = atlas.body.vertices
    chest = [v for v in np.argsort(np.linalg.norm(body - np.array([15.0, 30.0, 5.0]), axis=1))[:200]
             if np.min(np.linalg.norm(body[zones] - body[v], axis=1)) > 12]
    skin_v, _ = _visible_point(page, chest)
    skin_wash, skin_dots = orange_excess(skin_v)
    assert spill_dots >= 8, f"only {spill_dots} dot pixels in the spillover zone"
    assert skin_dots == 0, f"{skin_dots} dot pixels on plain skin"
    assert spill_wash > skin_wash + 15, f"no orange wash: {spill_wash} vs skin {skin_wash}"
    assert page.recorder.errors == []


# Read the canvas, draw the same scene again in full, read it again: how many pixels differ, or None when the
# comparison is off because Python's answer (the exact referral path, replacing the baked one) arrived in between.
_CANVAS_VS_FULL_RENDER_JS = """() => {
  const s = window.bodymap.state();
  if (s.answered === s.pick) return null;
  const { renderer, scene, camera } = window.bodymap._debug();
  const gl = renderer.getContext();
  const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight;
  const read = () => { const a = new Uint8Array(w * h * 4); gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, a); return a; };
  const shown = read();
  renderer.setScissorTest(false);
  renderer.render(scene, camera);
  const full = read();
  let differ = 0;
  for (let i = 0; i < shown.length; i += 4) {
    if (Math.abs(shown[i] - full[i]) + Math.abs(shown[i + 1] - full[i + 1]) + Math.abs(shown[i + 2] - full[i + 2]) > 3) differ++;
  }
  return differ;
}"""


class _ServerMessages:
    """The page's websocket, routed through Playwright: messages from the server can be held back for a moment
    and then passed on in order (the page's own messages always go straight through)."""

    def __init__(self, page) -> None:
        self.holding, self.queue, self.socket = False, [], None
        page.route_web_socket("**/ws*", self._route)

    def _route(self, socket) -> None:
        self.socket = socket
        socket.connect_to_server().on_message(self._to_page)

    def _to_page(self, message) -> None:
        if self.holding:
            self.queue.append(message)
        else:
            self.socket.send(message)

    def start(self) -> None:
        self.holding = True

    def release(self) -> None:
        self.holding = False
        queue, self.queue = self.queue, []
        for message in queue:
            self.socket.send(message)


def test_held_press_draws_the_answer_out_of_sight_and_shows_all_of_it_on_release(server, page, atlas):
    """On software GL a press on the body is answered while the button is held, into a hidden frame; the
    canvas must not change until the release, and then show exactly what a full redraw shows (the copied
    rectangle must cover every change, including the previous pick's zones, markers and path).
    Python's answers (its exact path redraws the path) are held back over the websocket from the press until
    the released frame was compared: Python answers in a few ms, faster than the comparison can start."""
    hold = _ServerMessages(page)
    open_app(page, server.url + "?view=back")
    page.evaluate("() => window.bodymap.setView('back')")
    first = atlas.site("soleus_tp1:left")
    page.evaluate("v => window.bodymap.click(v)", atlas.body.central_vertex(first.essential))
    page.wait_for_function("() => window.bodymap.state().path !== null", timeout=10_000)  # a pulse runs
    checked = 0
    for tp in ("gastrocnemius_tp1:left", "gluteus_medius_tp1:left", "upper_trapezius_tp1:left"):
        zone = atlas.site(tp).essential
        v, xy = _visible_point(page, zone, limit=len(zone))
        assert xy, f"no visible vertex in the zone of {tp}"
        page.mouse.move(xy["x"], xy["y"])
        page.wait_for_timeout(300)
        made = page.evaluate("() => window.bodymap.guesses.made")
        hold.start()
        page.mouse.down()
        page.wait_for_timeout(250)
        assert page.evaluate("() => window.bodymap.guesses.made") == made + 1, "the press was not answered early"
        held = _shot(page)
        page.wait_for_timeout(150)
        assert np.abs(_shot(page) - held).sum() == 0, "the canvas changed while the button was held"
        page.mouse.up()
        differ = page.evaluate(_CANVAS_VS_FULL_RENDER_JS)
        hold.release()
        assert page.evaluate("() => window.bodymap.guesses.shown") >= 1
        if differ is not None:
            checked += 1
            assert differ == 0, f"{differ} pixels differ from a full redraw after the release ({tp})"
        page.wait_for_function("() => { const s = window.bodymap.state(); return s.path !== null && "
                               "s.answered === s.pick; }", timeout=10_000)
        page.wait_for_timeout(400)
    assert checked >= 2, "Python answered too fast to compare the released frame with a full redraw"
    assert page.recorder.errors == []
