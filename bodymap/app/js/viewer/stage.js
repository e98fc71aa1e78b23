// The three.js stage: renderer, scene, camera with its lights and orbit controls, and the on-demand frame
// loop. A frame is drawn only when something changed; while only the referral pulse moves, just the screen
// rectangle around it is redrawn (the rest of the canvas is kept: preserveDrawingBuffer), which keeps
// software GL fluid. Owns: frames, partialFrames, lastFrameTime, ready, firstFrameMs.
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";

export const linear = (hex) => new THREE.Color(hex); // THREE.Color converts sRGB hex to the linear working space

export class Stage {
  /** `driver` is the viewer: before(now) -> animating, partialRect() -> rect | null, hold() -> bool, hasBody(),
   * firstFrame() (see viewer/index.js). */
  constructor({ canvas, background, softwareGL, driver }) {
    this.canvas = canvas;
    this.softwareGL = softwareGL;
    this.driver = driver;
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: !softwareGL, powerPreference: "high-performance",
      preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(this.pixelRatio());
    this.renderer.outputColorSpace = THREE.SRGBColorSpace;
    this.renderer.toneMapping = THREE.NeutralToneMapping;
    this.renderer.toneMappingExposure = 1.0;
    this.renderer.setClearColor(linear(background), 1);
    this.scene = new THREE.Scene();
    this.camera = new THREE.PerspectiveCamera(30, 1, 1, 3000);
    this.scene.add(this.camera);
    this.addLights();
    this.controls = this.makeControls();
    this.frames = 0;
    this.partialFrames = 0;
    this.lastFrameTime = 0;
    this.ready = false;
    this.firstFrameMs = null;
    this.started = performance.now();
    this.renderToFirstFrameMs = null;
    this.rafId = 0;
    this.needFull = true;
    this.disposed = false;
    this.controls.addEventListener("change", () => this.requestRender());
  }

  pixelRatio() {
    return this.softwareGL ? 1 : Math.min(window.devicePixelRatio || 1, 2);
  }

  addLights() {
    this.scene.add(new THREE.HemisphereLight(0xfdfbff, 0x6f5a4e, 1.25));
    const key = new THREE.DirectionalLight(0xfff8f0, 2.3);
    key.position.set(0.75, 0.9, 0.55);
    const fill = new THREE.DirectionalLight(0xe8f0ff, 0.65);
    fill.position.set(-1.0, 0.1, 0.35);
    this.camera.add(key, fill); // lights move with the camera: the side you look at is always lit
    const target = new THREE.Object3D();
    target.position.set(0, 0, -1);
    this.camera.add(target);
    key.target = target;
    fill.target = target;
  }

  makeControls() {
    const controls = new OrbitControls(this.camera, this.canvas);
    controls.enableDamping = true;
    controls.dampingFactor = 0.12;
    controls.rotateSpeed = 0.7;
    controls.zoomSpeed = 0.9;
    controls.zoomToCursor = true;
    controls.minDistance = 30;
    controls.maxDistance = 1200;
    return controls;
  }

  /** Ask for a frame; `full`: something other than the pulse changed, so the whole picture is redrawn. */
  requestRender(full = true) {
    if (full) this.needFull = true;
    if (!this.rafId && !this.disposed) this.rafId = requestAnimationFrame((now) => this.frame(now));
  }

  /** Draw at once (a pick must show within the event it happens in); the animation loop carries on. */
  renderNow() {
    if (this.disposed) return;
    this.cancelFrame();
    this.needFull = true;
    this.frame(performance.now());
    this.renderer.getContext().flush(); // start drawing now, not when this event handler returns
  }

  cancelFrame() {
    if (this.rafId) { cancelAnimationFrame(this.rafId); this.rafId = 0; }
  }

  /** A frame was put on the canvas by other means (a hidden frame copied over it). */
  countPresented() {
    this.frames++;
    this.lastFrameTime = performance.now();
    this.cancelFrame();
    this.needFull = false;
  }

  frame(now) {
    if (this.disposed) return;
    let again = this.driver.before(now);
    this.controls.update(); // fires "change" (-> needFull) when the camera moved
    const full = this.needFull;
    this.needFull = false;
    // a frame asked for without a change and without a pulse draws nothing
    const rect = full ? null : this.driver.partialRect() || { x: 0, y: 0, w: 0, h: 0 };
    if (rect) {
      if (rect.w > 0) {
        this.renderer.setScissorTest(true);
        this.renderer.setScissor(rect.x, rect.y, rect.w, rect.h);
        this.renderer.render(this.scene, this.camera);
        this.renderer.setScissorTest(false);
        this.partialFrames++;
        this.frames++;
      }
    } else {
      this.renderer.render(this.scene, this.camera);
      this.frames++;
    }
    this.rafId = 0;
    this.lastFrameTime = now;
    if (!this.ready && this.driver.hasBody()) {
      this.ready = true;
      this.firstFrameMs = performance.now();
      this.renderToFirstFrameMs = performance.now() - this.started;
      this.driver.firstFrame();
    }
    if (this.needFull) this.requestRender(false);
    else if (again && !this.driver.hold()) this.requestRender(false);
  }

  /** Fit the drawing buffer and the camera to the element's size. */
  resize(width, height) {
    this.renderer.setPixelRatio(this.pixelRatio());
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
  }

  dispose() {
    this.disposed = true;
    this.cancelFrame();
    this.controls.dispose();
    this.scene.traverse((o) => { o.geometry?.dispose?.(); });
    this.renderer.dispose();
  }
}
