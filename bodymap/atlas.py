"""Atlas = Body + validated annotations, with every zone and region resolved to vertex sets.

`load_atlas(path)` reads every YAML file under the folder, validates each against the schema, runs the
cross-file checks, and either returns an immutable Atlas or raises AtlasError listing every problem as
`file:line: field: what is wrong (how to fix)`. It never runs on a broken atlas.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from pydantic import ValidationError

from bodymap import schema as S
from bodymap._yaml import YamlReadError, dump_yaml, line_of, read_yaml, to_plain, write_atomic
from bodymap.body import Body, load_body
from bodymap.errors import BodymapError
from bodymap.geodesic import SurfaceGeodesics
from bodymap.settings import ANNOTATION_DIR, STALE_ANCHOR_CM

SIDES = ("left", "right")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class AtlasError(BodymapError):
    """The annotation files are invalid; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        n = len(problems)
        super().__init__(f"{n} problem{'s' if n != 1 else ''} in the annotation files:\n"
                         + "\n".join(f"  {p}" for p in problems))


def _field_path(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# ---- resolved, per-side objects ---------------------------------------------------------------------

@dataclass(frozen=True)
class RegionSite:
    """A pain region on one side (or the midline), e.g. 'left plantar heel'."""

    key: str                      # e.g. 'left_plantar_heel' or 'sacrum'
    region: S.Region
    side: str                     # 'left' | 'right' | 'midline'
    choir: int | None

    @property
    def name(self) -> str:
        return self.region.name if self.side == "midline" else f"{self.side} {self.region.name}"


@dataclass(frozen=True)
class TriggerPointSite:
    """One trigger point on one side, with its zones as vertex sets."""

    index: int
    muscle: S.Muscle
    trigger_point: S.TriggerPoint
    side: str                     # 'left' | 'right' | 'midline'
    vertex: int
    essential: np.ndarray         # (k,) int, sorted
    spillover: np.ndarray         # (m,) int, sorted, disjoint from essential

    @property
    def key(self) -> str:
        return f"{self.trigger_point.id}:{self.side}"

    @property
    def label(self) -> str:
        side = "" if self.side == "midline" else f"{self.side} "
        return f"{side}{self.muscle.name} {self.trigger_point.name}"


@dataclass(frozen=True)
class LineSite:
    """A fascial line on one side: its waypoint vertices bottom to top."""

    line: S.FascialLine
    side: str
    waypoints: np.ndarray         # (k,) int

    @property
    def key(self) -> str:
        return f"{self.line.id}:{self.side}"


@dataclass(frozen=True, eq=False)
class Atlas:
    body: Body
    root: Path
    info: S.AtlasInfo
    muscles: MappingProxyType             # id -> Muscle
    trigger_points: MappingProxyType      # id -> (Muscle, TriggerPoint)
    sites: tuple[TriggerPointSite, ...]
    lines: MappingProxyType               # id -> FascialLine
    line_sites: tuple[LineSite, ...]
    regions: tuple[RegionSite, ...]
    region_of_vertex: np.ndarray          # (n,) int index into regions
    conditions: MappingProxyType          # id -> Condition
    self_care: S.SelfCareDefaults
    tours: MappingProxyType
    quizzes: MappingProxyType
    documents: MappingProxyType           # relative file path -> validated file model (for saving)
    geodesics: SurfaceGeodesics = field(repr=False)

    def site(self, key: str) -> TriggerPointSite:
        """Trigger point site by key 'tp_id:side'."""
        for s in self.sites:
            if s.key == key:
                return s
        raise KeyError(f"unknown trigger point site {key!r}")

    def sites_of(self, tp_id: str) -> list[TriggerPointSite]:
        return [s for s in self.sites if s.trigger_point.id == tp_id]

    def region_by_name(self, name: str) -> RegionSite:
        """Region by display name ('left plantar heel') or key ('left_plantar_heel'), case-insensitive."""
        wanted = name.strip().lower().replace("_", " ")
        for r in self.regions:
            if r.name.lower() == wanted or r.key.replace("_", " ") == wanted:
                return r
        raise KeyError(f"unknown region {name!r}; e.g. {', '.join(r.name for r in self.regions[:4])}")

    def region_vertices(self, region_index: int) -> np.ndarray:
        return np.flatnonzero(self.region_of_vertex == region_index)

    def self_care_for(self, tp: S.TriggerPoint) -> S.SelfCare:
        """The trigger point's own self-care with the atlas defaults filling what it leaves out."""
        merged = self.self_care.defaults.model_dump()
        if tp.self_care:
            for key, value in tp.self_care.model_dump().items():
                if value:
                    merged[key] = value
        return S.SelfCare(**merged)

    def coverage(self, essential_only: bool = False) -> float:
        """Share of the skin area covered by at least one referral zone (or essential zone)."""
        covered = np.zeros(self.body.n_vertices, dtype=bool)
        for s in self.sites:
            covered[s.essential] = True
            if not essential_only:
                covered[s.spillover] = True
        return float(_vertex_areas(self.body)[covered].sum() / _vertex_areas(self.body).sum())

    def counts(self) -> dict[str, int]:
        one_side = {tp_id for tp_id in self.trigger_points}
        return {
            "muscles": len(self.muscles),
            "trigger points": len(one_side),
            "fascial lines": len(self.lines),
            "regions": len(self.regions),
            "conditions": len(self.conditions),
            "zones": 2 * len(one_side),
            "tours": len(self.tours),
        }


def _vertex_areas(body: Body) -> np.ndarray:
    if "vertex_areas" not in body._cache:
        tri = body.vertices[body.triangles]
        area = np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1) / 2
        per_vertex = np.zeros(body.n_vertices)
        np.add.at(per_vertex, body.triangles.ravel(), np.repeat(area / 3, 3))
        body._cache["vertex_areas"] = per_vertex
    return body._cache["vertex_areas"]


# ---- reading and validating files -------------------------------------------------------------------

class _Doc:
    """A validated file; its round-trip tree (for line numbers) is parsed only when a problem needs it."""

    def __init__(self, rel: str, text: str, model: Any, tree: Any = None):
        self.rel, self.text, self.model, self._tree = rel, text, model, tree

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
        doc = _Doc(rel, text, None, tree)
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

class _Builder:
    """Collects models from all files, checks references, and resolves zones to vertex sets."""

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

    def build(self, root: Path) -> Atlas | None:
        infos = list(self.items("atlas"))
        if len(infos) != 1:
            self.problems.append(Problem(str(root), None, "atlas",
                                         f"expected exactly one file with top-level 'atlas', found {len(infos)}"))
            return None
        info: S.AtlasInfo = infos[0][2]
        catalogue = {s.id for s in info.sources}
        care = list(self.items("self_care"))
        if len(care) != 1:
            self.problems.append(Problem(str(root), None, "self_care",
                                         f"expected exactly one file with top-level 'self_care', found {len(care)}"))
            return None

        regions = self.unique("regions")
        muscles = self.unique("muscles")
        lines = self.unique("fascial_lines")
        conditions = self.unique("conditions")
        tours = self.unique("tours")
        quizzes = self.unique("quizzes")
        self.check_sources(care[0][0], ("self_care",), care[0][2].sources, catalogue)

        # regions: anchors, then the partition
        region_sites, region_labels = self.build_regions(regions, catalogue)

        # trigger points: unique ids across muscles, references, anchors, zones
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
                for c, cond in enumerate(tp.conditions):
                    if cond not in conditions:
                        self.problem(doc, tloc + ("conditions", c), f"unknown condition {cond!r}; define it in conditions.yaml")
                sites.extend(self.build_sites(doc, tloc, muscle, tp, regions, region_sites, region_labels, len(sites)))

        for doc, i, cond in self.items("conditions"):
            self.check_sources(doc, ("conditions", i), cond.sources, catalogue)
            for j, m in enumerate(cond.muscles):
                if m not in muscles:
                    self.problem(doc, ("conditions", i, "muscles", j), f"unknown muscle {m!r}")
            for j, r in enumerate(cond.regions):
                if r not in regions:
                    self.problem(doc, ("conditions", i, "regions", j), f"unknown region {r!r}")

        line_sites = []
        for doc, i, line in self.items("fascial_lines"):
            self.check_sources(doc, ("fascial_lines", i), line.sources, catalogue)
            ok = all(self.check_anchor(doc, ("fascial_lines", i, "waypoints", j, "at"), w.at)
                     for j, w in enumerate(line.waypoints))
            if ok:
                ids = np.array([w.at.vertex for w in line.waypoints])
                for side in _expand_side(line.side):
                    line_sites.append(LineSite(line, side, self.body.mirror[ids] if side == "right" else ids))

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
                names = {r.name for r in region_sites}
                for j, rn in enumerate(step.regions):
                    if rn not in names:
                        self.problem(doc, loc + ("regions", j), f"unknown region {rn!r} (use a sided name such as 'left plantar heel')")
                if step.pain:
                    self.check_anchor(doc, loc + ("pain",), step.pain)
        for doc, i, quiz in self.items("quizzes"):
            for q, question in enumerate(quiz.questions):
                loc = ("quizzes", i, "questions", q)
                self.check_anchor(doc, loc + ("pain",), question.pain)
                for j, t in enumerate(question.answers):
                    if t not in tps:
                        self.problem(doc, loc + ("answers", j), f"unknown trigger point {t!r}")

        if self.problems:
            return None
        return Atlas(
            body=self.body,
            root=root,
            info=info,
            muscles=MappingProxyType(muscles),
            trigger_points=MappingProxyType(tps),
            sites=tuple(sites),
            lines=MappingProxyType(lines),
            line_sites=tuple(line_sites),
            regions=tuple(region_sites),
            region_of_vertex=region_labels,
            conditions=MappingProxyType(conditions),
            self_care=care[0][2],
            tours=MappingProxyType(tours),
            quizzes=MappingProxyType(quizzes),
            documents=MappingProxyType({d.rel: d.model for d in self.docs}),
            geodesics=self.geo,
        )

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
        return np.unique(np.concatenate(parts)).astype(np.int64)


def _expand_side(side: str) -> tuple[str, ...]:
    return {"both": SIDES, "left": ("left",), "right": ("right",), "midline": ("midline",)}[side]


def read_atlas(path: Path | str = ANNOTATION_DIR, body: Body | None = None, partial: bool = False,
               warnings: list[Problem] | None = None) -> Atlas:
    """Read and validate an atlas folder (uncached). Raises AtlasError with every problem found.

    partial=True accepts references to ids defined in files that are not there (listed in `warnings`):
    for authors checking one file of a larger atlas.
    """
    root = Path(path)
    problems: list[Problem] = []
    if not root.is_dir():
        raise AtlasError([Problem(str(root), None, "", "annotation folder not found")])
    docs = _read_documents(root, problems)
    if problems:
        raise AtlasError(problems)
    builder = _Builder(body or load_body(), docs, problems, partial=partial)
    atlas = builder.build(root)
    if warnings is not None:
        warnings.extend(builder.warnings)
    if problems or atlas is None:
        raise AtlasError(problems)
    return atlas


@functools.lru_cache(maxsize=8)
def _cached(path: str, variant: str) -> Atlas:
    return read_atlas(Path(path), load_body(variant))


def load_atlas(path: Path | str = ANNOTATION_DIR, body: Body | None = None) -> Atlas:
    """The atlas at path on a body variant, read once per process and shared (like `load_body`)."""
    variant = body.variant if body is not None else "neutral"
    if body is not None and body is not load_body(variant):
        return read_atlas(path, body)
    return _cached(str(Path(path).resolve()), variant)


def save_atlas(atlas: Atlas, path: Path | str) -> list[Path]:
    """Write the atlas's files under path (atomically, one file at a time). Returns the written paths."""
    root = Path(path)
    written = []
    for rel, model in atlas.documents.items():
        data = model.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        target = root / rel
        write_atomic(target, dump_yaml(data))
        written.append(target)
    return written
