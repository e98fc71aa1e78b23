"""Patient handouts: what to take home from a consultation, as PDF (or PNG pictures / HTML).

A handout shows the body front and back with the pain area and numbered trigger points, then for each
point where and how to press, for how long, with what, and when to stop; the red flags, "look for the
cause" prompts, the safety limits, sources and the date. Plain words first, the muscle's name after.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import html
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bodymap.core.atlas import Atlas, TriggerPointSite
from bodymap.core.drawing import Area, Halves, area_measures, choir_segments, extent, unexplained
from bodymap.errors import BodymapError
from bodymap.core.referral import engine_for
from bodymap.draw.muscles import fibre_paths, tint_muscles
from bodymap.draw.render import Marker, closeup_of, font_file, render_views
from bodymap.draw.sheets import PAIN_RGB, zone_colours
from bodymap.palette import PALETTE

@dataclass(frozen=True)
class HandoutContent:
    region: str
    pain_vertices: tuple[int, ...]
    sites: tuple[TriggerPointSite, ...]
    date: str
    drawing: tuple[Area, ...] = ()  # the pain record's areas, when the handout is made from a drawing


def with_drawing(content: HandoutContent, areas: list[Area] | tuple[Area, ...]) -> HandoutContent:
    """The same handout with the pain drawing's areas, so it shows them with their measures."""
    return dataclasses.replace(content, drawing=tuple(areas))


def _cm2(x: float) -> str:
    return "0 cm2" if x == 0 else f"{x:.0f} cm2" if x >= 10 else f"{x:.1f} cm2"


def drawing_lines(atlas: Atlas, areas: tuple[Area, ...]) -> list[str]:
    """The pain drawing in words for the handout: its extent and split, each area with what the person said
    about it, and the part no trigger point zone explains (with its nerve roots), as `bodymap drawing summary`
    measures them. Empty without areas."""
    if not areas:
        return []
    halves = Halves.of(atlas.body)
    painted = np.unique(np.concatenate([np.asarray(a.vertices, dtype=np.int64) for a in areas]))
    whole = extent(atlas.body, painted, halves)
    lr, fb = whole["left_right"], whole["front_back"]
    segments = choir_segments(atlas, painted)
    lines = [f"Painted: {_cm2(whole['area_cm2'])}, {whole['body_percent']:.1f} % of the body surface "
             f"(left {_cm2(lr['left_cm2'])}, right {_cm2(lr['right_cm2'])}; front {_cm2(fb['front_cm2'])}, "
             f"back {_cm2(fb['back_cm2'])})."
             + (f" Body map segments (CHOIR): {', '.join(map(str, segments))}." if segments else "")]
    for i, area in enumerate(areas, 1):
        m = area_measures(atlas, area, halves)
        feel = ", ".join(m["quality"]) or "no quality given"
        where = ", ".join(m["regions"][:4]) + (" and more" if len(m["regions"]) > 4 else "")
        note = f" Note: {m['note']}" if m["note"] else ""
        lines.append(f"Area {i}: intensity {m['intensity']}/10, {feel}, {'deep' if m['depth'] == 'deep' else 'on the skin'}"
                     f"; {_cm2(m['area_cm2'])} at the {where}.{note}")
    left_out = unexplained(atlas, painted)
    if left_out["vertex_count"]:
        roots = ", ".join(dict.fromkeys(r["root"] for r in left_out["nerve_roots"]))
        lines.append(f"Not explained by a muscle pattern: {_cm2(left_out['area_cm2'])}"
                     + (f" (nerve roots whose skin areas hold it: {roots})." if roots else "."))
    return lines


def choose_content(atlas: Atlas, pain_vertices: list[int], tp_ids: list[str] | None = None,
                   limit: int = 4, date: str | None = None) -> HandoutContent:
    """The trigger points for a handout: the given ones, else the best few from a lookup."""
    engine = engine_for(atlas)
    verts = engine.check_vertices(pain_vertices)
    result = engine.lookup(verts, limit=limit, with_paths=False)
    if tp_ids:
        chosen = []
        for tp in tp_ids:
            key = tp if ":" in tp else None
            matches = [s for s in atlas.sites if s.key == key] if key else [
                s for s in atlas.sites_of(tp) if s.side in (_pain_side(atlas, verts), "midline")] or atlas.sites_of(tp)
            if not matches:
                raise BodymapError(f"unknown trigger point {tp!r}")
            chosen.append(matches[0])
        sites = tuple(chosen)
    else:
        sites = tuple(c.site for c in result.candidates)
    return HandoutContent(result.region, tuple(int(v) for v in verts), sites,
                          date or dt.date.today().isoformat())


def _pain_side(atlas: Atlas, verts: np.ndarray) -> str:
    s = int(np.sign(atlas.body.side[verts].sum()))
    return {1: "left", -1: "right", 0: "midline"}[s]


def render_pictures(atlas: Atlas, content: HandoutContent, out: Path) -> Path:
    """Front and back of the body: pain area green, first point's zones, numbered points."""
    body = atlas.body
    essential = content.sites[0].essential if content.sites else np.zeros(0, int)
    spill = content.sites[0].spillover if content.sites else np.zeros(0, int)
    rgb = zone_colours(body, essential, spill)
    rgb[list(content.pain_vertices)] = PAIN_RGB
    markers = [Marker(body.vertices[s.vertex], PALETTE["marker"], 1.3, str(i)) for i, s in enumerate(content.sites, 1)]
    return render_views(body, out, views=["front", "back"], vertex_rgb=rgb, markers=markers, size=(520, 780))


def render_closeup(atlas: Atlas, site: TriggerPointSite, pain_vertices: tuple[int, ...], out: Path) -> Path:
    """One trigger point up close: its muscle (tint, outline, fibres), the point, where its pain goes and
    where it hurts, framed so that they fill the picture (the whole-body pictures show a heel 1 cm tall)."""
    body = atlas.body
    colours = zone_colours(body, site.essential, site.spillover)
    muscle = atlas.muscle_site(site.muscle.id, "left" if site.side == "midline" else site.side)
    shown = [site.essential, site.spillover, [site.vertex]]
    if muscle is not None:
        colours = tint_muscles(body, colours, [muscle])
        shown.append(muscle.footprint)
    colours[list(pain_vertices)] = PAIN_RGB
    focus, zoom, facing = closeup_of(body, np.concatenate(shown).astype(int), fill=1.25)
    marker = [Marker(body.vertices[site.vertex], PALETTE["marker"], 1.0)]
    return render_views(body, out, views=[(facing, focus, zoom)], vertex_rgb=colours, markers=marker,
                        paths=fibre_paths(body, muscle) if muscle else (), size=(440, 440))


def _closeup_caption(atlas: Atlas, site: TriggerPointSite) -> str:
    """What the close-up shows, in words (the colours are named, never only shown)."""
    muscle = atlas.muscle_site(site.muscle.id, "left" if site.side == "midline" else site.side)
    lines = ["Blue dot: the point to press. Green: where it hurts. Dark orange: where this point usually sends "
             "pain; light orange with dots: where it sometimes does."]
    if muscle is not None:
        a = muscle.anatomy
        where = ("It lies just under the skin" if a.layer == "superficial"
                 else f"It lies deep, under the {', '.join(atlas.muscles[m].name for m in a.under)}")
        lines.append(f"Violet: the {site.muscle.name} muscle, its fibres drawn as lines (dashed when deep). "
                     f"{where}. What it does: {a.action}")
    return "\n".join(lines)


def _font(pdf) -> str:
    regular, bold = font_file(), font_file(bold=True)
    if regular and bold:
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        return "DejaVu"
    return "Helvetica"


def _plain(text: str, font: str) -> str:
    if font != "Helvetica":
        return text
    return text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").encode(
        "latin-1", "replace").decode("latin-1")


def _write_closing(pdf, font: str, atlas: Atlas, content: HandoutContent) -> None:
    """The handout's last part: red flags, look for the cause, the safety limits, the disclaimer, sources."""
    t = lambda s: _plain(str(s), font)  # noqa: E731
    pdf.set_x(pdf.l_margin)
    pdf.set_font(font, "B", 13)
    pdf.cell(0, 8, t("Stop and see a professional first if"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 10.5)
    for flag in atlas.self_care.defaults.red_flags:
        pdf.multi_cell(0, 5, t(f"- {flag}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "B", 13)
    pdf.cell(0, 8, t("Look for the cause, not only the point"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 10.5)
    for cause in atlas.self_care.defaults.look_for_cause:
        pdf.multi_cell(0, 5, t(f"- {cause}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "B", 13)
    pdf.cell(0, 8, t("Safety"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 10.5)
    for rule in atlas.self_care.safety:
        pdf.multi_cell(0, 5, t(f"- {rule}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(font, "", 8.5)
    pdf.multi_cell(0, 4, t(atlas.info.disclaimer), new_x="LMARGIN", new_y="NEXT")
    refs = sorted({s.ref for site in content.sites for s in site.trigger_point.sources} | {"sockdoc"})
    catalogue = {s.id: s.citation for s in atlas.info.sources}
    pdf.multi_cell(0, 4, t("Sources: " + " | ".join(catalogue.get(r, r) for r in refs)), new_x="LMARGIN",
                   new_y="NEXT")


def write_pdf(atlas: Atlas, content: HandoutContent, out: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title("bodymap self-care handout")
    pdf.set_creator("bodymap")
    font = _font(pdf)
    t = lambda s: _plain(str(s), font)  # noqa: E731
    pdf.add_page()
    pdf.set_font(font, "B", 18)
    pdf.cell(0, 10, t("Your trigger point self-care sheet"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 11)
    pdf.cell(0, 6, t(f"Pain area: {content.region}    Date: {content.date}"), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, t("The pain you feel may come from a tender point in a muscle some distance away. "
                           "The numbered points on the pictures are the places to check, best match first. "
                           "Green: where it hurts. Dark orange: where point 1 usually sends pain; light "
                           "orange: where it sometimes does."))
    with tempfile.TemporaryDirectory() as tmp:
        picture = render_pictures(atlas, content, Path(tmp) / "body.png")
        pdf.image(str(picture), x=20, w=170)
    pdf.set_x(pdf.l_margin)
    record = drawing_lines(atlas, content.drawing)
    if record:
        pdf.set_font(font, "B", 13)
        pdf.cell(0, 8, t("Your pain drawing"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(font, "", 10.5)
        for line in record:
            pdf.multi_cell(0, 5, t(line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for i, site in enumerate(content.sites, 1):
        care = atlas.self_care_for(site.trigger_point)
        muscle = site.muscle
        if pdf.get_y() > pdf.h - 120:  # the close-up and the first lines of its text stay on one page
            pdf.add_page()
        pdf.set_x(pdf.l_margin)
        pdf.set_font(font, "B", 13)
        title = f"{i}. {muscle.plain_name or muscle.name} ({muscle.name}), {site.side} side"
        pdf.multi_cell(0, 7, t(title), new_x="LMARGIN", new_y="NEXT")
        with tempfile.TemporaryDirectory() as tmp:
            top = pdf.get_y()
            pdf.image(str(render_closeup(atlas, site, content.pain_vertices, Path(tmp) / f"tp{i}.png")),
                      x=pdf.l_margin, y=top, w=62)
        pdf.set_font(font, "", 9)
        pdf.set_xy(pdf.l_margin + 66, top)
        pdf.multi_cell(0, 4.5, t(_closeup_caption(atlas, site)), new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), top + 62) + 2)
        pdf.set_font(font, "", 10.5)
        for label, value in (("Where", site.trigger_point.location), ("Find it", care.where),
                             ("It can cause", site.trigger_point.pain_pattern), ("How to press", care.how),
                             ("How long", care.duration), ("Tool", care.tool), ("When to stop", care.when_to_stop)):
            if value:
                pdf.set_font(font, "B", 10.5)
                pdf.write(5, t(f"{label}: "))
                pdf.set_font(font, "", 10.5)
                pdf.write(5, t(value))
                pdf.ln(6)
        pdf.ln(2)
    _write_closing(pdf, font, atlas, content)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def write_html(atlas: Atlas, content: HandoutContent, out: Path) -> Path:
    """An HTML handout with the picture beside it (a PNG next to the HTML file); no external URL."""
    out = Path(out)
    picture = render_pictures(atlas, content, out.with_suffix(".png"))
    e = html.escape
    items = []
    for i, site in enumerate(content.sites, 1):
        care = atlas.self_care_for(site.trigger_point)
        items.append(f"<h2>{i}. {e(site.muscle.plain_name or site.muscle.name)} ({e(site.muscle.name)}), "
                     f"{e(site.side)} side</h2><dl><dt>Where</dt><dd>{e(site.trigger_point.location)}</dd>"
                     f"<dt>How to press</dt><dd>{e(care.how or '')}</dd><dt>How long</dt><dd>{e(care.duration or '')}</dd>"
                     f"<dt>Tool</dt><dd>{e(care.tool or '')}</dd><dt>When to stop</dt><dd>{e(care.when_to_stop or '')}</dd></dl>")
    record = drawing_lines(atlas, content.drawing)
    if record:
        items.insert(0, "<h2>Your pain drawing</h2>" + "".join(f"<p>{e(line)}</p>" for line in record))
    safety = "".join(f"<li>{e(s)}</li>" for s in atlas.self_care.safety)
    out.write_text(f"<!doctype html><html lang=en><meta charset=utf-8><title>bodymap handout</title>"
                   f"<style>body{{font-family:sans-serif;max-width:800px;margin:auto;font-size:1.1em}}</style>"
                   f"<h1>Your trigger point self-care sheet</h1><p>Pain area: {e(content.region)}. "
                   f"Date: {e(content.date)}</p><img src='{e(picture.name)}' width=100% alt='body with pain area "
                   f"and numbered trigger points'>{''.join(items)}<h2>Safety</h2><ul>{safety}</ul></html>",
                   encoding="utf-8")
    return out


def write_handout(atlas: Atlas, content: HandoutContent, out: Path) -> Path:
    """Write a handout in the format the file name asks for: .pdf, .png (pictures) or .html."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        return write_pdf(atlas, content, out)
    if suffix == ".png":
        return render_pictures(atlas, content, out)
    if suffix in (".html", ".htm"):
        return write_html(atlas, content, out)
    raise BodymapError(f"cannot write a handout as {suffix or 'a file without extension'}; use .pdf, .png or .html")
