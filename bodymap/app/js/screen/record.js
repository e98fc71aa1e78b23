// The pain record in the browser: the drawing file, written and checked as bodymap/core/drawing.py writes and
// checks it (the same bytes; the same one-line messages, texts.RECORD.errors; a field with a wrong value is
// named with a shorter reason), and its measures on the mesh the viewer draws (the pack's positions and faces),
// as drawing.py measures them. Kept small: the standalone page must stay under 5 MB.
import { zoneCover } from "../pack.js";
import { fill, round } from "./text.js";

// said in bodymap/core/drawing.py too (tests/test_drawing.py checks that they agree)
export const QUALITIES = ["aching", "burning", "tingling", "numb", "stabbing", "throbbing", "other"];
const MAX_BYTES = 5000000, MAX_DEPTH = 20;
const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(:(\d\d)(\.\d{1,6})?)?(Z|[+-](\d\d):\d\d)?$/;
const KEYS = ["format", "version", "body", "atlas_version", "created", "areas"];
const AREA = ["vertices", "intensity", "quality", "depth", "note"];

const geometries = new WeakMap(); // body pack -> its geometry

/** A body pack's geometry, worked out once from the mesh the viewer draws: per vertex its barycentric area
 * (cm2: a third of each triangle's area, computed step by step as Body.vertex_areas computes it, so its float32
 * copy is the pack's `vertex_area` bit for bit: the pack does not carry it), its left share (x > 0) and front
 * share (area-weighted normal z > 0): 1, 0, or 0.5 exactly on the boundary (drawing.py `Halves`), and `cover`:
 * 1 where a trigger point zone (essential or spillover) holds the vertex. */
export function geometry({ arrays: a }) {
  const p = a.positions, ix = a.indices, n = p.length / 3, half = (x) => (x > 0 ? 1 : x < 0 ? 0 : 0.5);
  const area = new Float64Array(n), nz = new Float64Array(n), cover = zoneCover(a);
  for (let t = 0; t < ix.length; t += 3) {
    const [i, j, k] = [ix[t], ix[t + 1], ix[t + 2]].map((v) => 3 * v), d = (u, c) => p[u + c] - p[i + c];
    const x = (b, c) => d(j, b) * d(k, c) - d(j, c) * d(k, b), cx = x(1, 2), cy = x(2, 0), cz = x(0, 1);
    const third = Math.sqrt(cx * cx + cy * cy + cz * cz) / 2 / 3;
    for (const v of [i, j, k]) { area[v / 3] += third; nz[v / 3] += cz; }
  }
  return { n, area, cover, total: area.reduce((s, x) => s + x), left: Array.from({ length: n }, (_, v) => half(p[3 * v])),
    front: Array.from(nz, half) };
}

/** The geometry of a body pack (cached); fills in the pack's `vertex_area` (float32, what the ranking weighs). */
export function geometryOf(pack) {
  let g = geometries.get(pack);
  if (!g) geometries.set(pack, g = geometry(pack));
  pack.arrays.vertex_area ??= Float32Array.from(g.area);
  return g;
}

const cm = (x) => round(x, 2) + 0, sum = (g, vs, w) => vs.reduce((s, v) => s + g.area[v] * (w ? w[v] : 1), 0);

/** Area of distinct vertices (cm2, and % of the body), split left/right and front/back (cm2). */
export function extent(g, vs) {
  const t = sum(g, vs), l = sum(g, vs, g.left), f = sum(g, vs, g.front);
  return { area: cm(t), percent: round(100 * t / g.total, 3) + 0, left: cm(l), right: cm(t - l), front: cm(f), back: cm(t - f) };
}

/** Every vertex of the areas once, sorted. */
export const union = (areas) => [...new Set(areas.flatMap((a) => a.vertices))].sort((a, b) => a - b);

/** Visit a (earlier) against b (later), drawing.py `compare`: jaccard, a, b (cm2), change (cm2, and `percent` of
 * a), new, resolved (cm2). */
export function compare(g, a, b) {
  const inB = new Set(b), A = sum(g, a), B = sum(g, b), both = sum(g, a.filter((v) => inB.has(v)));
  return { jaccard: A + B ? round(both / (A + B - both), 4) : "-", a: cm(A), b: cm(B), change: cm(B - A),
    percent: A ? round(100 * (B - A) / A, 1) + 0 : "-", new: cm(B - both), resolved: cm(A - both) };
}

/** The file's text, byte for byte what drawing.py `dumps_drawing` writes. */
export function drawingText(d) {
  const areas = d.areas.map((a) => `    ${JSON.stringify(Object.fromEntries(AREA.map((k) => [k, a[k]])))}`).join(",\n");
  return `{\n${KEYS.slice(0, 5).map((k) => `  "${k}": ${JSON.stringify(d[k])},\n`).join("")}  "areas": [`
    + (areas ? `\n${areas}\n  ]` : "]") + "\n}\n";
}

/** Open a drawing file's bytes (an ArrayBuffer) with the checks of drawing.py `read_drawing`, in its order;
 * throws an Error whose message is the one line to show. */
export function readDrawing(bytes, name, n, variants, E) {
  const fail = (key, v) => { throw Error(fill(E[key], { name, ...v })); }, bad = (field) => fail("field", { field, reason: E.invalid });
  if (bytes.byteLength > MAX_BYTES) fail("too_big", { size: (bytes.byteLength / 1e6).toFixed(1), limit: MAX_BYTES / 1e6 });
  let text, o, depth = 0, deepest = 0;
  try { text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch { fail("not_text"); }
  for (const [m] of text.matchAll(/"(?:[^"\\]|\\.)*"|[[\]{}]/g)) deepest = Math.max(deepest, depth += { "[": 1, "{": 1, "]": -1, "}": -1 }[m] || 0);
  if (deepest > MAX_DEPTH) fail("too_deep");
  try { o = JSON.parse(text); } catch (err) {
    const at = +(/position (\d+)/.exec(err.message) || [0, text.length])[1], before = text.slice(0, at);
    fail("broken_json", { line: before.split("\n").length, column: at - before.lastIndexOf("\n"),
      reason: err.message.replace(/ in JSON at.*/, "").toLowerCase() });
  }
  const isObj = (a) => a && typeof a === "object" && !Array.isArray(a), list = (x) => (Array.isArray(x) ? x : []);
  if (!isObj(o)) fail("not_object", { kind: o === null ? "null" : Array.isArray(o) ? "array" : typeof o });
  const shown = (v) => JSON.stringify(v) ?? "(none)";
  if (o.format !== "bodymap-drawing") fail("format", { value: shown(o.format) });
  if (o.version !== 1) fail("version", { value: shown(o.version), version: 1 });
  const extra = [...Object.keys(o).filter((k) => !KEYS.includes(k)), ...list(o.areas).flatMap((a, i) =>
    (isObj(a) ? Object.keys(a) : []).filter((k) => !AREA.includes(k)).map((k) => `areas[${i}].${k}`))].sort();
  if (extra.length) fail("unknown_fields", { s: extra[1] ? "s" : "", fields: extra.join(", ") });
  const short = (s) => typeof s === "string" && s.length <= 40, whole = Number.isInteger, once = (x) => new Set(x).size === x.length;
  const t = ISO.exec(o.created) || [];
  const ok = { body: variants.includes(o.body), atlas_version: short(o.atlas_version), created: short(o.created) && t[0]
    && new Date(Date.UTC(t[1], t[2] - 1, t[3])).getUTCDate() == t[3] && t[2] > 0 && t[2] < 13 && t[4] < 24 && t[5] < 60
    && !(t[7] > 59) && !(t[10] > 23), areas: Array.isArray(o.areas) };
  for (const k of KEYS.slice(2)) if (!ok[k]) bad(k);
  o.areas.forEach((a, i) => {
    if (!isObj(a)) bad(`areas[${i}]`);
    a.note ??= "";
    const { vertices: v, intensity: x, quality: q, depth: d, note } = a;
    const okA = { vertices: Array.isArray(v) && v[0] != null && v.every(whole) && once(v),
      intensity: whole(x) && x >= 0 && x <= 10, quality: Array.isArray(q) && q.every((y) => QUALITIES.includes(y)) && once(q),
      depth: d === "skin" || d === "deep", note: typeof note === "string" && note.length <= 2000 };
    for (const k of AREA) if (!okA[k]) bad(`areas[${i}].${k}`);
  });
  o.areas.forEach((a, i) => a.vertices.forEach((v) => (v >= 0 && v < n) || fail("vertex_range", { area: i + 1, vertex: v, last: n - 1 })));
  return o;
}
