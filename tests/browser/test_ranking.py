"""The browser ranks a pain location exactly as the engine does (`bodymap lookup`): the same trigger points in the
same order, with the same zones and the same one line of why, for single clicks and for drawn areas. The browser
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
    return [{"site": c.site.index, "zone": c.zone, "why": c.explanation} for c in result.candidates]


def test_a_click_ranks_as_the_engine_ranks(standalone, atlas, engine):
    rng = np.random.default_rng(11)
    covered = np.flatnonzero((engine.zone_code >= 0).any(axis=0))
    picks = [int(v) for v in rng.choice(covered, size=150, replace=False)]
    picks += [int(rng.integers(atlas.body.n_vertices)) for _ in range(30)]  # anywhere, also where nothing refers
    browser_rows = standalone.evaluate("vs => vs.map(v => window.bodymap.rank([v]))", picks)
    for v, rows in zip(picks, browser_rows):
        assert rows == _engine_rows(engine, [v]), f"vertex {v}"


def test_a_drawing_ranks_as_the_engine_ranks(standalone, atlas, engine):
    rng = np.random.default_rng(5)
    drawings = []
    for site in [atlas.sites[i] for i in rng.choice(len(atlas.sites), size=12, replace=False)]:
        zone = np.concatenate([site.essential, site.spillover])
        drawings.append(sorted(int(v) for v in rng.choice(zone, size=min(40, len(zone)), replace=False)))
    for i in (3, 17, 40):  # whole regions, as a search for a body area draws them
        drawings.append([int(v) for v in atlas.region_vertices(i)])
    browser_rows = standalone.evaluate("ds => ds.map(d => window.bodymap.rank(d))", drawings)
    for drawing, rows in zip(drawings, browser_rows):
        expected = _engine_rows(engine, drawing)
        assert [r["site"] for r in rows] == [r["site"] for r in expected]
        assert rows == expected
