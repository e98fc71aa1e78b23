"""Quiz scoring: a student clicks where they think the trigger point is; the click is scored by geodesic
distance to the nearest correct trigger point.

A click within a question's tolerance of any correct trigger point (same side as the pain, or either side for
midline pain) scores full marks; farther clicks lose marks linearly until 3x the tolerance. `score_click` is
the rule; the browser applies the same rule to the distance field `question_field` computes here (every
vertex's distance to the nearest correct site), so a quiz needs no server round trip
(tests/browser/test_quiz.py checks that both agree).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bodymap import texts
from bodymap.core.atlas import Atlas, TriggerPointSite
from bodymap.core.schema import QuizQuestion


@dataclass(frozen=True)
class Answer:
    question: int
    clicked_vertex: int
    nearest_trigger_point: str
    distance_cm: float
    score: float               # 0..1, rounded to 3 decimals
    correct: bool
    feedback: str


def answer_sites(atlas: Atlas, question: QuizQuestion) -> list[TriggerPointSite]:
    """The trigger point sites that count as correct: on the pain's side (both for midline pain)."""
    pain_side = int(atlas.body.side[question.pain.vertex])
    wanted = {1: ("left", "midline"), -1: ("right", "midline"), 0: ("left", "right", "midline")}[pain_side]
    return [s for tp in question.answers for s in atlas.sites_of(tp) if s.side in wanted]


@dataclass(frozen=True, eq=False)
class QuestionField:
    """Every vertex's distance to the nearest correct site, and which site that is.

    distance : (n,) float32 cm, edge-graph geodesic distance (float32 as the browser holds it, so that both
        score a click from the same number)
    nearest : (n,) int, index into `sites` (the first one on a tie)
    """

    sites: list[TriggerPointSite]
    distance: np.ndarray
    nearest: np.ndarray


def question_field(atlas: Atlas, question: QuizQuestion) -> QuestionField:
    """The distance field a click on this question is scored with. The graph is symmetric, so the distance
    from a site to a click is the distance from the click to the site."""
    sites = answer_sites(atlas, question)
    dist = atlas.geodesics.distances_within([s.vertex for s in sites], limit_cm=np.inf)
    nearest = np.argmin(dist, axis=0)
    best = dist[nearest, np.arange(atlas.body.n_vertices)]
    if not np.isfinite(best).all():
        raise ValueError(f"quiz question {question.prompt[:40]!r}: some vertices cannot reach an answer on the skin")
    return QuestionField(sites, best.astype(np.float32), nearest)


def score(distance_cm: float, tolerance_cm: float) -> tuple[float, bool]:
    """(score 0..1 rounded to 3 decimals, correct) for a click this far from the nearest correct site."""
    raw = 1.0 if distance_cm <= tolerance_cm else max(0.0, 1.0 - (distance_cm - tolerance_cm) / (2 * tolerance_cm))
    return round(raw, 3), distance_cm <= tolerance_cm


def score_click(atlas: Atlas, question: QuizQuestion, index: int, vertex: int) -> Answer:
    vertex = atlas.body.check_vertex(vertex)
    field = question_field(atlas, question)
    best = field.sites[int(field.nearest[vertex])]
    d = float(field.distance[vertex])
    points, correct = score(d, question.tolerance_cm)
    feedback = texts.fill(texts.QUIZ["right" if correct else "wrong"], label=best.label, distance=f"{d:.0f}")
    return Answer(index, vertex, best.key, d, points, correct, feedback)
