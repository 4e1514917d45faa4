"""What the deployment tests share: databases of their own on the test's PostgreSQL server, a Redis
of their own, and a way to wait for a server. Ports 25500-25599 belong to these tests: below the
kernel's range for outgoing connections (32768-60999), so no client's connection can hold one.
"""

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent.parent
REDIS_PORT = 25510


def server_url(name: str) -> str:
    """The address of database `name` on the PostgreSQL server the tests use."""
    db = settings.DATABASES["default"]
    user = db["USER"] or "postgres"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


def database_drop(name: str) -> None:
    """Drop database `name` if it exists, closing whatever still holds it."""
    db = settings.DATABASES["default"]
    with psycopg.connect(
        dbname="postgres",
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"] or "postgres",
        password=db["PASSWORD"] or None,
        autocommit=True,
    ) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name]
        )
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def wait_until(ready: Callable[[], bool], *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.25)
    pytest.fail(f"{what} within {seconds:g} s")


def port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def fetch(url: str, *, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of a GET, whatever the status."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def own_redis(tmp_path_factory) -> Iterator[str]:
    """A redis-server of the test's own that keeps nothing on disk; never the shared one."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed (Debian’s redis-server)")
    work = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(REDIS_PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(work),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: port_open(REDIS_PORT), seconds=10, what="Redis did not start")
        yield f"redis://127.0.0.1:{REDIS_PORT}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
