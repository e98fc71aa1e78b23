"""Bake what the browser needs to answer a click or a drawing without a server round trip.

The tables hold every trigger point site's zones as vertex lists (essential, spillover, near misses with how
near they are), the skin's vertex areas and sides, the region of every vertex, each site's trigger point
vertex, and one referral path per site from its point to the centre of its essential zone. From these the
browser ranks a pain location with exactly the engine's rule (js/screen/rank.js; docs/scoring.md). The
file format is `bodymap.core.formats` (BAKED_TABLES), written by `bodymap export --out tables.bmt`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bodymap.core.atlas import Atlas
from bodymap.core.formats import BAKED_TABLES, ContainerError, pack_arrays, unpack_arrays
from bodymap.core.referral import NEAR_STEPS, engine_for, referral_path

BakeFileError = ContainerError  # a baked table file is missing, truncated, corrupt or from another version


@dataclass(frozen=True, eq=False)
class BakedTables:
    """Everything the browser needs to rank, as plain arrays (S sites, n vertices).

    zone_offsets : (3S+1,) int32 into zone_vertices: site s's essential zone is [o[3s], o[3s+1]), its
        spillover [o[3s+1], o[3s+2]), its near misses [o[3s+2], o[3s+3])
    zone_vertices : (z,) uint16, sorted within each part
    zone_quanta : (z,) uint8, how near a near miss is (NEAR_STEPS at the zone's edge); 255 in the zones
    vertex_area : (n,) float32 cm2
    vertex_side : (n,) int8, +1 left, -1 right, 0 midline
    region_of_vertex : (n,) uint16
    site_vertex : (S,) int32
    path_offsets : (S+1,) int32 into path_points (rows): a path per site, from its point to its zone's centre
    path_points : (p, 3) float32, lifted off the skin (settings.PATH_LIFT_CM)
    """

    header: dict
    arrays: dict[str, np.ndarray] = field(repr=False)

    def __getattr__(self, name: str) -> np.ndarray:
        try:
            return self.__dict__["arrays"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def sites(self) -> list[dict]:
        return self.header["sites"]


def atlas_hash(atlas: Atlas) -> str:
    """Hash of the annotation documents and the body geometry the atlas was built from."""
    h = hashlib.sha256(atlas.body.fingerprint.encode())
    for rel in sorted(atlas.documents):
        h.update(rel.encode())
        h.update(atlas.documents[rel].model_dump_json().encode())
    return h.hexdigest()[:16]


def site_info(atlas: Atlas) -> list[dict]:
    """Per site what the browser shows and ranks with; `order` is the tie-break rank (trigger point id, side)."""
    engine = engine_for(atlas)
    order = sorted(range(len(atlas.sites)), key=lambda i: (atlas.sites[i].trigger_point.id, atlas.sites[i].side))
    rank = {site: k for k, site in enumerate(order)}
    return [{"key": s.key, "muscle_id": s.muscle.id, "muscle_name": s.muscle.name,
             "trigger_point_id": s.trigger_point.id, "trigger_point_name": s.trigger_point.name,
             "side": s.side, "label": s.label, "prevalence": float(engine.prevalence[s.index]),
             "order": rank[s.index]} for s in atlas.sites]


def _zone_lists(atlas: Atlas) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """zone_offsets, zone_vertices, zone_quanta from the engine's zone lists."""
    engine = engine_for(atlas)
    offsets, parts, quanta = [0], [], []
    for zones in engine.zones:
        for vertices, q in ((zones.essential, None), (zones.spillover, None), (zones.near, zones.near_quanta)):
            parts.append(vertices.astype(np.uint16))
            quanta.append(np.full(len(vertices), NEAR_STEPS, np.uint8) if q is None else q)
            offsets.append(offsets[-1] + len(vertices))
    return np.asarray(offsets, np.int32), np.concatenate(parts), np.concatenate(quanta)


def bake(atlas: Atlas, with_paths: bool = True) -> BakedTables:
    """Zones, areas, regions and one referral path per trigger point site, for the browser."""
    engine = engine_for(atlas)
    body = atlas.body
    zone_offsets, zone_vertices, zone_quanta = _zone_lists(atlas)
    path_offsets, path_parts = [0], []
    if with_paths:
        for site in atlas.sites:
            centre = engine.closest_pain_vertex(site, site.essential)
            pts = referral_path(atlas, site, centre).points.astype(np.float32)
            path_parts.append(pts)
            path_offsets.append(path_offsets[-1] + len(pts))
    arrays = {
        "zone_offsets": zone_offsets,
        "zone_vertices": zone_vertices,
        "zone_quanta": zone_quanta,
        "vertex_area": body.vertex_areas.astype(np.float32),
        "vertex_side": body.side.astype(np.int8),
        "region_of_vertex": atlas.region_of_vertex.astype(np.uint16),
        "site_vertex": np.asarray([st.vertex for st in atlas.sites], dtype=np.int32),
        "path_offsets": np.asarray(path_offsets, dtype=np.int32),
        "path_points": np.concatenate(path_parts) if path_parts else np.zeros((0, 3), np.float32),
    }
    header = BAKED_TABLES.header(atlas_hash=atlas_hash(atlas), body=body.variant, body_fingerprint=body.fingerprint,
                                 sites=site_info(atlas), region_names=[r.name for r in atlas.regions])
    return BakedTables(header, arrays)


def to_bytes(tables: BakedTables) -> bytes:
    """Serialise tables into the `.bmt` format (bodymap.core.formats)."""
    return pack_arrays(tables.header, tables.arrays)


def from_bytes(data: bytes, source: str = "baked tables") -> BakedTables:
    """Parse `.bmt` bytes; raises BakeFileError with what is wrong (truncated, corrupt, wrong version)."""
    header, arrays = unpack_arrays(data, BAKED_TABLES, source)
    return BakedTables(header, arrays)


def write_tables(tables: BakedTables, path: Path) -> int:
    """Write tables atomically; returns the size in bytes."""
    data = to_bytes(tables)
    path = Path(path)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(data)


def read_tables(path: Path) -> BakedTables:
    path = Path(path)
    if not path.is_file():
        raise BakeFileError(f"baked table file {path} is missing; create it with `bodymap export --out {path}`")
    return from_bytes(path.read_bytes(), str(path))
