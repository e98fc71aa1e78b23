"""Bad files stop `bodymap serve` at start-up with one clear line, never a traceback."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.settings import MESH_DIR

MINI = Path(__file__).parent / "data" / "mini_atlas"


def _serve(env: dict, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bodymap.cli", "serve", "--no-browser", "--port", "1", *extra],
                          capture_output=True, text=True, env={**os.environ, **env}, timeout=120)


def _assert_clear_failure(run: subprocess.CompletedProcess, *phrases: str) -> None:
    assert run.returncode == 1
    assert "Traceback" not in run.stderr, run.stderr
    for phrase in phrases:
        assert phrase in run.stderr, run.stderr


def test_bad_port_is_a_usage_error():
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "serve", "--no-browser", "--port", "70000"],
                         capture_output=True, text=True)
    _assert_clear_failure(run, "--port 70000")


@pytest.mark.parametrize("damage", ["missing", "truncated", "garbage"])
def test_damaged_mesh_files(tmp_path, damage):
    for f in MESH_DIR.glob("*.npz"):
        shutil.copy(f, tmp_path / f.name)
    target = tmp_path / "hm08_neutral.npz"
    if damage == "missing":
        target.unlink()
    elif damage == "truncated":
        target.write_bytes(target.read_bytes()[:20_000])
    else:
        target.write_bytes(b"\x00not a zip" * 100)
    run = _serve({"BODYMAP_MESHES": str(tmp_path)}, "--port", "5999")
    expected = "is missing" if damage == "missing" else "corrupt or truncated"
    _assert_clear_failure(run, "hm08_neutral.npz", expected, "build-meshes")


def test_invalid_atlas_refuses_to_start(tmp_path):
    atlas = tmp_path / "atlas"
    shutil.copytree(MINI, atlas)
    leg = atlas / "muscles" / "leg.yaml"
    leg.write_text(leg.read_text().replace("depth: intermediate", "depth: shallow"))
    run = _serve({"BODYMAP_ANNOTATIONS": str(atlas)}, "--port", "5999")
    _assert_clear_failure(run, "muscles/leg.yaml:", "depth")


def test_damaged_or_foreign_baked_tables(tmp_path):
    good = tmp_path / "t.bmt"
    subprocess.run([sys.executable, "-m", "bodymap.cli", "export", "--out", str(good)], check=True,
                   capture_output=True, env={**os.environ, "BODYMAP_ANNOTATIONS": str(MINI)})
    truncated = tmp_path / "trunc.bmt"
    truncated.write_bytes(good.read_bytes()[:-100])
    _assert_clear_failure(_serve({}, "--port", "5999", "--tables", str(truncated)), "truncated", "re-export")
    _assert_clear_failure(_serve({}, "--port", "5999", "--tables", str(tmp_path / "none.bmt")), "missing")
    # tables baked from the mini atlas do not fit the full atlas
    _assert_clear_failure(_serve({}, "--port", "5999", "--tables", str(good)), "another atlas")
