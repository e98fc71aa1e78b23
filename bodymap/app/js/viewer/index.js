// The 3D body: draws what the screen's state says (pain spot, zones, markers, the referral pulse, fascial
// lines) on the body of the current data pack, and reports what the user's gestures meant. It computes no
// anatomy: answers come from the screen (screen/answers.js) and the data pack.
//
// Reads from the store: pain, painted, highlight, resultSites, selected, path, mode, lines, layers,
// musclesShown, closeup, playing, speed, direction. Writes: view (the camera owns it), hoveredLine (the pointer owns it).
import * as THREE from "three";
import { CameraRig } from "./camera.js";
import { surfaceCurve, FascialLines } from "./lines.js";
import { MARKER_REACH_CM, TriggerPointMarkers, nudge } from "./markers.js";
import { BodyMesh } from "./mesh.js";
import { BoneLayer } from "./bones.js";
import { MuscleLayer } from "./muscles.js";
import { NerveRootLayer } from "./roots.js";
import { Picker } from "./picking.js";
import { showPictures } from "./picture.js";
import { ReferralPulse } from "./pulse.js";
import { probeWebGL, skinMaterial } from "./skin.js";
import { Stage, linear } from "./stage.js";
import { zoneOf, ZonePainter } from "./zones.js";
import { viewerHook } from "./hook.js";
import { sameValues, whenIdle } from "../values.js";

const EMPTY = Object.freeze([]);

export class BodyViewer {
  /**
   * el: the element to draw in; store: the screen's state (screen/store.js); config: {palette, settings, views,
   * modes, texts} from Python; actions: what gestures mean (screen/index.js): preview(v) -> answer | null,
   * commit(answer), clickBody(v), clickMarker(site), paint(vertices), pictureClick(u, v) (pictures host only).
   */
  constructor({ el, store, config, actions, pictures }) {
    this.store = store;
    this.config = config;
    this.actions = actions;
    this.disposers = [];
    this.pack = null;
    this.drawn = {};          // the state the scene shows: what was last painted, per part
    this.stroke = new Set();  // the paint stroke in progress (not yet in the store)
    this.buildDom(el);
    const webgl = probeWebGL();
    this.webgl = webgl.available && this.startStage(webgl.software);
    if (!this.webgl) {
      this.hook = showPictures({ wrap: this.wrap, store, pictures, texts: config.texts });
      return;
    }
    this.build();
    this.wire();
    this.hook = viewerHook(this);
  }

  listen(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    this.disposers.push(() => target.removeEventListener(type, fn, opts));
  }

  buildDom(el) {
    const wrap = document.createElement("div");
    wrap.className = "bm-canvas-wrap";
    wrap.style.cssText = "position:relative;width:100%;height:100%;min-height:240px;overflow:hidden;" +
      `background:${this.config.palette.background};touch-action:none;user-select:none;-webkit-user-select:none;`;
    const canvas = document.createElement("canvas");
    canvas.tabIndex = 0;
    canvas.setAttribute("role", "application");
    canvas.setAttribute("aria-label", this.config.texts.canvas_label);
    canvas.style.cssText = "display:block;width:100%;height:100%;outline:none;cursor:crosshair;touch-action:none;";
    const tip = document.createElement("div");
    tip.className = "bm-tip";
    tip.style.cssText = "position:absolute;pointer-events:none;display:none;padding:3px 8px;border-radius:4px;" +
      "background:rgba(255,255,255,0.94);color:#1a1a1a;font:13px/1.3 system-ui,sans-serif;" +
      "box-shadow:0 1px 4px rgba(0,0,0,0.25);white-space:nowrap;z-index:2;";
    wrap.append(canvas, tip);
    el.replaceChildren(wrap);
    Object.assign(this, { wrap, canvas, tip });
    this.listen(canvas, "focus", () => { canvas.style.boxShadow = `inset 0 0 0 2px ${this.config.palette.marker}`; });
    this.listen(canvas, "blur", () => { canvas.style.boxShadow = "none"; });
  }

  /** Start WebGL; false if the renderer cannot start (the pictures host takes over). */
  startStage(softwareGL) {
    try {
      this.stage = new Stage({ canvas: this.canvas, background: this.config.palette.background, softwareGL,
        driver: this });
      return true;
    } catch (err) {
      return false;
    }
  }

  build() {
    const { palette, settings } = this.config;
    const stage = this.stage;
    this.body = new BodyMesh(skinMaterial(stage.softwareGL));
    this.rig = new CameraRig({ stage, wrap: this.wrap, views: this.config.views, initialView: this.store.get().view });
    this.zones = new ZonePainter({ scene: stage.scene, body: this.body, palette, settings,
      pixelRatio: stage.renderer.getPixelRatio() });
    this.markers = new TriggerPointMarkers({ colour: palette.marker, selectedGlow: palette.selected_glow,
      halo: palette.halo });
    stage.scene.add(this.markers.group);
    this.pulse = new ReferralPulse({ colours: { path: linear(palette.path), pulse: linear(palette.pulse),
      core: linear(palette.pulse_core) }, sphere: this.markers.sphere, haloTexture: this.markers.haloTexture });
    stage.scene.add(this.pulse.group);
    this.lines = new FascialLines({ scene: stage.scene, fallbackColour: palette.line, body: this.body,
      lift: settings.line_tube_lift_cm });
    const layer = { scene: stage.scene, wrap: this.wrap, body: this.body, palette, pixelRatio: stage.renderer.getPixelRatio() };
    this.muscles = new MuscleLayer({ ...layer, texts: this.config.texts });
    this.roots = new NerveRootLayer(layer);
    this.bones = new BoneLayer(layer);
    this.picker = new Picker(this);
    this.picker.attach(this.canvas, (t, type, fn, o) => this.listen(t, type, fn, o));
    this.listen(this.canvas, "webglcontextlost", (e) => e.preventDefault());
    this.listen(this.canvas, "webglcontextrestored", () => {
      this.picker.dropGuess(); this.picker.release(); stage.requestRender();
    });
    stage.controls.addEventListener("start", () => this.hideTip());
    const ro = new ResizeObserver(() => this.resize());
    ro.observe(this.wrap);
    this.disposers.push(() => ro.disconnect());
  }

  wire() {
    const s = this.store;
    const redraw = () => { this.picker.dropGuess(); this.showState(); };
    this.disposers.push(
      s.on(["pain", "painted", "highlight", "resultSites", "selected", "path", "mode"], redraw),
      s.on(["highlight", "path"], () => this.frameCloseup()),
      s.on(["closeup"], (st) => (st.closeup ? this.frameCloseup() : this.setView(this.rig.current, true))),
      s.on(["playing", "speed", "direction"], () => { this.pulse.last = performance.now(); this.stage.requestRender(); }),
      s.on(["lines"], () => this.showLines()),
      s.on(["musclesShown", "layers"], () => this.showLayers()),
      s.on(["mode"], () => this.applyMode()),
    );
  }

  // ---- the data pack ----
  /** Show the body of `pack` (a body pack: arrays and content); keeps the camera unless the user has not moved. */
  setPack(pack) {
    if (!this.webgl) { this.pack = pack; return; }
    this.picker.dropGuess();
    this.pack = pack;
    const a = pack.arrays;
    const fresh = this.body.load(this.stage.scene, a.positions, a.indices);
    this.zones.meshChanged(fresh);
    this.rig.setBounds(this.body.geometry.boundingBox);
    this.drawn = {};
    this.muscles.setPack(pack);
    this.roots.setPack(pack);
    this.bones.setPack(pack);
    this.showState();
    this.showLines();
    this.showLayers();
    this.applyMode();
    if (!this.rig.userMoved) this.setView(this.rig.current, false);
    this.stage.requestRender();
  }

  mode() {
    return this.config.modes[this.store.get().mode] || this.config.modes.pick;
  }

  applyMode() {
    if (!this.webgl) return;
    const c = this.stage.controls;
    if (this.mode().gesture === "paint") {
      c.mouseButtons = { LEFT: null, MIDDLE: THREE.MOUSE.DOLLY, RIGHT: THREE.MOUSE.ROTATE };
      c.touches = { ONE: null, TWO: THREE.TOUCH.DOLLY_ROTATE };
    } else {
      c.mouseButtons = { LEFT: THREE.MOUSE.ROTATE, MIDDLE: THREE.MOUSE.DOLLY, RIGHT: THREE.MOUSE.PAN };
      c.touches = { ONE: THREE.TOUCH.ROTATE, TWO: THREE.TOUCH.DOLLY_PAN };
    }
    this.canvas.style.cursor = "crosshair";
  }

  // ---- drawing the state ----
  /** The scene shows the store's state (plus the paint stroke in progress). */
  showState() {
    const st = this.store.get();
    this.muscles.show(st.musclesShown);
    const painted = this.stroke.size ? [...st.painted, ...this.stroke] : st.painted;
    this.draw({ pain: st.pain, selected: st.selected, resultSites: st.resultSites, painted,
      highlight: st.highlight, path: st.path, mode: st.mode });
  }

  /** The scene shows an answer that is not (yet) the state: a guess while the button is held. */
  showAnswer(answer) {
    const st = this.store.get();
    this.muscles.show(answer.musclesShown ?? st.musclesShown);
    this.draw({ pain: answer.pain, selected: answer.selected, resultSites: answer.resultSites,
      painted: answer.painted ?? st.painted, highlight: answer.highlight ?? st.highlight,
      path: answer.path, mode: st.mode });
  }

  /** Redraw the parts of the scene whose inputs changed since they were last drawn. */
  draw(next) {
    if (!this.pack || !this.body.mesh) return;
    const d = this.drawn;
    const differ = (...keys) => keys.some((k) => !sameValues(d[k], next[k]));
    const zones = differ("pain", "selected", "painted", "highlight"), markers = differ("resultSites", "selected", "mode");
    const path = differ("path");
    if (zones) this.zones.paint(next, this.pack.arrays);
    if (markers) this.drawMarkers(next);
    if (path) this.drawPath(next.path);
    this.drawn = next;
    // an answer already drawn (the guess shown on release) needs no second frame: on software GL a full frame
    // would hold back the presentation of the copied one
    if (zones || markers || path) this.stage.requestRender();
  }

  drawMarkers(next) {
    let others = null;
    if (this.config.modes[next.mode]?.markers === "all") {
      const shown = new Set(next.resultSites);
      others = [];
      for (let site = 0; site < this.pack.arrays.site_vertex.length; site++) if (!shown.has(site)) others.push(site);
    }
    this.markers.rebuild({ sites: next.resultSites, selected: next.selected, anchor: (s, lift) => this.siteAnchor(s, lift),
      others });
  }

  siteAnchor(site, lift) {
    const v = this.pack.arrays.site_vertex[site];
    if (v == null || !this.body.has(v)) return null;
    const n = this.body.normal(v);
    return this.body.point(v).addScaledVector(n, lift);
  }

  drawPath(flat) {
    const curve = flat && flat.length >= 6 ? surfaceCurve(flat, this.body, this.config.settings.path_tube_lift_cm) : null;
    this.pulse.setCurve(curve, performance.now());
    if (this.pulse.curve) this.pulse.update(performance.now(), this.pulseSettings(), false);
  }

  pulseSettings() {
    const st = this.store.get();
    return { speed: Number(st.speed) || 1, playing: st.playing !== false, toPain: st.direction !== "to_source",
      camera: this.stage.camera };
  }

  showLines() {
    if (!this.pack || !this.body.mesh) return;
    const wanted = new Set(this.store.get().lines);
    const { line_offsets: o, line_points: p } = this.pack.arrays;
    const lines = this.pack.content.line_sites.map((l, i) => ({ ...l, points: p.subarray(3 * o[i], 3 * o[i + 1]) }))
      .filter((l) => wanted.has(l.id));
    this.lines.rebuild(lines);
    this.stage.requestRender();
  }

  /** The muscle layer's muscles, the nerve-root layer and the bones to feel for, as the state says. */
  showLayers() {
    if (!this.pack || !this.body.mesh) return;
    const st = this.store.get();
    this.muscles.show(st.musclesShown);
    this.roots.show(st.layers.includes("roots"));
    this.bones.show(st.layers.includes("bones"));
    this.stage.requestRender();
  }

  placeHalos() {
    this.markers.place(this.stage.camera.position, this.rig.zoom());
    if (this.pulse.curve) nudge(this.pulse.halo, this.pulse.head.position, 1.2, this.stage.camera.position);
  }

  /** Where the drawn pick shows on screen: its zones, pain spot, markers (with halos) and referral path, and the
   * muscle sites `muscles` (those a change draws or takes away). */
  addDrawnArea(area, muscles = EMPTY) {
    const d = this.drawn, body = this.body;
    const vertex = (v, cm) => { if (body.has(v)) area.add(body.pos[3 * v], body.pos[3 * v + 1], body.pos[3 * v + 2], cm); };
    const { ess, spill } = zoneOf(this.pack.arrays, d.selected ?? -1);
    for (const v of ess) vertex(v, 2.5);
    for (const v of spill) vertex(v, 2.5);
    vertex(d.pain ?? -1, this.config.settings.pain_spot_cm * 1.3 + 2);
    for (const s of d.resultSites || EMPTY) vertex(this.pack.arrays.site_vertex[s], MARKER_REACH_CM);
    // muscles drawn or taken away (a selected point's muscle reaches beyond its zones and marker)
    const a = this.pack.arrays, o = a.muscle_near_offsets;
    if (o) for (const i of muscles) for (let k = o[i]; k < o[i + 1]; k++) vertex(a.muscle_near[k], 1.5);
    if (this.pulse.tube) {
      const geometry = this.pulse.tube.geometry;
      if (!geometry.boundingBox) geometry.computeBoundingBox();
      const b = geometry.boundingBox; // the ripple where the pulse arrives spreads a few cm beyond it
      for (let i = 0; i < 8; i++) area.add(i & 1 ? b.max.x : b.min.x, i & 2 ? b.max.y : b.min.y, i & 4 ? b.max.z : b.min.z, 8);
    }
  }

  // ---- gestures (from picking.js) ----
  pickVertex(v, point) {
    this.actions.clickBody(v, point);
    this.stage.renderNow(); // draw the answer in this event, before anything else
  }

  commitAnswer(answer) {
    this.actions.commit(answer);
    // the pulse goes on two frames later (after the copy's frame and the side panel's): on software GL a pulse
    // frame drawn with either would hold it back (~16 ms on 2 cores)
    if (this.pulse.curve && this.store.get().playing !== false) {
      requestAnimationFrame(() => requestAnimationFrame(() => this.stage.requestRender(false)));
    }
  }

  pickMarker(site) {
    this.actions.clickMarker(site);
  }

  paintAt(v, point) {
    const before = this.stroke.size;
    for (const [u] of this.body.surfaceDisc(v, point || this.body.point(v), this.config.settings.paint_radius_cm)) {
      this.stroke.add(u);
    }
    if (this.stroke.size !== before) this.showState();
  }

  endStroke() {
    const stroke = [...this.stroke];
    this.stroke.clear();
    this.actions.paint(stroke);
  }

  hoverLine(id) {
    if (this.lines.highlight(id)) this.stage.requestRender();
    if (this.store.get().hoveredLine !== id) this.store.set({ hoveredLine: id });
  }

  siteLabel(site) {
    const s = this.pack?.content.sites[site];
    return s ? s.label : `site ${site}`;
  }

  showTip(text, clientX, clientY, cursor) {
    const r = this.wrap.getBoundingClientRect(), tip = this.tip;
    tip.textContent = text;
    tip.style.display = "block";
    tip.style.left = `${Math.min(clientX - r.left + 14, r.width - tip.offsetWidth - 4)}px`;
    tip.style.top = `${Math.max(clientY - r.top - 30, 4)}px`;
    this.canvas.style.cursor = cursor;
  }

  hideTip() {
    this.tip.style.display = "none";
    this.canvas.style.cursor = "crosshair";
  }

  tipText() {
    return this.tip.style.display === "none" ? "" : this.tip.textContent;
  }

  // ---- camera ----
  setView(name, animate) {
    if (!this.webgl) { // the server's pictures turn with the state's view
      if (this.config.views[name] && this.store.get().view !== name) this.store.set({ view: name });
      return;
    }
    this.rig.current = this.config.views[name] ? name : this.rig.current;
    this.rig.glideTo(this.namedPose(this.rig.current), animate);
    if (this.store.get().view !== this.rig.current) this.store.set({ view: this.rig.current });
  }

  /** The pose of a named view: the whole body, or the closer view from that side when it is on. */
  namedPose(name) {
    return (this.store.get().closeup && this.rig.framePose(this.rig.viewDir(name), this.focusPoints())) ||
      this.rig.viewPose(name);
  }

  /** What the closer view frames: the pain spot (or the drawing or searched area), the selected trigger point and
   * the referral path. */
  focusPoints() {
    const d = this.drawn, body = this.body, pts = [];
    const vertex = (v) => { if (body.has(v)) pts.push(body.point(v)); };
    vertex(d.pain ?? -1);
    if (!(d.pain >= 0)) for (const v of [...(d.painted || EMPTY), ...(d.highlight || EMPTY)].slice(0, 400)) vertex(v);
    if (d.selected >= 0) vertex(this.pack.arrays.site_vertex[d.selected]);
    if (this.pulse.curve) for (let i = 0; i <= 16; i++) pts.push(this.pulse.curve.getPointAt(i / 16));
    return pts;
  }

  /** Frame the closer view from where the camera looks now (the user may have turned the body). If the pain spot
   * or the selected trigger point faces away from there, look from between their two skin normals, level (a
   * headache from the back of the neck: from behind and to the side), or else from the named side that faces the
   * pain best. */
  frameCloseup() {
    if (!this.webgl || !this.body.mesh || !this.store.get().closeup) return;
    const rig = this.rig, d = this.drawn;
    let dir = rig.lookDir();
    const pain = this.body.normal(d.pain ?? -1);
    if (pain) {
      const source = d.selected >= 0 ? this.body.normal(this.pack.arrays.site_vertex[d.selected]) : null;
      const shows = (dd) => pain.dot(dd) >= 0.25 && (!source || source.dot(dd) >= 0.15);
      if (!shows(dir)) {
        const between = pain.clone().add(source || pain).setY(0);
        dir = between.lengthSq() > 1e-4 && shows(between.normalize()) ? between : rig.viewDir(rig.nearestView(pain));
        rig.current = rig.nearestView(dir);
        if (this.store.get().view !== rig.current) this.store.set({ view: rig.current }); // buttons and URL agree
      }
    }
    const pose = rig.framePose(dir, this.focusPoints());
    if (pose) rig.glideTo(pose, true);
  }

  resize() {
    const r = this.wrap.getBoundingClientRect();
    const w = Math.max(1, Math.round(r.width)), h = Math.max(1, Math.round(r.height));
    this.stage.resize(w, h);
    this.zones.dotMaterial.uniforms.uPx.value = this.stage.renderer.getPixelRatio();
    if (this.body.mesh) {
      this.rig.measureWholeBody();
      if (!this.rig.userMoved && !this.rig.tween) this.setView(this.rig.current, false);
    }
    this.stage.requestRender();
  }

  // ---- the stage's driver (stage.js) ----
  before(now) {
    this.picker.dropGuess(); // a frame drawn on the canvas while a guess is out would show it before the click
    let again = this.rig.step(now);
    if (again) this.stage.needFull = true;
    const animating = !!this.pulse.curve && this.store.get().playing !== false;
    if (this.pulse.curve) this.pulse.update(now, this.pulseSettings(), animating);
    this.placeHalos();
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    this.muscles.placeLabels(this.stage.camera, w, h);
    this.roots.placeLabels(this.stage.camera, w, h);
    return again || animating;
  }

  partialRect() {
    return this.pulse.curve ? this.pulse.screenRect(this.stage.camera, this.canvas.clientWidth, this.canvas.clientHeight)
      : null;
  }

  hold() {
    return this.picker.clickPending();
  }

  hasBody() {
    return !!this.body.mesh;
  }

  firstFrame() {
    this.rig.ready = true;
    whenIdle(() => this.precompile());
  }

  /** Compile the shaders of markers, zones and paths while the browser is idle after the first frame, so that
   * the first click does not wait for the shader compiler. */
  precompile() {
    const stage = this.stage;
    if (stage.disposed) return;
    const warm = new THREE.Scene();
    warm.add(...this.markers.warmObjects(), ...this.zones.warmObjects(this.markers.sphere), ...this.pulse.warmObjects(),
      ...this.muscles.warmObjects(this.markers.sphere));
    warm.traverse((o) => { o.visible = true; o.frustumCulled = false; });
    if (stage.renderer.extensions.has("KHR_parallel_shader_compile")) {
      stage.renderer.compileAsync(warm, stage.camera, stage.scene).catch(() => {}).finally(() => warm.clear());
    } else {
      stage.renderer.compile(warm, stage.camera, stage.scene); // blocks, but only while the browser is idle
      warm.clear();
    }
  }

  dispose() {
    for (const d of this.disposers) d();
    if (this.webgl) {
      this.picker.release();
      this.stage.dispose();
    }
  }
}
