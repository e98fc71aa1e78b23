"""The named views of the body: from the front, back, left and right. The 3D viewer, the server's pictures,
sheets and handouts all use these (the browser receives them with its data pack)."""
from __future__ import annotations

import numpy as np

#: view name -> (camera direction from the body centre, up vector). The body faces +z; its left is +x.
VIEWS: dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    "front": ((0, 0, 1), (0, 1, 0)),
    "back": ((0, 0, -1), (0, 1, 0)),
    "left": ((1, 0, 0), (0, 1, 0)),
    "right": ((-1, 0, 0), (0, 1, 0)),
}


#: Views only the review sheets draw (not offered to the browser, not in the share URL): "below" looks up at the
#: soles and the perineum, which no named view shows (docs/review-log-rev21c.md); the front is up in the picture.
SHEET_VIEWS: dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    "below": ((0, -1, 0), (0, 0, 1)),
}


def facing_view(normal: np.ndarray) -> str:
    """The named view whose camera looks most directly at a surface point with this normal."""
    return max(VIEWS, key=lambda v: float(np.dot(VIEWS[v][0], normal)))
