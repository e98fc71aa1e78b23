// The "Bones to feel for" layer: the palpable bony landmarks (annotations/bony_landmarks.yaml) as small dark
// grey marks on the skin — a dot for a point (the mastoid, the ASIS), a thin line along a bone's edge (the
// clavicle, the spine of the scapula, the iliac crest) — named on hover or a long press, labelled when few are
// in view. Dark grey stays apart from the zones, the muscles and the markers. Owns: the landmark meshes.
import * as THREE from "three";
import { surfaceCurve } from "./lines.js";
import { linear } from "./stage.js";

const LIFT_CM = 0.35;
const DOT_CM = 0.55;
const LINE_CM = 0.22;

export class BoneLayer {
  constructor({ scene, body, palette }) {
    this.body = body;
    this.group = new THREE.Group();
    this.group.name = "bony-landmarks";
    this.group.visible = false;
    scene.add(this.group);
    this.material = new THREE.MeshBasicMaterial({ color: linear(palette.bone) });
    this.dot = new THREE.SphereGeometry(DOT_CM, 12, 8);
    this.pickables = [];
    this.pack = null;
    this.built = false;
  }

  setPack(pack) {
    this.pack = pack;
    for (const m of [...this.group.children]) { this.group.remove(m); if (m.geometry !== this.dot) m.geometry.dispose(); }
    this.pickables = [];
    this.built = false;
  }

  get landmarks() {
    return this.pack?.content.landmarks || [];
  }

  show(on) {
    if (on && !this.built && this.pack && this.body.mesh) this.build();
    this.group.visible = !!on;
  }

  build() {
    const a = this.pack.arrays;
    this.landmarks.forEach((lm, i) => {
      const ids = a.landmark_vertices.subarray(a.landmark_offsets[i], a.landmark_offsets[i + 1]);
      let mesh;
      if (ids.length === 1 || lm.kind === "point") {
        mesh = new THREE.Mesh(this.dot, this.material);
        this.body.point(ids[0], mesh.position).addScaledVector(this.body.normal(ids[0]).normalize(), LIFT_CM);
      } else {
        const flat = new Float32Array(ids.length * 3);
        ids.forEach((v, k) => { for (let c = 0; c < 3; c++) flat[3 * k + c] = this.body.pos[3 * v + c]; });
        const curve = surfaceCurve(flat, this.body, LIFT_CM);
        if (!curve) return;
        mesh = new THREE.Mesh(new THREE.TubeGeometry(curve, Math.max(8, Math.round(curve.getLength() * 1.5)), LINE_CM, 5, false),
          this.material);
      }
      mesh.name = `landmark:${lm.key}`;
      mesh.userData.landmark = i;
      mesh.updateMatrixWorld();
      this.group.add(mesh);
      this.pickables.push(mesh);
    });
    this.built = true;
  }

  /** "Spine of the scapula: the bony ridge across the shoulder blade" for landmark i. */
  name(i) {
    const lm = this.landmarks[i];
    if (!lm) return "";
    return lm.plain_name && lm.plain_name !== lm.name ? `${lm.name}: ${lm.plain_name}` : lm.name;
  }

  /** How many landmark marks are drawn. */
  get drawn() {
    return this.group.visible ? this.pickables.length : 0;
  }
}
