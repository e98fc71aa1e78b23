// Trigger point markers: a glowing blue sphere for each listed trigger point (the selected one larger, with a
// ring), a faint "ghost" of each that shows through the body, and in forward mode every other trigger point
// as a small dim dot. Halos and rings are sprites nudged towards the camera so the skin never cuts them.
// Markers keep their size on screen when the camera comes closer (down to MIN_ZOOM_SCALE of their real
// size): in the closer view of the head, spheres of real size covered the zones they point to.
import * as THREE from "three";
import { radialTexture, ringTexture } from "./textures.js";

export const MARKER_R = 1.2;       // marker sphere radius, cm
const SELECTED_SCALE = 1.35;       // the selected marker is this much larger
const HALO_SCALE = 5.2;            // the selected marker's halo, in marker radii (others 4.2)
export const MIN_ZOOM_SCALE = 0.4; // closest up, markers shrink to this share of their real size

/** How far (cm) from a trigger point's vertex its marker, halo and ring can paint. */
export const MARKER_REACH_CM = MARKER_R * SELECTED_SCALE * HALO_SCALE / 2 + 1.5;

export class TriggerPointMarkers {
  /** colour: CSS colour of the markers; selectedGlow: CSS colour of the selected one's glow. */
  constructor({ colour, selectedGlow, halo }) {
    const c = new THREE.Color(colour);
    this.group = new THREE.Group();
    this.sphere = new THREE.SphereGeometry(1, 16, 12); // a marker is 10-20 px across: 360 triangles are plenty
    this.haloTexture = radialTexture("rgba(255,255,255,0.95)", "rgba(255,255,255,0)");
    this.materials = {
      marker: new THREE.MeshStandardMaterial({ color: c, emissive: c, emissiveIntensity: 0.45, roughness: 0.35 }),
      selected: new THREE.MeshStandardMaterial({ color: c, emissive: new THREE.Color(selectedGlow),
        emissiveIntensity: 0.8, roughness: 0.3 }),
      ghost: new THREE.MeshBasicMaterial({ color: c, transparent: true, opacity: 0.28, depthTest: false,
        depthWrite: false }),
      halo: new THREE.SpriteMaterial({ map: this.haloTexture, color: new THREE.Color(halo), transparent: true,
        opacity: 0.6, depthWrite: false }),
      ring: new THREE.SpriteMaterial({ map: ringTexture(colour), transparent: true, depthWrite: false }),
      dim: new THREE.MeshStandardMaterial({ color: c, transparent: true, opacity: 0.55, roughness: 0.5 }),
    };
    this.halos = [];     // [sprite, basePosition, shift, size]: sprites nudged towards the camera
    this.spheres = [];   // [mesh, radius]: marker and ghost spheres, scaled with the zoom
    this.pickables = []; // marker meshes with userData.site, and the dim dots (userData.sites per instance)
    this.dim = null;     // InstancedMesh of the dim dots
    this.zoom = NaN;     // the size factor the spheres and sprites were last set to (place())
  }

  /**
   * Rebuild for `sites` (site indices, in list order) with `selected` (site index or -1). `anchor(site,
   * lift)` gives a site's position lifted off the skin by `lift` cm, or null. With `others` (site indices),
   * those are drawn as small dim dots (forward mode).
   */
  rebuild({ sites, selected, anchor, others = null }) {
    this.group.clear();
    this.halos.length = 0;
    this.spheres.length = 0;
    this.pickables = [];
    if (this.dim) { this.dim.dispose(); this.dim = null; }
    const m = this.materials;
    for (const site of sites) {
      const at = anchor(site, MARKER_R * 0.55);
      if (!at) continue;
      const sel = site === selected;
      const r = sel ? MARKER_R * SELECTED_SCALE : MARKER_R;
      const marker = new THREE.Mesh(this.sphere, sel ? m.selected : m.marker);
      marker.position.copy(at);
      marker.userData.site = site;
      marker.renderOrder = 2;
      const ghost = new THREE.Mesh(this.sphere, m.ghost);
      ghost.position.copy(at);
      ghost.renderOrder = 5;
      this.spheres.push([marker, r], [ghost, r * 0.9]);
      const halo = new THREE.Sprite(m.halo);
      halo.renderOrder = 3;
      this.halos.push([halo, at, r * 1.6, r * (sel ? HALO_SCALE : 4.2)]);
      this.group.add(halo, marker, ghost);
      if (sel) {
        const ring = new THREE.Sprite(m.ring);
        ring.renderOrder = 4;
        this.halos.push([ring, at, r * 1.2, r * 3.0]);
        this.group.add(ring);
      }
      this.pickables.push(marker);
    }
    if (others && others.length) this.addDim(others, anchor);
    this.zoom = NaN; // sizes are set by the next place()
  }

  addDim(sites, anchor) {
    const dim = new THREE.InstancedMesh(this.sphere, this.materials.dim, sites.length);
    dim.count = 0;
    dim.userData.sites = [];
    const mtx = new THREE.Matrix4();
    for (const s of sites) {
      const at = anchor(s, 0.4);
      if (!at) continue;
      mtx.makeScale(0.75, 0.75, 0.75).setPosition(at);
      dim.setMatrixAt(dim.count, mtx);
      dim.userData.sites.push(s);
      dim.count++;
    }
    dim.instanceMatrix.needsUpdate = true;
    dim.computeBoundingSphere();
    this.dim = dim;
    this.group.add(dim);
    this.pickables.push(dim);
  }

  /** Size the markers for a camera at `cameraPosition` that is `zoom` (0..1] times as far from the body
   * as in the whole-body view, and move the halos and rings towards it. */
  place(cameraPosition, zoom = 1) {
    const k = Math.min(1, Math.max(MIN_ZOOM_SCALE, zoom));
    if (k !== this.zoom) {
      this.zoom = k;
      for (const [mesh, r] of this.spheres) mesh.scale.setScalar(r * k);
      for (const [sprite, , , size] of this.halos) sprite.scale.setScalar(size * k);
    }
    for (const [sprite, base, shift] of this.halos) nudge(sprite, base, shift * k, cameraPosition);
  }

  /** Objects using each of the markers' materials, for compiling shaders ahead of time. */
  warmObjects() {
    const m = this.materials;
    return [new THREE.Mesh(this.sphere, m.marker), new THREE.Mesh(this.sphere, m.ghost),
      new THREE.InstancedMesh(this.sphere, m.dim, 1), new THREE.Sprite(m.halo)];
  }
}

const toward = new THREE.Vector3();
/** Put `sprite` `shift` cm from `base` towards the camera. */
export function nudge(sprite, base, shift, cameraPosition) {
  toward.subVectors(cameraPosition, base).normalize();
  sprite.position.copy(base).addScaledVector(toward, shift);
}
