// bodymap 3D body viewer: the browser half of bodymap.app.viewer.BodyViewer (a Panel JSComponent).
//
// Bundled with esbuild into ../static/viewer.bundle.js (see README.md beside this file); three.js comes
// from node_modules, nothing is fetched from any other host at run time.
//
// The parameters of BodyViewer are the contract. Arrays (param.Array) arrive as binary bokeh ndarrays,
// which are typed arrays (Float32Array, Uint32Array, ...) in the browser; `typed()` (values.js) also accepts
// plain lists and base64 strings so that the viewer keeps working if a caller sends those.
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { MeshBVH, acceleratedRaycast } from "three-mesh-bvh";
import { ChangedArea, OffscreenFrame } from "./offscreen.js";
import { MARKER_REACH_CM, TriggerPointMarkers, nudge } from "./markers.js";
import { ReferralPulse } from "./pulse.js";
import { showPictures } from "./picture.js";
import { probeWebGL, skinMaterial, stippleMaterial, stippledTriangles } from "./skin.js";
import { buildAdjacency, VertexGrid } from "./surface.js";
import { intList, sameList, typed, whenIdle } from "./values.js";

// ---- look -----------------------------------------------------------------------------------------------
// Okabe-Ito colour-blind-safe palette.
const C = {
  background: "#f6f7f9",
  skin: "#e6c2a6",
  marker: "#0072B2",        // blue: trigger point markers
  essential: "#D55E00",     // vermillion: essential referral zone (solid)
  spillover: "#E69F00",     // orange: spillover zone (stippled, lighter)
  pain: "#009E73",          // bluish green: the pain spot
  painted: "#009E73",
  highlight: "#56B4E9",     // sky blue: a region chosen in search
  path: "#0072B2",
  pulse: "#FFC20A",
  pulseCore: "#FFF6C8",
};
const PICK_SLOP_PX = 5;          // a pointer that moved more than this is a drag (rotate), not a click
const PAINT_RADIUS_CM = 3;       // paint mode brush
const PAIN_SPOT_CM = 2.2;        // radius of the coloured pain spot
const FORWARD_PICK_CM = 6;       // forward mode: a body click selects a trigger point this close
const LIFT_CM = 0.6;             // path and lines float this far above the skin
const SPILL_WASH = 0.38;         // spillover zone: share of orange mixed into the skin under the dots
const CLOSEUP_MIN_CM = 24;       // closer view: never narrower than 48 cm of body (keeps the limb in context)
const CLOSEUP_MARGIN = 1.5;      // closer view: room around the pain spot, trigger point and path
const VIEW_DIRS = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],   // camera on the body's left (+x), looking at its left side
  right: [-1, 0, 0],
};

function lin(hex) {
  return new THREE.Color(hex); // THREE.Color converts sRGB hex to the linear working space
}

// ---- the component -------------------------------------------------------------------------------------
export function render({ model, el, data }) {
  const tStart = performance.now();
  let disposed = false;
  const disposers = [];
  const listen = (target, type, fn, opts) => {
    target.addEventListener(type, fn, opts);
    disposers.push(() => target.removeEventListener(type, fn, opts));
  };
  const send = (obj) => {
    if (data && typeof data.setv === "function") data.setv(obj);
    else for (const k in obj) model[k] = obj[k];
  };

  // DOM
  const wrap = document.createElement("div");
  wrap.style.cssText = "position:relative;width:100%;height:100%;min-height:240px;overflow:hidden;" +
    `background:${C.background};touch-action:none;user-select:none;-webkit-user-select:none;`;
  const canvas = document.createElement("canvas");
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "application");
  canvas.setAttribute("aria-label", "3D body. Click or tap where it hurts. Drag to rotate, scroll or pinch " +
    "to zoom, arrow keys rotate.");
  canvas.style.cssText = "display:block;width:100%;height:100%;outline:none;cursor:crosshair;touch-action:none;";
  const tip = document.createElement("div");
  tip.style.cssText = "position:absolute;pointer-events:none;display:none;padding:3px 8px;border-radius:4px;" +
    "background:rgba(255,255,255,0.94);color:#1a1a1a;font:13px/1.3 system-ui,sans-serif;" +
    "box-shadow:0 1px 4px rgba(0,0,0,0.25);white-space:nowrap;z-index:2;";
  wrap.append(canvas, tip);
  el.replaceChildren(wrap);
  listen(canvas, "focus", () => { canvas.style.boxShadow = "inset 0 0 0 2px #0072B2"; });
  listen(canvas, "blur", () => { canvas.style.boxShadow = "none"; });

  // Software GL (SwiftShader, llvmpipe: clinic laptops without a GPU, headless test browsers) pays for every
  // shaded pixel on the CPU: there we skip multisampling, cap the pixel ratio at 1 and light per vertex
  // (skin.js).
  const webgl = probeWebGL();
  if (!webgl.available) {
    // no WebGL here (a computer without a usable graphics chip): the server draws pictures instead
    showPictures({ model, wrap, send });
    return;
  }
  const softwareGL = webgl.software;
  let renderer;
  try {
    renderer = new THREE.WebGLRenderer({ canvas, antialias: !softwareGL, powerPreference: "high-performance",
      preserveDrawingBuffer: true });
  } catch (err) {
    // WebGL was there but the renderer could not start on it: pictures from the server, too
    showPictures({ model, wrap, send });
    return;
  }
  renderer.setPixelRatio(softwareGL ? 1 : Math.min(window.devicePixelRatio || 1, 2));
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  renderer.toneMapping = THREE.NeutralToneMapping;
  renderer.toneMappingExposure = 1.0;
  renderer.setClearColor(lin(C.background), 1);

  const scene = new THREE.Scene();
  const camera = new THREE.PerspectiveCamera(30, 1, 1, 3000);
  scene.add(camera);
  scene.add(new THREE.HemisphereLight(0xfdfbff, 0x6f5a4e, 1.25));
  const key = new THREE.DirectionalLight(0xfff8f0, 2.3);
  key.position.set(0.75, 0.9, 0.55);
  const fill = new THREE.DirectionalLight(0xe8f0ff, 0.65);
  fill.position.set(-1.0, 0.1, 0.35);
  camera.add(key, fill); // lights move with the camera: the side you look at is always lit
  const keyTarget = new THREE.Object3D();
  keyTarget.position.set(0, 0, -1);
  camera.add(keyTarget);
  key.target = keyTarget;
  fill.target = keyTarget;

  const controls = new OrbitControls(camera, canvas);
  controls.enableDamping = true;
  controls.dampingFactor = 0.12;
  controls.rotateSpeed = 0.7;
  controls.zoomSpeed = 0.9;
  controls.zoomToCursor = true;
  controls.minDistance = 30;
  controls.maxDistance = 1200;

  const raycaster = new THREE.Raycaster();
  raycaster.firstHitOnly = true; // three-mesh-bvh: the nearest hit is all a pick needs
  const ndc = new THREE.Vector2();

  // ---- state ----
  const st = {
    n: 0, pos: null, nrm: null, adj: null, grid: null, center: new THREE.Vector3(), size: new THREE.Vector3(),
    candidates: new Int16Array(0), candZone: new Uint8Array(0), K: 0,
    zoneOffsets: new Int32Array(1), zoneVertices: new Uint16Array(0), siteVertex: new Int32Array(0),
    sites: [], regionOfVertex: new Uint16Array(0), regionNames: [],
    pain: -1, resultSites: [], selected: -1, painted: new Set(), highlight: [], mode: "pick",
    userMoved: false, ready: false, frames: 0, partialFrames: 0, firstFrameMs: null, renderToFirstFrameMs: null,
    pathStale: false, guesses: { made: 0, shown: 0 },
  };
  let body = null;            // THREE.Mesh
  let wholeBodyDistance = 0;  // the camera's distance in the whole-body view: markers shrink as it comes closer
  let baseColor = lin(C.skin);

  const bodyMaterial = skinMaterial(softwareGL);
  const dotMaterial = stippleMaterial(lin(C.spillover), renderer.getPixelRatio());
  let spillDots = null;       // THREE.Mesh: the spillover triangles, drawn again with dots

  // ---- render scheduling (on demand) ----
  let rafId = 0;
  let lastFrameTime = 0;
  let needFull = true;
  // full: something other than the pulse changed, so the whole picture is redrawn
  const requestRender = (full = true) => {
    if (full) needFull = true;
    if (!rafId && !disposed) rafId = requestAnimationFrame(frame);
  };
  // Render at once (a pick must show within the frame it happens in); the animation loop carries on.
  const renderNow = () => {
    if (disposed) return;
    if (rafId) { cancelAnimationFrame(rafId); rafId = 0; }
    needFull = true;
    frame(performance.now());
    renderer.getContext().flush(); // start drawing now, not when this event handler returns
  };
  controls.addEventListener("change", () => requestRender());
  controls.addEventListener("start", () => { st.userMoved = true; tween = null; hideTip(); });

  // ---- camera views ----
  let tween = null;
  let currentView = String(model.view || "front");
  /** Unit vector from the body towards the camera of a named view. */
  const viewDir = (name) => new THREE.Vector3(...(VIEW_DIRS[name] || VIEW_DIRS.front));
  function viewPose(name) {
    const dir = viewDir(name);
    const s = st.size;
    const h = s.y || 170;
    const w = (Math.abs(dir.x) > 0 ? s.z : s.x) || 60;
    const depth = (Math.abs(dir.x) > 0 ? s.x : s.z) || 30;
    const dist = fitDistance(h / 2, w / 2) * 1.06 + depth / 2;
    return { position: st.center.clone().addScaledVector(dir, dist), target: st.center.clone() };
  }
  /** How far from its target the camera must be to show half-height `halfH` and half-width `halfW` (cm). */
  function fitDistance(halfH, halfW) {
    const rect = wrap.getBoundingClientRect();
    const aspect = rect.width > 0 && rect.height > 0 ? rect.width / rect.height : 1;
    const t = Math.tan(THREE.MathUtils.degToRad(camera.fov / 2));
    return Math.max(halfH / t, halfW / (t * aspect));
  }
  /** The closer view: the camera, looking along `dir` (from the body towards the camera), frames the pain
   * spot, the selected trigger point and the path between them; null when there is nothing to frame. */
  function closeupPose(dir) {
    const pts = [];
    const vertex = (v) => {
      if (v >= 0 && v < st.n) pts.push(new THREE.Vector3(st.pos[3 * v], st.pos[3 * v + 1], st.pos[3 * v + 2]));
    };
    vertex(st.pain);
    if (st.pain < 0) for (const v of [...st.painted, ...st.highlight].slice(0, 400)) vertex(v);
    if (st.selected >= 0 && st.selected < st.siteVertex.length) vertex(st.siteVertex[st.selected]);
    if (pulse.curve) for (let i = 0; i <= 16; i++) pts.push(pulse.curve.getPointAt(i / 16));
    if (!pts.length) return null;
    const back = dir.clone().normalize();
    const right = new THREE.Vector3().crossVectors(camera.up, back).normalize();
    const up = new THREE.Vector3().crossVectors(back, right);
    const lo = new THREE.Vector3(Infinity, Infinity, Infinity), hi = lo.clone().negate();
    for (const p of pts) {
      const q = new THREE.Vector3(p.dot(right), p.dot(up), p.dot(back));
      lo.min(q); hi.max(q);
    }
    const mid = lo.clone().add(hi).multiplyScalar(0.5);
    const target = right.clone().multiplyScalar(mid.x).addScaledVector(up, mid.y).addScaledVector(back, mid.z);
    const halfW = Math.max(CLOSEUP_MIN_CM, (hi.x - lo.x) / 2 * CLOSEUP_MARGIN);
    const halfH = Math.max(CLOSEUP_MIN_CM, (hi.y - lo.y) / 2 * CLOSEUP_MARGIN);
    const dist = fitDistance(halfH, halfW) + (hi.z - mid.z);
    return { position: target.clone().addScaledVector(back, dist), target };
  }
  /** The pose of a named view: the whole body, or the closer view from that side when it is on. */
  function namedPose(name) {
    return (model.closeup && closeupPose(viewDir(name))) || viewPose(name);
  }
  function setView(name, animate) {
    currentView = name;
    glideTo(namedPose(name), animate);
  }
  /** The skin normal at vertex `v` (not unit length), or null. */
  function normalAt(v) {
    return v >= 0 && v < st.n ? new THREE.Vector3(st.nrm[3 * v], st.nrm[3 * v + 1], st.nrm[3 * v + 2]) : null;
  }
  /** The named view whose direction is nearest to `dir`. */
  function nearestView(dir) {
    let best = -Infinity, name = currentView;
    for (const view of Object.keys(VIEW_DIRS)) {
      const facing = viewDir(view).dot(dir);
      if (facing > best) { best = facing; name = view; }
    }
    return name;
  }
  /** Frame the closer view from where the camera looks now (after a pick, the user may have turned the body).
   * If the pain spot or the selected trigger point faces away from there, look from between their two skin
   * normals, level (a headache from the back of the neck: from behind and to the side), or else from the
   * named side that faces the pain best. */
  function frameCloseup() {
    if (!body || !model.closeup) return;
    let dir = camera.position.clone().sub(controls.target).normalize();
    const pain = normalAt(st.pain);
    if (pain) {
      const source = st.selected >= 0 && st.selected < st.siteVertex.length ?
        normalAt(st.siteVertex[st.selected]) : null;
      const shows = (d) => pain.dot(d) >= 0.25 && (!source || source.dot(d) >= 0.15);
      if (!shows(dir)) {
        const between = pain.clone().add(source || pain).setY(0);
        dir = between.lengthSq() > 1e-4 && shows(between.normalize()) ? between : viewDir(nearestView(pain));
        currentView = nearestView(dir);
        if (model.view !== currentView) send({ view: currentView }); // so the view buttons and the URL agree
      }
    }
    const pose = closeupPose(dir);
    if (pose) glideTo(pose, true);
  }
  function glideTo(pose, animate) {
    st.userMoved = false;
    if (!animate || !st.ready) {
      tween = null;
      camera.position.copy(pose.position);
      controls.target.copy(pose.target);
      camera.up.set(0, 1, 0);
      controls.update();
    } else {
      // orbit around the target (not through the body) from the current pose to the new one
      const off0 = camera.position.clone().sub(controls.target);
      const off1 = pose.position.clone().sub(pose.target);
      tween = { t0: performance.now(), dur: 550, s0: new THREE.Spherical().setFromVector3(off0),
        s1: new THREE.Spherical().setFromVector3(off1), c0: controls.target.clone(), c1: pose.target.clone() };
      let dth = tween.s1.theta - tween.s0.theta;
      while (dth > Math.PI) dth -= 2 * Math.PI;
      while (dth < -Math.PI) dth += 2 * Math.PI;
      tween.s1.theta = tween.s0.theta + dth;
    }
    requestRender();
  }
  function stepTween(now) {
    if (!tween) return false;
    const k = Math.min(1, (now - tween.t0) / tween.dur);
    const e = k < 0.5 ? 2 * k * k : 1 - Math.pow(-2 * k + 2, 2) / 2;
    const s = new THREE.Spherical(
      tween.s0.radius + (tween.s1.radius - tween.s0.radius) * e,
      tween.s0.phi + (tween.s1.phi - tween.s0.phi) * e,
      tween.s0.theta + (tween.s1.theta - tween.s0.theta) * e);
    controls.target.lerpVectors(tween.c0, tween.c1, e);
    camera.position.setFromSpherical(s).add(controls.target);
    camera.lookAt(controls.target);
    if (k >= 1) tween = null;
    return tween !== null;
  }
  function rotateBy(dTheta, dPhi) {
    const off = camera.position.clone().sub(controls.target);
    const s = new THREE.Spherical().setFromVector3(off);
    s.theta += dTheta;
    s.phi = Math.min(Math.PI - 0.05, Math.max(0.05, s.phi + dPhi));
    camera.position.setFromSpherical(s).add(controls.target);
    camera.lookAt(controls.target);
    st.userMoved = true;
    controls.update();
    requestRender();
  }

  // ---- mesh ----
  function loadMesh() {
    const pos = typed(model.positions, Float32Array);
    const idx = typed(model.indices, Uint32Array);
    if (pos.length < 9 || idx.length < 3) return;
    const n = pos.length / 3;
    const sameTopology = body && st.n === n && body.geometry.index.count === idx.length;
    st.n = n;
    st.pos = pos;
    let geo;
    if (sameTopology) {
      geo = body.geometry;
      geo.setAttribute("position", new THREE.BufferAttribute(pos, 3));
    } else {
      if (body) { scene.remove(body); body.geometry.dispose(); }
      geo = new THREE.BufferGeometry();
      geo.setAttribute("position", new THREE.BufferAttribute(pos, 3));
      geo.setIndex(new THREE.BufferAttribute(idx, 1));
      // colours and stipple travel to the GPU as bytes (a pick re-sends them; 4 times less to copy than
      // floats, which software GL notices); they are worked out in floats in recolour()
      geo.setAttribute("color", new THREE.BufferAttribute(new Uint8ClampedArray(n * 4).fill(255), 4, true));
      geo.setAttribute("stipple", new THREE.BufferAttribute(new Uint8ClampedArray(n), 1, true));
      st.colourWork = new Float32Array(n * 3);
      st.stippleWork = new Float32Array(n);
      body = new THREE.Mesh(geo, bodyMaterial);
      body.name = "body";
      body.raycast = acceleratedRaycast; // plain three.js raycast until geo.boundsTree exists
      scene.add(body);
      if (spillDots) { scene.remove(spillDots); spillDots.geometry.dispose(); }
      const dotGeo = new THREE.BufferGeometry();
      dotGeo.setIndex(new THREE.BufferAttribute(new Uint32Array(idx.length), 1));
      dotGeo.setDrawRange(0, 0);
      spillDots = new THREE.Mesh(dotGeo, dotMaterial);
      spillDots.name = "spillover-dots";
      spillDots.renderOrder = 1;
      scene.add(spillDots);
      st.adj = buildAdjacency(n, idx);
    }
    geo.computeVertexNormals();
    geo.computeBoundingBox();
    geo.computeBoundingSphere();
    for (const name of ["position", "normal", "stipple"]) spillDots.geometry.setAttribute(name, geo.getAttribute(name));
    spillDots.geometry.boundingSphere = geo.boundingSphere;
    geo.boundsTree = null;
    whenIdle(() => { if (!disposed && body && body.geometry === geo) geo.boundsTree = new MeshBVH(geo, { indirect: true }); });
    st.nrm = geo.getAttribute("normal").array;
    geo.boundingBox.getCenter(st.center);
    geo.boundingBox.getSize(st.size);
    measureWholeBody();
    st.grid = new VertexGrid(pos, 3);
    recolour();
    rebuildMarkers();
    rebuildPath();
    rebuildLines();
    if (!st.userMoved) setView(currentView, false);
    requestRender();
  }

  function loadTables() {
    st.candidates = typed(model.candidates, Int16Array);
    st.candZone = typed(model.candidate_zone, Uint8Array);
    st.K = Number(model.top_k) || 0;
    if (st.n > 0 && st.candidates.length > 0 && st.candidates.length !== st.K * st.n) {
      st.K = Math.round(st.candidates.length / st.n);
    }
    st.zoneOffsets = typed(model.zone_offsets, Int32Array);
    st.zoneVertices = typed(model.zone_vertices, Uint16Array);
    st.siteVertex = typed(model.site_vertex, Int32Array);
    st.sites = Array.from(model.sites || []);
    st.regionOfVertex = typed(model.region_of_vertex, Uint16Array);
    st.regionNames = Array.from(model.region_names || []);
  }

  // vertices within r cm (straight-line) of a point, grown over the mesh from a start vertex so that the
  // disc stays on the surface it started on (no bleeding from an arm into the chest)
  function surfaceDisc(start, px, py, pz, r, out) {
    const p = st.pos, { off, nb } = st.adj;
    const r2 = r * r;
    const seen = new Set([start]);
    const queue = [start];
    const res = out || new Map();
    while (queue.length) {
      const v = queue.pop();
      const d2 = (p[3 * v] - px) ** 2 + (p[3 * v + 1] - py) ** 2 + (p[3 * v + 2] - pz) ** 2;
      if (d2 > r2 && v !== start) continue;
      const w = Math.max(0, 1 - Math.sqrt(d2) / r);
      res.set(v, Math.max(res.get(v) || 0, w));
      for (let j = off[v]; j < off[v + 1]; j++) {
        const u = nb[j];
        if (!seen.has(u)) { seen.add(u); queue.push(u); }
      }
    }
    return res;
  }
  const vertexDisc = (v, r) => surfaceDisc(v, st.pos[3 * v], st.pos[3 * v + 1], st.pos[3 * v + 2], r);

  function zoneOf(site) {
    const o = st.zoneOffsets;
    if (site < 0 || 2 * site + 2 >= o.length) return { ess: [], spill: [] };
    return { ess: st.zoneVertices.subarray(o[2 * site], o[2 * site + 1]),
      spill: st.zoneVertices.subarray(o[2 * site + 1], o[2 * site + 2]) };
  }

  const cHighlight = lin(C.highlight), cEss = lin(C.essential), cPain = lin(C.pain), cPainted = lin(C.painted);
  const cSpill = lin(C.spillover);
  function recolour() {
    if (!body) return;
    const n = st.n;
    const col = body.geometry.getAttribute("color");
    const sti = body.geometry.getAttribute("stipple");
    const a = st.colourWork, s = st.stippleWork;
    for (let i = 0; i < n; i++) { a[3 * i] = baseColor.r; a[3 * i + 1] = baseColor.g; a[3 * i + 2] = baseColor.b; }
    s.fill(0);
    const mix = (v, c, t) => {
      if (v < 0 || v >= n) return;
      a[3 * v] += (c.r - a[3 * v]) * t; a[3 * v + 1] += (c.g - a[3 * v + 1]) * t; a[3 * v + 2] += (c.b - a[3 * v + 2]) * t;
    };
    for (const v of st.highlight) mix(v, cHighlight, 0.55);
    if (st.selected >= 0) {
      const { ess, spill } = zoneOf(st.selected);
      for (const v of spill) if (v < n) s[v] = 1;
      for (const v of ess) mix(v, cEss, 0.82);
    }
    for (const v of st.painted) mix(v, cPainted, 0.6);
    if (st.pain >= 0 && st.pain < n) {
      for (const [v, w] of vertexDisc(st.pain, PAIN_SPOT_CM)) {
        mix(v, cPain, Math.min(1, 0.35 + 0.9 * w));
        s[v] *= 1 - Math.min(1, 0.35 + 0.9 * w);
      }
    }
    const dotIndex = spillDots.geometry.index;
    const count = stippledTriangles(body.geometry.index.array, s, dotIndex.array);
    spillDots.geometry.setDrawRange(0, count);
    dotIndex.clearUpdateRanges();
    dotIndex.addUpdateRange(0, Math.max(count, 3));
    dotIndex.needsUpdate = true;
    spillDots.visible = count > 0;
    const rgba = col.array, dots = sti.array;
    for (let i = 0; i < n; i++) {
      if (s[i] > 0) mix(i, cSpill, SPILL_WASH * s[i]); // the wash under the dots
      rgba[4 * i] = a[3 * i] * 255; rgba[4 * i + 1] = a[3 * i + 1] * 255; rgba[4 * i + 2] = a[3 * i + 2] * 255;
      dots[i] = s[i] * 255;
    }
    col.needsUpdate = true;
    sti.needsUpdate = true;
    placePainRing();
    requestRender();
  }

  // ---- markers (markers.js) ----
  const markers = new TriggerPointMarkers({ colour: C.marker, selectedGlow: "#3aa0e8", halo: "#4fb3ff" });
  scene.add(markers.group);

  function siteAnchor(site, lift) {
    const v = st.siteVertex[site];
    if (v == null || v < 0 || v >= st.n) return null;
    const p = st.pos, q = st.nrm;
    return new THREE.Vector3(p[3 * v] + q[3 * v] * lift, p[3 * v + 1] + q[3 * v + 1] * lift,
      p[3 * v + 2] + q[3 * v + 2] * lift);
  }

  function clearGroup(g) {
    for (const ch of [...g.children]) g.remove(ch);
  }

  function rebuildMarkers() {
    let others = null;
    if (body && st.mode === "forward") {
      const shown = new Set(st.resultSites);
      others = [];
      for (let site = 0; site < st.siteVertex.length; site++) if (!shown.has(site)) others.push(site);
    }
    markers.rebuild({ sites: body ? st.resultSites : [], selected: st.selected, anchor: siteAnchor, others });
    if (body) requestRender();
  }

  // the pain spot: a bluish-green ring lying on the skin around the picked vertex
  const painRing = new THREE.Mesh(new THREE.RingGeometry(PAIN_SPOT_CM * 0.95, PAIN_SPOT_CM * 1.3, 48),
    new THREE.MeshBasicMaterial({ color: lin(C.pain), side: THREE.DoubleSide, transparent: true, opacity: 0.95,
      polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2 }));
  painRing.name = "pain-ring";
  painRing.visible = false;
  scene.add(painRing);
  function placePainRing() {
    const v = st.pain;
    if (!body || !(v >= 0 && v < st.n)) { painRing.visible = false; return; }
    const p = st.pos;
    const nrm = normalAt(v).normalize();
    painRing.position.set(p[3 * v], p[3 * v + 1], p[3 * v + 2]).addScaledVector(nrm, 0.45);
    painRing.quaternion.setFromUnitVectors(new THREE.Vector3(0, 0, 1), nrm);
    painRing.visible = true;
  }

  function measureWholeBody() {
    if (body) wholeBodyDistance = viewPose("front").position.distanceTo(st.center);
  }
  function placeHalos() {
    const zoom = wholeBodyDistance ? camera.position.distanceTo(controls.target) / wholeBodyDistance : 1;
    markers.place(camera.position, zoom);
    if (pulse.curve) nudge(pulse.halo, pulse.head.position, 1.2, camera.position);
  }

  // ---- surface polylines (referral path, fascial lines) ----
  function liftedCurve(flat, lift) {
    const pts = [];
    const q = st.nrm;
    let last = null;
    for (let i = 0; i + 2 < flat.length; i += 3) {
      const x = flat[i], y = flat[i + 1], z = flat[i + 2];
      const v = new THREE.Vector3(x, y, z);
      if (st.grid) {
        const k = st.grid.nearest(x, y, z);
        if (k >= 0) v.set(x + q[3 * k] * lift, y + q[3 * k + 1] * lift, z + q[3 * k + 2] * lift);
      }
      if (last && v.distanceTo(last) < 0.8 && i + 5 < flat.length) continue;
      pts.push(v);
      last = v;
    }
    if (pts.length === 1) pts.push(pts[0].clone().add(new THREE.Vector3(0, 0.01, 0)));
    if (pts.length < 2) return null;
    return new THREE.CatmullRomCurve3(pts, false, "centripetal");
  }

  // referral path: a thin tube with a moving pulse and a glowing head (pulse.js)
  const pulse = new ReferralPulse({ colours: { path: lin(C.path), pulse: lin(C.pulse), core: lin(C.pulseCore) },
    sphere: markers.sphere, haloTexture: markers.haloTexture });
  scene.add(pulse.group);

  // After a new pick the old path is hidden until Python sends the new one; if Python sends nothing
  // (same path as before, so no change event), show the current one again after a while.
  let staleTimer = 0;
  function markPathStale() {
    st.pathStale = true;
    clearTimeout(staleTimer);
    staleTimer = setTimeout(() => { if (st.pathStale && !disposed) { st.pathStale = false; rebuildPath(); } }, 1500);
  }

  function rebuildPath() {
    const flat = typed(model.path, Float32Array);
    const curve = body && flat.length >= 6 && !st.pathStale ? liftedCurve(flat, LIFT_CM) : null;
    pulse.setCurve(curve, performance.now());
    if (pulse.curve) updatePulse(performance.now(), false);
    requestRender();
  }

  const pulseSettings = () => ({ speed: Number(model.speed) || 1, playing: model.playing !== false,
    toPain: model.direction !== "to_source", camera });
  const updatePulse = (now, advance) => pulse.update(now, pulseSettings(), advance);

  // fascial lines
  const lineGroup = new THREE.Group();
  scene.add(lineGroup);
  let lineMeshes = []; // {id, name, mesh, pick, material, curve, segs, wide}
  let hoveredLine = "";
  function rebuildLines() {
    for (const l of lineMeshes) {
      l.mesh.geometry.dispose(); l.pick.geometry.dispose(); l.wide?.geometry.dispose(); l.material.dispose();
    }
    clearGroup(lineGroup);
    lineMeshes = [];
    if (!body) return;
    for (const line of Array.from(model.lines || [])) {
      const flat = typed(line.points, Float32Array);
      const curve = liftedCurve(flat, LIFT_CM * 0.8);
      if (!curve) continue;
      const colour = lin(line.colour || line.color || "#CC79A7");
      const segs = Math.min(1000, Math.max(32, Math.round(curve.getLength() * 1.5)));
      const material = new THREE.MeshStandardMaterial({ color: colour, emissive: colour, emissiveIntensity: 0.25,
        roughness: 0.5 });
      const mesh = new THREE.Mesh(new THREE.TubeGeometry(curve, segs, 0.28, 6, false), material);
      const pick = new THREE.Mesh(new THREE.TubeGeometry(curve, Math.round(segs / 2), 1.4, 6, false));
      pick.updateMatrixWorld();
      pick.userData.line = String(line.id);
      lineGroup.add(mesh);
      lineMeshes.push({ id: String(line.id), name: String(line.name || line.id), mesh, pick, material, curve, segs,
        wide: null });
    }
    setHoveredLine(lineMeshes.some((l) => l.id === hoveredLine) ? hoveredLine : "");
    requestRender();
  }
  function setHoveredLine(id) {
    for (const l of lineMeshes) {
      const on = l.id === id;
      l.material.emissiveIntensity = on ? 0.9 : 0.25;
      if (on && !l.wide) { // the hovered line is drawn twice as thick, so it stands out from the others
        l.wide = new THREE.Mesh(new THREE.TubeGeometry(l.curve, l.segs, 0.6, 8, false), l.material);
        lineGroup.add(l.wide);
      }
      if (l.wide) l.wide.visible = on;
      l.mesh.visible = !on;
    }
    if (id !== hoveredLine) {
      hoveredLine = id;
      if ((model.hovered_line || "") !== id) send({ hovered_line: id });
      requestRender();
    }
  }

  // ---- picking ----
  function rayFrom(clientX, clientY) {
    const rect = canvas.getBoundingClientRect();
    ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
    raycaster.setFromCamera(ndc, camera);
    raycaster.near = 0;
    raycaster.far = Infinity;
  }
  function nearestCorner(hit) {
    const f = hit.face, p = st.pos, h = hit.point;
    let best = f.a, bd = Infinity;
    for (const v of [f.a, f.b, f.c]) {
      const d = (p[3 * v] - h.x) ** 2 + (p[3 * v + 1] - h.y) ** 2 + (p[3 * v + 2] - h.z) ** 2;
      if (d < bd) { bd = d; best = v; }
    }
    return best;
  }
  /** What is under the pointer: {kind: 'marker', site} | {kind: 'body', vertex, point} | null */
  function hitAt(clientX, clientY, targets = markers.pickables) {
    if (!body) return null;
    rayFrom(clientX, clientY);
    const hb = raycaster.intersectObject(body, false)[0];
    const hm = targets.length ? raycaster.intersectObjects(targets, false)[0] : null;
    if (hm && (!hb || hm.distance <= hb.distance + 0.5)) {
      const site = hm.object.isInstancedMesh ? hm.object.userData.sites[hm.instanceId] : hm.object.userData.site;
      if (site != null) return { kind: "marker", site };
    }
    if (hb) return { kind: "body", vertex: nearestCorner(hb), point: hb.point, distance: hb.distance };
    return null;
  }

  function hitBody(clientX, clientY) {
    if (!body) return null;
    rayFrom(clientX, clientY);
    const hb = raycaster.intersectObject(body, false)[0];
    return hb ? { kind: "body", vertex: nearestCorner(hb), point: hb.point, distance: hb.distance } : null;
  }

  function candidatesOf(v) {
    const out = [];
    if (v < 0 || !st.K || (v + 1) * st.K > st.candidates.length) return out;
    for (let j = 0; j < st.K; j++) {
      const s = st.candidates[v * st.K + j];
      if (s >= 0) out.push(s);
    }
    return out;
  }

  function selectSite(site, resultSites) {
    dropGuess();
    const results = resultSites || st.resultSites;
    const changed = site !== st.selected || !sameList(results, st.resultSites);
    if (!changed) return;
    if (site !== st.selected) markPathStale();
    st.selected = site;
    st.resultSites = results;
    recolour();
    rebuildMarkers();
    rebuildPath();
    const msg = { selected: site };
    if (!sameList(intList(model.result_sites), results)) msg.result_sites = [...results];
    send(msg);
  }

  function pickVertex(v) {
    if (v < 0 || v >= st.n) return;
    dropGuess();
    showPick(v);
    renderNow(); // draw the answer in this event, before talking to Python
    sendPick({ result_sites: [...st.resultSites], selected: st.selected, pain: v });
  }
  // the answer to a pick at vertex v, from the baked tables: pain spot, markers, top candidate selected
  function showPick(v) {
    const results = candidatesOf(v);
    const top = results.length ? results[0] : -1;
    if (v !== st.pain || top !== st.selected) markPathStale();
    st.pain = v;
    st.resultSites = results;
    st.selected = top;
    recolour();
    rebuildMarkers();
    rebuildPath();
  }

  // ---- the answer drawn while the button is held (software GL) ----
  // On software GL drawing the body takes 15-20 ms, most of a click's latency. So when a press in pick mode
  // lands on the body, the viewer guesses that it will be a click: it applies the pick and draws it into a
  // hidden frame (offscreen.js) while the canvas keeps showing the old picture. On release at the same
  // vertex, the part of the hidden frame that the pick can change is copied onto the canvas (a few ms at
  // most) and Python is told; if the press turns into a drag, or anything else changes the picture first,
  // the guess is undone.
  const offscreen = softwareGL && OffscreenFrame.supported(renderer) ? new OffscreenFrame(renderer) : null;
  let guess = null; // {vertex, before: {pain, resultSites, selected, pathStale}, markers, after: {...}}
  const pickState = () => ({ pain: st.pain, resultSites: st.resultSites, selected: st.selected,
    pathStale: st.pathStale });
  function guessPick(clientX, clientY) {
    if (!offscreen || !st.ready || st.mode !== "pick" || tween || (rafId && needFull)) return;
    const h = hitAt(clientX, clientY);
    if (!h || h.kind !== "body") return;
    const before = pickState(), shownMarkers = markers.pickables;
    const size = renderer.getDrawingBufferSize(new THREE.Vector2());
    const area = new ChangedArea(camera, size.x, size.y);
    addPickArea(area);
    showPick(h.vertex);
    addPickArea(area);
    guess = { vertex: h.vertex, before, markers: shownMarkers, after: pickState(), rect: area.rect() };
    st.guesses.made++;
    placeHalos();
    if (!offscreen.render(scene, camera)) { dropGuess(); return; }
    // the canvas keeps the old picture until release: no frame may draw the guess onto it
    if (rafId) { cancelAnimationFrame(rafId); rafId = 0; }
    needFull = false;
  }
  // where the current pick is drawn: its zones, pain spot, markers (with halos) and referral path
  function addPickArea(area) {
    const p = st.pos;
    const vertex = (v, cm) => { if (v >= 0 && v < st.n) area.add(p[3 * v], p[3 * v + 1], p[3 * v + 2], cm); };
    const { ess, spill } = zoneOf(st.selected);
    for (const v of ess) vertex(v, 2.5);
    for (const v of spill) vertex(v, 2.5);
    vertex(st.pain, PAIN_SPOT_CM * 1.3 + 2);
    for (const s of st.resultSites) vertex(st.siteVertex[s], MARKER_REACH_CM);
    if (pulse.tube) {
      const geometry = pulse.tube.geometry;
      if (!geometry.boundingBox) geometry.computeBoundingBox();
      const b = geometry.boundingBox; // the ripple where the pulse arrives spreads a few cm beyond it
      for (let i = 0; i < 8; i++) {
        area.add(i & 1 ? b.max.x : b.min.x, i & 2 ? b.max.y : b.min.y, i & 4 ? b.max.z : b.min.z, 8);
      }
    }
  }
  /** Undo the guess (if the pick state is still the guessed one; else something newer replaced it). */
  function dropGuess() {
    if (!guess) return;
    const g = guess;
    guess = null;
    const now = pickState();
    if (now.pain !== g.after.pain || now.selected !== g.after.selected || now.resultSites !== g.after.resultSites) {
      requestRender();
      return;
    }
    st.pain = g.before.pain;
    st.resultSites = g.before.resultSites;
    st.selected = g.before.selected;
    st.pathStale = g.before.pathStale;
    recolour();
    rebuildMarkers();
    rebuildPath();
  }
  /** The press became a click at (clientX, clientY): show the guess if it is that click's answer. */
  function confirmGuess(clientX, clientY) {
    if (!guess) return false;
    const g = guess;
    const h = hitAt(clientX, clientY, g.markers); // what the click would have hit on the old picture
    if (!h || h.kind !== "body" || h.vertex !== g.vertex || !offscreen.present(g.rect)) { dropGuess(); return false; }
    guess = null;
    st.guesses.shown++;
    st.frames++;
    lastFrameTime = performance.now();
    if (rafId) { cancelAnimationFrame(rafId); rafId = 0; }
    needFull = false;
    if (pulse.curve && model.playing !== false) requestRender(false);
    sendPick({ result_sites: [...st.resultSites], selected: st.selected, pain: st.pain });
    return true;
  }

  // Every pick carries a number; Python echoes it in `answered` once the text panels and path are sent.
  // A reply can be lost while the page is still connecting, so an unanswered pick is asked again once.
  let pickCounter = 0;
  let pickTimer = 0;
  function sendPick(msg) {
    pickCounter += 1;
    const mine = pickCounter;
    send({ ...msg, pick: mine });
    clearTimeout(pickTimer);
    pickTimer = setTimeout(() => {
      if (!disposed && Number(model.answered) !== mine && pickCounter === mine) {
        pickCounter += 1;
        send({ pick: pickCounter });
      }
    }, 2500);
  }

  // quiz mode: a click only marks the spot (pain ring) and reports it; no baked lookup, no markers, no
  // selection. The host (Python or the standalone page) scores it and reveals the answer by setting
  // result_sites / selected / path itself.
  function quizVertex(v) {
    if (v < 0 || v >= st.n) return;
    dropGuess();
    st.pain = v;
    recolour();
    if (typeof renderNow === "function") renderNow(); // show the ring in this event, like a pick
    send({ pain: v });
  }

  function forwardVertex(v) {
    if (v < 0 || v >= st.n || !st.siteVertex.length) return;
    const p = st.pos;
    let best = -1, bd = FORWARD_PICK_CM * FORWARD_PICK_CM;
    for (let s = 0; s < st.siteVertex.length; s++) {
      const u = st.siteVertex[s];
      const d = (p[3 * u] - p[3 * v]) ** 2 + (p[3 * u + 1] - p[3 * v + 1]) ** 2 + (p[3 * u + 2] - p[3 * v + 2]) ** 2;
      if (d < bd) { bd = d; best = s; }
    }
    if (best >= 0) forwardSite(best);
  }
  function forwardSite(site) {
    const muscle = st.sites[site]?.muscle_id;
    const results = [site];
    if (muscle != null) {
      for (let s = 0; s < st.sites.length; s++) if (s !== site && st.sites[s]?.muscle_id === muscle) results.push(s);
    }
    selectSite(site, st.resultSites.includes(site) ? st.resultSites : results);
  }

  function paintAt(v, point) {
    const p = point || new THREE.Vector3(st.pos[3 * v], st.pos[3 * v + 1], st.pos[3 * v + 2]);
    const before = st.painted.size;
    for (const [u] of surfaceDisc(v, p.x, p.y, p.z, PAINT_RADIUS_CM)) st.painted.add(u);
    if (st.painted.size !== before) recolour();
  }
  function sendPainted() {
    send({ painted: Array.from(st.painted).sort((a, b) => a - b) });
  }

  function clickMarker(site) {
    if (st.mode === "forward" && !st.resultSites.includes(site)) forwardSite(site);
    else selectSite(site);
  }
  function clickVertex(v, point) {
    if (st.mode === "paint") { paintAt(v, point); sendPainted(); }
    else if (st.mode === "forward") forwardVertex(v);
    else if (st.mode === "quiz") quizVertex(v);
    else pickVertex(v);
  }

  // ---- pointer handling ----
  const down = new Map(); // pointerId -> {x, y}
  let gesture = null;     // {moved, multi, painting}
  let hoverPending = null;
  let paintPending = null;
  listen(canvas, "pointerdown", (e) => {
    down.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (down.size === 1) {
      gesture = { moved: false, multi: false, painting: false, painted: false, marker: null, button: e.button };
      if (e.button === 0 && e.isPrimary) guessPick(e.clientX, e.clientY);
      if (st.mode === "paint" && e.button === 0) {
        // a press paints at once; a press on a marker selects it if the pointer does not move
        gesture.painting = true;
        const h = hitAt(e.clientX, e.clientY);
        if (h && h.kind === "marker") gesture.marker = h.site;
        else if (h) { paintAt(h.vertex, h.point); gesture.painted = true; }
      }
    } else if (gesture) {
      gesture.multi = true;
      dropGuess();
    }
    hideTip();
  });
  listen(canvas, "pointermove", (e) => {
    const d = down.get(e.pointerId);
    if (d && gesture) {
      if (!gesture.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) > PICK_SLOP_PX) {
        gesture.moved = true;
        dropGuess();
        requestRender(false); // a drag, not a click: the pulse goes on
      }
      if (gesture.painting && !gesture.multi) {
        if (!paintPending) requestAnimationFrame(() => {
          const q = paintPending; paintPending = null;
          if (!q || !gesture || !gesture.painting) return;
          const h = hitBody(q.x, q.y);
          if (h) { paintAt(h.vertex, h.point); gesture.painted = true; }
        });
        paintPending = { x: e.clientX, y: e.clientY };
      }
      return;
    }
    if (down.size === 0 && e.pointerType === "mouse") {
      if (!hoverPending) requestAnimationFrame(() => { const q = hoverPending; hoverPending = null; if (q) hover(q.x, q.y); });
      hoverPending = { x: e.clientX, y: e.clientY };
    }
  });
  const endPointer = (e, cancelled) => {
    if (!down.has(e.pointerId)) return;
    down.delete(e.pointerId);
    if (!gesture || down.size > 0) return;
    const g = gesture;
    gesture = null;
    const click = !cancelled && !g.moved && !g.multi && !(e.pointerType === "mouse" && g.button !== 0);
    if (guess && click && confirmGuess(e.clientX, e.clientY)) return;
    dropGuess();
    requestRender(false); // resume the pulse (a pick below draws its own frame at once)
    if (g.painting) {
      if (!g.moved && !g.multi && g.marker != null && !g.painted) clickMarker(g.marker);
      else if (g.painted) sendPainted();
      return;
    }
    if (!click) return;
    const h = hitAt(e.clientX, e.clientY);
    if (!h) return;
    if (h.kind === "marker") clickMarker(h.site);
    else clickVertex(h.vertex, h.point);
  };
  listen(canvas, "pointerup", (e) => endPointer(e, false));
  listen(canvas, "pointercancel", (e) => endPointer(e, true));
  listen(canvas, "pointerleave", () => { if (down.size === 0) { hideTip(); setHoveredLine(""); } });
  listen(canvas, "contextmenu", (e) => e.preventDefault());

  function hideTip() { tip.style.display = "none"; canvas.style.cursor = "crosshair"; }
  function showTip(text, clientX, clientY) {
    const r = wrap.getBoundingClientRect();
    tip.textContent = text;
    tip.style.display = "block";
    tip.style.left = `${Math.min(clientX - r.left + 14, r.width - tip.offsetWidth - 4)}px`;
    tip.style.top = `${Math.max(clientY - r.top - 30, 4)}px`;
  }
  function hover(x, y) {
    if (!body || down.size) return;
    const h = hitAt(x, y);
    if (h && h.kind === "marker") {
      const s = st.sites[h.site];
      showTip(s ? s.label || s.key : `site ${h.site}`, x, y);
      canvas.style.cursor = "pointer";
      setHoveredLine("");
      return;
    }
    let line = "";
    if (lineMeshes.length) {
      const hits = raycaster.intersectObjects(lineMeshes.map((l) => l.pick), false);
      if (hits.length && (!h || hits[0].distance <= h.distance + 1.5)) line = hits[0].object.userData.line;
    }
    setHoveredLine(line);
    if (line) {
      const l = lineMeshes.find((m) => m.id === line);
      showTip(l ? l.name : line, x, y);
      canvas.style.cursor = "help";
    } else {
      hideTip();
    }
  }

  listen(canvas, "keydown", (e) => {
    const step = THREE.MathUtils.degToRad(e.shiftKey ? 45 : 15);
    let handled = true;
    if (e.key === "ArrowLeft") rotateBy(-step, 0);
    else if (e.key === "ArrowRight") rotateBy(step, 0);
    else if (e.key === "ArrowUp") rotateBy(0, -step / 1.5);
    else if (e.key === "ArrowDown") rotateBy(0, step / 1.5);
    else if (e.key === "+" || e.key === "=") zoomBy(0.85);
    else if (e.key === "-" || e.key === "_") zoomBy(1 / 0.85);
    else if (e.key === "Home" || e.key === "0") setView(currentView, true);
    else handled = false;
    if (handled) { e.preventDefault(); e.stopPropagation(); }
  });
  function zoomBy(f) {
    const off = camera.position.clone().sub(controls.target).multiplyScalar(f);
    const len = THREE.MathUtils.clamp(off.length(), controls.minDistance, controls.maxDistance);
    camera.position.copy(controls.target).add(off.setLength(len));
    st.userMoved = true;
    controls.update();
    requestRender();
  }

  // ---- mode ----
  function applyMode(mode) {
    st.mode = ["pick", "paint", "forward", "quiz"].includes(mode) ? mode : "pick";
    if (st.mode === "paint") {
      controls.mouseButtons = { LEFT: null, MIDDLE: THREE.MOUSE.DOLLY, RIGHT: THREE.MOUSE.ROTATE };
      controls.touches = { ONE: null, TWO: THREE.TOUCH.DOLLY_ROTATE };
    } else {
      controls.mouseButtons = { LEFT: THREE.MOUSE.ROTATE, MIDDLE: THREE.MOUSE.DOLLY, RIGHT: THREE.MOUSE.PAN };
      controls.touches = { ONE: THREE.TOUCH.ROTATE, TWO: THREE.TOUCH.DOLLY_PAN };
    }
    canvas.style.cursor = "crosshair";
    rebuildMarkers();
  }

  // ---- frame ----
  // Compile the shaders of markers, zones and paths while the browser is idle after the first frame, so
  // that the first click does not wait for the shader compiler.
  function precompile() {
    if (disposed) return;
    const warm = new THREE.Scene();
    const dots = new THREE.Mesh(body ? spillDots.geometry : markers.sphere, dotMaterial);
    warm.add(...markers.warmObjects(), painRing.clone(), dots, ...pulse.warmObjects());
    warm.traverse((o) => { o.visible = true; o.frustumCulled = false; });
    if (renderer.extensions.has("KHR_parallel_shader_compile")) {
      renderer.compileAsync(warm, camera, scene).catch(() => {}).finally(() => warm.clear());
    } else {
      renderer.compile(warm, camera, scene); // blocks for the compiler, but only while the browser is idle
      warm.clear();
    }
  }

  function frame(now) {
    if (disposed) return;
    dropGuess(); // a frame drawn on the canvas while a guess is out would show it before the click
    let again = stepTween(now);
    if (again) needFull = true;
    controls.update(); // fires "change" (-> needFull) when the camera moved
    const animating = !!pulse.curve && model.playing !== false;
    if (pulse.curve) updatePulse(now, animating);
    if (animating) again = true;
    placeHalos();
    const full = needFull;
    needFull = false;
    // while only the pulse moves, just the rectangle around the path is redrawn (the rest of the canvas is
    // kept: preserveDrawingBuffer), which keeps software GL fluid
    // (a frame asked for without a change and without a pulse draws nothing)
    const rect = full ? null : pulse.curve ? pulse.screenRect(camera, canvas.clientWidth, canvas.clientHeight) :
      { x: 0, y: 0, w: 0, h: 0 };
    if (rect) {
      if (rect.w > 0) {
        renderer.setScissorTest(true);
        renderer.setScissor(rect.x, rect.y, rect.w, rect.h);
        renderer.render(scene, camera);
        renderer.setScissorTest(false);
        st.partialFrames++;
        st.frames++;
      }
    } else {
      renderer.render(scene, camera);
      st.frames++;
    }
    rafId = 0;
    lastFrameTime = now;
    if (!st.ready && body) {
      st.ready = true;
      st.firstFrameMs = performance.now();
      st.renderToFirstFrameMs = performance.now() - tStart;
      whenIdle(precompile);
    }
    if (needFull) requestRender(false);
    else if (again && !clickPending()) requestRender(false);
  }
  // While a button is held without moving, the press may become a click: pulse frames wait so that the
  // pick's frame finds the rasteriser idle (software GL draws one frame at a time).
  const clickPending = () => !!(gesture && !gesture.moved && !gesture.multi && !gesture.painting);

  // ---- size ----
  function resize() {
    const r = wrap.getBoundingClientRect();
    const w = Math.max(1, Math.round(r.width)), h = Math.max(1, Math.round(r.height));
    renderer.setPixelRatio(softwareGL ? 1 : Math.min(window.devicePixelRatio || 1, 2));
    dotMaterial.uniforms.uPx.value = renderer.getPixelRatio();
    renderer.setSize(w, h, false);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    measureWholeBody();
    if (!st.userMoved && !tween && body) setView(currentView, false);
    requestRender();
  }
  const ro = new ResizeObserver(resize);
  ro.observe(wrap);
  disposers.push(() => ro.disconnect());
  listen(canvas, "webglcontextlost", (e) => e.preventDefault());
  listen(canvas, "webglcontextrestored", () => { dropGuess(); offscreen?.release(); requestRender(); });

  // ---- Python -> browser ----
  const on = (names, fn) => model.on(names, (...args) => { dropGuess(); fn(...args); });
  // one bokeh patch may change many of these at once (a body variant switch sends all of them): handle
  // them together once the patch is applied
  const pending = { mesh: false, tables: false };
  const flushData = () => {
    const { mesh, tables } = pending;
    pending.mesh = pending.tables = false;
    if (disposed) return;
    if (tables) loadTables();
    if (mesh) loadMesh();
    else if (tables) { recolour(); rebuildMarkers(); }
  };
  const later = (what) => {
    if (!pending.mesh && !pending.tables) queueMicrotask(flushData);
    pending[what] = true;
  };
  on(["positions", "indices"], () => later("mesh"));
  on(["candidates", "candidate_zone", "top_k", "zone_offsets", "zone_vertices", "site_vertex", "sites",
    "region_of_vertex", "region_names"], () => later("tables"));
  on("pain", () => {
    const v = Number(model.pain);
    if (v !== st.pain) { st.pain = v; recolour(); }
  });
  on("result_sites", () => {
    const r = intList(model.result_sites);
    if (!sameList(r, st.resultSites)) { st.resultSites = r; rebuildMarkers(); }
  });
  on("selected", () => {
    const s = Number(model.selected);
    if (s !== st.selected) { st.selected = s; recolour(); rebuildMarkers(); }
  });
  on("painted", () => {
    const p = intList(model.painted);
    const cur = Array.from(st.painted).sort((a, b) => a - b);
    const next = [...p].sort((a, b) => a - b);
    if (!sameList(cur, next)) { st.painted = new Set(p); recolour(); }
  });
  on("highlight", () => { st.highlight = intList(model.highlight); recolour(); frameCloseup(); });
  on("mode", () => applyMode(String(model.mode)));
  on("view", () => setView(String(model.view), true));
  on("reset_view", () => setView(currentView, true));
  on("path", () => { st.pathStale = false; clearTimeout(staleTimer); rebuildPath(); frameCloseup(); });
  on("closeup", () => (model.closeup ? frameCloseup() : setView(currentView, true)));
  on(["playing", "speed", "direction"], () => { pulse.last = performance.now(); requestRender(); });
  on("lines", () => rebuildLines());

  // ---- scripting hook for tests, tours and benchmarks ----
  function project(v) {
    v = Number(v);
    if (!body || !(v >= 0 && v < st.n)) return null;
    camera.updateMatrixWorld();
    const p = new THREE.Vector3(st.pos[3 * v], st.pos[3 * v + 1], st.pos[3 * v + 2]);
    const q = p.clone().project(camera);
    if (q.z < -1 || q.z > 1 || Math.abs(q.x) > 1 || Math.abs(q.y) > 1) return null;
    const rect = canvas.getBoundingClientRect();
    const x = rect.left + ((q.x + 1) / 2) * rect.width;
    const y = rect.top + ((1 - q.y) / 2) * rect.height;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return null;
    // hidden unless a click at that pixel lands on the surface right at this vertex
    rayFrom(x, y);
    const hit = raycaster.intersectObject(body, false)[0];
    if (!hit || hit.point.distanceTo(p) > 1.0) return null;
    return { x, y };
  }
  /** The running pulse as the viewer plays it (the same settings pulse.update() gets). */
  function pathState() {
    const { speed, playing, toPain } = pulseSettings();
    return { length_cm: pulse.length, playing, head: pulse.uniforms.uHead.value,
      direction: toPain ? "to_pain" : "to_source", speed };
  }
  function state() {
    const pain = st.pain;
    let region = null;
    if (pain >= 0 && pain < st.regionOfVertex.length) {
      const r = st.regionOfVertex[pain];
      region = st.regionNames[r] ?? null;
    }
    const zoneName = ["near", "spillover", "essential"];
    const row = {};
    if (pain >= 0 && st.K && (pain + 1) * st.K <= st.candidates.length) {
      for (let j = 0; j < st.K; j++) {
        const s = st.candidates[pain * st.K + j];
        if (s >= 0 && !(s in row)) row[s] = zoneName[st.candZone[pain * st.K + j]] ?? null;
      }
    }
    const candidates = st.resultSites.map((s) => {
      const d = st.sites[s] || {};
      return { muscle_id: d.muscle_id ?? null, muscle_name: d.muscle_name ?? null,
        trigger_point_id: d.trigger_point_id ?? null, side: d.side ?? null, site: s, zone: row[s] ?? null };
    });
    return {
      pain: pain >= 0 ? pain : null, region, candidates,
      selected: st.selected >= 0 ? (st.sites[st.selected]?.trigger_point_id ?? null) : null,
      selected_site: st.selected, view: currentView, body: model.body_name ?? null, mode: st.mode,
      painted: st.painted.size, path: pulse.curve ? pathState() : null,
      hovered_line: hoveredLine || null,
      pick: pickCounter, answered: Number(model.answered ?? 0),
    };
  }
  const api = {
    project,
    state,
    click(v) {
      v = Number(v);
      if (!body || !(v >= 0 && v < st.n)) return null;
      clickVertex(v, null);
      return state();
    },
    clickMarker(site) { clickMarker(Number(site)); return state(); },
    setView(name) { setView(String(name), false); },
    render: () => requestRender(),
    get ready() { return st.ready; },
    get firstFrameMs() { return st.firstFrameMs; },
    get renderToFirstFrameMs() { return st.renderToFirstFrameMs; },
    get frames() { return st.frames; },
    get partialFrames() { return st.partialFrames; },
    get guesses() { return { ...st.guesses }; }, // picks drawn while the button was held, and shown
    get lastFrameTime() { return lastFrameTime; },
    get animating() { return !!(pulse.curve && model.playing !== false) || !!tween; },
    get gliding() { return !!tween; },
    get markerScale() { return Number.isFinite(markers.zoom) ? markers.zoom : 1; },
  };
  Object.defineProperty(api, "_debug", { value: () => ({ st, body, scene, camera, renderer }), enumerable: false });
  window.bodymap = api;

  // ---- teardown ----
  model.on("remove", () => {
    disposed = true;
    if (rafId) cancelAnimationFrame(rafId);
    for (const d of disposers) d();
    controls.dispose();
    offscreen?.release();
    scene.traverse((o) => { o.geometry?.dispose?.(); });
    renderer.dispose();
    if (window.bodymap === api) delete window.bodymap;
  });

  // ---- go ----
  loadTables();
  st.pain = Number(model.pain ?? -1);
  st.resultSites = intList(model.result_sites);
  st.selected = Number(model.selected ?? -1);
  st.painted = new Set(intList(model.painted));
  st.highlight = intList(model.highlight);
  applyMode(String(model.mode || "pick"));
  loadMesh();
  resize();
}

export default { render };
