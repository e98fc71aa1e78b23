"""Handing freed memory back to the operating system.

Why: glibc keeps freed heap pages mapped for reuse, so a process that let go of a large object (a geodesic
solver, a finished session's Bokeh document) stays at its high-water mark in the system's eyes unless it
asks for a trim. Elsewhere (macOS, musl) there is nothing to ask, and nothing happens.
"""
from __future__ import annotations

import ctypes
import functools
import gc


@functools.lru_cache(maxsize=1)
def _libc():
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def trim_heap() -> bool:
    """Collect garbage, then return free heap pages to the system; returns whether malloc_trim ran."""
    gc.collect()
    libc = _libc()
    if libc is None or not hasattr(libc, "malloc_trim"):
        return False
    libc.malloc_trim(0)
    return True
