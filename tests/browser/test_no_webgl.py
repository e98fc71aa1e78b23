"""A browser without WebGL (a computer without a usable graphics chip): the server draws pictures of the
body, a click on a picture picks like a click on the 3D body, and the view buttons turn it."""
from __future__ import annotations

import io
import time

import numpy as np
import pytest
from PIL import Image

from bodymap.draw.picture import PICTURE_SIZE, project
from bodymap.draw.render import view_camera
from tests.browser.conftest import CHROMIUM, PageRecorder, open_app

pytestmark = pytest.mark.browser


@pytest.fixture
def page_without_webgl(browser):
    # a second Chromium from the same Playwright, started with WebGL switched off
    no_webgl = browser.browser_type.launch(executable_path=CHROMIUM, headless=True,
                                           args=["--no-sandbox", "--disable-3d-apis", "--disable-background-networking"])
    page = no_webgl.new_page(viewport={"width": 1400, "height": 950})
    page.recorder = PageRecorder(page)
    yield page
    no_webgl.close()


def _picture_frames(page) -> int:
    return page.evaluate("() => window.bodymap.frames")


def _settled_picture(page, other_than: str = "", timeout: float = 20) -> str:
    """The server picture once it has stayed the same for a second (and differs from `other_than`)."""
    deadline, last, same = time.monotonic() + timeout, None, 0
    while time.monotonic() < deadline:
        src = page.get_by_test_id("body-picture").get_attribute("src") or ""
        same = same + 1 if src == last else 0
        last = src
        if src.startswith("data:") and src != other_than and same >= 5:
            return src
        page.wait_for_timeout(200)
    raise AssertionError("the server picture did not settle")


def test_click_on_a_server_picture_picks(server, page_without_webgl, atlas):
    page = page_without_webgl
    open_app(page, server.url)
    assert page.evaluate("() => window.bodymap.picture") is True
    assert page.get_by_text("cannot draw the 3D body", exact=False).is_visible()
    frames = _picture_frames(page)
    page.get_by_role("button", name="Back", exact=True).click()
    page.wait_for_function(f"() => window.bodymap.frames > {frames}", timeout=20_000)
    site = atlas.site("soleus_tp1:left")
    heel = int(site.essential[3])
    px, py = project(view_camera(atlas.body, "back"), atlas.body.vertices[heel])[0]
    box = page.get_by_test_id("body-picture").bounding_box()
    x, y = box["x"] + px / PICTURE_SIZE[0] * box["width"], box["y"] + py / PICTURE_SIZE[1] * box["height"]
    before = np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(int)
    frames = _picture_frames(page)
    page.mouse.click(x, y)
    page.wait_for_selector("[data-testid=candidates] li", timeout=20_000)
    assert "Soleus" in page.inner_text("[data-testid=candidates]")
    assert "heel" in page.inner_text("[data-testid=region]")
    page.wait_for_function(f"() => window.bodymap.frames > {frames}", timeout=20_000)
    state = page.evaluate("() => window.bodymap.state()")
    assert np.linalg.norm(atlas.body.vertices[state["pain"]] - atlas.body.vertices[heel]) < 2.0
    page.wait_for_timeout(300)
    after = np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(int)
    xi, yi = int(x), int(y)
    patch = after[yi - 2:yi + 3, xi - 2:xi + 3].reshape(-1, 3).mean(axis=0)
    assert patch[1] > patch[0] + 40, f"no bluish-green pain spot where the click was: {patch}"
    assert np.abs(after - before).sum(axis=2).max() > 100
    assert page.recorder.external_requests() == []
    assert page.recorder.errors == []


def test_closer_view_shows_the_painful_area_larger(server, page_without_webgl, atlas):
    page = page_without_webgl
    site = atlas.site("soleus_tp1:left")
    open_app(page, server.url + f"?pain={int(site.essential[3])}&tp=soleus_tp1:left&view=back")
    page.wait_for_selector("[data-testid=candidates] li", timeout=20_000)
    def zone_pixels(src: str) -> int:
        import base64
        img = np.asarray(Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).convert("RGB")).astype(int)
        return int(((img[..., 0] > 170) & (img[..., 2] < 90)).sum())

    # pictures follow the state as Python learns it (the pain, then the exact referral path): compare settled ones
    whole = _settled_picture(page)
    page.get_by_test_id("picture-closeup").click()
    page.wait_for_function("() => window.bodymap.state().closeup === true", timeout=20_000)
    closer = _settled_picture(page, other_than=whole)
    assert page.get_by_test_id("picture-closeup").inner_text() == "Whole body"
    assert closer != whole
    # the zones (vermillion and orange) cover many more pixels in the close-up
    assert zone_pixels(closer) > 3 * zone_pixels(whole) > 0
    assert page.recorder.errors == []
