"""Distances and shortest paths on the skin surface, prepared once per body.

Two tools, each for what it does best:
- a graph joining each vertex to its 1- and 2-ring neighbours by straight lines (scipy Dijkstra), for many
  bounded queries at once: geodesic disks for zones, the region partition, distances to zones. Its
  distances stay within a few percent of heat-method geodesics (tests/test_geodesic.py); plain mesh edges
  would overestimate by ~17%;
- potpourri3d for exact work: heat-method distances and edge-flip geodesic paths for drawing referrals.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from bodymap.core.body import Body


class SurfaceGeodesics:
    """Geodesic queries on one body; build once (cheap), query many times."""

    def __init__(self, body: Body):
        self.body = body
        edges = _two_ring_edges(body)
        lengths = np.linalg.norm(body.vertices[edges[:, 0]] - body.vertices[edges[:, 1]], axis=1)
        n = body.n_vertices
        self.graph = sp.csr_matrix(
            (np.concatenate([lengths, lengths]), (np.concatenate([edges[:, 0], edges[:, 1]]),
                                                  np.concatenate([edges[:, 1], edges[:, 0]]))),
            shape=(n, n),
        )
        self._heat = None
        self._flip = None

    # ---- edge-graph queries (fast, batched) ----

    def distances_within(self, sources: Sequence[int], limit_cm: float) -> np.ndarray:
        """(len(sources), n) float: edge-graph distance from each source, inf beyond limit_cm."""
        if len(sources) == 0:
            return np.zeros((0, self.body.n_vertices))
        return np.atleast_2d(dijkstra(self.graph, indices=np.asarray(sources, dtype=np.int64), limit=limit_cm))

    def disks(self, centres: Sequence[int], radii_cm: Sequence[float]) -> np.ndarray:
        """Sorted unique vertex ids within radius of any centre (union of geodesic disks)."""
        if len(centres) == 0:
            return np.zeros(0, dtype=np.int64)
        radii = np.asarray(radii_cm, dtype=float)
        dist = self.distances_within(centres, float(radii.max()))
        return np.flatnonzero((dist <= radii[:, None]).any(axis=0))

    def distance_to_set(self, vertices: np.ndarray, limit_cm: float = np.inf) -> np.ndarray:
        """(n,) float: edge-graph distance from every vertex to the nearest vertex of a set."""
        if len(vertices) == 0:
            return np.full(self.body.n_vertices, np.inf)
        return dijkstra(self.graph, indices=np.asarray(vertices, dtype=np.int64), limit=limit_cm, min_only=True)

    def nearest_source(self, sources: Sequence[int]) -> np.ndarray:
        """(n,) int: index into `sources` of the source nearest to each vertex (a geodesic Voronoi partition)."""
        _, _, nearest = dijkstra(self.graph, indices=np.asarray(sources, dtype=np.int64), min_only=True,
                                 return_predecessors=True)
        lookup = {int(v): i for i, v in enumerate(sources)}
        return np.array([lookup[int(v)] for v in nearest], dtype=np.int64)

    # ---- exact queries (potpourri3d) ----

    @property
    def heat(self):
        if self._heat is None:
            import potpourri3d as pp3d

            self._heat = pp3d.MeshHeatMethodDistanceSolver(self.body.vertices, self.body.triangles)
        return self._heat

    @property
    def edge_flip(self):
        if self._flip is None:
            import potpourri3d as pp3d

            self._flip = pp3d.EdgeFlipGeodesicSolver(self.body.vertices, self.body.triangles)
        return self._flip

    def heat_distance(self, source: int) -> np.ndarray:
        """(n,) float: heat-method geodesic distance in cm from one vertex."""
        return np.asarray(self.heat.compute_distance(int(source)))

    def path(self, waypoints: Sequence[int]) -> np.ndarray:
        """(k, 3) float: shortest surface path through the given vertices in order (edge-flip geodesic)."""
        ids = [int(v) for i, v in enumerate(waypoints) if i == 0 or v != waypoints[i - 1]]
        if len(ids) == 1:
            return self.body.vertices[ids].copy()
        legs = [np.asarray(self.edge_flip.find_geodesic_path(a, b)) for a, b in zip(ids[:-1], ids[1:])]
        return np.concatenate([legs[0]] + [leg[1:] for leg in legs[1:]])


def _two_ring_edges(body: Body) -> np.ndarray:
    """(e, 2) int unique vertex pairs that share an edge or a common neighbour."""
    n = body.n_vertices
    e = body.edges
    adj = sp.csr_matrix((np.ones(2 * len(e)), (np.r_[e[:, 0], e[:, 1]], np.r_[e[:, 1], e[:, 0]])), shape=(n, n))
    two = sp.triu((adj + adj @ adj).tocsr(), k=1).tocoo()
    return np.stack([two.row, two.col], axis=1).astype(np.int64)


def polyline_length(points: np.ndarray) -> float:
    """Arc length of a (k, 3) polyline."""
    if len(points) < 2:
        return 0.0
    return float(np.linalg.norm(np.diff(points, axis=0), axis=1).sum())
