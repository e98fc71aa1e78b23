import subprocess
import sys

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
