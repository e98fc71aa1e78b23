"""Offscreen pictures of the body with PyVista: CLI renders, atlas review sheets, handout images.

Headless machines have no display; VTK then needs OSMesa (Debian `libosmesa6`). We ask for VTK's OSMesa
window unless the caller chose another, so `bodymap render` works over SSH and in CI.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bodymap.core.body import Body
from bodymap.core.landmarks import polyline_point
from bodymap.core.views import SHEET_VIEWS, VIEWS

#: every camera a picture can use: the named views and the sheets' own (from below)
CAMERAS = {**VIEWS, **SHEET_VIEWS}
from bodymap.palette import rgb

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkOSOpenGLRenderWindow")

# VTK is not thread-safe: the app draws pictures for browsers without WebGL in a worker thread and
# handouts in the server's thread, so one picture is drawn at a time.
_RENDER_LOCK = threading.Lock()

SKIN_RGB = tuple(rgb("skin"))
BACKGROUND = "white"

@dataclass(frozen=True)
class Marker:
    """A sphere drawn at a point (e.g. a trigger point), with an optional label."""

    position: np.ndarray
    color: str = "#d62728"
    radius_cm: float = 1.2
    label: str | None = None


#: palpable bony landmarks on sheets: dark grey, apart from the zone colours, the skin and the blue markers
LANDMARK_COLOUR = "#3c3c3c"


@dataclass(frozen=True)
class LandmarkMark:
    """A bony landmark drawn on the skin: a small flat dot for a point, a thin line for a line, and a label
    in small dark grey text (labels only in close-ups, where there is room for them)."""

    points: np.ndarray            # (k, 3) skin points: 1 for a point, 2+ along a line
    label: str
    normals: np.ndarray | None = None   # (k, 3) outward skin normals (lift the mark off the skin)


@dataclass(frozen=True)
class Camera:
    """A perspective camera as VTK uses it: eye, look-at point, up vector, vertical field of view."""

    eye: np.ndarray
    target: np.ndarray
    up: np.ndarray
    view_angle_deg: float = 20.0


def view_camera(body: Body, view: str, focus: np.ndarray | None = None, zoom: float = 1.0) -> Camera:
    """The camera of a named view: on the view's side of the body, far enough to show all of it (or closer
    by `zoom`), looking at `focus` or the centre of the body."""
    if view not in CAMERAS:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(CAMERAS)}")
    centre = (body.vertices.min(axis=0) + body.vertices.max(axis=0)) / 2 if focus is None else focus
    centre = np.asarray(centre, dtype=float)
    direction, up = CAMERAS[view]
    distance = 3.7 * float(np.ptp(body.vertices[:, 1])) / zoom
    return Camera(eye=centre + distance * np.asarray(direction, dtype=float), target=centre,
                  up=np.asarray(up, dtype=float))


def closeup_of(body: Body, vertices: np.ndarray, fill: float = 3.0) -> tuple[np.ndarray, float, str]:
    """(focus, zoom, facing view) of a close-up that shows these vertices: the centre of their bounds, close
    enough that they fill about 1/fill of the picture's height (at least 12 cm shown), from the front or the
    back, whichever their skin faces."""
    points = body.vertices[np.asarray(vertices, dtype=int)]
    focus = (points.min(axis=0) + points.max(axis=0)) / 2
    extent = max(float(np.ptp(points, axis=0).max()), 12.0)
    zoom = float(np.clip(np.ptp(body.vertices[:, 1]) / (fill * extent), 1.0, 4.0))
    facing = "front" if body.vertex_normals[np.asarray(vertices, dtype=int)].mean(axis=0)[2] >= 0 else "back"
    return focus, zoom, facing


def _polydata(body: Body, hide_side: int | None = None):
    import pyvista as pv

    quads = body.quads
    if hide_side is not None:
        quads = quads[~(body.side[quads] == hide_side).any(axis=1)]
    faces = np.hstack([np.full((len(quads), 1), 4), quads]).ravel()
    return pv.PolyData(np.asarray(body.vertices, dtype=np.float32), faces)


def render_views(
    body: Body,
    out: Path | str,
    views: Sequence[str | tuple] = ("front",),
    vertex_rgb: np.ndarray | None = None,
    markers: Sequence[Marker] = (),
    focus: np.ndarray | None = None,
    zoom: float = 1.0,
    title: str | None = None,
    size: tuple[int, int] = (600, 900),
    paths: Sequence[tuple[np.ndarray, str]] = (),
    background: str = BACKGROUND,
    landmarks: Sequence[LandmarkMark] = (),
) -> Path:
    """Render one or more views side by side into a PNG.

    views : view names, or (view, focus, zoom[, hide_side]) tuples for close-ups; hide_side (+1 left,
        -1 right) removes that half of the body, to look at the inside of the other leg or arm
    vertex_rgb : (n, 3) float in 0..1, per-vertex colours; None paints plain skin
    focus : (3,) float, point to centre the camera on; None centres on the whole body
    zoom : >1 moves the camera closer (used for close-ups of one muscle)
    paths : (points (k, 3), colour[, radius_cm]) polylines on the skin, drawn as thin tubes (referral paths,
        muscle fibres)
    background : colour behind the body
    landmarks : bony landmarks drawn as small dark grey marks (labelled in close-ups)
    """
    with _RENDER_LOCK:
        return _render_views(body, out, views, vertex_rgb, markers, focus, zoom, title, size, paths, background,
                             landmarks)


def _add_landmarks(plotter, landmarks: Sequence[LandmarkMark], view: str, labelled: bool) -> None:
    """Landmark marks into the current subplot: dots and thin lines just off the skin, and small labels.
    Only marks whose skin faces the camera are drawn, so none show through the body or from inside it."""
    import pyvista as pv

    toward = np.asarray(CAMERAS[view][0], dtype=float)
    shown = [m for m in landmarks if m.normals is None or float((np.asarray(m.normals) @ toward).max()) > 0.0]
    for mark in shown:
        lift = 0.25 * (mark.normals if mark.normals is not None else 0.0)
        pts = np.asarray(mark.points, dtype=float) + lift
        if len(pts) >= 2:
            plotter.add_mesh(pv.lines_from_points(pts).tube(radius=0.22), color=LANDMARK_COLOUR,
                             smooth_shading=True)
            for p in (pts[0], pts[-1]):
                plotter.add_mesh(pv.Sphere(radius=0.35, center=p), color=LANDMARK_COLOUR)
        else:
            plotter.add_mesh(pv.Sphere(radius=0.55, center=pts[0]), color=LANDMARK_COLOUR, smooth_shading=True)
    if labelled and shown:
        up = np.asarray(CAMERAS[view][1], dtype=float)
        right = np.cross(-toward, up)          # screen right: labels start beside their dot, not on it
        anchors = [polyline_point(m.points, 0.5) + 1.5 * toward + 0.8 * right for m in shown]
        plotter.add_point_labels(np.array(anchors), [m.label for m in shown], font_size=11,
                                 text_color=LANDMARK_COLOUR, shape=None, show_points=False,
                                 always_visible=False, bold=False)


def _render_views(body, out, views, vertex_rgb, markers, focus, zoom, title, size, paths, background,
                  landmarks=()) -> Path:
    import pyvista as pv

    specs = [(v, focus, zoom, None) if isinstance(v, str) else (tuple(v) + (None,))[:4] for v in views]
    unknown = [s[0] for s in specs if s[0] not in CAMERAS]
    if unknown:
        raise ValueError(f"unknown view {unknown[0]!r}; choose from {', '.join(CAMERAS)}")
    meshes = {}
    for hide in {spec[3] for spec in specs}:
        meshes[hide] = _polydata(body, hide)
        if vertex_rgb is not None:
            meshes[hide].point_data["rgb"] = (np.clip(vertex_rgb, 0, 1) * 255).astype(np.uint8)
    plotter = pv.Plotter(off_screen=True, shape=(1, len(views)), window_size=(size[0] * len(views), size[1]),
                         border=False)
    plotter.set_background(background)
    for col, (view, view_focus, view_zoom, hide) in enumerate(specs):
        mesh = meshes[hide]
        camera = view_camera(body, view, view_focus, view_zoom)
        plotter.subplot(0, col)
        if vertex_rgb is not None:
            plotter.add_mesh(mesh.copy(), scalars="rgb", rgb=True, smooth_shading=True)
        else:
            plotter.add_mesh(mesh.copy(), color=SKIN_RGB, smooth_shading=True)
        for marker in markers:
            plotter.add_mesh(pv.Sphere(radius=marker.radius_cm, center=marker.position), color=marker.color,
                             smooth_shading=True)
        _add_landmarks(plotter, landmarks, view, labelled=view_zoom != 1.0)
        for points, colour, *radius in paths:
            if len(points) >= 2:
                tube = pv.lines_from_points(np.asarray(points, dtype=float)).tube(radius=radius[0] if radius else 0.35)
                plotter.add_mesh(tube, color=colour, smooth_shading=True)
        labelled = [m for m in markers if m.label]
        if labelled:
            toward_camera = np.asarray(CAMERAS[view][0], dtype=float) * 2.0
            plotter.add_point_labels(np.array([m.position + toward_camera for m in labelled]),
                                     [m.label for m in labelled], font_size=22, text_color="white",
                                     point_color=labelled[0].color, point_size=1, shape="rounded_rect",
                                     shape_color="#0b2e6b", shape_opacity=0.9, always_visible=False,
                                     show_points=False)
        plotter.camera_position = [tuple(camera.eye), tuple(camera.target), tuple(camera.up)]
        plotter.camera.view_angle = camera.view_angle_deg
        plotter.add_text(_view_label(view, view_zoom != 1.0, hide is not None), position="lower_left", font_size=10,
                         color="#333333")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    plotter.screenshot(str(out))
    plotter.close()
    if title:
        _add_title_band(out, title)
    return out


def _view_label(view: str, closeup: bool, other_side_hidden: bool) -> str:
    """The words under a picture ("back (close-up)"), in the current language (texts.PICTURES)."""
    from bodymap import texts

    t = texts.block("pictures")
    name = t["views"].get(view) or t["sheet_views"][view]
    label = texts.fill(t["closeup"], view=name) if closeup else name
    return label + (t["other_side_hidden"] if other_side_hidden else "")


#: where Debian (fonts-dejavu-core) and other systems keep DejaVu Sans
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


def font_file(bold: bool = False) -> Path | None:
    """DejaVu Sans (bold), or None when it is not installed."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return next((d / name for d in FONT_DIRS if (d / name).is_file()), None)


def _add_title_band(png: Path, title: str) -> None:
    """Put `title` in a white band above the picture. Why not VTK's corner text: it shrinks a long title to
    the width of the first view, which made atlas sheet titles about 6 px high."""
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.open(png).convert("RGB")
    room = picture.width - 24
    path = font_file(bold=True)
    for size in (24, 20, 17, 14):  # a smaller size for a long title in a narrow picture, down to 14 px
        font = ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size=size)
        if font.getlength(title) <= room:
            break
    lines = [""]
    for word in title.split():  # still too long at 14 px: wrap at spaces
        candidate = f"{lines[-1]} {word}".strip()
        if lines[-1] and font.getlength(candidate) > room:
            lines.append(word)
        else:
            lines[-1] = candidate
    step = size + 6
    height = max(44, step * len(lines) + 12)
    banded = Image.new("RGB", (picture.width, picture.height + height), "white")
    banded.paste(picture, (0, height))
    draw = ImageDraw.Draw(banded)
    top = (height - step * len(lines)) // 2 + step // 2
    for i, line in enumerate(lines):
        draw.text((12, top + i * step), line, fill="#111111", font=font, anchor="lm")
    banded.save(png)
