// The body mesh on the GPU and its derived geometry: normals, bounds, vertex neighbours, a nearest-vertex
// grid and (built when the browser is idle) a bounding-volume tree for fast picking. Owns: the geometry.
import * as THREE from "three";
import { MeshBVH, acceleratedRaycast } from "three-mesh-bvh";
import { buildAdjacency, VertexGrid } from "./surface.js";
import { whenIdle } from "../values.js";

export class BodyMesh {
  constructor(material) {
    this.material = material;
    this.mesh = null;       // THREE.Mesh, once loaded
    this.n = 0;
    this.pos = null;        // Float32Array (n*3)
    this.nrm = null;        // Float32Array (n*3), not unit length
    this.adj = null;        // {off, nb}: vertex neighbours
    this.grid = null;       // VertexGrid
    this.colourWork = null; // Float32Array (n*3): colours are worked out in floats, sent as bytes
    this.stippleWork = null;
  }

  /** Show `positions` (float32, n*3) with triangles `indices`; returns true when the topology is new. */
  load(scene, positions, indices) {
    const pos = positions, idx = indices;
    const n = pos.length / 3;
    const sameTopology = this.mesh && this.n === n && this.mesh.geometry.index.count === idx.length;
    this.n = n;
    this.pos = pos;
    let geo;
    if (sameTopology) {
      geo = this.mesh.geometry;
      geo.setAttribute("position", new THREE.BufferAttribute(pos, 3));
    } else {
      if (this.mesh) { scene.remove(this.mesh); this.mesh.geometry.dispose(); }
      geo = new THREE.BufferGeometry();
      geo.setAttribute("position", new THREE.BufferAttribute(pos, 3));
      geo.setIndex(new THREE.BufferAttribute(idx, 1));
      // colours and stipple travel to the GPU as bytes (a pick re-sends them; 4 times less to copy than
      // floats, which software GL notices)
      geo.setAttribute("color", new THREE.BufferAttribute(new Uint8ClampedArray(n * 4).fill(255), 4, true));
      geo.setAttribute("stipple", new THREE.BufferAttribute(new Uint8ClampedArray(n), 1, true));
      this.colourWork = new Float32Array(n * 3);
      this.stippleWork = new Float32Array(n);
      this.mesh = new THREE.Mesh(geo, this.material);
      this.mesh.name = "body";
      this.mesh.raycast = acceleratedRaycast; // plain three.js raycast until geo.boundsTree exists
      scene.add(this.mesh);
      this.adj = buildAdjacency(n, idx);
    }
    geo.computeVertexNormals();
    geo.computeBoundingBox();
    geo.computeBoundingSphere();
    geo.boundsTree = null;
    whenIdle(() => { if (this.mesh && this.mesh.geometry === geo) geo.boundsTree = new MeshBVH(geo, { indirect: true }); });
    this.nrm = geo.getAttribute("normal").array;
    this.grid = new VertexGrid(pos, 3);
    return !sameTopology;
  }

  get geometry() {
    return this.mesh ? this.mesh.geometry : null;
  }

  has(v) {
    return v >= 0 && v < this.n;
  }

  /** The position of vertex v. */
  point(v, out = new THREE.Vector3()) {
    return out.set(this.pos[3 * v], this.pos[3 * v + 1], this.pos[3 * v + 2]);
  }

  /** The skin normal at vertex v (not unit length), or null. */
  normal(v) {
    return this.has(v) ? new THREE.Vector3(this.nrm[3 * v], this.nrm[3 * v + 1], this.nrm[3 * v + 2]) : null;
  }

  /** Vertices within r cm (straight line) of a point, grown over the mesh from a start vertex, so that the disc
   * stays on the surface it started on (no bleeding from an arm into the chest); Map vertex -> weight 1..0. */
  surfaceDisc(start, p, r, out = new Map()) {
    const pos = this.pos, { off, nb } = this.adj;
    const r2 = r * r;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const v = queue.pop();
      const d2 = (pos[3 * v] - p.x) ** 2 + (pos[3 * v + 1] - p.y) ** 2 + (pos[3 * v + 2] - p.z) ** 2;
      if (d2 > r2 && v !== start) continue;
      const w = Math.max(0, 1 - Math.sqrt(d2) / r);
      out.set(v, Math.max(out.get(v) || 0, w));
      for (let j = off[v]; j < off[v + 1]; j++) {
        const u = nb[j];
        if (!seen.has(u)) { seen.add(u); queue.push(u); }
      }
    }
    return out;
  }

  vertexDisc(v, r) {
    return this.surfaceDisc(v, this.point(v), r);
  }
}
