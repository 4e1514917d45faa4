"""Starting the real servers some tests need of their own: a Redis, and static files for gunicorn."""

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def port_wait(port: int, *, what: str, seconds: float = 30) -> None:
    """Return once something accepts connections on 127.0.0.1:port; fail the test after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{what} did not start within {seconds:g} s")
            time.sleep(0.1)


def redis_server_start(port: int) -> subprocess.Popen:
    """A redis-server on 127.0.0.1:port that keeps nothing on disk, accepting connections."""
    if shutil.which("redis-server") is None:
        pytest.fail("This test needs redis-server (Debian’s redis-server package).")
    server = subprocess.Popen(
        [
            *("redis-server", "--port", str(port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    port_wait(port, what="redis-server", seconds=10)
    return server


def static_files_collected() -> bool:
    """Whether var/static holds a manifest newer than every file of static/ (collectstatic takes 30 s)."""
    manifest = ROOT / "var" / "static" / "staticfiles.json"
    if not manifest.exists():
        return False
    newest = max(path.stat().st_mtime for path in (ROOT / "static").rglob("*") if path.is_file())
    return manifest.stat().st_mtime > newest


def static_files_collect(env: dict) -> subprocess.Popen | None:
    """Start collectstatic for gunicorn unless var/static is fresh; wait() on what it returns."""
    if static_files_collected():
        return None
    return subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
