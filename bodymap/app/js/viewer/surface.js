// The body surface as a graph and a point index: vertex neighbours (to grow discs over the skin without
// jumping across gaps) and a grid for "nearest vertex to this point".

export function buildAdjacency(n, idx) {
  const deg = new Uint32Array(n + 1);
  for (let i = 0; i < idx.length; i++) deg[idx[i] + 1] += 2;
  for (let i = 0; i < n; i++) deg[i + 1] += deg[i];
  const nb = new Uint32Array(deg[n]);
  const fill = deg.slice(0, n);
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t], b = idx[t + 1], c = idx[t + 2];
    nb[fill[a]++] = b; nb[fill[a]++] = c;
    nb[fill[b]++] = c; nb[fill[b]++] = a;
    nb[fill[c]++] = a; nb[fill[c]++] = b;
  }
  return { off: deg, nb };
}

export class VertexGrid {
  constructor(pos, cell = 3) {
    this.pos = pos;
    this.cell = cell;
    this.map = new Map();
    const n = pos.length / 3;
    for (let i = 0; i < n; i++) {
      const k = this.key(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]);
      let arr = this.map.get(k);
      if (!arr) this.map.set(k, (arr = []));
      arr.push(i);
    }
  }
  key(x, y, z) {
    const c = this.cell;
    return `${Math.floor(x / c)},${Math.floor(y / c)},${Math.floor(z / c)}`;
  }
  nearest(x, y, z) {
    const c = this.cell, p = this.pos;
    const ix = Math.floor(x / c), iy = Math.floor(y / c), iz = Math.floor(z / c);
    let best = -1, bd = Infinity;
    for (let r = 1; r <= 3 && best < 0; r++) {
      for (let dx = -r; dx <= r; dx++) for (let dy = -r; dy <= r; dy++) for (let dz = -r; dz <= r; dz++) {
        const arr = this.map.get(`${ix + dx},${iy + dy},${iz + dz}`);
        if (!arr) continue;
        for (const i of arr) {
          const d = (p[3 * i] - x) ** 2 + (p[3 * i + 1] - y) ** 2 + (p[3 * i + 2] - z) ** 2;
          if (d < bd) { bd = d; best = i; }
        }
      }
    }
    if (best < 0) {
      const n = p.length / 3;
      for (let i = 0; i < n; i++) {
        const d = (p[3 * i] - x) ** 2 + (p[3 * i + 1] - y) ** 2 + (p[3 * i + 2] - z) ** 2;
        if (d < bd) { bd = d; best = i; }
      }
    }
    return best;
  }
}
