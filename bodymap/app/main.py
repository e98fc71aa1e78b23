"""One browser session of the app: layout, widgets and the glue between viewer and referral engine.

The browser answers a click from baked tables at once; this module receives the pick through the viewer's
parameters, validates it (bodymap.app.inputs), fills the text panels and sends the referral path.
"""
from __future__ import annotations

import asyncio
import base64
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import numpy as np
import panel as pn

from bodymap.app import inputs
from bodymap.app.data import VariantData, line_polylines, variant_data, viewer_params
from bodymap.app.panels import (
    candidates_html,
    line_html,
    quiz_html,
    region_html,
    safety_html,
    self_care_html,
    tour_step_html,
)
from bodymap.app.session_pool import SessionPool
from bodymap.app.viewer import BodyViewer
from bodymap.picture import PictureState, closeup, pick_vertex, render_picture
from bodymap.quiz import answer_sites as quiz_answer_sites
from bodymap.referral import referral_path
from bodymap.render import facing_view
from bodymap.settings import DEFAULT_VARIANT, VARIANTS

log = logging.getLogger("bodymap.app")


def _action(method):
    """Mark a session action: while it runs, the parameter changes it makes do not echo back through the
    browser-event watchers, and the outermost action sends all its changes to the browser as one message."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        previous, self._busy = self._busy, True
        try:
            if previous:
                return method(self, *args, **kwargs)
            with pn.io.hold():
                return method(self, *args, **kwargs)
        finally:
            self._busy = previous
    return wrapper


CSS = (Path(__file__).parent / "static" / "app.css").read_text(encoding="utf-8")
VIEWS = ["front", "back", "left", "right"]
MODES = {"Find the cause (click)": "pick", "Pain drawing (paint)": "paint", "Explore a muscle": "forward",
         "Guided tour": "tour", "Quiz": "quiz"}
VIEWER_MODE = {"pick": "pick", "paint": "paint", "forward": "forward", "tour": "pick", "quiz": "quiz"}


@lru_cache(maxsize=1)
def _picture_thread() -> ThreadPoolExecutor:
    """One thread draws every server-side picture: VTK draws one picture at a time, and the server's event
    loop stays free for other sessions meanwhile."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="bodymap-picture")


def _fill_once_shown(container, items: list) -> None:
    """Put `items` into `container` once the browser has shown the page (at once outside a server).

    Why: the server builds, sends and the browser lays out every Bokeh model before the body's first frame;
    the side panel is most of the page's models, so sending it right after the page is shown brings the
    body on screen sooner (docs/performance.md). Its contents are already up to date (a shared URL is
    restored before), they only arrive a moment later; its width is kept free, so nothing moves. (The
    toolbar stays: it wraps to a height that depends on the window, so filling it later would move the body.)
    """
    pn.state.onload(lambda: setattr(container, "objects", items))


def _html(text: str, **kwargs) -> pn.pane.HTML:
    """An HTML pane with the app's stylesheet (each Panel pane renders in its own shadow DOM)."""
    kwargs.setdefault("sizing_mode", "stretch_width")
    return pn.pane.HTML(text, stylesheets=[CSS], **kwargs)


class BodymapSession:
    """Widgets and state of one session; all browser values go through `inputs` first."""

    def __init__(self, variant: str = DEFAULT_VARIANT):
        self.data: VariantData = variant_data(variant)
        self.variant = variant
        self.candidates = []
        self.pain_vertices: list[int] = []
        self._busy = False
        self._answered_this_batch = False  # set when a pick's pain was looked up in the same message
        self._picture_pending = False      # a server-drawn picture is scheduled (browsers without WebGL)
        self._picture_shown = PictureState()  # what the browser's picture was drawn with (its clicks use it)
        atlas = self.data.atlas

        self.viewer = BodyViewer(**viewer_params(self.data), sizing_mode="stretch_both", min_height=480,
                                 body_name=variant)
        self.region_pane = _html(region_html(None))
        self.list_pane = _html("")
        self.chooser = pn.widgets.RadioBoxGroup(name="Trigger point", options={}, sizing_mode="stretch_width",
                                                stylesheets=[":host{font-size:0.95em}"])
        self.care_pane = _html("")
        self.line_pane = _html("")
        self.safety_pane = _html(safety_html(atlas))

        self.mode = pn.widgets.RadioButtonGroup(name="Mode", options=MODES, value="pick", button_type="primary",
                                                button_style="outline")
        self.view_buttons = [pn.widgets.Button(name=v.capitalize(), button_type="light", width=64) for v in VIEWS]
        self.reset_button = pn.widgets.Button(name="Reset", button_type="light", width=64)
        # frames the pain spot, the selected trigger point and the path between them
        self.closer = pn.widgets.Toggle(name="Closer view", value=False, width=110)
        self.body_select = pn.widgets.Select(name="Body", options=list(VARIANTS), value=variant, width=110)
        self.clinic = pn.widgets.Toggle(name="Clinic view (large, plain words)", value=False, width=250)
        self.search = pn.widgets.AutocompleteInput(
            name="Search a symptom, muscle or body area", options=self._search_options(), case_sensitive=False,
            search_strategy="includes", min_characters=2, placeholder="e.g. heel pain, tennis elbow, soleus",
            sizing_mode="stretch_width", restrict=False)
        self.muscle_select = pn.widgets.Select(name="Muscle", options={"(choose a muscle)": ""} | {
            m.name: m.id for m in sorted(atlas.muscles.values(), key=lambda m: m.name)}, visible=False,
            sizing_mode="stretch_width")
        self.play = pn.widgets.Toggle(name="Pause pulse", value=True, width=110)
        self.speed = pn.widgets.FloatSlider(name="Pulse speed", start=0.25, end=3.0, step=0.25, value=1.0, width=130)
        self.direction = pn.widgets.RadioButtonGroup(
            name="Direction", options={"Point to pain": "to_pain", "Pain to point": "to_source"}, value="to_pain",
            width=170)
        # the referral chooser and the pulse controls show only once there is a referral to show
        self.chooser_label = _html("<b>Show the referral of:</b>", visible=False)
        self.animation = pn.FlexBox(self.play, self.speed, self.direction, css_classes=["bm-anim"],
                                    sizing_mode="stretch_width", visible=False)
        self.tour_select = pn.widgets.Select(name="Tour", options={t.title: t.id for t in atlas.tours.values()},
                                             sizing_mode="stretch_width")
        self.tour_prev = pn.widgets.Button(name="< Previous", width=110)
        self.tour_next = pn.widgets.Button(name="Next >", width=110, button_type="primary")
        self.tour_pane = _html("")
        self.tour_box = pn.Column(self.tour_select, pn.Row(self.tour_prev, self.tour_next), self.tour_pane,
                                  visible=False, sizing_mode="stretch_width")
        self.tour_id: str | None = None
        self.tour_step = 0
        self.quiz_select = pn.widgets.Select(name="Quiz", options={q.title: q.id for q in atlas.quizzes.values()},
                                             sizing_mode="stretch_width")
        self.quiz_start = pn.widgets.Button(name="Start a round", button_type="primary", width=140)
        self.quiz_next = pn.widgets.Button(name="Next question", width=140, disabled=True)
        self.quiz_pane = _html("")
        self.quiz_csv = pn.widgets.FileDownload(callback=self._quiz_csv, filename="bodymap-quiz.csv",
                                                label="Download results (CSV)", button_type="light", visible=False,
                                                embed=False)
        self.quiz_box = pn.Column(self.quiz_select, pn.Row(self.quiz_start, self.quiz_next), self.quiz_pane,
                                  self.quiz_csv, visible=False, sizing_mode="stretch_width")
        self.quiz_round = None
        self.quiz_answered = False
        self.handout = pn.widgets.FileDownload(callback=self._handout_pdf, filename="bodymap-handout.pdf",
                                               label="Handout for the patient (PDF)", button_type="primary",
                                               embed=False, visible=False, sizing_mode="stretch_width")
        self.line_toggles = pn.widgets.CheckBoxGroup(
            name="Fascial lines", options={ln.name: ln.id for ln in atlas.lines.values()}, value=[], inline=False)

        self._wire()

    # ---- layout ----

    def layout(self) -> pn.viewable.Viewable:
        views = pn.Row(*self.view_buttons, self.reset_button, self.closer, margin=(0, 5))
        controls = pn.FlexBox(self.mode, views, self.body_select, self.clinic, sizing_mode="stretch_width",
                              css_classes=["bm-toolbar"], flex_wrap="wrap", align_items="center")
        side = pn.Column(width=430, scroll=True, sizing_mode="stretch_height", css_classes=["bm-side"])
        _fill_once_shown(side, [
            self.tour_box, self.quiz_box, self.search, self.muscle_select, self.region_pane, self.list_pane,
            self.chooser_label, self.chooser, self.animation,
            self.handout, self.care_pane, self.safety_pane,
            pn.Card(self.line_pane, self.line_toggles, title="Fascial lines (Anatomy Trains)", collapsed=True,
                    sizing_mode="stretch_width"),
        ])
        header = _html('<header class="bm-header"><h1>bodymap</h1><span>Why does it hurt <i>here</i>? '
                       "Click where it hurts to see which trigger points can send pain there.</span></header>",
                       margin=0)
        return pn.Column(header, controls, pn.Row(self.viewer, side, sizing_mode="stretch_both"),
                         sizing_mode="stretch_both", stylesheets=[CSS], css_classes=["bm-app"])

    # ---- wiring ----

    def _wire(self) -> None:
        self.viewer.param.watch(self._on_pain, "pain")
        self.viewer.param.watch(self._on_painted, "painted")
        self.viewer.param.watch(self._on_selected, "selected")
        self.viewer.param.watch(self._on_pick, "pick")
        self.viewer.param.watch(self._on_hovered_line, "hovered_line")
        self.viewer.param.watch(self._on_picture_click, "picture_click")
        self.viewer.param.watch(lambda *_events: self._schedule_picture(),
                                ["webgl", "pain", "selected", "result_sites", "view", "highlight", "body_name",
                                 "path", "closeup"])
        self.chooser.param.watch(self._on_chooser, "value")
        self.mode.param.watch(self._on_mode, "value")
        for button, view in zip(self.view_buttons, VIEWS):
            button.on_click(lambda _e, v=view: self.set_view(v))
        self.reset_button.on_click(lambda _e: self.reset_view())
        # both ways: the picture's own "Closer view" button (no WebGL) switches the toggle too
        self.closer.link(self.viewer, value="closeup", bidirectional=True)
        self.viewer.param.watch(lambda e: setattr(self.closer, "visible", e.new is not False), "webgl")
        self.viewer.param.watch(lambda _e: self._update_url(), "view")  # also when the closer view turns
        self.body_select.param.watch(self._on_body, "value")
        self.clinic.param.watch(self._on_clinic, "value")
        self.search.param.watch(self._on_search, "value")
        self.muscle_select.param.watch(self._on_muscle, "value")
        self.play.param.watch(self._on_play, "value")
        self.speed.link(self.viewer, value="speed")
        self.direction.link(self.viewer, value="direction")
        self.line_toggles.param.watch(self._on_lines, "value")
        self.tour_select.param.watch(lambda e: self._guarded(self.start_tour, e.new, 0), "value")
        self.tour_prev.on_click(lambda _e: self._guarded(self.tour_go, -1))
        self.tour_next.on_click(lambda _e: self._guarded(self.tour_go, +1))
        self.quiz_start.on_click(lambda _e: self._guarded(self.start_quiz, self.quiz_select.value))
        self.quiz_next.on_click(lambda _e: self._guarded(self.quiz_show_question))

    def _guarded(self, fn, *args) -> None:
        """Run a browser-event handler unless an action of ours caused the event; never let it raise."""
        if self._busy:
            return
        try:
            _action(lambda _self: fn(*args))(self)
        except inputs.RejectedInput:
            pass  # already logged; the session keeps its previous state
        except Exception:  # never let one bad event end the session
            log.exception("error while handling a browser event")

    # ---- event handlers ----

    def _on_pain(self, event) -> None:
        def apply():
            n = self.data.body.n_vertices
            try:
                v = inputs.vertex(event.new, n, "pain")
            except inputs.RejectedInput:
                self.viewer.pain = event.old if isinstance(event.old, int) else -1
                raise
            self._answered_this_batch = True
            if self.mode.value == "quiz":
                if v is not None:
                    self.quiz_answer(v)
                return
            self.show_pain([v] if v is not None else [])
        self._guarded(apply)

    def _on_pick(self, event) -> None:
        """The browser's pick number: answer it; if this pick's pain was already handled (a repeated pick
        whose reply was lost), send the current state again."""
        def apply():
            if not isinstance(event.new, int) or isinstance(event.new, bool) or event.new < 0:
                raise inputs.reject("pick", event.new, "must be a non-negative whole number")
            if not self._answered_this_batch:  # a repeated pick: its first reply may have been lost
                self.viewer.param.trigger("result_sites", "selected", "path")
                for pane in (self.region_pane, self.list_pane, self.care_pane, self.quiz_pane):
                    pane.param.trigger("object")
            self._answered_this_batch = False
            self.viewer.answered = event.new
        self._guarded(apply)

    def _on_painted(self, event) -> None:
        def apply():
            try:
                vs = inputs.vertex_list(event.new, self.data.body.n_vertices)
            except inputs.RejectedInput:
                self.viewer.painted = []
                raise
            if vs:
                self.show_pain(vs)
        self._guarded(apply)

    def _on_selected(self, event) -> None:
        def apply():
            try:
                idx = inputs.site_index(event.new, len(self.data.atlas.sites))
            except inputs.RejectedInput:
                old = event.old if isinstance(event.old, int) and -1 <= event.old < len(self.data.atlas.sites) else -1
                self.viewer.selected = old
                raise
            self.select_site(idx)
        self._guarded(apply)

    def _on_chooser(self, event) -> None:
        if event.new is not None:
            self._guarded(self.select_site, event.new)

    def _on_hovered_line(self, event) -> None:
        def apply():
            value = event.new or ""
            line = inputs.choice(value, list(self.data.atlas.lines) + [""], "hovered_line") if value else ""
            self.line_pane.object = line_html(self.data.atlas, line or None)
        self._guarded(apply)

    def _on_picture_click(self, event) -> None:
        def apply():
            u, v = inputs.picture_point(event.new)
            vertex = pick_vertex(self.data.body, self._picture_shown.camera(self.data.body), u, v)
            if vertex is None:
                return
            if self.mode.value == "quiz":
                self.quiz_answer(vertex)
            else:
                self.show_pain([vertex])
        self._guarded(apply)

    # ---- pictures for browsers without WebGL ----

    def picture_state(self) -> PictureState:
        """What the server-drawn picture shows now (from the session's own, already checked state)."""
        n_sites = len(self.data.atlas.sites)
        selected = self.viewer.selected if isinstance(self.viewer.selected, int) and 0 <= self.viewer.selected < n_sites \
            else None
        shown = [s for s in self.viewer.result_sites if isinstance(s, int) and 0 <= s < n_sites][:20]
        highlight = [v for v in self.viewer.highlight if isinstance(v, int) and 0 <= v < self.data.body.n_vertices]
        path = np.asarray(self.viewer.path, dtype=float)
        path = path.reshape(-1, 3) if path.size >= 6 and path.size % 3 == 0 and np.isfinite(path).all() else None
        pain = self.pain_vertices[0] if len(self.pain_vertices) == 1 else None
        near = closeup(self.data.atlas, pain, selected) if self.viewer.closeup else None
        return PictureState(view=self.viewer.view, pain=pain, result_sites=tuple(shown), selected=selected,
                            highlight=tuple(highlight), path=path, focus=near[0] if near else None,
                            zoom=near[1] if near else 1.0)

    def _schedule_picture(self) -> None:
        """Draw a new picture once the current batch of changes is done (only for browsers without WebGL)."""
        if self.viewer.webgl or self._picture_pending:
            return
        self._picture_pending = True
        doc = pn.state.curdoc
        if doc is not None and doc.session_context is not None:
            doc.add_next_tick_callback(self._draw_picture)
        else:  # no server (tests): draw now
            self._picture_pending = False
            state = self.picture_state()
            self._show_picture(state, render_picture(self.data.atlas, state))

    async def _draw_picture(self) -> None:
        self._picture_pending = False
        state = self.picture_state()
        try:
            png = await asyncio.get_running_loop().run_in_executor(_picture_thread(), render_picture,
                                                                   self.data.atlas, state)
        except Exception:
            log.exception("could not draw the body picture")
            return
        self._show_picture(state, png)

    def _show_picture(self, state: PictureState, png: bytes) -> None:
        """Send a drawn picture; clicks on it are cast with the camera it was drawn with."""
        self.viewer.picture = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        self._picture_shown = state

    def _on_mode(self, event) -> None:
        mode = inputs.choice(event.new, MODES.values(), "mode")
        self.viewer.mode = VIEWER_MODE[mode]
        self.muscle_select.visible = mode == "forward"
        self.tour_box.visible = mode == "tour"
        self.quiz_box.visible = mode == "quiz"
        self.search.visible = mode not in ("tour", "quiz")
        if mode == "tour" and self.tour_select.value:
            self._guarded(self.start_tour, self.tour_select.value, 0)
        else:
            self._refresh_text()  # the hint of the new mode

    def _on_body(self, event) -> None:
        def apply():
            variant = inputs.choice(event.new, VARIANTS, "body")
            self.data = variant_data(variant)
            self.variant = variant
            selected = self.viewer.selected
            self.viewer.param.update(**viewer_params(self.data), body_name=variant)
            if self.pain_vertices:
                self.show_pain(self.pain_vertices, keep=selected)
            self._on_lines(None)
        self._guarded(apply)

    def _on_search(self, event) -> None:
        self._guarded(self.apply_search, event.new)

    def _on_muscle(self, event) -> None:
        if event.new:
            self._guarded(self.show_muscle, event.new)

    def _on_clinic(self, event) -> None:
        """The clinic view is for a patient beside the clinician: large words and the closer view."""
        self.closer.value = bool(event.new)
        self._refresh_text()

    def reset_view(self) -> None:
        """Back to the whole body from the current side."""
        self.closer.value = False
        self.viewer.param.trigger("reset_view")

    def _on_play(self, event) -> None:
        self.viewer.playing = bool(event.new)
        self.play.name = "Pause pulse" if event.new else "Play pulse"

    def _on_lines(self, _event) -> None:
        polylines = line_polylines(self.variant)
        wanted = set(self.line_toggles.value or [])
        self.viewer.lines = [pl for pl in polylines if pl["id"] in wanted]

    # ---- actions (also used by URL state and tests) ----

    @_action
    def set_view(self, view: str) -> None:
        self.viewer.view = inputs.choice(view, VIEWS, "view")  # the URL follows (watcher in _wire)

    @_action
    def show_pain(self, vertices: list[int], keep: int | None = None) -> None:
        """Look up a pain location (one vertex or a drawing) and show the result."""
        self.pain_vertices = list(vertices)
        if not vertices:
            self.candidates = []
            self.viewer.param.update(result_sites=[], selected=-1, path=np.zeros(0, np.float32))
            self._refresh_text()
            return
        result = self.data.engine.lookup(vertices, limit=8, with_paths=False)
        self.candidates = list(result.candidates)
        self.region = result.region
        sites = [c.site.index for c in self.candidates]
        top = keep if keep in sites else (sites[0] if sites else -1)
        updates = {"result_sites": sites}
        if len(vertices) == 1:
            updates["pain"] = vertices[0]
        self.viewer.param.update(**updates)
        self.select_site(top if top != -1 else None)

    @_action
    def select_site(self, index: int | None) -> None:
        """Make a trigger point site the selected one: zones, self-care card, animated path."""
        atlas = self.data.atlas
        if index is None:
            self.viewer.param.update(selected=-1, path=np.zeros(0, np.float32))
            self._refresh_text()
            return
        site = atlas.sites[index]
        target = self.pain_target(site)
        path = referral_path(atlas, site, target).points.astype(np.float32).ravel() if target is not None \
            else np.zeros(0, np.float32)
        self.viewer.param.update(selected=index, path=path)
        self._refresh_text()
        self._update_url()

    def pain_target(self, site) -> int | None:
        if self.pain_vertices:
            return self.data.engine.closest_pain_vertex(site, np.asarray(self.pain_vertices))
        if len(site.essential):
            return self.data.engine.closest_pain_vertex(site, site.essential)
        return None

    @_action
    def show_muscle(self, muscle_id: str) -> None:
        """Forward mode: a muscle's trigger points, zones and (first) referral."""
        muscle_id = inputs.choice(muscle_id, self.data.atlas.muscles, "muscle")
        sites = [s for s in self.data.atlas.sites if s.muscle.id == muscle_id and s.side in ("left", "midline")]
        self.pain_vertices = []
        self.candidates = []
        self.viewer.param.update(result_sites=[s.index for s in sites], pain=-1)
        self.region = None
        self.select_site(sites[0].index if sites else None)

    @_action
    def apply_search(self, query: str) -> None:
        """A chosen search entry: a condition or region highlights the area and lists muscles; a muscle
        shows its trigger points."""
        query = inputs.text(query or "", "search").strip()
        if not query:
            return
        atlas = self.data.atlas
        index = self._search_index()
        target = index.get(query.lower())
        if target is None:  # forgiving: the shortest entry that contains what was typed
            matches = sorted((k for k in index if query.lower() in k), key=len)
            target = index[matches[0]] if matches else None
        if target is None:
            log.info("search found nothing for %r", query)
            return
        kind, key = target
        if kind == "muscle":
            self.show_muscle(key)
        elif kind == "region":
            region = atlas.region_by_name(key)
            vertices = atlas.region_vertices(atlas.regions.index(region))
            self.viewer.highlight = vertices.tolist()
            self.show_pain(vertices.tolist())
        elif kind == "condition":
            cond = atlas.conditions[key]
            vertices = []
            for rid in cond.regions:
                for i, r in enumerate(atlas.regions):
                    if r.region.id == rid and r.side in ("left", "midline"):
                        vertices.extend(atlas.region_vertices(i).tolist())
            if vertices:
                self.viewer.highlight = vertices
                self.show_pain(vertices)
                self.region = f"{cond.name} (left side shown)"
                self._refresh_text()
            else:
                muscles = set(cond.muscles)
                sites = [s.index for s in atlas.sites if s.muscle.id in muscles and s.side in ("left", "midline")]
                self.viewer.result_sites = sites
                self.select_site(sites[0] if sites else None)

    # ---- tours ----

    @_action
    def start_tour(self, tour_id: str, step: int = 0) -> None:
        tour_id = inputs.choice(tour_id, self.data.atlas.tours, "tour")
        self.tour_id = tour_id
        self.tour_step = 0
        if self.mode.value != "tour":
            self.mode.value = "tour"
            self.viewer.mode = VIEWER_MODE["tour"]
            self.tour_box.visible, self.quiz_box.visible, self.search.visible = True, False, False
        if self.tour_select.value != tour_id:
            self.tour_select.value = tour_id
        self.show_tour_step(step)

    @_action
    def tour_go(self, delta: int) -> None:
        if self.tour_id is not None:
            last = len(self.data.atlas.tours[self.tour_id].steps) - 1
            self.show_tour_step(max(0, min(last, self.tour_step + delta)))

    @_action
    def show_tour_step(self, step: int) -> None:
        from bodymap.tours import step_view

        tour = self.data.atlas.tours[self.tour_id]
        if not isinstance(step, int) or not 0 <= step < len(tour.steps):
            raise inputs.reject("tour step", step, f"must be 0..{len(tour.steps) - 1}")
        self.tour_step = step
        sv = step_view(self.data.atlas, tour.steps[step])
        self.pain_vertices = [sv.pain] if sv.pain is not None else []
        self.candidates = []
        self.region = None
        self.viewer.param.update(view=sv.view, pain=sv.pain if sv.pain is not None else -1, highlight=sv.highlight,
                                 result_sites=sv.result_sites, selected=sv.selected if sv.selected is not None else -1,
                                 path=sv.path)
        self.line_toggles.value = [ln for ln in sv.lines if ln in self.data.atlas.lines]
        self._on_lines(None)
        self.tour_prev.disabled = step == 0
        self.tour_next.disabled = step == len(tour.steps) - 1
        self.tour_pane.object = tour_step_html(tour, step, sv)
        self._refresh_text()
        self._update_url()

    # ---- quiz ----

    @_action
    def start_quiz(self, quiz_id: str) -> None:
        from bodymap.quiz import QuizRound

        quiz_id = inputs.choice(quiz_id, self.data.atlas.quizzes, "quiz")
        self.quiz_round = QuizRound(self.data.atlas.quizzes[quiz_id])
        if self.mode.value != "quiz":
            self.mode.value = "quiz"
            self.viewer.mode = "quiz"
            self.tour_box.visible, self.quiz_box.visible, self.search.visible = False, True, False
        self.quiz_csv.visible = False
        self.quiz_show_question()

    @_action
    def quiz_show_question(self) -> None:
        rnd = self.quiz_round
        if rnd is None:
            return
        if rnd.finished:
            self.quiz_pane.object = quiz_html(rnd, None, None)
            self.quiz_next.disabled = True
            self.quiz_csv.visible = True
            return
        question = rnd.quiz.questions[rnd.current]
        answer_sites = quiz_answer_sites(self.data.atlas, question)
        zone = sorted({int(v) for s in answer_sites[:1] for v in s.essential})
        self.pain_vertices = []
        self.candidates = []
        self.region = None
        self.quiz_answered = False
        self.viewer.param.update(result_sites=[], selected=-1, path=np.zeros(0, np.float32), highlight=zone,
                                 pain=-1, view=facing_view(self.data.atlas.body.vertex_normals[question.pain.vertex]))
        self.quiz_next.disabled = True
        self.quiz_pane.object = quiz_html(rnd, question, None)
        self._refresh_text()

    @_action
    def quiz_answer(self, vertex: int) -> None:
        from bodymap.quiz import score_click

        rnd = self.quiz_round
        if rnd is None or rnd.finished or self.quiz_answered:
            return
        question = rnd.quiz.questions[rnd.current]
        answer = score_click(self.data.atlas, question, rnd.current, vertex)
        rnd.answers.append(answer)
        self.quiz_answered = True
        site = self.data.atlas.site(answer.nearest_trigger_point)
        path = referral_path(self.data.atlas, site, question.pain.vertex).points.astype(np.float32).ravel()
        self.viewer.param.update(result_sites=[s.index for s in quiz_answer_sites(self.data.atlas, question)],
                                 selected=site.index, path=path)
        self.quiz_pane.object = quiz_html(rnd, question, answer)
        self.quiz_next.disabled = False
        self.quiz_next.name = "See the result" if rnd.finished else "Next question"

    def _handout_pdf(self):
        """The printable handout for the current pain and trigger points (selected one first)."""
        import io
        import tempfile

        from bodymap.handout import choose_content, write_pdf

        atlas = self.data.atlas
        tps = [atlas.sites[self.viewer.selected].key] if 0 <= self.viewer.selected < len(atlas.sites) else []
        tps += [c.site.key for c in self.candidates[:4] if c.site.key not in tps]
        content = choose_content(atlas, self.pain_vertices, tps[:4] or None)
        with tempfile.TemporaryDirectory() as tmp:
            path = write_pdf(atlas, content, Path(tmp) / "handout.pdf")
            return io.BytesIO(path.read_bytes())

    def _quiz_csv(self):
        import io

        return io.StringIO(self.quiz_round.to_csv() if self.quiz_round else "")

    # ---- helpers ----

    def _search_index(self) -> dict[str, tuple[str, str]]:
        atlas = self.data.atlas
        index: dict[str, tuple[str, str]] = {}
        for m in atlas.muscles.values():
            for name in [m.name, m.id.replace("_", " "), *(m.aliases or [])] + ([m.plain_name] if m.plain_name else []):
                index.setdefault(name.lower(), ("muscle", m.id))
        for c in atlas.conditions.values():
            for name in [c.name, c.name.split(" (")[0], *c.synonyms]:
                index.setdefault(name.lower(), ("condition", c.id))
        for r in atlas.regions:
            index.setdefault(r.name.lower(), ("region", r.name))
        return index

    def _search_options(self) -> list[str]:
        atlas = self.data.atlas
        names = {m.name for m in atlas.muscles.values()} | {a for m in atlas.muscles.values() for a in m.aliases}
        names |= {c.name for c in atlas.conditions.values()} | {s for c in atlas.conditions.values() for s in c.synonyms}
        names |= {r.name for r in atlas.regions}
        return sorted(names, key=str.lower)

    def _refresh_text(self) -> None:
        clinic = bool(self.clinic.value)
        atlas = self.data.atlas
        self.region_pane.object = region_html(getattr(self, "region", None) if self.candidates or self.pain_vertices
                                              else None, clinic, self.mode.value)
        self.list_pane.object = candidates_html(self.candidates, clinic) if self.pain_vertices else ""
        if self.mode.value in ("tour", "quiz"):  # the tour or quiz card says what to look at
            self.region_pane.object = self.list_pane.object = ""
        options = {f"{i}. {c.site.label}": c.site.index for i, c in enumerate(self.candidates, 1)}
        if not self.candidates and self.viewer.result_sites:
            options = {atlas.sites[i].label: i for i in self.viewer.result_sites if 0 <= i < len(atlas.sites)}
        selected = self.viewer.selected
        if options != self.chooser.options:
            self.chooser.options = options
        self.chooser.value = selected if selected in options.values() else None
        self.chooser_label.visible = self.animation.visible = bool(options)
        site = atlas.sites[selected] if 0 <= selected < len(atlas.sites) else None
        self.care_pane.object = self_care_html(atlas, site, clinic)
        self.handout.visible = bool(self.pain_vertices) and self.mode.value not in ("tour", "quiz")
        if clinic:
            for pane in (self.region_pane, self.list_pane, self.care_pane):
                pane.object = f'<div class="bm-clinic-text">{pane.object}</div>'
        self.clinic.name = "Full view" if clinic else "Clinic view (large, plain words)"
        lines = site.muscle.lines if site else []
        self.line_pane.object = line_html(atlas, lines[0] if lines else None)
        self.viewer.css_classes = ["bm-clinic"] if clinic else []

    def _update_url(self) -> None:
        loc = pn.state.location
        if loc is None:
            return
        atlas = self.data.atlas
        sel = self.viewer.selected
        query = {"body": self.variant, "view": self.viewer.view}
        if len(self.pain_vertices) == 1:
            query["pain"] = str(self.pain_vertices[0])
        if 0 <= sel < len(atlas.sites):
            query["tp"] = atlas.sites[sel].key
        if self.line_toggles.value:
            query["line"] = ",".join(self.line_toggles.value)
        if self.mode.value == "tour" and self.tour_id:
            query = {"body": self.variant, "tour": self.tour_id, "step": str(self.tour_step + 1)}
        try:
            loc.update_query(**query)
        except Exception:  # no browser location (e.g. in tests without a server)
            log.debug("could not update the URL", exc_info=True)

    @_action
    def restore_from_url(self, query: dict[str, str]) -> None:
        """Apply ?body=&pain=&tp=&view=&line= from a shared link; bad values are logged and ignored."""
        atlas = self.data.atlas
        for key, apply in (
            ("body", lambda v: setattr(self.body_select, "value", inputs.choice(v, VARIANTS, "url body"))),
            ("view", lambda v: self.set_view(v)),
            ("line", lambda v: setattr(self.line_toggles, "value",
                                       [inputs.choice(x, atlas.lines, "url line") for x in v.split(",") if x][:12])),
            ("pain", lambda v: self.show_pain([inputs.vertex(v, self.data.body.n_vertices, "url pain",
                                                             allow_none=False)])),
            ("tp", lambda v: self._restore_tp(v)),
            ("tour", lambda v: self.start_tour(v, _int_or_reject(query.get("step", "1"), "url step") - 1)),
        ):
            value = query.get(key)
            if value:
                try:
                    apply(inputs.text(value, f"url {key}"))
                except inputs.RejectedInput:
                    pass

    def _restore_tp(self, key: str) -> None:
        keys = [s.key for s in self.data.atlas.sites]
        key = inputs.choice(key, keys, "url tp")
        self.select_site(keys.index(key))


def _int_or_reject(value: str, what: str) -> int:
    if not str(value).isdigit() or len(str(value)) > 4:
        raise inputs.reject(what, value, "must be a small whole number")
    return int(value)


_trim_timer: list = [None]


def _release_memory(session_context) -> None:
    """After sessions end, hand freed heap back to the operating system (glibc keeps it otherwise), so a
    server that saw a full classroom does not stay at its high-water mark. Coalesced: one trim 5 s after
    the last of a burst of closing sessions."""
    import threading

    if _trim_timer[0] is None or not _trim_timer[0].is_alive():
        _trim_timer[0] = threading.Timer(5.0, _trim_heap)
        _trim_timer[0].daemon = True
        _trim_timer[0].start()


def _trim_heap() -> None:
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to trim
        pass


# the default body's sessions are built ahead of their visitors (session_pool.py says why)
SESSIONS: SessionPool[BodymapSession] = SessionPool(lambda: BodymapSession(DEFAULT_VARIANT),
                                                  name=f"session ({DEFAULT_VARIANT} body)")


def _refill_on_server_loop():
    """Inside a served session: schedule the pool's refill on the server's event loop; else nothing."""
    doc = pn.state.curdoc
    if doc is None or doc.session_context is None:
        return None
    from tornado.ioloop import IOLoop

    loop = IOLoop.current()
    return lambda fill, delay_s: loop.call_later(delay_s, fill)


def create_app() -> pn.viewable.Viewable:
    """Panel entry point: one session, restored from the URL's query parameters."""
    query = {}
    if pn.state.location is not None:
        query = {k: str(v) for k, v in (pn.state.location.query_params or {}).items()}
    variant = query.get("body", DEFAULT_VARIANT)
    if variant not in VARIANTS:
        log.warning("rejected url body %r", variant[:40])
        variant = DEFAULT_VARIANT
    session = SESSIONS.take(_refill_on_server_loop()) if variant == DEFAULT_VARIANT else BodymapSession(variant)
    session.restore_from_url({k: v for k, v in query.items() if k != "body"})
    view = session.layout()
    if pn.state.curdoc is not None and pn.state.curdoc.session_context is not None:
        pn.state.on_session_destroyed(_release_memory)
    view.bodymap_session = session  # for tests and the scripting hook
    return view
