"""Atlas review sheets: one PNG per muscle (its trigger points and zones from front, back and side) and an
index page, so a clinician can check every placement by eye.

Colours (colour-blind safe, Okabe-Ito): essential zone solid vermillion, spillover zone stippled orange
(every other vertex in a fixed pattern, as Travell & Simons stipple it), trigger points as dark blue spheres.
The palpable bony landmarks near the trigger point (bony_landmarks.yaml) are small dark grey dots and lines,
labelled in the close-ups, so a reviewer can check the marker against the bones a textbook names.
A row whose muscle or zones lie on a sole or the perineum (skin that faces the ground, seen only edge-on from
the front, back and sides) gets a sixth picture, a close-up from below.
"""
from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bodymap.core.atlas import Atlas, load_atlas
from bodymap.core.body import Body
from bodymap.draw.muscles import fibre_paths, tint_muscles
from bodymap.draw.render import SKIN_RGB, LandmarkMark, Marker, closeup_of, render_views
from bodymap.palette import PALETTE, rgb

ESSENTIAL_RGB = rgb("essential")
SPILLOVER_RGB = rgb("spillover")
PAIN_RGB = rgb("pain")
MARKER_COLOUR = PALETTE["marker_dark"]
LANDMARK_REACH_CM = 15.0   # a sheet shows the bony landmarks this near its trigger point
UNDERSIDE_FACING = 0.5     # skin whose normal points down more than this (cos) faces the ground
PERINEUM_HALF_WIDTH_CM = 6.0
UNDERSIDE_MIN_VERTICES = 5  # a row gets the view from below when this much of what it shows is sole or perineum


def zone_colours(body: Body, essential: np.ndarray, spillover: np.ndarray) -> np.ndarray:
    """(n, 3) per-vertex colours: skin, stippled spillover, solid essential."""
    rgb = np.tile(np.asarray(SKIN_RGB), (body.n_vertices, 1))
    stipple = spillover[(spillover * 2654435761 % 7) < 4]  # a fixed, irregular ~57% dot pattern
    rgb[spillover] = 0.55 * rgb[spillover] + 0.45 * SPILLOVER_RGB
    rgb[stipple] = SPILLOVER_RGB
    rgb[essential] = ESSENTIAL_RGB
    return rgb


def underside(body: Body) -> np.ndarray:
    """(n,) bool: skin that faces the ground and no named view shows, the soles (below the ankles) and the
    perineum (between the thighs, near the midline, below the pelvis)."""
    v, down = body.vertices, body.vertex_normals[:, 1] < -UNDERSIDE_FACING
    joints = body.joints
    sole = v[:, 1] < min(joints["l_ankle"][1], joints["r_ankle"][1])
    perineum = (np.abs(v[:, 0]) < PERINEUM_HALF_WIDTH_CM) & (v[:, 1] < joints["pelvis"][1]) & (
        v[:, 1] > joints["l_knee"][1])
    return down & (sole | perineum)


def _row_views(body, side: str, shown: np.ndarray, fill: float = 3.0) -> list:
    """A sheet row's views: full front and back, and close-ups of `shown` facing, lateral and medial (the
    medial one with the other half of the body hidden); and from below when part of `shown` lies on a sole or
    the perineum (UNDERSIDE_MIN_VERTICES of them), which the other views see only edge-on."""
    focus, zoom, facing = closeup_of(body, shown, fill)
    outer, inner = ("left", "right") if side != "right" else ("right", "left")
    other = -1 if side != "right" else 1
    views = ["front", "back", (facing, focus, zoom), (outer, focus, zoom), (inner, focus, zoom, other)]
    shown = np.asarray(shown, dtype=int)
    under = shown[underside(body)[shown]]
    if len(under) >= UNDERSIDE_MIN_VERTICES:
        below_focus, below_zoom, _ = closeup_of(body, under, fill)
        views.append(("below", below_focus, below_zoom))
    return views
def landmark_marks(atlas: Atlas, side: str, near: np.ndarray, reach_cm: float) -> list[LandmarkMark]:
    """The landmarks of one side (and the midline) with an anchor within `reach_cm` of `near`, as marks."""
    body = atlas.body
    marks = []
    for lm in atlas.landmarks:
        if lm.side not in (side, "midline"):
            continue
        points = body.vertices[lm.vertices]
        if float(np.linalg.norm(points - near, axis=1).min()) <= reach_cm:
            marks.append(LandmarkMark(points, lm.label, body.vertex_normals[lm.vertices]))
    return marks


def _sheet_row(atlas: Atlas, site, out: Path) -> Path:
    """One trigger point: its zones and its muscle (when the muscle layer draws it), whole and close up."""
    body = atlas.body
    shown = np.concatenate([site.essential, site.spillover, [site.vertex]]).astype(int)
    title = f"{site.muscle.name} {site.trigger_point.name} ({site.trigger_point.id})"
    marker = [Marker(body.vertices[site.vertex], MARKER_COLOUR, 1.0)]
    colours = zone_colours(body, site.essential, site.spillover)
    muscle = atlas.muscle_site(site.muscle.id, "left" if site.side == "midline" else site.side)
    if muscle is not None:
        colours = tint_muscles(body, colours, [muscle])
    near = landmark_marks(atlas, "left" if site.side == "midline" else site.side, body.vertices[site.vertex],
                          reach_cm=LANDMARK_REACH_CM)
    return render_views(body, out, views=_row_views(body, site.side, shown), vertex_rgb=colours, markers=marker,
                        title=title, size=(400, 620), paths=fibre_paths(body, muscle) if muscle else (),
                        landmarks=near)


def _muscle_row(atlas: Atlas, muscle_site, tp_sites, out: Path) -> Path:
    """The muscle layer: the footprint with its outline and fibres, and all the muscle's trigger points."""
    body = atlas.body
    views = _row_views(body, muscle_site.side, muscle_site.footprint, fill=2.6)
    a = muscle_site.anatomy
    layer = "superficial" if a.layer == "superficial" else f"deep, under {', '.join(a.under)}"
    title = f"{muscle_site.muscle.name}: muscle layer ({layer}); {a.action}"
    colours = tint_muscles(body, np.tile(np.asarray(SKIN_RGB), (body.n_vertices, 1)), [muscle_site])
    markers = [Marker(body.vertices[t.vertex], MARKER_COLOUR, 0.9) for t in tp_sites]
    return render_views(body, out, views=views, vertex_rgb=colours, markers=markers, title=title,
                        size=(400, 620), paths=fibre_paths(body, muscle_site))


def render_muscle_sheet(atlas: Atlas, muscle_id: str, out: Path, side: str = "left") -> Path:
    """One review sheet for one muscle: its muscle layer (when drawn), then a row per trigger point, each with
    its own zones."""
    from PIL import Image

    sites = [s for s in atlas.sites if s.muscle.id == muscle_id and s.side in (side, "midline")]
    layer = atlas.muscle_site(muscle_id, side)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if layer is not None:
            rows.append(Image.open(_muscle_row(atlas, layer, sites, Path(tmp) / "layer.png")).convert("RGB"))
        for i, site in enumerate(sites):
            rows.append(Image.open(_sheet_row(atlas, site, Path(tmp) / f"row{i}.png")).convert("RGB"))
        width = max(r.width for r in rows)
        sheet = Image.new("RGB", (width, sum(r.height for r in rows)), "white")
        y = 0
        for r in rows:
            sheet.paste(r, (0, y))
            y += r.height
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        sheet.save(out)
    return out


def render_atlas_sheets(outdir: Path, body: Body | None = None, atlas: Atlas | None = None,
                        progress: Callable[[str], None] = lambda m: None,
                        only: list[str] | None = None) -> Path:
    """Write one sheet per muscle and index.html into outdir; returns the index path."""
    atlas = atlas or load_atlas(body=body)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    ids = [m for m in atlas.muscles if only is None or m in only]
    rows = []
    for i, muscle_id in enumerate(ids, 1):
        muscle = atlas.muscles[muscle_id]
        path = render_muscle_sheet(atlas, muscle_id, outdir / f"{muscle_id}.png")
        progress(f"[{i}/{len(ids)}] {path.name}")
        tps = "".join(
            f"<li><b>{html.escape(tp.name)}</b>: {html.escape(tp.location)} <i>Refers to:</i> "
            f"{html.escape(tp.pain_pattern)}</li>" for tp in muscle.trigger_points)
        cites = "; ".join(html.escape(f"{s.ref} {s.detail or ''}".strip()) for s in muscle.sources)
        rows.append(f'<section id="{muscle_id}"><h2>{html.escape(muscle.name)}</h2>'
                    f'<img src="{muscle_id}.png" alt="{html.escape(muscle.name)} review sheet" width="100%">'
                    f"<ul>{tps}</ul><p>Sources: {cites}</p></section>")
    index = outdir / "index.html"
    toc = " · ".join(f'<a href="#{m}">{html.escape(atlas.muscles[m].name)}</a>' for m in ids)
    index.write_text(
        "<!doctype html><html lang=en><meta charset=utf-8><title>bodymap atlas review sheets</title>"
        "<style>body{font-family:sans-serif;max-width:1600px;margin:auto}section{margin:2em 0}</style>"
        "<h1>bodymap atlas review sheets</h1><p>Top row: the muscle layer (violet tint, dark violet outline "
        "and fibres; hatched and dashed when the muscle lies deep). Essential zone solid vermillion; spillover "
        "zone stippled orange; trigger points dark blue; bony landmarks near the point small dark grey dots and "
        "lines (left side shown). Rows on a sole or the perineum add a close-up from below (front of the body "
        f"up).</p><p>{toc}</p>{''.join(rows)}</html>",
        encoding="utf-8")
    return index


def render_landmark_layer(atlas: Atlas, out: Path, views, side: str = "left",
                          size: tuple[int, int] = (500, 700)) -> Path:
    """A picture of the bony landmark layer alone (every landmark of one side and the midline), drawn as on
    the review sheets; `views` as for render_views, e.g. [("back", focus, 3.0)]."""
    body = atlas.body
    marks = [LandmarkMark(body.vertices[lm.vertices], lm.label, body.vertex_normals[lm.vertices])
             for lm in atlas.landmarks if lm.side in (side, "midline")]
    return render_views(body, out, views=views, landmarks=marks, size=size)
