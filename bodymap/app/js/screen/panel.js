// The side panel: the activity card (tour or quiz), search, the muscle chooser, what the pain is and which
// trigger points can send it (one line of why each, a radio to show its referral), the pulse controls, the
// self-care card, the fascial lines, and the safety limits that stay on screen. Rendered from the store;
// every text comes from Python (texts.py) or the atlas, and goes in as text, never as HTML.
import { fill as fillEl, h, show } from "./dom.js";
import { fill } from "./text.js";

export class SidePanel {
  /** screen: the screen (screen/index.js). */
  constructor(screen) {
    this.screen = screen;
    const t = screen.texts.screen;
    this.activity = h("div", { class: "bm-activity", "data-testid": "activity" });
    this.search = screen.search.el;
    this.muscle = h("select", { class: "bm-muscle", "aria-label": t.muscle_label,
      onchange: (e) => screen.showMuscle(e.target.value) });
    this.muscleBox = h("label", { class: "bm-label", hidden: true }, t.muscle_label, this.muscle);
    this.region = h("div", { class: "bm-region bm-muted", "data-testid": "region" });
    this.note = h("p", { class: "bm-note", hidden: true });
    this.listHead = h("div", { class: "bm-list-head", hidden: true }, h("b", {}, t.choose_referral));
    this.list = h("ol", { class: "bm-candidates", "data-testid": "candidates" });
    this.pulse = this.pulseControls(t);
    this.clear = h("button", { type: "button", class: "bm-clear", hidden: true, onclick: () => screen.clearDrawing() },
      t.clear_drawing);
    this.care = h("div", { class: "bm-care-slot" });
    this.muscleInfo = h("div", { class: "bm-muscle-slot" });
    this.roots = h("p", { class: "bm-roots", hidden: true, "data-testid": "nerve-roots" });
    this.rootsInfo = h("p", { class: "bm-note bm-roots-map", hidden: true, "data-testid": "nerve-root-map" });
    this.lineInfo = h("div", {});
    this.lineBoxes = h("div", { class: "bm-lines" });
    this.lines = h("details", { "data-testid": "lines" }, h("summary", {}, t.lines_title), this.lineInfo, this.lineBoxes);
    this.about = h("details", { class: "bm-about" }, h("summary", {}, t.about_title), h("p", { class: "bm-note" }));
    this.safety = h("aside", { class: "bm-safety", role: "note", "data-testid": "safety" });
    this.scroll = h("div", { class: "bm-scroll" }, this.activity, this.search, this.muscleBox, this.region, this.note,
      this.roots, this.rootsInfo, screen.record.el, this.listHead, this.list, this.pulse, this.clear, this.muscleInfo, this.care,
      this.lines, this.about);
    // on a phone the panel is a bottom sheet under the body: folded it shows this bar and the safety limits
    this.sheetToggle = h("button", { type: "button", class: "bm-sheet-toggle", "aria-expanded": "false",
      "data-testid": "sheet-toggle", onclick: () => this.expandSheet(this.sheetToggle.getAttribute("aria-expanded") !== "true") },
      t.sheet_show);
    this.el = h("div", { class: "bm-side", "data-testid": "side" }, this.sheetToggle, this.scroll, this.safety);
  }

  pulseControls(t) {
    const s = this.screen;
    this.playButton = h("button", { type: "button", onclick: () => s.store.set({ playing: !s.store.get().playing }) });
    this.speed = h("input", { type: "range", min: "0.25", max: "3", step: "0.25", value: "1",
      "aria-label": t.pulse_speed, oninput: () => s.store.set({ speed: Number(this.speed.value) }) });
    this.speedValue = h("b", {}, "1");
    this.direction = ["to_pain", "to_source"].map((d) => h("button", { type: "button", "data-direction": d,
      onclick: () => s.store.set({ direction: d }) }, t[d]));
    return h("div", { class: "bm-anim", hidden: true },
      this.playButton,
      h("label", { class: "bm-speed" }, `${t.pulse_speed}: `, this.speedValue, this.speed),
      h("div", { class: "bm-group", role: "group", "aria-label": t.pulse_direction }, this.direction));
  }

  expandSheet(open) {
    const t = this.screen.texts.screen;
    this.sheetToggle.setAttribute("aria-expanded", String(open));
    this.sheetToggle.textContent = open ? t.sheet_hide : t.sheet_show;
    this.el.classList.toggle("bm-expanded", open);
  }

  /** A new body pack: its muscles, lines, safety texts. */
  setContent(content) {
    const t = this.screen.texts.screen;
    const muscles = Object.entries(content.muscles).sort((a, b) => a[1].name.localeCompare(b[1].name));
    this.muscle.replaceChildren(h("option", { value: "" }, t.muscle_choose),
      ...muscles.map(([id, m]) => h("option", { value: id }, m.name)));
    const palette = this.screen.config.palette;
    this.lineBoxes.replaceChildren(...Object.entries(content.lines).map(([id, ln]) => h("label", {},
      h("input", { type: "checkbox", value: id, onchange: () => this.screen.setLines(this.checkedLines()) }),
      h("span", { class: "bm-swatch", style: `background:${/^#[0-9a-fA-F]{6}$/.test(ln.colour) ? ln.colour : palette.line}` }),
      ln.name)));
    fillEl(this.safety, h("b", {}, t.safety), h("ul", {}, content.safety.map((x) => h("li", {}, x))),
      h("p", { class: "bm-muted" }, content.disclaimer));
    fillEl(this.about.querySelector("p"), fill(t.about, { title: content.title, version: content.atlas_version,
      body: content.body }), " ", t.about_paths);
  }

  checkedLines() {
    return [...this.lineBoxes.querySelectorAll("input")].filter((i) => i.checked).map((i) => i.value);
  }

  /** Draw the parts of the panel whose inputs are among `changed` (all of them when it is null): the DOM of
   * the other parts stays as it is (a radio keeps its focus, a test keeps its element). */
  render(st, changed = null) {
    const screen = this.screen, t = screen.texts.screen, mode = st.mode;
    const any = (...keys) => !changed || keys.some((k) => changed.has(k));
    const hidden = !!st.context?.hidden; // a quiz question before its answer: nothing is revealed
    if (any("mode", "tour", "quiz", "body")) {
      const activity = mode === "tour" ? screen.tour : mode === "quiz" ? screen.quiz : null;
      fillEl(this.activity, activity ? activity.card() : null);
      show(this.search, mode !== "tour" && mode !== "quiz");
      show(this.muscleBox, mode === "forward");
    }
    if (any("context") && st.context?.kind !== "muscle" && this.muscle.value !== "") this.muscle.value = "";
    if (any("context", "mode", "clinic")) this.renderRegion(st, hidden);
    if (any("context", "resultSites", "clinic", "body")) this.renderList(st, hidden);
    else if (any("selected")) for (const r of this.list.querySelectorAll("input[type=radio]")) r.checked = Number(r.value) === st.selected;
    if (any("resultSites", "context", "playing", "speed", "direction")) {
      show(this.pulse, st.resultSites.length > 0 && !hidden);
      this.playButton.textContent = st.playing ? t.pulse_pause : t.pulse_play;
      this.playButton.setAttribute("aria-pressed", String(!st.playing));
      if (Number(this.speed.value) !== st.speed) this.speed.value = String(st.speed);
      this.speedValue.textContent = String(st.speed);
      for (const b of this.direction) b.setAttribute("aria-pressed", String(b.dataset.direction === st.direction));
    }
    if (any("mode", "painted")) show(this.clear, mode === "paint" && st.painted.length > 0);
    if (any("selected", "clinic", "context", "body")) {
      fillEl(this.care, hidden ? null : this.careCard(st.selected, st.clinic));
      fillEl(this.muscleInfo, hidden ? null : this.muscleCard(st.selected, st.clinic));
    }
    if (any("context")) this.renderRoots(hidden ? [] : st.context?.nerve_roots || []);
    if (any("layers", "body")) this.renderRootMap(st.layers.includes("roots"));
    if (any("lines", "body")) for (const box of this.lineBoxes.querySelectorAll("input")) box.checked = st.lines.includes(box.value);
    if (any("hoveredLine", "selected", "body")) {
      const sites = screen.answers?.content.sites || [];
      const muscle = st.selected >= 0 && sites[st.selected] ? screen.answers.content.muscles[sites[st.selected].muscle_id] : null;
      fillEl(this.lineInfo, this.lineCard(st.hoveredLine || (muscle && muscle.lines[0]) || ""));
    }
    if (any("clinic")) this.el.classList.toggle("bm-clinic-text", !!st.clinic);
  }

  renderRegion(st, hidden) {
    const t = this.screen.texts.screen, ctx = st.context;
    let text;
    if (hidden) text = []; // the quiz card says what to do
    else if (ctx?.region) text = [t.pain_at, h("b", {}, ctx.region)];
    else if (ctx?.title) text = [ctx.title];
    else if (ctx?.kind === "quiz") text = [this.screen.texts.quiz.correct_list];
    else if (ctx?.kind === "tour") text = [];
    else {
      const m = t.modes[st.mode] || t.modes.pick;
      text = [st.clinic && m.hint_clinic ? m.hint_clinic : m.hint];
    }
    fillEl(this.region, ...text);
    this.region.className = ctx && (ctx.region || ctx.title) && !hidden ? "bm-region" : "bm-region bm-muted";
    show(this.note, !!ctx?.note && !hidden);
    this.note.textContent = ctx?.note || "";
  }

  /** The list: one row per muscle and side (a ranked answer), or one per trigger point (a muscle, a condition). */
  renderList(st, hidden) {
    const t = this.screen.texts.screen, ctx = st.context;
    const shown = hidden ? [] : ctx?.candidates || st.resultSites.map((s) => ({ site: s }));
    this.list.replaceChildren();
    if (ctx?.candidates && !ctx.candidates.length && !hidden) {
      this.list.append(h("li", { class: "bm-muted bm-none" }, t.no_candidates));
    }
    shown.forEach((c, i) => this.list.append(this.listRow(st, c, i + 1)));
    show(this.listHead, shown.length > 0);
  }

  /** One row: its radio (the row's best trigger point, "N. <label>"), the muscle and side, the why line, and the
   * row's further trigger points, each with its own radio ("N.k. <label>"). */
  listRow(st, c, rank) {
    const screen = this.screen, t = screen.texts.screen, content = screen.answers.content;
    const d = content.sites[c.site] || {};
    const muscle = content.muscles[d.muscle_id] || {};
    const name = st.clinic && muscle.plain_name ? muscle.plain_name : d.muscle_name;
    const side = c.side || d.side;
    const rows = screen.texts.rows;
    const title = rows[side] ? fill(rows[side], { muscle: name || "" }) : (name || "");
    const why = c.why ? (st.clinic ? screen.answers.plainWhy(c.site, c.zone) : c.why) : null;
    const both = side === "both";
    const further = (c.points || []).slice(1).map((p, k) => h("div", { class: "bm-point", "data-site": p.site,
      "data-tp": content.sites[p.site]?.trigger_point_id },
      h("label", {}, this.listRadio(st, p.site, fill(t.rank_label, { rank: `${rank}.${k + 2}`, label: content.sites[p.site]?.label })),
        this.pointName(p.site, both), this.zoneBadge(p.zone), this.evidenceBadge(p.site, true))));
    return h("li", { "data-muscle": d.muscle_id, "data-tp": d.trigger_point_id, "data-site": c.site, "data-side": side },
      h("label", {}, this.listRadio(st, c.site, fill(t.rank_label, { rank, label: d.label })),
        h("span", { class: "bm-rank" }, String(rank)), " ", h("b", {}, title), " ", this.pointName(c.site, both),
        this.zoneBadge(c.zone), this.evidenceBadge(c.site, false)),
      why ? h("div", { class: "bm-why" }, why) : null, ...further);
  }

  listRadio(st, site, label) {
    return h("input", { type: "radio", name: "bm-choose", value: String(site), "aria-label": label,
      checked: site === st.selected, onchange: () => this.screen.choose(site) });
  }

  /** A trigger point's name in a row; with its side in a row of both sides. */
  pointName(site, withSide) {
    const d = this.screen.answers.content.sites[site] || {};
    return h("span", { class: "bm-tp" }, (withSide ? `${d.side} ` : "") + (d.trigger_point_name || ""));
  }

  zoneBadge(zone) {
    return zone ? h("span", { class: `bm-zone bm-zone-${zone}` }, this.screen.texts.zones[zone] || zone) : null;
  }

  /** What a row's pattern rests on (textbook charts, an injection study, a patient series), the studies named in
   * its tooltip; a row's further points show it only when a study backs them. */
  evidenceBadge(site, onlyStudies) {
    const ev = this.screen.answers.evidence(site);
    if (!ev || (onlyStudies && ev.kind === "clinical_observation")) return null;
    const word = this.screen.texts.evidence?.badge?.[ev.kind] || ev.kind;
    return h("span", { class: `bm-evidence bm-evidence-${ev.kind}`, title: ev.title, "data-evidence": ev.kind }, word);
  }

  careCard(site, clinic) {
    const content = this.screen.answers?.content;
    const d = content?.sites[site];
    if (!d) return null;
    const tp = content.trigger_points[d.trigger_point_id], muscle = content.muscles[d.muscle_id];
    if (!tp) return null;
    const t = this.screen.texts.screen, care = tp.care;
    const rows = Object.entries(t.care_rows).filter(([k]) => care[k]);
    const title = clinic && muscle.plain_name ? muscle.plain_name : muscle.name;
    return h("section", { class: "bm-card", "data-testid": "self-care" },
      h("h3", {}, `${t.care_title}${title} `, h("span", { class: "bm-tp" }, tp.name)),
      h("p", { class: "bm-where" }, tp.location), h("p", {}, tp.pain_pattern),
      // a pattern a study backs says so here too, where a finger (no hover, no tooltip) can read it
      tp.evidence && tp.evidence.kind !== "clinical_observation"
        ? h("p", { class: "bm-evidence-note", "data-testid": "evidence-note" }, tp.evidence.title) : null,
      h("dl", {}, rows.map(([k, label]) => [h("dt", {}, label), h("dd", {}, care[k])])),
      h("h4", {}, t.care_flags), h("ul", { class: "bm-flags" }, care.red_flags.map((f) => h("li", {}, f))),
      h("h4", {}, t.care_causes), h("ul", {}, care.look_for_cause.map((c) => h("li", {}, c))),
      h("p", { class: "bm-sources" }, `${t.sources}${tp.sources}`));
  }

  /** The selected trigger point's muscle in the muscle layer: where it lies, what it does, where it attaches. */
  muscleCard(site, clinic) {
    const content = this.screen.answers?.content, arrays = this.screen.answers?.pack.arrays;
    const i = site >= 0 && arrays?.site_muscle ? arrays.site_muscle[site] : -1;
    const m = i >= 0 ? content.muscle_layer[i] : null;
    if (!m) return null;
    const t = this.screen.texts.screen.muscle_layer;
    const title = clinic && m.plain_name ? m.plain_name : m.name;
    const layer = m.layer === "deep" ? fill(t.layer_deep, { over: m.under.join(", ") }) : t.layer_superficial;
    return h("section", { class: "bm-card bm-muscle-card", "data-testid": "muscle-card" },
      h("h3", {}, `${t.card_title}${title}`), h("p", {}, layer),
      h("p", {}, h("b", {}, t.action), m.action),
      h("p", {}, h("b", {}, t.from), m.origin, h("br"), h("b", {}, t.to), m.insertion),
      h("p", { class: "bm-muted" }, t.fibres),
      h("p", { class: "bm-sources" }, `${this.screen.texts.screen.sources}${m.sources}`));
  }

  /** "This area is also the L5 nerve root's: …" for the roots whose dermatomes hold the pain. */
  renderRoots(roots) {
    const names = [...new Set(roots.map((r) => r.root))];
    show(this.roots, names.length > 0);
    if (!names.length) return;
    const t = this.screen.texts.nerve_roots;
    const joined = names.length === 1 ? names[0] : names.slice(0, -1).join(", ") + t.and + names[names.length - 1];
    const text = fill(names.length === 1 ? t.one : t.several, { roots: joined });
    this.roots.textContent = text.charAt(0).toUpperCase() + text.slice(1) + ".";
  }

  /** With the nerve-root layer on: which map it follows and the map's own caveat. */
  renderRootMap(on) {
    const layer = this.screen.answers?.content.nerve_roots;
    show(this.rootsInfo, on && !!layer);
    if (on && layer) this.rootsInfo.textContent = `${this.screen.texts.screen.roots_note}${layer.map.replace(/\.$/, "")}. ${layer.uncertainty}`;
  }

  lineCard(id) {
    const ln = this.screen.answers?.content.lines[id];
    if (!ln) return null;
    const t = this.screen.texts.screen;
    return h("section", { class: "bm-card", "data-testid": "line-info" }, h("h4", {}, ln.name),
      h("p", {}, t.line_evidence, h("b", {}, ln.evidence), ".", ln.evidence_note ? ` ${ln.evidence_note}` : "", " ",
        t.line_teaching),
      h("p", {}, t.line_stations), h("ul", {}, ln.stations.map((s) => h("li", {}, s))));
  }
}
