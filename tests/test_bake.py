"""Baked tables answer clicks exactly like the engine, and the file format rejects damage clearly."""
from __future__ import annotations

import numpy as np
import pytest

from bodymap.bake import BakeFileError, bake, from_bytes, read_tables, to_bytes, write_tables


@pytest.fixture(scope="module")
def tables(atlas):
    return bake(atlas)


def test_baked_candidates_match_the_engine(atlas, engine, tables):
    rng = np.random.default_rng(7)
    covered = np.flatnonzero(tables.candidates[:, 0] >= 0)
    assert covered.size > 0
    for v in rng.choice(covered, size=min(200, covered.size), replace=False):
        live = engine.lookup([int(v)], limit=tables.header["top_k"], with_paths=False)
        baked = [int(i) for i in tables.candidates[v] if i >= 0]
        live_ids = [c.site.index for c in live.candidates]
        assert baked[0] == live_ids[0] or np.isclose(live.candidates[0].score, live.candidates[1].score)
        assert set(baked) == set(live_ids)
        zones = {c.site.index: c.zone for c in live.candidates}
        names = {2: "essential", 1: "spillover", 0: "near"}
        assert all(names[int(z)] == zones[int(i)] for i, z in zip(tables.candidates[v], tables.candidate_zone[v]) if i >= 0)


def test_zone_tables_hold_every_site(atlas, tables):
    off = tables.zone_offsets
    assert len(off) == 2 * len(atlas.sites) + 1
    for s, site in enumerate(atlas.sites):
        assert np.array_equal(tables.zone_vertices[off[2 * s]:off[2 * s + 1]], site.essential)
        assert np.array_equal(tables.zone_vertices[off[2 * s + 1]:off[2 * s + 2]], site.spillover)
    assert np.array_equal(tables.site_vertex, [s.vertex for s in atlas.sites])
    assert len(tables.path_offsets) == len(atlas.sites) + 1 and np.isfinite(tables.path_points).all()


def test_file_round_trip_and_version_hash(tables, tmp_path):
    path = tmp_path / "t.bmt"
    size = write_tables(tables, path)
    assert size == path.stat().st_size
    again = read_tables(path)
    assert again.header["atlas_hash"] == tables.header["atlas_hash"] and again.header["version"] == 1
    for name, arr in tables.arrays.items():
        assert np.array_equal(arr, getattr(again, name))


def test_damaged_files_say_what_is_wrong(tables, tmp_path):
    data = to_bytes(tables)
    with pytest.raises(BakeFileError, match="bad magic"):
        from_bytes(b"PNG" + data[3:])
    with pytest.raises(BakeFileError, match="truncated"):
        from_bytes(data[: len(data) // 2])
    flipped = bytearray(data)
    flipped[-10] ^= 0xFF
    with pytest.raises(BakeFileError, match="checksum"):
        from_bytes(bytes(flipped))
    with pytest.raises(BakeFileError, match="missing"):
        read_tables(tmp_path / "nope.bmt")
