// Answers: what the screen shows for a pain spot, a drawing, a searched area, a muscle or a list of trigger
// points, worked out from the body pack alone (no server). An answer is a patch of the screen's state:
// {pain, painted, highlight, resultSites, selected, path, context}; `context` is what the side panel explains.
import { Ranker } from "./rank.js";
import { fill, percent } from "./text.js";

const ZONE = ["near", "spillover", "essential"]; // zone codes 0, 1, 2 (docs/scoring.md)
const NONE = Object.freeze([]);

export class Answers {
  constructor(pack, config) {
    this.pack = pack;
    this.content = pack.content;
    this.texts = config.texts;
    this.limit = config.settings.candidate_limit;
    this.ranker = new Ranker(pack);
  }

  /** The baked referral path of a site (from its point to the centre of its main zone). */
  bakedPath(site) {
    const { path_offsets: o, path_points: p } = this.pack.arrays;
    if (!(site >= 0) || site + 1 >= o.length) return new Float32Array(0);
    return p.subarray(3 * o[site], 3 * o[site + 1]);
  }

  /** Ranked rows for pain at `vertices` (in `region`), one per muscle and side, with their one line of why:
   * [{site, zone, why, side, points: [{site, zone, score}]}]; `site` is the row's best trigger point (the left
   * one of a "both" row) and leads `points`. What each pattern rests on is `evidence(site)`. */
  candidates(vertices, region) {
    const kind = vertices.length === 1 ? "spot" : "area";
    return this.ranker.rows(vertices, this.limit).map((row) => {
      const c = row.points[0], zone = ZONE[c.zone], d = this.content.sites[c.site];
      const label = row.side === "both"
        ? fill(this.texts.rows.both_label, { muscle: d.muscle_name, point: d.trigger_point_name }) : d.label;
      const why = fill(this.texts.why[kind][zone], { region, label, share: percent(c.explained) });
      const points = row.points.map((p) => ({ site: p.site, zone: ZONE[p.zone], score: p.score }));
      return { site: c.site, zone, why, side: row.side, points };
    });
  }

  /** What a site's referral pattern rests on, as its badge shows it: {kind, title} (bodymap/core/evidence.py;
   * the pack's words). Shown, never scored. */
  evidence(site) {
    const d = this.content.sites[site], tp = d && this.content.trigger_points[d.trigger_point_id];
    return tp?.evidence ? { kind: tp.evidence.kind, title: tp.evidence.title } : null;
  }

  /** What to show for candidates of a pain location: markers of all their trigger points (the rows' leading
   * ones first, in row order, then the others), the first row's selected with its path. */
  listing(candidates, context, patch) {
    const sites = [...candidates.map((c) => c.site), ...candidates.flatMap((c) => c.points.slice(1).map((p) => p.site))];
    const top = sites.length ? sites[0] : -1;
    const pain = patch.pain >= 0 ? [patch.pain] : patch.painted || patch.highlight || NONE;
    return { pain: -1, painted: NONE, highlight: NONE, resultSites: sites, selected: top, path: this.bakedPath(top),
      context: { ...context, candidates, nerve_roots: this.ranker.nerveRoots(pain) }, ...patch };
  }

  regionName(vertices) {
    return this.content.regions[this.ranker.regionIndex(vertices)];
  }

  /** A click on the skin at vertex v. */
  forVertex(v) {
    const region = this.regionName([v]);
    return this.listing(this.candidates([v], region), { kind: "click", region }, { pain: v });
  }

  /** A pain drawing (distinct vertices). */
  forPainted(vertices) {
    if (!vertices.length) return this.empty();
    const region = this.regionName(vertices);
    return this.listing(this.candidates(vertices, region), { kind: "paint", region }, { painted: vertices });
  }

  /** A searched area: its vertices are tinted and ranked as a drawing; `label` names it. */
  forArea(vertices, label, note = null) {
    const region = this.regionName(vertices);
    return this.listing(this.candidates(vertices, region), { kind: "search", region: label || region, note },
      { highlight: vertices });
  }

  /** A list of trigger point sites without a pain location (a muscle, a condition's muscles). */
  forSites(sites, context) {
    const top = sites.length ? sites[0] : -1;
    return { pain: -1, painted: NONE, highlight: NONE, resultSites: [...sites], selected: top,
      path: this.bakedPath(top), context: { ...context, candidates: null } };
  }

  forMuscle(muscleId) {
    const m = this.content.muscles[muscleId];
    return this.forSites(m.sites, { kind: "muscle", title: m.name, note: m.summary });
  }

  /** Nothing shown. */
  empty() {
    return { pain: -1, painted: NONE, highlight: NONE, resultSites: NONE, selected: -1,
      path: new Float32Array(0), context: null };
  }

  /** The vertices of regions (by index). */
  regionVertices(regions) {
    const want = new Set(regions), of = this.pack.arrays.region_of_vertex, out = [];
    for (let v = 0; v < of.length; v++) if (want.has(of[v])) out.push(v);
    return out;
  }

  /** The site a click in explore mode means: the trigger point nearest to vertex v, within `cm`; or -1. */
  nearestSite(v, cm) {
    const p = this.pack.arrays.positions, sv = this.pack.arrays.site_vertex;
    let best = -1, bd = cm * cm;
    for (let s = 0; s < sv.length; s++) {
      const u = sv[s];
      const d = (p[3 * u] - p[3 * v]) ** 2 + (p[3 * u + 1] - p[3 * v + 1]) ** 2 + (p[3 * u + 2] - p[3 * v + 2]) ** 2;
      if (d < bd) { bd = d; best = s; }
    }
    return best;
  }

  /** The other sites of a site's muscle (explore mode shows a muscle's points together). */
  muscleOf(site) {
    const muscle = this.content.sites[site]?.muscle_id;
    const out = [site];
    this.content.sites.forEach((s, i) => { if (i !== site && s.muscle_id === muscle) out.push(i); });
    return out;
  }

  /** The clinic view's everyday explanation of a candidate. */
  plainWhy(site, zone) {
    const s = this.content.sites[site], m = this.content.muscles[s.muscle_id];
    return fill(this.texts.why.plain, { plain: m.plain_name || m.name, name: m.name, how: this.texts.why.plain_how[zone] });
  }
}

export { NONE };
