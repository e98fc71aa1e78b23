// The share URL: the screen's state as `?body=&pain=&tp=&view=&line=&layers=&mode=` (or `?tour=&step=`; `body` only for a
// body other than the default), in the query
// or the hash, the same parameters in both hosts. Reading checks every value against the body pack; what does
// not fit is left out and reported (the served app's host logs it on the server).

import { LAYERS } from "./layers.js";

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
