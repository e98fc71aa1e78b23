"""Shared by the browser benchmarks and the real-browser tests: a `bodymap serve` process on a free loopback
port, and how Debian's chromium is launched (software GL through SwiftShader, no background network)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMIUM = os.environ.get("BODYMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--disable-sync", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A `bodymap serve` subprocess; stopped at teardown."""

    def __init__(self, env: dict | None = None, extra: list[str] | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bodymap-serve-{self.port}.log"
        cmd = [sys.executable, "-m", "bodymap.cli", "serve", "--no-browser", "--port", str(self.port),
               *(extra or [])]
        self.proc = subprocess.Popen(cmd, stdout=open(self.log, "w"), stderr=subprocess.STDOUT,
                                     env={**os.environ, **(env or {})})
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"bodymap serve exited: {self.log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(self.url, timeout=2).read()
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"bodymap serve did not answer: {self.log.read_text()[-2000:]}")

    def output(self) -> str:
        return self.log.read_text()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
