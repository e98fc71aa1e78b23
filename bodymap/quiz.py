"""Quiz scoring: a student clicks where they think the trigger point is; we score by geodesic distance.

A click within a question's tolerance of any correct trigger point (same side as the pain, or either
side for midline pain) scores full marks; farther clicks lose marks linearly until 3x the tolerance.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import numpy as np

from bodymap.atlas import Atlas, TriggerPointSite
from bodymap.schema import Quiz, QuizQuestion


@dataclass(frozen=True)
class Answer:
    question: int
    clicked_vertex: int
    nearest_trigger_point: str
    distance_cm: float
    score: float               # 0..1
    correct: bool
    feedback: str


@dataclass
class QuizRound:
    """One student's pass through a quiz; answers accumulate, one per question."""

    quiz: Quiz
    answers: list[Answer] = field(default_factory=list)

    @property
    def current(self) -> int:
        return len(self.answers)

    @property
    def finished(self) -> bool:
        return self.current >= len(self.quiz.questions)

    @property
    def total(self) -> float:
        return float(sum(a.score for a in self.answers))

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["quiz", "question", "prompt", "clicked_vertex", "nearest_trigger_point", "distance_cm",
                         "score", "correct"])
        for a in self.answers:
            q = self.quiz.questions[a.question]
            writer.writerow([self.quiz.id, a.question + 1, q.prompt, a.clicked_vertex, a.nearest_trigger_point,
                             f"{a.distance_cm:.1f}", f"{a.score:.2f}", "yes" if a.correct else "no"])
        writer.writerow([self.quiz.id, "total", "", "", "", "", f"{self.total:.2f}", f"of {len(self.quiz.questions)}"])
        return buf.getvalue()


def answer_sites(atlas: Atlas, question: QuizQuestion) -> list[TriggerPointSite]:
    """The trigger point sites that count as correct: on the pain's side (both for midline pain)."""
    pain_side = int(atlas.body.side[question.pain.vertex])
    wanted = {1: ("left", "midline"), -1: ("right", "midline"), 0: ("left", "right", "midline")}[pain_side]
    return [s for tp in question.answers for s in atlas.sites_of(tp) if s.side in wanted]


def score_click(atlas: Atlas, question: QuizQuestion, index: int, vertex: int) -> Answer:
    vertex = atlas.body.check_vertex(vertex)
    sites = answer_sites(atlas, question)
    dist = atlas.geodesics.distances_within([vertex], limit_cm=np.inf)[0]
    best = min(sites, key=lambda s: dist[s.vertex])
    d = float(dist[best.vertex])
    tol = question.tolerance_cm
    score = 1.0 if d <= tol else max(0.0, 1.0 - (d - tol) / (2 * tol))
    correct = d <= tol
    if correct:
        feedback = f"Right: {best.label} is {d:.0f} cm from your click."
    else:
        feedback = f"Not quite: the nearest answer, {best.label}, is {d:.0f} cm from your click."
    return Answer(index, vertex, best.key, d, round(score, 3), correct, feedback)
