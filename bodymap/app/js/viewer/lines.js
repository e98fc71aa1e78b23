// Curves on the skin: the referral path's curve and the fascial lines (tubes, one per line and side, with a
// wider invisible tube for hovering). Tubes are lifted off the skin (settings.PATH_TUBE_LIFT_CM and
// LINE_TUBE_LIFT_CM, from Python) so the skin never cuts them. Owns: the line meshes and the hovered line.
import * as THREE from "three";
import { linear } from "./stage.js";

/** A smooth curve through flat [x, y, z, ...] points, each moved `lift` cm along the skin's normal nearest to
 * it (body: viewer/mesh.js), dropping points closer than 0.8 cm; null if too short. */
export function surfaceCurve(flat, body, lift) {
  const pts = [];
  let last = null;
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const v = new THREE.Vector3(flat[i], flat[i + 1], flat[i + 2]);
    const k = body.grid ? body.grid.nearest(v.x, v.y, v.z) : -1;
    if (k >= 0) v.addScaledVector(body.normal(k), lift);
    if (last && v.distanceTo(last) < 0.8 && i + 5 < flat.length) continue;
    pts.push(v);
    last = v;
  }
  if (pts.length === 1) pts.push(pts[0].clone().add(new THREE.Vector3(0, 0.01, 0)));
  if (pts.length < 2) return null;
  return new THREE.CatmullRomCurve3(pts, false, "centripetal");
}

export class FascialLines {
  constructor({ scene, fallbackColour, body, lift }) {
    this.body = body;
    this.lift = lift;
    this.group = new THREE.Group();
    scene.add(this.group);
    this.fallback = fallbackColour;
    this.items = []; // {id, name, mesh, pick, material, curve, segs, wide}
    this.hovered = "";
  }

  /** Draw `lines`: [{id, name, colour, points: Float32Array}]. */
  rebuild(lines) {
    for (const l of this.items) {
      l.mesh.geometry.dispose(); l.pick.geometry.dispose(); l.wide?.geometry.dispose(); l.material.dispose();
    }
    for (const ch of [...this.group.children]) this.group.remove(ch);
    this.items = [];
    for (const line of lines) {
      const curve = surfaceCurve(line.points, this.body, this.lift);
      if (!curve) continue;
      const colour = linear(line.colour || this.fallback);
      const segs = Math.min(1000, Math.max(32, Math.round(curve.getLength() * 1.5)));
      const material = new THREE.MeshStandardMaterial({ color: colour, emissive: colour, emissiveIntensity: 0.25,
        roughness: 0.5 });
      const mesh = new THREE.Mesh(new THREE.TubeGeometry(curve, segs, 0.28, 6, false), material);
      const pick = new THREE.Mesh(new THREE.TubeGeometry(curve, Math.round(segs / 2), 1.4, 6, false));
      pick.updateMatrixWorld();
      pick.userData.line = String(line.id);
      this.group.add(mesh);
      this.items.push({ id: String(line.id), name: String(line.name || line.id), mesh, pick, material, curve, segs,
        wide: null });
    }
    const keep = this.items.some((l) => l.id === this.hovered) ? this.hovered : "";
    this.hovered = null; // force the highlight to be set again on the new meshes
    this.highlight(keep);
  }

  /** Invisible wide tubes for finding the line under the pointer. */
  get pickables() {
    return this.items.map((l) => l.pick);
  }

  name(id) {
    const l = this.items.find((m) => m.id === id);
    return l ? l.name : id;
  }

  /** Draw line `id` twice as thick and brighter, so it stands out from the others ("" for none); true if it changed. */
  highlight(id) {
    for (const l of this.items) {
      const on = l.id === id;
      l.material.emissiveIntensity = on ? 0.9 : 0.25;
      if (on && !l.wide) {
        l.wide = new THREE.Mesh(new THREE.TubeGeometry(l.curve, l.segs, 0.6, 8, false), l.material);
        this.group.add(l.wide);
      }
      if (l.wide) l.wide.visible = on;
      l.mesh.visible = !on;
    }
    if (id === this.hovered) return false;
    this.hovered = id;
    return true;
  }
}
