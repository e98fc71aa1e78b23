"""Baked tables hold exactly what the engine ranks with, and the file format rejects damage clearly."""
from __future__ import annotations

import numpy as np
import pytest

from bodymap.core.bake import BakeFileError, bake, from_bytes, read_tables, to_bytes, write_tables
from bodymap.core.formats import BAKED_TABLES


@pytest.fixture(scope="module")
def tables(atlas):
    return bake(atlas)


def test_baked_zones_reproduce_the_engines_membership(atlas, engine, tables):
    """The browser ranks from these lists (js/screen/rank.js): rebuilt into a matrix they must give exactly the
    engine's memberships and zone codes, so a click ranks in the browser as in `bodymap lookup`."""
    off, zv, zq = tables.zone_offsets, tables.zone_vertices, tables.zone_quanta
    membership = np.zeros_like(engine.membership)
    zone = np.full_like(engine.zone_code, -1)
    weights = {2: np.float32(1.0), 1: np.float32(0.6)}
    for s in range(len(atlas.sites)):
        for part, code in enumerate((2, 1, 0)):
            lo, hi = off[3 * s + part], off[3 * s + part + 1]
            vs = zv[lo:hi].astype(int)
            assert not (zone[s, vs] >= 0).any(), "a vertex is in two zones of one site"
            zone[s, vs] = code
            membership[s, vs] = weights[code] if code else (0.3 * zq[lo:hi].astype(np.float64) / 255).astype(np.float32)
    assert np.array_equal(zone, engine.zone_code)
    assert np.array_equal(membership, engine.membership)
    assert np.array_equal(tables.vertex_area, atlas.body.vertex_areas.astype(np.float32))
    assert np.array_equal(tables.region_of_vertex, atlas.region_of_vertex)


def test_zone_tables_hold_every_site(atlas, tables):
    off = tables.zone_offsets
    assert len(off) == 3 * len(atlas.sites) + 1
    for s, site in enumerate(atlas.sites):
        assert np.array_equal(tables.zone_vertices[off[3 * s]:off[3 * s + 1]], site.essential)
        assert np.array_equal(tables.zone_vertices[off[3 * s + 1]:off[3 * s + 2]], site.spillover)
    assert np.array_equal(tables.site_vertex, [s.vertex for s in atlas.sites])
    assert len(tables.path_offsets) == len(atlas.sites) + 1 and np.isfinite(tables.path_points).all()
    orders = sorted(s["order"] for s in tables.sites)
    assert orders == list(range(len(atlas.sites))), "every site has its own tie-break rank"


def test_file_round_trip_and_version_hash(tables, tmp_path):
    path = tmp_path / "t.bmt"
    size = write_tables(tables, path)
    assert size == path.stat().st_size
    again = read_tables(path)
    assert again.header["atlas_hash"] == tables.header["atlas_hash"]
    assert again.header["version"] == BAKED_TABLES.version
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
