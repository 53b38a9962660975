"""Gunicorn servers on free loopback ports, and the CPU time they spend."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`gunicorn -c gunicorn.conf.py ... APP` on a free loopback port."""

    def __init__(self, app: str, env: dict[str, str], log: Path, *extra: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        command = [
            sys.executable, "-m", "gunicorn",
            "-c", str(ROOT / "gunicorn.conf.py"),
            "--bind", f"127.0.0.1:{self.port}",
            *extra, app,
        ]  # fmt: skip
        env = {**os.environ, **env, "GUNICORN_ACCESS_LOG": str(log) + ".access"}
        env.pop("GUNICORN_BIND", None)
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, path: str = "/", timeout: float = 180.0) -> None:
        """Block until the server answers `path` (every worker booted)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log}")
            try:
                urllib.request.urlopen(self.url + path, timeout=2).read()
                if len(self.workers()) >= self.expected_workers():
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn not ready in {timeout:.0f} s; see {self.log}")

    def expected_workers(self) -> int:
        return int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() * 2 + 1)

    def workers(self) -> list[int]:
        """The worker pids of this gunicorn master."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(p) for p in path.read_text().split()]
        except OSError:
            return []

    def cpu_seconds(self) -> float:
        """User + system CPU time of the master and its live workers."""
        total = 0.0
        for pid in [self.process.pid, *self.workers()]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
        return total

    def stop(self) -> None:
        """SIGTERM to the master (it stops its workers); SIGKILL if it hangs."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
