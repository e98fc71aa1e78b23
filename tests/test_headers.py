"""Security headers on the served app: real HTTP against a running `bodymap serve` (the page, a static file, a
data pack, a handout answer, /healthz, a 404), the --frame-ancestors option and its one-line errors.
That the page still works under the policy (no CSP violation in Chromium) is in tests/browser/test_reconnect.py."""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from bodymap.app.headers import content_security_policy, frame_ancestors
from bodymap.bench.harness import Server

ANCESTORS = "'self' https://clinic.example.org"


@pytest.fixture(scope="module")
def served():
    srv = Server(extra=["--frame-ancestors", ANCESTORS])
    yield srv
    srv.stop()


def _headers(url: str, data: bytes | None = None) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as r:
            r.read()
            return r.status, {k.lower(): v for k, v in r.headers.items()}
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}


def _policy(headers: dict) -> dict:
    return {d.split()[0]: d.split()[1:] for d in headers["content-security-policy"].split("; ")}


def _pack_url(srv) -> str:
    from bodymap.app.http import pack_urls
    from bodymap.settings import DEFAULT_VARIANT

    return srv.url + pack_urls()[DEFAULT_VARIANT]["body"]


@pytest.mark.parametrize("what", ["page", "static", "bundle", "pack", "healthz", "handout", "missing"])
def test_every_response_has_the_headers(served, what):
    url = {"page": served.url, "static": served.url + "static/js/bokeh.min.js", "pack": _pack_url(served),
           "bundle": served.url + "components/bodymap.app.screen/Screen/__javascript_modules__/static/app.bundle.js",
           "healthz": served.url + "healthz", "handout": served.url + "handout", "missing": served.url + "no/such"}
    status, h = _headers(url[what], data=b"not json" if what == "handout" else None)
    assert status == {"handout": 400, "missing": 404}.get(what, 200), (what, status)
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"
    csp = _policy(h)
    assert csp["frame-ancestors"] == ANCESTORS.split()
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"]
    host = served.url.split("/")[2]
    assert csp["connect-src"] == ["'self'", "blob:", f"ws://{host}", f"wss://{host}"]


def test_healthz_says_ok_without_making_a_session(served):
    def sessions() -> int:
        return served.output().count("new session")

    before, deadline = -1, time.monotonic() + 30
    while sessions() != before and time.monotonic() < deadline:  # the pool may still build one for a page asked before
        before = sessions()
        time.sleep(0.5)
    for _ in range(3):
        with urllib.request.urlopen(served.url + "healthz", timeout=10) as r:
            assert (r.status, r.read(), r.headers["Cache-Control"]) == (200, b"ok", "no-store")
    assert sessions() == before


def test_default_policy_lets_only_this_site_frame_the_app():
    csp = content_security_policy("localhost:5006")
    assert csp.endswith("frame-ancestors 'self'")
    assert "connect-src 'self' blob: ws://localhost:5006 wss://localhost:5006" in csp


def test_a_strange_host_header_is_not_copied_into_the_policy():
    csp = content_security_policy("evil.org; script-src *")
    assert "evil" not in csp and "connect-src 'self' blob:;" in csp


@pytest.mark.parametrize("value,normal", [
    ("'self'", "'self'"), ("'none'", "'none'"), ("  'self'   https://a.example.org  ", "'self' https://a.example.org"),
    ("https:", "https:"), ("https://*.example.org:443", "https://*.example.org:443"),
])
def test_frame_ancestors_accepts_csp_sources(value, normal):
    assert frame_ancestors(value) == normal


@pytest.mark.parametrize("value,phrase", [
    ("self", "in single quotes"), ("", "at least one source"), ("'self'; script-src *", "not a CSP source"),
    ("'none' 'self'", "cannot be combined"), ("https://a.org,https://b.org", "not a CSP source"),
])
def test_frame_ancestors_refuses_what_is_not_a_source(value, phrase):
    with pytest.raises(Exception, match=phrase):
        frame_ancestors(value)


def test_serve_with_a_bad_frame_ancestors_says_so_in_one_line():
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "serve", "--no-browser", "--port", "5999",
                          "--frame-ancestors", "self"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert "bodymap serve: error: --frame-ancestors" in run.stderr and "single quotes" in run.stderr
