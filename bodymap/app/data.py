"""Data shared by every session of a server process: loaded once per body variant, never per session."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bodymap.core.atlas import Atlas, load_atlas
from bodymap.core.bake import BakedTables, bake
from bodymap.core.body import Body, load_body
from bodymap.core.referral import ReferralEngine, engine_for, lift_off_skin


@dataclass(frozen=True, eq=False)
class VariantData:
    body: Body
    atlas: Atlas
    engine: ReferralEngine
    tables: BakedTables


@functools.lru_cache(maxsize=None)
def variant_data(variant: str) -> VariantData:
    """Body, atlas, engine and baked tables for one variant, built on first use and then shared."""
    body = load_body(variant)
    atlas = load_atlas(body=body)
    return VariantData(body=body, atlas=atlas, engine=engine_for(atlas), tables=_tables_for(atlas))


def draw_order(triangles: np.ndarray) -> np.ndarray:
    """The triangles sorted by their lowest vertex id, for drawing.

    Software rasterisers (SwiftShader) shade vertices through a small cache keyed by vertex id; neighbouring
    triangles of the hm08 mesh have nearby ids, so in this order about 30% fewer vertices are shaded per
    frame (docs/performance.md). Vertex ids and each triangle's winding are unchanged."""
    triangles = np.asarray(triangles)
    return triangles[np.argsort(triangles.min(axis=1), kind="stable")]


def _tables_for(atlas: Atlas) -> BakedTables:
    """Pre-baked tables when BODYMAP_TABLES names a file for this body and atlas, else bake now."""
    from bodymap import settings
    from bodymap.core.bake import BakeFileError, atlas_hash, read_tables

    if settings.BAKED_TABLES and atlas.body.variant == settings.DEFAULT_VARIANT:
        tables = read_tables(Path(settings.BAKED_TABLES))
        if tables.header.get("atlas_hash") != atlas_hash(atlas):
            raise BakeFileError(f"baked tables {settings.BAKED_TABLES} were made from another atlas or body "
                                f"(hash {tables.header.get('atlas_hash')}, expected {atlas_hash(atlas)}); "
                                "re-export them with `bodymap export`")
        return tables
    return bake(atlas)


@functools.lru_cache(maxsize=None)
def line_polylines(variant: str) -> list[dict]:
    """Every fascial line site as a drawable polyline: [{id, key, name, colour, side, points (k, 3) float32}]."""
    atlas = variant_data(variant).atlas
    out = []
    for line_site in atlas.line_sites:
        points = lift_off_skin(atlas, atlas.geodesics.path(line_site.waypoints.tolist()))
        out.append({"id": line_site.line.id, "key": line_site.key, "name": line_site.line.name,
                    "colour": line_site.line.colour, "side": line_site.side,
                    "points": np.round(points, 2).astype(np.float32)})
    return out
