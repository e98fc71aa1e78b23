// Colouring the skin: the selected trigger point's zones (essential solid vermillion, spillover an orange wash
// with dots), a searched area (sky blue), the pain drawing (bluish green; slate grey where no zone explains it)
// and the pain spot (bluish green) with its ring.
// Colours are worked out in floats per vertex and sent to the GPU as bytes; the spillover dots are a second,
// small mesh over just the spillover triangles. Owns: the skin colours, the dots mesh, the pain ring.
import * as THREE from "three";
import { zoneCover } from "../pack.js";
import { stippleMaterial, stippledTriangles } from "./skin.js";
import { linear } from "./stage.js";

/** The essential and spillover vertex lists of a site, from the pack's zone lists. */
export function zoneOf(arrays, site) {
  const o = arrays.zone_offsets, zv = arrays.zone_vertices;
  if (!(site >= 0) || 3 * site + 3 >= o.length) return { ess: [], spill: [] };
  return { ess: zv.subarray(o[3 * site], o[3 * site + 1]), spill: zv.subarray(o[3 * site + 1], o[3 * site + 2]) };
}

export class ZonePainter {
  constructor({ scene, body, palette, settings, pixelRatio }) {
    this.body = body;
    this.settings = settings;
    this.c = {};
    for (const k of ["skin", "highlight", "essential", "pain", "painted", "unexplained", "spillover"]) this.c[k] = linear(palette[k]);
    this.dotMaterial = stippleMaterial(this.c.spillover, pixelRatio);
    this.dots = null;
    this.scene = scene;
    const r = settings.pain_spot_cm;
    this.ring = new THREE.Mesh(new THREE.RingGeometry(r * 0.95, r * 1.3, 48),
      new THREE.MeshBasicMaterial({ color: this.c.pain, side: THREE.DoubleSide, transparent: true, opacity: 0.95,
        polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2 }));
    this.ring.name = "pain-ring";
    this.ring.visible = false;
    scene.add(this.ring);
  }

  /** A new body mesh: (re)build the dots mesh over its triangles. */
  meshChanged(topologyChanged) {
    const geo = this.body.geometry;
    if (topologyChanged || !this.dots) {
      if (this.dots) { this.scene.remove(this.dots); this.dots.geometry.dispose(); }
      const dotGeo = new THREE.BufferGeometry();
      dotGeo.setIndex(new THREE.BufferAttribute(new Uint32Array(geo.index.count), 1));
      dotGeo.setDrawRange(0, 0);
      this.dots = new THREE.Mesh(dotGeo, this.dotMaterial);
      this.dots.name = "spillover-dots";
      this.dots.renderOrder = 1;
      this.scene.add(this.dots);
    }
    for (const name of ["position", "normal", "stipple"]) this.dots.geometry.setAttribute(name, geo.getAttribute(name));
    this.dots.geometry.boundingSphere = geo.boundingSphere;
  }

  /** Paint `shown` ({pain, selected, painted, highlight}) onto the skin; `arrays`: the pack's arrays. */
  paint(shown, arrays) {
    const body = this.body;
    if (!body.mesh) return;
    const n = body.n, c = this.c;
    const a = body.colourWork, s = body.stippleWork;
    for (let i = 0; i < n; i++) { a[3 * i] = c.skin.r; a[3 * i + 1] = c.skin.g; a[3 * i + 2] = c.skin.b; }
    s.fill(0);
    const mix = (v, col, t) => {
      if (v < 0 || v >= n) return;
      a[3 * v] += (col.r - a[3 * v]) * t; a[3 * v + 1] += (col.g - a[3 * v + 1]) * t; a[3 * v + 2] += (col.b - a[3 * v + 2]) * t;
    };
    for (const v of shown.highlight) mix(v, c.highlight, 0.55);
    if (shown.selected >= 0) {
      const { ess, spill } = zoneOf(arrays, shown.selected);
      for (const v of spill) if (v < n) s[v] = 1;
      for (const v of ess) mix(v, c.essential, 0.82);
    }
    // the drawing; slate grey where no trigger point zone reaches ("not explained by a muscle pattern")
    const cover = shown.painted.length ? zoneCover(arrays) : null;
    for (const v of shown.painted) cover[v] ? mix(v, c.painted, 0.6) : mix(v, c.unexplained, 0.85);
    if (body.has(shown.pain)) {
      for (const [v, w] of body.vertexDisc(shown.pain, this.settings.pain_spot_cm)) {
        mix(v, c.pain, Math.min(1, 0.35 + 0.9 * w));
        s[v] *= 1 - Math.min(1, 0.35 + 0.9 * w);
      }
    }
    const dotIndex = this.dots.geometry.index;
    const count = stippledTriangles(body.geometry.index.array, s, dotIndex.array);
    this.dots.geometry.setDrawRange(0, count);
    dotIndex.clearUpdateRanges();
    dotIndex.addUpdateRange(0, Math.max(count, 3));
    dotIndex.needsUpdate = true;
    this.dots.visible = count > 0;
    const col = body.geometry.getAttribute("color"), sti = body.geometry.getAttribute("stipple");
    const rgba = col.array, dots = sti.array, wash = this.settings.spill_wash;
    for (let i = 0; i < n; i++) {
      if (s[i] > 0) mix(i, c.spillover, wash * s[i]); // the wash under the dots
      rgba[4 * i] = a[3 * i] * 255; rgba[4 * i + 1] = a[3 * i + 1] * 255; rgba[4 * i + 2] = a[3 * i + 2] * 255;
      dots[i] = s[i] * 255;
    }
    col.needsUpdate = true;
    sti.needsUpdate = true;
    this.placeRing(shown.pain);
  }

  /** The pain spot's ring lies on the skin around the picked vertex. */
  placeRing(v) {
    const body = this.body;
    if (!body.has(v)) { this.ring.visible = false; return; }
    const nrm = body.normal(v).normalize();
    body.point(v, this.ring.position).addScaledVector(nrm, 0.45);
    this.ring.quaternion.setFromUnitVectors(new THREE.Vector3(0, 0, 1), nrm);
    this.ring.visible = true;
  }

  /** Objects whose shaders are worth compiling ahead of the first pick. */
  warmObjects(sphere) {
    return [this.ring.clone(), new THREE.Mesh(this.dots ? this.dots.geometry : sphere, this.dotMaterial)];
  }
}
