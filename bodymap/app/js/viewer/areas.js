// Areas drawn over the skin (the muscle layer, the nerve-root layer): each a small mesh over the triangles
// around the area, carrying the area's margin field (cm inside the area, negative just outside; from Python).
// The pixel shader draws the edge where the margin crosses 0, so the outline falls between vertices (the
// vertices of this mesh lie 1-3 cm apart on the limbs), hatches a deep muscle's tint and breaks its outline
// into dashes. Lit per vertex like the skin, so it reads the same on software GL. Owns: the area meshes.
import * as THREE from "three";
import { LIT_VERTEX, litUniforms } from "./skin.js";
import { linear } from "./stage.js";

const AREA_VERTEX = LIT_VERTEX + /* glsl */ `
  attribute float margin;
  uniform vec3 uTint;
  uniform vec3 uEdge;
  varying vec3 vTint;
  varying vec3 vEdge;
  varying float vMargin;
  varying vec3 vWorld;
  void main() {
    vec3 n = normalize(normalMatrix * normal);
    vTint = litColour(uTint, n);
    vEdge = litColour(uEdge, n);
    vMargin = margin;
    vWorld = position;
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }`;

const AREA_FRAGMENT = /* glsl */ `
  uniform float uAlpha;
  uniform float uOutline;
  uniform float uHatch;
  uniform float uDashed;
  uniform float uPx;
  varying vec3 vTint;
  varying vec3 vEdge;
  varying float vMargin;
  varying vec3 vWorld;
  void main() {
    if (vMargin < 0.0) discard;
    // the edge: the last uOutline pixels inside the area, whatever the zoom (fwidth: the margin's change per pixel)
    if (vMargin < uOutline * fwidth(vMargin)) {
      // a dashed edge: a 3D checkerboard of 1.5 cm cells, so the dashes alternate along any edge
      vec3 cell = floor(vWorld / 1.5);
      if (uDashed > 0.5 && mod(cell.x + cell.y + cell.z, 2.0) < 0.5) discard;
      gl_FragColor = vec4(vEdge, 0.95);
      return;
    }
    float a = uAlpha;
    if (uHatch > 0.5) { // diagonal stripes on screen, 8 px apart
      float k = mod(gl_FragCoord.x + gl_FragCoord.y, 8.0 * uPx);
      a = k < 2.5 * uPx ? min(1.0, uAlpha * 1.9) : uAlpha * 0.3;
    }
    gl_FragColor = vec4(vTint, a);
  }`;

/** A material for areas: tint and edge colours (hex), tint opacity, outline width in CSS pixels, hatched, dashed. */
export function areaMaterial({ tint, edge, alpha = 0.45, outline = 2, hatch = false, dashed = false, pixelRatio = 1 }) {
  const material = new THREE.ShaderMaterial({
    lights: true,
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -1.5,
    polygonOffsetUnits: -1.5,
    uniforms: litUniforms({ uTint: { value: linear(tint) }, uEdge: { value: linear(edge) }, uAlpha: { value: alpha },
      uOutline: { value: outline * pixelRatio }, uHatch: { value: hatch ? 1 : 0 }, uDashed: { value: dashed ? 1 : 0 },
      uPx: { value: pixelRatio } }),
    vertexShader: AREA_VERTEX,
    fragmentShader: AREA_FRAGMENT,
  });
  material.name = "skin-area";
  return material;
}

export class SkinAreas {
  /** scene: where the areas go; body: the body mesh (viewer/mesh.js). */
  constructor({ scene, body, name }) {
    this.body = body;
    this.group = new THREE.Group();
    this.group.name = name;
    this.group.renderOrder = 2;
    scene.add(this.group);
    this.cache = new Map(); // key -> mesh
    this.corners = null;    // vertex -> the triangles it is a corner of (built once per topology)
  }

  /** A new body (positions or topology): drop every area mesh; they are rebuilt when shown. */
  meshChanged() {
    for (const mesh of this.cache.values()) { this.group.remove(mesh); mesh.geometry.dispose(); }
    this.cache.clear();
    this.corners = null;
  }

  /** Show exactly the areas listed: [{key, near (vertex ids), margin (cm per near vertex), material}]. */
  show(areas) {
    const wanted = new Set(areas.map((a) => a.key));
    for (const [key, mesh] of this.cache) mesh.visible = wanted.has(key);
    for (const a of areas) {
      let mesh = this.cache.get(a.key);
      if (!mesh) {
        mesh = new THREE.Mesh(this.geometry(a.near, a.margin), a.material);
        mesh.name = `area:${a.key}`;
        mesh.renderOrder = 2;
        this.cache.set(a.key, mesh);
        this.group.add(mesh);
      }
      mesh.material = a.material;
      mesh.visible = true;
    }
  }

  /** The geometry of an area: the skin triangles whose three corners lie in `near`, with their margins. */
  geometry(near, margin) {
    const body = this.body, index = body.geometry.index.array;
    if (!this.corners) this.corners = cornerIndex(body.n, index);
    const local = new Map();
    near.forEach((v, i) => local.set(v, i));
    const pos = new Float32Array(near.length * 3), nrm = new Float32Array(near.length * 3);
    near.forEach((v, i) => {
      for (let k = 0; k < 3; k++) { pos[3 * i + k] = body.pos[3 * v + k]; nrm[3 * i + k] = body.nrm[3 * v + k]; }
    });
    const tris = [], seen = new Set();
    const { off, tri } = this.corners;
    for (const v of near) {
      for (let j = off[v]; j < off[v + 1]; j++) {
        const t = tri[j];
        if (seen.has(t)) continue;
        seen.add(t);
        const a = local.get(index[3 * t]), b = local.get(index[3 * t + 1]), c = local.get(index[3 * t + 2]);
        if (a !== undefined && b !== undefined && c !== undefined) tris.push(a, b, c);
      }
    }
    const geo = new THREE.BufferGeometry();
    geo.setAttribute("position", new THREE.BufferAttribute(pos, 3));
    geo.setAttribute("normal", new THREE.BufferAttribute(nrm, 3));
    geo.setAttribute("margin", new THREE.BufferAttribute(Float32Array.from(margin), 1));
    geo.setIndex(tris);
    geo.computeBoundingSphere();
    return geo;
  }

  /** How many areas are drawn. */
  get drawn() {
    let k = 0;
    for (const mesh of this.cache.values()) if (mesh.visible) k++;
    return k;
  }
}

/** For each vertex, the triangles it is a corner of: {off (n+1), tri}. */
function cornerIndex(n, index) {
  const count = new Int32Array(n + 1);
  for (let i = 0; i < index.length; i++) count[index[i] + 1]++;
  for (let v = 0; v < n; v++) count[v + 1] += count[v];
  const fill = count.slice(0, n), tri = new Int32Array(index.length);
  for (let i = 0; i < index.length; i++) tri[fill[index[i]]++] = Math.floor(i / 3);
  return { off: count, tri };
}
