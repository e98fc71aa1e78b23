"""Reconnect and restore in real Chromium: the server is killed (SIGKILL) under an open page that shows a pain
spot, a chosen trigger point, a turned view and a drawing; the page says it is reconnecting, and once a server
answers again it reloads itself (no page.reload() here) and shows the same state. Directly, and behind nginx
with one of two processes killed. Also: the page works under the served Content-Security-Policy."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bodymap.bench.harness import free_port, wait_for_http
from tests.browser.conftest import open_app, wait_until

pytestmark = pytest.mark.browser
TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf.template"
NOTICE = "[data-testid=connection]"
CSP_WORDS = ("Content Security Policy", "Content-Security-Policy")


class Backend:
    """`bodymap serve` on a port of our choosing, so it can be killed and started again on the same port."""

    def __init__(self, port: int | None = None, extra: list[str] | None = None):
        self.port, self.extra = port or free_port(), extra or []
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bodymap-reconnect-{self.port}.log"
        self.proc = None

    def start(self) -> Backend:
        cmd = [sys.executable, "-m", "bodymap.cli", "serve", "--no-browser", "--port", str(self.port), *self.extra]
        self.proc = subprocess.Popen(cmd, stdout=open(self.log, "a"), stderr=subprocess.STDOUT)
        wait_for_http(self.url + "healthz", self.proc, timeout=90)
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def websockets(self) -> int:
        return self.log.read_text().count("WebSocket connection opened")


def _show_a_visit(page, atlas) -> dict:
    """A drawing, then a pain spot with the second listed trigger point chosen, seen from the back; returns what
    should come back after the restart."""
    heel = atlas.site("soleus_tp1:left")
    drawn = [int(v) for v in atlas.site("gluteus_medius_tp1:right").essential[:40]]
    page.evaluate("() => window.bodymap.setMode('paint')")
    page.evaluate("vs => window.bodymap.paint(vs)", drawn)
    page.evaluate("() => window.bodymap.setMode('pick')")
    st = page.evaluate("v => window.bodymap.click(v)", int(atlas.body.central_vertex(heel.essential)))
    second = sorted({c["site"] for c in st["candidates"]} - {st["selected_site"]})[0]
    page.evaluate("s => window.bodymap.clickMarker(s)", second)
    page.evaluate("() => window.bodymap.setView('back')")
    page.evaluate("() => window.bodymap.setMode('paint')")
    page.wait_for_function("() => new URLSearchParams(location.search).get('mode') === 'paint'"
                           " && new URLSearchParams(location.search).get('tp')")
    return _visit(page)


def _visit(page) -> dict:
    st = page.evaluate("() => window.bodymap.state()")
    rec = st["record"]
    return {"pain": st["pain"], "tp": st["selected_site"], "view": st["view"], "body": st["body"], "mode": st["mode"],
            "areas": [a["vertices"] for a in rec["areas"]], "area_cm2": rec["area"]}


def _wait_for_a_new_page(page, timeout: float = 90) -> None:
    """Until the page has reloaded itself (the mark set on the old document is gone) and shows the body."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if page.evaluate("() => !window.__oldPage && !!window.bodymap && window.bodymap.ready === true"):
                return
        except Exception:  # the page is navigating: ask again
            pass
        time.sleep(0.2)
    raise AssertionError("the page did not come back by itself")


def _assert_calm_notice(page) -> None:
    notice = page.locator(NOTICE)
    notice.wait_for(state="visible", timeout=20_000)
    assert notice.get_attribute("role") == "status" and notice.get_attribute("aria-live") == "polite"
    text = notice.inner_text()
    assert "Reconnecting" in text or "reconnecting" in text, text
    assert "Traceback" not in text and "Error" not in text
    assert page.evaluate("() => window.bodymap.ready === true"), "the body stays on screen"


def _csp_errors(page) -> list[str]:
    return [e for e in page.recorder.errors if any(w in e for w in CSP_WORDS)]


@pytest.fixture(scope="module")
def backend():
    b = Backend().start()
    yield b
    b.kill()


def test_app_works_under_its_content_security_policy(backend, page, atlas):
    with urllib.request.urlopen(backend.url, timeout=30) as r:
        assert "script-src 'self' 'unsafe-inline'" in r.headers["Content-Security-Policy"]
    open_app(page, backend.url)
    page.evaluate("v => window.bodymap.click(v)", int(atlas.body.central_vertex(atlas.site("soleus_tp1:left").essential)))
    page.wait_for_function("() => window.bodymap.state().answered > 0", timeout=20_000)  # over the websocket
    assert page.recorder.errors == [], page.recorder.errors


def test_a_restarted_server_brings_the_page_back_as_it_was(backend, page, atlas):
    open_app(page, backend.url)
    before = _show_a_visit(page, atlas)
    assert len(before["areas"]) == 1 and before["areas"][0] > 10 and before["pain"] is not None
    assert before["view"] == "back" and before["tp"] >= 0 and before["mode"] == "paint"
    page.evaluate("() => { window.__oldPage = true; }")
    backend.kill()
    _assert_calm_notice(page)
    backend.start()
    _wait_for_a_new_page(page)
    assert _visit(page) == before
    page.locator(NOTICE).wait_for(state="hidden", timeout=5_000)
    assert _csp_errors(page) == []


def test_the_standalone_page_keeps_its_drawing_over_a_reload(standalone_site, page, atlas):
    """No server there, but a reload (or a tab restored by the browser) keeps the drawing the same way."""
    url = standalone_site.as_uri()
    page.goto(url)
    wait_until(page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)
    drawn = [int(v) for v in atlas.site("gluteus_medius_tp1:right").essential[:40]]
    page.evaluate("() => window.bodymap.setMode('paint')")
    before = page.evaluate("vs => window.bodymap.paint(vs).record", drawn)
    page.reload()
    wait_until(page, "window.bodymap && window.bodymap.ready === true", timeout=60_000)
    after = page.evaluate("() => window.bodymap.state()")
    assert after["record"]["areas"] == before["areas"] and after["painted"] == before["areas"][0]["vertices"]
    assert page.recorder.errors == [], page.recorder.errors


def test_behind_nginx_the_other_process_takes_over(page, atlas, tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.fail("nginx is not installed (apt-get install nginx-light; see README)")
    port = free_port()
    backends = [Backend(extra=["--allow-websocket-origin", f"127.0.0.1:{port}"]) for _ in range(2)]
    conf = TEMPLATE.read_text().replace("{{LISTEN_PORT}}", str(port)).replace(
        "{{BACKENDS}}", "\n".join(f"        server 127.0.0.1:{b.port};" for b in backends))
    (tmp_path / "nginx.conf").write_text(conf)
    proxy = None
    try:
        for b in backends:
            b.start()
        proxy = subprocess.Popen([nginx, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url + "healthz", proxy, timeout=30)
        open_app(page, url)
        before = _show_a_visit(page, atlas)
        served = [b for b in backends if b.websockets()]
        assert len(served) == 1, "one process holds the page's session"
        page.evaluate("() => { window.__oldPage = true; }")
        served[0].kill()
        _assert_calm_notice(page)
        _wait_for_a_new_page(page)
        assert _visit(page) == before
        other = next(b for b in backends if b is not served[0])
        assert other.websockets() == 1, "the page's new session lives in the other process"
    finally:
        if proxy:
            proxy.terminate()
            proxy.wait(10)
        for b in backends:
            b.kill()
