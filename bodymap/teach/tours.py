"""Guided tours: turn a tour step (YAML) into what the viewer should show. Pure; the app applies it."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bodymap.core.atlas import Atlas
from bodymap.core.referral import engine_for, referral_path
from bodymap.core.schema import TourStep


@dataclass(frozen=True)
class StepView:
    view: str
    pain: int | None
    highlight: list[int]
    result_sites: list[int]
    selected: int | None
    path: np.ndarray = field(repr=False)
    lines: list[str]
    narration: str
    title: str


def _site_for(atlas: Atlas, tp_id: str, side: str):
    sites = atlas.sites_of(tp_id)
    for s in sites:
        if s.side in (side, "midline"):
            return s
    return sites[0]


def step_view(atlas: Atlas, step: TourStep, side: str = "left") -> StepView:
    """What one step shows: camera, pain spot, tinted regions, trigger points, the animated referral."""
    highlight: list[int] = []
    for name in step.regions:
        region = atlas.region_by_name(name)
        highlight.extend(atlas.region_vertices(atlas.regions.index(region)).tolist())
    sites = [_site_for(atlas, tp, side) for tp in step.trigger_points]
    animated = _site_for(atlas, step.animate, side) if step.animate else None
    if animated is not None and animated not in sites:
        sites.append(animated)
    path = np.zeros(0, np.float32)
    pain = step.pain.vertex if step.pain else None
    if animated is not None:
        target = pain if pain is not None else engine_for(atlas).closest_pain_vertex(animated, animated.essential)
        path = referral_path(atlas, animated, target).points.astype(np.float32).ravel()
    return StepView(
        view=step.view,
        pain=pain,
        highlight=highlight,
        result_sites=[s.index for s in sites],
        selected=animated.index if animated is not None else (sites[0].index if sites else None),
        path=path,
        lines=list(step.lines),
        narration=step.narration,
        title=step.title,
    )
