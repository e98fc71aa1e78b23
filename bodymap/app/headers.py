"""Security headers on every response of the served app (pages, static files, packs, handouts, /healthz).

Why a Tornado output transform: Panel and Bokeh own the page, static and websocket handlers, and a
transform is the one hook Tornado runs on the first chunk of *every* handler's response, ours and theirs,
errors and 304s included. docs/deploy.md says what the Content-Security-Policy allows and why.
"""
from __future__ import annotations

import re

from tornado.web import OutputTransform

from bodymap.errors import BodymapError

DEFAULT_FRAME_ANCESTORS = "'self'"

# Each source allowed in the policy, and why (docs/deploy.md repeats this for operators; each was found by
# taking it away and watching the page fail in Chromium):
CSP_SOURCES = {
    "default-src": "'self'",
    # 'unsafe-inline': Bokeh's page embeds the session's document and starts it in inline <script> blocks
    # (different for every session, so neither a hash nor a fixed nonce fits);
    # 'unsafe-eval': our js/loader.js imports the bundle through `new Function("url", "return import(url)")`,
    # so that es-module-shims does not rewrite it (docs/performance.md);
    # blob:: Panel's es-module-shims turns each component's ES module into a blob: URL and imports it
    "script-src": "'self' 'unsafe-inline' 'unsafe-eval' blob:",
    # Bokeh and Panel set inline styles and put <style> elements into their shadow roots
    "style-src": "'self' 'unsafe-inline'",
    # the pictures for browsers without WebGL arrive as data: URLs
    "img-src": "'self' data:",
    "font-src": "'self'",
    # blob:: es-module-shims fetches the blob: URLs it made; then the packs, handouts and /healthz (fetch) and
    # the session's websocket, to this host only: {ws} is filled per request with ws://HOST and wss://HOST,
    # since older browsers (older Safari) do not count a websocket to the same host as 'self'
    "connect-src": "'self' blob: {ws}",
    "worker-src": "'none'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}

_KEYWORD = re.compile(r"^'(self|none)'$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:$")
_HOST = re.compile(r"^([a-z][a-z0-9+.-]*://)?(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:(\d{1,5}|\*))?(/[^\s;,']*)?$")


def frame_ancestors(value: str) -> str:
    """Check a `--frame-ancestors` value (CSP sources: 'self', 'none', https://clinic.example.org, ...)
    and return it normalised; raises BodymapError with one line naming the bad source."""
    sources = str(value).split()
    if not sources:
        raise BodymapError("--frame-ancestors: give at least one source, e.g. \"'self'\" or "
                           "\"'self' https://clinic.example.org\" ('none': no page may embed bodymap)")
    for s in sources:
        if s in ("self", "none"):  # a host named "self" is what CSP would read: surely not what was meant
            raise BodymapError(f"--frame-ancestors: write {s} in single quotes, as CSP does: \"'{s}'\"")
        if not (_KEYWORD.match(s) or _SCHEME.match(s) or _HOST.match(s)):
            raise BodymapError(f"--frame-ancestors: {s[:60]} is not a CSP source: use 'self', 'none', a scheme "
                               f"like https: or a host like https://clinic.example.org, separated by spaces")
    if "'none'" in sources and len(sources) > 1:
        raise BodymapError("--frame-ancestors: 'none' cannot be combined with other sources")
    return " ".join(sources)


def content_security_policy(host: str, ancestors: str = DEFAULT_FRAME_ANCESTORS) -> str:
    """The policy for a response to a request for `host` (the Host header, e.g. course.example.org:443)."""
    clean = host if re.match(r"^[A-Za-z0-9.:\[\]-]{1,255}$", host or "") else ""
    ws = f"ws://{clean} wss://{clean}" if clean else ""
    parts = [f"{k} {v.format(ws=ws)}".strip() for k, v in CSP_SOURCES.items()]
    return "; ".join([*parts, f"frame-ancestors {ancestors}"])


def security_headers(ancestors: str = DEFAULT_FRAME_ANCESTORS) -> type[OutputTransform]:
    """A Tornado output transform class that adds the headers, with `ancestors` as frame-ancestors."""

    class SecurityHeaders(OutputTransform):
        def __init__(self, request) -> None:
            self.host = request.host

        def transform_first_chunk(self, status_code, headers, chunk, finishing):
            headers.setdefault("Content-Security-Policy", content_security_policy(self.host, ancestors))
            headers.setdefault("X-Content-Type-Options", "nosniff")
            headers.setdefault("Referrer-Policy", "no-referrer")
            return status_code, headers, chunk

    return SecurityHeaders
