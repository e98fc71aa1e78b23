"""The browser ranks a pain location exactly as the engine does (`bodymap lookup`): the same rows (one per muscle and
side, or "both"), in the same order, each with the same trigger points, scores and zones and the same one line of
why, for single clicks and for drawn areas. The browser
ranks from the baked zone lists (bodymap/core/bake.py, js/screen/rank.js); the engine from its membership matrix."""
from __future__ import annotations

import numpy as np
import pytest

from tests.browser.conftest import wait_until

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def standalone(browser, standalone_site):
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    page.goto(standalone_site.as_uri())
    wait_until(page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)
    yield page
    context.close()


def _engine_rows(engine, vertices):
    result = engine.lookup(vertices, limit=8, with_paths=False)
    return [{"site": c.site.index, "zone": c.zone, "why": c.explanation, "side": c.row_side,
             "points": [{"site": p.site.index, "zone": p.zone, "score": p.score} for p in c.points]}
            for c in result.candidates]


def test_a_click_ranks_as_the_engine_ranks(standalone, atlas, engine):
    rng = np.random.default_rng(11)
    covered = np.flatnonzero((engine.zone_code >= 0).any(axis=0))
    picks = [int(v) for v in rng.choice(covered, size=150, replace=False)]
    picks += [int(rng.integers(atlas.body.n_vertices)) for _ in range(30)]  # anywhere, also where nothing refers
    browser_rows = standalone.evaluate("vs => vs.map(v => window.bodymap.rank([v]))", picks)
    both = 0
    for v, rows in zip(picks, browser_rows):
        assert rows == _engine_rows(engine, [v]), f"vertex {v}"
        both += sum(r["side"] == "both" for r in rows)
    assert sum(len(r["points"]) > 1 for rows in browser_rows for r in rows) > 50, "rows with several points"
    assert both > 0, "some picks (on the midline) have rows of both sides"


def test_a_drawing_ranks_as_the_engine_ranks(standalone, atlas, engine):
    rng = np.random.default_rng(5)
    drawings = []
    for site in [atlas.sites[i] for i in rng.choice(len(atlas.sites), size=12, replace=False)]:
        zone = np.concatenate([site.essential, site.spillover])
        drawings.append(sorted(int(v) for v in rng.choice(zone, size=min(40, len(zone)), replace=False)))
    for i in (3, 17, 40):  # whole regions, as a search for a body area draws them
        drawings.append([int(v) for v in atlas.region_vertices(i)])
    for name in ("back of neck", "left outer thigh"):  # a midline drawing (rows of both sides), the thigh
        drawings.append([int(v) for v in atlas.region_vertices(atlas.regions.index(atlas.region_by_name(name)))])
    browser_rows = standalone.evaluate("ds => ds.map(d => window.bodymap.rank(d))", drawings)
    for drawing, rows in zip(drawings, browser_rows):
        expected = _engine_rows(engine, drawing)
        assert [r["site"] for r in rows] == [r["site"] for r in expected]
        # a drawing's float32 sums are added in another order than numpy's: scores agree to the ranking's
        # 6 decimals, everything else exactly
        assert _scores(rows) == pytest.approx(_scores(expected), abs=1e-6)
        assert _without_scores(rows) == _without_scores(expected)
    assert any(r["side"] == "both" for r in browser_rows[-2]), "the back of the neck has rows of both sides"


def _scores(rows):
    return [p["score"] for r in rows for p in r["points"]]


def _without_scores(rows):
    return [{**r, "points": [{k: v for k, v in p.items() if k != "score"} for p in r["points"]]} for r in rows]
