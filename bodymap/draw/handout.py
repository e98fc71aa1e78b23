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

from bodymap import texts
from bodymap.core.atlas import Atlas, TriggerPointSite
from bodymap.i18n import atlas_texts as at
from bodymap.i18n import current as current_language
from bodymap.core.drawing import Area, Halves, area_measures, choir_segments, extent, regions_touched, unexplained
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
    value = "0" if x == 0 else f"{x:.0f}" if x >= 10 else f"{x:.1f}"
    return texts.fill(texts.block("handout")["drawing"]["cm2"], value=value)


def _region_names(atlas: Atlas, keys: list[str]) -> list[str]:
    by_key = {r.key: r for r in atlas.regions}
    return [at.region_name(by_key[k]) for k in keys]


def drawing_lines(atlas: Atlas, areas: tuple[Area, ...]) -> list[str]:
    """The pain drawing in words for the handout: its extent and split, each area with what the person said
    about it, and the part no trigger point zone explains (with its nerve roots), as `bodymap drawing summary`
    measures them; in the current language. Empty without areas."""
    if not areas:
        return []
    t, fill = texts.block("handout")["drawing"], texts.fill
    qualities = texts.block("record")["quality"]
    halves = Halves.of(atlas.body)
    painted = np.unique(np.concatenate([np.asarray(a.vertices, dtype=np.int64) for a in areas]))
    whole = extent(atlas.body, painted, halves)
    lr, fb = whole["left_right"], whole["front_back"]
    segments = choir_segments(atlas, painted)
    lines = [fill(t["painted"], area=_cm2(whole["area_cm2"]), percent=f"{whole['body_percent']:.1f}",
                  left=_cm2(lr["left_cm2"]), right=_cm2(lr["right_cm2"]), front=_cm2(fb["front_cm2"]),
                  back=_cm2(fb["back_cm2"]))
             + (fill(t["segments"], codes=", ".join(map(str, segments))) if segments else "")]
    for i, area in enumerate(areas, 1):
        m = area_measures(atlas, area, halves)
        vertices = np.unique(np.asarray(area.vertices, dtype=np.int64))
        names = _region_names(atlas, [r["id"] for r in regions_touched(atlas, vertices)])
        where = ", ".join(names[:4]) + (t["more"] if len(names) > 4 else "")
        feel = ", ".join(qualities.get(q, q) for q in m["quality"]) or t["no_quality"]
        lines.append(fill(t["area"], n=i, intensity=m["intensity"], feel=feel, depth=t["depth"][m["depth"]],
                          size=_cm2(m["area_cm2"]), where=where)
                     + (fill(t["note"], note=m["note"]) if m["note"] else ""))
    left_out = unexplained(atlas, painted)
    if left_out["vertex_count"]:
        roots = ", ".join(dict.fromkeys(r["root"] for r in left_out["nerve_roots"]))
        lines.append(fill(t["unexplained"], area=_cm2(left_out["area_cm2"]))
                     + (fill(t["roots"], roots=roots) if roots else "."))
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
    t, fill = texts.block("handout"), texts.fill
    muscle = atlas.muscle_site(site.muscle.id, "left" if site.side == "midline" else site.side)
    lines = [t["closeup_colours"]]
    if muscle is not None:
        a = muscle.anatomy
        where = (t["superficial"] if a.layer == "superficial"
                 else fill(t["deep_under"], muscles=", ".join(atlas.muscles[m].name for m in a.under)))
        lines.append(fill(t["closeup_muscle"], name=site.muscle.name, where=where,
                          action=at.text(f"anatomy.{a.muscle}.action", a.action)))
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


def _region(atlas: Atlas, content: HandoutContent) -> str:
    """The pain area's name in the current language."""
    try:
        return at.region_name(atlas.region_by_name(content.region))
    except (KeyError, ValueError):
        return content.region


def _point_title(i: int, site: TriggerPointSite) -> str:
    """"1. deep calf muscle (Soleus), left side": the plain name translated, the muscle's name kept."""
    t, m = texts.block("handout"), site.muscle
    plain = at.text(f"muscles.{m.id}.plain_name", m.plain_name) or m.name
    return texts.fill(t["point"], n=i, plain=plain, name=m.name, side=t["side"][site.side])


def _point_fields(atlas: Atlas, site: TriggerPointSite) -> list[tuple[str, str]]:
    """(label, text) for one trigger point: where, how to find it, what it causes, how, how long, tool, when to
    stop; in the current language, empty ones left out."""
    labels, tp = texts.block("handout")["labels"], site.trigger_point
    care = at.self_care(atlas, tp)
    rows = [("where", at.tp_text(tp, "location")), ("find", care.where), ("causes", at.tp_text(tp, "pain_pattern")),
            ("how", care.how), ("duration", care.duration), ("tool", care.tool), ("when_to_stop", care.when_to_stop)]
    return [(labels[k], v) for k, v in rows if v]


def _closing_lists(atlas: Atlas) -> list[tuple[str, list[str]]]:
    """The red flags, the causes to look for and the safety limits, each with its heading."""
    t, defaults = texts.block("handout"), at.self_care_defaults(atlas)
    safety = [at.text(f"self_care.safety.{i}", rule) for i, rule in enumerate(atlas.self_care.safety)]
    return [(t["red_flags"], defaults.red_flags), (t["look_for_cause"], defaults.look_for_cause),
            (t["safety"], safety)]


def _write_closing(pdf, font: str, atlas: Atlas, content: HandoutContent) -> None:
    """The handout's last part: red flags, look for the cause, the safety limits, the disclaimer, sources."""
    t = lambda s: _plain(str(s), font)  # noqa: E731
    pdf.set_x(pdf.l_margin)
    for heading, items in _closing_lists(atlas):
        pdf.set_font(font, "B", 13)
        pdf.cell(0, 8, t(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(font, "", 10.5)
        for item in items:
            pdf.multi_cell(0, 5, t(f"- {item}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(font, "", 8.5)
    pdf.multi_cell(0, 4, t(at.text("info.disclaimer", atlas.info.disclaimer)), new_x="LMARGIN", new_y="NEXT")
    refs = sorted({s.ref for site in content.sites for s in site.trigger_point.sources} | {"sockdoc"})
    catalogue = {s.id: s.citation for s in atlas.info.sources}
    pdf.multi_cell(0, 4, t(texts.block("handout")["sources"] + " | ".join(catalogue.get(r, r) for r in refs)),
                   new_x="LMARGIN", new_y="NEXT")


def _write_point(pdf, font: str, atlas: Atlas, content: HandoutContent, i: int, site: TriggerPointSite) -> None:
    """One trigger point: its title, the close-up with its caption, then where, how and for how long."""
    t = lambda s: _plain(str(s), font)  # noqa: E731
    if pdf.get_y() > pdf.h - 120:  # the close-up and the first lines of its text stay on one page
        pdf.add_page()
    pdf.set_x(pdf.l_margin)
    pdf.set_font(font, "B", 13)
    pdf.multi_cell(0, 7, t(_point_title(i, site)), new_x="LMARGIN", new_y="NEXT")
    with tempfile.TemporaryDirectory() as tmp:
        top = pdf.get_y()
        pdf.image(str(render_closeup(atlas, site, content.pain_vertices, Path(tmp) / f"tp{i}.png")),
                  x=pdf.l_margin, y=top, w=62)
    pdf.set_font(font, "", 9)
    pdf.set_xy(pdf.l_margin + 66, top)
    pdf.multi_cell(0, 4.5, t(_closeup_caption(atlas, site)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), top + 62) + 2)
    for label, value in _point_fields(atlas, site):
        pdf.set_font(font, "B", 10.5)
        pdf.write(5, t(f"{label}: "))
        pdf.set_font(font, "", 10.5)
        pdf.write(5, t(value))
        pdf.ln(6)
    pdf.ln(2)


def write_pdf(atlas: Atlas, content: HandoutContent, out: Path) -> Path:
    """The handout as an A4 PDF, in the current language (bodymap.i18n.language)."""
    from fpdf import FPDF

    h = texts.block("handout")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(h["title"])
    pdf.set_creator("bodymap")
    pdf.set_lang(current_language())
    font = _font(pdf)
    t = lambda s: _plain(str(s), font)  # noqa: E731
    pdf.add_page()
    pdf.set_font(font, "B", 18)
    pdf.cell(0, 10, t(h["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 11)
    pdf.cell(0, 6, t(texts.fill(h["meta"], region=_region(atlas, content), date=content.date)), new_x="LMARGIN",
             new_y="NEXT")
    pdf.multi_cell(0, 5, t(h["intro"]))
    with tempfile.TemporaryDirectory() as tmp:
        picture = render_pictures(atlas, content, Path(tmp) / "body.png")
        pdf.image(str(picture), x=20, w=170)
    pdf.set_x(pdf.l_margin)
    record = drawing_lines(atlas, content.drawing)
    if record:
        pdf.set_font(font, "B", 13)
        pdf.cell(0, 8, t(h["drawing"]["title"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(font, "", 10.5)
        for line in record:
            pdf.multi_cell(0, 5, t(line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for i, site in enumerate(content.sites, 1):
        _write_point(pdf, font, atlas, content, i, site)
    _write_closing(pdf, font, atlas, content)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def write_html(atlas: Atlas, content: HandoutContent, out: Path) -> Path:
    """An HTML handout with the picture beside it (a PNG next to the HTML file); no external URL."""
    out = Path(out)
    picture = render_pictures(atlas, content, out.with_suffix(".png"))
    e, h = html.escape, texts.block("handout")
    items = []
    record = drawing_lines(atlas, content.drawing)
    if record:
        items.append(f"<h2>{e(h['drawing']['title'])}</h2>" + "".join(f"<p>{e(line)}</p>" for line in record))
    for i, site in enumerate(content.sites, 1):
        fields = "".join(f"<dt>{e(label)}</dt><dd>{e(value)}</dd>" for label, value in _point_fields(atlas, site))
        items.append(f"<h2>{e(_point_title(i, site))}</h2><dl>{fields}</dl>")
    closing = "".join(f"<h2>{e(heading)}</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in entries)}</ul>"
                      for heading, entries in _closing_lists(atlas))
    meta = texts.fill(h["meta"], region=_region(atlas, content), date=content.date)
    out.write_text(f"<!doctype html><html lang={current_language()}><meta charset=utf-8><title>{e(h['title'])}</title>"
                   f"<style>body{{font-family:sans-serif;max-width:800px;margin:auto;font-size:1.1em}}</style>"
                   f"<h1>{e(h['title'])}</h1><p>{e(meta)}</p><img src='{e(picture.name)}' width=100% "
                   f"alt='{e(h['html_alt'])}'>{''.join(items)}{closing}</html>", encoding="utf-8")
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
