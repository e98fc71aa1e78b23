"""Build step: write docs/atlas.md, the human-readable index of the atlas (every muscle with its trigger
points, lines, conditions and sources). Run `python -m bodymap.build.atlas_doc`; a test checks it is current."""
from __future__ import annotations

import sys

from bodymap.core.atlas import Atlas, load_atlas
from bodymap.settings import PROJECT_ROOT

REGION_ORDER = ["head_neck", "shoulder_arm", "forearm_hand", "trunk_back", "hip_pelvis", "thigh", "leg", "foot"]
REGION_TITLES = {"head_neck": "Head and neck", "shoulder_arm": "Shoulder and upper arm",
                 "forearm_hand": "Forearm and hand", "trunk_back": "Trunk and back", "hip_pelvis": "Hip and pelvis",
                 "thigh": "Thigh and knee", "leg": "Leg", "foot": "Foot"}


def _cell(text: str) -> str:
    return str(text).replace("|", "/").replace("\n", " ")


def render_markdown(atlas: Atlas) -> str:
    counts = atlas.counts()
    lines = [
        "# The bodymap atlas",
        "",
        "Generated from `annotations/` by `python -m bodymap.build.atlas_doc`; do not edit by hand.",
        "",
        f"{counts['muscles']} muscles, {counts['trigger points']} trigger points (one side), "
        f"{counts['fascial lines']} fascial lines, {counts['regions']} pain regions, "
        f"{counts['conditions']} conditions, {counts['tours']} tours. "
        f"{atlas.coverage(essential_only=True):.0%} of the skin lies in at least one essential zone, "
        f"{atlas.coverage():.0%} in at least one referral zone.",
        "",
        "Chapter numbers in citations were written from the authors' knowledge of the books; "
        "[citations-check.md](citations-check.md) lists which were confirmed against a second source "
        "(Anatomy Trains, part of Travell & Simons vol. 1) and which still need a copy of the book "
        "(Travell & Simons vol. 2); Davies' workbook is cited by chapter title. Every entry is paraphrased, "
        "never quoted.",
        "",
    ]
    catalogue = {s.id: s.citation for s in atlas.info.sources}
    for region in REGION_ORDER:
        muscles = [m for m in atlas.muscles.values() if m.body_region == region]
        if not muscles:
            continue
        lines += [f"## {REGION_TITLES[region]}", "",
                  "| muscle | trigger point | refers pain to | lines | conditions | sources |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for m in sorted(muscles, key=lambda m: m.name):
            for tp in m.trigger_points:
                cites = "; ".join(f"{s.ref} {s.detail or ''}".strip() for s in tp.sources)
                lines.append(f"| {_cell(m.name)} | {_cell(tp.name)} | {_cell(tp.pain_pattern)} | "
                             f"{', '.join(m.lines) or '-'} | {', '.join(tp.conditions) or '-'} | {_cell(cites)} |")
        lines.append("")
    lines += ["## Fascial lines", "", "| line | evidence | stations |", "| --- | --- | --- |"]
    for ln in atlas.lines.values():
        lines.append(f"| {_cell(ln.name)} | {ln.evidence.replace('_', ' ')} | {_cell('; '.join(ln.stations))} |")
    lines += ["", "## Conditions", "", "| condition | also called | muscles |", "| --- | --- | --- |"]
    for c in sorted(atlas.conditions.values(), key=lambda c: c.name):
        lines.append(f"| {_cell(c.name)} | {_cell(', '.join(c.synonyms))} | {', '.join(c.muscles)} |")
    lines += _muscle_layer_lines(atlas)
    lines += _evidence_lines(atlas)
    lines += _nerve_root_lines(atlas)
    lines += ["", "## Sources", ""]
    lines += [f"- **{sid}**: {_cell(cit)}" for sid, cit in catalogue.items()]
    return "\n".join(lines) + "\n"


MUSCLE_LAYER_NOTE = """\
The body mesh has skin only, and no open 3D muscle meshes are available for it, so the muscle layer draws each
muscle the way surface-anatomy teaching does: as the **footprint** of its belly on the skin, with lines along
its fibres. Each footprint is authored in `annotations/anatomy/*.yaml` from landmark recipes, like the zones:
one or more tapered bands (a strip of given width at each end along the shortest skin path through its anchors)
and geodesic disks, written for the left side and mirrored. It is resolved on the reference body and carried to
the other body variants by vertex id. The build checks that each footprint is one connected piece (one per
belly for a muscle of two bellies joined by a tendon sheet: occipitofrontalis, `bellies: 2`) and holds every
trigger point of its muscle (a deep muscle may declare a tolerance of a few cm); a pinhole of bare skin ringed
by a belly where two of its bands nearly meet (up to 8 vertices, less than 2 cm outside) is filled. **Fibres**
are derived, not drawn by hand: a field running 0 -> 1 from the origin's anchors to the insertion's across the
footprint; its two ends (the lowest and highest 15 % of the field) are each ordered across, from one extreme
to the other, by distance over the skin, and each fibre runs from its place across the origin end to the same
place across the insertion end by the shortest way over the footprint. So a fan (a broad origin end, a narrow
insertion end) starts along the whole origin and converges on its insertion, a strap runs parallel, and every
fibre spans the belly. A deep muscle names the muscles over it; the viewer hatches it and dashes its outline
and fibres. Neighbouring superficial muscles are drawn in alternating violets of different lightness (four,
`bodymap/palette.py` `MUSCLE_TINTS`): a graph colouring of how much their footprints touch, the same in the 3D
viewer and in server-drawn pictures; with every superficial muscle on, the fibres fade to a light texture so
the tints and outlines part the muscles.

What it can show: where a belly lies under the skin, its size and outline to within about the spacing of the
mesh's vertices (1-3 cm on the limbs), which way its fibres run, what covers it, and where it attaches. What it
cannot show: thickness and depth in centimetres, the layers between skin and muscle, tendons and aponeuroses
as structures, or a deep muscle's exact extent under another (its footprint is the skin above where it lies).
The outline of a footprint is an authored approximation checked by eye against anatomy atlases, not a
segmentation of real anatomy.

How it looks in the app: soleus under gastrocnemius, hatched (`img/app-muscle-calf-soleus.png`), infraspinatus
in the fossa below the spine of the shoulder blade, its fibres converging on the back of the humerus
(`img/app-muscle-shoulder-blade-infraspinatus.png`), upper trapezius from the back of the skull over the neck to
the shoulder (`img/app-muscle-neck-upper-trapezius.png`), and every superficial muscle
(`img/app-muscles-front.png`, `img/app-muscles-back.png`). Corrected after review (tests/test_muscle_layer_polish.py):
the fibres of broad fans (infraspinatus, gluteus maximus, pectoralis major, deltoid, latissimus dorsi) were
short zig-zag lanes and now converge on their insertion; the perineal and pelvic floor bellies were one column
of vertices wide; occipitofrontalis ran as a strip over the crown, where only its tendon sheet lies; latissimus
dorsi stopped about 2 cm above the iliac crest; the two heads of gastrocnemius left bare skin between them; and
with every superficial muscle on, one tint made neighbours hard to tell apart. The forearm extensors were narrower than in
the atlases and were widened in the issue-21 pass. Still approximate: four tints cannot part every pair of overlapping footprints (a few
pairs that barely touch share one: on the forearm, round the back of the armpit); fibres are straight lanes over the skin, not the
pennate or spiral arrangements of some muscles (the deep layers of gluteus maximus, the twisted pectoralis
tendon), and small muscles with only a vertex or two at an end get lanes that start or stop at one point."""


def _muscle_layer_lines(atlas: Atlas) -> list[str]:
    """The muscle layer: how footprints are made, and one row per muscle drawn."""
    if not atlas.muscle_sites:
        return []
    out = ["", "## The muscle layer", "", MUSCLE_LAYER_NOTE, "",
           "| muscle | layer | origin | insertion | action | sources |", "| --- | --- | --- | --- | --- | --- |"]
    seen = set()
    for m in sorted(atlas.muscle_sites, key=lambda m: m.muscle.name):
        if m.muscle.id in seen:
            continue
        seen.add(m.muscle.id)
        a = m.anatomy
        layer = "superficial" if a.layer == "superficial" else f"deep, under {', '.join(a.under)}"
        cites = "; ".join(f"{s.ref} {s.detail or ''}".strip() for s in a.sources)
        out.append(f"| {_cell(m.muscle.name)} | {layer} | {_cell(a.origin.text)} | {_cell(a.insertion.text)} | "
                   f"{_cell(a.action)} | {_cell(cites)} |")
    return out


def _evidence_lines(atlas: Atlas) -> list[str]:
    """The referral patterns backed by a study beyond the textbook charts (docs/scoring.md "Evidence")."""
    rows = [(m, tp, st) for m, tp in atlas.trigger_points.values() for st in tp.evidence]
    if not rows:
        return []
    out = ["", "## Evidence beyond the charts", "",
           "Every other pattern rests on the textbook charts (clinical observation).", "",
           "| trigger point | kind | finding | people | showed it | sources |", "| --- | --- | --- | --- | --- | --- |"]
    for m, tp, st in rows:
        cites = "; ".join(f"{s.ref} {s.detail or ''}".strip() for s in st.sources)
        out.append(f"| {_cell(m.name)} {_cell(tp.name)} | {st.kind.replace('_', ' ')} | {_cell(st.finding)} | "
                   f"{st.subjects or '-'} | {'-' if st.reported is None else st.reported} | {_cell(cites)} |")
    return out


def _nerve_root_lines(atlas: Atlas) -> list[str]:
    """The nerve-root layer: its map, its caveat and one row per root (left side; the right is the mirror)."""
    layer = atlas.dermatome_map
    if layer is None:
        return []
    out = ["", "## Nerve roots (dermatomes)", "", _cell(layer.map), "", f"Uncertainty: {_cell(layer.uncertainty)}", "",
           "| root | skin it supplies | drawn from regions | sources |", "| --- | --- | --- | --- |"]
    for d in layer.roots:
        cites = "; ".join(f"{s.ref} {s.detail or ''}".strip() for s in d.sources)
        disks = f"{len(d.zone.disks)} disk(s)" if d.zone.disks else ""
        drawn = " + ".join(part for part in (", ".join(d.zone.regions), disks) if part)
        out.append(f"| {d.root} | {_cell(d.area)} | {drawn or '-'} | {_cell(cites)} |")
    return out


def main() -> int:
    out = PROJECT_ROOT / "docs" / "atlas.md"
    out.write_text(render_markdown(load_atlas()), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
