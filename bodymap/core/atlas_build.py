"""Reading and checking the annotation files and resolving them into an Atlas: every file validated against
the schema, every cross-file reference checked, zones and regions resolved to vertex sets. Problems are
collected, not raised one at a time, so an author sees them all (`file:line: field: what is wrong`).

The read-only Atlas and its query API live in atlas.py; this is the generation side (as brainglobe keeps
`atlas_generation/` apart from `core.py`).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from pydantic import ValidationError

from bodymap.core import schema as S
from bodymap.core._yaml import YamlReadError, line_of, read_yaml, to_plain
from bodymap.core import anatomy as A
from bodymap.core.atlas import (SIDES, Atlas, AtlasError, DermatomeSite, LandmarkSite, LineSite, MuscleSite,
                                Problem,
                                RegionSite, TriggerPointSite, _field_path)
from bodymap.core.body import Body, load_body
from bodymap.core.geodesic import SurfaceGeodesics
from bodymap.settings import STALE_ANCHOR_CM


class _Doc:
    """A validated file; its round-trip tree (for line numbers) is parsed only when a problem needs it."""

    def __init__(self, rel: str, text: str, model: Any, tree: Any = None, data: Any = None):
        self.rel, self.text, self.model, self._tree = rel, text, model, tree
        self.data = data  # the fast parser's plain dicts and lists (None when only the round-trip tree read it)

    @property
    def plain(self) -> Any:
        """The file's contents to walk: the fast parse if there was one (the round-trip tree costs ~0.5 s for a
        large file and is only needed for a problem's line number)."""
        return self.data if self.data is not None else self.tree

    @property
    def tree(self) -> Any:
        if self._tree is None:
            try:
                self._tree = read_yaml(self.text)
            except YamlReadError:
                # libyaml read the file but the line-keeping parser does not (e.g. a tab before a colon):
                # the problem is still reported, without a line number
                self._tree = {}
        return self._tree


def _read_documents(root: Path, problems: list[Problem]) -> list[_Doc]:
    docs = []
    files = sorted(p for p in root.rglob("*.yaml") if not p.name.startswith("."))
    if not files:
        problems.append(Problem(str(root), None, "", "no annotation files (*.yaml) found in this folder"))
    for path in files:
        rel = str(path.relative_to(root))
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(rel, None, "", f"cannot read the file: {exc}"))
            continue
        try:
            data = read_yaml(text, fast=True)
        except YamlReadError:
            data = None  # re-read below with the line-keeping parser for a precise message
        if data is None or not isinstance(data, dict):
            try:
                tree = read_yaml(text)
            except YamlReadError as exc:
                problems.append(Problem(rel, exc.line, "", f"{exc} (check indentation, colons and quotes)"))
                continue
        else:
            tree = None
        doc = _Doc(rel, text, None, tree, data if isinstance(data, dict) else None)
        if not isinstance(data, dict) or len(data) != 1 or next(iter(data)) not in S.FILE_KINDS:
            kinds = ", ".join(S.FILE_KINDS)
            problems.append(Problem(rel, line_of(doc.tree, ()), "",
                                    f"a file must hold exactly one top-level key, one of: {kinds}"))
            continue
        kind = str(next(iter(data)))
        try:
            doc.model = S.FILE_KINDS[kind].model_validate(to_plain(data))
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                loc = [p for p in err["loc"]]
                problems.append(Problem(rel, line_of(doc.tree, loc), _field_path(loc), _explain(err)))
            continue
        except (TypeError, ValueError, RecursionError) as exc:
            problems.append(Problem(rel, line_of(doc.tree, ()), "", f"cannot validate the file: {exc}"))
            continue
        docs.append(doc)
    return docs


def _explain(err: dict) -> str:
    msg = err["msg"]
    kind = err["type"]
    if kind == "missing":
        if err["loc"] and err["loc"][-1] in ("vertex", "position"):
            return "is required but missing; run `bodymap place FILE` to compute it from the `locate` recipe"
        return "is required but missing; add it"
    if kind == "extra_forbidden":
        return "is not a known field; check its spelling against annotations/README.md"
    if kind == "string_pattern_mismatch" and "a-z" in str(err.get("ctx", {}).get("pattern", "")):
        return f"{msg}: ids are snake_case (lower-case letters, digits, underscores), e.g. upper_trapezius"
    given = err.get("input")
    if isinstance(given, (str, int, float, bool)) and len(str(given)) < 60:
        return f"{msg} (got {given!r})"
    return msg


# ---- the cross-file build ---------------------------------------------------------------------------

class _Checks:
    """Where problems are collected, and the checks every kind of entry shares (ids, anchors, sources)."""

    def __init__(self, body: Body, docs: list[_Doc], problems: list[Problem], partial: bool = False):
        self.partial = partial
        self.warnings: list[Problem] = []
        self.body = body
        # anchors store positions on the reference (neutral) body; variants share its vertex numbering,
        # so their anchors carry over by id and staleness is judged against the reference
        self.reference = load_body("neutral") if body.variant != "neutral" else body
        self.docs = docs
        self.problems = problems
        self.geo = SurfaceGeodesics(body)

    def problem(self, doc: _Doc, loc: tuple, message: str) -> None:
        found = Problem(doc.rel, line_of(doc.tree, loc), _field_path(loc), message)
        if self.partial and message.startswith("unknown "):
            self.warnings.append(found)  # partial atlas: ids defined in files not present are not errors
        else:
            self.problems.append(found)

    def items(self, kind: str):
        """(doc, index, model) for every list item of a kind across files."""
        for doc in self.docs:
            if kind in type(doc.model).model_fields:
                value = getattr(doc.model, kind)
                if isinstance(value, list):
                    for i, item in enumerate(value):
                        yield doc, i, item
                else:
                    yield doc, None, value

    def unique(self, kind: str) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        where: dict[str, str] = {}
        for doc, i, item in self.items(kind):
            if item.id in seen:
                self.problem(doc, (kind, i, "id"), f"duplicate id {item.id!r} (also in {where[item.id]}); ids must be unique")
            else:
                seen[item.id] = item
                where[item.id] = doc.rel
        return seen

    def check_anchor(self, doc: _Doc, loc: tuple, anchor: S.Anchor) -> bool:
        n = self.body.n_vertices
        if anchor.vertex >= n:
            self.problem(doc, loc + ("vertex",), f"vertex {anchor.vertex} is out of range (the body has 0..{n - 1})")
            return False
        drift = float(np.linalg.norm(self.reference.vertices[anchor.vertex] - np.asarray(anchor.position)))
        if drift > STALE_ANCHOR_CM:
            self.problem(doc, loc + ("position",),
                         f"stale anchor: vertex {anchor.vertex} lies {drift:.1f} cm from the stored position "
                         f"(limit {STALE_ANCHOR_CM} cm); run `bodymap place` or fix the vertex id")
            return False
        return True

    def check_sources(self, doc: _Doc, loc: tuple, refs: list[S.SourceRef], catalogue: set[str]) -> None:
        for j, ref in enumerate(refs):
            if catalogue and ref.ref not in catalogue:
                self.problem(doc, loc + ("sources", j, "ref"),
                             f"unknown source {ref.ref!r}; add it to the sources of atlas.yaml or use one of "
                             f"{', '.join(sorted(catalogue))}")



class _Builder(_Checks):
    """Collects models from all files, checks references, and resolves zones to vertex sets."""

    def build(self, root: Path) -> Atlas | None:
        self.docs_root = root
        info, care = self.single("atlas", root), self.single("self_care", root)
        if info is None or care is None:
            return None
        catalogue = {s.id for s in info.sources}
        found = {kind: self.unique(kind) for kind in ("regions", "muscles", "fascial_lines", "conditions", "tours",
                                                      "quizzes")}
        self.check_sources(self.first_doc("self_care"), ("self_care",), care.sources, catalogue)
        region_sites, region_labels = self.build_regions(found["regions"], catalogue)
        tps, sites = self.build_trigger_points(found, catalogue, region_sites, region_labels)
        self.check_conditions(found, catalogue)
        line_sites = self.build_line_sites(catalogue)
        self.check_tours(tps, found["fascial_lines"], region_sites, catalogue)
        self.check_quizzes(tps)
        derm_map, derm_sites = build_dermatomes(self, catalogue, found["regions"], region_sites, region_labels)
        muscle_sites = build_muscle_layer(self, catalogue, found["muscles"], sites)
        landmark_sites = build_landmarks(self, catalogue)
        if self.problems:
            return None
        return Atlas(
            body=self.body,
            root=root,
            info=info,
            muscles=MappingProxyType(found["muscles"]),
            trigger_points=MappingProxyType(tps),
            sites=tuple(sites),
            lines=MappingProxyType(found["fascial_lines"]),
            line_sites=tuple(line_sites),
            regions=tuple(region_sites),
            region_of_vertex=region_labels,
            conditions=MappingProxyType(found["conditions"]),
            self_care=care,
            tours=MappingProxyType(found["tours"]),
            quizzes=MappingProxyType(found["quizzes"]),
            documents=MappingProxyType({d.rel: d.model for d in self.docs}),
            geodesics=self.geo,
            dermatome_map=derm_map,
            dermatomes=tuple(derm_sites),
            muscle_sites=tuple(muscle_sites),
            landmarks=tuple(landmark_sites),
        )

    def single(self, kind: str, root: Path):
        """The one model of a kind that must appear exactly once (atlas, self_care), or None (a problem)."""
        found = list(self.items(kind))
        if len(found) != 1:
            self.problems.append(Problem(str(root), None, kind,
                                         f"expected exactly one file with top-level '{kind}', found {len(found)}"))
            return None
        return found[0][2]

    def first_doc(self, kind: str) -> _Doc:
        return next(self.items(kind))[0]

    def build_trigger_points(self, found, catalogue, region_sites, region_labels):
        """Trigger points: unique ids across muscles, references, anchors, zones resolved per side."""
        muscles, lines, conditions = found["muscles"], found["fascial_lines"], found["conditions"]
        tps: dict[str, tuple[S.Muscle, S.TriggerPoint]] = {}
        sites: list[TriggerPointSite] = []
        for doc, i, muscle in self.items("muscles"):
            if muscles.get(muscle.id) is not muscle:
                continue
            mloc = ("muscles", i)
            self.check_sources(doc, mloc, muscle.sources, catalogue)
            for j, line_id in enumerate(muscle.lines):
                if line_id not in lines:
                    self.problem(doc, mloc + ("lines", j), f"unknown fascial line {line_id!r}; known: {', '.join(sorted(lines)) or 'none'}")
            for k, tp in enumerate(muscle.trigger_points):
                tloc = mloc + ("trigger_points", k)
                if tp.id in tps:
                    self.problem(doc, tloc + ("id",), f"duplicate trigger point id {tp.id!r}")
                    continue
                tps[tp.id] = (muscle, tp)
                self.check_sources(doc, tloc, tp.sources, catalogue)
                for e, study in enumerate(tp.evidence):
                    self.check_sources(doc, tloc + ("evidence", e), study.sources, catalogue)
                for c, cond in enumerate(tp.conditions):
                    if cond not in conditions:
                        self.problem(doc, tloc + ("conditions", c), f"unknown condition {cond!r}; define it in conditions.yaml")
                sites.extend(self.build_sites(doc, tloc, muscle, tp, found["regions"], region_sites, region_labels,
                                              len(sites)))
        return tps, sites

    def check_conditions(self, found, catalogue) -> None:
        for doc, i, cond in self.items("conditions"):
            self.check_sources(doc, ("conditions", i), cond.sources, catalogue)
            for j, m in enumerate(cond.muscles):
                if m not in found["muscles"]:
                    self.problem(doc, ("conditions", i, "muscles", j), f"unknown muscle {m!r}")
            for j, r in enumerate(cond.regions):
                if r not in found["regions"]:
                    self.problem(doc, ("conditions", i, "regions", j), f"unknown region {r!r}")

    def build_line_sites(self, catalogue) -> list[LineSite]:
        line_sites = []
        for doc, i, line in self.items("fascial_lines"):
            self.check_sources(doc, ("fascial_lines", i), line.sources, catalogue)
            ok = all(self.check_anchor(doc, ("fascial_lines", i, "waypoints", j, "at"), w.at)
                     for j, w in enumerate(line.waypoints))
            if ok:
                ids = np.array([w.at.vertex for w in line.waypoints])
                for side in _expand_side(line.side):
                    line_sites.append(LineSite(line, side, self.body.mirror[ids] if side == "right" else ids))
        return line_sites

    def check_tours(self, tps, lines, region_sites, catalogue) -> None:
        names = {r.name for r in region_sites}
        for doc, i, tour in self.items("tours"):
            self.check_sources(doc, ("tours", i), tour.sources, catalogue)
            for s, step in enumerate(tour.steps):
                loc = ("tours", i, "steps", s)
                for j, t in enumerate(step.trigger_points):
                    if t not in tps:
                        self.problem(doc, loc + ("trigger_points", j), f"unknown trigger point {t!r}")
                if step.animate and step.animate not in tps:
                    self.problem(doc, loc + ("animate",), f"unknown trigger point {step.animate!r}")
                for j, ln in enumerate(step.lines):
                    if ln not in lines:
                        self.problem(doc, loc + ("lines", j), f"unknown fascial line {ln!r}")
                for j, rn in enumerate(step.regions):
                    if rn not in names:
                        self.problem(doc, loc + ("regions", j), f"unknown region {rn!r} (use a sided name such as 'left plantar heel')")
                if step.pain:
                    self.check_anchor(doc, loc + ("pain",), step.pain)

    def check_quizzes(self, tps) -> None:
        for doc, i, quiz in self.items("quizzes"):
            for q, question in enumerate(quiz.questions):
                loc = ("quizzes", i, "questions", q)
                self.check_anchor(doc, loc + ("pain",), question.pain)
                for j, t in enumerate(question.answers):
                    if t not in tps:
                        self.problem(doc, loc + ("answers", j), f"unknown trigger point {t!r}")

    def build_regions(self, regions: dict[str, S.Region], catalogue: set[str]):
        sites: list[RegionSite] = []
        seed_vertices: list[int] = []
        seed_site: list[int] = []
        for doc, i, region in self.items("regions"):
            if regions.get(region.id) is not region:
                continue
            anchors_ok = all(self.check_anchor(doc, ("regions", i, "seeds", j), a) for j, a in enumerate(region.seeds))
            if not anchors_ok:
                continue
            wanted = {"both": ("left", "right"), "midline": ("midline",)}[region.side]
            for side in wanted:
                if side not in region.choir:
                    self.problem(doc, ("regions", i, "choir"), f"missing the CHOIR code for side {side!r}")
                key = region.id if side == "midline" else f"{side}_{region.id}"
                sites.append(RegionSite(key, region, side, region.choir.get(side)))
                for a in region.seeds:
                    seed_vertices.append(int(self.body.mirror[a.vertex]) if side == "right" else a.vertex)
                    seed_site.append(len(sites) - 1)
        if not seed_vertices:
            self.problems.append(Problem("regions", None, "regions", "no pain regions defined; every vertex needs one"))
            return sites, np.zeros(self.body.n_vertices, dtype=np.int64)
        owner: dict[int, int] = {}
        for v, site_idx in zip(seed_vertices, seed_site):
            other = owner.setdefault(v, site_idx)
            if sites[other].region.id != sites[site_idx].region.id:
                self.problems.append(Problem("regions.yaml", None, "seeds",
                                             f"regions {sites[other].key!r} and {sites[site_idx].key!r} have a seed on "
                                             f"the same vertex {v}; move one of them"))
        nearest = self.geo.nearest_source(seed_vertices)
        labels = np.asarray(seed_site)[nearest]
        empty = sorted(set(range(len(sites))) - set(np.unique(labels).tolist()))
        for idx in empty:
            self.problems.append(Problem("regions.yaml", None, sites[idx].key,
                                         "region has no skin: its seeds are nearer to other regions' seeds"))
        # exact left/right symmetry: a right-side vertex takes the mirror of its mirror vertex's region
        mirror_site = {i: i for i in range(len(sites))}
        by_key = {s.key: i for i, s in enumerate(sites)}
        for i, s in enumerate(sites):
            if s.side == "left":
                mirror_site[i] = by_key.get(f"right_{s.region.id}", i)
            elif s.side == "right":
                mirror_site[i] = by_key.get(f"left_{s.region.id}", i)
        right = np.flatnonzero(self.body.side == -1)
        labels[right] = np.array([mirror_site[int(x)] for x in labels[self.body.mirror[right]]], dtype=np.int64)
        return sites, labels

    def build_sites(self, doc, tloc, muscle, tp, regions, region_sites, region_labels, start):
        if not self.check_anchor(doc, tloc + ("anchor",), tp.anchor):
            return []
        zones = {}
        for name in ("essential", "spillover"):
            zone: S.Zone = getattr(tp, name)
            ok = True
            for d, disk in enumerate(zone.disks):
                ok &= self.check_anchor(doc, tloc + (name, "disks", d, "at"), disk.at)
            for v, vid in enumerate(zone.vertices):
                if vid >= self.body.n_vertices:
                    self.problem(doc, tloc + (name, "vertices", v), f"vertex {vid} is out of range")
                    ok = False
            for r, rid in enumerate(zone.regions):
                if rid not in regions:
                    self.problem(doc, tloc + (name, "regions", r), f"unknown region {rid!r}")
                    ok = ok and self.partial
            if not ok:
                return []
            zones[name] = zone
        out = []
        if not _both_sides_ok(self, doc, tloc, tp):
            return []
        for side in _expand_side(tp.side):
            sets = {}
            for name, zone in zones.items():
                ids = self.zone_vertices(zone, side, region_sites, region_labels)
                sets[name] = ids
            if len(sets["essential"]) == 0:
                self.problem(doc, tloc + ("essential",), "the essential zone is empty; give it at least one disk, vertex or region")
                return []
            spill = np.setdiff1d(sets["spillover"], sets["essential"])
            vertex = int(self.body.mirror[tp.anchor.vertex]) if side == "right" else tp.anchor.vertex
            out.append(TriggerPointSite(start + len(out), muscle, tp, side, vertex, sets["essential"], spill))
        return out

    def zone_vertices(self, zone: S.Zone, side: str, region_sites, region_labels) -> np.ndarray:
        mirror = self.body.mirror
        centres = [d.at.vertex for d in zone.disks]
        if side == "right":
            centres = [int(mirror[c]) for c in centres]
        parts = [self.geo.disks(centres, [d.radius_cm for d in zone.disks])]
        explicit = np.asarray(zone.vertices, dtype=np.int64)
        parts.append(mirror[explicit] if side == "right" else explicit)
        for rid in zone.regions:
            for idx, site in enumerate(region_sites):
                if site.region.id == rid and site.side in (side, "midline"):
                    parts.append(np.flatnonzero(region_labels == idx))
        ids = np.unique(np.concatenate(parts)).astype(np.int64)
        return with_mirror(ids, mirror) if zone.both_sides else ids


def with_mirror(vertices: np.ndarray, mirror: np.ndarray) -> np.ndarray:
    """The vertex set and its mirror image, sorted: a `both_sides` zone, felt on both sides of the body from a
    point on one side (rectus abdominis' bands across the back). Midline vertices are their own mirror."""
    vertices = np.asarray(vertices, dtype=np.int64)
    return np.union1d(vertices, mirror[vertices]).astype(np.int64)


def _both_sides_ok(checks: _Checks, doc: _Doc, tloc: tuple, tp: S.TriggerPoint) -> bool:
    """A midline trigger point's zones are drawn once across the midline: `both_sides` would mean nothing."""
    ok = True
    for name in ("essential", "spillover"):
        if getattr(tp, name).both_sides and tp.side == "midline":
            checks.problem(doc, tloc + (name, "both_sides"), "a midline trigger point's zone is already drawn "
                           "across the midline; remove both_sides (or give the point side: both)")
            ok = False
    return ok


def build_dermatomes(checks: _Builder, catalogue: set[str], regions: dict[str, S.Region], region_sites,
                     region_labels) -> tuple[S.DermatomeMap | None, list[DermatomeSite]]:
    """The nerve-root layer (dermatomes.yaml, optional, at most once): roots unique, sources known, zones
    checked like referral zones and resolved to vertex sets per side."""
    found = list(checks.items("dermatomes"))
    if not found:
        return None, []
    for doc, _, _ in found[1:]:
        checks.problem(doc, ("dermatomes",), f"the dermatomes are defined twice (also in {found[0][0].rel}); "
                                             "keep one file with top-level 'dermatomes'")
    doc, _, layer = found[0]
    checks.check_sources(doc, ("dermatomes",), layer.sources, catalogue)
    sites: list[DermatomeSite] = []
    seen: set[str] = set()
    for i, derm in enumerate(layer.roots):
        loc = ("dermatomes", "roots", i)
        if derm.root in seen:
            checks.problem(doc, loc + ("root",), f"duplicate root {derm.root!r}; give each root one entry")
            continue
        seen.add(derm.root)
        checks.check_sources(doc, loc, derm.sources, catalogue)
        if not _zone_ok(checks, doc, loc + ("zone",), derm.zone, regions):
            continue
        if derm.zone.both_sides:
            checks.problem(doc, loc + ("zone", "both_sides"), "a dermatome is one side's nerve root; remove "
                           "both_sides (side: both already draws the root on each side)")
            continue
        for side in _expand_side(derm.side):
            ids = checks.zone_vertices(derm.zone, side, region_sites, region_labels)
            if len(ids) == 0:
                checks.problem(doc, loc + ("zone",), "the zone is empty; give it at least one disk, vertex or region")
                break
            sites.append(DermatomeSite(derm, side, ids))
    return layer, sites


def build_muscle_layer(checks: _Builder, catalogue: set[str], muscles: dict[str, S.Muscle],
                       tp_sites: list[TriggerPointSite]) -> list[MuscleSite]:
    """The muscle layer (anatomy/*.yaml, optional): one entry per muscle, its footprint resolved per side
    (left computed, right mirrored), checked to be one piece holding the muscle's trigger points.

    Footprints are resolved on the reference body, where they were authored, and carry over to the other
    variants by vertex id (as anchors do), so every body shows the same muscles on the same skin."""
    if not any(True for _ in checks.items("anatomy")):
        return []
    if checks.body is not checks.reference:
        return _layer_on_reference(checks, muscles, tp_sites)
    sites: list[MuscleSite] = []
    seen: dict[str, str] = {}
    for doc, i, entry in checks.items("anatomy"):
        loc = ("anatomy", i)
        if entry.muscle not in muscles:
            checks.problem(doc, loc + ("muscle",), f"unknown muscle {entry.muscle!r}; use an id from annotations/muscles")
            continue
        if entry.muscle in seen:
            checks.problem(doc, loc + ("muscle",), f"muscle {entry.muscle!r} has a second anatomy entry (also in "
                                                   f"{seen[entry.muscle]}); keep one")
            continue
        seen[entry.muscle] = doc.rel
        checks.check_sources(doc, loc, entry.sources, catalogue)
        for j, over in enumerate(entry.under):
            if over not in muscles:
                checks.problem(doc, loc + ("under", j), f"unknown muscle {over!r} in `under`")
        margin = _footprint_margin(checks, doc, loc, entry)
        ends = [_attachment_vertices(checks, doc, loc + (name,), getattr(entry, name)) for name in ("origin", "insertion")]
        if margin is None or ends[0] is None or ends[1] is None:
            continue
        left = np.flatnonzero(margin >= 0)
        near = np.flatnonzero(np.isfinite(margin))
        pieces = A.components(checks.body, left)
        if pieces != entry.bellies:
            fix = ("join its bands and disks into one area (overlap them a little)" if entry.bellies == 1
                   else f"`bellies: {entry.bellies}` asks for {entry.bellies}, one per belly")
            made = "is one piece" if pieces == 1 else f"falls into {pieces} pieces"
            checks.problem(doc, loc + ("footprint",), f"the footprint {made}; {fix}")
            continue
        lines = A.fibres(checks.body, checks.geo, left, ends[0], ends[1])
        mirror = checks.body.mirror
        for side in _expand_side(entry.side):
            flip = (lambda ids: np.sort(mirror[ids])) if side == "right" else (lambda ids: ids)
            fib = tuple(mirror[f] if side == "right" else f for f in lines)
            ring = mirror[near] if side == "right" else near
            site = MuscleSite(muscles[entry.muscle], entry, side, flip(left), mirror[ends[0]] if side == "right"
                              else ends[0], mirror[ends[1]] if side == "right" else ends[1], fib,
                              ring, margin[near].astype(np.float32))
            sites.append(site)
            if side != "right":  # the right side is the mirror image: checking it again would repeat problems
                _check_holds_points(checks, doc, loc, site, [t for t in tp_sites if t.muscle.id == entry.muscle
                                                             and t.side in (side, "midline")])
    tints = A.tint_classes(checks.body, sites)
    return [replace(m, tint=tints.get(m.muscle.id, 0)) for m in sites]


def _layer_on_reference(checks: _Builder, muscles: dict[str, S.Muscle],
                        tp_sites: list[TriggerPointSite]) -> list[MuscleSite]:
    """The muscle layer of the reference body, with this variant's muscle and trigger point objects."""
    from bodymap.core.atlas import load_atlas

    try:
        reference = load_atlas(checks.docs_root, checks.reference)
    except AtlasError:
        return []  # the same problems are reported for this variant by its own checks
    return [MuscleSite(muscles[m.muscle.id], m.anatomy, m.side, m.footprint, m.origin, m.insertion, m.fibres, m.near,
                       m.margin, m.tint) for m in reference.muscle_sites if m.muscle.id in muscles]


def _footprint_margin(checks: _Checks, doc: _Doc, loc: tuple, entry: S.MuscleAnatomy) -> np.ndarray | None:
    """(n,) the footprint's margin field on the left side (cm inside; the footprint is margin >= 0)."""
    fp = entry.footprint
    floc = loc + ("footprint",)
    ok = True
    for b, band in enumerate(fp.bands):
        for k, a in enumerate(band.along):
            ok &= checks.check_anchor(doc, floc + ("bands", b, "along", k), a)
    for d, disk in enumerate(fp.disks):
        ok &= checks.check_anchor(doc, floc + ("disks", d, "at"), disk.at)
    for v, vid in enumerate(fp.vertices):
        if vid >= checks.body.n_vertices:
            checks.problem(doc, floc + ("vertices", v), f"vertex {vid} is out of range")
            ok = False
    if not ok:
        return None
    margin = np.full(checks.body.n_vertices, -np.inf)
    for band in fp.bands:
        margin = np.maximum(margin, A.band_margin(checks.body, checks.geo, [a.vertex for a in band.along], band.width_cm))
    for disk in fp.disks:
        margin = np.maximum(margin, A.disk_margin(checks.geo, disk.at.vertex, disk.radius_cm))
    margin[np.asarray(fp.vertices, dtype=np.int64)] = np.maximum(margin[np.asarray(fp.vertices, dtype=np.int64)], 0.5)
    return A.fill_pinholes(checks.body, margin)


def _attachment_vertices(checks: _Checks, doc: _Doc, loc: tuple, attachment: S.Attachment) -> np.ndarray | None:
    ok = all([checks.check_anchor(doc, loc + ("at", k), a) for k, a in enumerate(attachment.at)])
    return np.asarray([a.vertex for a in attachment.at], dtype=np.int64) if ok else None


def _check_holds_points(checks: _Checks, doc: _Doc, loc: tuple, site: MuscleSite, tps: list[TriggerPointSite]) -> None:
    """Every trigger point anchor of the muscle lies in its footprint (or within the declared tolerance)."""
    if not tps:
        return
    tolerance = site.anatomy.anchor_tolerance_cm
    far = checks.geo.distance_to_set(site.footprint, limit_cm=tolerance + 15.0)
    for tp in tps:
        gap = float(far[tp.vertex])
        if gap > tolerance + 1e-6:
            shown = f"{gap:.1f} cm" if np.isfinite(gap) else "more than 15 cm"
            hint = "set anchor_tolerance_cm (deep muscles only)" if site.deep else "widen the footprint over it"
            checks.problem(doc, loc + ("footprint",),
                           f"trigger point {tp.trigger_point.id} ({tp.side}) lies {shown} outside the footprint of "
                           f"{site.muscle.id}; {hint}")


def build_landmarks(checks: _Checks, catalogue: set[str]) -> list[LandmarkSite]:
    """The palpable bony landmarks (bony_landmarks.yaml, optional): ids unique across files, sources known,
    anchors sound, resolved per side; and every `landmark:ID` a recipe in any file names must exist."""
    sites: list[LandmarkSite] = []
    known = checks.unique("bony_landmarks")
    for doc, i, lm in checks.items("bony_landmarks"):
        if known.get(lm.id) is not lm:
            continue
        loc = ("bony_landmarks", i)
        checks.check_sources(doc, loc, lm.sources, catalogue)
        if not all([checks.check_anchor(doc, loc + ("at", j), a) for j, a in enumerate(lm.at)]):
            continue
        ids = np.array([a.vertex for a in lm.at], dtype=np.int64)
        for side in _expand_side(lm.side):
            sites.append(LandmarkSite(lm, side, checks.body.mirror[ids] if side == "right" else ids))
    from bodymap.core._yaml import iter_mappings
    for doc in checks.docs:
        if doc.text.find(S.LANDMARK_PREFIX) < 0:
            continue
        for path, node in iter_mappings(doc.plain, "locate"):
            recipe = node["locate"] if isinstance(node["locate"], dict) else {}
            for key in ("from", "to"):
                match = S.LANDMARK_REF.fullmatch(str(recipe.get(key) or ""))
                if match and match.group(1) not in known:
                    checks.problem(doc, tuple(path) + ("locate", key),
                                   f"unknown landmark {match.group(1)!r}; define it in bony_landmarks.yaml")
    return sites


def _zone_ok(checks: _Checks, doc: _Doc, loc: tuple, zone: S.Zone, regions: dict[str, S.Region]) -> bool:
    """Whether a zone's anchors, vertex ids and region ids are all sound (each problem reported)."""
    ok = True
    for d, disk in enumerate(zone.disks):
        ok &= checks.check_anchor(doc, loc + ("disks", d, "at"), disk.at)
    for v, vid in enumerate(zone.vertices):
        if vid >= checks.body.n_vertices:
            checks.problem(doc, loc + ("vertices", v), f"vertex {vid} is out of range")
            ok = False
    for r, rid in enumerate(zone.regions):
        if rid not in regions:
            checks.problem(doc, loc + ("regions", r), f"unknown region {rid!r}; use a region id from regions.yaml")
            ok = ok and checks.partial
    return ok


def _expand_side(side: str) -> tuple[str, ...]:
    return {"both": SIDES, "left": ("left",), "right": ("right",), "midline": ("midline",)}[side]




def build_atlas(root: Path, body: Body, partial: bool = False, warnings: list[Problem] | None = None) -> Atlas:
    """Read, check and resolve the atlas under root on `body`; raises AtlasError with every problem found."""
    problems: list[Problem] = []
    if not root.is_dir():
        raise AtlasError([Problem(str(root), None, "", "annotation folder not found")])
    docs = _read_documents(root, problems)
    if problems:
        raise AtlasError(problems)
    builder = _Builder(body, docs, problems, partial=partial)
    atlas = builder.build(root)
    if warnings is not None:
        warnings.extend(builder.warnings)
    if problems or atlas is None:
        raise AtlasError(problems)
    return atlas
