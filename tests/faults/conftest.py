"""Real servers for the fault suite: a PostgreSQL cluster, a Redis and gunicorn of its own.

Once per session: a cluster `faults_resilience_0` on port 25050 (created as root, owned by
postgres, dropped at the end), a `redis-server` on 25051 that keeps nothing on disk, the demo portal
(a copy of the session's test database, migrated and loaded), and gunicorn (production settings,
2 sync workers) on 25052, as a deployer runs it. Tests stop, pause and restart these servers;
each puts back what it broke.
"""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import redis_server_start, static_files_collect

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON = sys.executable
PG_VERSION = "15"
# Under pytest-xdist each worker (gw0, gw1...) has servers of its own: ports 25050 + 3 × n, below
# the kernel's range for outgoing connections (32768-60999), which a client's connection may hold.
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
CLUSTER = f"faults_resilience_{WORKER}"
PG_PORT, REDIS_PORT, WEB_PORT = (25050 + 3 * WORKER + offset for offset in range(3))


def _run(*command: str, env=None) -> None:
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.fail(f"{' '.join(command[:4])} failed:\n{done.stdout[-2000:]}{done.stderr[-4000:]}")


def _port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def _wait_until(ready, *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    pytest.fail(f"{what} did not start within {seconds:g} s")


@dataclass
class Servers:
    """The servers of the fault suite, and how to break and mend them."""

    base_url: str
    redis: subprocess.Popen | None = None
    log: Path | None = None

    # -- PostgreSQL --

    def postgres_ready(self) -> bool:
        return (
            subprocess.run(
                ["pg_isready", "-h", "127.0.0.1", "-p", str(PG_PORT), "-q"], check=False
            ).returncode
            == 0
        )

    def postgres_stop(self) -> None:
        _run("pg_ctlcluster", PG_VERSION, CLUSTER, "stop", "-m", "fast")

    def postgres_start(self) -> None:
        if not self.postgres_ready():
            _run("pg_ctlcluster", PG_VERSION, CLUSTER, "start")
            _wait_until(self.postgres_ready, seconds=30, what="PostgreSQL")

    def postgres_pids(self) -> list[int]:
        data = subprocess.run(
            ["pg_conftool", "-s", PG_VERSION, CLUSTER, "show", "data_directory"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        postmaster = int(Path(data, "postmaster.pid").read_text().split()[0])
        children = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(postmaster)], capture_output=True, text=True
        ).stdout.split()
        return [postmaster, *map(int, children)]

    def postgres_pause(self) -> list[int]:
        pids = self.postgres_pids()
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        return pids

    def postgres_resume(self, pids: list[int]) -> None:
        for pid in pids:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass

    # -- Redis --

    def redis_start(self) -> None:
        if self.redis is not None and self.redis.poll() is None:
            return
        self.redis = redis_server_start(REDIS_PORT)

    def redis_stop(self) -> None:
        if self.redis is not None and self.redis.poll() is None:
            self.redis.terminate()
            self.redis.wait(timeout=10)


def _cluster_drop() -> None:
    subprocess.run(
        ["pg_dropcluster", "--stop", PG_VERSION, CLUSTER], check=False, capture_output=True
    )


def _database_copy(settings_dict: dict) -> None:
    """The session's test database (migrated, the demo loaded) copied into the suite's cluster."""
    source = [
        *(
            "-h",
            str(settings_dict["HOST"] or "127.0.0.1"),
            "-p",
            str(settings_dict["PORT"] or 5432),
        ),
        *("-U", settings_dict["USER"] or "postgres"),
    ]
    dump = subprocess.Popen(
        ["pg_dump", *source, "-Fc", settings_dict["NAME"]],
        stdout=subprocess.PIPE,
        env={**os.environ, "PGPASSWORD": settings_dict["PASSWORD"] or ""},
    )
    restore = subprocess.run(
        [
            *("pg_restore", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres"),
            *("--no-owner", "--exit-on-error", "-d", "portal"),
        ],
        stdin=dump.stdout,
        capture_output=True,
        text=True,
        check=False,
    )
    dump.stdout.close()
    if dump.wait() or restore.returncode:
        pytest.fail(f"The demo database could not be copied: {restore.stderr[-2000:]}")


@pytest.fixture(scope="session")
def fault_servers(django_db_setup, tmp_path_factory):
    """The portal under gunicorn on its own PostgreSQL and Redis; everything stopped at the end.

    The database is a copy of the session's test database, which holds the demo portal migrated
    and loaded (tests/conftest.py): the same as `migrate` and `load_demo`, in seconds.
    """
    from django.db import connection

    for tool in ("pg_createcluster", "pg_restore", "redis-server"):
        if shutil.which(tool) is None:
            pytest.fail(f"The fault suite needs {tool} (Debian's postgresql and redis-server).")
    if os.geteuid() != 0:
        pytest.fail("The fault suite creates a PostgreSQL cluster: it runs as root.")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/portal",
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "LOG_LEVEL": "INFO",
    }
    started = time.monotonic()
    collecting = static_files_collect(env)
    _cluster_drop()  # what a run that was killed may have left
    _run(
        "pg_createcluster", PG_VERSION, CLUSTER, "-p", str(PG_PORT),
        "-o", "fsync=off", "-o", "synchronous_commit=off", "-o", "full_page_writes=off",
        "--", "--auth-host=trust", "--auth-local=trust",
    )  # fmt: skip
    servers = Servers(base_url=f"http://127.0.0.1:{WEB_PORT}")
    gunicorn = log = None
    logs = tmp_path_factory.mktemp("faults")
    try:
        servers.postgres_start()
        _run("createdb", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "portal")
        _database_copy(connection.settings_dict)
        servers.redis_start()
        if collecting is not None and collecting.wait():
            pytest.fail("collectstatic failed")
        log = open(logs / "gunicorn.log", "w")
        gunicorn = subprocess.Popen(
            [
                *(PYTHON, "-m", "gunicorn", "portal.wsgi:application", "--workers", "2"),
                *("--worker-class", "sync", "--bind", f"127.0.0.1:{WEB_PORT}"),
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        _wait_until(lambda: _port_open(WEB_PORT), seconds=30, what="gunicorn")
        servers.log = logs / "gunicorn.log"
        print(f"\nFault suite: servers ready in {time.monotonic() - started:.1f} s")
        yield servers
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        if log is not None:
            log.close()
        if collecting is not None and collecting.poll() is None:
            collecting.terminate()
            collecting.wait(timeout=10)
        servers.redis_stop()
        _cluster_drop()


@pytest.fixture
def portal(fault_servers):
    """The running portal, with PostgreSQL and Redis up again whatever the last test did."""
    fault_servers.redis_start()
    fault_servers.postgres_start()
    return fault_servers


@dataclass
class Answer:
    status: int
    headers: dict
    body: str
    seconds: float

    @property
    def from_page_cache(self) -> bool:
        return self.headers.get("x-page-cache") == "hit"


def fetch(url: str, *, data: bytes | None = None, headers: dict | None = None) -> Answer:
    """One request as a browser sends it; redirects are not followed (a 303 is an answer)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, data=data, headers=headers or {})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=30) as response:
            status, found, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, found, body = error.code, error.headers, error.read()
    seconds = time.monotonic() - started
    return Answer(
        status=status,
        headers={key.lower(): value for key, value in found.items()},
        body=body.decode("utf-8", "replace"),
        seconds=seconds,
    )
