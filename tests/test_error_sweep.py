"""Every command, through every error a person can cause: one line on stderr, a non-zero exit, no traceback.

The cases: a bad argument, a missing or unreadable input, an output place that cannot be written, a port in
use, an address that cannot be bound, and Ctrl+C while `serve` runs. Damaged mesh, atlas and table files at
start-up are in test_startup_errors.py; bad vertex ids in test_cli.py.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from bodymap.bench.harness import free_port, wait_for_http

COMMANDS = ["serve", "lookup", "under", "path", "validate", "place", "reanchor", "schema", "render", "handout", "export",
            "export-site", "bench", "build-meshes", "drawing", "i18n"]


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bodymap.cli", *args], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def _assert_one_line(run: subprocess.CompletedProcess, *phrases: str, code: int | None = None) -> None:
    both = run.stdout + run.stderr
    assert "Traceback" not in both, both
    assert run.returncode != 0 and (code is None or run.returncode == code), (run.returncode, both)
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "error" in lines[0], run.stderr
    for phrase in phrases:
        assert phrase in lines[0], lines[0]


# ---- a bad argument: every command, an unknown option and (where it has one) a value of the wrong kind ----

def test_sweep_covers_every_command():
    from bodymap.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(COMMANDS)


@pytest.mark.parametrize("cmd", COMMANDS)
def test_unknown_option(cmd):
    run = _run(cmd, "--no-such-option")
    _assert_one_line(run, code=2)  # named, unless a required argument is missing too (argparse says that first)
    assert "--no-such-option" in run.stderr or "required" in run.stderr, run.stderr


@pytest.mark.parametrize("args,phrase", [
    (["serve", "--port", "abc"], "--port"),
    (["serve", "--port", "0"], "--port 0"),
    (["serve", "--num-procs", "0"], "--num-procs"),
    (["lookup", "--vertex", "3", "--limit", "x"], "--limit"),
    (["under", "--vertex", "99999"], "--vertex 99999"),
    (["under", "--vertex", "x"], "--vertex"),
    (["lookup", "--vertex", "3", "--limit", "0"], "--limit 0"),
    (["lookup", "--vertex", "3", "--body", "giant"], "--body"),
    (["path", "--tp", "soleus_tp1"], "--to"),
    (["validate", "--body", "giant"], "--body"),
    (["render", "--view", "up"], "--view"),
    (["handout", "--vertex", "x", "--out", "h.pdf"], "not a whole number"),
    (["handout", "--vertex", "5", "--limit", "-1", "--out", "h.pdf"], "--limit -1"),
    (["handout", "--vertex", "5", "--out", "h.doc"], ".doc"),
    (["handout", "--vertex", "5", "--lang", "xx", "--out", "h.pdf"], "unknown language 'xx'"),
    (["lookup", "--vertex", "5", "--lang", "xx"], "unknown language 'xx'"),
    (["i18n", "translate"], "invalid choice"),
    (["i18n", "check", "--lang", "fr"], "unknown language 'fr'"),
    (["export", "--body", "giant"], "--body"),
    (["export-site"], "outdir"),
    (["bench", "--only", "nothing"], "--only"),
    (["build-meshes"], "--wheel"),
    (["reanchor"], "--to"),
    (["drawing"], "required"),
    (["drawing", "tidy"], "tidy"),
    (["drawing", "summary"], "file"),
    (["drawing", "compare", "a.json"], "b"),
    (["drawing", "summary", "a.json", "--limit", "0"], "--limit 0"),
    (["drawing", "summary", "no-such-drawing.json"], "no such drawing file"),
    (["no-such-command"], "no-such-command"),
])
def test_bad_value(args, phrase, tmp_path):
    _assert_one_line(_run(*args), phrase)


# ---- a missing or unreadable input ----

@pytest.fixture(scope="module")
def inputs():
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "folder").mkdir()
        (root / "garbage.bin").write_bytes(b"\x00\xffnot what it should be" * 50)
        yield root


@pytest.mark.parametrize("args,phrase", [
    (["validate", "{tmp}/missing"], "no such"),
    (["validate", "{tmp}/garbage.bin"], "garbage.bin"),
    (["validate", "{tmp}/folder"], "folder"),
    (["place", "{tmp}/missing.yaml"], "no such"),
    (["place", "{tmp}/garbage.bin"], "garbage.bin: not a UTF-8 text file"),
    (["reanchor", "--to", "{tmp}/missing.ply"], "no such mesh file"),
    (["reanchor", "--to", "{tmp}/folder"], "is a folder"),
    (["reanchor", "--to", "{tmp}/garbage.bin"], "cannot read mesh"),
    (["reanchor", "--to", "{tmp}/garbage.bin", "{tmp}/missing"], "no such annotation folder"),
    (["build-meshes", "--wheel", "{tmp}/missing.whl"], "no such file"),
    (["build-meshes", "--wheel", "{tmp}/folder"], "is a folder"),
    (["build-meshes", "--wheel", "{tmp}/garbage.bin"], "sha256"),
    (["drawing", "summary", "{tmp}/missing.json"], "no such drawing file"),
    (["drawing", "summary", "{tmp}/folder"], "is a folder"),
    (["drawing", "summary", "{tmp}/garbage.bin"], "garbage.bin: not a UTF-8 text file"),
    (["drawing", "compare", "{tmp}/garbage.bin", "{tmp}/garbage.bin"], "not a UTF-8 text file"),
    (["drawing", "csv", "{tmp}/garbage.bin"], "not a UTF-8 text file"),
    (["serve", "--no-browser", "--port", "{port}", "--tables", "{tmp}/missing.bmt"], "missing"),
    (["serve", "--no-browser", "--port", "{port}", "--tables", "{tmp}/garbage.bin"], "garbage.bin"),
])
def test_missing_or_unreadable_input(args, phrase, inputs):
    run = _run(*[a.format(tmp=inputs, port=free_port()) for a in args])
    if args[0] == "validate" and "missing" not in args[1]:  # validate lists its problems: a header, then one each
        assert run.returncode == 1 and "Traceback" not in run.stdout + run.stderr and phrase in run.stderr
    else:
        _assert_one_line(run, phrase)


# ---- an output place that cannot be written ----

def _unwritable_folder(tmp: Path) -> Path | None:
    """A folder nobody here can write in: a read-only one for a normal user; for root (who writes anywhere
    else) /sys, which refuses new files even to root. None if this machine has neither."""
    if os.geteuid() != 0:
        folder = tmp / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    try:
        with tempfile.TemporaryFile(dir="/sys"):
            return None
    except OSError:
        return Path("/sys")


OUTPUTS = [  # (command and arguments; {out} is the file or folder written)
    ["export", "--out", "{out}/tables.bmt"],
    ["export-site", "{out}/site"],
    ["render", "--out", "{out}/body.png"],
    ["render", "--atlas", "{out}/sheets", "--muscle", "soleus"],
    ["handout", "--vertex", "5", "--out", "{out}/handout.pdf"],
    ["schema", "--out", "{out}/schema.json"],
    ["drawing", "csv", "missing.json", "--out", "{out}/record.csv"],
    ["build-meshes", "--wheel", "{wheel}", "--out", "{out}/meshes"],
]


@pytest.mark.parametrize("args", OUTPUTS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize("blocker", ["a file in the way", "a folder not writable", "a folder as the file"])
def test_unwritable_output(args, blocker, inputs, tmp_path):
    if blocker == "a file in the way":
        out = tmp_path / "plain-file"
        out.write_text("not a folder")
        phrase = "is a file, not a folder"
    elif blocker == "a folder not writable":
        out = _unwritable_folder(tmp_path)
        if out is None:
            pytest.skip("no folder here refuses a file to this user")
        phrase = "cannot write in"
    else:
        if not args[-1].rsplit("/", 1)[-1].count("."):
            pytest.skip("this command writes a folder")
        out = tmp_path
        Path(args[-1].format(out=out, wheel="")).mkdir()
        phrase = "is a folder"
    started = time.monotonic()
    run = _run(*[a.format(out=out, wheel=inputs / "garbage.bin") for a in args])
    _assert_one_line(run, phrase)
    assert time.monotonic() - started < 30, "the output place is checked before the work, not after"


# ---- serve: a port in use, an address that cannot be bound, Ctrl+C ----

def test_serve_port_in_use():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        _assert_one_line(_run("serve", "--no-browser", "--port", str(port)), f"port {port}", "already in use")


def test_serve_address_that_cannot_be_bound():
    address = "203.0.113.1"  # TEST-NET-3 (documentation only): no machine has it; binding sends nothing
    _assert_one_line(_run("serve", "--no-browser", "--port", str(free_port()), "--address", address),
                     f"--address {address}", "no such address")


@pytest.mark.slow
def test_serve_ctrl_c_is_one_line_and_exit_130():
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "bodymap.cli", "serve", "--no-browser", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        try:
            status, _page = wait_for_http(f"http://127.0.0.1:{port}/", proc, timeout=120)
        except RuntimeError as exc:
            proc.kill()
            pytest.fail(f"serve: {exc}: {proc.communicate()[1][-2000:]}")
        assert status == 200
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in out + err, err
    assert err.strip().splitlines()[-1] == "bodymap serve: stopped (Ctrl+C)"
