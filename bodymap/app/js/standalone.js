// bodymap standalone page: the host around the body viewer in the file written by `bodymap export-site`.
//
// Bundled with esbuild into ../static/standalone.bundle.js (`npm run build:standalone`). bodymap/export_site.py
// puts the viewer bundle and this bundle into one inline <script type="module"> of index.html; the viewer
// hands its `render` function over as globalThis.__bodymapViewer. The data (mesh, baked tables, texts, tours,
// quizzes) sits in <script type="application/json" id="bm-data">, typed arrays as base64.
//
// The viewer is the same module the served app uses, so `window.bodymap` behaves the same. What Panel does in
// the served app is done here by `createModel` (the slice of Panel's JSComponent model API the viewer uses)
// and by the host functions below (what bodymap/app/main.py does in Python).
//
// All annotation text goes into the page through textContent / text nodes, never as HTML.

import { typed as decode } from "./values.js"; // base64 text -> typed array, as the viewer reads it

// ---- Python-compatible number formatting (f"{x:.Nf}" and round(x, N): exact value, ties to even) --------
function pyFixed(x, digits) {
  x = Number(x);
  if (!Number.isFinite(x)) return String(x);
  const neg = x < 0;
  const s = Math.abs(x).toFixed(100); // the exact decimal expansion of the double (for |x| >= 1e-40)
  const [ip, fp] = s.split(".");
  const kept = ip + fp.slice(0, digits);
  const rest = fp.slice(digits);
  let up = false;
  if (rest[0] > "5") up = true;
  else if (rest[0] === "5") up = /[1-9]/.test(rest.slice(1)) || Number(kept[kept.length - 1]) % 2 === 1;
  let d = kept.split("").map(Number);
  if (up) {
    let i = d.length - 1;
    while (i >= 0) { if (d[i] === 9) { d[i] = 0; i--; } else { d[i]++; break; } }
    if (i < 0) d = [1, ...d];
  }
  const str = d.join("");
  const whole = str.slice(0, str.length - digits).replace(/^0+(?=\d)/, "") || "0";
  const out = digits > 0 ? `${whole}.${str.slice(str.length - digits)}` : whole;
  return neg ? `-${out}` : out; // Python keeps the sign of a negative that rounds to zero ("-0.00")
}
function pyRound(x, digits) {
  return Number(pyFixed(x, digits));
}

// Python's csv.writer (QUOTE_MINIMAL, lineterminator "\n")
function csvRow(fields) {
  return fields.map((f) => {
    const s = String(f);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(",") + "\n";
}

// ---- the model: the part of Panel's JSComponent model API that viewer.js uses -----------------------------
// - read and write parameters as properties (`model.pain`, `model.pain = 5`);
// - `model.on(name | [names], cb)` with "name" or "change:name"; "remove" (or "lifecycle:remove") is the
//   teardown hook; `model.off(...)` undoes it;
// - a write that changes the value calls that parameter's callbacks at once, without arguments, as Bokeh's
//   change signal does; writing an equal value (same primitive, equal plain list, same typed array object)
//   does nothing, as Bokeh compares values before it emits;
// - `model.setv({...})` writes several parameters, then calls their callbacks (one Bokeh patch);
// - `model.trigger(name)` fires a parameter's callbacks (param.Event such as reset_view).
function equalValue(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalValue(a[i], b[i])) return false;
    return true;
  }
  return false;
}
function createModel(initial) {
  const values = { ...initial };
  const handlers = new Map();
  const name = (p) => String(p).replace(/^change:/, "").replace(/^lifecycle:/, "");
  const on = (props, cb) => {
    for (const p of Array.isArray(props) ? props : [props]) {
      const n = name(p);
      if (!handlers.has(n)) handlers.set(n, []);
      handlers.get(n).push(cb);
    }
  };
  const off = (props, cb) => {
    for (const p of Array.isArray(props) ? props : [props]) {
      const n = name(p);
      handlers.set(n, (handlers.get(n) || []).filter((f) => f !== cb));
    }
  };
  const emit = (n) => {
    for (const cb of [...(handlers.get(n) || [])]) {
      try { cb(); } catch (err) { console.error(`bodymap: error in a '${n}' callback`, err); }
    }
  };
  const setv = (obj) => {
    const changed = [];
    for (const [k, v] of Object.entries(obj)) {
      if (!equalValue(values[k], v)) { values[k] = v; changed.push(k); }
    }
    for (const k of changed) emit(k);
  };
  const api = { on, off, setv, trigger: emit, remove: () => emit("remove") };
  return new Proxy(values, {
    get(target, key) {
      if (key in api) return api[key];
      return target[key];
    },
    set(_target, key, value) {
      setv({ [key]: value });
      return true;
    },
  });
}

// ---- DOM helper (text only) -------------------------------------------------------------------------------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "style") el.style.cssText = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k in el && typeof v !== "string") el[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

// ---- the page ---------------------------------------------------------------------------------------------
const ZONE_WORDS = { essential: "main pain zone", spillover: "wider pain zone", near: "just outside the zone" };
const VIEWS = ["front", "back", "left", "right"];

function main() {
  const D = JSON.parse(document.getElementById("bm-data").textContent);
  const viewer = globalThis.__bodymapViewer;
  if (!viewer || typeof viewer.render !== "function") throw new Error("the viewer bundle is missing");
  const A = D.arrays;
  const n = D.n_vertices;
  const regionOfVertex = decode(A.region_of_vertex, Uint16Array);
  const pathOffsets = decode(A.path_offsets, Int32Array);
  const pathPoints = decode(A.path_points, Float32Array);
  const sites = D.sites;
  const polylines = D.polylines.map((p) => ({ ...p, points: decode(p.points, Float32Array) }));
  const EMPTY = new Float32Array(0);

  const model = createModel({
    positions: decode(A.positions, Float32Array),
    indices: decode(A.indices, Uint16Array), // the viewer widens it to Uint32Array
    candidates: decode(A.candidates, Int16Array),
    candidate_zone: decode(A.candidate_zone, Uint8Array),
    top_k: D.top_k,
    zone_offsets: decode(A.zone_offsets, Int32Array),
    zone_vertices: decode(A.zone_vertices, Uint16Array),
    site_vertex: decode(A.site_vertex, Int32Array),
    sites,
    region_of_vertex: regionOfVertex,
    region_names: D.region_names,
    body_name: D.body,
    pain: -1, painted: [], result_sites: [], selected: -1, mode: "pick", view: "front", reset_view: false,
    highlight: [], path: EMPTY, playing: true, speed: 1.0, direction: "to_pain", lines: [], hovered_line: "",
    closeup: false,
  });

  // host state: what the side panel explains (ctx), the running tour or quiz
  const S = { busy: 0, ctx: null, tour: null, quiz: null, queued: false, pathDue: false };
  const write = (obj) => { S.busy++; try { model.setv(obj); } finally { S.busy--; } };
  const basePath = (site) => (site >= 0 && site + 1 < pathOffsets.length
    ? pathPoints.subarray(3 * pathOffsets[site], 3 * pathOffsets[site + 1]) : EMPTY);
  const pathFor = (site) => {
    const special = S.ctx && S.ctx.paths && S.ctx.paths[site];
    return special ? special.subarray(0) : basePath(site); // a fresh view: the viewer always redraws it
  };
  const regionName = (v) => (v >= 0 && v < n ? D.region_names[regionOfVertex[v]] : null);
  const siteName = (s) => { const d = sites[s]; return d ? d.label : `site ${s}`; };

  // ---- layout ----
  const root = document.getElementById("bm-root");
  const viewerEl = h("div", { class: "bm-viewer", "data-testid": "viewer" });
  const modeButtons = {};
  const modeBar = h("div", { class: "bm-group", role: "group", "aria-label": "Mode" },
    [["pick", "Find the cause (click)"], ["forward", "Explore a muscle"]].map(([m, label]) =>
      (modeButtons[m] = h("button", { type: "button", "aria-pressed": "false", onclick: () => setMode(m) }, label))));
  // the closer view frames the pain spot, the selected trigger point and the path (as in the served app)
  const closerButton = h("button", { type: "button", "aria-pressed": "false",
    onclick: () => setCloser(!model.closeup) }, "Closer view");
  function setCloser(on) {
    model.closeup = on;
    closerButton.setAttribute("aria-pressed", String(on));
  }
  function resetView() {
    if (model.closeup) setCloser(false); // the viewer shows the whole body again when the closer view ends
    else model.trigger("reset_view");
  }
  const viewBar = h("div", { class: "bm-group", role: "group", "aria-label": "View" },
    VIEWS.map((v) => h("button", { type: "button", "data-view": v, onclick: () => setView(v) },
      v[0].toUpperCase() + v.slice(1))),
    h("button", { type: "button", onclick: resetView }, "Reset"),
    closerButton);
  const playButton = h("button", { type: "button", "aria-pressed": "true", onclick: () => {
    model.playing = !model.playing;
    playButton.textContent = model.playing ? "Pause pulse" : "Play pulse";
    playButton.setAttribute("aria-pressed", String(model.playing));
  } }, "Pause pulse");
  const speed = h("input", { type: "range", min: "0.25", max: "3", step: "0.25", value: "1",
    "aria-label": "Pulse speed", oninput: () => { model.speed = Number(speed.value); } });
  const direction = h("select", { "aria-label": "Pulse direction",
    onchange: () => { model.direction = direction.value; } },
  h("option", { value: "to_pain" }, "Source \u2192 pain"), h("option", { value: "to_source" }, "Pain \u2192 source"));
  const animBar = h("div", { class: "bm-group bm-anim" }, playButton, h("label", {}, "Speed ", speed), direction);

  // search with autocomplete
  const searchInput = h("input", { type: "search", id: "bm-search", role: "combobox", autocomplete: "off",
    "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "bm-suggest",
    placeholder: "e.g. heel pain, tennis elbow, soleus" });
  const suggest = h("ul", { id: "bm-suggest", class: "bm-suggest", role: "listbox", hidden: true });
  const searchBox = h("div", { class: "bm-search" },
    h("label", { for: "bm-search" }, "Search a symptom, muscle or body area"), searchInput, suggest);

  const activity = h("div", { "data-testid": "activity" });
  const regionEl = h("div", { class: "bm-region bm-muted", "data-testid": "region" });
  const noteEl = h("p", { class: "bm-note", hidden: true });
  const listHead = h("div", { hidden: true }, h("b", {}, "Show the referral of:"));
  const listEl = h("ol", { class: "bm-candidates", "data-testid": "candidates" });
  const careEl = h("div", { "data-testid": "care" });
  const results = h("div", { "data-testid": "results" }, regionEl, noteEl, listHead, listEl, careEl);

  const tourSelect = h("select", { "aria-label": "Tour" },
    D.tours.map((t) => h("option", { value: t.id }, `${t.title} (${t.steps.length} steps)`)));
  const tourSummary = h("p", { class: "bm-note" });
  const tourBox = h("details", { "data-testid": "tours" }, h("summary", {}, "Guided tours"),
    tourSelect, tourSummary,
    h("div", { class: "bm-row" }, h("button", { type: "button", onclick: () => startTour(tourSelect.value, 0) },
      "Start tour")));
  const quizSelect = h("select", { "aria-label": "Quiz" },
    D.quizzes.map((q) => h("option", { value: q.id }, `${q.title} (${q.questions.length} questions)`)));
  const quizBox = h("details", { "data-testid": "quizzes" }, h("summary", {}, "Quiz"),
    h("p", { class: "bm-note" }, "Each question shows a pain spot. Click where you think a trigger point that " +
      "sends pain there lies; the answer, its distance and the referral are shown after your click."),
    quizSelect,
    h("div", { class: "bm-row" }, h("button", { type: "button", onclick: () => startQuiz(quizSelect.value) },
      "Start quiz")));
  const lineInfo = h("div", {});
  const lineBoxes = Object.entries(D.lines).map(([id, ln]) => h("label", {},
    h("input", { type: "checkbox", value: id, onchange: () => showLines() }),
    h("span", { class: "bm-swatch", style: `background:${/^#[0-9a-fA-F]{6}$/.test(ln.colour) ? ln.colour : "#888"}` }),
    ln.name));
  const linesBox = h("details", { "data-testid": "lines" }, h("summary", {}, "Fascial lines (Anatomy Trains)"),
    h("div", { class: "bm-lines" }, lineBoxes), lineInfo);
  const aboutBox = h("details", {}, h("summary", {}, "About this standalone copy"),
    h("p", { class: "bm-note" }, `A standalone copy of bodymap (${D.title}, version ${D.atlas_version}; ` +
      `body: ${D.body}). It works from this one file, offline, with no server.`),
    h("p", { class: "bm-note" }, "Differences from the served app: the animated referral runs from the " +
      "trigger point to the centre of its main pain zone (the served app routes it to the exact spot you " +
      "clicked or searched); there is no pain drawing mode and no clinic view; one body per file."),
    h("p", { class: "bm-note" }, "The animated path is a teaching picture of the connection: referred pain is " +
      "made by the nervous system and does not literally travel along fascia."));
  const safety = h("aside", { class: "bm-safety", role: "note", "data-testid": "safety" }, h("b", {}, "Safety"),
    h("ul", {}, D.safety.map((s) => h("li", {}, s))), h("p", { class: "bm-muted" }, D.disclaimer));

  const side = h("div", { class: "bm-side" },
    h("div", { class: "bm-scroll" }, searchBox, activity, results, tourBox, quizBox, linesBox, aboutBox), safety);
  const header = h("header", { class: "bm-header" }, h("h1", {}, "bodymap"),
    h("span", {}, "Why does it hurt ", h("i", {}, "here"), "? Click where it hurts to see which trigger points " +
      "can send pain there."));
  const toolbar = h("div", { class: "bm-toolbar" }, modeBar, viewBar, animBar);
  fill(root, header, toolbar, h("div", { class: "bm-main" }, viewerEl, side));
  root.removeAttribute("aria-busy");

  // ---- side panel ----
  function refreshSoon() {
    if (S.queued) return;
    S.queued = true;
    queueMicrotask(() => { S.queued = false; refresh(); });
  }
  function refresh() {
    if (S.pathDue) { // the viewer chose a site: send its path once the whole click has been seen
      S.pathDue = false;
      const s = Number(model.selected);
      write({ path: s >= 0 ? pathFor(s) : EMPTY });
    }
    const ctx = S.ctx;
    const quizHidden = S.quiz && !S.quiz.answered;
    // region line
    if (quizHidden) fill(regionEl, "Click where you think the trigger point is.");
    else if (ctx && ctx.region) fill(regionEl, "Pain at: ", h("b", {}, ctx.region));
    else if (ctx && ctx.title) fill(regionEl, ctx.title);
    else if (ctx && ctx.kind === "quiz") fill(regionEl, "The trigger points that count as correct:");
    else if (ctx && ctx.kind === "tour") regionEl.replaceChildren();
    else fill(regionEl, "Click the body where it hurts, or search below.");
    regionEl.className = ctx && (ctx.region || ctx.title) && !quizHidden ? "bm-region" : "bm-region bm-muted";
    noteEl.hidden = !(ctx && ctx.note) || !!quizHidden;
    noteEl.textContent = ctx && ctx.note ? ctx.note : "";
    // the list: ranked candidates with why, or the shown trigger points
    const selected = Number(model.selected);
    const shown = quizHidden ? [] : (ctx && ctx.candidates) ? ctx.candidates
      : Array.from(model.result_sites || [], (s) => ({ site: Number(s) }));
    listEl.replaceChildren();
    if (ctx && ctx.candidates && !ctx.candidates.length && !quizHidden) {
      listEl.append(h("li", { class: "bm-muted" }, "No known trigger point sends pain here."));
    }
    shown.forEach((c, i) => {
      const d = sites[c.site] || {};
      const side = d.side === "midline" ? "" : `${d.side} `;
      const radio = h("input", { type: "radio", name: "bm-choose", value: String(c.site),
        "aria-label": `Show the referral of ${d.label}`, checked: c.site === selected,
        onchange: () => chooseSite(c.site) });
      listEl.append(h("li", { "data-muscle": d.muscle_id, "data-tp": d.trigger_point_id, "data-site": c.site },
        h("label", {}, radio, " ", h("span", { class: "bm-rank" }, String(i + 1)), " ",
          h("b", {}, side + (d.muscle_name || "")), " ", h("span", { class: "bm-tp" }, d.trigger_point_name || ""),
          c.zone ? h("span", { class: `bm-zone bm-zone-${c.zone}` }, ZONE_WORDS[c.zone] || c.zone) : null),
        c.why ? h("div", { class: "bm-why" }, c.why) : null));
    });
    listHead.hidden = shown.length === 0;
    // self-care card
    fill(careEl, quizHidden ? null : careCard(selected));
    // line info: hovered line, else the selected muscle's first line
    const hovered = String(model.hovered_line || "");
    const muscle = selected >= 0 && sites[selected] ? D.muscles[sites[selected].muscle_id] : null;
    fill(lineInfo, lineCard(hovered || (muscle && muscle.lines[0]) || ""));
  }

  function careCard(s) {
    const d = sites[s];
    if (!d) return null;
    const tp = D.trigger_points[d.trigger_point_id];
    const muscle = D.muscles[d.muscle_id];
    if (!tp) return null;
    const care = tp.care;
    const rows = [["Where", care.where], ["How", care.how], ["How long", care.duration], ["Tool", care.tool],
      ["When to stop", care.when_to_stop]].filter(([, v]) => v);
    return h("section", { class: "bm-card", "data-testid": "self-care" },
      h("h3", {}, `Self-care: ${muscle ? muscle.name : d.muscle_name} `, h("span", { class: "bm-tp" }, tp.name)),
      h("p", { class: "bm-where" }, tp.location), h("p", {}, tp.pain_pattern),
      h("dl", {}, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
      h("h4", {}, "Stop and see a professional"), h("ul", { class: "bm-flags" }, care.red_flags.map((f) => h("li", {}, f))),
      h("h4", {}, "Look for the cause"), h("ul", {}, care.look_for_cause.map((c) => h("li", {}, c))),
      h("p", { class: "bm-sources" }, `Sources: ${tp.sources}`));
  }

  function lineCard(id) {
    const ln = D.lines[id];
    if (!ln) return null;
    return h("section", { class: "bm-card", "data-testid": "line-info" }, h("h4", {}, ln.name),
      h("p", {}, "Evidence for this line: ", h("b", {}, ln.evidence), ".", ln.evidence_note ? ` ${ln.evidence_note}` : "",
        " The animated path is a teaching picture of the connection: referred pain is made by the nervous system " +
        "and does not literally travel along fascia."),
      h("p", {}, "Stations:"), h("ul", {}, ln.stations.map((s) => h("li", {}, s))));
  }

  // ---- actions ----
  function setMode(mode) {
    if (S.quiz) endQuiz(false);
    write({ mode });
    for (const [m, b] of Object.entries(modeButtons)) b.setAttribute("aria-pressed", String(m === mode));
  }
  function setView(v) {
    if (model.view === v) model.trigger("reset_view");
    else model.view = v;
  }
  function chooseSite(site) {
    write({ selected: site, path: pathFor(site) });
    refreshSoon();
  }
  function showLines(ids) {
    if (ids) for (const box of lineBoxes) box.querySelector("input").checked = ids.includes(box.querySelector("input").value);
    const wanted = new Set(lineBoxes.map((b) => b.querySelector("input")).filter((i) => i.checked).map((i) => i.value));
    write({ lines: polylines.filter((p) => wanted.has(p.id)) });
  }
  function clickContext(v) {
    const K = D.top_k;
    const cand = model.candidates, zones = model.candidate_zone;
    const region = regionName(v);
    const out = [];
    const names = ["near", "spillover", "essential"];
    const what = { essential: "lies in the essential zone", spillover: "lies in the spillover zone",
      near: "lies just outside the referral zone" };
    for (let j = 0; j < K; j++) {
      const s = cand[v * K + j];
      if (s < 0) continue;
      const zone = names[zones[v * K + j]];
      out.push({ site: s, zone, why: `pain at the ${region} ${what[zone]} of ${siteName(s)}` });
    }
    return { kind: "click", region, candidates: out };
  }
  function regionVertices(regionIdx) {
    const want = new Set(regionIdx);
    const out = [];
    for (let v = 0; v < n; v++) if (want.has(regionOfVertex[v])) out.push(v);
    return out;
  }
  function showList(ctx, highlight, siteList) {
    S.ctx = ctx;
    const top = siteList.length ? siteList[0] : -1;
    write({ highlight, pain: -1, result_sites: siteList, selected: top, path: top >= 0 ? pathFor(top) : EMPTY });
    refreshSoon();
  }
  function applySearch(text) {
    const q = String(text || "").trim().toLowerCase();
    const target = D.search.index[q];
    if (!target) return false;
    endActivities();
    if (model.mode !== "pick" && model.mode !== "forward") setMode("pick");
    const [kind, key] = target;
    if (kind === "muscle") {
      const m = D.muscles[key];
      showList({ kind: "muscle", title: m.name, note: m.summary, candidates: null }, [], m.sites);
    } else if (kind === "region") {
      const r = D.search.regions[key];
      if (!r) return false;
      showList({ kind: "search", region: r.region, candidates: r.candidates }, regionVertices(r.highlight),
        r.candidates.map((c) => c.site));
    } else if (kind === "condition") {
      const c = D.search.conditions[key];
      if (c.candidates) {
        showList({ kind: "search", region: c.region, note: `${c.name}: ${c.summary}`, candidates: c.candidates },
          regionVertices(c.highlight), c.candidates.map((x) => x.site));
      } else {
        showList({ kind: "search", title: c.name, note: c.summary, candidates: null }, [], c.sites);
      }
    }
    return true;
  }

  // autocomplete
  let matches = [];
  let active = -1;
  function closeSuggest() {
    suggest.hidden = true;
    searchInput.setAttribute("aria-expanded", "false");
    searchInput.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function updateSuggest() {
    const q = searchInput.value.trim().toLowerCase();
    matches = q.length < 2 ? [] : D.search.options.filter((o) => o.toLowerCase().includes(q))
      .sort((a, b) => (b.toLowerCase().startsWith(q) - a.toLowerCase().startsWith(q)) || 0).slice(0, 12);
    active = -1;
    suggest.replaceChildren(...matches.map((m, i) => {
      const t = D.search.index[m.toLowerCase()];
      const kind = t ? { muscle: "muscle", condition: "condition", region: "area" }[t[0]] : "";
      return h("li", { id: `bm-opt-${i}`, role: "option", "aria-selected": "false",
        onmousedown: (e) => { e.preventDefault(); choose(m); } }, m, h("span", { class: "bm-kind" }, kind));
    }));
    suggest.hidden = matches.length === 0;
    searchInput.setAttribute("aria-expanded", String(!suggest.hidden));
  }
  function markActive() {
    [...suggest.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) {
      searchInput.setAttribute("aria-activedescendant", `bm-opt-${active}`);
      suggest.children[active].scrollIntoView({ block: "nearest" });
    }
  }
  function choose(label) {
    searchInput.value = label;
    closeSuggest();
    applySearch(label);
  }
  searchInput.addEventListener("input", updateSuggest);
  searchInput.addEventListener("blur", () => setTimeout(closeSuggest, 100));
  searchInput.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && matches.length) { active = (active + 1) % matches.length; markActive(); e.preventDefault(); }
    else if (e.key === "ArrowUp" && matches.length) { active = (active - 1 + matches.length) % matches.length; markActive(); e.preventDefault(); }
    else if (e.key === "Escape") closeSuggest();
    else if (e.key === "Enter") {
      e.preventDefault();
      if (active >= 0) choose(matches[active]);
      else if (D.search.index[searchInput.value.trim().toLowerCase()]) choose(searchInput.value.trim());
      else if (matches.length === 1) choose(matches[0]);
    }
  });

  // ---- guided tours ----
  function startTour(id, step) {
    const tour = D.tours.find((t) => t.id === id);
    if (!tour) return false;
    if (S.quiz) endQuiz(false);
    if (model.mode !== "pick") setMode("pick");
    S.tour = { tour, i: Math.max(0, Math.min(tour.steps.length - 1, step | 0)) };
    showStep();
    return true;
  }
  function showStep() {
    const { tour, i } = S.tour;
    const st = tour.steps[i];
    const path = decode(st.path, Float32Array);
    S.ctx = { kind: "tour", region: st.pain >= 0 ? regionName(st.pain) : null, candidates: null,
      paths: st.selected >= 0 && path.length ? { [st.selected]: path } : null };
    showLines(st.lines);
    write({ pain: st.pain, highlight: decode(st.highlight, Uint16Array), result_sites: st.result_sites,
      selected: st.selected, path: st.selected >= 0 ? pathFor(st.selected) : EMPTY });
    setView(st.view);
    const last = i === tour.steps.length - 1;
    fill(activity, h("section", { class: "bm-panel", "data-testid": "tour" },
      h("h3", {}, tour.title),
      h("div", { class: "bm-progress", "data-testid": "tour-progress", "aria-live": "polite" },
        `Step ${i + 1} of ${tour.steps.length}`),
      h("h4", {}, st.title),
      h("p", { class: "bm-narration", "data-testid": "tour-narration" }, st.narration),
      h("div", { class: "bm-row" },
        h("button", { type: "button", disabled: i === 0, onclick: () => goStep(i - 1) }, "\u2190 Previous"),
        last ? h("button", { type: "button", onclick: () => endTour(true) }, "Finish")
          : h("button", { type: "button", "data-testid": "tour-next", onclick: () => goStep(i + 1) }, "Next \u2192"),
        h("button", { type: "button", onclick: () => endTour(true) }, "Exit tour"))));
    const hash = `#tour=${encodeURIComponent(tour.id)}&step=${i + 1}`;
    if (location.hash !== hash) location.hash = hash;
    refreshSoon();
  }
  function goStep(i) {
    if (!S.tour) return;
    S.tour.i = Math.max(0, Math.min(S.tour.tour.steps.length - 1, i));
    showStep();
  }
  function endTour(clear) {
    S.tour = null;
    activity.replaceChildren();
    if (location.hash.startsWith("#tour=")) location.hash = "";
    if (clear) clearAll();
  }
  function applyHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ""));
    const id = params.get("tour");
    if (!id) return;
    const step = Math.max(1, parseInt(params.get("step") || "1", 10) || 1) - 1;
    if (S.tour && S.tour.tour.id === id && S.tour.i === step) return;
    startTour(id, step);
  }
  window.addEventListener("hashchange", applyHash);

  // ---- quiz ----
  function startQuiz(id) {
    const quiz = D.quizzes.find((q) => q.id === id);
    if (!quiz) return false;
    endActivities();
    S.quiz = { quiz, i: 0, answers: [], answered: false, done: false };
    write({ mode: "quiz" });
    for (const b of Object.values(modeButtons)) b.setAttribute("aria-pressed", "false");
    showQuestion();
    return true;
  }
  function question() { return S.quiz.quiz.questions[S.quiz.i]; }
  function showQuestion() {
    const q = question();
    S.quiz.answered = false;
    if (!q._cache) {
      q._cache = { spot: decode(q.spot, Uint16Array), distance: decode(q.distance, Float32Array),
        nearest: decode(q.nearest, Uint8Array), paths: q.paths.map((p) => decode(p, Float32Array)) };
    }
    S.ctx = { kind: "quiz", candidates: null, paths: Object.fromEntries(q.sites.map((s, k) => [s, q._cache.paths[k]])) };
    showLines([]);
    write({ pain: -1, result_sites: [], selected: -1, path: EMPTY, highlight: q._cache.spot });
    setView(q.view);
    renderQuiz();
    refreshSoon();
  }
  function quizTotal() { return S.quiz.answers.reduce((a, x) => a + x.score, 0); }
  function renderQuiz() {
    const Q = S.quiz, quiz = Q.quiz, N = quiz.questions.length;
    if (Q.done) {
      const total = quizTotal();
      const csv = quizCsv();
      if (Q.url) URL.revokeObjectURL(Q.url);
      Q.url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      fill(activity, h("section", { class: "bm-panel", "data-testid": "quiz" },
        h("h3", {}, quiz.title),
        h("div", { class: "bm-progress", "data-testid": "quiz-total" }, `Total: ${pyFixed(total, 2)} of ${N}`),
        h("ol", {}, Q.answers.map((a) => h("li", {}, `${pyFixed(a.score, 2)}: ${a.feedback}`))),
        h("div", { class: "bm-row" },
          h("a", { href: Q.url, download: `bodymap-quiz-${quiz.id}.csv`, "data-testid": "quiz-csv" },
            "Download the results (CSV)"),
          h("button", { type: "button", onclick: () => startQuiz(quiz.id) }, "Try again"),
          h("button", { type: "button", onclick: () => endQuiz(true) }, "Exit quiz"))));
      return;
    }
    const q = question();
    const a = Q.answered ? Q.answers[Q.answers.length - 1] : null;
    const last = Q.i === N - 1;
    fill(activity, h("section", { class: "bm-panel", "data-testid": "quiz" },
      h("h3", {}, quiz.title),
      h("div", { class: "bm-progress", "data-testid": "quiz-progress" },
        `Question ${Q.i + 1} of ${N} \u00b7 score so far ${pyFixed(quizTotal(), 2)}`),
      h("p", { class: "bm-narration", "data-testid": "quiz-prompt" }, q.prompt),
      h("p", { class: "bm-note" }, a ? "The answer is shown on the body with its referral." :
        "The blue spot is where it hurts. Click the body where you think the trigger point is."),
      a ? h("p", { class: `bm-feedback ${a.correct ? "bm-right" : "bm-wrong"}`, "data-testid": "quiz-feedback",
        "aria-live": "polite" }, `${a.feedback} Score ${pyFixed(a.score, 2)}.`) : null,
      h("div", { class: "bm-row" },
        h("button", { type: "button", "data-testid": "quiz-next", disabled: !a,
          onclick: () => { if (last) { Q.done = true; renderQuiz(); } else { Q.i++; showQuestion(); } } },
        last ? "See the results" : "Next question \u2192"),
        h("button", { type: "button", onclick: () => endQuiz(true) }, "Exit quiz"))));
  }
  function quizClick(v) {
    const Q = S.quiz;
    if (!Q || Q.done) return;
    if (Q.answered) { // one answer per question: keep the answered spot
      write({ pain: Q.answers[Q.answers.length - 1].clicked_vertex });
      return;
    }
    const q = question();
    const c = q._cache;
    // bodymap.quiz.score_click: full marks within the tolerance, then linearly down to 0 at 3x the tolerance
    const d = c.distance[v];
    const k = c.nearest[v];
    const site = q.sites[k];
    const tol = q.tolerance_cm;
    const raw = d <= tol ? 1.0 : Math.max(0.0, 1.0 - (d - tol) / (2 * tol));
    const correct = d <= tol;
    const label = siteName(site);
    const feedback = correct ? `Right: ${label} is ${pyFixed(d, 0)} cm from your click.`
      : `Not quite: the nearest answer, ${label}, is ${pyFixed(d, 0)} cm from your click.`;
    Q.answers.push({ question: Q.i, clicked_vertex: v, nearest_trigger_point: sites[site].key, distance_cm: d,
      score: pyRound(raw, 3), correct, feedback });
    Q.answered = true;
    write({ result_sites: q.sites, selected: site, path: pathFor(site) });
    renderQuiz();
    refreshSoon();
  }
  function quizCsv() {
    const Q = S.quiz, quiz = Q.quiz;
    let out = csvRow(["quiz", "question", "prompt", "clicked_vertex", "nearest_trigger_point", "distance_cm",
      "score", "correct"]);
    for (const a of Q.answers) {
      out += csvRow([quiz.id, a.question + 1, quiz.questions[a.question].prompt, a.clicked_vertex,
        a.nearest_trigger_point, pyFixed(a.distance_cm, 1), pyFixed(a.score, 2), a.correct ? "yes" : "no"]);
    }
    out += csvRow([quiz.id, "total", "", "", "", "", pyFixed(quizTotal(), 2), `of ${quiz.questions.length}`]);
    return out;
  }
  function endQuiz(clear) {
    if (!S.quiz) return;
    if (S.quiz.url) URL.revokeObjectURL(S.quiz.url);
    S.quiz = null;
    activity.replaceChildren();
    write({ mode: "pick" });
    modeButtons.pick.setAttribute("aria-pressed", "true");
    if (clear) clearAll();
  }
  function endActivities() {
    if (S.tour) endTour(false);
    if (S.quiz) endQuiz(false);
  }
  function clearAll() {
    S.ctx = null;
    write({ pain: -1, highlight: [], result_sites: [], selected: -1, path: EMPTY });
    refreshSoon();
  }

  // ---- browser -> host (what the viewer reports) ----
  model.on("pain", () => {
    if (S.busy) return;
    const v = Number(model.pain);
    if (!(v >= 0 && v < n)) return;
    if (model.mode === "quiz") { quizClick(v); return; }
    if (model.mode === "pick") {
      S.ctx = clickContext(v);
      if ((model.highlight || []).length) write({ highlight: [] });
      refreshSoon();
    }
  });
  model.on("selected", () => {
    if (S.busy) return;
    // a click sends result_sites, selected, then pain: the path waits for the click's context (refresh)
    S.pathDue = true;
    refreshSoon();
  });
  model.on("result_sites", () => {
    if (S.busy) return;
    if (model.mode === "forward") {
      const s = Number(model.selected);
      const d = sites[s];
      S.ctx = { kind: "muscle", title: d ? d.muscle_name : null, note: d && D.muscles[d.muscle_id]
        ? D.muscles[d.muscle_id].summary : null, candidates: null };
      write({ highlight: [], pain: -1 });
    }
    refreshSoon();
  });
  model.on("hovered_line", refreshSoon);

  // ---- go ----
  modeButtons.pick.setAttribute("aria-pressed", "true");
  const showTourSummary = () => {
    const t = D.tours.find((x) => x.id === tourSelect.value);
    tourSummary.textContent = t ? t.summary : "";
  };
  tourSelect.addEventListener("change", showTourSummary);
  showTourSummary();
  refresh();
  viewer.render({ model, el: viewerEl });
  applyHash();
  // for tests and scripting: the host's own actions (window.bodymap stays the viewer's hook)
  window.bodymapSite = { model, search: applySearch, startTour, startQuiz, state: () => ({
    tour: S.tour ? { id: S.tour.tour.id, step: S.tour.i + 1, of: S.tour.tour.steps.length } : null,
    quiz: S.quiz ? { id: S.quiz.quiz.id, question: S.quiz.i + 1, answers: S.quiz.answers.length, done: S.quiz.done,
      total: quizTotal() } : null,
    context: S.ctx ? S.ctx.kind : null,
  }), csv: () => (S.quiz ? quizCsv() : null) };
}

try {
  main();
} catch (err) {
  console.error("bodymap could not start", err);
  const root = document.getElementById("bm-root");
  if (root) {
    root.replaceChildren();
    const p = document.createElement("p");
    p.className = "bm-loading";
    p.textContent = `bodymap could not start: ${err && err.message ? err.message : err}`;
    root.append(p);
  }
}
