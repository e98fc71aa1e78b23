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


#: A JavaScript function `(selector) => element | null` that looks through shadow roots too: Panel draws the
#: screen inside them, where document.querySelector does not reach. Paste it into page scripts as
#: `const find = ${DEEP_QUERY_JS};`.
DEEP_QUERY_JS = """(selector) => {
  const look = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const h = look(el.shadowRoot); if (h) return h; }
    return null;
  };
  return look(document);
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, timeout: float = 120) -> tuple[int, bytes]:
    """Poll `url` until a server started as `proc` answers; return (status, body). Raises RuntimeError when the
    process exits first or nothing answers within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited (code {proc.returncode}) before it answered")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return answer.status, answer.read()
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {timeout:.0f} s") from None
            time.sleep(0.3)


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
        try:
            wait_for_http(self.url, self.proc, timeout=60)
        except RuntimeError as exc:
            raise RuntimeError(f"bodymap serve: {exc}: {self.log.read_text()[-2000:]}") from None

    def output(self) -> str:
        return self.log.read_text()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
