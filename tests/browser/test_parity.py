"""One app, two hosts: the served app (after Python's answer) and the standalone page show the same side panel,
word for word, for the same picks, searches, tour steps and quiz round (`window.bodymap.panelText()`)."""
from __future__ import annotations

import numpy as np
import pytest

from tests.browser.conftest import open_app, wait_until

pytestmark = pytest.mark.browser

SEARCHES = ["heel pain", "tennis elbow", "Soleus", "left temple", "headache"]


@pytest.fixture(scope="module")
def hosts(browser, server, standalone_site):
    """The two hosts side by side, each in its own browser context."""
    pages = {}
    contexts = []
    for name, url in (("served", server.url), ("standalone", standalone_site.as_uri())):
        context = browser.new_context(viewport={"width": 1400, "height": 950})
        contexts.append(context)
        page = context.new_page()
        if name == "served":
            open_app(page, url)
        else:
            page.goto(url)
            wait_until(page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)
        pages[name] = page
    yield pages
    for context in contexts:
        context.close()


def _settled(hosts) -> None:
    """Wait for the served app's Python answer (the exact path), if a pick asked for one."""
    wait_until(hosts["served"], "window.bodymap.state().answered === window.bodymap.state().pick", timeout=15_000)


def _both(hosts, script: str, arg=None) -> dict[str, str]:
    texts = {}
    for name, page in hosts.items():
        page.evaluate(script, arg)
    _settled(hosts)
    for name, page in hosts.items():
        texts[name] = page.evaluate("() => window.bodymap.panelText()")
    return texts


def _picks(atlas, n: int = 20) -> list[int]:
    rng = np.random.default_rng(20)
    sites = [s for s in atlas.sites if s.side == "left"]
    chosen = [sites[i] for i in rng.choice(len(sites), size=n - 2, replace=False)]
    picks = [atlas.body.central_vertex(s.essential) for s in chosen]
    return picks + [int(rng.integers(atlas.body.n_vertices)) for _ in range(2)]


def test_picks_give_the_same_panel(hosts, atlas):
    for v in _picks(atlas):
        texts = _both(hosts, "v => window.bodymap.click(v)", v)
        assert texts["served"] == texts["standalone"], f"pick at vertex {v}"
        assert "Safety" in texts["served"]


def test_choosing_another_candidate_gives_the_same_panel(hosts, atlas):
    v = atlas.body.central_vertex(atlas.site("upper_trapezius_tp1:left").essential)
    _both(hosts, "v => window.bodymap.click(v)", v)
    sites = hosts["standalone"].evaluate("() => window.bodymap.state().candidates.map(c => c.site)")
    texts = _both(hosts, "s => window.bodymap.clickMarker(s)", sites[2])
    assert texts["served"] == texts["standalone"]


@pytest.mark.parametrize("query", SEARCHES)
def test_searches_give_the_same_panel(hosts, query):
    texts = _both(hosts, "q => window.bodymap.search(q)", query)
    assert texts["served"] == texts["standalone"]
    assert "Show the referral of:" in texts["served"]


def test_every_tour_step_gives_the_same_panel(hosts, atlas):
    for tour in atlas.tours.values():
        for step in range(len(tour.steps)):
            texts = _both(hosts, "([id, step]) => window.bodymap.startTour(id, step)", [tour.id, step])
            assert texts["served"] == texts["standalone"], f"{tour.id} step {step + 1}"
            assert f"Step {step + 1} of {len(tour.steps)}" in texts["served"]
    _both(hosts, "() => window.bodymap.setMode('pick')")


def test_a_quiz_round_gives_the_same_panel(hosts, atlas):
    from bodymap.teach.quiz import answer_sites

    quiz = next(iter(atlas.quizzes.values()))
    far = atlas.body.central_vertex(atlas.region_vertices(atlas.regions.index(atlas.region_by_name("coccyx"))))
    texts = _both(hosts, "id => window.bodymap.startQuiz(id)", quiz.id)
    assert texts["served"] == texts["standalone"] and quiz.questions[0].prompt in texts["served"]
    for i, q in enumerate(quiz.questions):
        # right answers, and a miss on the second question
        v = answer_sites(atlas, q)[0].vertex if i != 1 else far
        texts = _both(hosts, "v => window.bodymap.click(v)", int(v))
        assert texts["served"] == texts["standalone"], f"question {i + 1}"
        texts = _both(hosts, "() => window.bodymap.quizNext()")
        assert texts["served"] == texts["standalone"], f"after question {i + 1}"
    assert f"of {len(quiz.questions)}" in texts["served"] and "Total:" in texts["served"]
    csvs = {name: page.evaluate("() => window.bodymap.quizCsv()") for name, page in hosts.items()}
    assert csvs["served"] == csvs["standalone"]
