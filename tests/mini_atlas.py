"""The small test atlas (tests/data/mini_atlas) and what the tests of a file kind do with it: copy it with one
more file, read the problems a broken file gives, and find the line a message should name."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bodymap.core.atlas import AtlasError, read_atlas

MINI = Path(__file__).parent / "data" / "mini_atlas"


def mini_with(tmp_path: Path, name: str, text: str) -> Path:
    """A copy of the mini atlas in tmp_path with one more annotation file `name` holding `text`."""
    dst = tmp_path / "atlas"
    shutil.copytree(MINI, dst)
    (dst / name).write_text(text)
    return dst


def problems_of(folder: Path) -> list[str]:
    """The problems (file:line: field: message) of an atlas folder that must fail to load."""
    with pytest.raises(AtlasError) as err:
        read_atlas(folder)
    return [str(p) for p in err.value.problems]


def line_of(text: str, needle: str) -> int:
    """The 1-based line of `text` holding `needle`: where a message about it should point."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)
