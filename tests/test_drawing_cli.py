"""`bodymap drawing summary|compare|csv` and `bodymap schema --drawing`: keys, numbers, one-line errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from bodymap.core.drawing import dumps_drawing, new_drawing


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bodymap.cli", *args], capture_output=True, text=True, timeout=300)


def _region(atlas, name: str) -> list[int]:
    return atlas.region_vertices(atlas.regions.index(atlas.region_by_name(name))).tolist()


@pytest.fixture(scope="module")
def files(atlas, tmp_path_factory):
    root = tmp_path_factory.mktemp("drawings")
    shoulder, temple = _region(atlas, "left top of shoulder"), _region(atlas, "left temple")
    visit1 = new_drawing("neutral", atlas.info.version, [
        {"vertices": shoulder, "intensity": 6, "quality": ["aching"], "depth": "deep", "note": "after work"},
        {"vertices": temple, "intensity": 4, "quality": ["throbbing", "stabbing"], "depth": "skin"}])
    visit2 = new_drawing("neutral", atlas.info.version, [
        {"vertices": shoulder, "intensity": 3, "quality": ["aching"], "depth": "deep"}])
    (root / "visit1.json").write_text(dumps_drawing(visit1))
    (root / "visit2.json").write_text(dumps_drawing(visit2))
    (root / "bad.json").write_text('{"format": "bodymap-drawing", "version": 1, "body": "neutral", "extra": 1}')
    return root


def test_summary_json_keys_and_candidates_equal_lookup(files, atlas):
    run = _run("drawing", "summary", str(files / "visit1.json"), "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert {"area_cm2", "body_percent", "areas", "choir_segments", "candidates", "left_right", "front_back",
            "regions", "unexplained"} <= set(result)
    assert {"area_cm2", "intensity", "quality", "depth", "choir_segments"} <= set(result["areas"][0])
    assert set(result["unexplained"]) >= {"area_cm2", "nerve_roots"}
    painted = sorted(set(_region(atlas, "left top of shoulder") + _region(atlas, "left temple")))
    lookup = _run("lookup", "--json", *[f"--vertex={v}" for v in painted])
    assert lookup.returncode == 0, lookup.stderr
    assert result["candidates"] == json.loads(lookup.stdout)["candidates"]
    assert result["choir_segments"] == [104, 207]


def test_summary_text(files):
    run = _run("drawing", "summary", str(files / "visit1.json"))
    assert run.returncode == 0, run.stderr
    assert "cm2" in run.stdout and "CHOIR segments: 104 207" in run.stdout and "area 2:" in run.stdout


def test_compare_json(files):
    run = _run("drawing", "compare", str(files / "visit1.json"), str(files / "visit2.json"), "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert {"jaccard", "area_a_cm2", "area_b_cm2", "area_change_cm2", "area_change_percent", "new_cm2",
            "resolved_cm2"} <= set(result)
    assert 0 < result["jaccard"] < 1 and result["new_cm2"] == 0 and result["resolved_cm2"] > 0
    assert result["area_change_cm2"] == pytest.approx(-result["resolved_cm2"], abs=0.011)
    same = json.loads(_run("drawing", "compare", str(files / "visit1.json"), str(files / "visit1.json"),
                           "--json").stdout)
    assert same["jaccard"] == 1.0 and same["new_cm2"] == 0 and same["resolved_cm2"] == 0


def test_csv_has_one_row_per_area(files, tmp_path):
    out = tmp_path / "visit1.csv"
    run = _run("drawing", "csv", str(files / "visit1.json"), "--out", str(out))
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["intensity"] for r in rows] == ["6", "4"] and rows[1]["quality"] == "throbbing;stabbing"
    assert rows[0]["choir_segments"] == "207" and float(rows[0]["area_cm2"]) > 0 and rows[0]["note"] == "after work"
    printed = _run("drawing", "csv", str(files / "visit1.json"))
    assert printed.stdout == out.read_text()


def test_schema_drawing(tmp_path):
    run = _run("schema", "--drawing")
    assert run.returncode == 0 and json.loads(run.stdout)["title"] == "bodymap pain drawing"


@pytest.mark.parametrize("args,phrase", [
    (["drawing", "summary", "{root}/bad.json"], "unknown field extra"),
    (["drawing", "compare", "{root}/visit1.json", "{root}/bad.json"], "bad.json: unknown field extra"),
    (["drawing", "csv", "{root}/missing.json"], "no such drawing file"),
    (["drawing", "summary", "{root}"], "is a folder"),
    (["drawing", "summary", "{root}/visit1.json", "--limit", "0"], "--limit 0"),
])
def test_bad_file_is_one_line(files, args, phrase):
    run = _run(*[a.format(root=files) for a in args])
    lines = run.stderr.strip().splitlines()
    assert run.returncode != 0 and "Traceback" not in run.stdout + run.stderr
    assert len(lines) == 1 and lines[0].startswith("bodymap drawing: error: ") and phrase in lines[0], run.stderr
