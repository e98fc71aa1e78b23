"""Load and soak on loopback: N real headless-Chromium sessions click the body concurrently for a bounded
time (errors, p50/p95 click -> Python response, server memory); then sessions are opened and closed one
after another and the server's memory growth is measured.

The load clients are real browsers running the real Bokeh/Panel client over the websocket, with WebGL
switched off (`--disable-3d-apis`): on a 2-core machine thirty software-rendered 3D views would measure
the browsers, not the server. A "click" sets the viewer's `pain` in the browser's document, exactly the
message a click sends; the latency is the time until Python's referral path arrives.

Only 127.0.0.1 is contacted; every loop is bounded in count and time.
"""
from __future__ import annotations

import asyncio
import time

import numpy as np

from benchmarks._browser import CHROMIUM, CHROMIUM_ARGS, Server
from benchmarks._common import Figure, check

LOAD_ARGS = [a for a in CHROMIUM_ARGS if "swiftshader" not in a] + ["--disable-3d-apis"]
# the page is usable once every view has rendered (Bokeh then tells the server `document_ready`; Panel
# holds back replies to messages that arrive before it)
READY_JS = """() => window.Bokeh && Bokeh.documents.length && Bokeh.documents[0].is_idle &&
  [...Bokeh.documents[0].all_models].some(m => 'pain' in m && 'path' in m)"""
WIRE_CLICK_JS = """async (v) => {
  // what the viewer sends for a click: the pain vertex and a pick number; Python echoes it in `answered`
  const m = [...Bokeh.documents[0].all_models].find(m => 'pain' in m && 'answered' in m);
  let pick = (m.pick || 0) + 1;
  const t0 = performance.now();
  m.setv({pain: v, pick: pick});
  let retried = false;
  while (performance.now() - t0 < 10000) {
    await new Promise(r => setTimeout(r, 2));
    if (m.answered === pick) return performance.now() - t0;
    if (!retried && performance.now() - t0 > 2500) { retried = true; pick += 1; m.setv({pick: pick}); }
  }
  return null;
}"""


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (multi-process servers), in MB."""
    import subprocess

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


def _vertices() -> list[int]:
    from bodymap.atlas import load_atlas

    atlas = load_atlas()
    rng = np.random.default_rng(5)
    sites = [s for s in atlas.sites if s.side == "left"]
    return [int(rng.choice(sites[int(rng.integers(len(sites)))].essential)) for _ in range(400)]


async def _session(browser, url: str, until: float, vertices: list[int], latencies: list, errors: list,
                   seed: int) -> None:
    context = await browser.new_context(viewport={"width": 480, "height": 360})
    page = await context.new_page()
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    try:
        await page.goto(url, timeout=120_000)
        await page.wait_for_function(READY_JS, timeout=120_000)
        await asyncio.sleep(0.5)
        i = seed
        while time.time() < until:
            v = vertices[i % len(vertices)]
            i += 7
            ms = await page.evaluate(WIRE_CLICK_JS, v)
            if ms is None:
                errors.append(f"no answer for vertex {v}")
            else:
                latencies.append(ms)
            await asyncio.sleep(1.0)  # a person clicks about once a second at most
    except Exception as exc:  # a failed session is a load-test error, not a crash of the benchmark
        errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")
    finally:
        await context.close()


async def _load(url: str, sessions: int, seconds: float) -> tuple[list, list, float]:
    from playwright.async_api import async_playwright

    vertices = _vertices()
    latencies: list[float] = []
    errors: list[str] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=LOAD_ARGS)
        start = time.time()
        until = start + seconds
        # stagger the arrivals a little, as a class does
        tasks = []
        for k in range(sessions):
            tasks.append(asyncio.create_task(_session(browser, url, until, vertices, latencies, errors, k)))
            await asyncio.sleep(0.2)
        await asyncio.gather(*tasks)
        await browser.close()
    return latencies, errors, time.time() - start


def soak(url: str, pid: int, sessions: int) -> tuple[float, float, float]:
    """Open and close sessions one after another; returns (rss before, after, growth) in MB."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LOAD_ARGS)
        for i in range(sessions):
            context = browser.new_context(viewport={"width": 320, "height": 240})
            page = context.new_page()
            page.goto(url, timeout=60_000)
            page.wait_for_function(READY_JS, timeout=60_000)
            context.close()
            if i == min(9, sessions - 1):
                time.sleep(20)  # let the server expire the first sessions, then take the baseline
                before = rss_mb(pid)
        browser.close()
    time.sleep(25)  # Bokeh expires unused sessions after ~15 s
    after = rss_mb(pid)
    return before, after, after - before


def run(quick: bool = False, sessions: int | None = None, seconds: float | None = None,
        soak_sessions: int | None = None) -> list[Figure]:
    sessions = sessions or (8 if quick else 30)
    seconds = seconds or (20 if quick else 60)
    soak_sessions = soak_sessions or (40 if quick else 300)
    server = Server()
    try:
        idle = rss_mb(server.proc.pid)
        latencies, errors, _ = asyncio.run(_load(server.url, sessions, seconds))
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
