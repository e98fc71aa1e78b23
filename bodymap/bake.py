"""Bake the tables the browser needs to answer a click without a server round trip.

File format (`.bmt`, little-endian): the 8-byte magic `BODYMAP1`, a uint32 header length, a UTF-8 JSON
header `{format, version, atlas_hash, body, top_k, sites, region_names, arrays: {name: {dtype, shape,
offset, nbytes}}, sha256}`, then the arrays back to back (each 8-byte aligned). `sha256` covers the array
bytes; `atlas_hash` names the annotation files and mesh the tables were baked from.
"""
from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bodymap.atlas import Atlas
from bodymap.errors import BodymapError
from bodymap.referral import OTHER_SIDE, engine_for, referral_path
from bodymap.settings import BAKED_TOP_K

MAGIC = b"BODYMAP1"
FORMAT_VERSION = 1


class BakeFileError(BodymapError):
    """A baked table file is missing, truncated, corrupt or from another version."""


@dataclass(frozen=True, eq=False)
class BakedTables:
    """Everything the browser needs, as plain arrays.

    candidates : (n, K) int16 site index per vertex, best first, -1 padded
    candidate_zone : (n, K) uint8, 2 essential, 1 spillover, 0 near
    candidate_score : (n, K) uint8, score * 255
    zone_offsets : (2S+1,) int32 into zone_vertices (essential then spillover per site)
    zone_vertices : (z,) uint16
    site_vertex : (S,) int32
    region_of_vertex : (n,) uint16
    path_offsets : (S+1,) int32 into path_points (rows), a path per site from its point to its zone centre
    path_points : (p, 3) float32
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
    return [{"key": s.key, "muscle_id": s.muscle.id, "muscle_name": s.muscle.name,
             "trigger_point_id": s.trigger_point.id, "trigger_point_name": s.trigger_point.name,
             "side": s.side, "label": s.label} for s in atlas.sites]


def bake(atlas: Atlas, top_k: int = BAKED_TOP_K, with_paths: bool = True) -> BakedTables:
    """Precompute per-vertex candidates, zones and one referral path per trigger point site."""
    engine = engine_for(atlas)
    body = atlas.body
    n, s = body.n_vertices, len(atlas.sites)
    k = min(top_k, max(s, 1))
    side_match = (engine.site_side[:, None] == 0) | (body.side[None, :] == 0) | \
                 (engine.site_side[:, None] == body.side[None, :])
    score = engine.membership * engine.prevalence[:, None] * np.where(side_match, 1.0, OTHER_SIDE)
    # the engine's order exactly: score (rounded as the engine rounds), then zone, then id and side
    names = sorted(range(s), key=lambda i: (atlas.sites[i].trigger_point.id, atlas.sites[i].side))
    site_rank = np.empty(s, dtype=np.int64)
    site_rank[names] = np.arange(s)
    keys = (np.broadcast_to(site_rank[:, None], score.shape), -engine.zone_code.astype(np.int64),
            -np.round(score.astype(np.float64), 6))
    order = np.lexsort(keys, axis=0)[:k].T                                # (n, k)
    rows = np.arange(n)[:, None]
    top_score = score[order, rows]
    valid = top_score > 0
    candidates = np.where(valid, order, -1).astype(np.int16)
    zone = np.where(valid, engine.zone_code[order, rows], 0).clip(0).astype(np.uint8)
    score_q = np.round(np.clip(top_score, 0, 1) * 255).astype(np.uint8)

    offsets = [0]
    zone_parts = []
    for site in atlas.sites:
        for part in (site.essential, site.spillover):
            zone_parts.append(part.astype(np.uint16))
            offsets.append(offsets[-1] + len(part))
    path_offsets = [0]
    path_parts = []
    if with_paths:
        for site in atlas.sites:
            centre = engine.closest_pain_vertex(site, site.essential)
            pts = referral_path(atlas, site, centre).points.astype(np.float32)
            path_parts.append(pts)
            path_offsets.append(path_offsets[-1] + len(pts))
    arrays = {
        "candidates": candidates,
        "candidate_zone": zone,
        "candidate_score": score_q,
        "zone_offsets": np.asarray(offsets, dtype=np.int32),
        "zone_vertices": np.concatenate(zone_parts) if zone_parts else np.zeros(0, np.uint16),
        "site_vertex": np.asarray([st.vertex for st in atlas.sites], dtype=np.int32),
        "region_of_vertex": atlas.region_of_vertex.astype(np.uint16),
        "path_offsets": np.asarray(path_offsets, dtype=np.int32),
        "path_points": np.concatenate(path_parts) if path_parts else np.zeros((0, 3), np.float32),
    }
    header = {
        "format": "bodymap-baked-tables",
        "version": FORMAT_VERSION,
        "atlas_hash": atlas_hash(atlas),
        "body": body.variant,
        "body_fingerprint": body.fingerprint,
        "top_k": k,
        "sites": site_info(atlas),
        "region_names": [r.name for r in atlas.regions],
    }
    return BakedTables(header, arrays)


def to_bytes(tables: BakedTables) -> bytes:
    """Serialise tables into the `.bmt` format."""
    payload = bytearray()
    layout = {}
    for name, arr in tables.arrays.items():
        arr = np.ascontiguousarray(arr)
        pad = (-len(payload)) % 8
        payload += b"\0" * pad
        layout[name] = {"dtype": arr.dtype.str, "shape": list(arr.shape), "offset": len(payload),
                        "nbytes": arr.nbytes}
        payload += arr.tobytes()
    header = dict(tables.header, arrays=layout, sha256=hashlib.sha256(payload).hexdigest())
    head = json.dumps(header, separators=(",", ":")).encode()
    return MAGIC + struct.pack("<I", len(head)) + head + bytes(payload)


def from_bytes(data: bytes, source: str = "baked tables") -> BakedTables:
    """Parse `.bmt` bytes; raises BakeFileError with what is wrong (truncated, corrupt, wrong version)."""
    if len(data) < 12 or data[:8] != MAGIC:
        raise BakeFileError(f"{source} is not a bodymap baked table file (bad magic); re-export it")
    (head_len,) = struct.unpack("<I", data[8:12])
    if 12 + head_len > len(data):
        raise BakeFileError(f"{source} is truncated (header); re-export it")
    try:
        header = json.loads(data[12:12 + head_len])
    except ValueError as exc:
        raise BakeFileError(f"{source} has a corrupt header ({exc}); re-export it") from None
    if header.get("version") != FORMAT_VERSION:
        raise BakeFileError(f"{source} has format version {header.get('version')}, expected {FORMAT_VERSION}")
    payload = data[12 + head_len:]
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise BakeFileError(f"{source} is truncated or corrupt (checksum mismatch); re-export it")
    arrays = {}
    for name, spec in header.pop("arrays").items():
        start = spec["offset"]
        arrays[name] = np.frombuffer(payload[start:start + spec["nbytes"]], dtype=np.dtype(spec["dtype"])).reshape(
            spec["shape"])
    header.pop("sha256", None)
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
