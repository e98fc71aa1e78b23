"""Sessions built before the visitor who needs them arrives.

Why: Bokeh answers a page request only after the app's objects exist, so whatever the app builds per session
is paid by the visitor before the browser can even start on the scripts. A pool keeps one session's Panel
objects ready; a taken one is replaced a little later, while that visitor is looking at the body and the
server is idle, so the replacement never competes with the page it was taken for (docs/performance.md).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger("bodymap.session_pool")

T = TypeVar("T")

REFILL_DELAY_S = 2.0  # after a take: past the first frame and the side panel of the visit that took it


class SessionPool(Generic[T]):
    """Hands out ready-built objects, one at a time; builds on demand when none is ready."""

    def __init__(self, build: Callable[[], T], name: str = "session", size: int = 1,
                 refill_delay_s: float = REFILL_DELAY_S):
        self._build = build
        self.name = name
        self._size = size
        self._delay = refill_delay_s
        self._ready: list[T] = []
        self._refill_scheduled = False
        self.taken_ready = 0   # counters, for tests and logs
        self.built_on_demand = 0

    def __len__(self) -> int:
        return len(self._ready)

    def fill(self) -> None:
        """Build until the pool is full (at start-up, and from the scheduled refill)."""
        self._refill_scheduled = False
        while len(self._ready) < self._size:
            try:
                self._ready.append(self._build())
            except Exception:  # a refill must never take the server down; take() will build (and raise) itself
                log.exception("could not build a session ahead of time")
                return

    def renew(self) -> None:
        """Replace the ready objects with new ones. Why: one built while many sessions were alive has its
        small objects scattered over Python's 1 MiB memory arenas among theirs, and keeps those arenas from
        being given back once they end; one built when the server is quiet fills the arenas still in use
        (docs/performance.md, "Memory")."""
        self._ready.clear()
        self.fill()
        log.info("rebuilt the ready %s", self.name)

    def take(self, refill: Callable[[Callable[[], None], float], None] | None = None) -> T:
        """A ready object if there is one, else a new one. `refill(fn, delay_s)` schedules the pool's refill
        (e.g. on the server's event loop); without it the pool is not refilled."""
        ready = bool(self._ready)
        if ready:
            item = self._ready.pop()
            self.taken_ready += 1
        else:
            item = self._build()
            self.built_on_demand += 1
        log.info("new %s, %s", self.name, "built ahead" if ready else "built now")
        if refill is not None and not self._refill_scheduled:
            self._refill_scheduled = True
            refill(self.fill, self._delay)
        return item
