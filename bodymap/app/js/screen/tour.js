// Guided tours: each step shows a pain spot, tinted regions, trigger points and an animated referral, with
// narration (from the body pack; bodymap/teach/tours.py builds the steps). Owns: the tour in progress.
import { h } from "./dom.js";
import { fill } from "./text.js";

export class TourPlayer {
  /** screen: the screen (screen/index.js): store, answers, texts, apply(patch), setView(name), setLines(ids). */
  constructor(screen) {
    this.screen = screen;
    this.tour = null;
    this.step = 0;
  }

  get texts() { return this.screen.texts; }

  tours() { return this.screen.answers ? this.screen.answers.content.tours : []; }

  /** Start tour `id` at `step` (0-based, clamped); false if there is no such tour. */
  start(id, step = 0) {
    const tour = this.tours().find((t) => t.id === id);
    if (!tour) return false;
    this.screen.quiz.end(false);
    this.tour = tour;
    this.screen.store.set({ mode: "tour" });
    this.go(step);
    return true;
  }

  go(i) {
    if (!this.tour) return;
    this.step = Math.max(0, Math.min(this.tour.steps.length - 1, Number(i) | 0));
    const st = this.tour.steps[this.step], answers = this.screen.answers;
    const { tour_path_offsets: o, tour_path_points: p } = answers.pack.arrays;
    this.screen.setLines(st.lines);
    this.screen.apply({ pain: st.pain, painted: [], highlight: answers.regionVertices(st.regions),
      resultSites: st.result_sites, selected: st.selected, path: p.subarray(3 * o[st.path], 3 * o[st.path + 1]),
      context: { kind: "tour", region: st.pain >= 0 ? answers.regionName([st.pain]) : null, candidates: null } });
    this.screen.setView(st.view);
    this.screen.store.set({ tour: { id: this.tour.id, step: this.step + 1, of: this.tour.steps.length } });
  }

  /** Leave the tour; `clear` empties the screen too. */
  end(clear) {
    if (!this.tour) return;
    this.tour = null;
    this.screen.store.set({ tour: null });
    if (clear) this.screen.apply(this.screen.answers.empty());
  }

  /** The tour's card in the side panel: the chooser, or the running step with its buttons. */
  card() {
    const t = this.texts.screen;
    if (!this.tour) {
      const select = h("select", { "aria-label": t.tours_title, "data-testid": "tour-select" },
        this.tours().map((x) => h("option", { value: x.id }, fill(t.tour_option, { title: x.title, steps: x.steps.length }))));
      const summary = h("p", { class: "bm-note" });
      const showSummary = () => { summary.textContent = this.tours().find((x) => x.id === select.value)?.summary || ""; };
      select.addEventListener("change", showSummary);
      showSummary();
      return h("section", { class: "bm-panel", "data-testid": "tours" }, h("h3", {}, t.tours_title), select, summary,
        h("div", { class: "bm-row" }, h("button", { type: "button", onclick: () => this.start(select.value, 0) },
          t.tour_start)));
    }
    const tour = this.tour, i = this.step, st = tour.steps[i], last = i === tour.steps.length - 1;
    return h("section", { class: "bm-panel", "data-testid": "tour" },
      h("h3", {}, tour.title),
      h("div", { class: "bm-progress", "data-testid": "tour-progress", "aria-live": "polite" },
        fill(t.tour_progress, { number: i + 1, total: tour.steps.length })),
      h("h4", {}, st.title),
      h("p", { class: "bm-narration", "data-testid": "tour-narration" }, st.narration),
      h("div", { class: "bm-row" },
        h("button", { type: "button", disabled: i === 0, onclick: () => this.go(i - 1) }, t.tour_previous),
        last ? h("button", { type: "button", onclick: () => this.exit() }, t.tour_finish)
          : h("button", { type: "button", "data-testid": "tour-next", onclick: () => this.go(i + 1) }, t.tour_next),
        h("button", { type: "button", onclick: () => this.exit() }, t.tour_exit)));
  }

  /** Finish or exit: back to finding the cause, with an empty screen. */
  exit() {
    this.end(true);
    this.screen.setMode("pick");
  }
}
