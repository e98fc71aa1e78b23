"""Server-drawn pictures for browsers without WebGL: a click on a picture finds the vertex drawn there."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from bodymap.app import inputs
from bodymap.draw.picture import PICTURE_SIZE, PictureState, pick_vertex, project, render_picture
from bodymap.draw.render import VIEWS, view_camera


@pytest.mark.parametrize("view", list(VIEWS))
def test_a_click_where_a_vertex_is_drawn_finds_that_vertex(atlas, view):
    body = atlas.body
    camera = view_camera(body, view)
    toward = np.asarray(VIEWS[view][0], dtype=float)
    rng = np.random.default_rng(7)
    # vertices facing this camera squarely, so that nothing else of the body hides them
    facing = np.flatnonzero(body.vertex_normals @ toward > 0.9)
    checked = 0
    for v in rng.choice(facing, 40, replace=False):
        x, y = project(camera, body.vertices[v])[0]
        got = pick_vertex(body, view, x / PICTURE_SIZE[0], y / PICTURE_SIZE[1])
        if got is None:
            continue
        checked += 1
        if got != v:  # another surface in front (an arm before the trunk): it must be nearer the camera
            assert np.linalg.norm(body.vertices[got] - camera.eye) < np.linalg.norm(body.vertices[v] - camera.eye)
    assert checked >= 30


def test_a_click_beside_the_body_finds_nothing(atlas):
    assert pick_vertex(atlas.body, "front", 0.02, 0.02) is None


def test_picture_shows_pain_spot_zones_and_markers(atlas):
    site = atlas.site("soleus_tp1:left")
    pain = int(site.essential[0])
    plain = np.asarray(Image.open(io.BytesIO(render_picture(atlas, PictureState(view="back")))).convert("RGB"))
    shown = np.asarray(Image.open(io.BytesIO(render_picture(
        atlas, PictureState(view="back", pain=pain, result_sites=(site.index,), selected=site.index)))).convert("RGB"))
    assert shown.shape == (PICTURE_SIZE[1], PICTURE_SIZE[0], 3)
    x, y = project(view_camera(atlas.body, "back"), atlas.body.vertices[pain])[0].astype(int)
    patch = shown[y - 2:y + 3, x - 2:x + 3].reshape(-1, 3).mean(axis=0)
    assert patch[1] > patch[0] + 40, f"pain spot {patch} is not bluish green"
    assert np.abs(shown.astype(int) - plain.astype(int)).sum(axis=2).max() > 100


@pytest.mark.parametrize("bad", [None, [0.5], [0.5, 0.5, 0.5], ["0.5", 0.5], [float("nan"), 0.5], [1.5, 0.2],
                                 [-0.1, 0.2], [True, 0.2], "0.5,0.5"])
def test_bad_picture_clicks_are_rejected(bad):
    with pytest.raises(inputs.RejectedInput):
        inputs.picture_point(bad)


def test_picture_draws_the_referral_path(atlas):
    from bodymap.core.referral import referral_path

    site = atlas.site("soleus_tp1:left")
    pain = int(site.essential[5])
    path = referral_path(atlas, site, pain).points
    base = PictureState(view="back", pain=pain, result_sites=(site.index,), selected=site.index)
    with_path = PictureState(view="back", pain=pain, result_sites=(site.index,), selected=site.index, path=path)
    a = np.asarray(Image.open(io.BytesIO(render_picture(atlas, base))).convert("RGB")).astype(int)
    b = np.asarray(Image.open(io.BytesIO(render_picture(atlas, with_path))).convert("RGB")).astype(int)
    x, y = project(view_camera(atlas.body, "back"), path[len(path) // 2])[0].astype(int)
    assert np.abs(a[y - 3:y + 4, x - 3:x + 4] - b[y - 3:y + 4, x - 3:x + 4]).sum(axis=2).max() > 60
