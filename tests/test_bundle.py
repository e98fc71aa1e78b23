"""The committed viewer bundles are what the pinned build makes of the JavaScript sources.

The app serves the built files in `bodymap/app/static/` (so running bodymap needs no Node.js); a change to
`bodymap/app/js/` that was not rebuilt would ship the old viewer. This rebuilds all three (the app
bundle, its loader, the standalone bundle) with the exact versions in package-lock.json, in a scratch folder, and
compares bytes.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "bodymap" / "app" / "static"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot rebuild the viewer bundles")
    work = tmp_path_factory.mktemp("bundle")
    for name in ("package.json", "package-lock.json"):
        shutil.copy(ROOT / name, work / name)
    shutil.copytree(ROOT / "bodymap" / "app" / "js", work / "bodymap" / "app" / "js")
    (work / "bodymap" / "app" / "static").mkdir()
    run = dict(cwd=work, capture_output=True, text=True, timeout=300)
    done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], **run)
    if done.returncode != 0:
        pytest.fail(f"npm ci failed:\n{done.stderr[-2000:]}")
    done = subprocess.run([npm, "run", "build"], **run)
    assert done.returncode == 0, f"npm run build failed:\n{done.stderr[-2000:]}"
    return work / "bodymap" / "app" / "static"


@pytest.mark.parametrize("bundle", ["app.bundle.js", "app.loader.js", "standalone.bundle.js"])
def test_committed_bundle_is_built_from_the_sources(rebuilt, bundle):
    assert (rebuilt / bundle).read_bytes() == (STATIC / bundle).read_bytes(), (
        f"bodymap/app/static/{bundle} is stale: run `npm ci && npm run build` and commit it")


def test_bundle_versions_are_pinned_exactly():
    deps = json.loads((ROOT / "package.json").read_text())["devDependencies"]
    loose = {k: v for k, v in deps.items() if not v[0].isdigit()}
    assert not loose, f"pin these exactly in package.json: {loose}"
