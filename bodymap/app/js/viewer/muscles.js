// The muscle layer: the muscle that holds a trigger point, drawn as surface anatomy draws it — a violet tint
// over the skin above its belly (neighbouring superficial muscles in alternating violets of different
// lightness, the site's `tint` from the pack), a dark violet outline and lines along its fibres; a deep muscle hatched, with
// a dashed outline and dashed fibres, and labelled "deep, under …". Violet stays apart from the zones'
// red-orange and orange for every kind of colour vision. The data (margins, fibres as vertex ids) comes from
// the pack (bodymap/app/pack.py _muscle_layer). Owns: the muscle areas, fibre tubes and labels.
import * as THREE from "three";
import { mergeGeometries } from "three/addons/utils/BufferGeometryUtils.js";
import { areaMaterial, SkinAreas } from "./areas.js";
import { surfaceCurve } from "./lines.js";
import { linear } from "./stage.js";
import { fill } from "../screen/text.js";

const FIBRE_RADIUS_CM = 0.13;
const FIBRE_LIFT_CM = 0.3;
const DASH_CM = 1.4;
const LABELS_UP_TO = 4; // more muscles than this (the whole layer): names on hover, not labels
const FAINT_FIBRES = 0.35; // the fibres' opacity when more muscles than that are shown

export class MuscleLayer {
  constructor({ scene, wrap, body, palette, texts, pixelRatio }) {
    this.body = body;
    this.texts = texts;
    this.areas = new SkinAreas({ scene, body, name: "muscle-areas" });
    this.palette = palette;
    this.pixelRatio = pixelRatio;
    this.materials = {
      // neighbouring superficial muscles take turns among the palette's violets (each site names its `tint`)
      superficial: new Map(),
      deep: areaMaterial({ tint: palette.muscle, edge: palette.muscle_dark, pixelRatio, alpha: 0.32, hatch: true, dashed: true }),
    };
    this.fibreMaterial = new THREE.MeshBasicMaterial({ color: linear(palette.muscle_dark) });
    // with the whole layer on, the fibres are a light texture, so the tints and outlines part the muscles
    this.fibreFaint = new THREE.MeshBasicMaterial({ color: linear(palette.muscle_dark), transparent: true,
      opacity: FAINT_FIBRES, depthWrite: false });
    this.fibreGroup = new THREE.Group();
    this.fibreGroup.name = "muscle-fibres";
    scene.add(this.fibreGroup);
    this.fibres = new Map(); // muscle site -> merged fibre mesh
    this.labelBox = document.createElement("div");
    this.labelBox.className = "bm-muscle-labels";
    this.labelBox.style.cssText = "position:absolute;inset:0;pointer-events:none;overflow:hidden;";
    wrap.append(this.labelBox);
    this.labels = [];
    this.shown = [];
    this.pack = null;
  }

  /** A new body pack: its muscle sites; meshes are rebuilt when shown. */
  setPack(pack) {
    this.pack = pack;
    this.areas.meshChanged();
    for (const mesh of this.fibres.values()) { this.fibreGroup.remove(mesh); mesh.geometry.dispose(); }
    this.fibres.clear();
    this.shown = [];
    this.shownKey = null;
  }

  get sites() {
    return this.pack?.content.muscle_layer || [];
  }

  /** Draw exactly the muscle sites `indices` (into the pack's muscle_layer). */
  show(indices) {
    if (!this.pack || !this.body.mesh) return;
    const a = this.pack.arrays, sites = this.sites;
    const list = [...new Set(indices)].filter((i) => i >= 0 && i < sites.length);
    if (this.shownKey === list.join()) return; // drawn already (the scene is redrawn often, e.g. while painting)
    this.shownKey = list.join();
    this.shown = list;
    this.areas.show(list.map((i) => ({ key: sites[i].key, material: this.material(sites[i]),
      near: a.muscle_near.subarray(a.muscle_near_offsets[i], a.muscle_near_offsets[i + 1]),
      // tenths of a cm (int8 in the pack) -> cm
      margin: Float32Array.from(a.muscle_margin.subarray(a.muscle_near_offsets[i], a.muscle_near_offsets[i + 1]),
        (x) => x / 10) })));
    const wanted = new Set(list);
    for (const [i, mesh] of this.fibres) if (mesh) mesh.visible = wanted.has(i);
    for (const i of list) {
      if (!this.fibres.has(i)) {
        const mesh = this.fibreMesh(i);
        this.fibres.set(i, mesh);
        if (mesh) this.fibreGroup.add(mesh);
      } else if (this.fibres.get(i)) this.fibres.get(i).visible = true;
    }
    const material = list.length <= LABELS_UP_TO ? this.fibreMaterial : this.fibreFaint;
    for (const i of list) if (this.fibres.get(i)) this.fibres.get(i).material = material;
    this.makeLabels(list.length <= LABELS_UP_TO ? list : []);
  }

  /** The material a muscle site is drawn with: hatched when deep, else its own tint (made once per tint). */
  material(site) {
    if (site.layer === "deep") return this.materials.deep;
    const name = this.palette[site.tint] ? site.tint : "muscle";
    if (!this.materials.superficial.has(name)) {
      this.materials.superficial.set(name, areaMaterial({ tint: this.palette[name], edge: this.palette.muscle_dark,
        pixelRatio: this.pixelRatio, alpha: 0.4 }));
    }
    return this.materials.superficial.get(name);
  }

  /** The fibres of muscle site i as one mesh of thin tubes (dashed for a deep muscle), or null. */
  fibreMesh(i) {
    const a = this.pack.arrays, deep = this.sites[i].layer === "deep";
    let first = 0;
    for (let k = 0; k < i; k++) first += a.muscle_fibre_counts[k];
    const parts = [];
    for (let f = first; f < first + a.muscle_fibre_counts[i]; f++) {
      const ids = a.muscle_fibres.subarray(a.muscle_fibre_offsets[f], a.muscle_fibre_offsets[f + 1]);
      const flat = new Float32Array(ids.length * 3);
      ids.forEach((v, k) => { flat[3 * k] = this.body.pos[3 * v]; flat[3 * k + 1] = this.body.pos[3 * v + 1]; flat[3 * k + 2] = this.body.pos[3 * v + 2]; });
      const curve = surfaceCurve(flat, this.body, FIBRE_LIFT_CM);
      if (!curve) continue;
      for (const piece of deep ? dashes(curve, DASH_CM) : [curve]) {
        const segs = Math.max(4, Math.round(piece.getLength() * 1.2));
        parts.push(new THREE.TubeGeometry(piece, segs, FIBRE_RADIUS_CM, 4, false));
      }
    }
    if (!parts.length) return null;
    const mesh = new THREE.Mesh(mergeGeometries(parts), this.fibreMaterial);
    for (const p of parts) p.dispose();
    mesh.name = `fibres:${this.sites[i].key}`;
    return mesh;
  }

  /** "Soleus (deep, under Gastrocnemius)" or "Gastrocnemius (calf muscle)". */
  name(i, clinic = false) {
    const m = this.sites[i], t = this.texts.muscle_layer;
    const title = clinic && m.plain_name ? m.plain_name : m.name;
    return m.layer === "deep" ? fill(t.deep_label, { muscle: title, over: m.under.join(", ") })
      : fill(t.superficial_label, { muscle: title, plain: m.plain_name || m.name });
  }

  /** The name of the shown muscle at vertex v (the superficial one first), or "". */
  nameAt(v) {
    const a = this.pack?.arrays;
    if (!a) return "";
    const here = this.shown.filter((i) => {
      const o = a.muscle_near_offsets;
      for (let k = o[i]; k < o[i + 1]; k++) if (a.muscle_near[k] === v) return a.muscle_margin[k] >= 0;
      return false;
    });
    here.sort((x, y) => (this.sites[x].layer === "deep") - (this.sites[y].layer === "deep"));
    return here.length ? here.map((i) => this.name(i)).join(" · ") : "";
  }

  makeLabels(list) {
    this.labels = list.map((i) => {
      const el = document.createElement("div");
      el.className = `bm-muscle-label bm-muscle-${this.sites[i].layer}`;
      el.textContent = this.name(i);
      return { el, at: this.labelPoint(i) };
    });
    this.labelBox.replaceChildren(...this.labels.map((l) => l.el));
  }

  /** Where a muscle's label sits: the footprint's deepest-inside vertex, {point, normal}. */
  labelPoint(i) {
    const a = this.pack.arrays, o = a.muscle_near_offsets;
    let best = -1, bm = -Infinity;
    for (let k = o[i]; k < o[i + 1]; k++) if (a.muscle_margin[k] > bm) { bm = a.muscle_margin[k]; best = a.muscle_near[k]; }
    if (best < 0) return null;
    const normal = this.body.normal(best).normalize();
    return { point: this.body.point(best).addScaledVector(normal, 1), normal };
  }

  /** Place the labels on screen for this frame (hidden where the muscle faces away from the camera). */
  placeLabels(camera, width, height) {
    placeScreenLabels(this.labels, camera, width, height);
  }

  /** Objects whose shaders are worth compiling ahead of the first selection. */
  warmObjects(sphere) {
    return [this.material({ layer: "superficial", tint: "muscle" }), this.materials.deep].map((m) => new THREE.Mesh(sphere, m));
  }
}

/** Put labels [{el, at: {point, normal}}] where their points show on screen; hide those facing away. */
export function placeScreenLabels(labels, camera, width, height) {
  for (const l of labels) {
    if (!l.at) { l.el.hidden = true; continue; }
    const q = l.at.point.clone().project(camera);
    const facing = camera.position.clone().sub(l.at.point).dot(l.at.normal) > 0;
    l.el.hidden = !facing || q.z > 1 || Math.abs(q.x) > 1 || Math.abs(q.y) > 1;
    l.el.style.left = `${((q.x + 1) / 2) * width}px`;
    l.el.style.top = `${((1 - q.y) / 2) * height}px`;
  }
}

/** A curve cut into dashes `cm` long with gaps as long. */
function dashes(curve, cm) {
  const length = curve.getLength(), out = [];
  for (let s = 0; s + cm * 0.5 < length; s += 2 * cm) {
    const pts = [];
    for (let k = 0; k <= 4; k++) pts.push(curve.getPointAt(Math.min(1, (s + (k / 4) * Math.min(cm, length - s)) / length)));
    out.push(new THREE.CatmullRomCurve3(pts));
  }
  return out;
}
