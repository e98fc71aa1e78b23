"""Engine benchmarks: atlas load, one lookup, a painted lookup of 500 vertices, one path, the whole bake, and the
server-drawn pictures for browsers without WebGL (one picture, one click on it)."""
from __future__ import annotations

import time

import numpy as np

from bodymap.bench._common import Figure, check, timings_ms


def run(quick: bool = False) -> list[Figure]:
    from bodymap.core.atlas import read_atlas
    from bodymap.core.bake import bake, to_bytes
    from bodymap.core.body import load_body
    from bodymap.core.referral import ReferralEngine, referral_path

    body = load_body()
    body.trimesh  # noqa: B018 - warm the mesh caches that every process has anyway
    t = time.perf_counter()
    atlas = read_atlas(body=body)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    engine = ReferralEngine(atlas)
    engine_s = time.perf_counter() - t

    rng = np.random.default_rng(1)
    n = body.n_vertices
    picks = iter(rng.integers(0, n, size=10_000))
    single = timings_ms(lambda: engine.lookup([int(next(picks))], with_paths=False), 100 if quick else 1000)
    painted_sets = iter([rng.choice(n, 500, replace=False) for _ in range(300)])
    painted = timings_ms(lambda: engine.lookup(next(painted_sets), with_paths=False), 30 if quick else 200)
    sites = atlas.sites
    # realistic: a path from a trigger point to a pain vertex inside its zones (what a click asks for)
    pairs = []
    for _ in range(1000):
        site = sites[int(rng.integers(len(sites)))]
        zone = np.concatenate([site.essential, site.spillover])
        pairs.append((site, int(zone[rng.integers(len(zone))])))
    pair_iter = iter(pairs)
    path = timings_ms(lambda: referral_path(atlas, *next(pair_iter)), 30 if quick else 200)
    # worst case: any trigger point to any vertex of the body
    random_pairs = iter([(sites[int(rng.integers(len(sites)))], int(rng.integers(n))) for _ in range(1000)])
    path_any = timings_ms(lambda: referral_path(atlas, *next(random_pairs)), 30 if quick else 200)
    t = time.perf_counter()
    tables = bake(atlas)
    bake_s = time.perf_counter() - t
    size_kb = len(to_bytes(tables)) / 1024
    pictures = _pictures(atlas, rng, quick)
    return [
        check("atlas_load_s", load_s, "s", "<", 1.0),
        check("engine_init_s", engine_s, "s"),
        check("lookup_p50_ms", float(np.percentile(single, 50)), "ms"),
        check("lookup_p95_ms", float(np.percentile(single, 95)), "ms", "<", 2.0),
        check("painted500_p95_ms", float(np.percentile(painted, 95)), "ms"),
        check("path_ms", float(np.percentile(path, 50)), "ms", "<", 10.0),
        check("path_p95_ms", float(np.percentile(path, 95)), "ms"),
        check("path_anywhere_ms", float(np.percentile(path_any, 50)), "ms"),
        check("bake_s", bake_s, "s", "<", 60.0),
        check("baked_tables_kb", size_kb, "KiB"),
        check("trigger_point_sites", len(sites), "sites"),
        *pictures,
    ]


def _pictures(atlas, rng, quick: bool) -> list[Figure]:
    """A picture with a pain spot, zones and markers (after a first one that starts VTK), and clicks on it."""
    from bodymap.draw.picture import PictureState, pick_vertex, render_picture

    site = atlas.sites[0]
    state = PictureState(view="front", pain=int(site.essential[0]), result_sites=(0,), selected=0)
    t = time.perf_counter()
    render_picture(atlas, state)
    first_s = time.perf_counter() - t
    draws = timings_ms(lambda: render_picture(atlas, state), 3 if quick else 10, warmup=0)
    clicks = iter(rng.uniform(0.2, 0.8, size=(1000, 2)))
    pick = timings_ms(lambda: pick_vertex(atlas.body, "front", *next(clicks)), 20 if quick else 100)
    return [
        check("picture_first_s", first_s, "s"),
        check("picture_ms", float(np.median(draws)), "ms"),
        check("picture_click_ms", float(np.median(pick)), "ms"),
    ]


if __name__ == "__main__":
    for fig in run():
        print(fig)
