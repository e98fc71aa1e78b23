"""What keeps an idle server small (issue 20, docs/performance.md "Memory"): after start-up the heavy modules
that only pictures and rebuilds need are not imported, the geodesic solvers are let go once no exact path
was asked for a while (and come back, giving the same paths), and the engine holds no dense matrices.
Behaviour only: the megabytes are measured by `bodymap bench --only load`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

#: Imported only when a picture is drawn, a mesh is re-anchored or a landmark is placed: never at idle.
HEAVY = ("trimesh", "networkx", "pyvista", "vtk", "vtkmodules", "matplotlib")

STARTUP = """
import json, sys, time
import bodymap.app.session as session
session.SOLVER_IDLE_S = 1.0          # the served start-up, with a short idle time so the test need not wait
from bodymap.app.serve import check_startup
from bodymap.app.data import variant_data
import panel as pn
from bodymap.app.http import routes
check_startup()
server = pn.serve({"/": session.create_app}, port=0, show=False, threaded=False, start=False,
                  extra_patterns=routes())
data = variant_data("neutral")
geo = data.atlas.geodesics
held_after_start = geo.solvers_held
deadline = time.monotonic() + 30
while geo.solvers_held and time.monotonic() < deadline:
    time.sleep(0.1)
site = data.atlas.sites[3]
target = [int(site.essential[len(site.essential) // 2])]
out = {"imported": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY),
       "held_after_start": held_after_start, "released": not geo.solvers_held, "releases": geo.releases,
       "dense_matrices": sorted(k for k in ("membership", "zone_code") if k in vars(data.engine))}
first = session.exact_path(data, 3, target)
out["held_after_pick"] = geo.solvers_held
geo.release_solvers()
out["same_path_after_release"] = bool((session.exact_path(data, 3, target) == first).all()) and first.size > 0
print(json.dumps(out))
""".replace("HEAVY", repr(HEAVY))


def test_an_idle_server_has_no_heavy_modules_no_solvers_and_no_dense_matrices():
    env = {**os.environ, "BODYMAP_HOME": str(ROOT), "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["imported"] == [], f"imported at idle: {out['imported']}"
    # the start-up's warm pick built the solver and the start-up let it go at once (serve.check_startup)
    assert not out["held_after_start"] and out["releases"] >= 1, "the start-up should build the solver, then let it go"
    assert out["released"], "the solvers were not let go at idle"
    assert out["dense_matrices"] == [], "the engine built its dense matrices at start-up"
    assert out["held_after_pick"], "a pick after the release should rebuild the solver"
    assert out["same_path_after_release"], "a rebuilt solver gives another path"


def test_solvers_are_let_go_when_idle_and_rebuilt_on_demand(atlas):
    from bodymap.core.geodesic import SurfaceGeodesics

    geo = SurfaceGeodesics(atlas.body)
    a, b = atlas.sites[0].vertex, atlas.sites[10].vertex
    first = geo.path([a, b])
    assert geo.solvers_held
    geo.release_when_idle(0.3)
    deadline = time.monotonic() + 20
    while geo.solvers_held and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not geo.solvers_held and geo.releases == 1
    assert np.array_equal(geo.path([a, b]), first)
    assert geo.solvers_held
    geo.release_when_idle(None)  # kept from now on
    assert geo.release_solvers() and not geo.release_solvers() and geo.releases == 2


def test_normals_and_edges_without_trimesh_are_trimeshs(body):
    """The server computes them without loading trimesh; the numbers must be the ones it gave (paths are
    lifted off the skin along the normals, so any difference would move every drawn path)."""
    import trimesh

    mesh = trimesh.Trimesh(body.vertices, body.triangles, process=False)
    assert np.array_equal(body.vertex_normals, mesh.vertex_normals)
    assert {tuple(e) for e in body.edges.tolist()} == {tuple(e) for e in np.asarray(mesh.edges_unique).tolist()}
    assert len(body.edges) == len(mesh.edges_unique)


def test_lookups_without_the_dense_matrix_score_as_with_it(atlas, engine):
    """A lookup reads its pain vertices' columns from the compact zones: the float32 sums must be the ones
    the dense matrix gave (the browser ranks with the same rule and the ranks are compared to six digits)."""
    rng = np.random.default_rng(20)
    for k in (1, 2, 40, 700):
        for _ in range(20):
            vertices = np.unique(rng.choice(atlas.body.n_vertices, k, replace=False))
            weights = engine.areas[vertices] / engine.areas[vertices].sum()
            _, explained, best_zone = engine.scores(vertices)
            assert np.array_equal(explained, engine.membership[:, vertices] @ weights)
            assert np.array_equal(best_zone, engine.zone_code[:, vertices].max(axis=1))
