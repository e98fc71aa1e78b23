"""Load and soak on loopback.

Load: N sessions open the app and click about once a second for a bounded time; we count clicks Python
never answered (10 s limit, one automatic repeat after 2.5 s, as the viewer does), the click -> answer
latency (p50/p95) and the server's memory. Soak: sessions are opened and closed one after another and the
server's memory growth is measured after it has expired them (real browser pages, one after another).

The load clients are `bodymap.bench._wsclient.WsClient`: Bokeh's own Python client over the websocket, sending
exactly what the screen sends for a click (the pain spot, the list it shows, the selected site and a pick
number; Python answers the pick with the exact referral path). Real browsers were tried first: on a 2-core machine thirty
headless Chromium pages spend the whole minute loading 3.5 MB of JavaScript each (the machine was busy
117 of 120 CPU-seconds while the server used 11), so they measured the clients, not the server.
Everything runs on 127.0.0.1 and every loop is bounded in count and time.
"""
from __future__ import annotations

import subprocess
import threading
import time

import numpy as np

from bodymap.bench.harness import Server
from bodymap.bench._common import Figure, check
from bodymap.bench._wsclient import WsClient


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (multi-process servers), in MB."""
    total = 0
    pids = [str(pid)] + subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_seconds(pid: int) -> float:
    import os

    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _clicks() -> list[dict]:
    """400 clicks in essential zones, each as the screen sends it to Python: the pain vertex, the ranked sites
    it shows (every listed point, the rows' best first) (the browser ranks them from its data pack, by the engine's rule) and the top one selected."""
    from bodymap.core.atlas import load_atlas
    from bodymap.core.referral import ReferralEngine
    from bodymap.settings import CANDIDATE_LIMIT

    atlas = load_atlas()
    engine = ReferralEngine(atlas)
    index = {id(site): i for i, site in enumerate(atlas.sites)}
    rng = np.random.default_rng(5)
    sites = [s for s in atlas.sites if s.side == "left"]
    clicks = []
    for _ in range(400):
        vertex = int(rng.choice(sites[int(rng.integers(len(sites)))].essential))
        rows = engine.lookup([vertex], limit=CANDIDATE_LIMIT, with_paths=False).candidates
        best = [index[id(c.site)] for c in rows]  # the rows' best points first, then the rest, as the screen lists
        rest = [index[id(p.site)] for c in rows for p in c.points[1:]]
        clicks.append({"pain": vertex, "result_sites": best + rest, "selected": best[0] if best else -1})
    return clicks


def load(url: str, sessions: int, seconds: float) -> tuple[list[float], list[str]]:
    clicks = _clicks()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    until = time.time() + seconds

    def user(k: int) -> None:
        try:
            client = WsClient(url)
        except Exception as exc:  # a session that cannot open is a load-test error
            with lock:
                errors.append(f"open: {type(exc).__name__}: {exc}")
            return
        try:
            time.sleep(0.5)
            i = k
            while time.time() < until:
                ms = client.click(clicks[i % len(clicks)])
                i += 7
                with lock:
                    if ms is None:
                        errors.append(f"no answer for vertex {clicks[(i - 7) % len(clicks)]['pain']}")
                    else:
                        latencies.append(ms)
                time.sleep(1.0)  # a person clicks about once a second at most
        finally:
            client.close()

    threads = []
    for k in range(sessions):
        threads.append(threading.Thread(target=user, args=(k,), daemon=True))
        threads[-1].start()
        time.sleep(0.2)  # a class arrives over a few seconds
    for t in threads:
        t.join(seconds + 60)
    return latencies, errors


def soak(url: str, pid: int, sessions: int) -> tuple[float, float, float]:
    """Open and close sessions one after another in a real browser (a page that loads, draws the body and
    is closed); returns (rss before, after, growth) in MB."""
    from playwright.sync_api import sync_playwright

    from bodymap.bench.harness import CHROMIUM, CHROMIUM_ARGS

    before = None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for i in range(sessions):
            context = browser.new_context(viewport={"width": 320, "height": 240})
            page = context.new_page()
            page.goto(url, timeout=60_000)
            page.wait_for_function("window.bodymap && window.bodymap.ready", timeout=60_000)
            context.close()
            if i == min(9, sessions - 1):
                time.sleep(40)  # let the server expire the first sessions, then take the baseline
                before = rss_mb(pid)
        browser.close()
    time.sleep(40)  # Bokeh discards sessions unused for 15 s, checking every 17 s
    after = rss_mb(pid)
    return before, after, after - before


def run(quick: bool = False, sessions: int | None = None, seconds: float | None = None,
        soak_sessions: int | None = None) -> list[Figure]:
    sessions = sessions or (10 if quick else 30)
    seconds = seconds or (20 if quick else 60)
    soak_sessions = soak_sessions or (40 if quick else 300)
    server = Server()
    try:
        idle = rss_mb(server.proc.pid)
        cpu0, wall0 = cpu_seconds(server.proc.pid), time.time()
        latencies, errors = load(server.url, sessions, seconds)
        server_cpu = (cpu_seconds(server.proc.pid) - cpu0) / (time.time() - wall0)
        loaded = rss_mb(server.proc.pid)
        before, after, growth = soak(server.url, server.proc.pid, soak_sessions)
        alive = server.proc.poll() is None
    finally:
        server.stop()
    lat = np.asarray(latencies) if latencies else np.asarray([np.nan])
    return [
        check("load_sessions", sessions, "sessions"),
        check("load_seconds", seconds, "s"),
        check("load_clicks", len(latencies), "clicks"),
        check("load_errors", len(errors), "errors", "==", 0),
        check("load_p50_ms", float(np.nanpercentile(lat, 50)), "ms"),
        check("load_p95_ms", float(np.nanpercentile(lat, 95)), "ms"),
        check("load_server_cpu_share", server_cpu, "cores"),
        check("server_rss_idle_mb", idle, "MB"),
        check("server_rss_loaded_mb", loaded, "MB"),
        check("soak_sessions", soak_sessions, "sessions"),
        check("soak_rss_growth_mb", growth, "MB", "<", 50),
        check("server_alive", float(alive), "bool", "==", 1),
    ]


if __name__ == "__main__":
    import sys

    for fig in run(quick="--quick" in sys.argv):
        print(fig)
