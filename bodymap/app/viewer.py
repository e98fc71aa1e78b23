"""The 3D body viewer: a Panel JSComponent wrapping three.js (bundled locally, nothing from a CDN).

The parameters below are the whole contract between Python and the browser. Python sends the mesh and the
baked lookup tables once; the browser answers a click from those tables within a frame (highlight, markers,
region) and reports the pick back through `pain`; Python then fills the text panels and sends the referral
`path` that the browser animates. The class lives in an importable module so multi-process serving can
find its bundle.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import param
from panel.custom import JSComponent

_HERE = Path(__file__).parent


class BodyViewer(JSComponent):
    """three.js body viewer with picking, zone highlights, markers, lines and an animated referral pulse."""

    # ---- sent once (Python -> browser) ----
    positions = param.Array(default=np.zeros(0, np.float32), doc="float32 (n*3,) vertex positions, cm")
    indices = param.Array(default=np.zeros(0, np.uint32), doc="uint32 (m*3,) triangle vertex ids")
    candidates = param.Array(default=np.zeros(0, np.int16),
                             doc="int16 (n*K,) per vertex: site indices best first, -1 padded")
    candidate_zone = param.Array(default=np.zeros(0, np.uint8),
                                 doc="uint8 (n*K,) per candidate: 2 essential, 1 spillover, 0 near")
    top_k = param.Integer(default=8, doc="K: candidates kept per vertex")
    zone_offsets = param.Array(default=np.zeros(1, np.int32),
                               doc="int32 (2*S+1,): essential zone of site s is zone_vertices[o[2s]:o[2s+1]], "
                                   "spillover is zone_vertices[o[2s+1]:o[2s+2]]")
    zone_vertices = param.Array(default=np.zeros(0, np.uint16), doc="uint16 concatenated zone vertex ids")
    site_vertex = param.Array(default=np.zeros(0, np.int32), doc="int32 (S,) trigger point vertex per site")
    sites = param.List(default=[], doc="per site index: {key, muscle_id, muscle_name, trigger_point_id, side, "
                                         "label}")
    region_of_vertex = param.Array(default=np.zeros(0, np.uint16), doc="uint16 (n,) region index per vertex")
    region_names = param.List(default=[], doc="display name per region index")
    body_name = param.String(default="neutral", doc="body variant shown (reported by window.bodymap.state())")

    # ---- selection state (both directions) ----
    pain = param.Integer(default=-1, doc="picked pain vertex (-1: none); set by a click or by Python")
    painted = param.List(default=[], doc="vertex ids of a pain drawing (paint mode)")
    pick = param.Integer(default=0, doc="number of the browser's latest pick (browser -> Python)")
    answered = param.Integer(default=0, doc="the pick Python has answered (Python -> browser); an unanswered "
                                            "pick is sent again")
    result_sites = param.List(default=[], doc="ranked site indices shown as markers (set by browser or Python)")
    selected = param.Integer(default=-1, doc="site index whose zones and path are shown (-1: none)")
    mode = param.Selector(default="pick", objects=["pick", "paint", "forward", "quiz"])
    view = param.Selector(default="front", objects=["front", "back", "left", "right"])
    reset_view = param.Event(doc="put the camera back to the current view's default")
    highlight = param.List(default=[], doc="vertex ids to tint (a region chosen in search)")
    closeup = param.Boolean(default=False, doc="the closer view: the camera (or the server's picture) frames the pain "
                                               "spot, the selected trigger point and the path between them; set by "
                                               "the Closer view buttons (both directions)")

    # ---- referral animation (Python -> browser) ----
    path = param.Array(default=np.zeros(0, np.float32), doc="float32 (k*3,) polyline from trigger point to pain")
    playing = param.Boolean(default=True)
    speed = param.Number(default=1.0, bounds=(0.1, 4.0))
    direction = param.Selector(default="to_pain", objects=["to_pain", "to_source"])

    # ---- browsers without WebGL: pictures drawn by the server ----
    webgl = param.Boolean(default=True, doc="False once the browser found it cannot draw WebGL (browser -> Python)")
    picture = param.String(default="", doc="data: URL of a PNG of the current view, drawn by the server when "
                                           "the browser has no WebGL (Python -> browser)")
    picture_click = param.List(default=[], doc="[u, v]: a click on the picture as fractions of its width and "
                                               "height from the top-left corner (browser -> Python)")

    # ---- overlays ----
    lines = param.List(default=[], doc="visible fascial lines: [{id, name, colour, points: [x,y,z,...]}]")
    hovered_line = param.String(default="", doc="id of the line under the pointer (browser -> Python)")

    _esm = _HERE / "js" / "viewer.js"
    # Panel loads the small loader, which imports the real bundle natively (see js/loader.js for why)
    _bundle = _HERE / "static" / "viewer.loader.js"
    __javascript_modules__ = ["static/viewer.bundle.js"]
    _priority_changes = ["pain", "painted", "selected", "pick"]
