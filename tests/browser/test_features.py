"""The served app's other features in a real headless Chromium, used as a person would: search with
autocomplete, choosing another candidate from the list or by its marker, the pulse controls, explore mode
and the fascial line overlay."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from tests.browser.conftest import open_app, screen_distance, wait_camera_settled

pytestmark = pytest.mark.browser


def _shot(page) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB")).astype(int)


def _listed_muscles(page) -> list[str]:
    return page.eval_on_selector_all("[data-testid=candidates] li", "els => els.map(e => e.dataset.muscle)")


def _search(page, typed: str, choice: str) -> None:
    """Type into the search box and pick `choice` from its autocomplete menu, like a person would."""
    box = page.locator("input[placeholder*='heel pain']").first
    box.click()
    box.press_sequentially(typed, delay=40)
    item = page.get_by_role("option", name=choice).first
    item.wait_for(timeout=10_000)
    options = page.get_by_role("option")
    # each option is the name, then the kind of entry in a small label ("Soleus" + "muscle")
    texts = options.evaluate_all("els => els.map(e => e.firstChild.textContent)")
    assert choice in texts, f"the menu should offer {choice!r}, it offers {texts}"
    options.nth(texts.index(choice)).click()


def test_search_by_symptom_highlights_the_area_and_lists_the_muscles(server, page, atlas):
    open_app(page, server.url + "?view=back")
    before = _shot(page)
    _search(page, "heel p", "heel pain")
    page.wait_for_selector("[data-testid=candidates] li", timeout=15_000)
    assert "soleus" in _listed_muscles(page)
    assert "Plantar fasciitis" in page.inner_text("[data-testid=region]")
    page.wait_for_function("() => window.bodymap.state().candidates.length > 0", timeout=10_000)
    state = page.evaluate("() => window.bodymap.state()")
    assert "soleus" in [c["muscle_id"] for c in state["candidates"]]
    # the searched area is tinted on the body: a plantar heel vertex of the left foot seen from the back
    region = next(r for r in atlas.regions if r.name == "left plantar heel")
    heel = atlas.region_vertices(atlas.regions.index(region))
    page.wait_for_timeout(500)
    after = _shot(page)
    changed = 0
    for v in heel:  # from the back only the heel's lower rim shows: look at every vertex of the region
        xy = page.evaluate("v => window.bodymap.project(v)", int(v))
        if xy:
            x, y = int(xy["x"]), int(xy["y"])
            changed += np.abs(after[y, x] - before[y, x]).sum() > 40
    assert changed >= 2, "the heel should be tinted after the search"
    assert page.recorder.errors == [] and page.recorder.external_requests() == []


def test_search_by_muscle_shows_its_trigger_points(server, page, atlas):
    open_app(page, server.url)
    _search(page, "sole", "Soleus")
    page.wait_for_function("() => window.bodymap.state().selected !== null", timeout=15_000)
    state = page.evaluate("() => window.bodymap.state()")
    soleus = {s.index for s in atlas.sites if s.muscle.id == "soleus" and s.side == "left"}
    assert {c["site"] for c in state["candidates"]} == soleus
    assert state["selected"] and state["selected"].startswith("soleus_tp")
    page.wait_for_selector("[data-testid=self-care]")
    assert "Soleus" in page.inner_text("[data-testid=self-care]")


def _heel_pain(server, page, atlas):
    """Open the app from the back and pick the heel, in the soleus TP1's main zone; returns that site."""
    site = atlas.site("soleus_tp1:left")
    open_app(page, server.url + "?view=back")
    page.evaluate("v => window.bodymap.click(v)", atlas.body.central_vertex(site.essential))
    page.wait_for_selector("[data-testid=candidates] li", timeout=15_000)
    page.wait_for_function("() => window.bodymap.state().path !== null", timeout=15_000)
    return site


def test_another_candidate_is_chosen_from_the_list_or_by_its_marker(server, page, atlas):
    _heel_pain(server, page, atlas)
    first = page.evaluate("() => window.bodymap.state()")
    assert first["selected"] == "soleus_tp1" and first["path"]
    # the list: the second entry of "Show the referral of"
    second = first["candidates"][1]
    page.get_by_role("radio", name=f"2. {atlas.sites[second['site']].label}").check()
    page.wait_for_function(f"() => window.bodymap.state().selected_site === {second['site']}", timeout=10_000)
    page.wait_for_function(f"() => (window.bodymap.state().path || {{}}).length_cm !== {first['path']['length_cm']}",
                           timeout=10_000)
    name = atlas.sites[second["site"]].muscle.name
    page.locator("[data-testid=self-care]", has_text=name).wait_for(timeout=10_000)
    # the body: a real click on the marker of a further candidate that is in view
    for rank, cand in enumerate(first["candidates"][2:], 3):
        xy = page.evaluate("v => window.bodymap.project(v)", atlas.sites[cand["site"]].vertex)
        if xy:
            break
    else:
        pytest.fail("no further candidate's marker is in view from the back")
    page.mouse.click(xy["x"], xy["y"])
    try:
        page.wait_for_function(f"() => window.bodymap.state().selected_site === {cand['site']}", timeout=10_000)
    except Exception:
        state = page.evaluate("() => window.bodymap.state()")
        now = page.evaluate("v => window.bodymap.project(v)", atlas.sites[cand["site"]].vertex)
        pytest.fail(f"the click on {cand['trigger_point_id']}'s marker at {xy} (now at {now}) gave "
                    f"pain {state['pain']}, selected {state['selected']}, view {state['view']}")
    state = page.evaluate("() => window.bodymap.state()")
    assert state["pain"] == first["pain"], "a click on a marker selects it; the pain stays where it was"
    radio = page.get_by_role("radio", name=f"{rank}. {atlas.sites[cand['site']].label}")
    page.wait_for_function("r => r.checked", arg=radio.element_handle(), timeout=10_000)
    assert page.recorder.errors == []


def _heads(page, n: int = 26, gap_ms: int = 90) -> list[float]:
    """Where the pulse head is along its path (0 trigger point, 1 pain), sampled over more than one trip."""
    heads = []
    for _ in range(n):
        heads.append(page.evaluate("() => window.bodymap.state().path.head"))
        page.wait_for_timeout(gap_ms)
    return heads


def test_pulse_plays_pauses_changes_speed_and_direction(server, page, atlas):
    site = atlas.site("upper_trapezius_tp1:left")
    open_app(page, server.url + "?view=left")
    page.evaluate("v => window.bodymap.click(v)", atlas.body.central_vertex(site.essential))
    page.wait_for_function("() => window.bodymap.state().path !== null", timeout=15_000)
    steps = np.diff(_heads(page))
    assert (steps > 0).sum() >= 4, f"the pulse should travel from the trigger point to the pain: {steps}"
    assert (steps < -0.5).sum() <= 2, "it only jumps back to start a new trip"
    # direction: from the pain back to the trigger point
    page.get_by_role("button", name="Pain to point").click()
    page.wait_for_function("() => window.bodymap.state().path.direction === 'to_source'", timeout=10_000)
    steps = np.diff(_heads(page))
    assert (steps < 0).sum() >= 4 and (steps > 0.5).sum() <= 2, f"the pulse should run backwards: {steps}"
    # speed: the slider's handle moved with the keyboard
    handle = page.get_by_role("slider", name="Pulse speed")
    handle.focus()
    handle.press("ArrowRight")
    handle.press("ArrowRight")
    page.wait_for_function("() => Math.abs(window.bodymap.state().path.speed - 1.5) < 1e-6", timeout=10_000)
    # pause: the pulse stops and nothing on the canvas moves
    page.get_by_role("button", name="Pause pulse").click()
    page.wait_for_function("() => window.bodymap.state().path.playing === false", timeout=10_000)
    page.wait_for_timeout(300)
    held = _heads(page, n=4)
    assert len(set(held)) == 1, f"a paused pulse should stay put: {held}"
    a = _shot(page)
    page.wait_for_timeout(400)
    assert np.array_equal(a, _shot(page)), "nothing should move while the pulse is paused"
    assert page.get_by_role("button", name="Play pulse").is_visible()
    page.get_by_role("button", name="Play pulse").click()
    page.wait_for_function("() => window.bodymap.state().path.playing === true", timeout=10_000)
    assert len(set(_heads(page, n=6))) > 1, "the pulse should move again"


def test_explore_mode_shows_a_muscle_from_the_list_or_a_dot(server, page, atlas):
    open_app(page, server.url)
    page.get_by_role("button", name="Explore a muscle").click()
    page.wait_for_function("() => window.bodymap.state().mode === 'forward'", timeout=10_000)
    # the muscle list
    page.get_by_role("combobox", name="Muscle", exact=True).select_option(label="Tibialis anterior")
    page.wait_for_function("() => window.bodymap.state().selected !== null", timeout=10_000)
    state = page.evaluate("() => window.bodymap.state()")
    assert {c["muscle_id"] for c in state["candidates"]} == {"tibialis_anterior"}
    page.wait_for_selector("[data-testid=self-care]")
    assert "Tibialis anterior" in page.inner_text("[data-testid=self-care]")
    # a real click on the dot of another muscle's trigger point
    site = atlas.site("upper_trapezius_tp1:left")
    xy = page.evaluate("v => window.bodymap.project(v)", site.vertex)
    assert xy, "the upper trapezius point should be in view from the front"
    page.mouse.click(xy["x"], xy["y"])
    page.wait_for_function("() => window.bodymap.state().candidates.some(c => c.muscle_id === 'upper_trapezius')",
                           timeout=10_000)
    state = page.evaluate("() => window.bodymap.state()")
    assert {c["muscle_id"] for c in state["candidates"]} == {"upper_trapezius"}
    assert page.recorder.errors == []


def test_fascial_line_is_drawn_and_named_with_its_stations_on_hover(server, page, atlas):
    from bodymap.app.data import line_polylines

    line = atlas.lines["superficial_back_line"]
    open_app(page, server.url + "?view=back")
    before = _shot(page)
    page.get_by_text("Fascial lines (Anatomy Trains)").click()
    page.get_by_role("checkbox", name=line.name, exact=True).check()
    # a point of the line halfway down the back, and the skin vertex under it
    points = np.asarray(next(p for p in line_polylines("neutral") if p["id"] == line.id)["points"]).reshape(-1, 3)
    y_mid = np.median(points[:, 1])
    target = points[np.argmin(np.abs(points[:, 1] - y_mid))]
    vertex = int(np.argmin(np.linalg.norm(atlas.body.vertices - target, axis=1)))
    page.wait_for_timeout(800)
    xy = page.evaluate("v => window.bodymap.project(v)", vertex)
    assert xy, "the middle of the superficial back line should be in view from the back"
    after = _shot(page)
    x, y = int(xy["x"]), int(xy["y"])
    assert np.abs(after[y - 4:y + 5, x - 4:x + 5] - before[y - 4:y + 5, x - 4:x + 5]).sum(axis=2).max() > 60, \
        "the line should be drawn on the back"
    page.mouse.move(x - 30, y)
    page.mouse.move(x, y, steps=5)
    page.wait_for_function(f"() => window.bodymap.state().hovered_line === '{line.id}'", timeout=10_000)
    page.wait_for_selector("[data-testid=line-info]", timeout=10_000)
    info = page.inner_text("[data-testid=line-info]")
    assert line.name in info and "teaching picture" in info
    for station in line.stations:
        assert station in info
    assert page.recorder.errors == []



def _selected_vertex(page, atlas) -> int:
    return atlas.sites[page.evaluate("() => window.bodymap.state().selected_site")].vertex


def test_closer_view_frames_the_pain_and_its_trigger_point(server, page, atlas):
    site = _heel_pain(server, page, atlas)
    pain = page.evaluate("() => window.bodymap.state().pain")
    wait_camera_settled(page)
    whole = screen_distance(page, pain, site.vertex)
    assert whole, "pain spot and trigger point should both show from the back"
    page.get_by_role("button", name="Closer view").click()
    wait_camera_settled(page)
    near = screen_distance(page, pain, site.vertex)
    assert near and near > 2.5 * whole, f"the closer view should enlarge the referral ({whole:.0f} -> {near} px)"
    # the markers keep about their size on screen instead of growing with the zoom
    assert page.evaluate("() => window.bodymap.markerScale") < 0.6
    # a new pick while the closer view is on frames the new referral: pain at the temple. Python's answer
    # (the path) reframes the view once more, so wait for it before the camera settles
    region = atlas.regions.index(atlas.region_by_name("left temple"))
    temple = atlas.body.central_vertex(atlas.region_vertices(region))
    page.evaluate("v => window.bodymap.click(v)", temple)
    page.wait_for_function("() => { const s = window.bodymap.state(); return s.answered === s.pick && "
                           "s.path !== null && s.selected !== 'soleus_tp1'; }", timeout=15_000)
    wait_camera_settled(page)
    assert screen_distance(page, temple, _selected_vertex(page, atlas)), "the new pain and trigger point are in view"
    assert not page.evaluate("v => window.bodymap.project(v)", site.vertex), "the heel is out of the picture"
    near = screen_distance(page, temple, _selected_vertex(page, atlas))
    # Reset: the whole body again, from the side the closer view turned to
    page.get_by_role("button", name="Reset").click()
    wait_camera_settled(page)
    whole = screen_distance(page, temple, _selected_vertex(page, atlas))
    assert whole and near > 2 * whole, f"Reset should show the whole body ({near:.0f} -> {whole} px)"
    assert page.evaluate("() => window.bodymap.markerScale") == 1
    # the clinic view, for a patient beside the clinician, turns the closer view on, and off again after
    page.get_by_role("button", name="Clinic view (large, plain words)").click()
    wait_camera_settled(page)
    close = screen_distance(page, temple, _selected_vertex(page, atlas))
    assert close and close > 2 * whole, f"clinic view should show the referral closer ({whole:.0f} -> {close} px)"
    page.get_by_role("button", name="Full view").click()
    wait_camera_settled(page)
    assert screen_distance(page, temple, _selected_vertex(page, atlas)) < close / 2, "leaving the clinic view shows the body"
    # the closer view turned to the side of the head; the share URL says so and the view buttons work from there
    turned = page.evaluate("() => window.bodymap.state().view")
    assert turned != "back"
    page.wait_for_function(f"() => location.search.includes('view={turned}')", timeout=10_000)
    page.get_by_role("button", name="Back", exact=True).click()
    page.wait_for_function("() => window.bodymap.state().view === 'back'", timeout=10_000)
    wait_camera_settled(page)
    assert page.evaluate("v => window.bodymap.project(v)", site.vertex), "the calf shows again from the back"
    assert page.recorder.errors == []
