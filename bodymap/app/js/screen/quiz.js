// The quiz: each question shows a pain area; the student clicks where they think a trigger point that sends
// pain there lies. A click is scored by its geodesic distance to the nearest correct trigger point, read from
// the question's distance field (the quiz pack; bodymap/teach/quiz.py computes it and states the rule).
// Owns: the round in progress, its answers and its results file.
import { localizePack } from "./language.js";
import { h } from "./dom.js";
import { csvRow, fill, fixed, round } from "./text.js";

export class QuizRound {
  /** screen: the screen (screen/index.js): store, answers, texts, apply(patch), setView, setLines, host. */
  constructor(screen) {
    this.screen = screen;
    this.round = null;  // {quiz, i, answers, answered, done, url}
    this.pack = null;   // the quiz pack of the body shown
    this.packBody = null;
  }

  get texts() { return this.screen.texts; }

  quizzes() { return this.screen.answers ? this.screen.answers.content.quizzes : []; }

  /** Start a round of quiz `id`; resolves false if there is no such quiz. */
  async start(id) {
    const body = this.screen.store.get().body;
    if (!this.pack || this.packBody !== body) {
      this.pack = await this.screen.host.loadQuiz(body);
      localizePack(this.pack, this.screen.language, "quiz_patch"); // the prompts in the page's language
      this.packBody = body;
    }
    const quiz = this.pack.content.quizzes.find((q) => q.id === id);
    if (!quiz) return false;
    this.screen.tour.end(false);
    this.end(false);
    this.round = { quiz, i: 0, answers: [], answered: false, done: false, url: null };
    this.screen.store.set({ mode: "quiz" });
    this.show();
    return true;
  }

  question() { return this.round.quiz.questions[this.round.i]; }

  spot(k) {
    const { spot_offsets: o, spot_vertices: v } = this.pack.arrays;
    return Array.from(v.subarray(o[k], o[k + 1]));
  }

  path(k) {
    const { path_offsets: o, path_points: p } = this.pack.arrays;
    return p.subarray(3 * o[k], 3 * o[k + 1]);
  }

  show() {
    const q = this.question();
    this.round.answered = false;
    this.screen.setLines([]);
    this.screen.apply({ pain: -1, painted: [], highlight: this.spot(q.field), resultSites: [], selected: -1,
      path: new Float32Array(0), context: { kind: "quiz", hidden: true, candidates: null } });
    this.screen.setView(q.view);
    this.publish();
  }

  total() { return this.round.answers.reduce((a, x) => a + x.score, 0); }

  /** A click on vertex v answers the question (once). */
  click(v) {
    const R = this.round;
    if (!R || R.done) return;
    if (R.answered) { this.screen.apply({ pain: R.answers[R.answers.length - 1].clicked_vertex }); return; }
    const q = this.question(), n = this.screen.answers.pack.arrays.vertex_area.length;
    const d = this.pack.arrays.distance[q.field * n + v];
    const k = this.pack.arrays.nearest[q.field * n + v];
    const site = q.sites[k], tol = q.tolerance_cm;
    const raw = d <= tol ? 1.0 : Math.max(0.0, 1.0 - (d - tol) / (2 * tol));
    const correct = d <= tol;
    const label = this.screen.answers.content.sites[site].label;
    const feedback = fill(this.texts.quiz[correct ? "right" : "wrong"], { label, distance: fixed(d, 0) });
    R.answers.push({ question: R.i, clicked_vertex: v, nearest_trigger_point: this.screen.answers.content.sites[site].key,
      distance_cm: d, score: round(raw, 3), correct, feedback });
    R.answered = true;
    this.screen.apply({ pain: v, resultSites: q.sites, selected: site, path: this.path(q.paths[k]),
      context: { kind: "quiz", hidden: false, candidates: null } });
    this.publish();
  }

  next() {
    const R = this.round;
    if (!R || !R.answered) return;
    if (R.i === R.quiz.questions.length - 1) { R.done = true; this.publish(); }
    else { R.i++; this.show(); }
  }

  /** The results as CSV, as Python's csv module writes it (bodymap/texts.py names the columns). */
  csv() {
    const R = this.round, quiz = R.quiz;
    let out = csvRow(this.texts.quiz.csv_header);
    for (const a of R.answers) {
      out += csvRow([quiz.id, a.question + 1, quiz.questions[a.question].prompt, a.clicked_vertex,
        a.nearest_trigger_point, fixed(a.distance_cm, 1), fixed(a.score, 2), a.correct ? "yes" : "no"]);
    }
    return out + csvRow([quiz.id, "total", "", "", "", "", fixed(this.total(), 2), `of ${quiz.questions.length}`]);
  }

  /** Leave the round; `clear` empties the screen too. */
  end(clear) {
    if (!this.round) return;
    if (this.round.url) URL.revokeObjectURL(this.round.url);
    this.round = null;
    this.screen.store.set({ quiz: null });
    if (clear) this.screen.apply(this.screen.answers.empty());
  }

  exit() {
    this.end(true);
    this.screen.setMode("pick");
  }

  /** Tell the store where the round is (the side panel redraws its card). */
  publish() {
    const R = this.round;
    this.screen.store.set({ quiz: { id: R.quiz.id, question: R.i + 1, answers: R.answers.length, done: R.done,
      total: this.total(), answered: R.answered } });
  }

  /** The quiz's card: the chooser, the question with its feedback, or the results. */
  card() {
    const t = this.texts, q = t.quiz, s = t.screen;
    if (!this.round) {
      const select = h("select", { "aria-label": s.quiz_title, "data-testid": "quiz-select" },
        this.quizzes().map((x) => h("option", { value: x.id }, fill(s.quiz_option, { title: x.title, questions: x.questions }))));
      return h("section", { class: "bm-panel", "data-testid": "quizzes" }, h("h3", {}, s.quiz_title),
        h("p", { class: "bm-note" }, q.intro), select,
        h("div", { class: "bm-row" }, h("button", { type: "button", onclick: () => this.start(select.value) }, s.quiz_start)));
    }
    const R = this.round, quiz = R.quiz, N = quiz.questions.length;
    if (R.done) return this.results();
    const a = R.answered ? R.answers[R.answers.length - 1] : null;
    return h("section", { class: "bm-panel", "data-testid": "quiz" },
      h("h3", {}, quiz.title),
      h("div", { class: "bm-progress", "data-testid": "quiz-progress" },
        fill(q.progress, { number: R.i + 1, total: N, score: fixed(this.total(), 2) })),
      h("p", { class: "bm-narration", "data-testid": "quiz-prompt" }, this.question().prompt),
      h("p", { class: "bm-note" }, a ? q.shown : q.ask),
      a ? h("p", { class: `bm-feedback ${a.correct ? "bm-right" : "bm-wrong"}`, "data-testid": "quiz-feedback",
        "aria-live": "polite" }, `${a.feedback} ${fill(q.score, { score: fixed(a.score, 2) })}`) : null,
      h("div", { class: "bm-row" },
        h("button", { type: "button", "data-testid": "quiz-next", disabled: !a, onclick: () => this.next() },
          R.i === N - 1 ? s.quiz_results : s.quiz_next),
        h("button", { type: "button", onclick: () => this.exit() }, s.quiz_exit)));
  }

  results() {
    const t = this.texts, R = this.round, quiz = R.quiz;
    if (R.url) URL.revokeObjectURL(R.url);
    R.url = URL.createObjectURL(new Blob([this.csv()], { type: "text/csv" }));
    return h("section", { class: "bm-panel", "data-testid": "quiz" },
      h("h3", {}, quiz.title),
      h("div", { class: "bm-progress", "data-testid": "quiz-total" },
        fill(t.quiz.total, { score: fixed(this.total(), 2), total: quiz.questions.length })),
      h("ol", {}, R.answers.map((a) => h("li", {}, `${fixed(a.score, 2)}: ${a.feedback}`))),
      h("div", { class: "bm-row" },
        h("a", { href: R.url, download: `bodymap-quiz-${quiz.id}.csv`, "data-testid": "quiz-csv" }, t.screen.quiz_csv),
        h("button", { type: "button", onclick: () => this.start(quiz.id) }, t.screen.quiz_again),
        h("button", { type: "button", onclick: () => this.exit() }, t.screen.quiz_exit)));
  }
}
