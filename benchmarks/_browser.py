"""Shared for browser-driven benchmarks: start a server, launch Debian chromium, measure in the page."""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

# Measure in the page: call click(v) and wait for the frame that shows the highlight, then for Python's
# referral path (the round trip). Returns milliseconds.
CLICK_JS = """async (v) => {
  const bm = window.bodymap;
  const f0 = bm.frames;
  const t0 = performance.now();
  bm.click(v);
  // the viewer submits the pick's frame inside the click; it is on screen by the next animation frame
  let highlight = null;
  while (performance.now() - t0 < 5000) {
    await new Promise(r => requestAnimationFrame(r));
    if (highlight === null && bm.frames > f0) highlight = performance.now() - t0;  // next frame after the pick
    const s = bm.state();
    // Python's reply has arrived when it echoes this pick (a pain at the point itself has no path to draw)
    if (highlight !== null && s.pain === v && s.answered === s.pick) return {highlight, roundtrip: performance.now() - t0};
  }
  return {highlight, roundtrip: null};
}"""

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "CLICK_JS", "Server"]
