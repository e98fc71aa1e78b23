"""One place for paths, units and tunable constants, so no module hides a magic number."""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def _data_root() -> Path:
    """Where meshes/ and annotations/ are: inside the package when installed from a wheel or an sdist
    (pyproject.toml maps them to bodymap/_data), else at the root of the checkout (editable install, PYTHONPATH)."""
    packaged = resources.files("bodymap") / "_data"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent


#: Folder holding meshes/ and annotations/: the checkout's root, or bodymap/_data in an installed wheel.
#: Override with BODYMAP_HOME.
PROJECT_ROOT = Path(os.environ.get("BODYMAP_HOME") or _data_root())
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

#: How many candidates the screen lists for a pain location.
CANDIDATE_LIMIT = 8

#: A referral path's or fascial line's points lie this far off the skin (along the nearest vertex normal), so
#: a picture of the skin never hides them: within 1 mm of it.
PATH_LIFT_CM = 0.08
#: The 3D viewer draws them as tubes (0.3 cm thick), lifted this much more so the skin never cuts a tube;
#: lines sit a little lower than paths, so a path along a line stays on top.
PATH_TUBE_LIFT_CM = 0.6
LINE_TUBE_LIFT_CM = 0.48

#: The drawn pain spot: a disc of this radius on the skin, with a ring around it.
PAIN_SPOT_CM = 2.2
#: Pain drawing: the brush paints the skin within this distance of the pointer.
PAINT_RADIUS_CM = 3.0
#: Explore mode: a click on the body selects the trigger point this close to it.
FORWARD_PICK_CM = 6.0
#: Spillover zones: share of orange mixed into the skin under the dots.
SPILL_WASH = 0.38
#: A quiz question shows the pain as the skin within this geodesic distance of its spot.
QUIZ_SPOT_CM = 5.0
