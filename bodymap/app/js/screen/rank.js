// Ranking trigger points for a pain location, in the browser, from the zone lists of the data pack.
//
// The same rule as bodymap.core.referral.ReferralEngine (docs/scoring.md), on the same numbers: each site's
// membership of each vertex (essential 1.0, spillover 0.6, near misses 0.3 x q/255) comes from the pack, and
// the arithmetic is done in float32 steps as numpy does it, so a click ranks exactly as `bodymap lookup`
// does (tests/browser/test_ranking.py checks that). A click is a painted set of one vertex. The ranked sites
// are grouped into one row per muscle and side (docs/scoring.md), as the engine groups them.

const f32 = Math.fround;

export class Ranker {
  /** pack: {arrays, content} of a body pack (bodymap/app/pack.py). */
  constructor(pack) {
    const { zone_offsets: off, zone_vertices: zv, zone_quanta: zq, vertex_area: area, vertex_side: side } =
      pack.arrays;
    const { sites, scoring } = pack.content;
    this.pack = pack;
    this.sites = sites;
    this.area = area;
    this.vertexSide = side;
    this.regionOf = pack.arrays.region_of_vertex;
    this.nRegions = pack.content.regions.length;
    const n = area.length, S = sites.length;
    this.n = n;
    this.prevalence = Float32Array.from(sites, (s) => s.prevalence);
    this.siteSide = Int8Array.from(sites, (s) => (s.side === "left" ? 1 : s.side === "right" ? -1 : 0));
    this.order = Int32Array.from(sites, (s) => s.order);
    this.otherSide = f32(scoring.other_side);
    // inverted index (vertex -> the sites whose zones hold it), as compressed rows
    const weightOf = [f32(scoring.near), f32(scoring.spillover), f32(scoring.essential)];
    const count = new Int32Array(n + 1);
    for (let s = 0; s < S; s++) for (let j = off[3 * s]; j < off[3 * s + 3]; j++) count[zv[j] + 1]++;
    for (let v = 0; v < n; v++) count[v + 1] += count[v];
    this.rowStart = count;
    const total = count[n];
    this.entrySite = new Int32Array(total);
    this.entryWeight = new Float32Array(total);
    this.entryZone = new Int8Array(total);
    const fillAt = count.slice(0, n);
    for (let s = 0; s < S; s++) {
      for (let part = 0; part < 3; part++) {
        const zone = 2 - part; // essential, spillover, near
        for (let j = off[3 * s + part]; j < off[3 * s + part + 1]; j++) {
          const k = fillAt[zv[j]]++;
          this.entrySite[k] = s;
          this.entryZone[k] = zone;
          this.entryWeight[k] = zone === 0 ? f32(scoring.near * zq[j] / 255) : weightOf[zone];
        }
      }
    }
  }

  /** Every site that refers to a list of distinct pain vertices: [{site, score, zone, explained}], best first. */
  rank(vertices) {
    const S = this.sites.length;
    const explained = new Float64Array(S), zone = new Int8Array(S).fill(-1);
    let areaSum = 0, sideSum = 0;
    for (const v of vertices) { areaSum += this.area[v]; sideSum += Math.sign(this.vertexSide[v]); }
    areaSum = f32(areaSum);
    for (const v of vertices) {
      const w = vertices.length === 1 ? 1 : f32(this.area[v] / areaSum);
      for (let k = this.rowStart[v]; k < this.rowStart[v + 1]; k++) {
        const s = this.entrySite[k];
        explained[s] += this.entryWeight[k] * w;
        if (this.entryZone[k] > zone[s]) zone[s] = this.entryZone[k];
      }
    }
    const painSide = Math.sign(sideSum);
    const out = [];
    for (let s = 0; s < S; s++) {
      if (zone[s] < 0) continue;
      const side = this.siteSide[s];
      const factor = side === 0 || painSide === 0 || side === painSide ? 1 : this.otherSide;
      const e = f32(explained[s]);
      const score = f32(f32(e * this.prevalence[s]) * factor);
      if (score > 0) out.push({ site: s, score, zone: zone[s], explained: e, key: Math.round(score * 1e6) });
    }
    out.sort((a, b) => (b.key - a.key) || (b.zone - a.zone) || (this.order[a.site] - this.order[b.site]));
    return out;
  }

  /** The ranked sites grouped into rows, best first, at most `limit` rows: [{side, points: [ranked site]}].
   * One row per muscle and side; left and right rows whose best sites are the same trigger point with the same
   * score are one row, side "both", led by the left site (ReferralEngine.rows). */
  rows(vertices, limit = 8) {
    const ranked = this.rank(vertices), sites = this.sites;
    const groups = new Map(), pos = new Map();
    const keyOf = (muscle, side) => `${muscle}\u0000${side}`;
    ranked.forEach((c, i) => {
      pos.set(c.site, i);
      const k = keyOf(sites[c.site].muscle_id, sites[c.site].side);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(c);
    });
    const out = [], done = new Set();
    for (const [k, members] of groups) {
      if (out.length >= limit) break;
      if (done.has(k)) continue;
      done.add(k);
      const head = sites[members[0].site];
      const mirror = head.side === "left" ? "right" : head.side === "right" ? "left" : null;
      const other = mirror ? groups.get(keyOf(head.muscle_id, mirror)) : null;
      if (other && sites[other[0].site].trigger_point_id === head.trigger_point_id && other[0].key === members[0].key) {
        done.add(keyOf(head.muscle_id, mirror));
        const [left, right] = head.side === "left" ? [members, other] : [other, members];
        const rest = [...left.slice(1), ...right.slice(1)].sort((a, b) => pos.get(a.site) - pos.get(b.site));
        out.push({ side: "both", points: [left[0], right[0], ...rest] });
      } else {
        out.push({ side: head.side, points: members });
      }
    }
    return out;
  }

  /** The nerve roots whose dermatome holds at least min_root_share of the pain (area-weighted), largest share
   * first (ReferralEngine.nerve_roots): [{root, side, share}]. */
  nerveRoots(vertices) {
    const layer = this.pack.content.nerve_roots, a = this.pack.arrays;
    if (!layer || !vertices.length) return [];
    const { min_root_share: least, root_order: order } = this.pack.content.scoring;
    let total = 0;
    for (const v of vertices) total += this.area[v];
    const out = [];
    layer.roots.forEach((r, i) => {
      const inside = new Set(a.root_vertices.subarray(a.root_offsets[i], a.root_offsets[i + 1]));
      let share = 0;
      for (const v of vertices) if (inside.has(v)) share += this.area[v] / total;
      if (share >= least - 1e-6) out.push({ root: r.root, side: r.side, share });
    });
    const rank = (r) => [order.indexOf(r.root[0]), Number(r.root.slice(1))];
    return out.sort((x, y) => (Math.round(y.share * 1e6) - Math.round(x.share * 1e6)) || (rank(x)[0] - rank(y)[0])
      || (rank(x)[1] - rank(y)[1]) || (x.side < y.side ? -1 : x.side > y.side ? 1 : 0));
  }

  /** The region that holds most of the pain's area (ties: the first region), as the engine names it. */
  regionIndex(vertices) {
    const weight = new Float64Array(this.nRegions);
    for (const v of vertices) weight[this.regionOf[v]] += this.area[v];
    let best = 0;
    for (let r = 1; r < weight.length; r++) if (weight[r] > weight[best]) best = r;
    return best;
  }
}
