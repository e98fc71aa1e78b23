// The screen: header, toolbar, the 3D body and the side panel, written once and run by both hosts (the Panel
// component in the served app, js/hosts/panel.js; the standalone page, js/hosts/standalone.js). It answers
// clicks, drawings, searches, tours and the quiz from the body pack; the host adds what needs a server.
//
// State (screen/store.js) and its owners (one writer per key; js/README.md has the table):
//   screen actions (this file): body, mode, closeup, clinic, pain, painted, highlight, resultSites, selected,
//     path, context, lines, layers, musclesShown, playing, speed, direction, pick, answered, handoutBusy
//   the pain record (screen/recordview.js): record (and, through the screen's actions, painted and highlight)
//   the viewer: view (the camera), hoveredLine (the pointer)
//   the tour player and the quiz: tour, quiz
import { Answers, NONE } from "./answers.js";
import { afterNextFrame, h } from "./dom.js";
import { MODE_ACTIONS } from "./modes.js";
import { SidePanel } from "./panel.js";
import { QuizRound } from "./quiz.js";
import { SearchBox, searchAnswer } from "./search.js";
import { readShare, shareParams, urlParams, writeShare } from "./share.js";
import { createStore } from "./store.js";
import { fill } from "./text.js";
import { Toolbar } from "./toolbar.js";
import { TourPlayer } from "./tour.js";
import { screenHook } from "./hook.js";
import { musclesFor } from "./layers.js";
import { EMPTY_RECORD, RecordPanel } from "./recordview.js";
import { geometryOf } from "./record.js";
import { chooseLanguage, localizePack } from "./language.js";
import { BodyViewer } from "../viewer/index.js";

const EXACT_PATH_KINDS = new Set(["click", "paint", "search"]); // answers whose path the host can make exact

export class Screen {
  /** root: the element to fill; host: what the host provides (see js/hosts/*.js); config: from Python. */
  constructor({ root, host, config, body, language }) {
    this.root = root;
    this.host = host;
    this.config = config;
    this.texts = config.texts;
    this.language = language || { lang: "en", patch: [] }; // screen/language.js
    this.answers = null;
    this.disposers = [];
    this.store = createStore({
      body: body || config.default_variant, mode: "pick", view: "front", closeup: false, clinic: false,
      pain: -1, painted: NONE, highlight: NONE, resultSites: NONE, selected: -1, path: new Float32Array(0),
      context: null, lines: NONE, layers: NONE, musclesShown: NONE, hoveredLine: "", playing: true, speed: 1, direction: "to_pain",
      tour: null, quiz: null, pick: 0, answered: 0, handoutBusy: false, ready: false, record: EMPTY_RECORD,
      lang: this.language.lang,
    });
    this.tour = new TourPlayer(this);
    this.quiz = new QuizRound(this);
    this.search = new SearchBox({ texts: this.texts.screen, choose: (text) => this.runSearch(text) });
    this.build();
    this.wire();
  }

  build() {
    const t = this.texts.screen, root = this.root;
    for (const [name, colour] of Object.entries(this.config.palette)) root.style.setProperty(`--bm-${name}`, colour);
    const [before, after] = t.tagline.split("{here}");
    const header = h("header", { class: "bm-header" }, h("h1", {}, t.title),
      h("span", {}, before, h("i", {}, t.tagline_here), after));
    this.toolbar = new Toolbar(this);
    this.record = new RecordPanel(this);
    this.panel = new SidePanel(this);
    this.viewerEl = h("div", { class: "bm-viewer", "data-testid": "viewer" });
    this.notice = h("p", { class: "bm-notice", role: "status", hidden: true });
    root.classList.add("bm-app");
    root.setAttribute("lang", this.language.lang); // screen readers and hyphenation follow the page's language
    root.replaceChildren(header, this.toolbar.el, this.notice,
      h("div", { class: "bm-main" }, this.viewerEl, this.panel.el));
    root.removeAttribute("aria-busy");
    this.viewer = new BodyViewer({ el: this.viewerEl, store: this.store, config: {
      palette: this.config.palette, settings: this.config.settings, views: this.config.views, modes: this.config.modes,
      texts: t }, actions: this.viewerActions(), pictures: this.host.pictures });
  }

  wire() {
    const s = this.store;
    this.disposers.push(
      s.on(null, (st, changed) => { this.toolbar.render(st); this.renderPanel(changed); }),
      s.on(["body", "mode", "view", "pain", "selected", "lines", "layers", "tour"], (st) => {
        if (!st.ready || this.shareQueued) return;
        this.shareQueued = true;
        afterNextFrame(() => {
          this.shareQueued = false;
          if (this.answers) writeShare(shareParams(s.get(), this.answers.content, this.config.default_variant), this.host.shareIn);
        }, 2);
      }),
      s.on(["clinic"], (st) => s.set({ closeup: st.clinic })),
      s.on(["selected", "context", "mode", "layers", "body"], (st) => {
        const shown = musclesFor(st, this.answers?.pack);
        if (shown.join() !== st.musclesShown.join()) s.set({ musclesShown: shown });
      }),
    );
    // a link followed within the page (a changed hash) shows its state; our own writes do not fire this
    const onHash = () => {
      const params = urlParams(location);
      if (chooseLanguage(params, this.config) !== this.language.lang) location.reload(); // a link in another language
      else if (this.answers) this.restore(params);
    };
    window.addEventListener("hashchange", onHash);
    this.disposers.push(() => window.removeEventListener("hashchange", onHash));
    if (this.host.onPath) this.host.onPath((n, path) => this.exactPath(n, path));
    if (this.host.onPickRequest) this.host.onPickRequest((v) => this.clickBody(v));
    this.hook = screenHook(this);
    window.bodymap = this.hook;
  }

  /** Run a click on the body. Its frame carries the highlight alone; the side panel follows in the next frame
   * (on software GL the panel's layout in the same frame held the highlight back ~8-16 ms; docs/performance.md). */
  fromPointer(fn) {
    this.pointerPick = true;
    try { fn(); } finally { this.pointerPick = false; }
  }

  /** Render the panel's changed sections: at once, or after the next frame for a click on the body. */
  renderPanel(changed) {
    const pending = this.panelPending;
    if (pending) for (const k of changed) pending.add(k);
    if (this.pointerPick) {
      if (!pending) {
        this.panelPending = new Set(changed);
        afterNextFrame(() => this.flushPanel());
      }
      return;
    }
    this.panelPending = null;
    this.panel.render(this.store.get(), pending || changed);
  }

  /** Render what the panel has not shown yet (also before it is read: window.bodymap.panelText()). */
  flushPanel() {
    const pending = this.panelPending;
    if (!pending || this.disposed) return;
    this.panelPending = null;
    this.panel.render(this.store.get(), pending);
  }

  /** What the viewer's gestures mean (viewer/index.js calls these). */
  viewerActions() {
    return {
      // the guess drawn while the button is held carries the muscles its selection shows, so the hidden frame
      // (and the rectangle copied on release) has them too
      preview: (v) => {
        const answer = this.modeActions().preview?.(this, v) ?? null;
        if (!answer) return null;
        const st = this.store.get();
        return { ...answer, musclesShown: musclesFor({ ...st, selected: answer.selected ?? st.selected }, this.answers?.pack) };
      },
      commit: (answer) => this.fromPointer(() => this.apply(answer)),
      clickBody: (v) => this.fromPointer(() => this.clickBody(v)),
      clickMarker: (site) => this.modeActions().clickMarker(this, site),
      paint: (vertices) => this.paint(vertices),
    };
  }

  modeActions() {
    return MODE_ACTIONS[this.store.get().mode] || MODE_ACTIONS.pick;
  }

  // ---- loading a body ----
  /** Load and show body `variant` (first start, or the body switch), keeping what is selected. */
  async loadBody(variant, restore = null) {
    let pack;
    try {
      pack = await this.host.loadBody(variant);
    } catch (err) {
      this.say(fill(this.texts.screen.load_failed, { reason: err && err.message ? err.message : String(err) }));
      throw err;
    }
    const before = this.store.get();
    localizePack(pack, this.language); // the words in the page's language
    geometryOf(pack); // the vertex areas, from the mesh (the pack does not carry them)
    this.answers = new Answers(pack, this.config);
    this.search.setIndex(pack.content.search);
    this.panel.setContent(pack.content);
    this.store.set({ body: variant });
    this.viewer.setPack(pack);
    if (restore) this.restore(restore);
    else this.keepSelection(before);
    this.store.set({ ready: true });
    this.panel.render(this.store.get());
  }

  /** After a body switch: the same pain spot or drawing, answered on the new body, with the same trigger point
   * selected if it is still listed; a list without a pain keeps its selection with the new body's path. */
  keepSelection(before) {
    const answer = before.pain >= 0 ? this.answers.forVertex(before.pain)
      : before.painted.length ? this.answers.forPainted(before.painted) : null;
    if (!answer) {
      if (before.selected >= 0) this.store.set({ path: this.answers.bakedPath(before.selected) });
      return;
    }
    if (answer.resultSites.includes(before.selected)) {
      answer.selected = before.selected;
      answer.path = this.answers.bakedPath(before.selected);
    }
    this.apply(answer);
  }

  /** Apply checked share-URL state (screen/share.js). */
  restore(share) {
    const { state, rejected } = readShare(share, { content: this.answers.content, config: this.config,
      n: this.answers.ranker.n });
    if (rejected.length && this.host.reportRejected) this.host.reportRejected(rejected);
    if (state.line) this.setLines(state.line);
    if (state.layers) this.store.set({ layers: state.layers });
    if (state.tour) { this.tour.start(state.tour, (state.step || 1) - 1); return; }
    if (state.mode) this.setMode(state.mode);
    if (state.view) this.viewer.setView(state.view, false);
    if (state.pain != null) this.apply(this.answers.forVertex(state.pain));
    if (state.tp) this.choose(this.answers.content.sites.findIndex((s) => s.key === state.tp));
  }

  // ---- actions ----
  /** Show an answer (a patch of the state); ask the host for the exact referral path where it can make one. */
  apply(patch) {
    this.store.set(patch);
    this.askExactPath();
  }

  askExactPath() {
    const st = this.store.get();
    if (!this.host.requestPath || !EXACT_PATH_KINDS.has(st.context?.kind) || st.selected < 0) return;
    const n = st.pick + 1;
    this.store.set({ pick: n });
    this.host.requestPath(n, st);
  }

  /** The host's exact path for request `n`: shown if it answers the latest request. */
  exactPath(n, path) {
    if (n !== this.store.get().pick) return;
    this.store.set({ answered: n, path: path.length >= 6 ? path : this.store.get().path });
  }

  clickBody(v) {
    if (!this.answers || !(v >= 0 && v < this.answers.ranker.n)) return;
    this.modeActions().clickBody(this, v);
  }

  /** Show the referral of another listed trigger point. */
  choose(site) {
    if (!this.answers || !(site >= 0) || site === this.store.get().selected) return;
    this.store.set({ selected: site, path: this.answers.bakedPath(site) });
    this.askExactPath();
  }

  /** Painted vertices go into the pain record's current area (or are erased); the whole drawing is ranked. */
  paint(vertices) {
    if (this.answers) this.record.paint(vertices);
  }

  clearDrawing() {
    this.record.clear();
    this.apply(this.answers.empty());
  }

  showMuscle(id) {
    if (id && this.answers?.content.muscles[id]) this.apply(this.answers.forMuscle(id));
  }

  /** A search from the box; false when nothing matches. */
  runSearch(text) {
    const answer = this.answers && searchAnswer(this.answers, this.answers.content.search.index, text, this.texts.screen);
    if (!answer) { this.say(fill(this.texts.screen.search_nothing, { query: String(text).slice(0, 60) })); return false; }
    this.say("");
    const mode = this.store.get().mode;
    if (mode !== "pick" && mode !== "forward") this.setMode("pick");
    this.apply(answer);
    return true;
  }

  setMode(mode) {
    if (!(mode in this.config.modes)) return;
    const was = this.store.get().mode;
    if (was === mode) return;
    if (was === "quiz") this.quiz.end(true);
    if (was === "tour" && mode !== "tour") this.tour.end(false);
    this.store.set({ mode });
  }

  /** A view button: turn to that side (pressed again: back to that side's whole view). */
  pressView(name) {
    this.viewer.setView(name, true);
  }

  setView(name) {
    this.viewer.setView(name, true);
  }

  resetView() {
    if (this.store.get().closeup) this.store.set({ closeup: false, clinic: false });
    else this.viewer.setView(this.store.get().view, true);
  }

  setClinic(on) {
    this.store.set({ clinic: !!on });
  }

  setLines(ids) {
    this.store.set({ lines: [...ids] });
  }

  /** Turn a layer of the body on or off (the muscles, the nerve roots). */
  setLayer(name, on) {
    const now = this.store.get().layers;
    if (on === now.includes(name)) return;
    this.store.set({ layers: on ? [...now, name] : now.filter((x) => x !== name) });
  }

  /** Show the page in another language (config.languages): the URL says it and the page reloads at that URL,
   * which brings back what was on screen (the drawing too, from sessionStorage). */
  setLanguage(lang) {
    if (lang === this.store.get().lang || !(lang in (this.config.languages || {}))) return;
    this.store.set({ lang });
    if (this.answers) writeShare(shareParams(this.store.get(), this.answers.content, this.config.default_variant), this.host.shareIn);
    location.reload();
  }

  async setBody(variant) {
    if (!this.config.variants.includes(variant) || variant === this.store.get().body) return;
    await this.loadBody(variant);
  }

  /** The patient handout for what the screen shows (hosts that can make one). */
  async handout() {
    const st = this.store.get(), content = this.answers.content;
    const pain = st.pain >= 0 ? [st.pain] : st.painted.length ? st.painted : st.highlight;
    const sites = [st.selected, ...st.resultSites].filter((s, i, all) => s >= 0 && all.indexOf(s) === i).slice(0, 4);
    this.store.set({ handoutBusy: true });
    try {
      // the pain record's areas travel with it, so the handout shows the drawing and its measures
      const drawing = st.record.areas.filter((a) => a.vertices.length)
        .map(({ vertices, intensity, quality, depth, note }) => ({ vertices, intensity, quality, depth, note }));
      await this.host.handout({ body: st.body, pain: [...pain], trigger_points: sites.map((s) => content.sites[s].key),
        ...(drawing.length ? { drawing } : {}) });
      this.say("");
    } catch (err) {
      this.say(fill(this.texts.screen.handout_failed, { reason: err && err.message ? err.message : String(err) }));
    } finally {
      this.store.set({ handoutBusy: false });
    }
  }

  /** A short notice above the body ("" hides it). */
  say(text) {
    this.notice.textContent = text;
    this.notice.hidden = !text;
  }

  dispose() {
    this.disposed = true;
    for (const d of this.disposers) d();
    this.viewer.dispose();
    if (window.bodymap === this.hook) delete window.bodymap;
  }
}
