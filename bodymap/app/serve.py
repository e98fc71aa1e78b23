"""`bodymap serve`: start the Panel server on this machine and open the body in a browser."""
from __future__ import annotations

import errno
import gc
import logging
import socket
import sys

from bodymap.errors import ListenError

log = logging.getLogger("bodymap.serve")


def listen_problem(exc: OSError, port: int, address: str) -> ListenError:
    """The one line for a socket that cannot be bound: what is wrong and what to do instead."""
    where = f"port {port} on {address or 'every address'}"
    if isinstance(exc, socket.gaierror):
        return ListenError(f"--address {address}: not an address or host name this machine knows ({exc.strerror})")
    if exc.errno == errno.EADDRINUSE:
        return ListenError(f"{where} is already in use (another bodymap serve?); stop that program or give "
                           f"another --port")
    if exc.errno == errno.EADDRNOTAVAIL:
        return ListenError(f"--address {address}: this machine has no such address to listen on; use 127.0.0.1 "
                           f"(this machine only) or 0.0.0.0 (every network interface)")
    if exc.errno == errno.EACCES:
        return ListenError(f"no permission to listen on {where} (ports below 1024 need root); give a --port "
                           f"above 1023")
    return ListenError(f"cannot listen on {where}: {exc.strerror or exc}")


def check_listen(port: int, address: str) -> None:
    """Bind the port once, the way the server will (tornado, every address the name resolves to), and let it
    go again: a port in use or an address this machine lacks stops the start at once, before the data is
    loaded, with one line."""
    from tornado.netutil import bind_sockets

    try:
        sockets = bind_sockets(port, address=address or None)
    except OSError as exc:
        raise listen_problem(exc, port, address) from None
    for s in sockets:
        s.close()


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
    # idle from the start: the warm-up's geodesic solver goes (the next exact path rebuilds it, 35-100 ms), and
    # the freed heap goes back to the system (docs/performance.md, memory)
    from bodymap.core.memory import trim_heap

    session.data.atlas.geodesics.release_solvers()
    trim_heap()
    # the start-up's objects (atlas, tables, packs: millions of them) are never freed: keep them out of the
    # garbage collector's full passes, which otherwise walk them all while visitors wait
    gc.freeze()


def serve(port: int = 5006, address: str = "127.0.0.1", num_procs: int = 1, open_browser: bool = True,
          allow_origins: list[str] | None = None, frame_ancestors: str = "'self'") -> None:
    import panel as pn

    from bodymap.app import panel_fixes
    from bodymap.app.headers import frame_ancestors as checked_ancestors, security_headers
    from bodymap.app.http import routes
    from bodymap.app.session import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    transform = security_headers(checked_ancestors(frame_ancestors))  # a bad value stops the start at once
    check_listen(port, address)
    panel_fixes.websockets_send_at_once()
    check_startup()
    origins = allow_origins or [f"{h}:{port}" for h in ("localhost", "127.0.0.1", address)]
    url = f"http://{'localhost' if address in ('127.0.0.1', '0.0.0.0') else address}:{port}/"
    print(f"bodymap is serving the body at {url}  (Ctrl+C to stop)", file=sys.stderr, flush=True)
    try:  # bound again here: another program may have taken the port while the data loaded
        server = pn.serve({"/": create_app}, port=port, address=address, num_procs=num_procs, show=open_browser,
                          websocket_origin=origins, title="bodymap", threaded=False, start=False,
                          websocket_max_message_size=20 * 1024 * 1024, extra_patterns=routes(),
                          transforms=[transform])
    except OSError as exc:
        raise listen_problem(exc, port, address) from None
    local = "127.0.0.1" if address in ("0.0.0.0", "") else address
    server.io_loop.add_callback(_request_first_page, f"http://{local}:{server.port}/")
    interrupted = _stop_on_sigint(server)
    server.start()
    server.io_loop.start()
    if interrupted:  # Ctrl+C: cli.main says so in one line and exits 130
        raise KeyboardInterrupt


def _stop_on_sigint(server) -> list:
    """Ctrl+C stops the server's loop (as Panel's own handler does) and is remembered, so `bodymap serve` exits
    130 rather than 0, as an interrupted command should. Returns the list that gets an entry on Ctrl+C."""
    import signal

    interrupted: list = []

    def on_sigint(*_args) -> None:
        interrupted.append(True)
        server.io_loop.asyncio_loop.call_soon_threadsafe(server.io_loop.stop)

    signal.signal(signal.SIGINT, on_sigint)
    return interrupted


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
