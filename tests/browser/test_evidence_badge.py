"""Evidence badges in a real headless Chromium, in both hosts (served and standalone): each row of a ranked
answer carries a badge saying what its pattern rests on, the same kind as `lookup --json` gives for that row,
and a study-backed pattern (infraspinatus TP1: Kwon et al. 2017, a patient series of 297) names its study in
the badge's tooltip; the words come from bodymap/texts.py EVIDENCE."""
from __future__ import annotations

import pytest

from bodymap import texts
from bodymap.core.referral import lookup
from bodymap.settings import CANDIDATE_LIMIT
from tests.browser.conftest import open_app, wait_until

pytestmark = pytest.mark.browser

_ROWS_JS = """(items) => items.map((li) => {
  const badge = li.querySelector(':scope > label .bm-evidence');
  return {muscle: li.dataset.muscle, side: li.dataset.side, kind: badge && badge.dataset.evidence,
          word: badge && badge.textContent, title: badge && badge.title,
          further: [...li.querySelectorAll('.bm-point .bm-evidence')].map((b) => b.dataset.evidence)};
})"""


@pytest.fixture(scope="module", params=["served", "standalone"])
def host(request, browser, server, standalone_site):
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    page = context.new_page()
    if request.param == "served":
        open_app(page, server.url)
    else:
        page.goto(standalone_site.as_uri())
        wait_until(page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)
    yield page
    context.close()


def _central(atlas, name: str) -> int:
    region = atlas.region_by_name(name)
    return int(atlas.body.central_vertex(atlas.region_vertices(atlas.regions.index(region))))


def _rows_after_click(page, vertex: int) -> list[dict]:
    page.evaluate("v => window.bodymap.click(v)", vertex)
    # the served screen lives in the Panel component's shadow root: locators reach into it
    return page.locator("[data-testid=candidates] > li").evaluate_all(_ROWS_JS)


@pytest.mark.parametrize("region", ["left front of shoulder", "left front of ankle", "left plantar heel"])
def test_every_row_has_the_badge_python_gives_it(host, atlas, region):
    vertex = _central(atlas, region)
    rows = _rows_after_click(host, vertex)
    expected = lookup(atlas, [vertex], limit=CANDIDATE_LIMIT, with_paths=False).to_json()["candidates"]
    assert [r["muscle"] for r in rows] == [c["muscle_id"] for c in expected]
    assert [r["kind"] for r in rows] == [c["evidence"]["kind"] for c in expected]
    assert [r["word"] for r in rows] == [texts.EVIDENCE["badge"][c["evidence"]["kind"]] for c in expected]
    for row, cand in zip(rows, expected):   # further points: a badge only where a study backs them
        kinds = [p["evidence"]["kind"] for p in cand["trigger_points"][1:]]
        assert row["further"] == [k for k in kinds if k != "clinical_observation"]


def test_infraspinatus_names_its_patient_series_in_the_tooltip(host, atlas):
    rows = _rows_after_click(host, _central(atlas, "left front of shoulder"))
    infra = next(r for r in rows if r["muscle"] == "infraspinatus")
    assert infra["kind"] == "patient_series" and infra["word"] == "patient series"
    assert "Kwon J" in infra["title"] and "Ann Rehabil Med. 2017" in infra["title"]
    assert "(297 people)" in infra["title"]
    assert "Leffler AS" in infra["title"] and "(10 of 12 people, 83%)" in infra["title"]
    charts = next(r for r in rows if r["kind"] == "clinical_observation")
    assert charts["title"].startswith("Clinical observation:") and "Kwon" not in charts["title"]


def test_tibialis_anterior_shows_its_injection_study(host, atlas):
    rows = _rows_after_click(host, _central(atlas, "left front of ankle"))
    tib = next(r for r in rows if r["muscle"] == "tibialis_anterior")
    assert tib["kind"] == "experimental_injection" and "Gibson W" in tib["title"] and "(18 people)" in tib["title"]
