"""No script injection: strings from annotation files, URL parameters and search input are shown as text,
never run as HTML. A fixture atlas carries <script> and <img onerror> payloads in every text field."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from tests.browser.conftest import Server, open_app

pytestmark = pytest.mark.browser
MINI = Path(__file__).resolve().parents[1] / "data" / "mini_atlas"
SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = "<img src=x onerror=\"window.__pwned='img'\">"


def _poison(path: Path, edit) -> None:
    from bodymap.core._yaml import dump_yaml, read_yaml, to_plain

    data = to_plain(read_yaml(path.read_text()))
    edit(data)
    path.write_text(dump_yaml(data))


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "atlas"
    shutil.copytree(MINI, root)

    def muscle(data):
        m = data["muscles"][0]
        m["name"] = f"Soleus {SCRIPT}"
        m["plain_name"] = f"calf {IMG}"
        tp = m["trigger_points"][0]
        tp["location"] = f"Above the heel {IMG}"
        tp["pain_pattern"] = f"Heel {SCRIPT} pain"

    def region(data):
        for r in data["regions"]:
            if r["id"] == "plantar_heel":
                r["name"] = f"plantar heel {IMG}"

    def care(data):
        data["self_care"]["defaults"]["how"] = f"{SCRIPT} Press on the knot."

    _poison(root / "muscles" / "leg.yaml", muscle)
    _poison(root / "regions.yaml", region)
    _poison(root / "self_care.yaml", care)
    server = Server(env={"BODYMAP_ANNOTATIONS": str(root)})
    yield server
    server.stop()


def _heel(atlas_root_site_vertices, body):
    pts = body.vertices[atlas_root_site_vertices]
    return int(atlas_root_site_vertices[np.argmin(np.linalg.norm(pts - pts.mean(axis=0), axis=1))])


def test_annotation_payloads_are_shown_as_text(hostile_server, page, body):
    from bodymap.core.atlas import read_atlas

    atlas = read_atlas(MINI, body)
    pain = _heel(atlas.site("soleus_tp1:left").essential, body)
    open_app(page, hostile_server.url)
    page.evaluate("v => window.bodymap.click(v)", pain)
    page.wait_for_selector("[data-testid=self-care]", timeout=15_000)
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__pwned === undefined"), "a payload ran"
    listed = page.inner_text("[data-testid=candidates]")
    assert "<script>" in listed, "the script tag must be visible as text"
    care = page.inner_text("[data-testid=self-care]")
    assert "onerror" in care and "<script>" in care
    assert "onerror" in page.inner_text("[data-testid=region]")
    assert page.recorder.errors == []


def test_url_and_search_payloads_are_rejected_or_shown_as_text(hostile_server, page):
    open_app(page, hostile_server.url + "?pain=%3Cscript%3Ewindow.__pwned%3D1%3C/script%3E"
                                        "&tp=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D2%3E&view=%3Csvg%20onload%3Dx%3E"
                                        "&tour=%3Cb%3E&body=%22%3E%3Cscript%3E")
    page.wait_for_timeout(800)
    assert page.evaluate("() => window.__pwned === undefined")
    box = page.locator("input[placeholder*='heel pain']").first
    box.fill(IMG)
    box.press("Enter")
    page.wait_for_timeout(800)
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.evaluate("() => window.bodymap.state().view") == "front"
    log = hostile_server.output()
    assert "rejected url pain" in log and "rejected url tp" in log


HOSTILE_JS = """async () => {
  const m = [...Bokeh.documents[0].all_models].find(m => 'pain' in m && 'answered' in m);
  const bad = [{pain: -5}, {pain: 1e12}, {pain: 13380}, {pain: 'abc'}, {painted: ['x', 3]},
               {painted: Array.from({length: 30000}, (_, i) => i)}, {selected: 99999}, {pick: -1},
               {mode: 'evil'}, {hovered_line: '<img src=x onerror=alert(1)>'}];
  for (const b of bad) { try { m.setv(b); } catch (e) {} await new Promise(r => setTimeout(r, 100)); }
  return bad.length;
}"""


def test_hostile_component_messages_are_rejected_and_the_session_goes_on(server, page, atlas):
    site = atlas.site("soleus_tp1:left")
    pts = atlas.body.vertices[site.essential]
    pain = int(site.essential[np.argmin(np.linalg.norm(pts - pts.mean(axis=0), axis=1))])
    open_app(page, server.url)
    page.wait_for_timeout(500)
    page.evaluate(HOSTILE_JS)
    page.wait_for_timeout(1000)
    log = server.output()
    for phrase in ("rejected pain -5", "rejected pain 1000000000000", "rejected pain 13380", "rejected painted",
                   "rejected selected 99999", "rejected pick -1"):
        assert phrase in log, phrase
    page.evaluate("v => window.bodymap.click(v)", pain)
    page.wait_for_function(f"() => window.bodymap.state().pain === {pain}")
    page.wait_for_selector("[data-testid=candidates] li", timeout=15_000)
    assert "Soleus" in page.inner_text("[data-testid=candidates]")
