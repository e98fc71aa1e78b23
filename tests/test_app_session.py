"""The app's session logic without a browser: lookups, tours, quiz, URL state, and hostile values."""
from __future__ import annotations

import logging

import pytest

from bodymap.app.main import BodymapSession


@pytest.fixture
def session():
    return BodymapSession()


def test_a_pick_fills_the_panels_and_sends_a_path(session, atlas):
    site = atlas.site("soleus_tp1:left")
    session.viewer.pain = atlas.body.central_vertex(site.essential)
    assert "heel" in session.region_pane.object
    assert "Soleus" in session.list_pane.object
    assert session.viewer.selected >= 0 and len(session.viewer.path) >= 6
    assert "How long" in session.care_pane.object


def test_hostile_values_are_rejected_and_the_session_goes_on(session, atlas, caplog):
    site = atlas.site("soleus_tp1:left")
    good = atlas.body.central_vertex(site.essential)
    session.viewer.pain = good
    with caplog.at_level(logging.WARNING, logger="bodymap.inputs"):
        for bad in (-7, 10**9, 13380):
            session.viewer.pain = bad
        session.viewer.painted = list(range(30_000))
        session.viewer.painted = ["<script>", 1]
        session.viewer.selected = 10**6
    assert caplog.text.count("rejected") >= 6
    assert session.viewer.painted == []
    session.viewer.pain = good + 1 if good + 1 < atlas.body.n_vertices else good - 1
    assert "Soleus" in session.list_pane.object or session.candidates


def test_painted_set_is_looked_up_as_a_whole(session, atlas):
    site = atlas.site("upper_trapezius_tp1:left")
    session.viewer.painted = [int(v) for v in site.essential[:30]]
    assert "painted area" in session.list_pane.object
    assert "upper_trapezius" in session.list_pane.object


def test_tour_steps_move_forward_and_back(session, atlas):
    tour = next(iter(atlas.tours.values()))
    session.start_tour(tour.id)
    assert f"step 1 of {len(tour.steps)}" in session.tour_pane.object
    session.tour_go(+1)
    assert f"step 2 of {len(tour.steps)}" in session.tour_pane.object
    session.tour_go(-1)
    assert "step 1 of" in session.tour_pane.object
    for _ in tour.steps:
        session.tour_go(+1)
    assert f"step {len(tour.steps)} of" in session.tour_pane.object


def test_quiz_round_scores_and_exports_csv(session, atlas):
    quiz = next(iter(atlas.quizzes.values()))
    session.start_quiz(quiz.id)
    from bodymap.quiz import answer_sites

    for i, question in enumerate(quiz.questions):
        target = answer_sites(atlas, question)[0].vertex if i else 0  # first answer far away on purpose
        session.viewer.pain = int(target)
        assert "quiz-feedback" in session.quiz_pane.object
        session.quiz_show_question()
    assert "Round finished" in session.quiz_pane.object
    csv = session._quiz_csv().getvalue().splitlines()
    assert len(csv) == 1 + len(quiz.questions) + 1
    assert csv[1].endswith("no") and all(row.endswith("yes") for row in csv[2:-1])


def test_url_state_is_restored_and_bad_values_ignored(session, atlas, caplog):
    site = atlas.site("upper_trapezius_tp1:left")
    pain = atlas.body.central_vertex(site.essential)
    with caplog.at_level(logging.WARNING, logger="bodymap.inputs"):
        session.restore_from_url({"pain": str(pain), "tp": site.key, "view": "left", "line": "lateral_line,bogus"})
        session.restore_from_url({"pain": "<img src=x onerror=alert(1)>", "view": "top", "tp": "nope:left"})
    assert session.viewer.pain == pain and session.viewer.selected == site.index
    assert session.viewer.view == "left"
    assert "rejected url pain" in caplog.text and "rejected view" in caplog.text


def test_search_finds_conditions_muscles_and_regions(session):
    session.apply_search("tennis elbow")
    assert session.candidates and "Tennis elbow" in session.region_pane.object
    assert "supinator" in session.list_pane.object or "brachioradialis" in session.list_pane.object
    session.apply_search("Soleus")
    assert session.viewer.result_sites and session.viewer.selected >= 0
    session.apply_search("left temple")
    assert "temple" in session.region_pane.object


def test_switching_body_keeps_the_selection(session, atlas):
    site = atlas.site("soleus_tp1:left")
    session.viewer.pain = atlas.body.central_vertex(site.essential)
    selected = session.viewer.selected
    session.body_select.value = "female"
    assert session.variant == "female" and session.viewer.selected == selected
    assert session.viewer.body_name == "female"


def test_handout_button_gives_a_pdf_for_the_current_pain(session, atlas):
    site = atlas.site("soleus_tp1:left")
    session.viewer.pain = atlas.body.central_vertex(site.essential)
    assert session.handout.visible
    pdf = session._handout_pdf().getvalue()
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


def test_a_repeated_pick_resends_the_answer(session, atlas):
    site = atlas.site("soleus_tp1:left")
    v = atlas.body.central_vertex(site.essential)
    session.viewer.param.update(pain=v, pick=1)
    assert session.viewer.answered == 1 and "Soleus" in session.list_pane.object
    session.viewer.pick = 2  # the browser did not hear back and asks again
    assert session.viewer.answered == 2 and "Soleus" in session.list_pane.object
    session.viewer.pick = -3
    assert session.viewer.answered == 2


def test_clinic_view_uses_plain_words(session, atlas):
    site = atlas.site("soleus_tp1:left")
    session.viewer.pain = atlas.body.central_vertex(site.essential)
    session.clinic.value = True
    text = session.list_pane.object
    assert "bm-clinic-text" in text and "deep calf muscle" in text and "essential zone" not in text
    session.clinic.value = False
    assert "essential zone" in session.list_pane.object


def test_closer_view_toggle_clinic_view_and_reset_agree(session):
    session.closer.value = True
    assert session.viewer.closeup is True
    session.viewer.closeup = False  # the picture's own button, from a browser without WebGL
    assert session.closer.value is False
    session.clinic.value = True  # the clinic view shows the referral closer
    assert session.viewer.closeup and session.closer.value
    session.reset_view()
    assert session.viewer.closeup is False and session.closer.value is False
