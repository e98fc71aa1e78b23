"""One visitor's session: the screen component, the state Python has checked, and the services that need the
engine (exact referral paths, pictures for browsers without WebGL).

Panel's recipe for this (a Parameterized state object with views bound to it): `SessionState` is the state;
the `Screen` component is the view in the browser, and every value it sends is checked (bodymap.app.inputs)
before it reaches the state; the services watch the state. The screen itself (answers, texts, tours, quiz,
search, the share URL) runs in the browser, written once for both hosts (js/README.md).
"""
from __future__ import annotations

import asyncio
import base64
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import numpy as np
import panel as pn
import param

from bodymap.app import inputs
from bodymap.app.data import VariantData, variant_data
from bodymap.app.http import pack_urls
from bodymap.app.pack import screen_config
from bodymap.app.screen import CSS, Screen
from bodymap.app.session_pool import SessionPool
from bodymap.core.referral import referral_path
from bodymap.core.views import VIEWS
from bodymap.settings import DEFAULT_VARIANT, VARIANTS

log = logging.getLogger("bodymap.app")

#: The exact-path solvers are let go this long after the last pick (43 MB; rebuilt in 35-100 ms on the next
#: pick): an idle server stays small, a visitor clicking away keeps them (docs/performance.md, "Memory").
SOLVER_IDLE_S = 60.0


@lru_cache(maxsize=1)
def _picture_thread() -> ThreadPoolExecutor:
    """One thread draws every server-side picture: VTK draws one picture at a time, and the server's event
    loop stays free for other sessions meanwhile."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="bodymap-picture")


class SessionState(param.Parameterized):
    """What the visitor's screen shows, as Python has checked it."""

    variant = param.Selector(default=DEFAULT_VARIANT, objects=list(VARIANTS))
    pain = param.Integer(default=-1, doc="the picked pain vertex, -1 for none")
    painted = param.List(default=[], doc="the pain drawing's vertices")
    highlight = param.List(default=[], doc="a searched area's vertices")
    result_sites = param.List(default=[])
    selected = param.Integer(default=-1)
    view = param.Selector(default="front", objects=list(VIEWS))
    closeup = param.Boolean(default=False)
    webgl = param.Boolean(default=True)
    path = param.Array(default=np.zeros(0, np.float32), doc="the exact referral path last computed")

    def pain_target(self) -> list[int]:
        """Where the referral path should end: the pain spot, else the drawing, else the searched area."""
        return [self.pain] if self.pain >= 0 else (self.painted or self.highlight)


def exact_path(data: VariantData, selected: int, target: list[int]) -> np.ndarray:
    """float32 (k*3,): the referral path of site `selected` to the most central pain vertex in its zones."""
    if not 0 <= selected < len(data.atlas.sites):
        return np.zeros(0, np.float32)
    site = data.atlas.sites[selected]
    ends = np.asarray(target, dtype=np.int64) if target else site.essential
    pain = data.engine.closest_pain_vertex(site, ends)
    return referral_path(data.atlas, site, pain).points.astype(np.float32).ravel()


class Session:
    """The screen of one visitor, bound to its checked state."""

    def __init__(self, variant: str = DEFAULT_VARIANT):
        self.data: VariantData = variant_data(variant)
        self.data.atlas.geodesics.release_when_idle(SOLVER_IDLE_S)
        self.state = SessionState(variant=variant)
        self.screen = Screen(config=screen_config(), packs=pack_urls(), body_name=variant,
                             host={"handout_url": "handout", "pictures": True, "exact_paths": True},
                             sizing_mode="stretch_both", min_height=300, stylesheets=[CSS.read_text("utf-8")])
        self._picture_pending = False
        self._picture_shown = None  # what the browser's picture was drawn with (its clicks use its camera)
        self._reverting = False
        self._wire()

    def _wire(self) -> None:
        s = self.screen
        s.param.watch(self._on_checked, ["pain", "painted", "highlight", "result_sites", "selected", "view",
                                          "closeup", "webgl"])
        s.param.watch(self._on_body, "body_name")
        s.param.watch(self._on_pick, "pick")
        s.param.watch(self._on_picture_click, "picture_click")
        s.param.watch(self._on_rejected, "rejected")
        self.state.param.watch(lambda *_: self._schedule_picture(),
                               ["pain", "painted", "highlight", "result_sites", "selected", "view", "closeup",
                                "webgl", "path", "variant"])

    # ---- browser -> state (checked) ----
    def _check(self, name: str, value):
        n, n_sites = self.data.body.n_vertices, len(self.data.atlas.sites)
        if name == "pain":
            v = inputs.vertex(value, n, "pain")
            return -1 if v is None else v
        if name in ("painted", "highlight"):
            return inputs.vertex_list(value, n, name)
        if name == "result_sites":
            return inputs.site_indices(value, n_sites)
        if name == "selected":
            v = inputs.site_index(value, n_sites)
            return -1 if v is None else v
        if name == "view":
            return inputs.choice(value, VIEWS, "view")
        return bool(value)  # closeup, webgl: param has checked the type

    def _on_checked(self, *events) -> None:
        if self._reverting:
            return
        good = {}
        for event in events:
            try:
                good[event.name] = self._check(event.name, event.new)
            except inputs.RejectedInput:
                self._revert(event.name, getattr(self.state, event.name))
        if good:
            self.state.param.update(**good)

    def _revert(self, name: str, value) -> None:
        """Put a rejected browser value back to the checked one (so the browser learns it was refused)."""
        self._reverting = True
        try:
            setattr(self.screen, name, value)
        finally:
            self._reverting = False

    def _on_body(self, event) -> None:
        try:
            variant = inputs.choice(event.new, VARIANTS, "body")
        except inputs.RejectedInput:
            self._revert("body_name", self.state.variant)
            return
        self.data = variant_data(variant)
        self.data.atlas.geodesics.release_when_idle(SOLVER_IDLE_S)
        self.state.variant = variant

    def _on_pick(self, event) -> None:
        """The browser's pick number: answer it with the exact referral path for what the state shows now."""
        if not isinstance(event.new, int) or isinstance(event.new, bool) or event.new < 0:
            inputs.reject("pick", event.new, "must be a non-negative whole number")
            return
        try:
            path = exact_path(self.data, self.state.selected, self.state.pain_target())
        except Exception:  # never let one bad pick end the session
            log.exception("could not compute the referral path")
            return
        self.state.path = path
        with pn.io.hold():
            self.screen.path = path
            self.screen.answered = event.new

    def _on_rejected(self, event) -> None:
        """Values the browser refused (from its URL): logged here, where the server's other rejections are."""
        items = event.new if isinstance(event.new, list) else []
        for item in items[:20]:
            if isinstance(item, (list, tuple)) and len(item) == 2:
                inputs.reject(f"url {str(item[0])[:20]}", item[1], "refused by the browser")

    # ---- pictures for browsers without WebGL ----
    def _on_picture_click(self, event) -> None:
        from bodymap.draw.picture import pick_vertex

        try:
            u, v = inputs.picture_point(event.new)
        except inputs.RejectedInput:
            return
        if self._picture_shown is None:
            return
        vertex = pick_vertex(self.data.body, self._picture_shown.camera(self.data.body), u, v)
        if vertex is not None:
            count = self.screen.pick_request[1] + 1 if len(self.screen.pick_request) == 2 else 1
            self.screen.pick_request = [int(vertex), count]

    def picture_state(self):
        """What the server-drawn picture shows now (from the checked state)."""
        from bodymap.draw.picture import PictureState, closeup

        st = self.state
        selected = st.selected if st.selected >= 0 else None
        path = np.asarray(st.path, dtype=float)
        path = path.reshape(-1, 3) if path.size >= 6 and path.size % 3 == 0 else None
        pain = st.pain if st.pain >= 0 else None
        near = closeup(self.data.atlas, pain, selected) if st.closeup else None
        return PictureState(view=st.view, pain=pain, result_sites=tuple(st.result_sites[:20]), selected=selected,
                            highlight=tuple(st.highlight or st.painted), path=path, focus=near[0] if near else None,
                            zoom=near[1] if near else 1.0)

    def _schedule_picture(self) -> None:
        """Draw a new picture once the current batch of changes is done (only for browsers without WebGL)."""
        if self.state.webgl or self._picture_pending:
            return
        self._picture_pending = True
        doc = pn.state.curdoc
        if doc is not None and doc.session_context is not None:
            doc.add_next_tick_callback(self._draw_picture)
        else:  # no server (tests): draw now
            from bodymap.draw.picture import render_picture

            self._picture_pending = False
            state = self.picture_state()
            self._show_picture(state, render_picture(self.data.atlas, state))

    async def _draw_picture(self) -> None:
        from bodymap.draw.picture import render_picture

        self._picture_pending = False
        state = self.picture_state()
        try:
            png = await asyncio.get_running_loop().run_in_executor(_picture_thread(), render_picture,
                                                                   self.data.atlas, state)
        except Exception:
            log.exception("could not draw the body picture")
            return
        self._show_picture(state, png)

    def _show_picture(self, state, png: bytes) -> None:
        """Send a drawn picture; clicks on it are cast with the camera it was drawn with."""
        self.screen.picture = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        self._picture_shown = state


QUIET_S = 5.0  # sessions have stopped ending for this long: the burst is over, memory can be tidied
_tidy = {"scheduled": False, "last_end": 0.0}


def _release_memory(session_context) -> None:
    """After sessions end, tidy memory once the burst of endings is over (QUIET_S after the last): rebuild the
    pooled session, then hand freed heap back to the operating system (glibc and Python keep it otherwise),
    so a server that saw a full classroom does not stay at its high-water mark (docs/performance.md,
    "Memory"). Runs on the server's loop, where sessions are built."""
    import time

    from tornado.ioloop import IOLoop

    _tidy["last_end"] = time.monotonic()
    if not _tidy["scheduled"]:
        _tidy["scheduled"] = True
        loop = IOLoop.current()
        loop.call_later(QUIET_S, _tidy_when_quiet, loop)


def _tidy_when_quiet(loop) -> None:
    import time

    from bodymap.core.memory import trim_heap

    left = _tidy["last_end"] + QUIET_S - time.monotonic()
    if left > 0:  # another session ended meanwhile: wait for the rest of the quiet time
        loop.call_later(left, _tidy_when_quiet, loop)
        return
    _tidy["scheduled"] = False
    SESSIONS.renew()
    trim_heap()


# the default body's sessions are built ahead of their visitors (session_pool.py says why)
SESSIONS: SessionPool[Session] = SessionPool(lambda: Session(DEFAULT_VARIANT),
                                             name=f"session ({DEFAULT_VARIANT} body)")


def _refill_on_server_loop():
    """Inside a served session: schedule the pool's refill on the server's event loop; else nothing."""
    doc = pn.state.curdoc
    if doc is None or doc.session_context is None:
        return None
    from tornado.ioloop import IOLoop

    loop = IOLoop.current()
    return lambda fill, delay_s: loop.call_later(delay_s, fill)


#: Panel's page (it extends Panel's base template) with a viewport for phones and tablets: without it a phone
#: lays the page out 980 px wide and shrinks it.
PAGE_TEMPLATE = """{% block preamble %}{{ super() }}
<meta name="viewport" content="width=device-width, initial-scale=1">{% endblock %}"""


def create_app() -> pn.viewable.Viewable:
    """Panel entry point: one session, on the body variant the URL asks for (the browser restores the rest of
    the URL's state itself)."""
    query = {}
    if pn.state.location is not None:
        query = {k: str(v) for k, v in (pn.state.location.query_params or {}).items()}
    variant = query.get("body", DEFAULT_VARIANT)
    try:
        variant = inputs.choice(variant, VARIANTS, "url body")
    except inputs.RejectedInput:
        variant = DEFAULT_VARIANT
    session = SESSIONS.take(_refill_on_server_loop()) if variant == DEFAULT_VARIANT else Session(variant)
    if pn.state.curdoc is not None and pn.state.curdoc.session_context is not None:
        pn.state.on_session_destroyed(_release_memory)
    session.screen.bodymap_session = session  # for tests and the scripting hook
    if pn.state.curdoc is not None:
        pn.state.curdoc.template = PAGE_TEMPLATE
    return session.screen
