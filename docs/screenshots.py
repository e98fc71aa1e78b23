"""Regenerate the screenshots in docs/img/ from a real server and headless Chromium:
`python docs/screenshots.py` (`--only-record`: just the pain record's two; `--only-muscles`: just the muscle
layer's five; `--only-evidence`: the evidence badges' and the nerve-root layer's). Each picture is looked at by a
person before it is committed."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "img"


def hover_line(page, atlas, line_id: str) -> None:
    """Rest the mouse on a fascial line halfway down its length, so the app names it and lists its stations."""
    from bodymap.app.data import line_polylines

    points = np.asarray(next(p for p in line_polylines("neutral") if p["id"] == line_id)["points"]).reshape(-1, 3)
    middle = points[np.argmin(np.abs(points[:, 1] - np.median(points[:, 1])))]
    vertex = int(np.argmin(np.linalg.norm(atlas.body.vertices - middle, axis=1)))
    xy = page.evaluate("v => window.bodymap.project(v)", vertex)
    page.mouse.move(xy["x"] - 30, xy["y"])
    page.mouse.move(xy["x"], xy["y"], steps=5)


def record_shots(page, load, atlas, tmp: Path) -> None:
    """The pain record: a drawing of two areas with its measures; then a later visit compared with it (the
    earlier visit blue, this one green)."""
    from bodymap.core.drawing import new_drawing, write_drawing

    def region(name: str) -> list[int]:
        return atlas.region_vertices(atlas.regions.index(atlas.region_by_name(name))).tolist()

    def row(n: int):
        return page.locator(f"[data-testid=record] li[data-area='{n}']")

    load("?view=left")
    page.get_by_role("button", name="Pain drawing (paint)").click()
    page.evaluate("v => window.bodymap.paint(v)", region("left side of neck") + region("left top of shoulder"))
    row(1).locator("input[type=number]").fill("7")
    row(1).locator("input[type=number]").evaluate("e => e.blur()")
    row(1).locator("select").select_option("deep")
    row(1).get_by_label("aching").check()
    page.get_by_role("button", name="New area").click()
    page.evaluate("v => window.bodymap.paint(v)", region("left temple"))
    row(2).locator("input[type=number]").fill("4")
    row(2).locator("input[type=number]").evaluate("e => e.blur()")
    row(2).get_by_label("throbbing").check()
    page.get_by_role("button", name="Closer view").click()
    page.locator("[data-testid=record]").scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    page.screenshot(path=str(OUT / "app-pain-record.png"))

    earlier = tmp / "visit-1.json"
    write_drawing(new_drawing("neutral", atlas.info.version, [
        {"vertices": region("left top of shoulder") + region("left back of shoulder"), "intensity": 6,
         "quality": ["aching"], "depth": "deep"},
        {"vertices": region("left temple"), "intensity": 5, "quality": ["throbbing"], "depth": "skin"}]), earlier)
    with page.expect_file_chooser() as chooser:
        page.locator("[data-testid=record]").get_by_role("button", name="Compare", exact=True).click()
    chooser.value.set_files(str(earlier))
    page.wait_for_function("window.bodymap.state().record.compare !== null")
    page.evaluate("() => window.bodymap.setView('back')")
    page.locator("[data-testid=record]").scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    page.screenshot(path=str(OUT / "app-pain-record-compare.png"))


def muscle_shots(page, load, atlas) -> None:
    """The muscle layer: three selected trigger points with their muscle (tint, outline, fibres), and every
    superficial muscle from the front and from the back (surface anatomy)."""
    for tp, view, name, zoom in [("soleus_tp1:left", "back", "calf-soleus", 5),
                                 ("infraspinatus_tp1:left", "back", "shoulder-blade-infraspinatus", 6),
                                 ("upper_trapezius_tp1:left", "back", "neck-upper-trapezius", 6)]:
        site = atlas.site(tp)
        load(f"?pain={atlas.body.central_vertex(site.essential)}&tp={tp}&view={view}")
        near = np.argsort(np.linalg.norm(atlas.body.vertices - atlas.body.vertices[site.vertex], axis=1))[:60]
        xy = next(filter(None, (page.evaluate("v => window.bodymap.project(v)", int(v)) for v in near)))
        page.mouse.move(xy["x"], xy["y"])
        box = page.locator("canvas").first.bounding_box()
        page.mouse.down(button="right")  # pan the trigger point to the middle, then zoom in on it
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=10)
        page.mouse.up(button="right")
        for _ in range(zoom):
            page.mouse.wheel(0, -300)
            page.wait_for_timeout(150)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(OUT / f"app-muscle-{name}.png"))
    for view in ("front", "back"):
        load(f"?layers=muscles&view={view}")
        page.wait_for_timeout(800)
        page.screenshot(path=str(OUT / f"app-muscles-{view}.png"))


def evidence_shots(page, load, atlas) -> None:
    """An answer grouped by muscle with its evidence badges (pain at the front of the shoulder: infraspinatus with
    its patient-series badge, its studies in its card); the nerve-root layer on (the trunk
    bands too), with a pain on the top of the foot named L5."""
    def central(name: str) -> int:
        return int(atlas.body.central_vertex(atlas.region_vertices(atlas.regions.index(atlas.region_by_name(name)))))

    page.set_viewport_size({"width": 1400, "height": 1250})
    load(f"?pain={central('left front of shoulder')}&tp=infraspinatus_tp1:left&view=front")
    page.locator("[data-testid=candidates]").scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(OUT / "app-grouped-evidence.png"))
    page.set_viewport_size({"width": 1400, "height": 900})
    load(f"?pain={central('left top of foot')}&layers=roots&view=front")
    page.screenshot(path=str(OUT / "app-nerve-roots.png"))


def main() -> None:
    from playwright.sync_api import sync_playwright

    from bodymap.core.atlas import load_atlas
    from bodymap.bench.harness import CHROMIUM, CHROMIUM_ARGS, Server

    OUT.mkdir(parents=True, exist_ok=True)
    atlas = load_atlas()
    server = Server()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})

            def load(query=""):
                page.goto(server.url + query)
                page.wait_for_function("window.bodymap && window.bodymap.ready", timeout=60_000)
                page.wait_for_timeout(1500)

            if "--only-evidence" in sys.argv:  # just the evidence badges and the nerve-root layer (issue 18)
                evidence_shots(page, load, atlas)
                browser.close()
                return
            if "--only-record" in sys.argv:  # just the pain record's pictures (docs/pain-record.md)
                import tempfile

                with tempfile.TemporaryDirectory() as tmp:
                    record_shots(page, load, atlas, Path(tmp))
                browser.close()
                return
            if "--only-muscles" in sys.argv:
                muscle_shots(page, load, atlas)
                browser.close()
                return
            heel = atlas.body.central_vertex(atlas.site("soleus_tp1:left").essential)
            load(f"?pain={heel}&tp=soleus_tp1:left&view=back")
            page.wait_for_timeout(1500)
            page.screenshot(path=str(OUT / "app-heel-pain.png"))

            # a headache at the temple, one of the upper trapezius' textbook patterns
            temple_region = atlas.regions.index(atlas.region_by_name("left temple"))
            temple = atlas.body.central_vertex(atlas.region_vertices(temple_region))
            load(f"?pain={temple}&tp=upper_trapezius_tp1:left&view=left")
            page.get_by_role("button", name="Closer view").click()
            page.wait_for_timeout(1500)
            page.screenshot(path=str(OUT / "app-headache-trapezius.png"))

            load("?line=superficial_back_line,lateral_line&view=back")
            page.get_by_text("Fascial lines (Anatomy Trains)").click()
            hover_line(page, atlas, "superficial_back_line")
            page.wait_for_selector("[data-testid=line-info]", timeout=10_000)
            page.wait_for_timeout(800)
            page.screenshot(path=str(OUT / "app-fascial-lines.png"))

            load(f"?pain={heel}&tp=soleus_tp1:left&view=back")
            page.get_by_role("button", name="Clinic view (large, plain words)").click()
            page.wait_for_timeout(1200)
            page.screenshot(path=str(OUT / "app-clinic-mode.png"))

            load("?tour=heel_pain_from_the_calf&step=2")
            page.wait_for_timeout(1500)
            page.screenshot(path=str(OUT / "app-tour-step.png"))
            evidence_shots(page, load, atlas)

            load()
            page.get_by_role("button", name="Quiz").click()
            page.wait_for_timeout(500)
            page.get_by_role("button", name="Start a round").click()
            page.wait_for_timeout(1200)
            quiz = next(iter(atlas.quizzes.values()))
            from bodymap.teach.quiz import answer_sites

            target = answer_sites(atlas, quiz.questions[0])[0].vertex
            page.evaluate("v => window.bodymap.click(v)", int(target))
            page.wait_for_timeout(1500)
            page.screenshot(path=str(OUT / "app-quiz-answer.png"))

            load("?view=left")
            page.get_by_role("button", name="Pain drawing (paint)").click()
            page.wait_for_timeout(500)
            site = atlas.site("vastus_lateralis_tp3:left")
            pts = [page.evaluate("v => window.bodymap.project(v)", int(v)) for v in site.essential[::3]]
            pts = [p for p in pts if p][:12]
            page.mouse.move(pts[0]["x"], pts[0]["y"])
            page.mouse.down()
            for pt in pts[1:]:
                page.mouse.move(pt["x"], pt["y"], steps=4)
            page.mouse.up()
            page.wait_for_selector("[data-testid=candidates] li", timeout=15_000)
            page.wait_for_timeout(1500)
            page.screenshot(path=str(OUT / "app-paint-mode.png"))

            load()
            page.get_by_role("button", name="Explore a muscle").click()
            page.wait_for_timeout(800)
            page.screenshot(path=str(OUT / "app-explore-mode.png"))

            muscle_shots(page, load, atlas)

            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                record_shots(page, load, atlas, Path(tmp))

            # a phone: the body fills the screen, the results open as a sheet below it
            phone = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
            page = phone.new_page()
            shin = atlas.body.central_vertex(atlas.site("tibialis_anterior_tp1:left").essential)
            load(f"?pain={shin}&tp=tibialis_anterior_tp1:left")
            page.screenshot(path=str(OUT / "app-phone.png"))
            page.get_by_test_id("sheet-toggle").click()
            page.wait_for_timeout(1200)
            page.screenshot(path=str(OUT / "app-phone-results.png"))
            phone.close()
            browser.close()

            # a browser without WebGL: pictures drawn by the server, here the closer view
            no_webgl = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-3d-apis"])
            page = no_webgl.new_page(viewport={"width": 1400, "height": 900})
            load(f"?pain={heel}&tp=soleus_tp1:left&view=back")
            frames = page.evaluate("window.bodymap.frames")
            page.get_by_test_id("picture-closeup").click()
            page.wait_for_function(f"window.bodymap.frames > {frames}", timeout=20_000)
            page.wait_for_timeout(500)
            page.screenshot(path=str(OUT / "app-no-webgl-pictures.png"))
            no_webgl.close()
    finally:
        server.stop()
    handout = OUT / "handout.pdf"
    subprocess.run([sys.executable, "-m", "bodymap.cli", "handout", "--vertex", str(heel), "--out", str(handout)],
                   check=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(handout), str(OUT / "handout-page")],
                   check=True)
    handout.unlink()
    print(f"wrote screenshots to {OUT}")


if __name__ == "__main__":
    main()
