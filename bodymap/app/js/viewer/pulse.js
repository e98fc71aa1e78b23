// The animated referral path: a thin tube along the skin from the trigger point to the pain, with a pulse
// (a bright head and a fading trail, drawn by the tube's shader) travelling along it, looping, and a ring
// spreading where it arrives.
import * as THREE from "three";

const TRAVEL_MIN_S = 1.4;   // seconds for one trip at speed 1, short paths
const TRAVEL_MAX_S = 5;     // long paths
const HOLD_S = 0.7;         // the pulse rests at the end before the next trip
const TUBE_RADIUS_CM = 0.32;

const VERTEX = /* glsl */ `
  varying vec2 vUv; varying vec3 vN;
  void main() {
    vUv = uv; vN = normalize(normalMatrix * normal);
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }`;

const FRAGMENT = /* glsl */ `
  uniform float uHead, uDir, uLen, uFade; uniform vec3 uBase, uPulse, uCore;
  varying vec2 vUv; varying vec3 vN;
  void main() {
    float d = (vUv.x - uHead) * uDir * uLen;         // cm ahead (+) / behind (-) the pulse head
    float head = exp(-pow(d / 1.6, 2.0));
    float trail = d < 0.0 ? exp(d / 9.0) : 0.0;
    float glow = max(head, 0.85 * trail) * uFade;
    float shade = 0.7 + 0.45 * max(vN.z, 0.0);
    vec3 col = uBase * shade;
    col = mix(col, uPulse, glow);
    col = mix(col, uCore, head * uFade * 0.8);
    gl_FragColor = vec4(col, 0.9 + 0.1 * glow);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }`;

export class ReferralPulse {
  /** colours: linear THREE.Color {path, pulse, core}; the head is a scaled `sphere`; its glow uses `haloTexture`. */
  constructor({ colours, sphere, haloTexture }) {
    this.group = new THREE.Group();
    this.sphere = sphere;
    this.uniforms = {
      uHead: { value: 0 }, uDir: { value: 1 }, uLen: { value: 1 }, uFade: { value: 1 },
      uBase: { value: colours.path }, uPulse: { value: colours.pulse }, uCore: { value: colours.core },
    };
    this.tubeMaterial = new THREE.ShaderMaterial({ uniforms: this.uniforms, transparent: true,
      vertexShader: VERTEX, fragmentShader: FRAGMENT });
    this.headMaterial = new THREE.MeshBasicMaterial({ color: colours.core, transparent: true });
    this.haloMaterial = new THREE.SpriteMaterial({ map: haloTexture, color: colours.pulse, transparent: true,
      opacity: 0.9, depthWrite: false });
    this.ripple = new THREE.Mesh(new THREE.RingGeometry(0.8, 1.15, 40), new THREE.MeshBasicMaterial({
      color: colours.pulse, transparent: true, side: THREE.DoubleSide, depthWrite: false }));
    this.curve = null;
    this.length = 0;
    this.t = 0;
    this.last = 0;
    this.tube = null;
    this.head = null;
    this.halo = null;
    this.box = new THREE.Box3();
    this.corner = new THREE.Vector3();
  }

  /** Show the pulse along `curve` (a THREE.Curve), or nothing for null. */
  setCurve(curve, now) {
    this.clear();
    if (!curve) return;
    this.curve = curve;
    this.length = curve.getLength();
    this.uniforms.uLen.value = this.length;
    const segs = Math.min(800, Math.max(32, Math.round(this.length * 2)));
    this.tube = new THREE.Mesh(new THREE.TubeGeometry(curve, segs, TUBE_RADIUS_CM, 8, false), this.tubeMaterial);
    this.tube.renderOrder = 1;
    this.tube.name = "referral-path";
    this.head = new THREE.Mesh(this.sphere, this.headMaterial);
    this.head.scale.setScalar(0.75);
    this.halo = new THREE.Sprite(this.haloMaterial);
    this.halo.scale.setScalar(5.5);
    this.ripple.visible = false;
    this.group.add(this.tube, this.halo, this.head, this.ripple);
    this.last = now;
  }

  clear() {
    for (const child of [...this.group.children]) this.group.remove(child);
    if (this.tube) this.tube.geometry.dispose();
    this.curve = null; this.tube = null; this.head = null; this.halo = null;
  }

  /** Move the pulse to time `now` (ms); `advance` false keeps it where it is (paused or a redraw). */
  update(now, { speed, playing, toPain, camera }, advance = true) {
    if (!this.curve) return;
    const dt = Math.max(0, Math.min(0.1, (now - this.last) / 1000)); // rAF time may lag performance.now()
    this.last = now;
    if (playing && advance) this.t += dt * Math.max(0.1, speed);
    const travel = Math.min(TRAVEL_MAX_S, Math.max(TRAVEL_MIN_S, this.length / 30));
    const period = travel + HOLD_S;
    const ph = ((this.t % period) + period) % period;
    const k = Math.min(1, ph / travel);
    const eased = k < 1 ? k * (2 - k) * 0.35 + k * 0.65 : 1;
    const u = Math.min(1, Math.max(0, toPain ? eased : 1 - eased));
    this.uniforms.uHead.value = u;
    this.uniforms.uDir.value = toPain ? 1 : -1;
    const arrive = ph > travel ? (ph - travel) / HOLD_S : 0;
    this.uniforms.uFade.value = 1 - arrive;
    this.head.position.copy(this.curve.getPointAt(u));
    this.head.visible = arrive < 0.6;
    this.halo.visible = arrive < 0.6;
    // arrival ripple: a ring spreading on the skin where the pulse lands
    if (arrive > 0) {
      this.ripple.visible = true;
      this.ripple.position.copy(this.curve.getPointAt(toPain ? 1 : 0));
      this.ripple.lookAt(camera.position);
      this.ripple.scale.setScalar(1 + 4 * arrive);
      this.ripple.material.opacity = 0.9 * (1 - arrive);
    } else {
      this.ripple.visible = false;
    }
  }

  /** Screen rectangle (CSS px, origin bottom left, as setScissor wants it) holding the whole path with its
   * glow; null when it cannot be bounded or is most of the screen, {w: 0} when it is off screen. */
  screenRect(camera, width, height) {
    if (!this.tube) return null;
    if (!this.tube.geometry.boundingBox) this.tube.geometry.computeBoundingBox();
    const box = this.box.copy(this.tube.geometry.boundingBox).expandByScalar(8);
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < 8; i++) {
      const c = this.corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y,
        i & 4 ? box.max.z : box.min.z).project(camera);
      if (c.z > 1 || c.z < -1) return null;
      x0 = Math.min(x0, c.x); x1 = Math.max(x1, c.x); y0 = Math.min(y0, c.y); y1 = Math.max(y1, c.y);
    }
    const px0 = Math.max(0, Math.floor((x0 + 1) / 2 * width) - 4), px1 = Math.min(width, Math.ceil((x1 + 1) / 2 * width) + 4);
    const py0 = Math.max(0, Math.floor((y0 + 1) / 2 * height) - 4), py1 = Math.min(height, Math.ceil((y1 + 1) / 2 * height) + 4);
    if (px1 <= px0 || py1 <= py0) return { x: 0, y: 0, w: 0, h: 0 };
    if ((px1 - px0) * (py1 - py0) > 0.6 * width * height) return null;
    return { x: px0, y: py0, w: px1 - px0, h: py1 - py0 };
  }

  /** Objects using each of the pulse's materials, for compiling shaders ahead of time. */
  warmObjects() {
    return [new THREE.Mesh(this.sphere, this.tubeMaterial), new THREE.Mesh(this.sphere, this.headMaterial),
      new THREE.Sprite(this.haloMaterial), this.ripple.clone()];
  }
}
