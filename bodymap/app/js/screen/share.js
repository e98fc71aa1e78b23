// The share URL: the screen's state as `?lang=&body=&pain=&tp=&view=&line=&layers=&mode=` (or `?tour=&step=`; `body` only for a
// body other than the default), in the query
// or the hash, the same parameters in both hosts. Reading checks every value against the body pack; what does
// not fit is left out and reported (the served app's host logs it on the server).

import { LAYERS } from "./layers.js";
import { drawingText, readDrawing } from "./record.js";

const MODES_IN_URL = ["pick", "paint", "forward"];

/** The parameters of a location: the query, with the hash's parameters over it. */
export function urlParams(location) {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of new URLSearchParams(String(location.hash || "").replace(/^#/, ""))) params.set(k, v);
  return params;
}

/** Checked share state from URL parameters: {state, rejected: [[what, value]]}. */
export function readShare(params, { content, config, n }) {
  const state = {}, rejected = [];
  const take = (key, ok, convert = (v) => v) => {
    const raw = params.get(key);
    if (raw == null || raw === "") return;
    const value = convert(raw);
    if (ok(value)) state[key] = value;
    else rejected.push([key, raw.slice(0, 80)]);
  };
  const whole = (v) => (/^\d{1,6}$/.test(v) ? Number(v) : NaN);
  take("body", (v) => config.variants.includes(v));
  take("view", (v) => v in config.views);
  take("pain", (v) => v >= 0 && v < n, whole);
  take("tp", (v) => content.sites.some((s) => s.key === v));
  take("line", (v) => v.length > 0 && v.every((id) => id in content.lines),
    (v) => v.split(",").filter(Boolean).slice(0, 24));
  take("layers", (v) => v.length > 0 && v.every((id) => LAYERS.includes(id)),
    (v) => [...new Set(v.split(",").filter(Boolean))].slice(0, LAYERS.length));
  take("mode", (v) => MODES_IN_URL.includes(v));
  take("tour", (v) => content.tours.some((t) => t.id === v));
  take("step", (v) => v >= 1, whole);
  return { state, rejected };
}

/** URL parameters for the state `st` (what a shared link should bring back). */
export function shareParams(st, content, defaultBody) {
  const p = new URLSearchParams();
  if (st.lang && st.lang !== "en") p.set("lang", st.lang); // screen/language.js reads it before the screen starts
  if (st.body !== defaultBody) p.set("body", st.body);
  if (st.mode === "tour" && st.tour) {
    p.set("tour", st.tour.id);
    p.set("step", String(st.tour.step));
    return p;
  }
  p.set("view", st.view);
  if (st.mode !== "pick" && MODES_IN_URL.includes(st.mode)) p.set("mode", st.mode);
  if (st.pain >= 0) p.set("pain", String(st.pain));
  if (st.selected >= 0 && content.sites[st.selected]) p.set("tp", content.sites[st.selected].key);
  if (st.lines.length) p.set("line", st.lines.join(","));
  if (st.layers.length) p.set("layers", st.layers.join(","));
  return p;
}

/** Write the share state into the address bar without a reload: the query (served) or the hash (file://). */
export function writeShare(params, where) {
  const text = params.toString();
  if (where === "hash") {
    if (location.hash.replace(/^#/, "") !== text) history.replaceState(null, "", `#${text}`);
  } else if (location.search.replace(/^\?/, "") !== text) {
    history.replaceState(null, "", `${location.pathname}?${text}${location.hash}`);
  }
}

// ---- the drawing across reloads (issue 20: reconnect and restore) ----
// The URL holds everything but the pain record's drawing, which is too big for it. The tab's sessionStorage
// keeps it, written on each change as the drawing file (screen/record.js, the same checks when it is read
// back), so a reload (the served app reloads itself when its server comes back) shows the same drawing.
const DRAWING_KEY = "bodymap.drawing";

function storage() {
  try { return window.sessionStorage; } catch { return null; } // a browser may refuse it (privacy settings)
}

/** The drawing kept for this tab: {areas, current} checked like an opened file, or null. */
export function keptDrawing(screen) {
  const store = storage(), raw = store && store.getItem(DRAWING_KEY);
  if (!raw) return null;
  try {
    const kept = JSON.parse(raw), bytes = new TextEncoder().encode(String(kept.file));
    const d = readDrawing(bytes, DRAWING_KEY, screen.answers.ranker.n, screen.config.variants, screen.texts.record.errors);
    return d.areas.length ? { areas: d.areas, current: Math.min(Math.max(0, kept.current | 0), d.areas.length - 1) } : null;
  } catch (err) {
    console.warn("bodymap: the drawing kept for this tab could not be read; it is dropped", err.message);
    store.removeItem(DRAWING_KEY);
    return null;
  }
}

function writeDrawing(screen, record) {
  const store = storage(), c = screen.answers?.content;
  if (!store || !c) return;
  const areas = record.areas.filter((a) => a.vertices.length);
  try {
    if (!areas.length) { store.removeItem(DRAWING_KEY); return; }
    const file = drawingText({ format: "bodymap-drawing", version: 1, body: c.body, atlas_version: c.atlas_version,
      created: new Date().toISOString().slice(0, 19) + "Z", areas });
    store.setItem(DRAWING_KEY, JSON.stringify({ current: record.current, file }));
  } catch (err) { console.warn("bodymap: the drawing could not be kept for this tab", err.message); }
}

/** After the first body is shown: bring back the tab's kept drawing (the URL's pain spot and trigger point,
 * already shown, are shown again over it, as they were), then keep every change. Returns an unsubscribe. */
export function keepDrawing(screen, params) {
  const kept = keptDrawing(screen);
  if (kept && !params.get("tour")) {
    screen.record.set({ areas: kept.areas, current: kept.current });
    const { state } = readShare(params, { content: screen.answers.content, config: screen.config, n: screen.answers.ranker.n });
    if (state.pain != null) screen.apply(screen.answers.forVertex(state.pain));
    if (state.tp) screen.choose(screen.answers.content.sites.findIndex((s) => s.key === state.tp));
  }
  return screen.store.on(["record"], (st) => writeDrawing(screen, st.record));
}
