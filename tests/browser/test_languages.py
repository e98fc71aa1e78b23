"""Languages on screen, in real Chromium and in both hosts: `?lang=qps` (the pseudo-locale) leaves no visible
interface or atlas text unwrapped after a click; `?lang=es` and `?lang=de` show the side panel, the trigger
point's card and the safety box in the words Python's catalogues give for that language; switching the
language in the toolbar keeps the pain spot and the selected trigger point."""
from __future__ import annotations

import re
import time

import pytest

from tests.browser.conftest import wait_until, watched_page

pytestmark = pytest.mark.browser


def _open(page, host: str, base: str, query: str) -> None:
    url = f"{base}?{query}" if host == "served" else f"{base}#{query}"
    page.goto("about:blank")  # a fresh page, not a hash change within the last one
    page.goto(url)
    wait_until(page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)
    page.locator("[data-testid=language]").first.wait_for(state="attached", timeout=30_000)


@pytest.fixture(scope="module")
def pseudo_site(tmp_path_factory):
    """A standalone copy that also carries the pseudo-language (`export-site --lang qps --lang es --lang de`)."""
    from bodymap.app.export_site import export_site

    return export_site(tmp_path_factory.mktemp("pseudo-site"), languages=("es", "de", "qps"))


@pytest.fixture(scope="module", params=["served", "standalone"])
def host(request, browser, server, pseudo_site):
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    page = watched_page(context)
    page.base = server.url if request.param == "served" else pseudo_site.as_uri()
    page.host = request.param
    yield page
    assert not page.errors, page.errors
    context.close()


def _heel(atlas) -> tuple[int, str]:
    site = atlas.site("soleus_tp1:left")
    return atlas.body.central_vertex(site.essential), site.key


def _screen_text(page) -> str:
    page.evaluate("() => window.bodymap.panelText()")  # the side panel is up to date
    return page.locator(".bm-app").first.inner_text()


def _untranslated(text: str, atlas) -> list[str]:
    """Visible words outside every [!! ... !!] wrapper, less what is not translated on purpose: citations (a
    line introduced by the wrapped word for sources), muscle names, language names, numbers, roots, "TP"."""
    body = "\n".join(line for line in text.splitlines() if not re.match(r"\s*\[!! Sources?\b", line))
    while True:
        stripped = re.sub(r"\[!! (?:(?!\[!! ).)*? !!\]", " ", body, flags=re.S)
        if stripped == body:
            break
        body = stripped
    names = sorted({m.name for m in atlas.muscles.values()}, key=len, reverse=True)
    for name in names + ["English", "Español", "Deutsch"]:  # muscle names stay; languages name themselves
        body = body.replace(name, " ")
    return [w for w in re.sub(r"[\d\s.,:;()\-+%/·?!'\"]+", " ", body).split()
            if not re.fullmatch(r"(C|T|L|S)\d{1,2}|TP\d?|cm2?", w)]


def test_the_pseudo_locale_leaves_no_text_untranslated(host, atlas):
    pain, key = _heel(atlas)
    _open(host, host.host, host.base, f"lang=qps&pain={pain}&tp={key}&view=back")
    wait_until(host, "window.bodymap.state().selected_site >= 0", timeout=20_000)
    text = _screen_text(host)
    assert "[!! " in text
    left = _untranslated(text, atlas)
    assert not left, f"untranslated on screen: {' '.join(left)[:400]}"
    # a quiz question too (its prompt comes with the quiz pack)
    host.evaluate("id => window.bodymap.startQuiz(id)", next(iter(atlas.quizzes)))
    wait_until(host, "window.bodymap.state().mode === 'quiz'", timeout=20_000)
    quiz_text = " ".join(_screen_text(host).split())
    prompt = next(iter(atlas.quizzes.values())).questions[0].prompt
    assert f"[!! {' '.join(prompt.split())} !!]" in quiz_text, "the first question's prompt, wrapped"
    left = _untranslated(quiz_text, atlas)
    assert not left, f"untranslated in the quiz: {' '.join(left)[:400]}"
    # a tour step, and paint mode with a drawing (the pain record's panel and measures)
    host.evaluate("id => window.bodymap.startTour(id, 1)", next(iter(atlas.tours)))
    wait_until(host, "window.bodymap.state().mode === 'tour'", timeout=20_000)
    left = _untranslated(_screen_text(host), atlas)
    assert not left, f"untranslated in a tour step: {' '.join(left)[:400]}"
    host.evaluate("() => window.bodymap.setMode('paint')")
    neck = atlas.region_vertices(atlas.regions.index(atlas.region_by_name("left side of neck"))).tolist()
    host.evaluate("v => window.bodymap.paint(v)", neck)
    wait_until(host, "window.bodymap.state().record.areas.length === 1", timeout=20_000)
    left = _untranslated(_screen_text(host), atlas)
    assert not left, f"untranslated in paint mode: {' '.join(left)[:400]}"


@pytest.mark.parametrize("lang", ["es", "de"])
def test_a_language_shows_the_panel_card_and_safety_in_its_words(host, atlas, lang):
    from bodymap import texts
    from bodymap.i18n import atlas_texts as at

    pain, key = _heel(atlas)
    _open(host, host.host, host.base, f"lang={lang}&pain={pain}&tp={key}&view=back")
    wait_until(host, "window.bodymap.state().selected_site >= 0", timeout=20_000)
    assert host.locator(".bm-app").first.get_attribute("lang") == lang
    assert host.get_by_test_id("language").input_value() == lang
    text = " ".join(_screen_text(host).split())
    screen = texts.for_browser(lang)["screen"]
    for words in (screen["title"], at.text("self_care.safety.0", atlas.self_care.safety[0], lang),
                  at.text("trigger_points.soleus_tp1.location", atlas.site(key).trigger_point.location, lang)):
        assert " ".join(words.split()) in text, words


def test_switching_the_language_keeps_the_selection(host, atlas):
    pain, key = _heel(atlas)
    _open(host, host.host, host.base, f"pain={pain}&tp={key}&view=back")
    wait_until(host, "window.bodymap.state().selected_site >= 0", timeout=20_000)
    before = host.evaluate("() => window.bodymap.state()")
    with host.expect_navigation():
        host.get_by_test_id("language").select_option("de")
    host.wait_for_load_state("load")
    deadline, after = time.monotonic() + 60, None
    while after is None:  # the URL changes first, then the page reloads: ask until the new page shows German
        try:
            after = host.evaluate("() => window.bodymap && window.bodymap.ready && window.bodymap.state().selected_site"
                                  " >= 0 && window.bodymap.state().lang === 'de' ? window.bodymap.state() : null")
        except Exception:  # the old page's context went away mid-question
            after = None
        assert time.monotonic() < deadline, "the page did not come back in German after switching the language"
        if after is None:
            time.sleep(0.1)
    assert host.locator(".bm-app").first.get_attribute("lang") == "de"
    assert (after["pain"], after["selected_site"], after["view"]) == (before["pain"], before["selected_site"], "back")
    assert "lang=de" in host.url
