"""Every value that arrives from a browser is checked here, in one place.

A browser (or anyone speaking its websocket protocol) can send anything: negative or huge vertex ids,
NaN, strings, a painted set of ten million ids, unknown trigger points. Each check returns a clean value or
raises RejectedInput; the app logs a warning and keeps the session going with its previous state.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from typing import Any

log = logging.getLogger("bodymap.inputs")

MAX_PAINTED = 20_000          # more than the whole skin (13,380 vertices) is never legitimate
MAX_TEXT = 200


class RejectedInput(ValueError):
    """A browser value that is not acceptable; the message says why."""


def reject(what: str, value: Any, why: str) -> RejectedInput:
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    log.warning("rejected %s %s: %s", what, shown, why)
    return RejectedInput(f"{what}: {why}")


def vertex(value: Any, n_vertices: int, what: str = "vertex", allow_none: bool = True) -> int | None:
    """A vertex id in 0..n-1, or None for -1 / None / '' when allowed."""
    if value is None or value == "" or (isinstance(value, (int, float)) and not isinstance(value, bool)
                                        and value == -1):
        if allow_none:
            return None
        raise reject(what, value, "a vertex is required")
    if isinstance(value, bool):
        raise reject(what, value, "must be a whole number")
    if isinstance(value, str):
        value = value.strip()
        if not value.lstrip("-").isdigit() or len(value) > 12:
            raise reject(what, value, "must be a whole number")
        value = int(value)
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise reject(what, value, "must be a finite whole number")
        value = int(value)
    if not isinstance(value, int):
        raise reject(what, value, f"must be a whole number, not {type(value).__name__}")
    if not 0 <= value < n_vertices:
        raise reject(what, value, f"out of range 0..{n_vertices - 1}")
    return value


def vertex_list(values: Any, n_vertices: int, what: str = "painted") -> list[int]:
    """A list of distinct vertex ids (order kept), at most MAX_PAINTED of them."""
    if values is None:
        return []
    if isinstance(values, (str, bytes, dict)) or not isinstance(values, Iterable):
        raise reject(what, values, "must be a list of vertex ids")
    if hasattr(values, "__len__") and len(values) > MAX_PAINTED:
        raise reject(what, f"<{len(values)} items>", f"too many vertices (at most {MAX_PAINTED})")
    out: list[int] = []
    seen: set[int] = set()
    for i, item in enumerate(values):
        if i >= MAX_PAINTED:
            raise reject(what, "<long iterable>", f"too many vertices (at most {MAX_PAINTED})")
        v = vertex(item, n_vertices, what=f"{what}[{i}]", allow_none=False)
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def choice(value: Any, allowed: Iterable[str], what: str) -> str:
    """One of a fixed set of strings (body variant, view, mode, line id, trigger point key...)."""
    allowed = list(allowed)
    if not isinstance(value, str) or len(value) > MAX_TEXT or value not in allowed:
        preview = ", ".join(allowed[:6]) + (" ..." if len(allowed) > 6 else "")
        raise reject(what, value, f"must be one of {preview}")
    return value


def site_index(value: Any, n_sites: int, what: str = "selected") -> int | None:
    """A trigger point site index, or None for -1."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value == -1):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < n_sites:
        raise reject(what, value, f"must be a site index 0..{n_sites - 1} or -1")
    return value


def site_indices(values: Any, n_sites: int, what: str = "result_sites", limit: int = 100) -> list[int]:
    if not isinstance(values, (list, tuple)) or len(values) > limit:
        raise reject(what, values, f"must be a list of at most {limit} site indices")
    return [site_index(v, n_sites, f"{what}[{i}]") for i, v in enumerate(values) if v is not None]


def text(value: Any, what: str = "text", limit: int = MAX_TEXT) -> str:
    """A short free-text string (search box); never interpreted as HTML anywhere."""
    if not isinstance(value, str):
        raise reject(what, value, "must be text")
    if len(value) > limit:
        raise reject(what, value, f"longer than {limit} characters")
    return value


def picture_point(value: Any, what: str = "picture_click") -> tuple[float, float]:
    """A click on a server-drawn picture: [u, v], fractions of its width and height, each in 0..1."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise reject(what, value, "must be two numbers [u, v]")
    out = []
    for x in value:
        if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x) or not 0 <= x <= 1:
            raise reject(what, value, "each number must lie between 0 and 1")
        out.append(float(x))
    return out[0], out[1]


MAX_AREAS = 20  # a pain drawing's areas in one request; the record panel never makes more than a few


def drawing_areas(values: Any, n_vertices: int, what: str = "drawing") -> list:
    """A pain drawing's areas as the drawing file holds them (core/drawing.Area: vertices, intensity,
    quality, depth, note; strict, unknown fields refused), each vertex id on this body."""
    from pydantic import TypeAdapter, ValidationError

    from bodymap.core.drawing import Area

    if values is None:
        return []
    if not isinstance(values, list) or len(values) > MAX_AREAS:
        raise reject(what, values, f"must be a list of at most {MAX_AREAS} painted areas")
    try:
        areas = TypeAdapter(list[Area]).validate_python(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise reject(what, values, f"area {where}: {first['msg']}") from None
    for i, area in enumerate(areas, 1):
        bad = next((v for v in area.vertices if not 0 <= v < n_vertices), None)
        if bad is not None:
            raise reject(what, bad, f"area {i}: vertex {bad} is not on this body (0..{n_vertices - 1})")
    return areas
