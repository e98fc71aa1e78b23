"""The pain record: a pain drawing as a file that can be measured, saved, reopened and compared over visits.

A drawing is one or more painted areas on one body variant, each a set of skin vertex ids with an intensity
(0-10 numeric rating scale), qualities, a depth and a note. The file is JSON (docs/pain-record.md):

    {"format": "bodymap-drawing", "version": 1, "body": "neutral", "atlas_version": "0.1.0",
     "created": "2026-12-03T13:31:55Z", "areas": [{"vertices": [...], "intensity": 6,
     "quality": ["aching"], "depth": "deep", "note": ""}]}

Opening checks everything before anything is used and says what is wrong in one line (`DrawingError`); the
browser (js/screen/record.js) runs the same checks in the same order with the same messages (`texts.RECORD`;
only a field with a wrong value gets a shorter reason there). The measures are
areas of vertex sets: a vertex weighs its barycentric area (`Body.vertex_areas`) on the body the drawing names.
Nothing here keeps state: a drawing is data, measured on demand.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal, get_args

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bodymap import texts
from bodymap.errors import BodymapError
from bodymap.settings import SKIN_VERTEX_COUNT, VARIANTS

FORMAT = "bodymap-drawing"
VERSION = 1
#: A file over this many bytes is refused before it is read as JSON (a whole-body drawing is about 80 KB).
MAX_BYTES = 5_000_000
MAX_DEPTH = 20          # JSON nesting a drawing never needs (it has 4 levels); deeper is refused
Quality = Literal["aching", "burning", "tingling", "numb", "stabbing", "throbbing", "other"]
QUALITIES: tuple[str, ...] = get_args(Quality)
Depth = Literal["skin", "deep"]
Variant = Literal[VARIANTS]  # type: ignore[valid-type]
# an ISO 8601 date and time, as `new Date().toISOString()` and `datetime.isoformat()` write it
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$")


class DrawingError(BodymapError):
    """A drawing file cannot be opened; the message is one line saying which file and what is wrong."""


class _Strict(BaseModel):
    # strict: a JSON file says 6, not "6" or 6.0 or true; unknown fields are refused (named in the message)
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Area(_Strict):
    """One painted area: where (skin vertex ids of the drawing's body) and what the pain is like there."""

    vertices: list[int] = Field(min_length=1, description="skin vertex ids (hm08 numbering), each once",
                                json_schema_extra={"uniqueItems": True, "items": {
                                    "type": "integer", "minimum": 0, "maximum": SKIN_VERTEX_COUNT - 1}})
    intensity: int = Field(ge=0, le=10, description="0-10 numeric rating scale (0 none, 10 worst imaginable)")
    quality: list[Quality] = Field(max_length=len(QUALITIES), description="how it feels; may be empty",
                                   json_schema_extra={"uniqueItems": True})
    depth: Depth = Field(description="'skin': on the surface; 'deep': in the muscle or joint")
    note: str = Field("", max_length=2000, description="free text, optional")

    @field_validator("vertices")
    @classmethod
    def _each_once(cls, value: list[int]) -> list[int]:
        if len(set(value)) != len(value):
            raise ValueError("a vertex is listed twice")
        return value

    @field_validator("quality")
    @classmethod
    def _quality_once(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a quality is listed twice")
        return value


class Drawing(_Strict):
    """A whole pain drawing as the file holds it (one visit)."""

    format: Literal["bodymap-drawing"] = FORMAT
    version: Literal[1] = VERSION
    body: Variant = Field(description="the body variant it was drawn on; it is measured on that body")
    atlas_version: str = Field(max_length=40, description="the atlas version of the bodymap that saved it")
    created: str = Field(max_length=40, description="when it was saved, ISO 8601 (e.g. 2026-12-03T13:31:55Z)")
    areas: list[Area] = Field(description="the painted areas; may be empty (no pain at this visit)")

    @field_validator("created")
    @classmethod
    def _iso_time(cls, value: str) -> str:
        if not ISO_TIME.match(value):
            raise ValueError("not an ISO 8601 date and time such as 2026-12-03T13:31:55Z")
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError("not a real date and time") from None
        return value

    def painted(self) -> np.ndarray:
        """Every painted vertex once (areas may overlap: a deep ache under a burning skin)."""
        if not self.areas:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate([np.asarray(a.vertices, dtype=np.int64) for a in self.areas]))


def drawing_schema() -> dict:
    """The JSON Schema of a drawing file (`bodymap schema --drawing`)."""
    schema = Drawing.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "bodymap pain drawing"
    return schema


# ---- reading and writing -------------------------------------------------------------------------------

def _error(key: str, **values: object) -> DrawingError:
    return DrawingError(texts.fill(texts.RECORD["errors"][key], **values))


def read_drawing(source: Path | str | bytes, body_vertex_count: int = SKIN_VERTEX_COUNT,
                 name: str | None = None) -> Drawing:
    """Open a drawing from a file path or its bytes; raises DrawingError with one line on any problem.

    The size is checked before anything is read into memory; then JSON (with line and column), format and
    version, unknown fields (all named), every field, and last the vertex ids against the body's vertex count.
    """
    if isinstance(source, bytes):
        name, size = name or "drawing", len(source)
    else:
        path = Path(source)
        name, size = name or str(path), path.stat().st_size
    if size > MAX_BYTES:
        raise _error("too_big", name=name, size=f"{size / 1e6:.1f}", limit=MAX_BYTES // 1_000_000)
    data = source if isinstance(source, bytes) else path.read_bytes()
    if len(data) > MAX_BYTES:  # the file grew after stat
        raise _error("too_big", name=name, size=f"{len(data) / 1e6:.1f}", limit=MAX_BYTES // 1_000_000)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _error("not_text", name=name) from None
    return parse_drawing(text, body_vertex_count, name)


def parse_drawing(text: str, body_vertex_count: int = SKIN_VERTEX_COUNT, name: str = "drawing") -> Drawing:
    """A drawing from its JSON text (the checks of `read_drawing` after the size)."""
    obj = _load_json(text, name)
    if not isinstance(obj, dict):
        raise _error("not_object", name=name, kind=_json_kind(obj))
    if obj.get("format") != FORMAT:
        raise _error("format", name=name, value=_shown(obj.get("format")))
    if obj.get("version") != VERSION or isinstance(obj.get("version"), bool):
        raise _error("version", name=name, value=_shown(obj.get("version")), version=VERSION)
    try:
        drawing = Drawing.model_validate(obj)
    except ValidationError as exc:
        raise _validation_error(exc, name) from None
    for i, area in enumerate(drawing.areas):
        bad = [v for v in area.vertices if not 0 <= v < body_vertex_count]
        if bad:
            raise _error("vertex_range", name=name, area=i + 1, vertex=bad[0], last=body_vertex_count - 1)
    return drawing


def _load_json(text: str, name: str):
    def refuse_constant(word: str):
        raise ValueError(f"{word} is not a JSON number")

    if _nesting(text) > MAX_DEPTH:
        raise _error("too_deep", name=name)
    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise _error("broken_json", name=name, line=exc.lineno, column=exc.colno, reason=exc.msg.lower()) from None
    except (ValueError, RecursionError) as exc:  # NaN/Infinity, an integer of thousands of digits
        raise _error("field", name=name, field="value", reason=str(exc).split(";")[0]) from None


def _nesting(text: str) -> int:
    """How deep brackets nest, outside strings (so a hostile file cannot make the parser recurse far)."""
    depth = deepest = 0
    for token in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        ch = token.group(0)
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _json_kind(value) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def _shown(value) -> str:
    text = "(none)" if value is None else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _path(loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _validation_error(exc: ValidationError, name: str) -> DrawingError:
    errors = exc.errors()
    extra = sorted(_path(e["loc"]) for e in errors if e["type"] == "extra_forbidden")
    if extra:
        return _error("unknown_fields", name=name, s="s" if len(extra) > 1 else "", fields=", ".join(extra))
    first = errors[0]
    reason = first["msg"].removeprefix("Value error, ")
    return _error("field", name=name, field=_path(first["loc"]) or "file", reason=reason[0].lower() + reason[1:])


def dumps_drawing(drawing: Drawing) -> str:
    """The file's text: fixed key order, one area per line (compact), so a save is byte-for-byte
    deterministic and the browser writes the same bytes (js/screen/record.js `drawingText`)."""
    head = drawing.model_dump(mode="json", exclude={"areas"})
    lines = ["{"] + [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    areas = [json.dumps(a.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
             for a in drawing.areas]
    if areas:
        lines += ['  "areas": ['] + [f"    {a}," for a in areas[:-1]] + [f"    {areas[-1]}", "  ]"]
    else:
        lines.append('  "areas": []')
    return "\n".join(lines + ["}"]) + "\n"


def write_drawing(drawing: Drawing, path: Path | str) -> Path:
    """Save a drawing (UTF-8, `dumps_drawing`); returns the path. Opening it gives an equal Drawing."""
    path = Path(path)
    path.write_text(dumps_drawing(drawing), encoding="utf-8")
    return path


def new_drawing(body: str, atlas_version: str, areas: list[Area] | list[dict], created: str | None = None) -> Drawing:
    """A drawing made now (UTC, to the second) unless `created` is given."""
    when = created or datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return Drawing(body=body, atlas_version=atlas_version, created=when,
                   areas=[a if isinstance(a, Area) else Area(**a) for a in areas])


# ---- measures ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Halves:
    """How much of each vertex's area counts as left and as front (0, 0.5 or 1).

    Left/right: by the sign of x (the body's left is +x; the mesh is symmetric and its midline vertices lie
    exactly on x = 0, which is `Body.side`): a midline vertex counts half left, half right.
    Front/back: by the sign of the z component of the vertex normal weighted by the areas of its triangles
    (the sum of their cross products; the body faces +z): a vertex whose skin faces forward is front, backward
    is back, exactly sideways (z = 0) half each. So the side of the chest, the flank and the outer thigh split
    where the skin turns away from the viewer, as a front and a back figure of a paper body map would split
    them. The browser computes the same from the mesh it draws.
    """

    left: np.ndarray
    front: np.ndarray

    @classmethod
    def of(cls, body) -> Halves:
        tri = body.vertices[body.triangles]
        cross_z = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])[:, 2]
        normal_z = np.zeros(body.n_vertices)
        np.add.at(normal_z, body.triangles.ravel(), np.repeat(cross_z, 3))
        split = lambda s: np.where(s > 0, 1.0, np.where(s < 0, 0.0, 0.5))  # noqa: E731
        return cls(split(body.vertices[:, 0]), split(normal_z))


def _r(x: float, digits: int = 2) -> float:
    return round(float(x), digits) + 0.0  # + 0.0: never -0.0


def extent(body, vertices: np.ndarray, halves: Halves | None = None) -> dict:
    """Area of a vertex set in cm2 and % of the body surface, with its left/right and front/back split."""
    halves = halves or Halves.of(body)
    areas = body.vertex_areas[vertices]
    total = float(areas.sum())
    left, front = halves.left[vertices], halves.front[vertices]
    return {"area_cm2": _r(total), "body_percent": _r(100 * total / body.vertex_areas.sum(), 3),
            "left_right": {"left_cm2": _r(areas @ left), "right_cm2": _r(areas @ (1 - left))},
            "front_back": {"front_cm2": _r(areas @ front), "back_cm2": _r(areas @ (1 - front))}}


def choir_segments(atlas, vertices: np.ndarray) -> list[int]:
    """The CHOIR body map segments touched: vertex -> its pain region on its side -> that region's CHOIR code
    (annotations/regions.yaml; a midline region has one code)."""
    codes = {atlas.regions[int(i)].choir for i in np.unique(atlas.region_of_vertex[vertices])}
    return sorted(c for c in codes if c is not None)


def regions_touched(atlas, vertices: np.ndarray) -> list[dict]:
    """The pain regions (per side) holding painted skin, largest painted area first."""
    areas = atlas.body.vertex_areas[vertices]
    per = np.bincount(atlas.region_of_vertex[vertices], weights=areas, minlength=len(atlas.regions))
    order = sorted(np.flatnonzero(per > 0), key=lambda i: (-round(float(per[i]), 6), atlas.regions[i].key))
    return [{"id": atlas.regions[i].key, "name": atlas.regions[i].name, "area_cm2": _r(per[i]),
             "choir": atlas.regions[i].choir} for i in order]


def zone_cover(atlas) -> np.ndarray:
    """(n,) bool: skin inside at least one trigger point zone (essential or spillover, any side)."""
    covered = np.zeros(atlas.body.n_vertices, dtype=bool)
    for s in atlas.sites:
        covered[s.essential] = True
        covered[s.spillover] = True
    return covered


def unexplained(atlas, vertices: np.ndarray) -> dict:
    """Painted skin that no trigger point zone covers ("not explained by a muscle pattern"), and the nerve
    roots whose dermatomes hold it, as `lookup` names them for a painted set (share of the unexplained part)."""
    from bodymap.core.referral import engine_for

    left_out = vertices[~zone_cover(atlas)[vertices]]
    roots = [r.to_json() for r in engine_for(atlas).nerve_roots(left_out)] if left_out.size else []
    return {"area_cm2": _r(atlas.body.vertex_areas[left_out].sum()), "vertex_count": int(left_out.size),
            "nerve_roots": roots, "vertices": left_out}


def area_measures(atlas, area: Area, halves: Halves) -> dict:
    """One area's row: where and how much, with what the person said about it."""
    vertices = np.unique(np.asarray(area.vertices, dtype=np.int64))
    return {**extent(atlas.body, vertices, halves), "intensity": area.intensity, "quality": list(area.quality),
            "depth": area.depth, "note": area.note, "choir_segments": choir_segments(atlas, vertices),
            "regions": [r["name"] for r in regions_touched(atlas, vertices)]}


def summary(drawing: Drawing, atlas, limit: int = 10) -> dict:
    """Everything `bodymap drawing summary` prints: the extent, each area, the CHOIR segments and regions,
    the candidates ranked exactly as `lookup` ranks the painted set, and the part no zone explains."""
    from bodymap.core.referral import engine_for

    if atlas.body.variant != drawing.body:
        raise ValueError(f"the drawing is on the {drawing.body} body, the atlas on the {atlas.body.variant} body")
    painted = drawing.painted()
    halves = Halves.of(atlas.body)
    lookup = engine_for(atlas).lookup(painted, limit=limit).to_json() if painted.size else None
    left_out = unexplained(atlas, painted)
    left_out.pop("vertices")
    return {"body": drawing.body, "atlas_version": drawing.atlas_version, "created": drawing.created,
            **extent(atlas.body, painted, halves),
            "areas": [area_measures(atlas, a, halves) for a in drawing.areas],
            "choir_segments": choir_segments(atlas, painted), "regions": regions_touched(atlas, painted),
            "candidates": lookup["candidates"] if lookup else [],
            "nerve_roots": lookup["nerve_roots"] if lookup else [], "unexplained": left_out}


def compare(a: Drawing, b: Drawing, body) -> dict:
    """Visit a against visit b on one body (a's, given): extents, their change, overlap by area (Jaccard =
    area of a and b / area of a or b), what is new in b and what of a has resolved; `new`/`resolved` are
    the vertex sets (for an overlay). Two empty drawings have no Jaccard (None)."""
    w = body.vertex_areas
    pa, pb = a.painted(), b.painted()
    both, either = np.intersect1d(pa, pb), np.union1d(pa, pb)
    new, resolved = np.setdiff1d(pb, pa), np.setdiff1d(pa, pb)
    area_a, area_b = float(w[pa].sum()), float(w[pb].sum())
    union = float(w[either].sum())
    return {"body": body.variant, "jaccard": _r(w[both].sum() / union, 4) if union else None,
            "area_a_cm2": _r(area_a), "area_b_cm2": _r(area_b), "area_change_cm2": _r(area_b - area_a),
            "area_change_percent": _r(100 * (area_b - area_a) / area_a, 1) if area_a else None,
            "new_cm2": _r(w[new].sum()), "resolved_cm2": _r(w[resolved].sum()),
            "new": new, "resolved": resolved}


CSV_COLUMNS = ("area", "intensity", "quality", "depth", "area_cm2", "body_percent", "left_cm2", "right_cm2",
               "front_cm2", "back_cm2", "choir_segments", "regions", "note")


def csv_rows(drawing: Drawing, atlas) -> list[dict]:
    """One row per area with its measures (`bodymap drawing csv`); lists are joined with ';'."""
    halves = Halves.of(atlas.body)
    rows = []
    for i, area in enumerate(drawing.areas, 1):
        m = area_measures(atlas, area, halves)
        rows.append({"area": i, "intensity": m["intensity"], "quality": ";".join(m["quality"]), "depth": m["depth"],
                     "area_cm2": m["area_cm2"], "body_percent": m["body_percent"],
                     "left_cm2": m["left_right"]["left_cm2"], "right_cm2": m["left_right"]["right_cm2"],
                     "front_cm2": m["front_back"]["front_cm2"], "back_cm2": m["front_back"]["back_cm2"],
                     "choir_segments": ";".join(map(str, m["choir_segments"])), "regions": ";".join(m["regions"]),
                     "note": m["note"]})
    return rows
