"""Browser benchmarks in headless Chromium (software GL): time to first frame, click -> highlight latency,
frames per second while a pulse runs, bytes transferred."""
from __future__ import annotations

import numpy as np

from benchmarks._browser import CHROMIUM, CHROMIUM_ARGS, CLICK_JS, Server
from benchmarks._common import Figure, check


def _pain_vertices(n: int) -> list[int]:
    from bodymap.atlas import load_atlas

    atlas = load_atlas()
    rng = np.random.default_rng(3)
    sites = [s for s in atlas.sites if s.side == "left"]
    return [int(rng.choice(sites[int(rng.integers(len(sites)))].essential)) for _ in range(n)]


def run(quick: bool = False) -> list[Figure]:
    from playwright.sync_api import sync_playwright

    clicks = 15 if quick else 50
    server = Server()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 950})
            sizes = []
            page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]))
            page.goto(server.url)
            page.wait_for_function("window.bodymap && window.bodymap.ready", timeout=60_000)
            first_frame_s = page.evaluate("window.bodymap.firstFrameMs") / 1000
            page.wait_for_timeout(1000)
            loaded_bytes = sum(sizes)
            # a second visit in the same browser (scripts cached, server warm)
            again = browser.new_page(viewport={"width": 1400, "height": 950})
            again.goto(server.url)
            again.wait_for_function("window.bodymap && window.bodymap.ready", timeout=60_000)
            warm_first_frame_s = again.evaluate("window.bodymap.firstFrameMs") / 1000
            again.close()
            highlight, roundtrip = [], []
            for v in _pain_vertices(clicks):
                r = page.evaluate(CLICK_JS, v)
                if r["highlight"] is not None:
                    highlight.append(r["highlight"])
                if r["roundtrip"] is not None:
                    roundtrip.append(r["roundtrip"])
            page.wait_for_timeout(300)
            f0 = page.evaluate("window.bodymap.frames")
            page.wait_for_timeout(3000)
            fps = (page.evaluate("window.bodymap.frames") - f0) / 3.0
            animating = page.evaluate("window.bodymap.animating")
            browser.close()
    finally:
        server.stop()
    return [
        check("first_frame_s", first_frame_s, "s", "<", 1.5),
        check("first_frame_warm_s", warm_first_frame_s, "s", "<", 1.5),
        check("click_to_highlight_median_ms", float(np.median(highlight)), "ms", "<", 30),
        check("click_to_highlight_p95_ms", float(np.percentile(highlight, 95)), "ms"),
        check("click_to_python_path_median_ms", float(np.median(roundtrip)) if roundtrip else float("nan"), "ms"),
        check("click_to_python_path_p95_ms", float(np.percentile(roundtrip, 95)) if roundtrip else float("nan"), "ms"),
        check("pulse_fps", fps if animating else 0.0, "fps", ">=", 30),
        check("page_load_bytes", loaded_bytes / 1024, "KiB"),
        check("clicks_answered", len(roundtrip), "clicks", "==", clicks),
    ]


if __name__ == "__main__":
    for fig in run(quick="--quick" in __import__("sys").argv):
        print(fig)
