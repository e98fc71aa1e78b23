"""Shared helpers: a Figure (one measured number with its target) and timing utilities."""
from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str          # e.g. "< 2" (ms); "" when the figure is informative only
    ok: bool | None      # None when there is no target

    def to_json(self) -> dict:
        d = asdict(self)
        d["value"] = round(float(self.value), 3)
        return d


def check(name: str, value: float, unit: str, op: str = "", limit: float | None = None) -> Figure:
    """A figure with a target like ('<', 2.0); ok says whether the value meets it."""
    if limit is None:
        return Figure(name, value, unit, "", None)
    ok = {"<": value < limit, "<=": value <= limit, ">": value > limit, ">=": value >= limit, "==": value == limit}[op]
    return Figure(name, value, unit, f"{op} {limit:g}", bool(ok))


def timings_ms(fn: Callable[[], object], repeat: int, warmup: int = 3) -> np.ndarray:
    for _ in range(warmup):
        fn()
    out = np.empty(repeat)
    for i in range(repeat):
        t = time.perf_counter()
        fn()
        out[i] = (time.perf_counter() - t) * 1000
    return out


def machine() -> dict:
    mem = 0
    try:
        with open("/proc/meminfo") as fh:
            mem = int(fh.readline().split()[1]) // 1024
    except OSError:
        pass
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "memory_mb": mem, "processor": platform.processor() or platform.machine()}
