"""The screen as a Panel component: the browser half is js/hosts/panel.js, the same screen (toolbar, 3D body,
side panel) the standalone page runs, hosted by Panel. Its parameters are the whole contract between Python
and the browser; each is validated on arrival (bodymap.app.inputs, in session.py).

The browser answers everything it can from its data packs (fetched from `packs`): a click, a drawing, a
search, tours, the quiz. It tells Python what it shows (pain, drawing, selection, view...) so that Python
can add what needs the engine: the exact referral path for a pick (`pick` -> `path`, `answered`), pictures
of the body for a browser without WebGL, handouts (over HTTP, app/http.py). The class lives in an
importable module so multi-process serving can find its bundle.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import param
from panel.custom import JSComponent

from bodymap.app import panel_fixes
from bodymap.core.views import VIEWS

_HERE = Path(__file__).parent
CSS = _HERE / "static" / "app.css"

panel_fixes.apply()  # the component's answers skip a costly miss in Panel's freeze_doc (see panel_fixes)


class Screen(JSComponent):
    """bodymap's screen: toolbar, 3D body and side panel, answered in the browser."""

    # ---- Python -> browser: set once per session (and on a body switch) ----
    config = param.Dict(default={}, doc="texts, palette, views, modes, settings (app/pack.py screen_config)")
    packs = param.Dict(default={}, doc="{variant: {body: url, quiz: url}}: where the browser fetches its data packs")
    host = param.Dict(default={}, doc="what this host adds: {handout_url, pictures, exact_paths}")

    # ---- browser -> Python: what the screen shows ----
    body_name = param.String(default="neutral", doc="the body variant shown (the browser asks for another)")
    pain = param.Integer(default=-1, doc="picked pain vertex (-1: none)")
    painted = param.List(default=[], doc="vertex ids of the pain drawing")
    highlight = param.List(default=[], doc="vertex ids of a searched area or a quiz question's pain area")
    result_sites = param.List(default=[], doc="site indices listed")
    selected = param.Integer(default=-1, doc="site index whose zones and referral are shown (-1: none)")
    pick = param.Integer(default=0, doc="number of the browser's latest pick: Python answers with `path`")
    view = param.Selector(default="front", objects=list(VIEWS))
    closeup = param.Boolean(default=False, doc="the closer view (the camera, or the server's pictures)")
    webgl = param.Boolean(default=True, doc="False once the browser found it cannot draw WebGL")
    picture_click = param.List(default=[], doc="[u, v]: a click on a server picture, as fractions of its size")
    rejected = param.List(default=[], doc="[[what, value], ...]: values the browser refused (from its URL), logged")

    # ---- Python -> browser: answers ----
    path = param.Array(default=np.zeros(0, np.float32), doc="float32 (k*3,) exact referral path for pick `answered`")
    answered = param.Integer(default=0, doc="the pick `path` answers")
    picture = param.String(default="", doc="data: URL of a PNG of the body (browsers without WebGL)")
    pick_request = param.List(default=[], doc="[vertex, n]: pick this vertex (a click on a server picture)")

    _esm = _HERE / "js" / "hosts" / "panel.js"
    # Panel loads the small loader, which imports the real bundle natively (see js/loader.js for why)
    _bundle = _HERE / "static" / "app.loader.js"
    __javascript_modules__ = ["static/app.bundle.js"]
    # Panel holds a browser change 50 ms (`_debounce`) to batch it with later ones, unless its name is listed
    # here. The browser already sends a burst as one patch (js/hosts/panel.js `send`), so the wait only delayed
    # answers: a click's `result_sites` held its pick's exact path 50 ms (docs/performance.md, "Load").
    _priority_changes = ["body_name", "pain", "painted", "highlight", "result_sites", "selected", "pick", "view",
                         "closeup", "webgl", "picture_click", "rejected"]
