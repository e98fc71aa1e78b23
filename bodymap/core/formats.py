"""Every file name, format name and format version bodymap reads or writes, and the one binary container that
carries arrays (baked tables, the browser's data packs).

Why one module: like brainglobe's `descriptors.py`, the layout of each file lives in one place that the
writers, the readers and the docs all use; the browser reads the same container (js/pack.js), and learns the
names and versions from what Python sends it, so none of this is restated in JavaScript.

Container layout (little-endian): 8 bytes of magic, a uint32 header length, a UTF-8 JSON header padded with
spaces so that the arrays start 8-byte aligned, then the arrays back to back (each 8-byte aligned). The header
holds `format`, `version`, an `arrays` table `{name: {dtype, shape, offset, nbytes}}` (offsets from the end of
the header) and `sha256` of the array bytes, plus whatever the writer adds.
"""
from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from bodymap.errors import BodymapError

# ---- mesh files (meshes/, written by `bodymap build-meshes`) ----
TOPOLOGY_FILE = "hm08_topology.npz"


def variant_file(variant: str) -> str:
    """File name of one body variant's vertex positions."""
    return f"hm08_{variant}.npz"


# ---- formats: name and version of everything bodymap writes ----
@dataclass(frozen=True)
class Format:
    name: str
    version: int

    def to_json(self) -> dict:
        """How the browser learns which format and version to expect (js/pack.js)."""
        return {"name": self.name, "version": self.version}

    def header(self, **fields) -> dict:
        """A container header of this format with `fields`."""
        return {"format": self.name, "version": self.version, **fields}


BAKED_TABLES = Format("bodymap-baked-tables", 2)     # `bodymap export --out tables.bmt`
BODY_PACK = Format("bodymap-body-pack", 2)           # one body for the browser: mesh, zones, paths, texts
QUIZ_PACK = Format("bodymap-quiz-pack", 2)           # the quiz questions' distance fields for one body
STANDALONE = Format("bodymap-standalone", 2)         # the page `bodymap export-site` writes
LANGUAGE_PACK = Format("bodymap-language-pack", 1)   # one language's interface texts and body-pack patch

MAGIC = b"BODYMAP2"
ALIGN = 8


class ContainerError(BodymapError):
    """A container file is missing, truncated, corrupt or of another format or version."""


def pack_arrays(header: dict, arrays: dict[str, np.ndarray], delta: Collection[str] = ()) -> bytes:
    """Container bytes for `arrays` with `header` (which must name `format` and `version`).

    Arrays named in `delta` (unsigned integer lists that are mostly ascending, such as the sorted vertex ids of
    zones) are stored as differences from the previous element, wrapping in their own dtype, and marked
    `"delta": true`: the same bytes gzip to about a third, and a reader restores them with a running sum."""
    payload = bytearray()
    layout = {}
    for name, arr in arrays.items():
        arr = np.ascontiguousarray(arr)
        spec = {"dtype": arr.dtype.str, "shape": list(arr.shape)}
        if name in delta:
            if arr.dtype.kind != "u":
                raise ValueError(f"array {name}: delta coding is for unsigned integers, not {arr.dtype}")
            arr = np.diff(arr.reshape(-1), prepend=arr.dtype.type(0)).astype(arr.dtype).reshape(arr.shape)
            spec["delta"] = True
        payload += b"\0" * ((-len(payload)) % ALIGN)
        layout[name] = dict(spec, offset=len(payload), nbytes=arr.nbytes)
        payload += arr.tobytes()
    head = json.dumps(dict(header, arrays=layout, sha256=hashlib.sha256(payload).hexdigest()),
                      separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode()
    head += b" " * ((-(len(MAGIC) + 4 + len(head))) % ALIGN)
    return MAGIC + struct.pack("<I", len(head)) + head + bytes(payload)


def unpack_arrays(data: bytes, expected: Format, source: str) -> tuple[dict, dict[str, np.ndarray]]:
    """(header, arrays) from container bytes; raises ContainerError saying what is wrong and how to fix it."""
    again = f"re-export it with this bodymap ({expected.name})"
    if len(data) < 12 or data[:8] != MAGIC:
        raise ContainerError(f"{source} is not a {expected.name} file (bad magic); {again}")
    (head_len,) = struct.unpack("<I", data[8:12])
    if 12 + head_len > len(data):
        raise ContainerError(f"{source} is truncated (header); {again}")
    try:
        header = json.loads(data[12:12 + head_len])
    except ValueError as exc:
        raise ContainerError(f"{source} has a corrupt header ({exc}); {again}") from None
    if header.get("format") != expected.name or header.get("version") != expected.version:
        raise ContainerError(f"{source} is {header.get('format')} version {header.get('version')}, expected "
                             f"{expected.name} version {expected.version}; {again}")
    payload = data[12 + head_len:]
    if hashlib.sha256(payload).hexdigest() != header.pop("sha256", None):
        raise ContainerError(f"{source} is truncated or corrupt (checksum mismatch); {again}")
    arrays = {}
    for name, spec in header.pop("arrays").items():
        start = spec["offset"]
        arr = np.frombuffer(payload[start:start + spec["nbytes"]], dtype=np.dtype(spec["dtype"]))
        if spec.get("delta"):
            arr = np.cumsum(arr, dtype=arr.dtype)  # wraps in the dtype, undoing pack_arrays' differences
        arrays[name] = arr.reshape(spec["shape"])
    return header, arrays
