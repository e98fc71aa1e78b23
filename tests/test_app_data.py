"""The mesh and tables every browser is sent (the body pack)."""
from __future__ import annotations

import numpy as np

from bodymap.app.data import draw_order, variant_data


def test_draw_order_keeps_every_triangle_and_its_winding():
    tri = np.array([[5, 9, 7], [1, 2, 3], [8, 4, 6], [0, 9, 2]])
    out = draw_order(tri)
    assert [list(t) for t in out] == [[0, 9, 2], [1, 2, 3], [8, 4, 6], [5, 9, 7]]


def test_served_indices_are_the_body_triangles_reordered():
    from bodymap.app.pack import body_content

    data = variant_data("neutral")
    served = body_content(data)[1]["indices"].reshape(-1, 3)
    assert served.dtype == np.uint16
    body = np.asarray(data.body.triangles)
    assert sorted(map(tuple, served.tolist())) == sorted(map(tuple, body.tolist()))
    assert np.all(np.diff(served.min(axis=1)) >= 0)
