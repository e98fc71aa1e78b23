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

from bodymap.core import schema as S
from bodymap.core._yaml import dump_yaml, write_atomic
from bodymap.core.body import Body, load_body
from bodymap.core.geodesic import SurfaceGeodesics
from bodymap.errors import BodymapError
from bodymap.settings import ANNOTATION_DIR

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


@dataclass(frozen=True)
class DermatomeSite:
    """One nerve root's dermatome on one side (or the midline), as a vertex set."""

    dermatome: S.Dermatome
    side: str                     # 'left' | 'right' | 'midline'
    vertices: np.ndarray          # (k,) int, sorted

    @property
    def root(self) -> str:
        return self.dermatome.root

    @property
    def key(self) -> str:
        return f"{self.root}:{self.side}"


@dataclass(frozen=True)
class MuscleSite:
    """One muscle on one side (or the midline) in the muscle layer: the skin over its belly, its attachments
    and its fibres, as vertex ids."""

    muscle: S.Muscle
    anatomy: S.MuscleAnatomy
    side: str                     # 'left' | 'right' | 'midline'
    footprint: np.ndarray         # (k,) int, sorted
    origin: np.ndarray            # (a,) int, the origin's anchors
    insertion: np.ndarray         # (b,) int
    fibres: tuple[np.ndarray, ...]  # vertex-id polylines, origin end first
    near: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64), repr=False)
    margin: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32), repr=False)
    # near/margin: the footprint's margin field (cm inside, negative just outside) on the vertices around
    # it, so pictures can draw the edge between vertices
    tint: int = 0                 # which of the alternating tints it is drawn in (anatomy.tint_classes; deep: 0)

    @property
    def key(self) -> str:
        return f"{self.muscle.id}:{self.side}"

    @property
    def deep(self) -> bool:
        return self.anatomy.layer == "deep"


@dataclass(frozen=True)
class LandmarkSite:
    """One palpable bony landmark on one side (or the midline): its anchor vertices, in order along a line."""

    landmark: S.BonyLandmark
    side: str                     # 'left' | 'right' | 'midline'
    vertices: np.ndarray          # (k,) int: 1 for a point, 2+ along a line

    @property
    def key(self) -> str:
        return f"{self.landmark.id}:{self.side}"

    @property
    def label(self) -> str:
        return self.landmark.name


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
    dermatome_map: S.DermatomeMap | None = None   # the nerve-root layer's map and caveat (None: no layer)
    dermatomes: tuple[DermatomeSite, ...] = ()
    muscle_sites: tuple[MuscleSite, ...] = ()     # the muscle layer (anatomy/*.yaml), per muscle and side
    landmarks: tuple[LandmarkSite, ...] = ()      # palpable bony landmarks (bony_landmarks.yaml, optional)

    def muscle_site(self, muscle_id: str, side: str) -> MuscleSite | None:
        """The muscle layer's entry for a muscle on a side ('midline' muscles answer for either side)."""
        for m in self.muscle_sites:
            if m.muscle.id == muscle_id and m.side in (side, "midline"):
                return m
        return None

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
        areas = self.body.vertex_areas
        return float(areas[covered].sum() / areas.sum())

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


def read_atlas(path: Path | str = ANNOTATION_DIR, body: Body | None = None, partial: bool = False,
               warnings: list[Problem] | None = None) -> Atlas:
    """Read and validate an atlas folder (uncached). Raises AtlasError with every problem found.

    partial=True accepts references to ids defined in files that are not there (listed in `warnings`):
    for authors checking one file of a larger atlas. (The reading and checking live in atlas_build.py.)
    """
    from bodymap.core.atlas_build import build_atlas

    return build_atlas(Path(path), body or load_body(), partial=partial, warnings=warnings)


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
