// The nerve-root layer: each root's dermatome (Lee, McPhee & Stringer 2008, from the pack) drawn as a light
// area with a dark edge and its root's name ("L5"), neighbouring roots in alternating tints. The map's own
// caveat (overlap, variation between people) is said in the side panel. Owns: the dermatome areas and labels.
import { areaMaterial, SkinAreas } from "./areas.js";
import { placeScreenLabels } from "./muscles.js";

export class NerveRootLayer {
  constructor({ scene, wrap, body, palette, pixelRatio }) {
    this.body = body;
    this.areas = new SkinAreas({ scene, body, name: "nerve-root-areas" });
    this.materials = [palette.root, palette.root_alt].map((tint) =>
      areaMaterial({ tint, edge: palette.root_edge, alpha: 0.42, outline: 1.5, pixelRatio }));
    this.labelBox = document.createElement("div");
    this.labelBox.className = "bm-root-labels";
    this.labelBox.style.cssText = "position:absolute;inset:0;pointer-events:none;overflow:hidden;";
    wrap.append(this.labelBox);
    this.labels = [];
    this.pack = null;
    this.on = false;
  }

  setPack(pack) {
    this.pack = pack;
    this.areas.meshChanged();
    if (this.on) { this.on = false; this.show(true); }
  }

  get roots() {
    return this.pack?.content.nerve_roots?.roots || [];
  }

  /** Show or hide every dermatome. */
  show(on) {
    if (!this.pack || !this.body.mesh || on === this.on) return;
    this.on = on;
    const a = this.pack.arrays, order = ["C", "T", "L", "S"];
    const areas = on ? this.roots.map((r, i) => {
      const area = ringed(this.body, a.root_vertices.subarray(a.root_offsets[i], a.root_offsets[i + 1]));
      const parity = (order.indexOf(r.root[0]) * 13 + Number(r.root.slice(1))) % 2;
      return { key: r.key, material: this.materials[parity], ...area };
    }) : [];
    this.areas.show(areas);
    this.labels = on ? this.roots.map((r, i) => {
      const el = document.createElement("div");
      el.className = "bm-root-label";
      el.textContent = r.root;
      return { el, at: centre(this.body, a.root_vertices.subarray(a.root_offsets[i], a.root_offsets[i + 1])) };
    }) : [];
    this.labelBox.replaceChildren(...this.labels.map((l) => l.el));
  }

  placeLabels(camera, width, height) {
    placeScreenLabels(this.labels, camera, width, height);
  }
}

/** A vertex set as an area: the set (margin +1) and its rim of neighbours (margin -1), so the edge is drawn
 * half-way between them. */
function ringed(body, vertices) {
  const inside = new Set(vertices), near = [...vertices], margin = near.map(() => 1);
  const { off, nb } = body.adj;
  for (const v of vertices) {
    for (let j = off[v]; j < off[v + 1]; j++) {
      const u = nb[j];
      if (!inside.has(u)) { inside.add(u); near.push(u); margin.push(-1); }
    }
  }
  return { near: Uint32Array.from(near), margin: Float32Array.from(margin) };
}

/** The set's vertex nearest its mean position, as a label point {point, normal}. */
function centre(body, vertices) {
  if (!vertices.length) return null;
  let x = 0, y = 0, z = 0;
  for (const v of vertices) { x += body.pos[3 * v]; y += body.pos[3 * v + 1]; z += body.pos[3 * v + 2]; }
  x /= vertices.length; y /= vertices.length; z /= vertices.length;
  let best = vertices[0], bd = Infinity;
  for (const v of vertices) {
    const d = (body.pos[3 * v] - x) ** 2 + (body.pos[3 * v + 1] - y) ** 2 + (body.pos[3 * v + 2] - z) ** 2;
    if (d < bd) { bd = d; best = v; }
  }
  const normal = body.normal(best).normalize();
  return { point: body.point(best).addScaledVector(normal, 0.8), normal };
}
