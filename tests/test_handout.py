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


def test_a_handout_from_a_pain_drawing_shows_its_areas_and_measures(atlas, tmp_path):
    """`handout --drawing FILE`: the painted areas are the pain, and the first page names each area with what
    the person said and its size, as `drawing summary` measures them."""
    import json

    from bodymap.core.drawing import new_drawing, write_drawing

    def region(name: str) -> list[int]:
        return atlas.region_vertices(atlas.regions.index(atlas.region_by_name(name))).tolist()

    drawing = tmp_path / "visit.json"
    write_drawing(new_drawing("neutral", atlas.info.version, [
        {"vertices": region("left side of neck"), "intensity": 7, "quality": ["aching"], "depth": "deep",
         "note": "worse at the desk"},
        {"vertices": region("left temple"), "intensity": 4, "quality": ["throbbing"], "depth": "skin"}]), drawing)
    out = tmp_path / "handout.pdf"
    cli = [sys.executable, "-m", "bodymap.cli"]
    run = subprocess.run(cli + ["handout", "--drawing", str(drawing), "--out", str(out)], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    first = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    measured = json.loads(subprocess.run(cli + ["drawing", "summary", str(drawing), "--json"], capture_output=True,
                                         text=True, check=True).stdout)
    assert "Your pain drawing" in first
    assert f"Painted: {measured['area_cm2']:.0f} cm2" in first
    one, two = measured["areas"]
    assert f"Area 1: intensity 7/10, aching, deep; {one['area_cm2']:.0f} cm2 at the left side of neck" in first
    assert "worse at the desk" in first
    assert f"Area 2: intensity 4/10, throbbing, on the skin; {two['area_cm2']:.0f} cm2 at the left temple" in first


def test_a_handout_refuses_a_broken_drawing_file_in_one_line(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "handout", "--drawing", str(broken), "--out",
                          str(tmp_path / "h.pdf")], capture_output=True, text=True)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "broken.json" in run.stderr
    assert not (tmp_path / "h.pdf").exists()
