"""The standalone copy (`bodymap export-site`): one index.html opened from file:// in a real Chromium.

Checks that nothing is fetched from any host, that a click on the body answers from the baked tables,
search, a guided tour, and a quiz round whose CSV matches bodymap.teach.quiz exactly (same scores as the server).
Set BODYMAP_SCREENSHOTS=DIR to keep screenshots of the page.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.browser.conftest import wait_until

pytestmark = pytest.mark.browser

# the browser and atlas fixtures come from tests/browser/conftest.py and tests/conftest.py
ALLOWED_SCHEMES = ("file:", "data:", "blob:")
VIEWS = ["front", "back", "left", "right"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    from bodymap.app.export_site import export_site

    messages = []
    index = export_site(tmp_path_factory.mktemp("site"), variant="neutral", progress=messages.append)
    assert index.name == "index.html" and index.is_file()
    assert messages, "export_site reports its progress"
    return index


class ExpectedRound:
    """The results a quiz round should give: each click scored by bodymap.teach.quiz.score_click, written as
    Python's csv module writes rows (the browser's CSV must be the same, byte for byte)."""

    def __init__(self, quiz):
        self.quiz = quiz
        self.answers = []

    @property
    def total(self) -> float:
        return float(sum(a.score for a in self.answers))

    def to_csv(self) -> str:
        import csv
        import io

        from bodymap.texts import QUIZ

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(QUIZ["csv_header"])
        for a in self.answers:
            writer.writerow([self.quiz.id, a.question + 1, self.quiz.questions[a.question].prompt, a.clicked_vertex,
                             a.nearest_trigger_point, f"{a.distance_cm:.1f}", f"{a.score:.2f}",
                             "yes" if a.correct else "no"])
        writer.writerow([self.quiz.id, "total", "", "", "", "", f"{self.total:.2f}", f"of {len(self.quiz.questions)}"])
        return buf.getvalue()


class Page:
    """A page on the standalone file with every request and console error recorded."""

    def __init__(self, browser, url: str):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        wait_until(self.page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)

    def state(self) -> dict:
        return self.page.evaluate("window.bodymap.state()")

    def click_vertex(self, v: int, required: bool = True) -> dict | None:
        """Turn the body until vertex v is visible, click it like a user, return the viewer state."""
        for view in VIEWS:
            self.page.evaluate(f"window.bodymap.setView('{view}')")
            pt = self.page.evaluate(f"window.bodymap.project({int(v)})")
            if pt:
                before = self.state()["pain"]
                self.page.mouse.click(pt["x"], pt["y"])
                wait_until(self.page, f"window.bodymap.state().pain !== {json.dumps(before)}", timeout=10_000)
                return self.state()
        if required:
            raise AssertionError(f"vertex {v} is not visible from any view")
        return None

    def shot(self, name: str) -> None:
        out = os.environ.get("BODYMAP_SCREENSHOTS")
        if out:
            Path(out).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(out) / f"standalone-{name}.png"))

    def check_clean(self) -> None:
        bad = [u for u in self.requests if not u.startswith(ALLOWED_SCHEMES)]
        assert not bad, f"the standalone page made network requests: {bad[:5]}"
        assert not self.errors, f"console errors: {self.errors[:5]}"

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser, site):
    p = Page(browser, site.as_uri())
    yield p
    p.close()


def test_file_is_self_contained(site):
    text = site.read_text(encoding="utf-8")
    urls = set(re.findall(r"https?://[^\s\"'<>)]*", text))
    # the only one: the XHTML namespace string inside three.js (document.createElementNS), not a request
    assert urls <= {"http://www.w3.org/1999/xhtml"}, urls
    assert "@import" not in text and "url(" not in text
    assert not re.search(r"<(script|link|img|iframe)[^>]+\b(src|href)=", text)
    from bodymap.settings import VARIANTS

    # the JSON block, a body pack and a quiz pack per body variant, and the one inline script
    from bodymap.i18n import translations

    # the site data, a body and a quiz pack per variant, a language pack per shipped language, the bundle
    assert text.count("<script") == 1 + 2 * len(VARIANTS) + len(translations()) + 1
    assert site.stat().st_size < 5_000_000


def test_click_lists_the_trigger_point(page, atlas):
    from bodymap.core.referral import engine_for

    site = atlas.site("soleus_tp1:left")
    v = engine_for(atlas).closest_pain_vertex(site, site.essential)
    state = page.click_vertex(v)
    assert state["pain"] in set(site.essential.tolist()) | {v}
    assert any(c["muscle_id"] == "soleus" for c in state["candidates"]), state["candidates"]
    listing = page.page.locator("[data-testid=candidates]")
    assert site.muscle.name in listing.inner_text()
    assert listing.locator("li[data-muscle=soleus]").count() >= 1
    # the why line, the self-care card of the selected point, safety and disclaimer
    assert "essential zone" in listing.inner_text()
    care = page.page.locator("[data-testid=self-care]")
    assert care.is_visible()
    for heading in ("Where", "How", "How long", "Tool", "When to stop", "Stop and see a professional",
                    "Look for the cause", "Sources:"):
        assert heading in care.inner_text()
    assert page.page.locator("[data-testid=safety]").is_visible()
    assert atlas.info.disclaimer[:40] in page.page.locator("[data-testid=safety]").inner_text()
    # the referral path animates (baked path of the selected site)
    wait_until(page.page, "window.bodymap.state().path !== null", timeout=5_000)
    # choosing another candidate shows its card
    radios = listing.locator("input[type=radio]")
    if radios.count() > 1:
        radios.nth(1).check()
        wait_until(page.page, "window.bodymap.state().selected_site === "
                                    f"{int(radios.nth(1).get_attribute('value'))}")
    page.shot("click")
    page.check_clean()


def test_search_autocomplete(page):
    box = page.page.locator("#bm-search")
    box.fill("heel pai")
    options = page.page.locator("#bm-suggest li")
    options.first.wait_for()
    texts = [t.lower() for t in options.all_inner_texts()]
    assert any("heel pain" in t for t in texts), texts
    page.page.locator("#bm-suggest li", has_text="Plantar fasciitis").first.click()
    wait_until(page.page, "window.bodymap.state().candidates.length > 0")
    state = page.state()
    assert state["selected"] is not None
    # every listed trigger point has its radio in the list (one row per muscle and side, its points under it)
    assert page.page.locator("[data-testid=candidates] input[type=radio]").count() == len(state["candidates"])
    assert "Pain at:" in page.page.locator("[data-testid=region]").inner_text()
    # a muscle name lists that muscle's trigger points
    box.fill("soleus")
    box.press("Enter")
    wait_until(page.page, "window.bodymap.state().candidates.every(c => c.muscle_id === 'soleus')")
    page.shot("search")
    page.check_clean()


def test_tour_plays_through(page, atlas, site):
    tour = next(t for t in atlas.tours.values() if len(t.steps) >= 3)
    page.page.get_by_role("button", name="Guided tour").click()
    page.page.locator("[data-testid=tours] select").select_option(tour.id)
    page.page.get_by_role("button", name="Start tour").click()
    progress = page.page.locator("[data-testid=tour-progress]")
    narration = page.page.locator("[data-testid=tour-narration]")
    seen = []
    for i in range(len(tour.steps)):
        assert progress.inner_text() == f"Step {i + 1} of {len(tour.steps)}"
        text = narration.inner_text()
        assert text.strip() == tour.steps[i].narration.strip()
        assert text not in seen
        seen.append(text)
        # the share URL is written after the frame that shows the step
        wait_until(page.page, f"location.hash === '#tour={tour.id}&step={i + 1}'", timeout=5_000)
        if tour.steps[i].animate:
            wait_until(page.page, "window.bodymap.state().path !== null", timeout=5_000)
        if i == 1:
            page.shot("tour")
        if i + 1 < len(tour.steps):
            page.page.locator("[data-testid=tour-next]").click()
    # deep link: the hash opens a step directly
    page.page.goto(f"{site.as_uri()}#tour={tour.id}&step=2")
    wait_until(page.page, "document.querySelector('[data-testid=tour-progress]') !== null")
    assert progress.inner_text() == f"Step 2 of {len(tour.steps)}"
    page.check_clean()


def test_quiz_round_scores_like_the_server(page, atlas):
    from bodymap.teach.quiz import answer_sites, score_click

    quiz = next(iter(atlas.quizzes.values()))
    page.page.get_by_role("button", name="Quiz", exact=True).click()
    page.page.get_by_role("button", name="Start a round").click()
    page.page.locator("[data-testid=quiz-prompt]").wait_for()
    assert page.state()["mode"] == "quiz"
    expected = ExpectedRound(quiz)
    far_question = len(quiz.questions) - 1
    for i, q in enumerate(quiz.questions):
        assert page.page.locator("[data-testid=quiz-prompt]").inner_text() == q.prompt
        assert page.state()["candidates"] == []        # nothing is revealed before the click
        sites = answer_sites(atlas, q)
        if i == far_question:
            # a deliberate miss: a trigger point far from every correct one
            dist = atlas.geodesics.distances_within([s.vertex for s in sites], limit_cm=float("inf")).min(axis=0)
            far = sorted({s.vertex for s in atlas.sites}, key=lambda v: -dist[v])[:20]
            state = next(st for st in (page.click_vertex(v, required=False) for v in far) if st)
        else:
            state = page.click_vertex(sites[0].vertex)
        page.page.locator("[data-testid=quiz-feedback]").wait_for()
        answer = score_click(atlas, q, i, state["pain"])
        expected.answers.append(answer)
        feedback = page.page.locator("[data-testid=quiz-feedback]").inner_text()
        assert feedback.startswith(answer.feedback), (feedback, answer.feedback)
        if i == far_question:
            assert answer.score < 1 and feedback.startswith("Not quite")
        else:
            assert answer.score == 1.0 and feedback.startswith("Right")
        # the answer is revealed: markers of the correct sites, the nearest selected, its referral animated
        state = page.state()
        assert {c["site"] for c in state["candidates"]} == {s.index for s in sites}
        assert state["selected"] == atlas.site(answer.nearest_trigger_point).trigger_point.id
        wait_until(page.page, "window.bodymap.state().path !== null", timeout=5_000)
        if i == 0:
            page.shot("quiz")
        page.page.locator("[data-testid=quiz-next]").click()
    total = page.page.locator("[data-testid=quiz-total]").inner_text()
    assert total == f"Total: {expected.total:.2f} of {len(quiz.questions)}"
    with page.page.expect_download() as info:
        page.page.locator("[data-testid=quiz-csv]").click()
    csv_text = Path(info.value.path()).read_text(encoding="utf-8")
    rows = csv_text.strip("\n").split("\n")
    assert len(rows) == 1 + len(quiz.questions) + 1
    assert rows[-1].split(",")[1] == "total"
    assert csv_text == expected.to_csv()
    page.shot("quiz-results")
    page.check_clean()


def test_view_buttons_and_lines(page, atlas):
    page.page.get_by_role("button", name="Back").click()
    wait_until(page.page, "window.bodymap.state().view === 'back'")
    page.page.locator("[data-testid=lines] summary").click()
    first = page.page.locator("[data-testid=lines] input[type=checkbox]").first
    first.check()
    count = page.page.evaluate("window.bodymap.linesDrawn")
    line_id = first.get_attribute("value")
    assert count == sum(1 for ls in atlas.line_sites if ls.line.id == line_id) and count > 0
    page.check_clean()


def test_closer_view_frames_the_referral_and_reset_shows_the_body(page, atlas):
    from bodymap.core.referral import engine_for
    from tests.browser.conftest import screen_distance, wait_camera_settled

    site = atlas.site("soleus_tp1:left")
    pain = engine_for(atlas).closest_pain_vertex(site, site.essential)
    page.page.get_by_role("button", name="Back", exact=True).click()
    state = page.click_vertex(pain)
    assert state["selected"] == "soleus_tp1"
    wait_camera_settled(page.page)
    whole = screen_distance(page.page, state["pain"], site.vertex)
    assert whole, "pain spot and trigger point should both show"
    closer = page.page.get_by_role("button", name="Closer view")
    closer.click()
    wait_camera_settled(page.page)
    assert closer.get_attribute("aria-pressed") == "true"
    near = screen_distance(page.page, state["pain"], site.vertex)
    assert near and near > 2.5 * whole, f"the closer view should enlarge the referral ({whole:.0f} -> {near} px)"
    page.shot("closer-view")
    page.page.get_by_role("button", name="Reset").click()
    wait_camera_settled(page.page)
    assert closer.get_attribute("aria-pressed") == "false"
    again = screen_distance(page.page, state["pain"], site.vertex)
    assert again and again < near / 2, f"Reset should show the whole body again ({near:.0f} -> {again} px)"
    page.check_clean()
