"""Re-anchoring: carry every annotation anchor onto another mesh by nearest-surface projection.

Anchors store a position as well as a vertex id so that an atlas can move to a mesh with other topology:
each position is projected onto the closest point of the other surface (trimesh proximity) and the
nearest vertex there becomes the new anchor. On bodymap's own variants (same topology) the ids carry over
unchanged, so this is for outside meshes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import trimesh

from bodymap.core._yaml import iter_mappings, read_yaml
from bodymap.errors import BodymapError


@dataclass(frozen=True)
class Moved:
    file: str
    line: int
    old_vertex: int
    new_vertex: int
    displacement_cm: float


def load_mesh(path: Path) -> trimesh.Trimesh:
    try:
        mesh = trimesh.load(path, force="mesh", process=False)
    except Exception as exc:  # trimesh raises many types for unreadable files
        raise BodymapError(f"cannot read mesh {path}: {exc}") from None
    if not isinstance(mesh, trimesh.Trimesh) or len(mesh.faces) == 0:
        raise BodymapError(f"{path} holds no triangle mesh")
    return mesh


def reanchor_folder(root: Path, mesh: trimesh.Trimesh) -> list[Moved]:
    """Project every anchor under root onto mesh; returns one row per anchor (files are not changed)."""
    entries = []
    for file in sorted(Path(root).rglob("*.yaml")):
        tree = read_yaml(file.read_text(encoding="utf-8"))
        for _, node in iter_mappings(tree, "vertex", "position"):
            entries.append((str(file.relative_to(root)), node.lc.line + 1, int(node["vertex"]),
                            [float(x) for x in node["position"]]))
    if not entries:
        return []
    points = np.array([e[3] for e in entries])
    closest, _, _ = trimesh.proximity.closest_point(mesh, points)
    new_vertices = np.argmin(np.linalg.norm(mesh.vertices[None, :, :] - closest[:, None, :], axis=2), axis=1) \
        if len(mesh.vertices) * len(points) < 5e7 else mesh.kdtree.query(closest)[1]
    moved = np.linalg.norm(np.asarray(mesh.vertices)[new_vertices] - points, axis=1)
    return [Moved(f, line, old, int(new), float(d)) for (f, line, old, _), new, d in zip(entries, new_vertices, moved)]
