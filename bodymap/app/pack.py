"""What the browser is sent: the screen's configuration (texts, palette, settings, views, modes) and, per body
variant, a body pack (mesh, baked tables, fascial lines, tours and all atlas text) and a quiz pack (the quiz
questions' distance fields). Both hosts use the same packs: the served app serves them over HTTP
(app/http.py), the standalone page carries them inline (app/export_site.py); js/pack.js reads them.

Everything here is generated from the atlas and the Python modules that own each fact, so the browser never
restates a text, a colour, a dtype or a format version.
"""
from __future__ import annotations

import functools
import gzip

import numpy as np

from bodymap import i18n, palette, settings, texts
from bodymap.app.data import VariantData, draw_order, line_polylines, variant_data
from bodymap.core.evidence import evidence_json
from bodymap.core.formats import BODY_PACK, LANGUAGE_PACK, QUIZ_PACK, STANDALONE, pack_arrays
from bodymap.core.referral import (ESSENTIAL_WEIGHT, MIN_ROOT_SHARE, NEAR_WEIGHT, OTHER_SIDE, ROOT_ORDER,
                                   SPILLOVER_WEIGHT, referral_path)
from bodymap.core.views import VIEWS, facing_view
from bodymap.teach.quiz import question_field
from bodymap.teach.search import condition_regions, muscle_sites, search_index, search_options
from bodymap.teach.tours import step_view

#: The screen's modes: what a click means in each (js/screen/modes.js adds the behaviour); labels and hints
#: are in texts.SCREEN["modes"]. `gesture`: what a left drag does; `preview`: a press is answered while held;
#: `markers`: which trigger points show as dots.
MODES = {
    "pick": {"gesture": "pick", "preview": True, "markers": "results"},
    "paint": {"gesture": "paint", "preview": False, "markers": "results"},
    "forward": {"gesture": "pick", "preview": False, "markers": "all"},
    "tour": {"gesture": "pick", "preview": True, "markers": "results"},
    "quiz": {"gesture": "pick", "preview": False, "markers": "results"},
}


def screen_config(variants: tuple[str, ...] = settings.VARIANTS) -> dict:
    """The host-independent configuration of the screen (the same for every body and session)."""
    return {
        "texts": texts.for_browser(),
        "palette": dict(palette.PALETTE),
        "views": {name: list(direction) for name, (direction, _up) in VIEWS.items()},
        "modes": MODES,
        "variants": list(variants),
        "default_variant": settings.DEFAULT_VARIANT,
        "formats": {"body": BODY_PACK.to_json(), "quiz": QUIZ_PACK.to_json(), "standalone": STANDALONE.to_json(),
                    "language": LANGUAGE_PACK.to_json()},
        # the language switch (docs/i18n.md); `pseudo` is accepted in the URL for tests, never offered
        "languages": dict(i18n.LANGUAGES), "pseudo_language": i18n.PSEUDO,
        "settings": {"pain_spot_cm": settings.PAIN_SPOT_CM, "paint_radius_cm": settings.PAINT_RADIUS_CM,
                     "forward_pick_cm": settings.FORWARD_PICK_CM, "spill_wash": settings.SPILL_WASH,
                     "path_tube_lift_cm": settings.PATH_TUBE_LIFT_CM, "line_tube_lift_cm": settings.LINE_TUBE_LIFT_CM,
                     "candidate_limit": settings.CANDIDATE_LIMIT},
    }


def _citation(atlas, ref: str, detail: str | None) -> str:
    short = {s.id: s.citation.split(".")[0] for s in atlas.info.sources}.get(ref, ref)
    return f"{short}{', ' + detail if detail else ''}"


def citations(atlas, refs) -> str:
    """Sources as one line of short citations ("Travell & Simons, vol. 2, ch. 21; ...")."""
    return "; ".join(_citation(atlas, s.ref, s.detail) for s in refs)


def _evidence(atlas, muscle, tp) -> dict:
    """A pattern's evidence as the screen's badge shows it: its kind and the tooltip naming each study in full."""
    ev = evidence_json(muscle, tp)
    full = {s.id: s.citation.rstrip(".") for s in atlas.info.sources}
    studies = [{**st, "citation": "; ".join(full.get(r, r) for r in st["sources"])} for st in ev["studies"]]
    title = texts.evidence_title(ev["kind"], citations(atlas, tp.sources or muscle.sources), studies)
    return {"kind": ev["kind"], "title": title, "sources": ev["sources"], "frequency": ev["frequency"]}


def _texts(atlas) -> dict:
    muscles = {m.id: {"name": m.name, "plain_name": m.plain_name, "summary": m.summary, "lines": list(m.lines),
                      "sites": muscle_sites(atlas, [m.id])} for m in atlas.muscles.values()}
    tps = {}
    for muscle, tp in atlas.trigger_points.values():
        care = atlas.self_care_for(tp)
        tps[tp.id] = {
            "name": tp.name, "location": tp.location, "pain_pattern": tp.pain_pattern,
            "care": {"where": care.where, "how": care.how, "duration": care.duration, "tool": care.tool,
                     "when_to_stop": care.when_to_stop, "red_flags": list(care.red_flags),
                     "look_for_cause": list(care.look_for_cause)},
            "sources": citations(atlas, tp.sources or muscle.sources),
            "evidence": _evidence(atlas, muscle, tp),
        }
    lines = {ln.id: {"name": ln.name, "colour": ln.colour, "evidence": ln.evidence.replace("_", " "),
                     "evidence_note": ln.evidence_note, "stations": list(ln.stations)}
             for ln in atlas.lines.values()}
    conditions = {c.id: {"name": c.name, "summary": c.summary, "regions": condition_regions(atlas, c.id),
                         "sites": muscle_sites(atlas, c.muscles)} for c in atlas.conditions.values()}
    return {"muscles": muscles, "trigger_points": tps, "lines": lines, "conditions": conditions,
            "safety": list(atlas.self_care.safety), "disclaimer": atlas.info.disclaimer,
            "title": atlas.info.title, "atlas_version": atlas.info.version}


def _tours(atlas) -> tuple[list[dict], list[np.ndarray]]:
    """Every tour step as the screen plays it, and the steps' referral paths (to the step's own pain spot)."""
    out, paths = [], []
    for tour in atlas.tours.values():
        steps = []
        for step in tour.steps:
            sv = step_view(atlas, step)
            regions = [atlas.regions.index(atlas.region_by_name(name)) for name in step.regions]
            steps.append({"title": sv.title, "narration": sv.narration, "view": sv.view,
                          "pain": -1 if sv.pain is None else int(sv.pain), "regions": regions,
                          "result_sites": [int(s) for s in sv.result_sites],
                          "selected": -1 if sv.selected is None else int(sv.selected),
                          "path": len(paths), "lines": list(sv.lines)})
            paths.append(np.asarray(sv.path, np.float32).reshape(-1, 3))
        out.append({"id": tour.id, "title": tour.title, "summary": tour.summary, "steps": steps})
    return out, paths


def _ragged(parts: list[np.ndarray], dtype) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated rows and the (k+1,) int32 offsets of each part."""
    offsets = np.cumsum([0] + [len(p) for p in parts]).astype(np.int32)
    rows = np.concatenate(parts).astype(dtype) if parts else np.zeros((0, 3), dtype)
    return offsets, rows


#: How far outside a footprint its margin field is sent to the browser (cm): the pixel shader draws the edge
#: where the margin crosses 0 between a vertex inside and the next one out (1-3 cm apart).
MARGIN_KEPT_CM = 3.5


def _muscle_layer(atlas) -> tuple[list[dict], dict[str, np.ndarray]]:
    """The muscle layer as the viewer draws it: per muscle site its words, the margin field around its
    footprint (tenths of a cm inside, int8; the viewer draws the edge where it crosses 0) and its fibres as vertex-id
    polylines; `site_muscle[i]` is the muscle site of trigger point site i (-1: none drawn)."""
    names = {m.id: m.name for m in atlas.muscles.values()}
    out, near, margin, fibres, fibre_counts = [], [], [], [], []
    for m in atlas.muscle_sites:
        a = m.anatomy
        out.append({"key": m.key, "muscle": m.muscle.id, "side": m.side, "name": m.muscle.name,
                    "plain_name": m.muscle.plain_name, "layer": a.layer,
                    "tint": palette.MUSCLE_TINTS[m.tint],  # its palette colour (neighbours differ)
                    "under": [names[u] for u in a.under],
                    "action": a.action, "origin": a.origin.text, "insertion": a.insertion.text,
                    "sources": citations(atlas, a.sources)})
        keep = m.margin >= -MARGIN_KEPT_CM  # the edge needs only the first vertices outside it
        near.append(m.near[keep])
        margin.append(np.clip(np.round(m.margin[keep] * 10), -127, 127))  # tenths of a cm, as int8
        fibres.extend(m.fibres)
        fibre_counts.append(len(m.fibres))
    index = {m.key: i for i, m in enumerate(atlas.muscle_sites)}
    def muscle_of(site) -> int:
        found = atlas.muscle_site(site.muscle.id, "left" if site.side == "midline" else site.side)
        return index[found.key] if found is not None else -1

    site_muscle = np.array([muscle_of(s) for s in atlas.sites], dtype=np.int32)
    near_offsets, near_vertices = _ragged(near, np.uint16)
    _, margins = _ragged(margin, np.int8)
    fibre_offsets, fibre_vertices = _ragged(fibres, np.uint16)
    return out, {"muscle_near_offsets": near_offsets, "muscle_near": near_vertices, "muscle_margin": margins,
                 "muscle_fibre_counts": np.asarray(fibre_counts, dtype=np.int32), "muscle_fibre_offsets": fibre_offsets,
                 "muscle_fibres": fibre_vertices, "site_muscle": site_muscle}


def _nerve_roots(atlas) -> tuple[dict | None, dict[str, np.ndarray]]:
    """The nerve-root layer: the map, its caveat and each root's dermatome per side as vertex lists."""
    if atlas.dermatome_map is None:
        return None, {}
    offsets, vertices = _ragged([d.vertices for d in atlas.dermatomes], np.uint16)
    layer = {"map": atlas.dermatome_map.map, "uncertainty": atlas.dermatome_map.uncertainty,
             "sources": citations(atlas, atlas.dermatome_map.sources),
             "roots": [{"root": d.root, "side": d.side, "key": d.key, "area": d.dermatome.area} for d in atlas.dermatomes]}
    return layer, {"root_offsets": offsets, "root_vertices": vertices}


def _landmarks(atlas) -> tuple[list[dict], dict[str, np.ndarray]]:
    """The "Bones to feel for" layer: each palpable bony landmark per side, with its anchor vertices (one for a
    point, several along a line such as the clavicle)."""
    sites = getattr(atlas, "landmarks", ())
    out = [{"key": s.key, "id": s.landmark.id, "name": s.landmark.name, "plain_name": s.landmark.plain_name,
            "kind": s.landmark.kind, "side": s.side, "how_to_feel": s.landmark.how_to_feel} for s in sites]
    offsets, vertices = _ragged([np.asarray(s.vertices) for s in sites], np.uint16)
    return out, ({"landmark_offsets": offsets, "landmark_vertices": vertices} if sites else {})


def body_content(data: VariantData) -> tuple[dict, dict[str, np.ndarray]]:
    """(JSON content, arrays) of one body's pack."""
    atlas, body, tables = data.atlas, data.body, data.tables
    lines = line_polylines(body.variant)
    line_offsets, line_points = _ragged([pl["points"] for pl in lines], np.float32)
    tours, tour_paths = _tours(atlas)
    tour_path_offsets, tour_path_points = _ragged(tour_paths, np.float32)
    if body.n_vertices > 65535:
        raise ValueError("the browser's packs store vertex ids as uint16; this body has too many vertices")
    muscle_layer, muscle_arrays = _muscle_layer(atlas)
    nerve_roots, root_arrays = _nerve_roots(atlas)
    landmarks, landmark_arrays = _landmarks(atlas)
    arrays = {
        **muscle_arrays, **root_arrays, **landmark_arrays,
        "positions": np.ascontiguousarray(body.vertices, dtype=np.float32),
        "indices": np.ascontiguousarray(draw_order(body.triangles), dtype=np.uint16),
        # not the vertex areas: the screen works them out from positions and indices, bit for bit the same
        # (js/screen/record.js `geometryOf`), which keeps the standalone page with every body under 5 MB
        **{k: v for k, v in tables.arrays.items() if k != "vertex_area"},
        "line_offsets": line_offsets, "line_points": line_points,
        "tour_path_offsets": tour_path_offsets, "tour_path_points": tour_path_points,
    }
    content = {
        "body": body.variant, "atlas_hash": tables.header["atlas_hash"],
        "sites": tables.sites, "regions": tables.header["region_names"],
        "region_choir": [r.choir for r in atlas.regions],  # the pain record's CHOIR segments (docs/pain-record.md)
        "line_sites": [{k: pl[k] for k in ("id", "key", "name", "colour", "side")} for pl in lines],
        "search": {"index": {k: list(v) for k, v in search_index(atlas).items()}, "options": search_options(atlas)},
        "tours": tours,
        "muscle_layer": muscle_layer,
        "nerve_roots": nerve_roots,
        "landmarks": landmarks,
        "quizzes": [{"id": q.id, "title": q.title, "questions": len(q.questions)} for q in atlas.quizzes.values()],
        "scoring": {"essential": ESSENTIAL_WEIGHT, "spillover": SPILLOVER_WEIGHT, "near": NEAR_WEIGHT,
                    "other_side": OTHER_SIDE, "min_root_share": MIN_ROOT_SHARE, "root_order": ROOT_ORDER},
        **_texts(atlas),
    }
    return content, arrays


def quiz_content(data: VariantData) -> tuple[dict, dict[str, np.ndarray]]:
    """(JSON content, arrays) of one body's quiz pack: per question the distance field a click is scored with,
    the pain area shown, and the referral path of each correct site."""
    atlas, body = data.atlas, data.body
    quizzes, distance, nearest, spots, paths = [], [], [], [], []
    for quiz in atlas.quizzes.values():
        questions = []
        for q in quiz.questions:
            field = question_field(atlas, q)
            pain = int(q.pain.vertex)
            questions.append({"prompt": q.prompt, "pain": pain, "tolerance_cm": float(q.tolerance_cm), "field": len(distance),
                              "view": facing_view(body.vertex_normals[pain]), "sites": [s.index for s in field.sites],
                              "paths": list(range(len(paths), len(paths) + len(field.sites)))})
            distance.append(field.distance)
            nearest.append(field.nearest.astype(np.uint8))
            spots.append(atlas.geodesics.disks([pain], [settings.QUIZ_SPOT_CM]).astype(np.uint16))
            paths.extend(referral_path(atlas, s, pain).points.astype(np.float32) for s in field.sites)
        quizzes.append({"id": quiz.id, "title": quiz.title, "questions": questions})
    spot_offsets, spot_vertices = _ragged(spots, np.uint16)
    path_offsets, path_points = _ragged(paths, np.float32)
    n = body.n_vertices
    arrays = {"distance": np.stack(distance) if distance else np.zeros((0, n), np.float32),
              "nearest": np.stack(nearest) if nearest else np.zeros((0, n), np.uint8),
              "spot_offsets": spot_offsets, "spot_vertices": spot_vertices,
              "path_offsets": path_offsets, "path_points": path_points}
    return {"body": body.variant, "quizzes": quizzes}, arrays


#: vertex-id lists sorted within each entry: stored delta-coded (formats.pack_arrays), about a third when gzipped
SORTED_LISTS = frozenset({"zone_vertices", "muscle_near", "root_vertices", "spot_vertices"})


@functools.lru_cache(maxsize=None)
def body_pack(variant: str) -> bytes:
    """The gzip-compressed body pack of a variant (built once per process)."""
    data = variant_data(variant)
    content, arrays = body_content(data)
    return gzip.compress(pack_arrays(BODY_PACK.header(content=content), arrays, delta=SORTED_LISTS), compresslevel=6,
                         mtime=0)


@functools.lru_cache(maxsize=None)
def quiz_pack(variant: str) -> bytes:
    """The gzip-compressed quiz pack of a variant (built on first use)."""
    content, arrays = quiz_content(variant_data(variant))
    return gzip.compress(pack_arrays(QUIZ_PACK.header(content=content), arrays, delta=SORTED_LISTS), compresslevel=6,
                         mtime=0)


def pack_file(kind: str, variant: str) -> str:
    """The file name a pack is served under: it names the atlas it was made from, so browsers may keep it."""
    return f"{kind}-{variant}-{variant_data(variant).tables.header['atlas_hash']}.bmp"
