"""Referral engine: pain location -> ranked trigger points; trigger point -> referral path on the skin.

Scoring (documented in docs/scoring.md, the same for one clicked vertex and a painted set):

    score(site) = explained(site) * prevalence(site) * side(site)

- explained: the area-weighted share of the pain that the site's zones account for; each pain vertex
  counts 1.0 inside the essential zone, 0.6 inside the spillover zone, and for near misses (within
  NEAR_ZONE_CM of either zone) 0.3 * q / 255 with q = round(255 * (1 - distance / NEAR_ZONE_CM)) (the
  distance kept in 256 steps, exactly as the browser receives it); a single click is a painted set of one.
- prevalence: how common the pattern is (common 1.0, occasional 0.85, rare 0.7).
- side: 1.0 when the trigger point is on the side of the pain (or the pain or point is on the midline),
  0.8 for the other side, so same-side candidates come first at equal membership.
Ties break on zone (essential, spillover, near), then trigger point id.

Evidence (not scored, shown beside each row: bodymap.core.evidence): what each pattern rests on.

Nerve roots (not scored, listed beside the rows): every dermatome of the nerve-root layer that holds at least
MIN_ROOT_SHARE of the pain (area-weighted), with that share, largest first.

Rows (docs/scoring.md "One row per muscle"): the ranked sites are grouped by muscle and side, best first; a
row's score is its best site's. Left and right rows of one muscle whose best sites are the same trigger point
with the same score are one row, side "both", led by the left site. The limit counts rows.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from bodymap import texts
from bodymap.core.atlas import Atlas, TriggerPointSite
from bodymap.core.evidence import evidence_json
from bodymap.core.geodesic import polyline_length
from bodymap.settings import NEAR_ZONE_CM, PATH_LIFT_CM

ESSENTIAL_WEIGHT, SPILLOVER_WEIGHT, NEAR_WEIGHT = 1.0, 0.6, 0.3
PREVALENCE = {"common": 1.0, "occasional": 0.85, "rare": 0.7}
OTHER_SIDE = 0.8
ZONE_NAMES = {2: "essential", 1: "spillover", 0: "near"}
NEAR_STEPS = 255     # near-miss distances are kept in this many steps (one byte in the browser's data)
DETOUR_LIMIT = 1.8   # follow the fascial line only if it is at most this much longer than the direct path
MIN_ROOT_SHARE = 0.05  # a dermatome is named when it holds at least this share of the pain
ROOT_ORDER = "CTLS"


@dataclass(frozen=True)
class NerveRoot:
    """A nerve root whose dermatome (on one side) covers part of the pain."""

    root: str                 # 'L5'
    side: str                 # 'left' | 'right' | 'midline'
    share: float              # area-weighted share of the pain inside the dermatome (0..1)

    def to_json(self) -> dict:
        return {"root": self.root, "side": self.side, "share": round(self.share, 4)}


@dataclass(frozen=True)
class RankedPoint:
    """One trigger point site of a row, with its own score and best zone."""

    site: TriggerPointSite
    score: float
    zone: str
    explained: float

    def to_json(self) -> dict:
        return {"trigger_point_id": self.site.trigger_point.id, "trigger_point_name": self.site.trigger_point.name,
                "side": self.site.side, "site": self.site.key, "score": round(self.score, 4), "zone": self.zone,
                "evidence": evidence_json(self.site.muscle, self.site.trigger_point)}


@dataclass(frozen=True)
class Candidate:
    """One row of the answer: a muscle on one side (or on both), led by its best trigger point `site`."""

    site: TriggerPointSite
    score: float
    zone: str                 # 'essential' | 'spillover' | 'near'
    explained: float          # share of the pain the site explains (0..1)
    explanation: str
    path_length_cm: float | None = None
    side: str = ""            # 'left' | 'right' | 'midline' | 'both' ('' = the site's side)
    points: tuple[RankedPoint, ...] = ()   # the row's trigger points, best first (the first is `site`)

    @property
    def row_side(self) -> str:
        return self.side or self.site.side

    @property
    def label(self) -> str:
        """The row as a line says it: "left Upper trapezius", "Upper trapezius, both sides"."""
        return texts.row_label(self.row_side, self.site.muscle.name)

    def to_json(self) -> dict:
        return {
            "muscle_id": self.site.muscle.id,
            "muscle_name": self.site.muscle.name,
            "trigger_point_id": self.site.trigger_point.id,
            "trigger_point_name": self.site.trigger_point.name,
            "side": self.row_side,
            "score": round(self.score, 4),
            "zone": self.zone,
            "explanation": self.explanation,
            "path_length_cm": None if self.path_length_cm is None else round(self.path_length_cm, 1),
            "evidence": evidence_json(self.site.muscle, self.site.trigger_point),
            "trigger_points": [p.to_json() for p in self.points],
        }


@dataclass(frozen=True)
class LookupResult:
    region: str
    vertices: tuple[int, ...]
    candidates: tuple[Candidate, ...]
    nerve_roots: tuple[NerveRoot, ...] = ()

    def to_json(self) -> dict:
        return {"region": self.region, "vertices": list(self.vertices),
                "candidates": [c.to_json() for c in self.candidates],
                "nerve_roots": [r.to_json() for r in self.nerve_roots]}


@dataclass(frozen=True)
class ReferralPath:
    """A polyline on the skin from a trigger point to a pain vertex.

    points : (k, 3) float, lifted PATH_LIFT_CM along the normal, for drawing
    on_skin : (k, 3) float, the same points on the surface
    """

    points: np.ndarray
    on_skin: np.ndarray
    length_cm: float
    line_id: str | None       # fascial line followed, or None for the direct geodesic
    site_key: str
    pain_vertex: int

    def to_json(self) -> dict:
        return {"trigger_point": self.site_key, "pain_vertex": self.pain_vertex, "line": self.line_id,
                "length_cm": round(self.length_cm, 2), "points": np.round(self.points, 3).tolist()}


@dataclass(frozen=True, eq=False)
class SiteZones:
    """One site's zones as disjoint sorted vertex lists: what its membership row holds, compactly."""

    essential: np.ndarray     # int32, zone code 2, weight ESSENTIAL_WEIGHT
    spillover: np.ndarray     # int32, zone code 1 (the spillover zone less the essential one), SPILLOVER_WEIGHT
    near: np.ndarray          # int32, zone code 0: within NEAR_ZONE_CM of either zone, outside both
    near_quanta: np.ndarray   # uint8 per near vertex, near_quanta() of its distance

    def contains(self, vertices: np.ndarray) -> np.ndarray:
        """bool per vertex: inside the essential or the spillover zone. Binary search in the sorted lists (a
        click asks this for one vertex; np.isin would sort both zones every time)."""
        return _in_sorted(vertices, self.essential) | _in_sorted(vertices, self.spillover)

    def parts(self) -> tuple[tuple[int, np.ndarray, np.ndarray], ...]:
        """(zone code, vertices, weights float32) for each part, essential first."""
        near_w = (NEAR_WEIGHT * self.near_quanta.astype(np.float64) / NEAR_STEPS).astype(np.float32)
        return ((2, self.essential, np.full(len(self.essential), ESSENTIAL_WEIGHT, np.float32)),
                (1, self.spillover, np.full(len(self.spillover), SPILLOVER_WEIGHT, np.float32)),
                (0, self.near, near_w))


class ReferralEngine:
    """Knows every site's zones and near misses; a lookup is then a small matrix product.

    zones : per site, its SiteZones (disjoint sorted vertex lists)
    membership : (S, n) float32, ESSENTIAL/SPILLOVER/NEAR weights per site and vertex (built on first use)
    zone_code : (S, n) int8, 2 essential, 1 spillover, 0 near, -1 outside (built on first use)

    Held compactly: the dense matrices would be 24 MB for 354 sites on 13 380 vertices, of which 99 % are
    empty, and a served app only ranks in the browser. A lookup builds the dense columns of its own pain
    vertices from a vertex-major sparse copy (the same numbers in the same layout, so the same scores).
    """

    def __init__(self, atlas: Atlas):
        self.atlas = atlas
        body = atlas.body
        n = body.n_vertices
        self.zones = [_site_zones(atlas, site) for site in atlas.sites]
        self._by_vertex = _vertex_major(self.zones, n)
        self.prevalence = np.array([PREVALENCE[st.trigger_point.prevalence] for st in atlas.sites], np.float32)
        self.site_side = np.array([{"left": 1, "right": -1}.get(st.side, 0) for st in atlas.sites], np.int8)
        self.areas = body.vertex_areas.astype(np.float32)
        self.dermatome = np.zeros((len(atlas.dermatomes), n), dtype=np.float32)
        for i, derm in enumerate(atlas.dermatomes):
            self.dermatome[i, derm.vertices] = 1.0

    def columns(self, vertices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(S, k) float32 memberships and (S, k) int8 zone codes of the given vertices, exactly as the dense
        `membership[:, vertices]` and `zone_code[:, vertices]` were: the same numbers in the same (Fortran)
        memory order, which numpy's fancy indexing gives and the matrix product's float32 sums depend on."""
        weight, code = self._by_vertex
        return weight[vertices].toarray().T, code[vertices].toarray().T - np.int8(1)

    @functools.cached_property
    def membership(self) -> np.ndarray:
        """The dense (S, n) membership matrix (for tests and tools; lookups do not need it)."""
        return np.ascontiguousarray(self.columns(np.arange(self.atlas.body.n_vertices))[0])

    @functools.cached_property
    def zone_code(self) -> np.ndarray:
        """The dense (S, n) zone codes (for tests and tools; lookups do not need them)."""
        return np.ascontiguousarray(self.columns(np.arange(self.atlas.body.n_vertices))[1])

    def check_vertices(self, vertices) -> np.ndarray:
        """Validate pain vertex ids: integers within range; raises ValueError saying what is wrong."""
        arr = np.asarray(list(vertices) if not isinstance(vertices, np.ndarray) else vertices)
        if arr.size == 0:
            raise ValueError("no pain vertices given")
        if arr.dtype.kind == "f":
            if not np.isfinite(arr).all() or (arr != np.round(arr)).any():
                raise ValueError("vertex ids must be whole numbers")
        elif arr.dtype.kind not in "iu":
            raise ValueError(f"vertex ids must be integers, got {arr.dtype}")
        arr = arr.astype(np.int64).ravel()
        n = self.atlas.body.n_vertices
        bad = arr[(arr < 0) | (arr >= n)]
        if bad.size:
            raise ValueError(f"vertex {int(bad[0])} is out of range: the body has vertices 0..{n - 1}")
        return np.unique(arr)

    def scores(self, vertices: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(score, explained, best zone code) per site for a validated set of pain vertices."""
        weights = self.areas[vertices]
        weights = weights / weights.sum()
        membership, zone_code = self.columns(vertices)
        explained = membership @ weights
        pain_side = int(np.sign(np.sign(self.atlas.body.side[vertices]).sum()))
        side_factor = np.where((self.site_side == 0) | (pain_side == 0) | (self.site_side == pain_side),
                               1.0, OTHER_SIDE).astype(np.float32)
        best_zone = zone_code.max(axis=1)
        return explained * self.prevalence * side_factor, explained, best_zone

    def nerve_roots(self, vertices) -> tuple[NerveRoot, ...]:
        """The roots whose dermatome covers the pain: share of the pain (area-weighted) per root and side, at
        least MIN_ROOT_SHARE, largest first."""
        vertices = self.check_vertices(vertices)
        if not len(self.atlas.dermatomes):
            return ()
        weights = self.areas[vertices] / self.areas[vertices].sum()
        share = self.dermatome[:, vertices] @ weights
        found = [NerveRoot(d.root, d.side, float(share[i])) for i, d in enumerate(self.atlas.dermatomes)
                 if share[i] >= MIN_ROOT_SHARE - 1e-6]
        return tuple(sorted(found, key=lambda r: (-round(r.share, 6), ROOT_ORDER.index(r.root[0]),
                                                  int(r.root[1:]), r.side)))

    def region_site(self, vertices: np.ndarray):
        """The pain region holding most of the painted area."""
        labels = self.atlas.region_of_vertex[vertices]
        counts = np.bincount(labels, weights=self.areas[vertices])
        return self.atlas.regions[int(np.argmax(counts))]

    def region_name(self, vertices: np.ndarray) -> str:
        return self.region_site(vertices).name

    def ranked_sites(self, vertices: np.ndarray) -> tuple[list[int], np.ndarray, np.ndarray, np.ndarray]:
        """Every site that refers to the validated pain vertices, best first: (order, score, explained, zone)."""
        score, explained, best_zone = self.scores(vertices)
        order = sorted(np.flatnonzero(score > 0),
                       key=lambda i: (-round(float(score[i]), 6), -int(best_zone[i]),
                                      self.atlas.sites[i].trigger_point.id, self.atlas.sites[i].side))
        return [int(i) for i in order], score, explained, best_zone

    def rows(self, order: list[int], score: np.ndarray) -> list[tuple[str, list[int]]]:
        """Ranked sites grouped into rows, best row first: [(side, [site index, best first])]. One row per muscle
        and side; left and right rows whose best sites are the same trigger point with the same score are one
        row, side 'both', its sites in rank order with the left one first."""
        sites = self.atlas.sites
        rows: dict[tuple[str, str], list[int]] = {}
        for i in order:
            rows.setdefault((sites[i].muscle.id, sites[i].side), []).append(i)
        out, done = [], set()
        for (muscle, side), members in rows.items():
            if (muscle, side) in done:
                continue
            done.add((muscle, side))
            other = rows.get((muscle, {"left": "right", "right": "left"}.get(side, "")))
            if other and _same_best(sites, score, members[0], other[0]):
                done.add((muscle, sites[other[0]].side))
                left, right = (members, other) if side == "left" else (other, members)
                merged = sorted(left[1:] + right[1:], key=order.index)
                out.append(("both", [left[0], right[0]] + merged))
            else:
                out.append((side, members))
        return out

    def lookup(self, vertices, limit: int = 10, with_paths: bool = True) -> LookupResult:
        vertices = self.check_vertices(vertices)
        order, score, explained, best_zone = self.ranked_sites(vertices)
        site_of_region = self.region_site(vertices)
        region = site_of_region.name
        words = _Words(region, site_of_region)  # the why lines in the current language
        candidates = []
        for side, members in self.rows(order, score)[:limit]:
            points = tuple(RankedPoint(self.atlas.sites[i], float(score[i]), ZONE_NAMES[int(best_zone[i])],
                                       float(explained[i])) for i in members)
            head = points[0]
            length = None
            if with_paths:
                target = self.closest_pain_vertex(head.site, vertices)
                length = referral_path(self.atlas, head.site, target).length_cm
            candidates.append(Candidate(head.site, head.score, head.zone, head.explained,
                                        texts.why(head.zone, words.region, words.label(head.site, side), len(vertices),
                                                  head.explained), length, side, points))
        return LookupResult(region, tuple(int(v) for v in vertices), tuple(candidates), self.nerve_roots(vertices))

    def closest_pain_vertex(self, site: TriggerPointSite, vertices: np.ndarray) -> int:
        """The pain vertex a path should end at: the most central one inside the site's zones."""
        zones = self.zones[site.index]
        inside = vertices[zones.contains(vertices)]
        return self.atlas.body.central_vertex(inside if inside.size else vertices)


def _in_sorted(vertices: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """bool per vertex: whether it is in `sorted_ids` (sorted ascending)."""
    at = np.searchsorted(sorted_ids, vertices)
    found = at < len(sorted_ids)
    found[found] = sorted_ids[at[found]] == vertices[found]
    return found


def _site_zones(atlas: Atlas, site: TriggerPointSite) -> SiteZones:
    """A site's zones made disjoint, with its near misses: every vertex within NEAR_ZONE_CM of either zone."""
    both = np.concatenate([site.essential, site.spillover])
    dist = atlas.geodesics.distance_to_set(both, limit_cm=NEAR_ZONE_CM)
    near = np.flatnonzero(np.isfinite(dist) & (dist > 0))
    essential = np.unique(site.essential)
    return SiteZones(essential.astype(np.int32), np.setdiff1d(site.spillover, essential).astype(np.int32),
                     near.astype(np.int32), near_quanta(dist[near]).astype(np.uint8))


def _vertex_major(zones: list[SiteZones], n: int):
    """(n, S) sparse weights and (n, S) sparse zone codes + 1, vertex-major, so that a lookup reads the rows
    of its pain vertices only."""
    import scipy.sparse as sp

    rows, cols, weights, codes = [], [], [], []
    for s, zone in enumerate(zones):
        for code, vertices, w in zone.parts():
            rows.append(vertices)
            cols.append(np.full(len(vertices), s, np.int32))
            weights.append(w)
            codes.append(np.full(len(vertices), code + 1, np.int8))
    r, c = np.concatenate(rows), np.concatenate(cols)
    weight = sp.csr_matrix((np.concatenate(weights), (r, c)), shape=(n, len(zones)), dtype=np.float32)
    code = sp.csr_matrix((np.concatenate(codes), (r, c)), shape=(n, len(zones)), dtype=np.int8)
    return weight, code


def _same_best(sites, score: np.ndarray, a: int, b: int) -> bool:
    """Whether sites a and b are the same trigger point with the same (rounded) score: left and right of one
    point referring equally, as on the midline."""
    return (sites[a].trigger_point.id == sites[b].trigger_point.id
            and round(float(score[a]), 6) == round(float(score[b]), 6))


def near_quanta(distance_cm: np.ndarray) -> np.ndarray:
    """How near a near miss is, in NEAR_STEPS steps: NEAR_STEPS at a zone's edge, 0 at NEAR_ZONE_CM from it."""
    return np.round(NEAR_STEPS * (1 - np.asarray(distance_cm) / NEAR_ZONE_CM))


class _Words:
    """How a why line names the region and a row's trigger point: the atlas' English, or in the language asked
    for (bodymap.i18n.language), the muscle's name kept."""

    def __init__(self, english_region: str, region_site) -> None:
        from bodymap import i18n

        self.translated = i18n.current() != i18n.SOURCE
        if self.translated:
            from bodymap.i18n.atlas_texts import region_name

            self.region = region_name(region_site)
        else:
            self.region = english_region

    def label(self, site, side: str) -> str:
        if not self.translated:
            return texts.both_sides(site.muscle.name, site.trigger_point.name) if side == "both" else site.label
        from bodymap.i18n.atlas_texts import site_label, tp_text

        return texts.both_sides(site.muscle.name, tp_text(site.trigger_point, "name")) if side == "both" \
            else site_label(site)


@functools.lru_cache(maxsize=8)
def engine_for(atlas: Atlas) -> ReferralEngine:
    """One engine per atlas, built on first use."""
    return ReferralEngine(atlas)


def lookup(atlas: Atlas, vertices, limit: int = 10, with_paths: bool = True) -> LookupResult:
    """Ranked trigger points for one clicked vertex (int) or a painted set of vertices."""
    if isinstance(vertices, (int, np.integer)):
        vertices = [int(vertices)]
    return engine_for(atlas).lookup(vertices, limit=limit, with_paths=with_paths)


def zone_of(atlas: Atlas, trigger_point_id: str, side: str = "left") -> tuple[np.ndarray, np.ndarray]:
    """The essential and spillover vertex sets of a trigger point on one side (for display)."""
    for site in atlas.sites_of(trigger_point_id):
        if site.side in (side, "midline"):
            return site.essential, site.spillover
    raise KeyError(f"unknown trigger point {trigger_point_id!r} on side {side!r}")


def region_of(atlas: Atlas, vertex: int) -> str:
    """The pain-region display name of a vertex."""
    v = atlas.body.check_vertex(vertex)
    return atlas.regions[int(atlas.region_of_vertex[v])].name


def _route_along_line(atlas: Atlas, site: TriggerPointSite, pain_vertex: int) -> tuple[list[int], str] | None:
    """Waypoint vertices TP -> line entry -> ... -> line exit -> pain, along the best of the muscle's lines."""
    verts = atlas.body.vertices
    best = None
    for line_site in atlas.line_sites:
        if line_site.line.id not in site.muscle.lines:
            continue
        if site.side in ("left", "right") and line_site.side not in (site.side, "midline"):
            continue
        wp = line_site.waypoints
        enter = int(np.argmin(np.linalg.norm(verts[wp] - verts[site.vertex], axis=1)))
        leave = int(np.argmin(np.linalg.norm(verts[wp] - verts[pain_vertex], axis=1)))
        if enter == leave:
            continue
        step = 1 if leave > enter else -1
        route = [site.vertex] + [int(w) for w in wp[enter:leave + step:step]] + [pain_vertex]
        detour = np.linalg.norm(np.diff(verts[route], axis=0), axis=1).sum()
        if best is None or detour < best[0]:
            best = (detour, route, line_site.line.id)
    return None if best is None else (best[1], best[2])


def referral_path(atlas: Atlas, site: TriggerPointSite | str, pain_vertex: int) -> ReferralPath:
    """The referral drawn as a path on the skin: along the muscle's fascial line when that is a sensible
    detour (at most DETOUR_LIMIT times the direct geodesic), else the direct geodesic."""
    if isinstance(site, str):
        site = atlas.site(site) if ":" in site else atlas.sites_of(site)[0]
    pain_vertex = atlas.body.check_vertex(pain_vertex)
    geo = atlas.geodesics
    chosen, line_id = None, None
    routed = _route_along_line(atlas, site, pain_vertex)
    if routed is not None:
        along = geo.path(routed[0])
        along_len = polyline_length(along)
        # the straight line is a lower bound of the direct geodesic: if the detour passes against it,
        # it passes against the geodesic too, and the direct path need not be computed at all
        straight = float(np.linalg.norm(atlas.body.vertices[pain_vertex] - atlas.body.vertices[site.vertex]))
        if along_len <= DETOUR_LIMIT * max(straight, 1.0):
            chosen, line_id = along, routed[1]
        else:
            direct = geo.path([site.vertex, pain_vertex])
            if along_len <= DETOUR_LIMIT * max(polyline_length(direct), 1.0):
                chosen, line_id = along, routed[1]
            else:
                chosen = direct
    if chosen is None:
        chosen = geo.path([site.vertex, pain_vertex])
    on_skin = np.asarray(chosen, dtype=float)
    return ReferralPath(lift_off_skin(atlas, on_skin), on_skin, polyline_length(on_skin), line_id, site.key,
                        pain_vertex)


def lift_off_skin(atlas: Atlas, points: np.ndarray, cm: float = PATH_LIFT_CM) -> np.ndarray:
    """(k, 3) points on the skin moved `cm` along the nearest vertex normal, so drawn lines are not hidden
    inside the surface."""
    normals = atlas.body.vertex_normals[atlas.body.vertex_tree.query(points)[1]]
    return np.asarray(points, dtype=float) + cm * normals
