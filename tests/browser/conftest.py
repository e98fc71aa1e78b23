"""Real-browser fixtures: a `bodymap serve` process on loopback and headless Debian chromium via Playwright.

Every page records its requests and console errors, so tests can assert that nothing left 127.0.0.1 and
that the page logged no error.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from bodymap.bench.harness import CHROMIUM, CHROMIUM_ARGS, Server, free_port  # noqa: F401 (tests import them from here)


@pytest.fixture(scope="session")
def server():
    srv = Server()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def standalone_site(tmp_path_factory) -> Path:
    """The standalone copy (`bodymap export-site`), written once for the whole run."""
    from bodymap.app.export_site import export_site

    return export_site(tmp_path_factory.mktemp("site"), variant="neutral")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"chromium not found at {CHROMIUM}; install Debian's chromium (see README)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class PageRecorder:
    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("console", lambda m: self.warnings.append(m.text) if m.type == "warning" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def external_requests(self) -> list[str]:
        ok = ("http://127.0.0.1", "ws://127.0.0.1", "http://localhost", "ws://localhost", "data:", "blob:",
              "file:", "about:")
        return [u for u in self.requests if not u.startswith(ok)]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    pg = context.new_page()
    pg.recorder = PageRecorder(pg)
    yield pg
    context.close()


def open_app(page, url: str, timeout: float = 60_000):
    """Open the app and wait for its first frame and for the side panel, which the server sends once the
    page is shown (app/main.py `_fill_once_shown`), so it can arrive a moment after the first frame."""
    page.goto(url)
    page.wait_for_function("window.bodymap && window.bodymap.ready === true", timeout=timeout)
    page.locator("input[placeholder*='heel pain']").first.wait_for(state="attached", timeout=timeout)
    return page


def open_in_host(browser, host: str, server, standalone_site: Path, view: str):
    """A 1400x950 page with the app open in one host ("served" or "standalone") at `view`; close its
    `.context` when done. For module fixtures that run a test in both hosts."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    page = context.new_page()
    if host == "served":
        open_app(page, f"{server.url}?view={view}")
    else:
        page.goto(f"{standalone_site.as_uri()}#view={view}")
        wait_until(page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)
    page.host = host
    return page


def both_hosts(view: str):
    """A module fixture `host = both_hosts("front")`: the app open at `view`, once served, once standalone."""
    @pytest.fixture(scope="module", params=["served", "standalone"])
    def host(request, browser, server, standalone_site):
        page = open_in_host(browser, request.param, server, standalone_site, view)
        yield page
        page.context.close()

    return host


def screen_distance(page, a: int, b: int) -> float | None:
    """Screen distance in pixels between where vertices a and b are drawn (None if either is hidden)."""
    pa, pb = (page.evaluate("v => window.bodymap.project(v)", v) for v in (a, b))
    return None if not (pa and pb) else float(((pa["x"] - pb["x"]) ** 2 + (pa["y"] - pb["y"]) ** 2) ** 0.5)


def wait_until(page, expression: str, timeout: float = 10_000) -> None:
    """Wait until a JS expression is true, asking the page from outside: the standalone page's
    Content-Security-Policy forbids eval, which Playwright's own wait_for_function uses to poll in the page."""
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(f"() => !!({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.05)


def wait_camera_settled(page) -> None:
    """Wait until the camera has finished gliding to its new pose."""
    page.wait_for_timeout(300)
    wait_until(page, "!window.bodymap.gliding", timeout=5_000)


def watched_page(context):
    """A new page whose script errors and console errors are collected in `page.errors` (a test asserts none)."""
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    return page
