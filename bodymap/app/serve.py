"""`bodymap serve`: start the Panel server on this machine and open the body in a browser."""
from __future__ import annotations

import logging
import sys

log = logging.getLogger("bodymap.serve")


def check_startup() -> None:
    """Load meshes, atlas and tables and build the default body's data pack before serving, so a broken file
    stops the start with a clear message instead of failing in the first session; then answer one pick in a
    throwaway session so the first visitor does not pay for imports and solver set-up; last, build the first
    pooled session."""
    from bodymap.app.pack import body_pack
    from bodymap.app.session import SESSIONS, Session
    from bodymap.settings import DEFAULT_VARIANT

    body_pack(DEFAULT_VARIANT)
    session = Session(DEFAULT_VARIANT)
    site = session.data.atlas.sites[0]
    session.screen.param.update(pain=int(site.essential[0]), selected=0, pick=1)
    SESSIONS.fill()


def serve(port: int = 5006, address: str = "127.0.0.1", num_procs: int = 1, open_browser: bool = True,
          allow_origins: list[str] | None = None) -> None:
    import panel as pn

    from bodymap.app.http import routes
    from bodymap.app.session import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    check_startup()
    origins = allow_origins or [f"{h}:{port}" for h in ("localhost", "127.0.0.1", address)]
    url = f"http://{'localhost' if address in ('127.0.0.1', '0.0.0.0') else address}:{port}/"
    print(f"bodymap is serving the body at {url}  (Ctrl+C to stop)", file=sys.stderr, flush=True)
    server = pn.serve({"/": create_app}, port=port, address=address, num_procs=num_procs, show=open_browser,
                      websocket_origin=origins, title="bodymap", threaded=False, start=False,
                      websocket_max_message_size=20 * 1024 * 1024, extra_patterns=routes())
    local = "127.0.0.1" if address in ("0.0.0.0", "") else address
    server.io_loop.add_callback(_request_first_page, f"http://{local}:{server.port}/")
    server.start()
    server.io_loop.start()


async def _request_first_page(url: str) -> None:
    """Ask for the page once, right after the start, then build the pooled session it took. Why: the
    server's first page pays one-time costs (templates, resource lists, the first Bokeh session), which
    would otherwise fall on the first visitor. With several processes, one of them is warmed."""
    from tornado.httpclient import AsyncHTTPClient

    from bodymap.app.session import SESSIONS

    try:
        await AsyncHTTPClient().fetch(url, request_timeout=60)
    except Exception as err:  # only a warm-up: the server serves on without it
        log.warning("could not request the first page at %s: %s", url, err)
    SESSIONS.fill()
