"""Handouts: a PDF with the expected pages, muscle names and self-care steps; PNG and HTML too."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from pypdf import PdfReader


def _heel_vertex(atlas):
    site = next(s for s in atlas.sites if s.side == "left")
    pts = atlas.body.vertices[site.essential]
    return int(site.essential[np.argmin(np.linalg.norm(pts - pts.mean(axis=0), axis=1))]), site


def test_cli_handout_pdf_has_pictures_names_and_self_care(atlas, tmp_path):
    vertex, site = _heel_vertex(atlas)
    out = tmp_path / "handout.pdf"
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "handout", "--vertex", str(vertex), "--out", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    reader = PdfReader(str(out))
    assert 1 <= len(reader.pages) <= 6
    text = " ".join(p.extract_text() for p in reader.pages)
    assert site.muscle.name in text
    for step in ("How to press", "How long", "When to stop", "Stop and see a professional", "Look for the cause",
                 "Safety", "Sources"):
        assert step in text, step
    assert len(reader.pages[0].images) >= 1
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_handout_png_and_html(atlas, tmp_path):
    from bodymap.draw.handout import choose_content, write_handout

    vertex, site = _heel_vertex(atlas)
    content = choose_content(atlas, [vertex], [site.trigger_point.id])
    assert content.sites[0].trigger_point.id == site.trigger_point.id
    png = write_handout(atlas, content, tmp_path / "h.png")
    assert png.stat().st_size > 10_000
    page = write_handout(atlas, content, tmp_path / "h.html").read_text()
    assert site.muscle.name in page and "http" not in page.replace("http-equiv", "")


def test_handout_refuses_unknown_format_and_tp(atlas, tmp_path):
    from bodymap.errors import BodymapError
    from bodymap.draw.handout import choose_content, write_handout

    vertex, _ = _heel_vertex(atlas)
    with pytest.raises(BodymapError):
        choose_content(atlas, [vertex], ["no_such_tp"])
    with pytest.raises(BodymapError):
        write_handout(atlas, choose_content(atlas, [vertex]), tmp_path / "h.docx")
