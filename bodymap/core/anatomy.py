"""The muscle layer's geometry: footprints made of tapered bands, fibres derived from the attachments, the
outline of a footprint, and which muscles lie under a point of skin.

No open 3D muscle meshes exist for this body, so a muscle is drawn as surface-anatomy teaching draws it: the
skin over its belly (its footprint), with lines along its fibres. Pure functions of a Body and its
SurfaceGeodesics; the atlas build (atlas_build.py) resolves the annotation files with them.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components, dijkstra

from bodymap.core.body import Body
from bodymap.core.geodesic import SurfaceGeodesics

#: Fibre lanes per muscle: one per this many cm of belly width, within these bounds.
FIBRE_SPACING_CM = 2.2
FIBRE_LANES = (3, 9)
#: How far outside an area its margin field is kept (cm): enough for the viewer to draw the edge between
#: vertices.
MARGIN_RING_CM = 3.0
#: How many tints neighbouring superficial muscles take turns with (bodymap.palette.MUSCLE_TINTS names one
#: colour for each; tested equal).
TINT_COUNT = 4
#: Rounds of the colouring's repair pass (each moves a muscle to the tint its neighbours use least), and how
#: many colourings (ties broken differently, seeded: the same every build) are tried for the best.
TINT_ROUNDS = 50
TINT_TRIES = 24
#: Pinholes in a footprint (bare skin fully ringed by it, where its bands nearly meet) are filled up to this
#: many vertices and this far outside (cm): drawn, each was a small loop of outline inside the muscle. Real
#: openings (the eye inside orbicularis oculi) are bigger or lie deeper outside.
PINHOLE_VERTICES = 8
PINHOLE_CM = 2.0
#: Share of the origin -> insertion field (0 -> 1) at each end where fibres start and stop.
FIBRE_END_SHARE = 0.15


def fill_pinholes(body: Body, margin: np.ndarray) -> np.ndarray:
    """The margin field with its pinholes filled (a copy): each group of outside vertices that touches no vertex
    far from the footprint (margin -inf) is ringed by it; when it is small and shallow its vertices are set
    just inside, so the belly is drawn without a stray loop of outline."""
    out = np.array(margin, dtype=float, copy=True)
    ring = np.flatnonzero(np.isfinite(out) & (out < 0))
    if len(ring) == 0:
        return out
    labels = _piece_labels(body, ring)
    far = ~np.isfinite(out)
    e = body.edges
    open_side = np.zeros(body.n_vertices, dtype=bool)  # ring vertices next to the far outside
    open_side[e[far[e[:, 1]], 0]] = True
    open_side[e[far[e[:, 0]], 1]] = True
    for k in range(int(labels.max()) + 1):
        hole = ring[labels == k]
        if len(hole) <= PINHOLE_VERTICES and not open_side[hole].any() and out[hole].min() > -PINHOLE_CM:
            out[hole] = 0.25
    return out


def graph_path(body: Body, waypoints: Sequence[int]) -> np.ndarray:
    """(k,) vertex ids of the shortest path along mesh edges through the waypoints in order: a connected
    chain of vertices (the spine of a band)."""
    ids = [int(v) for v in waypoints]
    out: list[int] = [ids[0]]
    for a, b in zip(ids[:-1], ids[1:]):
        # searched only as far as the leg can reach (the same shortest path; the whole body was 5x slower)
        reach = 3.0 * float(np.linalg.norm(body.vertices[a] - body.vertices[b])) + 5.0
        _, pred = dijkstra(body.edge_graph, indices=a, return_predecessors=True, limit=reach)
        if a != b and pred[b] < 0:
            _, pred = dijkstra(body.edge_graph, indices=a, return_predecessors=True)
        leg = _back_along(pred, a, b)
        out.extend(reversed(leg[:-1]))
    return np.asarray(out, dtype=np.int64)


def _back_along(pred: np.ndarray, start: int, stop: int) -> list[int]:
    """Vertex ids from `stop` back along a shortest-path tree's predecessors to `start` (or to where the tree
    ends, when `stop` was not reached), in that backward order."""
    path = [int(stop)]
    while path[-1] != start and pred[path[-1]] >= 0:
        path.append(int(pred[path[-1]]))
    return path


def band_margin(body: Body, geo: SurfaceGeodesics, along: Sequence[int], width_cm: tuple[float, float]) -> np.ndarray:
    """(n,) float: how far inside a tapered band each vertex lies (cm; negative outside, -inf far away).

    The band is the skin within half the local width of the path through `along`; the width goes linearly
    from width_cm[0] at the start to width_cm[1] at the end. A margin, not a set, so the viewer can draw the
    edge where it falls between vertices (this mesh's vertices lie 1-3 cm apart on the limbs)."""
    path = graph_path(body, along)
    steps = np.linalg.norm(np.diff(body.vertices[path], axis=0), axis=1)
    run = np.concatenate([[0.0], np.cumsum(steps)])
    s = run / run[-1] if run[-1] > 0 else np.zeros_like(run)
    half = 0.5 * (width_cm[0] + (width_cm[1] - width_cm[0]) * s)
    where = np.full(body.n_vertices, -1, dtype=np.int64)
    where[path[::-1]] = np.arange(len(path))[::-1]  # the first time the path visits a vertex
    dist, _, source = dijkstra(geo.graph, indices=np.unique(path), limit=float(half.max()) + MARGIN_RING_CM,
                               min_only=True, return_predecessors=True)
    margin = np.full(body.n_vertices, -np.inf)
    reached = source >= 0
    margin[reached] = half[where[source[reached]]] - dist[reached]
    margin[path] = np.maximum(margin[path], 0.0)  # the spine is always inside: the band is one piece
    return margin


def disk_margin(geo: SurfaceGeodesics, centre: int, radius_cm: float) -> np.ndarray:
    """(n,) float: radius minus the geodesic distance from the centre (negative outside, -inf far away)."""
    dist = geo.distances_within([centre], radius_cm + MARGIN_RING_CM)[0]
    return np.where(np.isfinite(dist), radius_cm - dist, -np.inf)


def components(body: Body, vertices: np.ndarray) -> int:
    """How many connected pieces (by mesh edges) a vertex set makes."""
    ids = np.asarray(vertices, dtype=np.int64)
    return int(_piece_labels(body, ids).max()) + 1 if len(ids) else 0


def outline(body: Body, vertices: np.ndarray) -> np.ndarray:
    """Sorted ids of the set's vertices that have a mesh neighbour outside it (its rim)."""
    inside = np.zeros(body.n_vertices, dtype=bool)
    inside[np.asarray(vertices, dtype=np.int64)] = True
    e = body.edges
    cut = inside[e[:, 0]] != inside[e[:, 1]]
    rim = np.concatenate([e[cut, 0], e[cut, 1]])
    return np.unique(rim[inside[rim]])


def _distance_from(body: Body, sub: sp.csr_matrix, points: np.ndarray, anchors: np.ndarray) -> np.ndarray:
    """Distance over the footprint's own graph from the nearest attachment anchor (which may lie off the
    footprint, at a bone: the straight step onto the footprint is added)."""
    best = np.full(sub.shape[0], np.inf)
    for a in anchors:
        gap = np.linalg.norm(points - body.vertices[a], axis=1)
        k = int(np.argmin(gap))
        best = np.minimum(best, gap[k] + dijkstra(sub, indices=k))
    return best


def fibres(body: Body, geo: SurfaceGeodesics, footprint: np.ndarray, origin: np.ndarray,
           insertion: np.ndarray) -> list[np.ndarray]:
    """Fibre lines across a footprint, each a (k,) array of vertex ids from the origin end to the insertion end.

    A field f = d_origin / (d_origin + d_insertion) runs 0 -> 1 along the muscle. Its two ends (the lowest and
    highest FIBRE_END_SHARE of f) are each ordered across, from one extreme to the other, by distance over the
    footprint; lane q runs from the place q across the origin end to the place q across the insertion end, by
    the shortest way over the footprint. So a fan (a broad origin end, a narrow insertion end) gets fibres that
    start along the whole origin and converge on the insertion, a strap gets parallel ones, and every fibre
    spans the belly (lanes binned by level and placed one level at a time broke into short zig-zags on fans).
    A footprint of two bellies (occipitofrontalis) gets fibres in each: a belly's far attachment is reached
    across the gap, so each belly's fibres run towards the other's.
    """
    fp = np.asarray(footprint, dtype=np.int64)
    labels = _piece_labels(body, fp)
    out: list[np.ndarray] = []
    for k in range(int(labels.max()) + 1 if len(fp) else 0):
        out.extend(_piece_fibres(body, geo, fp[labels == k], origin, insertion))
    return out


def _piece_labels(body: Body, ids: np.ndarray) -> np.ndarray:
    """(len(ids),) int: which connected piece (by mesh edges) each vertex of a set belongs to."""
    inside = np.zeros(body.n_vertices, dtype=bool)
    inside[ids] = True
    e = body.edges[inside[body.edges[:, 0]] & inside[body.edges[:, 1]]]
    local = np.full(body.n_vertices, -1, dtype=np.int64)
    local[ids] = np.arange(len(ids))
    graph = sp.coo_matrix((np.ones(len(e)), (local[e[:, 0]], local[e[:, 1]])), shape=(len(ids), len(ids)))
    return connected_components(graph, directed=False)[1]


def _piece_fibres(body: Body, geo: SurfaceGeodesics, fp: np.ndarray, origin: np.ndarray,
                  insertion: np.ndarray) -> list[np.ndarray]:
    """The fibres of one connected piece of a footprint (see `fibres`)."""
    if len(fp) < 4:
        return []
    points = body.vertices[fp]
    sub = geo.graph[fp][:, fp]
    d_o = _distance_from(body, sub, points, np.asarray(origin))
    d_i = _distance_from(body, sub, points, np.asarray(insertion))
    finite = np.isfinite(d_o) & np.isfinite(d_i)
    if finite.sum() < 4:
        return []
    f = np.where(finite, d_o / np.maximum(d_o + d_i, 1e-9), np.nan)
    lo, hi = float(np.nanmin(f)), float(np.nanmax(f))
    if hi - lo < 1e-6:
        return []
    ends = [np.flatnonzero(finite & (f <= lo + FIBRE_END_SHARE * (hi - lo))),
            np.flatnonzero(finite & (f >= hi - FIBRE_END_SHARE * (hi - lo)))]
    (o_a, o_b, o_place, o_width), (i_a, i_b, i_place, i_width) = (_across(sub, e) for e in ends)
    d = dijkstra(sub, indices=[o_a, o_b])
    if d[0, i_a] + d[1, i_b] > d[0, i_b] + d[1, i_a]:  # the insertion end ordered the other way round
        i_place = 1.0 - i_place
    middle = np.flatnonzero(finite & (np.abs(f - 0.5 * (lo + hi)) <= 0.1 * (hi - lo)))
    width = max(o_width, i_width, _across(sub, middle)[3] if len(middle) else 0.0)
    lanes = int(np.clip(round(width / FIBRE_SPACING_CM), *FIBRE_LANES))
    out: list[np.ndarray] = []
    seen: set[tuple[int, ...]] = set()
    for j in range(lanes):
        q = (j + 0.5) / lanes
        start = _lane_end(ends[0], o_place, f, q, 0.5 / lanes, lowest=True)
        stop = _lane_end(ends[1], i_place, f, q, 0.5 / lanes, lowest=False)
        _, pred = dijkstra(sub, indices=start, return_predecessors=True)
        path = _back_along(pred, start, stop)
        line = tuple(int(v) for v in fp[path[::-1]])
        if len(line) >= 2 and path[-1] == start and line not in seen:
            seen.add(line)
            out.append(np.asarray(line, dtype=np.int64))
    return out


def _across(sub: sp.csr_matrix, members: np.ndarray) -> tuple[int, int, np.ndarray, float]:
    """An end of the footprint ordered across: its two extremes (a, b: the farthest pair over the footprint,
    found by a double sweep), each member's place between them (0 at a, 1 at b) and the distance a -> b (cm).
    Distances over the footprint, not a straight axis, so a curved end (the deltoid's, round the shoulder) is
    ordered along its curve."""
    def farthest(dist: np.ndarray) -> int:
        return int(members[np.argmax(np.where(np.isfinite(dist[members]), dist[members], -1.0))])

    a = farthest(dijkstra(sub, indices=int(members[0])))
    d_a = dijkstra(sub, indices=a)
    b = farthest(d_a)
    d_b = dijkstra(sub, indices=b)
    place = d_a[members] / np.maximum(d_a[members] + d_b[members], 1e-9)
    return a, b, np.nan_to_num(place, nan=0.5), float(d_a[b]) if np.isfinite(d_a[b]) else 0.0


def _lane_end(members: np.ndarray, place: np.ndarray, f: np.ndarray, q: float, half: float, lowest: bool) -> int:
    """Where lane q meets an end: among the end's vertices placed within `half` of q (or the nearest one), the
    one farthest out along the muscle (lowest f at the origin end, highest at the insertion end)."""
    near = np.abs(place - q) <= half
    pool = members[near] if near.any() else members[[int(np.argmin(np.abs(place - q)))]]
    return int(pool[np.argmin(f[pool])] if lowest else pool[np.argmax(f[pool])])


def tint_classes(body: Body, sites: Sequence) -> dict[str, int]:
    """A tint (0 .. TINT_COUNT-1) per superficial muscle id, neighbours apart: a graph colouring of the
    superficial footprints, where two muscles touch in proportion to how many of their vertices overlap or lie
    one mesh edge apart (left and right sides together, so a muscle looks the same on both sides).

    The footprints overlap a little, so the graph is not planar and TINT_COUNT tints cannot always part every
    pair: DSatur colours it (most constrained muscle first), then a repair pass moves each muscle to the tint
    its neighbours share least, so any pair left alike is one that barely touches; of TINT_TRIES such
    colourings the one with the least contact between alike tints is kept. Tint 0 is the commonest."""
    superficial = [s for s in sites if s.anatomy.layer == "superficial"]
    ids = sorted({s.muscle.id for s in superficial})
    if not ids:
        return {}
    row = {m: i for i, m in enumerate(ids)}
    rows = np.concatenate([np.full(len(s.footprint), row[s.muscle.id]) for s in superficial])
    member = sp.csr_matrix((np.ones(len(rows)), (rows, np.concatenate([s.footprint for s in superficial]))),
                           shape=(len(ids), body.n_vertices))
    member.data[:] = 1.0
    e = body.edges
    ring = sp.csr_matrix((np.ones(2 * len(e)), (np.r_[e[:, 0], e[:, 1]], np.r_[e[:, 1], e[:, 0]])),
                         shape=(body.n_vertices, body.n_vertices)) + sp.identity(body.n_vertices)
    touch = ((member @ ring) @ member.T).toarray()
    np.fill_diagonal(touch, 0.0)
    touch = np.minimum(touch, touch.T)
    tries = [_repaired(touch, _dsatur(touch, np.random.default_rng(seed))) for seed in range(TINT_TRIES)]
    tint = min(tries, key=lambda t: float(touch[t[:, None] == t[None, :]].sum()))  # the least contact alike
    rank = np.argsort(-np.bincount(tint, minlength=TINT_COUNT), kind="stable")  # the commonest tint first
    relabel = np.empty(TINT_COUNT, dtype=np.int64)
    relabel[rank] = np.arange(TINT_COUNT)
    return {m: int(relabel[tint[i]]) for i, m in enumerate(ids)}


def _dsatur(touch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """(n,) int: a first colouring, taking the muscle with the most differently tinted neighbours next (then
    the most neighbours, then the most contact, then a draw from `rng`: each try breaks ties its own way) and
    giving it the tint its coloured neighbours touch least."""
    n = len(touch)
    tint = np.full(n, -1, dtype=np.int64)
    degree = (touch > 0).sum(axis=1)
    weight = touch.sum(axis=1) * (0.8 + 0.4 * rng.random(n))
    contact = np.zeros((n, TINT_COUNT))  # contact[i, k]: how much muscle i touches muscles of tint k
    order = -np.arange(n)  # the last tie-break: the lowest index
    for _ in range(n):
        left = np.flatnonzero(tint < 0)
        seen = (contact[left] > 0).sum(axis=1)
        i = int(left[np.lexsort((order[left], weight[left], degree[left], seen))[-1]])
        tint[i] = int(np.argmin(contact[i]))
        contact[:, tint[i]] += touch[:, i]
    return tint


def _repaired(touch: np.ndarray, tint: np.ndarray) -> np.ndarray:
    """The colouring after repair rounds: each muscle moves to the tint its neighbours touch least."""
    tint = tint.copy()
    contact = np.stack([touch[:, tint == k].sum(axis=1) for k in range(TINT_COUNT)], axis=1)
    for _ in range(TINT_ROUNDS):
        moved = False
        for i in range(len(tint)):
            best = int(np.argmin(contact[i]))
            if contact[i, best] < contact[i, tint[i]]:
                contact[:, tint[i]] -= touch[:, i]
                contact[:, best] += touch[:, i]
                tint[i], moved = best, True
        if not moved:
            break
    return tint


def muscles_under(sites: Sequence, vertex: int) -> list[dict]:
    """The muscles whose footprint holds a skin vertex, superficial first:
    [{"muscle_id", "muscle_name", "side", "layer", "over", "over_names"}], where `over` lists the muscles
    lying on top of a deep one at this point (those it is declared `under` whose footprint also holds the
    vertex; all of them when none does, since the footprints only approximate the bellies)."""
    holding = [s for s in sites if _holds(s.footprint, vertex)]
    here = {s.muscle.id: s for s in holding}
    names = {s.muscle.id: s.muscle.name for s in sites}
    out = []
    for s in sorted(holding, key=lambda m: (m.anatomy.layer != "superficial", m.muscle.name)):
        over = [m for m in s.anatomy.under if m in here] or list(s.anatomy.under)
        out.append({"muscle_id": s.muscle.id, "muscle_name": s.muscle.name, "side": s.side,
                    "layer": s.anatomy.layer, "over": over, "over_names": [names.get(m, m) for m in over]})
    return out


def _holds(sorted_ids: np.ndarray, vertex: int) -> bool:
    i = int(np.searchsorted(sorted_ids, vertex))
    return i < len(sorted_ids) and int(sorted_ids[i]) == vertex


def layer_cover(atlas) -> dict | None:
    """The muscle layer's summary: muscles drawn, missing ones, the share of the skin under at least one
    superficial footprint, and the share of that covered area lying under two or more (overlap)."""
    if not atlas.muscle_sites:
        return None
    count = np.zeros(atlas.body.n_vertices, dtype=np.int64)
    for s in atlas.muscle_sites:
        if s.anatomy.layer == "superficial":
            count[s.footprint] += 1
    areas = atlas.body.vertex_areas
    covered = float(areas[count >= 1].sum())
    drawn = {s.muscle.id for s in atlas.muscle_sites}
    return {"muscles": len(drawn), "missing": sorted(set(atlas.muscles) - drawn),
            "covered": covered / float(areas.sum()),
            "overlap": float(areas[count >= 2].sum()) / covered if covered else 0.0}
