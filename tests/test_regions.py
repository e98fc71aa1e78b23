"""Pain regions where a patient would name them: checked against the mesh's own shape, not against the seeds."""
from __future__ import annotations

from collections import Counter

import numpy as np

from bodymap.core.landmarks import joint


def _auricle(atlas) -> np.ndarray:
    """Vertices of the left outer ear, found from the shape alone: the ear is the only thin part of the side
    of the head behind the eyes (skin with more skin less than 1.2 cm behind it, along the inward normal)."""
    body = atlas.body
    mesh = body.trimesh
    head, eye = joint(body, "head"), joint(body, "eye")
    v = body.vertices
    side_of_head = np.where((v[:, 0] > head[0] + 4) & (np.abs(v[:, 1] - head[1]) < 6) & (v[:, 2] < eye[2] - 3))[0]
    normals = mesh.vertex_normals[side_of_head]
    start = v[side_of_head] - normals * 0.02
    hits, rays, _ = mesh.ray.intersects_location(start, -normals, multiple_hits=False)
    thickness = np.full(len(side_of_head), np.inf)
    thickness[rays] = np.linalg.norm(hits - start[rays], axis=1)
    return side_of_head[thickness < 1.2]


def test_the_whole_outer_ear_is_named_ear(atlas):
    """A click on the bowl or the front of the ear used to be named 'left temple' (review of the upper
    trapezius zone, whose centre lies in the bowl of the ear)."""
    ear = _auricle(atlas)
    assert len(ear) > 50, "the shape test should find the auricle"
    names = Counter(atlas.regions[int(atlas.region_of_vertex[i])].key for i in ear)
    assert names["left_ear"] >= 0.95 * len(ear), names
