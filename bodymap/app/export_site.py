"""A standalone copy of bodymap: one self-contained index.html that works from file:// (no server, no network).

It is the same screen as the served app (js/screen/, js/viewer/), hosted by js/hosts/standalone.js instead of
Panel. Everything travels inside the one file:
- the standalone bundle (bodymap/app/static/standalone.bundle.js: the screen, the viewer, three.js), inline;
- the screen's configuration as JSON (app/pack.py `screen_config`);
- for every body variant its body pack and quiz pack (app/pack.py), gzip-compressed and base64-encoded, each in
  its own `<script type="application/octet-stream">` block, unpacked by the browser when that body is shown.

What the served app adds and this copy cannot: the exact referral path to the clicked spot (here the path
runs to the centre of the trigger point's main pain zone), handouts, pictures for browsers without WebGL.
"""
from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Callable
from pathlib import Path

from bodymap.core.formats import STANDALONE
from bodymap.settings import DEFAULT_VARIANT, VARIANTS

_APP = Path(__file__).parent
BUNDLE = _APP / "static" / "standalone.bundle.js"
APP_CSS = _APP / "static" / "app.css"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="generator" content="bodymap export-site">
<title>{title}</title>
<style>
{app_css}
{page_css}
</style>
</head>
<body>
<div id="bm-root" class="bm-app" aria-busy="true"><p class="bm-loading">{loading}</p></div>
<noscript><p>bodymap needs JavaScript to show the 3D body.</p></noscript>
<script type="application/json" id="bm-site">{site}</script>
{packs}
<script>
{bundle}
</script>
</body>
</html>
"""

PAGE_CSS = """
html, body { margin: 0; height: 100%; }
body { background: #fff; }
.bm-loading { padding: 2em; }
"""


def _script_safe(js: str) -> str:
    """Text that can sit inside an inline <script> element: no `</script` and no `<!--` sequences."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _pack_block(kind: str, variant: str, data: bytes) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return f'<script type="application/octet-stream" id="bm-pack-{kind}-{variant}">{encoded}</script>'


def site_data(first: str = DEFAULT_VARIANT, variants: tuple[str, ...] = VARIANTS) -> dict:
    """What the page's host needs besides the packs: the format, the screen's configuration, the body shown
    first."""
    from bodymap.app.pack import screen_config

    return {**STANDALONE.header(first_body=first), "config": screen_config(variants)}


def build_page(first: str = DEFAULT_VARIANT, variants: tuple[str, ...] = VARIANTS,
               progress: Callable[[str], None] | None = None, languages: tuple[str, ...] | None = None) -> str:
    """The whole standalone page as text, with English and `languages` (default: every shipped translation;
    the pseudo-language only when asked for, for checking)."""
    from bodymap import i18n

    languages = i18n.translations() if languages is None else tuple(languages)
    from bodymap.app.pack import body_pack, quiz_pack

    say = progress or (lambda _m: None)
    if not BUNDLE.is_file():
        raise FileNotFoundError(f"{BUNDLE} is missing; build it with `npm ci && npm run build`")
    blocks = []
    for variant in variants:
        say(f"the {variant} body: mesh, baked tables, fascial lines, tours")
        blocks.append(_pack_block("body", variant, body_pack(variant)))
        say(f"the {variant} body: quiz distance fields")
        blocks.append(_pack_block("quiz", variant, quiz_pack(variant)))
    from bodymap.app.language_pack import language_pack_bytes

    for lang in languages:  # in the one file: a patient can switch language without another download
        say(f"the {lang} texts")
        blocks.append(_pack_block("lang", lang, language_pack_bytes(lang)))
    site = site_data(first, variants)
    site["config"]["languages"] = {code: name for code, name in site["config"]["languages"].items()
                                   if code == "en" or code in languages}
    payload = json.dumps(site, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    payload = payload.replace("</", "<\\/").replace("<!--", "<\\u0021--")
    texts = site["config"]["texts"]["screen"]
    parts = {
        "title": html.escape(texts["title"]),
        "loading": html.escape(texts["loading"]),
        "app_css": APP_CSS.read_text(encoding="utf-8").replace(":host, ", ""),
        "page_css": PAGE_CSS,
        "site": payload,
        "packs": "\n".join(blocks),
        "bundle": _script_safe(BUNDLE.read_text(encoding="utf-8")),
    }
    # one pass over the template only: text inside the parts is never taken for a placeholder
    return re.sub(r"\{(title|loading|app_css|page_css|site|packs|bundle)\}", lambda m: parts[m.group(1)], PAGE)


def export_site(outdir: Path, variant: str = DEFAULT_VARIANT, progress: Callable[[str], None] | None = None,
                languages: tuple[str, ...] | None = None) -> Path:
    """Write OUTDIR/index.html, a standalone bodymap that opens from disk, showing `variant` first, in English and
    `languages` (default: every shipped translation, all in the one file)."""
    outdir = Path(outdir)
    say = progress or (lambda _m: None)
    page = build_page(variant, progress=say, languages=languages)
    say("writing the page")
    outdir.mkdir(parents=True, exist_ok=True)
    index = outdir / "index.html"
    tmp = index.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(index)
    say(f"{index}: {index.stat().st_size / 1e6:.1f} MB")
    return index
