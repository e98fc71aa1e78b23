"""Where a loaded click's time goes: a diagnostic, not one of `bodymap bench`'s figures.

`python -m bodymap.bench.load_split [SESSIONS] [SECONDS]` starts `bodymap serve` with timing probes (Bokeh's
websocket handler, Panel's change handling, the session's pick handler, the server loop's lag, the garbage
collector), runs the load clients of bodymap.bench.load against it, and prints the click's time split into: the
click's message arriving (first to last websocket fragment), the wait before Python handles the pick, the pick's
own work, and the answer's way back. The clocks of both processes are CLOCK_MONOTONIC (time.perf_counter), so
client and server times compare directly. What it found is in docs/performance.md ("Load")."""
from __future__ import annotations

import collections
import gc
import json
import os
import signal
import subprocess
import sys
import time

import numpy as np

T = time.perf_counter


def _probe_and_serve(out: str, argv: list[str]) -> int:
    """In the server process: wrap the probes around the real handlers, then run `bodymap serve`."""
    import panel as pn
    from bokeh.server.views import ws

    from bodymap.app import session
    from bodymap.cli import main

    rec: dict[str, list] = collections.defaultdict(list)

    def sid_of(handler) -> str | None:
        try:
            return handler.connection.session.id
        except Exception:  # noqa: BLE001 - a connection not yet bound to a session
            return None

    on_message, handle = ws.WSHandler.on_message, ws.WSHandler._handle

    async def probed_on_message(self, fragment):
        rec["fragment"].append((sid_of(self), T()))
        return await on_message(self, fragment)

    async def probed_handle(self, message):
        start = T()
        result = await handle(self, message)
        rec["handled"].append((sid_of(self), message.msgtype, start, T()))
        return result

    on_pick = session.Session._on_pick

    def probed_on_pick(self, event):
        start = T()
        try:
            return on_pick(self, event)
        finally:
            doc = pn.state.curdoc
            if doc is not None and doc.session_context:
                rec["pick"].append((doc.session_context.id, event.new, start, T()))

    ws.WSHandler.on_message, ws.WSHandler._handle = probed_on_message, probed_handle
    session.Session._on_pick = probed_on_pick

    _time_garbage_collection(rec)
    _time_loop_lag(rec)

    def dump(*_):
        with open(out, "w") as fh:
            json.dump(rec, fh)
        os._exit(0)

    signal.signal(signal.SIGTERM, dump)
    return main(["serve", *argv])


def _time_garbage_collection(rec: dict) -> None:
    """Record each collector pass as (generation, seconds)."""
    started: dict[str, float] = {}

    def on_gc(phase, info):
        if phase == "start":
            started["t"] = T()
        else:
            rec["gc"].append((info["generation"], T() - started.get("t", T())))

    gc.callbacks.append(on_gc)


def _time_loop_lag(rec: dict) -> None:
    """Once the server starts, record how late a 20 ms timer fires on its loop (seconds)."""
    import tornado.ioloop
    from bokeh.server.server import Server

    def lag_probe():
        loop, last = tornado.ioloop.IOLoop.current(), [T()]

        def tick():
            now = T()
            rec["lag"].append(now - last[0] - 0.02)
            last[0] = now
            loop.call_later(0.02, tick)

        loop.call_later(0.02, tick)

    start = Server.start

    def probed_start(self, *a, **k):
        result = start(self, *a, **k)
        self.io_loop.add_callback(lag_probe)
        return result

    Server.start = probed_start


def _pct(values, q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else float("nan")


def run(sessions: int = 100, seconds: float = 30.0) -> dict[str, tuple[float, float]]:
    """Load the probed server; return {part: (p50 ms, p95 ms)} and print them."""
    from bodymap.bench import load
    from bodymap.bench._wsclient import WsClient
    from bodymap.bench.harness import free_port, wait_for_http

    clicks: list[tuple] = []
    click = WsClient.click

    def timed_click(self, shown, timeout=10.0, repeat_after=2.5):
        start = T()
        ms = click(self, shown, timeout, repeat_after)
        clicks.append((self.session.id, self.pick, start, T(), ms))
        return ms

    WsClient.click = timed_click
    port = free_port()
    out = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"bodymap-load-split-{port}.json")
    env = {**os.environ, "PYTHONMALLOC": os.environ.get("PYTHONMALLOC", "malloc")}  # as serve runs itself
    proc = subprocess.Popen([sys.executable, "-m", "bodymap.bench.load_split", "--serve", out, "--no-browser",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", proc, 120)
        cpu0, wall0 = load.cpu_seconds(proc.pid), time.time()
        latencies, errors = load.load(f"http://127.0.0.1:{port}/", sessions, seconds)
        cpu = (load.cpu_seconds(proc.pid) - cpu0) / (time.time() - wall0)
    finally:
        proc.terminate()
        proc.wait(30)
        WsClient.click = click
    with open(out) as fh:
        rec = json.load(fh)
    os.unlink(out)

    fragments = collections.defaultdict(list)
    for sid, t in rec["fragment"]:
        fragments[sid].append(t)
    patches = collections.defaultdict(list)
    for sid, kind, start, _end in rec["handled"]:
        if kind == "PATCH-DOC":
            patches[sid].append(start)
    picks = {(sid, n): (start, end) for sid, n, start, end in rec["pick"]}
    arrive, wait, work, back = [], [], [], []
    for sid, n, sent, seen, _ms in clicks:
        if (sid, n) not in picks:
            continue
        start, end = picks[(sid, n)]
        mine = [t for t in patches[sid] if sent <= t <= start]
        if not mine:
            continue
        first = [t for t in fragments[sid] if sent <= t <= mine[-1]]
        arrive.append((mine[-1] - (first[0] if first else mine[-1])) * 1000)
        wait.append((start - mine[-1]) * 1000)
        work.append((end - start) * 1000)
        back.append((seen - end) * 1000)
    parts = {
        "click (client) -> answer seen (client)": (_pct(latencies, 50), _pct(latencies, 95)),
        "message's fragments read, first to last": (_pct(arrive, 50), _pct(arrive, 95)),
        "message read -> Python starts the pick": (_pct(wait, 50), _pct(wait, 95)),
        "the pick's work (checks, exact path, answer set)": (_pct(work, 50), _pct(work, 95)),
        "answer set -> the client sees it": (_pct(back, 50), _pct(back, 95)),
        "server loop lag (20 ms timer)": (_pct(np.asarray(rec["lag"]) * 1000, 50),
                                          _pct(np.asarray(rec["lag"]) * 1000, 95)),
    }
    print(f"{sessions} sessions x {seconds:.0f} s: {len(latencies)} clicks, {len(errors)} errors, "
          f"server {cpu:.2f} cores")
    for name, (p50, p95) in parts.items():
        print(f"  {name:52s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    for gen in (0, 1, 2):
        pauses = [d * 1000 for g, d in rec["gc"] if g == gen]
        if pauses:
            print(f"  garbage collection, generation {gen}: {len(pauses)} passes, {sum(pauses):.0f} ms in all, "
                  f"longest {max(pauses):.0f} ms")
    return parts


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        sys.exit(_probe_and_serve(sys.argv[2], sys.argv[3:]))
    counts = sys.argv[1:3]
    run(int(counts[0]) if counts else 100, float(counts[1]) if len(counts) > 1 else 30.0)
