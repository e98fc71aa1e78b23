"""The CI wheel job: build the sdist and, from it, the wheel; install the wheel in a fresh venv; use it from a
folder outside the checkout, as someone who ran `pip install bodymap` would.

The venv sees this machine's packages (--system-site-packages), so nothing is downloaded but the build tools
(`build`, and setuptools for its isolated build), and the wheel goes in with --no-deps. That venv also sees the
checkout's editable bodymap, so every run checks that `bodymap` is the wheel's copy inside the venv.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from bodymap.bench.harness import free_port, wait_for_http

ROOT = Path(__file__).resolve().parent.parent
DATA = ("meshes", "annotations")


def _tracked_files() -> list[str]:
    """The checkout's files as git sees them (committed or new, not ignored): what a clean clone would build."""
    run = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                         capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip("not a git checkout")
    return [f for f in run.stdout.splitlines() if (ROOT / f).is_file() and not f.startswith("node_modules/")]


def test_package_list_is_complete():
    """pyproject.toml lists the packages by hand (package-dir maps the data folders): none may be missing."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bodymap").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv python, dist folder, a working folder outside the checkout) with the wheel installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for name in _tracked_files():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    _check(python, "-m", "pip", "install", "-q", "build")
    dist = tmp / "dist"
    _check(python, "-m", "build", "--outdir", str(dist), str(src))  # the sdist, then the wheel built from it
    wheel = next(dist.glob("bodymap-*.whl"))
    _check(python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel))
    work = tmp / "elsewhere"
    work.mkdir()
    return python, dist, work


def _env() -> dict:
    """The environment without what points at the checkout."""
    drop = ("PYTHONPATH", "BODYMAP_HOME", "BODYMAP_MESHES", "BODYMAP_ANNOTATIONS", "BODYMAP_TABLES")
    return {k: v for k, v in os.environ.items() if k not in drop}


def _check(*cmd, cwd=None, timeout=300) -> subprocess.CompletedProcess:
    run = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd, env=_env(),
                         timeout=timeout, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, f"{cmd}: exit {run.returncode}\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}"
    assert "Traceback" not in run.stderr, run.stderr
    return run


@pytest.mark.slow
def test_wheel_and_sdist_carry_the_data(installed):
    _python, dist, _work = installed
    files = {f for f in _tracked_files() if f.split("/")[0] in DATA}
    assert files
    with zipfile.ZipFile(next(dist.glob("bodymap-*.whl"))) as whl:
        names = set(whl.namelist())
    assert {f"bodymap/_data/{f}" for f in files} <= names
    static = {f for f in _tracked_files() if f.startswith("bodymap/app/static/")}
    assert static and static <= names
    with tarfile.open(next(dist.glob("bodymap-*.tar.gz"))) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    assert files <= members and static <= members


@pytest.mark.slow
def test_the_installed_wheel_works_outside_the_checkout(installed):
    python, _dist, work = installed
    where = _check(python, "-c", "import bodymap, bodymap.settings as s; print(bodymap.__file__); "
                                 "print(s.MESH_DIR); print(s.ANNOTATION_DIR)", cwd=work).stdout.split()
    venv = python.parent.parent.resolve()
    for path in where:
        assert Path(path).resolve().is_relative_to(venv), f"{path} is not the wheel's copy in {venv}"
    bodymap = python.parent / "bodymap"
    assert "valid" in _check(bodymap, "validate", cwd=work).stdout
    found = json.loads(_check(bodymap, "lookup", "--vertex", "5", "--json", cwd=work).stdout)
    assert found["vertices"] == [5] and found["candidates"]
    _check(bodymap, "export-site", "OUT", cwd=work)
    assert (work / "OUT" / "index.html").stat().st_size > 100_000
    assert "usage: bodymap" in _check(python, "-m", "bodymap", "--help", cwd=work).stdout


@pytest.mark.slow
def test_the_installed_wheel_serves(installed):
    python, _dist, work = installed
    port = free_port()
    proc = subprocess.Popen([str(python.parent / "bodymap"), "serve", "--no-browser", "--port", str(port)],
                            cwd=work, env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    failure = status = page = None
    try:
        status, page = wait_for_http(f"http://127.0.0.1:{port}/", proc, timeout=120)
    except RuntimeError as exc:
        failure = str(exc)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert failure is None, f"the wheel's serve: {failure}: {err[-2000:]}"
    assert status == 200 and b"bodymap" in page
    assert "Traceback" not in err, err
