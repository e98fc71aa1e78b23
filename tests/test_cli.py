import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

COMMANDS = ["serve", "lookup", "validate", "render", "export", "bench", "build-meshes"]


def _run(*args):
    return subprocess.run([sys.executable, "-m", "bodymap.cli", *args], capture_output=True, text=True)


def test_help_lists_every_command():
    run = _run("--help")
    assert run.returncode == 0
    for cmd in COMMANDS:
        assert cmd in run.stdout


@pytest.mark.parametrize("cmd", COMMANDS)
def test_each_command_has_help(cmd):
    run = _run(cmd, "--help")
    assert run.returncode == 0 and "usage: bodymap " + cmd in run.stdout



def _heel(atlas):
    site = atlas.site("soleus_tp1:left")
    pts = atlas.body.vertices[site.essential]
    return int(site.essential[np.argmin(np.linalg.norm(pts - pts.mean(axis=0), axis=1))])


def test_lookup_json_has_the_stable_keys(atlas):
    v = _heel(atlas)
    run = _run("lookup", "--vertex", str(v), "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert set(out) == {"region", "vertices", "candidates", "nerve_roots", "under"} and out["vertices"] == [v]
    first = out["candidates"][0]
    for key in ("muscle_id", "muscle_name", "trigger_point_id", "side", "score", "zone", "explanation",
                "path_length_cm"):
        assert key in first
    assert first["zone"] in ("essential", "spillover", "near")
    assert "soleus" in [c["muscle_id"] for c in out["candidates"]]


def test_lookup_each_and_region(atlas):
    v = _heel(atlas)
    run = _run("lookup", "--vertex", str(v), "--vertex", "100", "--each")
    results = json.loads(run.stdout)
    assert [r["vertices"] for r in results] == [[v], [100]]
    run = _run("lookup", "--region", "left plantar heel", "--json")
    assert json.loads(run.stdout)["region"] == "left plantar heel"


@pytest.mark.parametrize("bad,phrase", [("-4", "negative"), ("abc", "not a whole number"),
                                        ("99999", "out of range"), ("1.5", "not a whole number")])
def test_lookup_bad_vertex_is_one_line(bad, phrase):
    run = _run("lookup", "--vertex", bad)
    assert run.returncode != 0 and phrase in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_path_json(atlas):
    v = _heel(atlas)
    run = _run("path", "--tp", "soleus_tp1", "--to", str(v), "--json")
    out = json.loads(run.stdout)
    assert out["trigger_point"] == "soleus_tp1:left" and out["pain_vertex"] == v and len(out["points"]) >= 2
    assert _run("path", "--tp", "nope", "--to", "1").returncode == 1


def test_validate_reports_counts_and_fails_on_broken(tmp_path):
    run = _run("validate")
    assert run.returncode == 0
    for word in ("muscles", "trigger points", "fascial lines", "regions", "conditions", "zones", "coverage"):
        assert word in run.stdout
    broken = tmp_path / "atlas"
    shutil.copytree(Path(__file__).parent / "data" / "mini_atlas", broken)
    (broken / "regions.yaml").write_text("regions: [\n")
    run = _run("validate", str(broken))
    assert run.returncode == 1 and "regions.yaml:" in run.stderr and "Traceback" not in run.stderr


def test_schema_is_json_schema_for_every_file_kind(tmp_path):
    out = tmp_path / "schema.json"
    assert _run("schema", "--out", str(out)).returncode == 0
    schema = json.loads(out.read_text())
    text = json.dumps(schema)
    for kind in ("muscles", "regions", "fascial_lines", "conditions", "self_care", "tours", "quizzes"):
        assert f'"{kind}"' in text
    assert "anyOf" in schema or "oneOf" in schema


def test_reanchor_reports_displacements(tmp_path, body):
    import trimesh

    from bodymap import load_body

    same = tmp_path / "neutral.ply"
    trimesh.Trimesh(body.vertices, body.triangles, process=False).export(same)
    run = _run("reanchor", "--to", str(same), "--json")
    rows = json.loads(run.stdout)
    assert rows and max(r["displacement_cm"] for r in rows) < 0.05
    assert all(r["old_vertex"] == r["new_vertex"] for r in rows)
    female = load_body("female")
    other = tmp_path / "female.ply"
    trimesh.Trimesh(female.vertices, female.triangles, process=False).export(other)
    rows = json.loads(_run("reanchor", "--to", str(other), "--json").stdout)
    moved = [r["displacement_cm"] for r in rows]
    assert 0.5 < float(np.median(moved)) < 10
    assert _run("reanchor", "--to", str(tmp_path / "missing.ply")).returncode == 1
