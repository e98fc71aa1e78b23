"""One place for paths, units and tunable constants, so no module hides a magic number."""
from __future__ import annotations

import os
from pathlib import Path

#: Root of the project checkout; meshes/ and annotations/ live here. Override with BODYMAP_HOME.
PROJECT_ROOT = Path(os.environ.get("BODYMAP_HOME", Path(__file__).resolve().parent.parent))
MESH_DIR = Path(os.environ.get("BODYMAP_MESHES", PROJECT_ROOT / "meshes"))
#: The atlas the app and commands use; BODYMAP_ANNOTATIONS points them at another folder (tests, drafts).
ANNOTATION_DIR = Path(os.environ.get("BODYMAP_ANNOTATIONS", PROJECT_ROOT / "annotations"))

#: Optional pre-baked tables (`bodymap export`) for the default body, so servers start without baking.
BAKED_TABLES = os.environ.get("BODYMAP_TABLES") or None

#: Body meshes are stored and used in centimetres (MakeHuman ships decimetres; we scale by 10), y up,
#: the body faces +z and its left side is +x.
UNITS = "cm"
DECIMETRE_TO_CM = 10.0

#: The skin is OBJ group `body`: hm08 vertices 0..13379.
SKIN_VERTEX_COUNT = 13380

#: Body variants built from MakeHuman macro targets (same topology, same vertex numbering).
VARIANTS = ("neutral", "female", "male")
DEFAULT_VARIANT = "neutral"

#: An anchor whose stored position lies farther than this from its vertex is stale.
STALE_ANCHOR_CM = 1.0

#: Candidates within this geodesic distance of a zone count as "near" misses.
NEAR_ZONE_CM = 4.0

#: How many candidates the browser keeps per vertex in the baked tables.
BAKED_TOP_K = 8

#: Lift drawn paths off the skin so they are not hidden inside it.
PATH_LIFT_CM = 0.15
