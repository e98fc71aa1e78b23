"""The served app's plain HTTP routes beside Panel's: the data packs (cacheable files the browser fetches),
patient handouts (a PDF made from what the screen shows) and /healthz (is this process serving?).

Packs are named by a version of everything they are made from (annotation files, meshes, bodymap's code),
so a browser may keep them for a year and still never sees a stale one. Handouts are stateless: the request
says the body, the pain vertices and the trigger points; every value is checked (inputs.py) and a bad
request gets a one-line 400 answer.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import tempfile
from pathlib import Path

from tornado.ioloop import IOLoop
from tornado.web import HTTPError, RequestHandler

from bodymap import settings
from bodymap.app import inputs

log = logging.getLogger("bodymap.http")

PACK_ROUTE = "pack"
HANDOUT_ROUTE = "handout"
HEALTH_ROUTE = "healthz"
MAX_HANDOUT_REQUEST = 600_000  # bytes: a drawing of a few areas, each up to the whole skin, fits
PACK_NAME = re.compile(r"^(body|quiz|lang)-([a-z]{1,20})-([0-9a-f]{16})\.bmp$")


@functools.lru_cache(maxsize=1)
def content_version() -> str:
    """A hash of the annotation files, the meshes and bodymap's own code: what a pack is made from."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for root, pattern in ((settings.ANNOTATION_DIR, "*.yaml"), (settings.ANNOTATION_DIR, "*.po"),
                          (settings.MESH_DIR, "*.npz"), (package, "*.py")):
        for path in sorted(Path(root).rglob(pattern)):
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def pack_urls(variants=settings.VARIANTS) -> dict:
    """{variant: {body: url, quiz: url}, "languages": {lang: url}}, relative to the app's page."""
    v = content_version()
    urls: dict = {variant: {kind: f"{PACK_ROUTE}/{kind}-{variant}-{v}.bmp" for kind in ("body", "quiz")}
                  for variant in variants}
    urls["languages"] = {lang: f"{PACK_ROUTE}/lang-{lang}-{v}.bmp" for lang in _languages()}
    return urls


def _languages() -> list[str]:
    """The languages a language pack is served for: every one but English (the packs' own), and the pseudo."""
    from bodymap import i18n

    return [*i18n.translations(), i18n.PSEUDO]


def _pack_bytes(kind: str, name: str) -> bytes:
    from bodymap.app.language_pack import language_pack_bytes
    from bodymap.app.pack import body_pack, quiz_pack

    return {"body": body_pack, "quiz": quiz_pack, "lang": language_pack_bytes}[kind](name)


class PackHandler(RequestHandler):
    """GET pack/<kind>-<variant>-<version>.bmp: a gzip-compressed data pack (app/pack.py)."""

    async def get(self, name: str) -> None:
        m = PACK_NAME.match(name)
        known = _languages() if m and m.group(1) == "lang" else settings.VARIANTS
        if not m or m.group(2) not in known or m.group(3) != content_version():
            raise HTTPError(404)
        kind, variant = m.group(1), m.group(2)
        # the first request of a pack builds it (seconds); the server's loop serves others meanwhile
        data = await IOLoop.current().run_in_executor(None, _pack_bytes, kind, variant)
        self.set_header("Content-Type", "application/octet-stream")
        self.set_header("Content-Encoding", "gzip")
        self.set_header("Cache-Control", "public, max-age=31536000, immutable")
        self.finish(data)


def handout_request(body: bytes) -> tuple[str, list[int], list[str], list]:
    """(variant, pain vertices, trigger point site keys, the pain drawing's areas) from a handout request;
    raises RejectedInput."""
    from bodymap.app.data import variant_data

    if len(body) > MAX_HANDOUT_REQUEST:
        raise inputs.reject("handout", f"<{len(body)} bytes>", f"request larger than {MAX_HANDOUT_REQUEST} bytes")
    try:
        data = json.loads(body)
    except ValueError:
        raise inputs.reject("handout", body[:40], "must be JSON") from None
    if not isinstance(data, dict):
        raise inputs.reject("handout", data, "must be a JSON object")
    variant = inputs.choice(data.get("body"), settings.VARIANTS, "handout body")
    atlas = variant_data(variant).atlas
    pain = inputs.vertex_list(data.get("pain"), atlas.body.n_vertices, "handout pain")
    if not pain:
        raise inputs.reject("handout pain", data.get("pain"), "a handout needs the pain's vertices")
    keys = [s.key for s in atlas.sites]
    tps = data.get("trigger_points") or []
    if not isinstance(tps, list) or len(tps) > 8:
        raise inputs.reject("handout trigger_points", tps, "must be a list of at most 8 trigger point keys")
    chosen = [inputs.choice(k, keys, "handout trigger point") for k in tps]
    return variant, pain, chosen, inputs.drawing_areas(data.get("drawing"), atlas.body.n_vertices, "handout drawing")


def make_handout(variant: str, pain: list[int], tps: list[str], drawing: list | None = None) -> bytes:
    """The handout PDF for a pain and its trigger points (selected first), with the pain drawing if given."""
    from bodymap.app.data import variant_data
    from bodymap.draw.handout import choose_content, with_drawing, write_pdf

    atlas = variant_data(variant).atlas
    content = with_drawing(choose_content(atlas, pain, tps[:4] or None), drawing or [])
    with tempfile.TemporaryDirectory() as tmp:
        return write_pdf(atlas, content, Path(tmp) / "handout.pdf").read_bytes()


class HandoutHandler(RequestHandler):
    """POST handout {body, pain: [vertex...], trigger_points: [key...], drawing?: [area...]}: a patient handout
    as PDF (with the pain drawing's areas and measures when the screen has a drawing)."""

    async def post(self) -> None:
        try:
            request = handout_request(self.request.body)
        except inputs.RejectedInput as err:
            self.set_status(400)
            self.finish(str(err))
            return
        from bodymap.app.session import _picture_thread  # VTK draws one picture at a time

        try:
            pdf = await IOLoop.current().run_in_executor(_picture_thread(), make_handout, *request)
        except Exception:
            log.exception("could not make a handout")
            self.set_status(500)
            self.finish("the handout could not be made; the server log says why")
            return
        self.set_header("Content-Type", "application/pdf")
        self.set_header("Content-Disposition", 'attachment; filename="bodymap-handout.pdf"')
        self.finish(pdf)


class HealthHandler(RequestHandler):
    """GET healthz: 200 "ok" while this process serves. Why: a page whose websocket dropped asks this (cheap, no
    Bokeh session is made) to learn when the server is back before it reloads (js/hosts/connection.js), and a
    proxy or process manager can ask it too."""

    def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish("ok")


def routes() -> list[tuple]:
    """Tornado routes to add beside Panel's (pn.serve(..., extra_patterns=routes()))."""
    return [(rf"/{PACK_ROUTE}/([^/]+)", PackHandler), (rf"/{HANDOUT_ROUTE}", HandoutHandler),
            (rf"/{HEALTH_ROUTE}", HealthHandler)]
