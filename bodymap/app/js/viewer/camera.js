// The camera's poses: the four named views of the whole body, the closer view that frames the pain spot, the
// selected trigger point and the path between them, and the glide from one pose to another (an orbit around
// the target, never through the body). Owns: the current named view, the glide, whether the user moved the
// camera since the last pose.
import * as THREE from "three";

const CLOSEUP_MIN_CM = 24;       // closer view: never narrower than 48 cm of body (keeps the limb in context)
const CLOSEUP_MARGIN = 1.5;      // closer view: room around the pain spot, trigger point and path
const GLIDE_MS = 550;

export class CameraRig {
  /** `views`: {name: [x, y, z]} unit directions from the body towards the camera (from Python). */
  constructor({ stage, wrap, views, initialView }) {
    this.stage = stage;
    this.camera = stage.camera;
    this.controls = stage.controls;
    this.wrap = wrap;
    this.views = views;
    this.current = views[initialView] ? initialView : Object.keys(views)[0];
    this.center = new THREE.Vector3();
    this.size = new THREE.Vector3();
    this.tween = null;
    this.userMoved = false;
    this.ready = false;            // the stage has drawn the body once: from then on poses glide
    this.wholeBodyDistance = 0;    // the camera's distance in the whole-body view (markers shrink closer up)
    this.controls.addEventListener("start", () => { this.userMoved = true; this.tween = null; });
  }

  /** Unit vector from the body towards the camera of a named view. */
  viewDir(name) {
    return new THREE.Vector3(...(this.views[name] || Object.values(this.views)[0]));
  }

  /** The body's bounding box changed (a new mesh). */
  setBounds(box) {
    box.getCenter(this.center);
    box.getSize(this.size);
    this.measureWholeBody();
  }

  measureWholeBody() {
    this.wholeBodyDistance = this.viewPose("front").position.distanceTo(this.center);
  }

  /** How far the camera is now, relative to the whole-body view (1 there, smaller closer up). */
  zoom() {
    return this.wholeBodyDistance ? this.camera.position.distanceTo(this.controls.target) / this.wholeBodyDistance : 1;
  }

  viewPose(name) {
    const dir = this.viewDir(name);
    const s = this.size;
    const h = s.y || 170;
    const w = (Math.abs(dir.x) > 0 ? s.z : s.x) || 60;
    const depth = (Math.abs(dir.x) > 0 ? s.x : s.z) || 30;
    const dist = this.fitDistance(h / 2, w / 2) * 1.06 + depth / 2;
    return { position: this.center.clone().addScaledVector(dir, dist), target: this.center.clone() };
  }

  /** How far from its target the camera must be to show half-height `halfH` and half-width `halfW` (cm). */
  fitDistance(halfH, halfW) {
    const rect = this.wrap.getBoundingClientRect();
    const aspect = rect.width > 0 && rect.height > 0 ? rect.width / rect.height : 1;
    const t = Math.tan(THREE.MathUtils.degToRad(this.camera.fov / 2));
    return Math.max(halfH / t, halfW / (t * aspect));
  }

  /** Looking along `dir` (from the body towards the camera), the pose that frames `points`; null if none. */
  framePose(dir, points) {
    if (!points.length) return null;
    const back = dir.clone().normalize();
    const right = new THREE.Vector3().crossVectors(this.camera.up, back).normalize();
    const up = new THREE.Vector3().crossVectors(back, right);
    const lo = new THREE.Vector3(Infinity, Infinity, Infinity), hi = lo.clone().negate();
    for (const p of points) {
      const q = new THREE.Vector3(p.dot(right), p.dot(up), p.dot(back));
      lo.min(q); hi.max(q);
    }
    const mid = lo.clone().add(hi).multiplyScalar(0.5);
    const target = right.clone().multiplyScalar(mid.x).addScaledVector(up, mid.y).addScaledVector(back, mid.z);
    const halfW = Math.max(CLOSEUP_MIN_CM, (hi.x - lo.x) / 2 * CLOSEUP_MARGIN);
    const halfH = Math.max(CLOSEUP_MIN_CM, (hi.y - lo.y) / 2 * CLOSEUP_MARGIN);
    const dist = this.fitDistance(halfH, halfW) + (hi.z - mid.z);
    return { position: target.clone().addScaledVector(back, dist), target };
  }

  /** The named view whose direction is nearest to `dir`. */
  nearestView(dir) {
    let best = -Infinity, name = this.current;
    for (const view of Object.keys(this.views)) {
      const facing = this.viewDir(view).dot(dir);
      if (facing > best) { best = facing; name = view; }
    }
    return name;
  }

  /** The direction the camera looks from now (from the target towards the camera). */
  lookDir() {
    return this.camera.position.clone().sub(this.controls.target).normalize();
  }

  glideTo(pose, animate) {
    this.userMoved = false;
    if (!animate || !this.ready) {
      this.tween = null;
      this.camera.position.copy(pose.position);
      this.controls.target.copy(pose.target);
      this.camera.up.set(0, 1, 0);
      this.controls.update();
    } else {
      const off0 = this.camera.position.clone().sub(this.controls.target);
      const off1 = pose.position.clone().sub(pose.target);
      const tween = { t0: performance.now(), s0: new THREE.Spherical().setFromVector3(off0),
        s1: new THREE.Spherical().setFromVector3(off1), c0: this.controls.target.clone(), c1: pose.target.clone() };
      let dth = tween.s1.theta - tween.s0.theta;
      while (dth > Math.PI) dth -= 2 * Math.PI;
      while (dth < -Math.PI) dth += 2 * Math.PI;
      tween.s1.theta = tween.s0.theta + dth;
      this.tween = tween;
    }
    this.stage.requestRender();
  }

  /** Advance the glide; true while it goes on. */
  step(now) {
    const tween = this.tween;
    if (!tween) return false;
    const k = Math.min(1, (now - tween.t0) / GLIDE_MS);
    const e = k < 0.5 ? 2 * k * k : 1 - Math.pow(-2 * k + 2, 2) / 2;
    const s = new THREE.Spherical(
      tween.s0.radius + (tween.s1.radius - tween.s0.radius) * e,
      tween.s0.phi + (tween.s1.phi - tween.s0.phi) * e,
      tween.s0.theta + (tween.s1.theta - tween.s0.theta) * e);
    this.controls.target.lerpVectors(tween.c0, tween.c1, e);
    this.camera.position.setFromSpherical(s).add(this.controls.target);
    this.camera.lookAt(this.controls.target);
    if (k >= 1) this.tween = null;
    return this.tween !== null;
  }

  rotateBy(dTheta, dPhi) {
    const off = this.camera.position.clone().sub(this.controls.target);
    const s = new THREE.Spherical().setFromVector3(off);
    s.theta += dTheta;
    s.phi = Math.min(Math.PI - 0.05, Math.max(0.05, s.phi + dPhi));
    this.camera.position.setFromSpherical(s).add(this.controls.target);
    this.camera.lookAt(this.controls.target);
    this.moved();
  }

  zoomBy(f) {
    const off = this.camera.position.clone().sub(this.controls.target).multiplyScalar(f);
    const len = THREE.MathUtils.clamp(off.length(), this.controls.minDistance, this.controls.maxDistance);
    this.camera.position.copy(this.controls.target).add(off.setLength(len));
    this.moved();
  }

  moved() {
    this.userMoved = true;
    this.controls.update();
    this.stage.requestRender();
  }
}
