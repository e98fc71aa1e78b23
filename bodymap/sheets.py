"""Atlas review sheets: one PNG per muscle (its trigger points and zones from front, back and side) and an
index page, so a clinician can check every placement by eye.

Colours (colour-blind safe, Okabe-Ito): essential zone solid vermillion, spillover zone stippled orange
(every other vertex in a fixed pattern, as Travell & Simons stipple it), trigger points as dark blue spheres.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bodymap.atlas import Atlas, load_atlas
from bodymap.body import Body
from bodymap.render import SKIN_RGB, Marker, render_views

ESSENTIAL_RGB = np.array([0.835, 0.369, 0.0])     # vermillion
SPILLOVER_RGB = np.array([0.902, 0.624, 0.0])     # orange
MARKER_COLOUR = "#0b2e6b"


def zone_colours(body: Body, essential: np.ndarray, spillover: np.ndarray) -> np.ndarray:
    """(n, 3) per-vertex colours: skin, stippled spillover, solid essential."""
    rgb = np.tile(np.asarray(SKIN_RGB), (body.n_vertices, 1))
    stipple = spillover[(spillover * 2654435761 % 7) < 4]  # a fixed, irregular ~57% dot pattern
    rgb[spillover] = 0.55 * rgb[spillover] + 0.45 * SPILLOVER_RGB
    rgb[stipple] = SPILLOVER_RGB
    rgb[essential] = ESSENTIAL_RGB
    return rgb


def render_muscle_sheet(atlas: Atlas, muscle_id: str, out: Path, side: str = "left") -> Path:
    """One review sheet for one muscle: every trigger point of that side with its zones."""
    muscle = atlas.muscles[muscle_id]
    sites = [s for s in atlas.sites if s.muscle.id == muscle_id and s.side in (side, "midline")]
    essential = np.unique(np.concatenate([s.essential for s in sites])) if sites else np.zeros(0, int)
    spill = np.unique(np.concatenate([s.spillover for s in sites])) if sites else np.zeros(0, int)
    spill = np.setdiff1d(spill, essential)
    markers = [Marker(atlas.body.vertices[s.vertex], MARKER_COLOUR, 1.0) for s in sites]
    shown = np.concatenate([essential, spill, [s.vertex for s in sites]]).astype(int)
    points = atlas.body.vertices[shown]
    focus = (points.min(axis=0) + points.max(axis=0)) / 2
    extent = max(float(np.ptp(points, axis=0).max()), 12.0)
    zoom = float(np.clip(np.ptp(atlas.body.vertices[:, 1]) / (3.0 * extent), 1.0, 4.0))
    normals = atlas.body.vertex_normals[shown].mean(axis=0)
    facing = "front" if normals[2] >= 0 else "back"
    views = ["front", "back", (facing, focus, zoom), ("left" if side == "left" else "right", focus, zoom)]
    title = f"{muscle.name}: " + ", ".join(s.trigger_point.name for s in sites)
    return render_views(atlas.body, out, views=views, vertex_rgb=zone_colours(atlas.body, essential, spill),
                        markers=markers, title=title, size=(460, 720))


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
        "<h1>bodymap atlas review sheets</h1><p>Essential zone solid vermillion; spillover zone stippled "
        f"orange; trigger points dark blue (left side shown).</p><p>{toc}</p>{''.join(rows)}</html>",
        encoding="utf-8")
    return index
