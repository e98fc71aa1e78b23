"""The served app's Python side without a browser: what a session checks and adds (exact referral paths,
pictures, handouts, the pooled sessions). What the screen shows (lists, cards, tours, quiz, search) is the
browser's, tested in tests/browser in both hosts."""
from __future__ import annotations

import logging

import numpy as np
import pytest

from bodymap.app.session import Session


@pytest.fixture
def session():
    return Session()


def _pick(session, atlas, vertex: int, n: int = 1) -> None:
    """What the browser sends for a click: the answer it shows, with the pick's number (one message)."""
    top = session.data.engine.lookup([vertex], limit=8, with_paths=False).candidates
    session.screen.param.update(pain=vertex, result_sites=[c.site.index for c in top], selected=top[0].site.index,
                                pick=n)


def test_a_pick_is_answered_with_the_exact_path_to_the_clicked_spot(session, atlas):
    from bodymap.core.referral import referral_path

    site = atlas.site("soleus_tp1:left")
    pain = int(site.essential[2])
    _pick(session, atlas, pain)
    assert session.screen.answered == 1 and session.state.selected == site.index
    expected = referral_path(atlas, site, pain).points.astype(np.float32).ravel()
    assert np.array_equal(session.screen.path, expected)  # to the clicked vertex, not the zone's centre


def test_hostile_values_are_rejected_and_the_session_goes_on(session, atlas, caplog):
    site = atlas.site("soleus_tp1:left")
    good = atlas.body.central_vertex(site.essential)
    _pick(session, atlas, good)
    with caplog.at_level(logging.WARNING, logger="bodymap.inputs"):
        for bad in (-7, 10**9, 13380):
            session.screen.pain = bad
        session.screen.painted = list(range(30_000))
        session.screen.painted = ["<script>", 1]
        session.screen.selected = 10**6
        session.screen.body_name = "<img src=x>"
        session.screen.pick = -3
    assert caplog.text.count("rejected") >= 8
    # the checked state kept its values, and the screen's parameters were put back to them
    assert session.state.pain == good and session.screen.pain == good
    assert session.state.painted == [] and session.screen.painted == []
    assert session.state.selected == site.index and session.state.variant == "neutral"
    assert session.screen.answered == 1
    _pick(session, atlas, good + 1, n=2)
    assert session.screen.answered == 2


def test_a_drawing_gets_a_path_into_the_drawn_area(session, atlas):
    site = atlas.site("upper_trapezius_tp1:left")
    drawn = [int(v) for v in site.essential[:30]]
    session.screen.param.update(painted=drawn, selected=site.index, result_sites=[site.index], pick=1)
    end = session.screen.path.reshape(-1, 3)[-1]
    nearest = int(np.argmin(np.linalg.norm(atlas.body.vertices - end, axis=1)))
    assert np.min(np.linalg.norm(atlas.body.vertices[drawn] - atlas.body.vertices[nearest], axis=1)) < 1.0


def test_a_repeated_pick_is_answered_again(session, atlas):
    site = atlas.site("soleus_tp1:left")
    _pick(session, atlas, atlas.body.central_vertex(site.essential))
    first = np.array(session.screen.path)
    session.screen.pick = 2  # the browser did not hear back and asks again
    assert session.screen.answered == 2 and np.array_equal(session.screen.path, first)


def test_switching_body_answers_on_the_new_body(session, atlas):
    site = atlas.site("soleus_tp1:left")
    pain = atlas.body.central_vertex(site.essential)
    _pick(session, atlas, pain)
    neutral = np.array(session.screen.path)
    session.screen.body_name = "female"
    assert session.state.variant == "female" and session.data.body.variant == "female"
    session.screen.pick = 2
    assert session.screen.answered == 2 and not np.array_equal(session.screen.path, neutral)


def test_values_the_browser_refused_from_its_url_are_logged(session, caplog):
    with caplog.at_level(logging.WARNING, logger="bodymap.inputs"):
        session.screen.rejected = [["pain", "<script>"], ["tp", "nope:left"], "junk"]
    assert "rejected url pain '<script>'" in caplog.text and "rejected url tp 'nope:left'" in caplog.text


def test_a_click_on_a_server_picture_asks_the_browser_to_pick(session, atlas):
    """A browser without WebGL: Python draws the body and casts clicks on the picture back to vertices; the
    browser answers the pick it is asked for, and the picture follows."""
    from bodymap.core.views import VIEWS  # noqa: F401 (the views a picture can show)
    from bodymap.draw.picture import PICTURE_SIZE, project
    from bodymap.draw.render import view_camera

    session.screen.webgl = False
    assert session.screen.picture.startswith("data:image/png;base64,")
    session.screen.view = "back"
    site = atlas.site("soleus_tp1:left")
    x, y = project(view_camera(atlas.body, "back"), atlas.body.vertices[site.essential[3]])[0]
    before = session.screen.picture
    session.screen.picture_click = [x / PICTURE_SIZE[0], y / PICTURE_SIZE[1]]
    vertex, n = session.screen.pick_request
    assert n == 1 and np.linalg.norm(atlas.body.vertices[vertex] - atlas.body.vertices[site.essential[3]]) < 2.0
    _pick(session, atlas, vertex)  # the browser answers the pick
    assert session.state.selected == site.index and session.screen.picture != before
    session.screen.picture_click = [float("inf"), 0.5]  # rejected, logged, state kept
    assert session.screen.pick_request == [vertex, 1]


def test_a_click_on_a_closeup_picture_finds_the_vertex_drawn_there(session, atlas):
    from bodymap.draw.picture import PICTURE_SIZE, project

    session.screen.webgl = False
    session.screen.view = "back"
    site = atlas.site("soleus_tp1:left")
    _pick(session, atlas, int(site.essential[3]))
    whole = session.screen.picture
    session.screen.closeup = True
    shown = session._picture_shown
    assert shown.focus is not None and shown.zoom > 1.5 and session.screen.picture != whole
    camera = shown.camera(atlas.body)
    toward = (camera.eye - camera.target) / np.linalg.norm(camera.eye - camera.target)
    facing = [v for v in site.essential if atlas.body.vertex_normals[v] @ toward > 0.6]  # not hidden behind
    assert len(facing) >= 5
    for k, v in enumerate(facing[:: max(1, len(facing) // 6)], 2):
        camera = session._picture_shown.camera(atlas.body)  # the close-up follows the pain spot
        x, y = project(camera, atlas.body.vertices[v])[0]
        session.screen.picture_click = [x / PICTURE_SIZE[0], y / PICTURE_SIZE[1]]
        vertex = session.screen.pick_request[0]
        assert np.linalg.norm(atlas.body.vertices[vertex] - atlas.body.vertices[v]) < 1.0
        _pick(session, atlas, vertex, n=k)


def test_the_app_hands_out_pooled_sessions():
    """create_app outside a server takes the pooled session (the share URL's state is restored by the browser:
    tests/browser/test_app.py test_share_url_restores_state)."""
    from bodymap.app import session as app

    app.SESSIONS.fill()
    pooled = app.SESSIONS._ready[-1]
    before = app.SESSIONS.taken_ready
    view = app.create_app()
    assert app.SESSIONS.taken_ready == before + 1
    assert view is pooled.screen and view.bodymap_session is pooled


def test_handout_requests_are_checked_and_give_a_pdf(atlas):
    from bodymap.app.http import handout_request, make_handout
    from bodymap.app.inputs import RejectedInput

    site = atlas.site("soleus_tp1:left")
    pain = atlas.body.central_vertex(site.essential)
    good = f'{{"body": "neutral", "pain": [{pain}], "trigger_points": ["soleus_tp1:left"]}}'.encode()
    variant, vertices, tps, drawing = handout_request(good)
    assert (variant, vertices, tps, drawing) == ("neutral", [pain], ["soleus_tp1:left"], [])
    pdf = make_handout(variant, vertices, tps)
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    area = '{"vertices": [%d], "intensity": 6, "quality": ["aching"], "depth": "deep", "note": ""}' % pain
    with_drawing = handout_request(good[:-1] + f', "drawing": [{area}]}}'.encode())
    assert [a.intensity for a in with_drawing[3]] == [6] and with_drawing[3][0].vertices == [pain]
    n = atlas.body.n_vertices
    for bad in (b"not json", b"[1]", b'{"body": "giant", "pain": [1]}', b'{"body": "neutral", "pain": [-1]}',
                b'{"body": "neutral", "pain": []}', b'{"body": "neutral", "pain": [1], "trigger_points": ["x"]}',
                b"x" * 700_000, b'{"body": "neutral", "pain": [1], "drawing": {"areas": []}}',
                b'{"body": "neutral", "pain": [1], "drawing": [{"vertices": [1]}]}',
                b'{"body": "neutral", "pain": [1], "drawing": [' + area.replace("6", "11", 1).encode() + b']}',
                b'{"body": "neutral", "pain": [1], "drawing": [' + area.replace(f"[{pain}]", f"[{n}]").encode() + b']}',
                b'{"body": "neutral", "pain": [1], "drawing": [' + area.replace('"note"', '"extra"').encode() + b']}',
                b'{"body": "neutral", "pain": [1], "drawing": [' + b",".join([area.encode()] * 21) + b']}'):
        with pytest.raises(RejectedInput):
            handout_request(bad)


def test_everything_the_browser_sends_is_handled_without_panels_50_ms_wait():
    """Panel holds a browser change 50 ms to batch it unless the parameter is a priority change; one held
    parameter in a click's patch held the click's answer (docs/performance.md, "Load"). Every parameter the
    served host sends (its mirror of the screen and each `send({...})`) must be listed."""
    import re
    from pathlib import Path

    from bodymap.app.screen import Screen

    js = (Path(__file__).parents[1] / "bodymap" / "app" / "js" / "hosts" / "panel.js").read_text()
    mirror = re.search(r"function mirrorOf\(st\) \{\s*return \{(.*?)\};", js, re.S).group(1)
    sent = set(re.findall(r"(\w+):", mirror)) | set(re.findall(r"send\(\{\s*(\w+):", js))
    sent |= {"pick"}  # the pick rides in the mirror's message (`message.pick = ...`)
    assert {"pain", "result_sites", "selected", "body_name", "picture_click"} <= sent  # the parsing found them
    assert sent <= set(Screen.param), sent - set(Screen.param)
    assert sent <= set(Screen._priority_changes), sent - set(Screen._priority_changes)
