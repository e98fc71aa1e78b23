// The pain record's panel and actions: several painted areas, each with an intensity, qualities, a depth and a
// note; erase and undo; live measures; save as a download and open from a file (nothing goes to a server);
// compare with another visit's file (it shows blue, this drawing green). Owns the state key `record`:
// {areas: [{vertices, intensity, quality, depth, note}], current, erase, compare: {name, vertices} | null,
// message}. The areas' union is the screen's `painted`, so the list ranks the whole drawing.
import { h, show } from "./dom.js";
import { fill } from "./text.js";
import { QUALITIES, compare, drawingText, extent, geometryOf, readDrawing, union } from "./record.js";

export const EMPTY_RECORD = Object.freeze({ areas: [], current: 0, erase: false, compare: null, message: "" });

export class RecordPanel {
  constructor(screen) {
    const t = this.t = screen.texts.record, btn = (label, onclick) => h("button", { type: "button", onclick }, label);
    this.screen = screen;
    this.undos = [];
    const picker = (label, then) => {
      const input = h("input", { type: "file", accept: ".json", hidden: true, "data-record": label, onchange: async () => {
        const f = input.files[0];
        input.value = "";
        try {
          then({ ...readDrawing(await f.arrayBuffer(), f.name, screen.answers.ranker.n, screen.config.variants, t.errors),
            name: f.name });
        } catch (err) { this.set({ message: err.message }); }
      } });
      return [btn(label, () => input.click()), input];
    };
    this.erase = btn(t.erase, () => this.set({ erase: !this.rec().erase }));
    this.undo = btn(t.undo, () => this.undos.length && this.set(this.undos.pop()));
    this.end = btn(t.end_compare, () => this.set({ compare: null }));
    this.areas = h("ol", { class: "bm-record-areas" });
    this.text = h("p", { class: "bm-note bm-record-text", "data-testid": "record-measures" });
    this.message = h("p", { class: "bm-record-message", role: "alert" });
    this.el = h("section", { class: "bm-card bm-record", "data-testid": "record", hidden: true }, h("h3", {}, t.title),
      h("p", { class: "bm-muted" }, t.hint), this.text, this.message, this.areas,
      h("div", { class: "bm-group" }, btn(t.new_area, () => this.newArea()), this.erase, this.undo,
        btn(t.save, () => this.save()), picker(t.open, (d) => this.opened(d)),
        picker(t.compare, (d) => this.set({ compare: { name: d.name, vertices: union(d.areas) } })), this.end));
    screen.store.on(["record", "mode", "body"], (st) => this.render(st));
  }

  rec() { return this.screen.store.get().record; }

  /** Change the record (keeping the old one for undo when `keep`) and show its union as the drawing. */
  set(patch, keep) {
    const s = this.screen, before = this.rec(), next = { ...before, message: "", ...patch }, all = union(next.areas);
    if (keep) this.undos = [...this.undos.slice(-49), before];
    s.store.set({ record: next });
    if (s.answers && (all.join() !== s.store.get().painted.join() || "compare" in patch)) {
      s.apply(s.answers.forPainted(all));
      // comparing: the two drawings alone on the skin (a listed trigger point shows its zones when chosen)
      if (next.compare) s.store.set({ highlight: next.compare.vertices, selected: -1, path: new Float32Array(0) });
    }
  }

  setAreas(areas, current = this.rec().current, extra) {
    this.set({ areas, current: Math.max(0, Math.min(current, areas.length - 1)), ...extra }, true);
  }

  /** A stroke or click in paint mode goes into the current area (the first one is made), or is erased. */
  paint(vertices) {
    const r = this.rec(), gone = new Set(vertices), i = r.areas.length ? r.current : 0;
    const areas = r.erase ? r.areas.map((a) => ({ ...a, vertices: a.vertices.filter((v) => !gone.has(v)) }))
      .filter((a) => a.vertices[0] != null) : r.areas.length ? [...r.areas] : [this.blank()];
    if (!r.erase) areas[i] = { ...areas[i], vertices: union([areas[i], { vertices }]) };
    this.setAreas(areas, i);
  }

  blank() { return { vertices: [], intensity: 5, quality: [], depth: "skin", note: "" }; }

  newArea() {
    const a = this.rec().areas, k = a.length;
    if (k && !a[k - 1].vertices.length) this.set({ current: k - 1 });
    else this.setAreas([...a, this.blank()], k, { erase: false });
  }

  edit(i, patch) { this.setAreas(this.rec().areas.map((a, k) => (k === i ? { ...a, ...patch } : a)), i); }

  clear() { this.setAreas([], 0, { compare: null }); }

  save() {
    const c = this.screen.answers.content, d = { format: "bodymap-drawing", version: 1, body: c.body,
      atlas_version: c.atlas_version, created: new Date().toISOString().slice(0, 19) + "Z",
      areas: this.rec().areas.filter((a) => a.vertices.length) };
    const url = URL.createObjectURL(new Blob([drawingText(d)], { type: "application/json" }));
    h("a", { href: url, download: `pain-drawing-${d.created.slice(0, 10)}.json` }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1e4);
  }

  async opened(d) {
    await this.screen.setBody(d.body);
    this.setAreas(d.areas, 0, { erase: false, compare: null, message: fill(this.t.opened, { ...d, areas: d.areas.length }) });
  }

  /** The measures of the drawing and of the comparison on the body shown (the panel's text; the hook's `record`). */
  measure() {
    const A = this.screen.answers, r = this.rec(), all = union(r.areas);
    if (!A) return null;
    const a = A.pack.arrays, c = A.content, of = (v) => a.region_of_vertex[v], per = {}, g = geometryOf(A.pack);
    for (const v of all) per[c.regions[of(v)]] = (per[c.regions[of(v)]] || 0) + g.area[v];
    const left = all.filter((v) => !g.cover[v]);
    return { ...extent(g, all), choir: [...new Set(all.map((v) => c.region_choir[of(v)]))].filter((x) => x).sort(),
      regions: Object.keys(per).sort((x, y) => per[y] - per[x]),
      areas: r.areas.map((x) => ({ ...x, vertices: x.vertices.length, area: extent(g, x.vertices).area })),
      unexplained: { area: extent(g, left).area, roots: [...new Set(A.ranker.nerveRoots(left).map((x) => x.root))] },
      compare: r.compare && { name: r.compare.name, ...compare(g, r.compare.vertices, all) },
      current: r.current, erase: r.erase, message: r.message };
  }

  render(st) {
    const r = st.record, t = this.t, m = this.measure(), j = (x) => x.join(", ") || t.none;
    show(this.el, m && (st.mode === "paint" || r.areas[0] || r.compare));
    if (this.el.hidden) return;
    this.erase.setAttribute("aria-pressed", r.erase);
    this.undo.disabled = !this.undos[0];
    show(this.end, r.compare);
    show(this.message, r.message).textContent = r.message;
    this.areas.replaceChildren(...r.areas.map((a, i) => this.row(a, i, m.areas[i].area, i === r.current)));
    const u = m.unexplained;
    this.text.textContent = [fill(t.measures, { ...m, codes: j(m.choir), names: j(m.regions.slice(0, 6)) }),
      u.area ? fill(t.unexplained, { ...u, roots: j(u.roots) }) : "", m.compare ? fill(t.compared, m.compare) : ""]
      .join("\n").trim();
  }

  /** One area: choose it (painting goes there), its size, intensity, depth, qualities, note, delete. */
  row(a, i, area, current) {
    const t = this.t, edit = (key, value) => this.edit(i, { [key]: value });
    const field = (type, key, attrs, value = (e) => e.target.value) => h("input", { type, value: a[key], ...attrs,
      onchange: (e) => edit(key, value(e)) });
    return h("li", { "data-area": i + 1, class: current ? "bm-current" : "" },
      h("label", {}, h("input", { type: "radio", checked: current, onchange: () => this.set({ current: i, erase: false }) }),
        h("b", {}, fill(t.area, { n: i + 1 })), ` ${area} cm2 `),
      h("label", {}, t.intensity, field("number", "intensity", { min: 0, max: 10 }, (e) => {
        const v = Math.min(10, Math.max(0, Math.round(+e.target.value || 0)));
        e.target.value = v;
        return v;
      })),
      h("select", { onchange: (e) => edit("depth", e.target.value) },
        ["skin", "deep"].map((d) => h("option", { value: d, selected: d === a.depth }, t.depth[d]))),
      h("div", {}, QUALITIES.map((q) => h("label", {}, field("checkbox", "quality", { checked: a.quality.includes(q), value: q },
        (e) => QUALITIES.filter((x) => (x === q ? e.target.checked : a.quality.includes(x)))), t.quality?.[q] || q, " "))),
      field("text", "note", { maxLength: 2000, placeholder: t.note }),
      h("button", { type: "button", onclick: () => this.setAreas(this.rec().areas.filter((_, k) => k !== i), i - 1) }, t.delete));
  }
}
