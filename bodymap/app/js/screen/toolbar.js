// The toolbar: modes, the named views with Reset and the closer view, the layers, the body switch, the clinic view, and the
// handout (where the host can make one). Rendered from the store; buttons say their state with aria-pressed.
import { h } from "./dom.js";
import { availableLayers, LAYERS } from "./layers.js";

export class Toolbar {
  /** screen: the screen (screen/index.js). */
  constructor(screen) {
    this.screen = screen;
    const t = screen.texts.screen, config = screen.config;
    this.modes = Object.keys(config.modes).map((m) => h("button", { type: "button", "data-mode": m,
      onclick: () => screen.setMode(m) }, t.modes[m].label));
    this.views = Object.keys(config.views).map((v) => h("button", { type: "button", "data-view": v,
      onclick: () => screen.pressView(v) }, t.views[v]));
    this.reset = h("button", { type: "button", onclick: () => screen.resetView() }, t.reset);
    this.closer = h("button", { type: "button", onclick: () => screen.store.set({ closeup: !screen.store.get().closeup }) },
      t.closer_view);
    this.body = h("select", { "aria-label": t.body, onchange: (e) => screen.setBody(e.target.value) },
      config.variants.map((v) => h("option", { value: v }, t.variants?.[v] || v)));
    // the language switch: each language named in its own words (docs/i18n.md)
    const languages = Object.entries(config.languages || {});
    this.language = languages.length > 1 ? h("select", { "aria-label": t.language, "data-testid": "language",
      onchange: (e) => screen.setLanguage(e.target.value) },
    languages.map(([code, name]) => h("option", { value: code, lang: code }, name))) : null;
    this.clinic = h("button", { type: "button", onclick: () => screen.setClinic(!screen.store.get().clinic) });
    this.layers = LAYERS.map((name) => h("button", { type: "button", "data-layer": name, hidden: true,
      title: t.layers[name].hint, onclick: () => screen.setLayer(name, !screen.store.get().layers.includes(name)) },
      t.layers[name].label));
    // only where the host can make a handout; disabled (not hidden) without a pain, so the toolbar never jumps
    this.handout = screen.host.handout ? h("button", { type: "button", class: "bm-handout",
      onclick: () => screen.handout() }, t.handout) : null;
    // on a phone the tools fold into a menu (app.css); choosing one closes it again
    this.menu = h("button", { type: "button", class: "bm-menu", "aria-expanded": "false",
      onclick: () => this.openMenu(this.menu.getAttribute("aria-expanded") !== "true") }, t.menu);
    this.tools = h("div", { class: "bm-tools", onclick: (e) => { if (e.target.closest("button")) this.openMenu(false); } },
      h("div", { class: "bm-group", role: "group", "aria-label": t.mode_group }, this.modes),
      h("div", { class: "bm-group", role: "group", "aria-label": t.view_group }, this.views, this.reset, this.closer),
      h("div", { class: "bm-group", role: "group", "aria-label": t.layer_group }, this.layers),
      h("label", { class: "bm-body" }, `${t.body} `, this.body),
      this.language ? h("label", { class: "bm-body" }, `${t.language} `, this.language) : null,
      this.clinic, this.handout);
    this.el = h("div", { class: "bm-toolbar", role: "toolbar", "aria-label": t.title }, this.menu, this.tools);
  }

  openMenu(open) {
    this.menu.setAttribute("aria-expanded", String(open));
    this.el.classList.toggle("bm-open", open);
  }

  render(st) {
    const t = this.screen.texts.screen;
    for (const b of this.modes) b.setAttribute("aria-pressed", String(b.dataset.mode === st.mode));
    for (const b of this.views) b.setAttribute("aria-pressed", String(b.dataset.view === st.view));
    this.closer.setAttribute("aria-pressed", String(!!st.closeup));
    this.clinic.textContent = st.clinic ? t.clinic_off : t.clinic_on;
    this.clinic.setAttribute("aria-pressed", String(!!st.clinic));
    if (this.body.value !== st.body) this.body.value = st.body;
    if (this.language && this.language.value !== st.lang && st.lang in this.screen.config.languages) this.language.value = st.lang;
    const offered = this.screen.answers ? availableLayers(this.screen.answers.content) : [];
    for (const b of this.layers) {
      b.hidden = !offered.includes(b.dataset.layer);
      b.setAttribute("aria-pressed", String(st.layers.includes(b.dataset.layer)));
    }
    if (!this.handout) return;
    const hasPain = st.pain >= 0 || st.painted.length > 0 || st.highlight.length > 0;
    this.handout.disabled = !!st.handoutBusy || !hasPain || st.mode === "tour" || st.mode === "quiz";
    this.handout.textContent = st.handoutBusy ? t.handout_busy : t.handout;
  }
}
