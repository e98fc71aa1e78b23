"""Load and soak on loopback.

Memory: the server's resident memory at start and once idle (its geodesic solvers let go), per live session
(sessions held open), and its growth after many sessions were opened and closed (churn), measured after the
server has expired them. Load: N sessions open the app and click about once a second for a bounded time; we
count clicks Python never answered (10 s limit, one automatic repeat after 2.5 s, as the viewer does), the
click -> answer latency (p50/p95) and the server's memory.

The load clients are `bodymap.bench._wsclient.WsClient`: Bokeh's own Python client over the websocket, sending
exactly what the screen sends for a click (the pain spot, the list it shows, the selected site and a pick
number; Python answers the pick with the exact referral path). Real browsers were tried first: on a 2-core machine thirty
headless Chromium pages spend the whole minute loading 3.5 MB of JavaScript each (the machine was busy
117 of 120 CPU-seconds while the server used 11), so they measured the clients, not the server.
Memory and load use the same clients. Everything runs on 127.0.0.1 and every loop is bounded in count and time.
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


def open_sessions(url: str, count: int, at_once: int = 4) -> tuple[list[WsClient], list[str]]:
    """Open `count` sessions with websocket clients, `at_once` at a time; returns (clients, errors)."""
    clients: list[WsClient] = []
    errors: list[str] = []
    lock = threading.Lock()

    def one() -> None:
        try:
            client = WsClient(url)
        except Exception as exc:  # noqa: BLE001 - a session that cannot open is counted, not fatal
            with lock:
                errors.append(f"open: {type(exc).__name__}: {exc}")
            return
        with lock:
            clients.append(client)

    for start in range(0, count, at_once):
        batch = [threading.Thread(target=one, daemon=True) for _ in range(min(at_once, count - start))]
        for t in batch:
            t.start()
        for t in batch:
            t.join(120)
    return clients, errors


def close_all(clients: list[WsClient]) -> None:
    for client in clients:
        client.close()


def churn(url: str, sessions: int, at_once: int = 4) -> list[str]:
    """Open and close `sessions` sessions, `at_once` at a time, each open for a moment (a page loaded and
    left); returns the errors."""
    errors: list[str] = []
    for start in range(0, sessions, at_once):
        clients, errs = open_sessions(url, min(at_once, sessions - start), at_once)
        errors += errs
        time.sleep(0.2)
        close_all(clients)
    return errors


#: Bokeh discards a session 15 s after its last connection closed, checking every 17 s; bodymap tidies memory
#: 5 s after the last session ended (session.py QUIET_S): this long after the last close, all are gone.
EXPIRY_WAIT_S = 45.0


def wait_for_idle(extra_s: float = 5.0) -> None:
    """Wait until the server has let its geodesic solvers go (session.py SOLVER_IDLE_S after the last
    exact path)."""
    from bodymap.app.session import SOLVER_IDLE_S

    time.sleep(SOLVER_IDLE_S + extra_s)


def memory(url: str, pid: int, live: int, churned: int) -> tuple[list[Figure], list[str]]:
    """Idle memory, memory per live session, and growth after `churned` sessions opened and closed."""
    start = rss_mb(pid)
    wait_for_idle()
    idle = rss_mb(pid)
    clients, errors = open_sessions(url, live)
    time.sleep(3.0)  # the pool's refill (2 s after a take) is done
    with_live = rss_mb(pid)
    close_all(clients)
    time.sleep(EXPIRY_WAIT_S)
    before = rss_mb(pid)
    errors += churn(url, churned)
    time.sleep(EXPIRY_WAIT_S)
    after = rss_mb(pid)
    return [
        check("server_rss_start_mb", start, "MB"),
        check("server_rss_idle_mb", idle, "MB", "<", 200),
        check("live_sessions", len(clients), "sessions"),
        check("rss_per_live_session_mb", (with_live - idle) / max(len(clients), 1), "MB"),
        check("churn_sessions", churned, "sessions"),
        check("churn_rss_before_mb", before, "MB"),
        check("churn_rss_growth_mb", after - before, "MB", "<", 20),
    ], errors


def run(quick: bool = False, sessions: int | None = None, seconds: float | None = None,
        churned: int | None = None, live: int | None = None) -> list[Figure]:
    """Memory first (idle, per live session, churn; no exact paths are asked, so the solvers stay released),
    then the load."""
    sessions = sessions or (10 if quick else 100)
    seconds = seconds or (20 if quick else 60)
    churned = churned or (100 if quick else 1000)
    live = live or (10 if quick else 100)
    server = Server()
    try:
        figures, churn_errors = memory(server.url, server.proc.pid, live, churned)
        cpu0, wall0 = cpu_seconds(server.proc.pid), time.time()
        latencies, errors = load(server.url, sessions, seconds)
        server_cpu = (cpu_seconds(server.proc.pid) - cpu0) / (time.time() - wall0)
        loaded = rss_mb(server.proc.pid)
        alive = server.proc.poll() is None
    finally:
        server.stop()
    lat = np.asarray(latencies) if latencies else np.asarray([np.nan])
    return figures + [
        check("churn_errors", len(churn_errors), "errors", "==", 0),
        check("load_sessions", sessions, "sessions"),
        check("load_seconds", seconds, "s"),
        check("load_clicks", len(latencies), "clicks"),
        check("load_errors", len(errors), "errors", "==", 0),
        check("load_p50_ms", float(np.nanpercentile(lat, 50)), "ms"),
        check("load_p95_ms", float(np.nanpercentile(lat, 95)), "ms", "<", 300),
        check("load_server_cpu_share", server_cpu, "cores"),
        check("server_rss_loaded_mb", loaded, "MB"),
        check("server_alive", float(alive), "bool", "==", 1),
    ]


if __name__ == "__main__":
    import sys

    for fig in run(quick="--quick" in sys.argv):
        print(fig)
