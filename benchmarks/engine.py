"""Engine benchmarks: atlas load, one lookup, a painted lookup of 500 vertices, one path, the whole bake."""
from __future__ import annotations

import time

import numpy as np

from benchmarks._common import Figure, check, timings_ms


def run(quick: bool = False) -> list[Figure]:
    from bodymap.atlas import read_atlas
    from bodymap.bake import bake, to_bytes
    from bodymap.body import load_body
    from bodymap.referral import ReferralEngine, referral_path

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
    ]


if __name__ == "__main__":
    for fig in run():
        print(fig)
