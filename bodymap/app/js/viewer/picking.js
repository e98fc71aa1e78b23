// Picking: what is under the pointer (a trigger point marker, a fascial line, the skin), telling a click from a
// drag, paint strokes, hover names, the keyboard, and the answer drawn while the button is held.
//
// On software GL drawing the body takes 15-20 ms, most of a click's latency. So when a press in a mode that
// answers clicks lands on the body, the viewer guesses that it will be a click: it draws the answer into a
// hidden frame (offscreen.js) while the canvas keeps the old picture. On release at the same vertex, the part
// of the hidden frame that the pick can change is copied onto the canvas (a few ms at most) and the pick is
// committed; if the press turns into a drag, or anything else changes the picture first, the guess is undone.
// Owns: the gesture in progress, the guess, the hover tip.
import * as THREE from "three";
import { ChangedArea, OffscreenFrame } from "./offscreen.js";

const PICK_SLOP_PX = 5; // a pointer that moved more than this is a drag (rotate), not a click
const LONG_PRESS_MS = 450; // a finger held this long without moving names what is under it (touch has no hover); under the
// browser's own long-press time (500 ms), which would cancel the pointer

export class Picker {
  /** view: the viewer (viewer/index.js), which draws, knows the mode and reports what a gesture meant. */
  constructor(view) {
    this.view = view;
    this.raycaster = new THREE.Raycaster();
    this.raycaster.firstHitOnly = true; // three-mesh-bvh: the nearest hit is all a pick needs
    this.ndc = new THREE.Vector2();
    const renderer = view.stage.renderer;
    this.offscreen = view.stage.softwareGL && OffscreenFrame.supported(renderer) ? new OffscreenFrame(renderer) : null;
    this.down = new Map();     // pointerId -> {x, y}
    this.gesture = null;       // {moved, multi, painting, painted, marker, button}
    this.guess = null;         // {vertex, answer, markers, rect}
    this.guesses = { made: 0, shown: 0 };
    this.hoverPending = null;
    this.paintPending = null;
  }

  // ---- what is under the pointer ----
  rayFrom(clientX, clientY) {
    const rect = this.view.canvas.getBoundingClientRect();
    this.ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
    this.raycaster.setFromCamera(this.ndc, this.view.stage.camera);
    this.raycaster.near = 0;
    this.raycaster.far = Infinity;
  }

  nearestCorner(hit) {
    const f = hit.face, p = this.view.body.pos, h = hit.point;
    let best = f.a, bd = Infinity;
    for (const v of [f.a, f.b, f.c]) {
      const d = (p[3 * v] - h.x) ** 2 + (p[3 * v + 1] - h.y) ** 2 + (p[3 * v + 2] - h.z) ** 2;
      if (d < bd) { bd = d; best = v; }
    }
    return best;
  }

  /** The skin under the pointer: {kind: 'body', vertex, point, distance} or null. */
  hitBody(clientX, clientY) {
    const mesh = this.view.body.mesh;
    if (!mesh) return null;
    this.rayFrom(clientX, clientY);
    const hb = this.raycaster.intersectObject(mesh, false)[0];
    return hb ? { kind: "body", vertex: this.nearestCorner(hb), point: hb.point, distance: hb.distance } : null;
  }

  /** What is under the pointer: {kind: 'marker', site} | {kind: 'body', ...} | null */
  hitAt(clientX, clientY, targets = this.view.markers.pickables) {
    const hb = this.hitBody(clientX, clientY);
    if (!this.view.body.mesh) return null;
    for (const t of targets) t.updateMatrixWorld(); // markers made since the last frame have no world matrix yet
    const hm = targets.length ? this.raycaster.intersectObjects(targets, false)[0] : null;
    if (hm && (!hb || hm.distance <= hb.distance + 0.5)) {
      const site = hm.object.isInstancedMesh ? hm.object.userData.sites[hm.instanceId] : hm.object.userData.site;
      if (site != null) return { kind: "marker", site };
    }
    return hb;
  }

  /** Whether vertex v is visible at screen point (x, y): a click there lands on the skin right at v. */
  showsVertex(x, y, v) {
    const hit = this.hitBody(x, y);
    return !!hit && hit.point.distanceTo(this.view.body.point(v)) <= 1.0;
  }

  // ---- the answer drawn while the button is held ----
  /** A press at (x, y): draw its answer out of sight if it lands on the body in a mode that answers clicks. */
  guessPick(x, y) {
    const view = this.view, stage = view.stage;
    if (!this.offscreen || !stage.ready || !view.mode().preview || view.rig.tween || (stage.rafId && stage.needFull)) return;
    const h = this.hitAt(x, y);
    if (!h || h.kind !== "body") return;
    const answer = view.actions.preview(h.vertex);
    if (!answer) return;
    const markers = view.markers.pickables;
    const size = stage.renderer.getDrawingBufferSize(new THREE.Vector2());
    const area = new ChangedArea(stage.camera, size.x, size.y);
    const before = view.muscles.shown;
    view.addDrawnArea(area);
    view.showAnswer(answer);
    view.addDrawnArea(area, changedMuscles(before, view.muscles.shown));
    this.guess = { vertex: h.vertex, answer, markers, rect: area.rect() };
    this.guesses.made++;
    view.placeHalos();
    if (!this.offscreen.render(stage.scene, stage.camera)) { this.dropGuess(); return; }
    // the canvas keeps the old picture until release: no frame may draw the guess onto it
    stage.cancelFrame();
    stage.needFull = false;
  }

  /** Undo the guess: the scene shows the state again. */
  dropGuess() {
    if (!this.guess) return;
    this.guess = null;
    this.view.showState();
  }

  /** The press became a click at (x, y): show the guess if it is that click's answer. */
  confirmGuess(x, y) {
    const g = this.guess;
    if (!g) return false;
    const h = this.hitAt(x, y, g.markers); // what the click would have hit on the old picture
    if (!h || h.kind !== "body" || h.vertex !== g.vertex || !this.offscreen.present(g.rect)) {
      this.dropGuess();
      return false;
    }
    this.guess = null;
    this.guesses.shown++;
    this.view.stage.countPresented();
    this.view.commitAnswer(g.answer);
    return true;
  }

  // ---- pointer gestures ----
  pointerDown(e) {
    this.down.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.down.size === 1) {
      const g = { moved: false, multi: false, painting: false, painted: false, marker: null, button: e.button };
      this.gesture = g;
      if (e.button === 0 && e.isPrimary) this.guessPick(e.clientX, e.clientY);
      if (e.pointerType !== "mouse") {
        const x = e.clientX, y = e.clientY;
        g.longTimer = setTimeout(() => this.longPress(g, x, y), LONG_PRESS_MS);
      }
      if (this.view.mode().gesture === "paint" && e.button === 0) {
        // a press paints at once; a press on a marker selects it if the pointer does not move
        g.painting = true;
        const h = this.hitAt(e.clientX, e.clientY);
        if (h && h.kind === "marker") g.marker = h.site;
        else if (h) { this.view.paintAt(h.vertex, h.point); g.painted = true; }
      }
    } else if (this.gesture) {
      this.gesture.multi = true;
      clearTimeout(this.gesture.longTimer);
      this.dropGuess();
    }
    this.view.hideTip();
  }

  pointerMove(e) {
    const d = this.down.get(e.pointerId), g = this.gesture;
    if (d && g) {
      if (!g.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) > PICK_SLOP_PX) {
        g.moved = true;
        clearTimeout(g.longTimer);
        this.dropGuess();
        this.view.stage.requestRender(false); // a drag, not a click: the pulse goes on
      }
      if (g.painting && !g.multi) {
        if (!this.paintPending) requestAnimationFrame(() => this.paintStep());
        this.paintPending = { x: e.clientX, y: e.clientY };
      }
      return;
    }
    if (this.down.size === 0 && e.pointerType === "mouse") {
      if (!this.hoverPending) requestAnimationFrame(() => {
        const q = this.hoverPending; this.hoverPending = null; if (q) this.hover(q.x, q.y);
      });
      this.hoverPending = { x: e.clientX, y: e.clientY };
    }
  }

  paintStep() {
    const q = this.paintPending;
    this.paintPending = null;
    if (!q || !this.gesture || !this.gesture.painting) return;
    const h = this.hitBody(q.x, q.y);
    if (h) { this.view.paintAt(h.vertex, h.point); this.gesture.painted = true; }
  }

  pointerEnd(e, cancelled) {
    if (!this.down.has(e.pointerId)) return;
    this.down.delete(e.pointerId);
    if (!this.gesture || this.down.size > 0) return;
    const g = this.gesture;
    this.gesture = null;
    clearTimeout(g.longTimer);
    const click = !cancelled && !g.moved && !g.multi && !g.longPressed && !(e.pointerType === "mouse" && g.button !== 0);
    if (this.guess && click && this.confirmGuess(e.clientX, e.clientY)) return;
    this.dropGuess();
    this.view.stage.requestRender(false); // resume the pulse (a pick below draws its own frame at once)
    if (g.painting) {
      if (!g.moved && !g.multi && g.marker != null && !g.painted) this.view.pickMarker(g.marker);
      else if (g.painted) this.view.endStroke();
      return;
    }
    if (!click) return;
    const h = this.hitAt(e.clientX, e.clientY);
    if (!h) return;
    if (h.kind === "marker") this.view.pickMarker(h.site);
    else this.view.pickVertex(h.vertex, h.point);
  }

  /** While a button is held without moving, the press may become a click: pulse frames wait so that the pick's
   * frame finds the rasteriser idle (software GL draws one frame at a time). */
  clickPending() {
    const g = this.gesture;
    return !!(g && !g.moved && !g.multi && !g.painting);
  }

  /** A finger held still: name the marker or line under it, as hovering does with a mouse; no pick follows. */
  longPress(g, x, y) {
    if (this.gesture !== g || g.moved || g.multi || g.painting) return;
    g.longPressed = true;
    this.dropGuess();
    this.hover(x, y, true);
  }

  // ---- hover ----
  hover(x, y, held = false) {
    const view = this.view;
    if (!view.body.mesh || (this.down.size && !held)) return;
    const h = this.hitAt(x, y);
    if (h && h.kind === "marker") {
      view.showTip(view.siteLabel(h.site), x, y, "pointer");
      view.hoverLine("");
      return;
    }
    let line = "";
    const tubes = view.lines.pickables;
    if (tubes.length) {
      const hits = this.raycaster.intersectObjects(tubes, false);
      if (hits.length && (!h || hits[0].distance <= h.distance + 1.5)) line = hits[0].object.userData.line;
    }
    view.hoverLine(line);
    const bone = line ? "" : this.boneAt(h);
    const muscle = !line && !bone && h && h.kind === "body" ? view.muscles.nameAt(h.vertex) : "";
    const name = line ? view.lines.name(line) : bone || muscle;
    if (name) view.showTip(name, x, y, "help");
    else view.hideTip();
  }

  /** The name of the bony landmark mark under the pointer (the last ray cast), or "". */
  boneAt(h) {
    const bones = this.view.bones;
    if (!bones.drawn) return "";
    const hits = this.raycaster.intersectObjects(bones.pickables, false);
    return hits.length && (!h || hits[0].distance <= h.distance + 1.0) ? bones.name(hits[0].object.userData.landmark) : "";
  }

  // ---- keyboard (canvas focused) ----
  keyDown(e) {
    const rig = this.view.rig;
    const step = THREE.MathUtils.degToRad(e.shiftKey ? 45 : 15);
    let handled = true;
    if (e.key === "ArrowLeft") rig.rotateBy(-step, 0);
    else if (e.key === "ArrowRight") rig.rotateBy(step, 0);
    else if (e.key === "ArrowUp") rig.rotateBy(0, -step / 1.5);
    else if (e.key === "ArrowDown") rig.rotateBy(0, step / 1.5);
    else if (e.key === "+" || e.key === "=") rig.zoomBy(0.85);
    else if (e.key === "-" || e.key === "_") rig.zoomBy(1 / 0.85);
    else if (e.key === "Home" || e.key === "0") this.view.setView(rig.current, true);
    else handled = false;
    if (handled) { e.preventDefault(); e.stopPropagation(); }
  }

  /** Listen on the canvas; `listen(target, type, fn)` records the listener for teardown. */
  attach(canvas, listen) {
    listen(canvas, "pointerdown", (e) => this.pointerDown(e));
    listen(canvas, "pointermove", (e) => this.pointerMove(e));
    listen(canvas, "pointerup", (e) => this.pointerEnd(e, false));
    listen(canvas, "pointercancel", (e) => this.pointerEnd(e, true));
    // a finger "leaves" as it lifts: a long press's name stays until the next touch
    listen(canvas, "pointerleave", (e) => {
      if (this.down.size === 0 && e.pointerType === "mouse") { this.view.hideTip(); this.view.hoverLine(""); }
    });
    listen(canvas, "contextmenu", (e) => e.preventDefault());
    listen(canvas, "keydown", (e) => this.keyDown(e));
  }

  release() {
    this.offscreen?.release();
  }
}

/** The muscle sites shown in one list and not the other: what a guess draws or takes away of the muscle layer
 * (a muscle shown in both, e.g. with the whole layer on, looks the same before and after). */
function changedMuscles(before, after) {
  const was = new Set(before), now = new Set(after);
  return [...before.filter((i) => !now.has(i)), ...after.filter((i) => !was.has(i))];
}
