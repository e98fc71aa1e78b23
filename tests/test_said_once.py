"""Things defined once, in Python, and sent to the browser as data (issue 14): the palette's colours appear in
no JavaScript or CSS source (the CSS reads them as `--bm-<name>` variables the screen sets from the palette)."""
from __future__ import annotations

import re
from pathlib import Path

from bodymap.palette import PALETTE

ROOT = Path(__file__).resolve().parents[1]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def _sources() -> list[Path]:
    js = sorted((ROOT / "bodymap" / "app" / "js").rglob("*.js"))
    return js + [ROOT / "bodymap" / "app" / "static" / "app.css"]


def test_no_palette_colour_is_written_out_in_the_browser_code():
    colours = {v.lower() for v in PALETTE.values()}
    found = [f"{p.relative_to(ROOT)}:{i}: {m}" for p in _sources()
             for i, line in enumerate(p.read_text().splitlines(), 1)
             for m in HEX.findall(line) if m.lower() in colours]
    assert not found, "use the palette (config.palette / var(--bm-<name>)) instead of:\n" + "\n".join(found)


def test_the_css_uses_the_palette_variables():
    css = (ROOT / "bodymap" / "app" / "static" / "app.css").read_text()
    used = set(re.findall(r"var\(--bm-([a-z_]+)\)", css))
    assert used and used <= set(PALETTE), f"unknown palette names in app.css: {used - set(PALETTE)}"
