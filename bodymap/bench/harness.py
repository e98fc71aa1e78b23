"""Shared for browser-driven benchmarks: start a server, launch Debian chromium, measure in the page."""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "Server"]
