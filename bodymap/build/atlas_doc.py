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
    lines += _nerve_root_lines(atlas)
    lines += ["", "## Sources", ""]
    lines += [f"- **{sid}**: {_cell(cit)}" for sid, cit in catalogue.items()]
    return "\n".join(lines) + "\n"


def _nerve_root_lines(atlas: Atlas) -> list[str]:
    """The nerve-root layer: its map, its caveat and one row per root (left side; the right is the mirror)."""
    layer = atlas.dermatome_map
    if layer is None:
        return []
    out = ["", "## Nerve roots (dermatomes)", "", _cell(layer.map), "", f"Uncertainty: {_cell(layer.uncertainty)}", "",
           "| root | skin it supplies | drawn from regions | sources |", "| --- | --- | --- | --- |"]
    for d in layer.roots:
        cites = "; ".join(f"{s.ref} {s.detail or ''}".strip() for s in d.sources)
        drawn = ", ".join(d.zone.regions) + (f" + {len(d.zone.disks)} disk(s)" if d.zone.disks else "")
        out.append(f"| {d.root} | {_cell(d.area)} | {drawn or '-'} | {_cell(cites)} |")
    return out


def main() -> int:
    out = PROJECT_ROOT / "docs" / "atlas.md"
    out.write_text(render_markdown(load_atlas()), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
