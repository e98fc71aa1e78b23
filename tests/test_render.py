import subprocess
import sys

import numpy as np
from PIL import Image


def _load(path):
    return np.asarray(Image.open(path).convert("RGB")).astype(int)


def test_cli_render_draws_a_body_in_front_and_back(tmp_path):
    out = tmp_path / "body.png"
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "render", "--view", "front", "--view", "back",
                          "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    img = _load(out)
    h, w, _ = img.shape
    assert w == 2 * 600 and h == 900
    # skin-toned pixels: not the white background, warm (red > green > blue)
    skin = (img.sum(axis=2) < 720) & (img[..., 0] > img[..., 1]) & (img[..., 1] > img[..., 2])
    for half in (skin[:, : w // 2], skin[:, w // 2:]):
        share = half.mean()
        assert 0.08 < share < 0.5, f"body covers {share:.1%} of the view"
        rows = np.flatnonzero(half.any(axis=1))
        assert rows[-1] - rows[0] > 0.6 * h, "the body should stand tall in the picture"
        cols = np.flatnonzero(half.any(axis=0))
        centre = (cols[0] + cols[-1]) / 2
        assert abs(centre - half.shape[1] / 2) < 0.1 * half.shape[1], "the body should be centred"


def test_render_refuses_an_unknown_view():
    from bodymap import load_body
    from bodymap.draw.render import render_views
    import pytest

    with pytest.raises(ValueError, match="unknown view"):
        render_views(load_body(), "/tmp/never.png", views=["top"])


def test_pictures_drawn_from_several_threads_at_once_all_come_out(tmp_path):
    """The app draws no-WebGL pictures in a worker thread and handouts in the server thread: VTK must see
    one picture at a time (render.py serialises them)."""
    from concurrent.futures import ThreadPoolExecutor

    from bodymap.core.body import load_body
    from bodymap.draw.render import render_views

    body = load_body()
    views = ["front", "back", "left", "right"] * 2
    with ThreadPoolExecutor(4) as pool:
        outs = list(pool.map(lambda iv: render_views(body, tmp_path / f"{iv[0]}.png", views=[iv[1]], size=(200, 300)),
                             enumerate(views)))
    for out in outs:
        img = _load(out)
        assert img.shape == (300, 200, 3)
        assert (img.sum(axis=2) < 720).mean() > 0.03, f"{out.name} has no body in it"


def test_a_title_is_printed_readably_above_the_views(tmp_path):
    """Atlas sheet titles: VTK's corner text shrank long ones to about 6 px; now a band with 24 px text,
    smaller (down to 14 px, then wrapped) only when a long title would not fit a narrow picture."""
    from bodymap import load_body
    from bodymap.draw.render import render_views

    title = "Infraspinatus TP1 (upper, below the spine of the scapula) (infraspinatus_tp1)"
    for views, width, min_ink_height in ((["front", "back"], 1400, 18), (["front"], 300, 10)):
        out = render_views(load_body(), tmp_path / "t.png", views=views, title=title, size=(width // len(views), 400))
        img = _load(out)
        band = img.shape[0] - 400
        assert img.shape[1] == width and band >= 44
        ink = np.argwhere(img[:band].sum(axis=2) < 300)  # dark pixels of the band
        assert len(ink) > 200, "the title should be printed in the band"
        assert ink[:, 0].max() - ink[:, 0].min() >= min_ink_height, "letters tall enough to read"
        assert ink[:, 1].max() < width - 6, "the title fits the picture"
