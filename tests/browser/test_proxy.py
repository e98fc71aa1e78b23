"""Serving behind a real reverse proxy: Debian nginx on loopback with gzip and websocket upgrade in front of
two `bodymap serve` processes; the app loads through nginx and answers a click."""
from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from tests.browser.conftest import Server, free_port, open_app

pytestmark = pytest.mark.browser
TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf.template"


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.fail("nginx is not installed (apt-get install nginx-light; see README)")
    port = free_port()
    origin = f"127.0.0.1:{port}"
    backends = [Server(extra=["--allow-websocket-origin", origin]) for _ in range(2)]
    prefix = tmp_path_factory.mktemp("nginx")
    conf = TEMPLATE.read_text().replace("{{LISTEN_PORT}}", str(port)).replace(
        "{{BACKENDS}}", "\n".join(f"        server 127.0.0.1:{b.port};" for b in backends))
    (prefix / "nginx.conf").write_text(conf)
    proc = subprocess.Popen([nginx, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://{origin}/"
    for _ in range(50):
        try:
            urllib.request.urlopen(url, timeout=5).read()
            break
        except OSError:
            time.sleep(0.2)
    yield url, backends
    proc.terminate()
    proc.wait(10)
    for b in backends:
        b.stop()


def test_static_files_are_gzipped_through_the_proxy(proxied):
    url, _ = proxied
    page = urllib.request.urlopen(url).read().decode()
    bundle = "components/bodymap.app.screen/Screen/__javascript_modules__/static/app.bundle.js"
    req = urllib.request.Request(url + bundle, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers.get("Content-Encoding") == "gzip"
        compressed = len(resp.read())
    assert compressed < 400_000, f"gzip should shrink the 600 KB bundle, got {compressed} bytes"
    assert "bodymap" in page


def test_app_works_through_nginx(proxied, page, atlas):
    url, _ = proxied
    site = atlas.site("soleus_tp1:left")
    pts = atlas.body.vertices[site.essential]
    pain = int(site.essential[np.argmin(np.linalg.norm(pts - pts.mean(axis=0), axis=1))])
    open_app(page, url)
    page.evaluate("v => window.bodymap.click(v)", pain)
    page.wait_for_selector("[data-testid=candidates] li", timeout=15_000)
    assert "Soleus" in page.inner_text("[data-testid=candidates]")
    page.wait_for_function("() => window.bodymap.state().path !== null", timeout=15_000)
    assert page.recorder.external_requests() == []
