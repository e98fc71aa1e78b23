"""Server-drawn pictures of the body, for browsers that cannot draw it themselves (no WebGL).

Chrome on Linux and macOS no longer draws WebGL on the CPU by itself, so a computer without a usable
graphics chip gets no 3D body. There the viewer shows a picture drawn here (offscreen, OSMesa) of the
current view with the pain spot, the selected trigger point's zones and muscle and the markers, and a click
on the picture is turned back into a vertex by casting the same camera's ray at the mesh.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bodymap.core.atlas import Atlas
from bodymap.core.body import Body
from bodymap.draw.muscles import fibre_paths, tint_muscles
from bodymap.draw.render import Camera, Marker, render_views, view_camera
from bodymap.draw.sheets import PAIN_RGB, zone_colours
from bodymap.palette import PALETTE, rgb
from bodymap.settings import PAIN_SPOT_CM

PICTURE_SIZE = (600, 900)                       # width, height in pixels
CLOSEUP_MAX_ZOOM = 3.5


@dataclass(frozen=True)
class PictureState:
    """What a picture shows: the view, the pain spot, the trigger points listed and the selected one."""

    view: str = "front"
    pain: int | None = None
    result_sites: tuple[int, ...] = ()
    selected: int | None = None
    highlight: tuple[int, ...] = ()
    path: np.ndarray | None = field(default=None, compare=False)  # (k, 3) referral path, trigger point -> pain
    focus: tuple[float, float, float] | None = None  # a close-up looks at this point ...
    zoom: float = 1.0                                # ... from this many times closer

    def camera(self, body: Body) -> Camera:
        """The camera this picture is drawn with (and its clicks are cast from)."""
        return view_camera(body, self.view, None if self.focus is None else np.asarray(self.focus), self.zoom)


def _screen(camera: Camera, size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """The camera's forward, right and up unit vectors, and pixels per unit of tangent (VTK's angle is
    vertical)."""
    forward = camera.target - camera.eye
    forward = forward / np.linalg.norm(forward)
    right = np.cross(forward, camera.up)
    right = right / np.linalg.norm(right)
    scale = (size[1] / 2) / np.tan(np.radians(camera.view_angle_deg) / 2)
    return forward, right, np.cross(right, forward), scale


def project(camera: Camera, points: np.ndarray, size: tuple[int, int] = PICTURE_SIZE) -> np.ndarray:
    """(k, 2) pixel positions (x right, y down, from the top-left corner) of 3D points in a picture."""
    forward, right, up, scale = _screen(camera, size)
    rel = np.atleast_2d(points) - camera.eye
    depth = rel @ forward
    x = size[0] / 2 + scale * (rel @ right) / depth
    y = size[1] / 2 - scale * (rel @ up) / depth
    return np.column_stack([x, y])


def pixel_ray(camera: Camera, u: float, v: float, size: tuple[int, int] = PICTURE_SIZE) -> np.ndarray:
    """Unit direction of the ray through a point of the picture given as fractions (0..1) of its width and
    height from the top-left corner."""
    forward, right, up, scale = _screen(camera, size)
    d = forward + (u * size[0] - size[0] / 2) / scale * right - (v * size[1] - size[1] / 2) / scale * up
    return d / np.linalg.norm(d)


def pick_vertex(body: Body, camera: Camera | str, u: float, v: float,
                size: tuple[int, int] = PICTURE_SIZE) -> int | None:
    """The vertex under a click on a picture drawn with `camera` (or the whole-body camera of a named view):
    the nearest corner of the face the ray hits first, or None when the click missed the body."""
    if isinstance(camera, str):
        camera = view_camera(body, camera)
    direction = pixel_ray(camera, u, v, size)
    points, _, faces = body.trimesh.ray.intersects_location(camera.eye[None, :], direction[None, :],
                                                             multiple_hits=False)
    if len(faces) == 0:
        return None
    corners = body.triangles[int(faces[0])]
    return int(corners[np.argmin(np.linalg.norm(body.vertices[corners] - points[0], axis=1))])


def closeup(atlas: Atlas, pain: int | None, selected: int | None) -> tuple[tuple[float, float, float], float] | None:
    """Where a close-up looks and how much closer: between the pain spot and the selected trigger point,
    near enough that both stay in the picture (or at whichever of the two there is); None for neither."""
    points = [atlas.body.vertices[pain]] if pain is not None else []
    if selected is not None:
        points.append(atlas.body.vertices[atlas.sites[selected].vertex])
    if not points:
        return None
    points = np.asarray(points)
    spread = float(np.linalg.norm(points.max(axis=0) - points.min(axis=0)))
    whole = float(np.ptp(atlas.body.vertices[:, 1]))  # the whole-body picture shows a bit more than this
    zoom = float(np.clip(whole / (1.5 * spread + 25.0), 1.0, CLOSEUP_MAX_ZOOM))
    return tuple(float(x) for x in points.mean(axis=0)), zoom


def picture_colours(atlas: Atlas, state: PictureState) -> np.ndarray:
    """(n, 3) vertex colours: skin, the selected site's zones, a searched region, the pain spot."""
    body = atlas.body
    site = atlas.sites[state.selected] if state.selected is not None else None
    empty = np.zeros(0, dtype=int)
    colours = zone_colours(body, site.essential if site else empty, site.spillover if site else empty)
    if state.highlight:
        shown = list(state.highlight)
        colours[shown] = 0.45 * colours[shown] + 0.55 * rgb("highlight")
    muscle = _selected_muscle(atlas, state)
    if muscle is not None:
        colours = tint_muscles(body, colours, [muscle])
    if state.pain is not None:
        near = np.linalg.norm(body.vertices - body.vertices[state.pain], axis=1) <= PAIN_SPOT_CM
        colours[near] = PAIN_RGB
    return colours


def _selected_muscle(atlas: Atlas, state: PictureState):
    """The muscle of the selected trigger point, as the 3D viewer draws it (or None)."""
    if state.selected is None:
        return None
    site = atlas.sites[state.selected]
    return atlas.muscle_site(site.muscle.id, "left" if site.side == "midline" else site.side)


def render_picture(atlas: Atlas, state: PictureState, size: tuple[int, int] = PICTURE_SIZE) -> bytes:
    """PNG bytes of the body in `state.view` with what `state` shows (the referral path as a still line: a
    picture cannot pulse)."""
    markers = [Marker(atlas.body.vertices[atlas.sites[s].vertex],
                      PALETTE["selected_glow"] if s == state.selected else PALETTE["marker"],
                      1.6 if s == state.selected else 1.2)
               for s in state.result_sites]
    paths = [(state.path, PALETTE["path"])] if state.path is not None and len(state.path) >= 2 else []
    muscle = _selected_muscle(atlas, state)
    if muscle is not None:
        paths = fibre_paths(atlas.body, muscle) + paths
    with tempfile.TemporaryDirectory() as tmp:
        view = state.view if state.focus is None else (state.view, np.asarray(state.focus), state.zoom)
        out = render_views(atlas.body, Path(tmp) / "picture.png", views=[view],
                           vertex_rgb=picture_colours(atlas, state), markers=markers, size=size, paths=paths,
                           background=PALETTE["background"])
        return out.read_bytes()
