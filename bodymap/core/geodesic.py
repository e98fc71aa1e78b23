"""Distances and shortest paths on the skin surface, prepared once per body.

Two tools, each for what it does best:
- a graph joining each vertex to its 1- and 2-ring neighbours by straight lines (scipy Dijkstra), for many
  bounded queries at once: geodesic disks for zones, the region partition, distances to zones. Its
  distances stay within a few percent of heat-method geodesics (tests/test_geodesic.py); plain mesh edges
  would overestimate by ~17%;
- potpourri3d for exact work: heat-method distances and edge-flip geodesic paths for drawing referrals.

The potpourri3d solvers are large (the edge-flip solver holds 43 MB for the 13 380-vertex body) and quick to
build (35-100 ms), so a server lets them go once it has baked its tables and whenever no exact path was asked
for a while (`release_solvers`, `release_when_idle`); the next exact query builds them again.
"""
from __future__ import annotations

import threading
import time
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
        self._lock = threading.RLock()   # a release (timer thread) never frees a solver in use
        self._used = 0.0                 # time.monotonic() of the last exact query
        self._idle_s: float | None = None
        self._timer: threading.Timer | None = None
        self.releases = 0                # how many times the solvers were let go (for tests and logs)

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

    @property
    def solvers_held(self) -> bool:
        """Whether a potpourri3d solver is in memory now."""
        return self._heat is not None or self._flip is not None

    def heat_distance(self, source: int) -> np.ndarray:
        """(n,) float: heat-method geodesic distance in cm from one vertex."""
        with self._lock:
            out = np.asarray(self.heat.compute_distance(int(source)))
        self._touch()
        return out

    def path(self, waypoints: Sequence[int]) -> np.ndarray:
        """(k, 3) float: shortest surface path through the given vertices in order (edge-flip geodesic)."""
        ids = [int(v) for i, v in enumerate(waypoints) if i == 0 or v != waypoints[i - 1]]
        if len(ids) == 1:
            return self.body.vertices[ids].copy()
        with self._lock:
            legs = [np.asarray(self.edge_flip.find_geodesic_path(a, b)) for a, b in zip(ids[:-1], ids[1:])]
        self._touch()
        return np.concatenate([legs[0]] + [leg[1:] for leg in legs[1:]])

    # ---- letting the solvers go ----

    def release_solvers(self) -> bool:
        """Drop the potpourri3d solvers (the next exact query rebuilds them); returns whether any was held.
        The caller hands the freed heap back to the system (bodymap.core.memory.trim_heap)."""
        with self._lock:
            held = self.solvers_held
            self._heat = self._flip = None
            if held:
                self.releases += 1
        return held

    def release_when_idle(self, seconds: float | None) -> None:
        """From now on let the solvers go `seconds` after the last exact query (None: keep them). Why: a
        served app asks for exact paths in bursts (a visitor's clicks); between visits it idles."""
        with self._lock:
            self._idle_s = seconds
            if seconds is not None and self.solvers_held and not (self._timer and self._timer.is_alive()):
                self._arm(max(0.0, self._used + seconds - time.monotonic()))

    def _touch(self) -> None:
        """Note an exact query and (re)arm the idle release: one timer at a time, re-checked when it fires."""
        with self._lock:
            self._used = time.monotonic()
            if self._idle_s is None or (self._timer is not None and self._timer.is_alive()):
                return
            self._arm(self._idle_s)

    def _arm(self, seconds: float) -> None:
        self._timer = threading.Timer(seconds, self._release_if_idle)
        self._timer.daemon = True
        self._timer.start()

    def _release_if_idle(self) -> None:
        from bodymap.core.memory import trim_heap

        with self._lock:
            if self._idle_s is None:
                return
            left = self._used + self._idle_s - time.monotonic()
            if left > 0:  # used since the timer was armed: wait the rest
                self._arm(left)
                return
            released = self.release_solvers()
        if released:
            trim_heap()


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
