"""The muscle layer on server-drawn pictures (review sheets, pictures for browsers without WebGL, handouts):
a violet tint over the footprint (neighbouring superficial muscles in alternating violets, MuscleSite.tint, as
the 3D viewer draws them), a dark violet outline and fibre lines; a deep muscle gets a lighter tint,
a broken outline and dashed fibres, as atlases draw what lies under another muscle. (Stripes drawn with
vertex colours would be noise on this mesh; the 3D viewer hatches deep muscles in its pixel shader.)

Vertex colours cannot draw an edge between vertices, so the outline is the band of vertices whose margin
(cm inside the footprint) is small; the fibres are tubes through the fibre vertices, lifted off the skin.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bodymap.core.atlas import MuscleSite
from bodymap.core.body import Body
from bodymap.palette import MUSCLE_TINTS, PALETTE, rgb

TINT_RGB = [rgb(name) for name in MUSCLE_TINTS]
MUSCLE_DARK_RGB = rgb("muscle_dark")
TINT = {"superficial": 0.5, "deep": 0.32}
OUTLINE_CM = 1.0          # vertices this close inside the edge draw the outline
FIBRE_LIFT_CM = 0.25
FIBRE_RADIUS_CM = 0.12


def tint_muscles(body: Body, colours: np.ndarray, sites: Sequence[MuscleSite]) -> np.ndarray:
    """Colours (n, 3) with the muscles of `sites` drawn over them (a copy)."""
    out = np.array(colours, dtype=float, copy=True)
    for site in sites:
        inside = site.near[site.margin >= 0]
        edge = site.near[(site.margin >= 0) & (site.margin < OUTLINE_CM)]
        t = TINT[site.anatomy.layer]
        out[inside] = (1 - t) * out[inside] + t * TINT_RGB[site.tint]
        if site.deep:
            edge = edge[(edge * 2654435761 % 3) < 2]  # a broken (dashed) outline
        out[edge] = 0.25 * out[edge] + 0.75 * MUSCLE_DARK_RGB
    return out


def fibre_paths(body: Body, site: MuscleSite) -> list[tuple[np.ndarray, str, float]]:
    """The fibres of a muscle as (points (k, 3), colour, radius) polylines just off the skin; dashed when deep."""
    colour = PALETTE["muscle_dark"]
    out = []
    for fibre in site.fibres:
        points = _above_skin(body, _resample(_smooth(body.vertices[fibre]), 0.5))
        if site.deep:
            dash = int(round(1.5 / 0.5))
            out.extend((points[i:i + dash], colour) for i in range(0, len(points) - 1, 2 * dash))
        else:
            out.append((points, colour))
    return [(p, c, FIBRE_RADIUS_CM) for p, c in out if len(p) >= 2]


def _above_skin(body: Body, points: np.ndarray) -> np.ndarray:
    """Points lifted to FIBRE_LIFT_CM over the skin: a straight step between vertices 2-3 cm apart cuts under
    a curved surface (the buttock, the shoulder), where the picture would hide that stretch of the fibre."""
    _, k = body.vertex_tree.query(points)
    n = body.vertex_normals[k]
    height = np.einsum("ij,ij->i", points - body.vertices[k], n)
    return points + np.maximum(FIBRE_LIFT_CM - height, 0.0)[:, None] * n


def _smooth(points: np.ndarray, passes: int = 3) -> np.ndarray:
    """A fibre through vertex positions, evened out (its ends kept): the vertices zig-zag, a fibre does not."""
    p = np.array(points, dtype=float, copy=True)
    for _ in range(passes):
        if len(p) > 2:
            p[1:-1] = 0.25 * p[:-2] + 0.5 * p[1:-1] + 0.25 * p[2:]
    return p


def _resample(points: np.ndarray, step_cm: float) -> np.ndarray:
    """A polyline with points every step_cm along it (so dashes have even lengths)."""
    if len(points) < 2:
        return points
    run = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(points, axis=0), axis=1))])
    if run[-1] <= 0:
        return points[:1]
    at = np.linspace(0, run[-1], max(2, int(run[-1] / step_cm) + 1))
    return np.stack([np.interp(at, run, points[:, k]) for k in range(3)], axis=1)
