"""HTML for the side panels, built from plain data. Every string from annotation files, URLs or search
input passes through `esc` (html.escape): text is always shown as text, never run as HTML."""
from __future__ import annotations

from html import escape

from bodymap.atlas import Atlas, TriggerPointSite
from bodymap.referral import Candidate


def esc(value: object) -> str:
    return escape(str(value), quote=True)


ZONE_WORDS = {"essential": "main pain zone", "spillover": "wider pain zone", "near": "just outside the zone"}


def region_html(region: str | None, clinic: bool = False, mode: str = "pick") -> str:
    """The pain region's name, or what to do first in this mode."""
    if not region:
        if mode == "forward":
            hint = "Choose a muscle, or click one of the dots on the body to see its trigger points."
        elif mode == "paint":
            hint = "Paint every area that hurts: drag with the left button; the right button turns the body."
        else:
            hint = "Click where it hurts." if clinic else "Click the body where it hurts, or search above."
        return f'<div class="bm-region bm-muted">{esc(hint)}</div>'
    return f'<div class="bm-region" data-testid="region">Pain at: <b>{esc(region)}</b></div>'


def candidates_html(candidates: list[Candidate], clinic: bool = False) -> str:
    """The ranked list with one line of why for each candidate."""
    if not candidates:
        return '<div class="bm-muted" data-testid="candidates">No known trigger point sends pain here.</div>'
    items = []
    for i, c in enumerate(candidates, 1):
        name = c.site.muscle.plain_name if clinic and c.site.muscle.plain_name else c.site.muscle.name
        side = "" if c.site.side == "midline" else f"{c.site.side} "
        items.append(
            f'<li data-muscle="{esc(c.site.muscle.id)}" data-tp="{esc(c.site.trigger_point.id)}">'
            f'<span class="bm-rank">{i}</span> <b>{esc(side + name)}</b> '
            f'<span class="bm-tp">{esc(c.site.trigger_point.name)}</span>'
            f'<span class="bm-zone bm-zone-{esc(c.zone)}">{esc(ZONE_WORDS[c.zone])}</span>'
            f'<div class="bm-why">{esc(_plain_why(c) if clinic else c.explanation)}</div></li>')
    return f'<ol class="bm-candidates" data-testid="candidates">{"".join(items)}</ol>'


def _plain_why(c: Candidate) -> str:
    """The explanation in everyday words, for the clinic view."""
    how = {"essential": "often", "spillover": "sometimes", "near": "now and then, close to here"}[c.zone]
    plain = c.site.muscle.plain_name or c.site.muscle.name
    return f"A tight spot in the {plain} ({c.site.muscle.name}) {how} sends pain here."


def self_care_html(atlas: Atlas, site: TriggerPointSite | None, clinic: bool = False) -> str:
    """Where and how to press, for how long, with what, when to stop, red flags, causes, sources."""
    if site is None:
        return ""
    tp = site.trigger_point
    care = atlas.self_care_for(tp)
    cites = "; ".join(esc(_citation(atlas, s.ref, s.detail)) for s in (tp.sources or site.muscle.sources))
    rows = [("Where", care.where), ("How", care.how), ("How long", care.duration), ("Tool", care.tool),
            ("When to stop", care.when_to_stop)]
    body = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows if v)
    flags = "".join(f"<li>{esc(f)}</li>" for f in care.red_flags)
    causes = "".join(f"<li>{esc(c)}</li>" for c in care.look_for_cause)
    title = site.muscle.plain_name if clinic and site.muscle.plain_name else site.muscle.name
    return (
        f'<section class="bm-card" data-testid="self-care"><h3>Self-care: {esc(title)} '
        f'<span class="bm-tp">{esc(tp.name)}</span></h3>'
        f'<p class="bm-where">{esc(tp.location)}</p><p>{esc(tp.pain_pattern)}</p>'
        f"<dl>{body}</dl>"
        f'<h4>Stop and see a professional</h4><ul class="bm-flags">{flags}</ul>'
        f"<h4>Look for the cause</h4><ul>{causes}</ul>"
        f'<p class="bm-sources">Sources: {cites}</p></section>')


def safety_html(atlas: Atlas) -> str:
    items = "".join(f"<li>{esc(s)}</li>" for s in atlas.self_care.safety)
    return (f'<aside class="bm-safety" data-testid="safety" role="note"><b>Safety</b><ul>{items}</ul>'
            f'<p class="bm-muted">{esc(atlas.info.disclaimer)}</p></aside>')


def line_html(atlas: Atlas, line_id: str | None) -> str:
    if not line_id or line_id not in atlas.lines:
        return ""
    line = atlas.lines[line_id]
    stations = "".join(f"<li>{esc(s)}</li>" for s in line.stations)
    note = f" {esc(line.evidence_note)}" if line.evidence_note else ""
    return (f'<section class="bm-card" data-testid="line-info"><h4>{esc(line.name)}</h4>'
            f'<p>Evidence for this line: <b>{esc(line.evidence.replace("_", " "))}</b>.{note} The animated '
            f"path is a teaching picture of the connection: referred pain is made by the nervous system "
            f"and does not literally travel along fascia.</p><p>Stations:</p><ul>{stations}</ul></section>")


def _citation(atlas: Atlas, ref: str, detail: str | None) -> str:
    short = {s.id: s.citation.split(".")[0] for s in atlas.info.sources}.get(ref, ref)
    return f"{short}{', ' + detail if detail else ''}"


def tour_step_html(tour, step: int, view) -> str:
    """Progress, title and narration of a tour step."""
    return (f'<section class="bm-card" data-testid="tour"><div class="bm-muted" data-testid="tour-progress">'
            f"{esc(tour.title)}: step {step + 1} of {len(tour.steps)}</div><h3>{esc(view.title)}</h3>"
            f'<p data-testid="tour-narration">{esc(view.narration)}</p></section>')


def quiz_html(rnd, question, answer) -> str:
    """The current question, the feedback on an answer, or the final score."""
    total = len(rnd.quiz.questions)
    if question is None:
        return (f'<section class="bm-card" data-testid="quiz"><h3>Round finished</h3>'
                f'<p data-testid="quiz-score">Score: {rnd.total:.1f} of {total}</p></section>')
    head = f'<div class="bm-muted" data-testid="quiz-progress">Question {len(rnd.answers) + (0 if answer else 1)} of {total}</div>'
    body = f'<p data-testid="quiz-prompt">{esc(question.prompt)}</p>'
    if answer is None:
        body += '<p class="bm-muted">The orange area is where it hurts. Click where you think the trigger point is.</p>'
    else:
        mark = "correct" if answer.correct else "incorrect"
        body += (f'<p class="bm-feedback bm-{mark}" data-testid="quiz-feedback">{esc(answer.feedback)} '
                 f"Score {answer.score:.2f}.</p>")
    return f'<section class="bm-card" data-testid="quiz">{head}{body}<p>Total so far: {rnd.total:.1f}</p></section>'
