"""A standalone copy of bodymap: one self-contained index.html that works from file:// (no server, no network).

Everything the page needs travels inside the one file:
- the viewer bundle (bodymap/app/static/viewer.bundle.js, three.js included) and the host bundle
  (bodymap/app/static/standalone.bundle.js, built from bodymap/app/js/standalone.js), concatenated into one
  inline `<script type="module">` (module files cannot be loaded from file:// in Chromium, and two inline
  modules cannot import each other, so the viewer's `export {...}` statement is rewritten to hand its
  `render` function to the host through `globalThis.__bodymapViewer`);
- the data as one `<script type="application/json">` block: typed arrays as base64 (mesh, baked tables,
  paths, quiz distance fields), the annotation text as JSON.

What is computed here, in Python, so that the page answers exactly like the served app:
- the baked lookup tables and per-site referral paths (bodymap.bake), the fascial line polylines
  (bodymap.app.data.line_polylines);
- every guided tour step through bodymap.tours.step_view;
- the ranked candidate lists for every searchable region and condition (bodymap.referral, the same lookup
  the app runs for a search entry);
- per quiz question the geodesic distance field from the correct trigger point sites, stored as float32
  (the edge-graph distances bodymap.quiz.score_click uses; the graph is symmetric, so the distance from a
  site to a click is the distance from the click to the site), with the index of the nearest correct site
  per vertex and the referral path from each correct site to the question's pain spot.

Differences from the served app (documented in the page's "About this copy" note):
- a clicked pain spot animates the baked path from the trigger point to the centre of its essential zone,
  while the served app routes the path to the exact clicked vertex;
- a search result animates the same baked path (the app routes it into the searched area);
- there is no pain drawing (paint) mode and one body variant per file.
"""
from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from bodymap.render import facing_view

from bodymap.settings import DEFAULT_VARIANT

_APP = Path(__file__).parent / "app"
VIEWER_BUNDLE = _APP / "static" / "viewer.bundle.js"
HOST_BUNDLE = _APP / "static" / "standalone.bundle.js"
APP_CSS = _APP / "static" / "app.css"

QUIZ_SPOT_CM = 5.0          # radius of the tinted pain spot shown with a quiz question


def _b64(arr: np.ndarray, dtype) -> str:
    return base64.b64encode(np.ascontiguousarray(arr, dtype=dtype).tobytes()).decode("ascii")


def _viewer_module_source() -> str:
    """The viewer bundle with its final `export{... as render ...}` turned into a hand-over to the host."""
    text = VIEWER_BUNDLE.read_text(encoding="utf-8")
    found = list(re.finditer(r"export\s*\{([^{}]*)\}\s*;?", text))
    if not found:
        raise RuntimeError(f"{VIEWER_BUNDLE}: no export statement found; rebuild it with `npm run build`")
    last = found[-1]
    names = dict(reversed(part.split(" as ")) if " as " in part else (part, part)
                 for part in (p.strip() for p in last.group(1).split(",")) if part)
    if "render" not in names:
        raise RuntimeError(f"{VIEWER_BUNDLE}: the bundle does not export `render`; rebuild it with `npm run build`")
    hand_over = f"globalThis.__bodymapViewer={{render:{names['render']}}};"
    return text[:last.start()] + hand_over + text[last.end():]


def _script_safe(js: str) -> str:
    """Text that can sit inside an inline <script> element: no `</script` and no `<!--` sequences."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _search(atlas, engine) -> dict:
    """The app's search index and autocomplete options, with the lookup of every region and condition."""
    from bodymap.app.main import BodymapSession

    # the app's own index and option list (same names, same precedence), without building a session
    holder = SimpleNamespace(data=SimpleNamespace(atlas=atlas))
    index = BodymapSession._search_index(holder)
    options = BodymapSession._search_options(holder)

    def listing(vertices: list[int]) -> dict:
        result = engine.lookup(vertices, limit=8, with_paths=False)
        return {"region": result.region,
                "candidates": [{"site": c.site.index, "zone": c.zone, "why": c.explanation}
                               for c in result.candidates]}

    regions = {}
    for i, r in enumerate(atlas.regions):
        vertices = atlas.region_vertices(i).tolist()
        if vertices:
            regions[r.name] = dict(listing(vertices), highlight=[i])
    conditions = {}
    for c in atlas.conditions.values():
        region_ids = [i for i, r in enumerate(atlas.regions) if r.region.id in c.regions
                      and r.side in ("left", "midline")]
        vertices = [v for i in region_ids for v in atlas.region_vertices(i).tolist()]
        if vertices:
            conditions[c.id] = dict(listing(vertices), highlight=region_ids, name=c.name, summary=c.summary)
        else:
            muscles = set(c.muscles)
            conditions[c.id] = {"region": None, "highlight": [], "name": c.name, "summary": c.summary,
                                "sites": [s.index for s in atlas.sites if s.muscle.id in muscles
                                          and s.side in ("left", "midline")]}
    return {"index": {k: list(v) for k, v in index.items()}, "options": options, "regions": regions,
            "conditions": conditions}


def _texts(atlas) -> dict:
    from bodymap.app.panels import _citation

    muscles = {m.id: {"name": m.name, "plain_name": m.plain_name, "summary": m.summary, "lines": list(m.lines),
                      "sites": [s.index for s in atlas.sites if s.muscle.id == m.id
                                and s.side in ("left", "midline")]}
               for m in atlas.muscles.values()}
    tps = {}
    for muscle, tp in atlas.trigger_points.values():
        care = atlas.self_care_for(tp)
        tps[tp.id] = {
            "name": tp.name, "location": tp.location, "pain_pattern": tp.pain_pattern,
            "care": {"where": care.where, "how": care.how, "duration": care.duration, "tool": care.tool,
                     "when_to_stop": care.when_to_stop, "red_flags": list(care.red_flags),
                     "look_for_cause": list(care.look_for_cause)},
            "sources": "; ".join(_citation(atlas, s.ref, s.detail) for s in (tp.sources or muscle.sources)),
        }
    lines = {ln.id: {"name": ln.name, "colour": ln.colour, "evidence": ln.evidence.replace("_", " "),
                     "evidence_note": ln.evidence_note, "stations": list(ln.stations)}
             for ln in atlas.lines.values()}
    return {"muscles": muscles, "trigger_points": tps, "lines": lines,
            "safety": list(atlas.self_care.safety), "disclaimer": atlas.info.disclaimer,
            "title": atlas.info.title, "atlas_version": atlas.info.version}


def _tours(atlas) -> list[dict]:
    from bodymap.tours import step_view

    out = []
    for tour in atlas.tours.values():
        steps = []
        for step in tour.steps:
            sv = step_view(atlas, step)
            steps.append({"title": sv.title, "narration": sv.narration, "view": sv.view,
                          "pain": -1 if sv.pain is None else int(sv.pain),
                          "highlight": _b64(sv.highlight, "<u2"), "result_sites": [int(s) for s in sv.result_sites],
                          "selected": -1 if sv.selected is None else int(sv.selected),
                          "path": _b64(sv.path, "<f4"), "lines": list(sv.lines)})
        out.append({"id": tour.id, "title": tour.title, "summary": tour.summary, "steps": steps})
    return out


def _quizzes(atlas) -> list[dict]:
    from bodymap.quiz import answer_sites
    from bodymap.referral import referral_path

    body = atlas.body
    out = []
    for quiz in atlas.quizzes.values():
        questions = []
        for q in quiz.questions:
            sites = answer_sites(atlas, q)
            pain = int(q.pain.vertex)
            # the rule of bodymap.quiz.score_click: the nearest correct site by edge-graph geodesic distance
            # (the first one on a tie), distance in cm
            dist = atlas.geodesics.distances_within([s.vertex for s in sites], limit_cm=np.inf)
            nearest = np.argmin(dist, axis=0)
            best = dist[nearest, np.arange(body.n_vertices)]
            if not np.isfinite(best).all():
                raise RuntimeError(f"quiz {quiz.id}: some vertices cannot reach an answer site on the surface")
            spot = atlas.geodesics.disks([pain], [QUIZ_SPOT_CM])
            questions.append({
                "prompt": q.prompt, "pain": pain, "tolerance_cm": float(q.tolerance_cm),
                "view": facing_view(body.vertex_normals[pain]),
                "spot": _b64(spot, "<u2"),
                "sites": [s.index for s in sites],
                "distance": _b64(best, "<f4"), "nearest": _b64(nearest, "u1"),
                "paths": [_b64(referral_path(atlas, s, pain).points.ravel(), "<f4") for s in sites],
            })
        out.append({"id": quiz.id, "title": quiz.title, "questions": questions})
    return out


def site_data(variant: str = DEFAULT_VARIANT, progress: Callable[[str], None] | None = None) -> dict:
    """Everything the standalone page needs, as one JSON-able dict (typed arrays as base64)."""
    from bodymap.app.data import line_polylines, variant_data
    from bodymap.referral import engine_for

    say = progress or (lambda _m: None)
    say(f"loading the {variant} body, atlas and baked tables")
    data = variant_data(variant)
    atlas, t = data.atlas, data.tables
    engine = engine_for(atlas)
    if data.body.n_vertices > 65535:
        raise RuntimeError("the standalone copy stores vertex ids as uint16; this body has too many vertices")
    arrays = {
        "positions": _b64(data.positions, "<f4"),
        "indices": _b64(data.indices, "<u2"),
        "candidates": _b64(t.candidates.ravel(), "<i2"),
        "candidate_zone": _b64(t.candidate_zone.ravel(), "u1"),
        "zone_offsets": _b64(t.zone_offsets, "<i4"),
        "zone_vertices": _b64(t.zone_vertices, "<u2"),
        "site_vertex": _b64(t.site_vertex, "<i4"),
        "region_of_vertex": _b64(t.region_of_vertex, "<u2"),
        "path_offsets": _b64(t.path_offsets, "<i4"),
        "path_points": _b64(t.path_points.ravel(), "<f4"),
    }
    say("fascial lines")
    lines = [{"id": pl["id"], "key": pl["key"], "name": pl["name"], "colour": pl["colour"], "side": pl["side"],
              "points": _b64(np.asarray(pl["points"], np.float32), "<f4")} for pl in line_polylines(variant)]
    say("search index (lookup of every region and condition)")
    search = _search(atlas, engine)
    say(f"{len(atlas.tours)} guided tours")
    tours = _tours(atlas)
    say(f"{len(atlas.quizzes)} quiz(zes): geodesic distance fields")
    quizzes = _quizzes(atlas)
    return {
        "format": "bodymap-standalone", "version": 1, "body": variant,
        "atlas_hash": t.header["atlas_hash"], "top_k": int(t.header["top_k"]),
        "n_vertices": int(data.body.n_vertices),
        "arrays": arrays, "sites": t.sites, "region_names": t.header["region_names"],
        "polylines": lines, "search": search, "tours": tours, "quizzes": quizzes, **_texts(atlas),
    }


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
<div id="bm-root" class="bm-app" aria-busy="true"><p class="bm-loading">Loading the body&hellip;</p></div>
<noscript><p>bodymap needs JavaScript to show the 3D body.</p></noscript>
<script type="application/json" id="bm-data">{data}</script>
<script type="module">
{module}
</script>
</body>
</html>
"""

PAGE_CSS = """
html, body { margin: 0; height: 100%; }
body { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1a1a1a; background: #fff; font-size: 15px; }
.bm-app { display: flex; flex-direction: column; height: 100vh; }
.bm-loading { padding: 2em; }
.bm-header span { font-size: 1em; }
.bm-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; padding: 6px 12px;
  border-bottom: 1px solid #dde; background: #f4f6fa; }
.bm-toolbar .bm-group { display: flex; align-items: center; gap: 4px; }
.bm-toolbar label { font-size: 0.9em; }
button, select, input { font: inherit; }
button { padding: 4px 10px; border: 1px solid #8a9bb5; border-radius: 4px; background: #fff; color: #0b2e6b;
  cursor: pointer; }
button:hover { background: #eaf1fb; }
button[aria-pressed="true"] { background: #0b2e6b; color: #fff; border-color: #0b2e6b; }
button:disabled { opacity: 0.45; cursor: default; }
.bm-main { flex: 1; display: flex; min-height: 0; }
.bm-viewer { flex: 1; position: relative; min-width: 0; }
.bm-side { width: 440px; max-width: 46vw; display: flex; flex-direction: column; border-left: 1px solid #dde;
  min-height: 0; }
.bm-scroll { flex: 1; overflow-y: auto; padding: 6px 12px; min-height: 0; }
.bm-side .bm-safety { margin: 6px 12px 8px 12px; max-height: 30vh; overflow-y: auto; font-size: 0.82em; }
.bm-zone { white-space: nowrap; }
.bm-anim label { display: inline-flex; align-items: center; gap: 4px; }
.bm-safety ul { margin: 2px 0; }
.bm-safety p { margin: 4px 0 0 0; }
.bm-search { position: relative; margin: 4px 0 8px 0; }
.bm-search label { display: block; font-weight: bold; margin-bottom: 2px; }
.bm-search input { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #8a9bb5;
  border-radius: 4px; }
.bm-suggest { position: absolute; z-index: 10; left: 0; right: 0; margin: 0; padding: 0; list-style: none;
  background: #fff; border: 1px solid #8a9bb5; border-top: none; max-height: 260px; overflow-y: auto;
  box-shadow: 0 3px 8px rgba(0,0,0,0.18); }
.bm-suggest li { padding: 5px 8px; cursor: pointer; }
.bm-suggest li[aria-selected="true"], .bm-suggest li:hover { background: #dcebfa; }
.bm-suggest .bm-kind { float: right; color: #555; font-size: 0.8em; }
.bm-choose { margin: 4px 0; }
.bm-choose label { display: block; padding: 2px 0; }
.bm-anim { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; margin: 6px 0; font-size: 0.9em; }
details { border: 1px solid #ccd; border-radius: 6px; padding: 4px 8px; margin: 8px 0; background: #fbfcfe; }
summary { cursor: pointer; font-weight: bold; }
.bm-panel { border: 2px solid #0072b2; border-radius: 6px; padding: 8px 10px; margin: 6px 0; background: #f4f9fd; }
.bm-panel h3 { margin: 0 0 4px 0; font-size: 1.1em; }
.bm-progress { font-size: 0.9em; color: #0b2e6b; font-weight: bold; }
.bm-narration { margin: 6px 0; line-height: 1.4; }
.bm-row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; margin-top: 6px; }
.bm-feedback { margin: 6px 0; font-weight: bold; }
.bm-feedback.bm-right { color: #006b4f; }
.bm-feedback.bm-wrong { color: #8a3000; }
.bm-note { font-size: 0.8em; color: #444; }
.bm-lines label { display: block; }
.bm-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; margin-right: 4px;
  vertical-align: -1px; }
@media (max-width: 800px) {
  .bm-main { flex-direction: column; }
  .bm-viewer { min-height: 60vh; }
  .bm-side { width: auto; max-width: none; border-left: none; border-top: 1px solid #dde; }
}
"""


def build_page(data: dict) -> str:
    """The whole standalone page as text."""
    for bundle in (VIEWER_BUNDLE, HOST_BUNDLE):
        if not bundle.is_file():
            raise FileNotFoundError(f"{bundle} is missing; build it with `npm ci && npm run build`")
    module = _viewer_module_source() + "\n" + HOST_BUNDLE.read_text(encoding="utf-8")
    payload = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    payload = payload.replace("</", "<\\/").replace("<!--", "<\\u0021--")
    parts = {
        "title": html.escape(f"bodymap: {data.get('title') or 'trigger point body map'}"),
        "app_css": APP_CSS.read_text(encoding="utf-8").replace(":host, ", ""),
        "page_css": PAGE_CSS,
        "module": _script_safe(module),
        "data": payload,
    }
    # one pass over the template only: text inside the parts is never taken for a placeholder
    return re.sub(r"\{(title|app_css|page_css|module|data)\}", lambda m: parts[m.group(1)], PAGE)


def export_site(outdir: Path, variant: str = DEFAULT_VARIANT, progress: Callable[[str], None] | None = None) -> Path:
    """Write OUTDIR/index.html, a standalone bodymap that opens from disk; returns its path."""
    outdir = Path(outdir)
    say = progress or (lambda _m: None)
    data = site_data(variant, progress=say)
    say("writing the page")
    page = build_page(data)
    outdir.mkdir(parents=True, exist_ok=True)
    index = outdir / "index.html"
    tmp = index.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(index)
    say(f"{index}: {index.stat().st_size / 1e6:.1f} MB")
    return index
