"""`make serve` end to end: deploy/serve.sh runs two gunicorn app servers behind Varnish, and readers
keep reading when app servers stop.

The stack runs on ports of its own (25500-25502), a database of its own (`portal_deploy_serve`,
dropped at the end) and a Redis of its own, with pages kept by the proxy for 2 s so that a copy
served while the app servers are down is past its time: the last good copy, not a fresh one.
"""

import os
import secrets
import signal
import subprocess
import sys
import time

import pytest

from tests.pages import DEMO_CLINIC_WITH_CHATBOT, DEMO_CLINIC_WITH_HISTORY

from .conftest import ROOT, database_drop, fetch, port_open, server_url, wait_until

pytestmark = pytest.mark.faults

PROXY_PORT, APP_PORT_1, APP_PORT_2 = 25500, 25501, 25502
DATABASE = "portal_deploy_serve"
PROXY = f"http://127.0.0.1:{PROXY_PORT}"
SHARED_SECONDS = 2


def notice_url(slug: str, language: str) -> str:
    """The demo directory's address in each language (the stack's database, not the test's)."""
    return f"/{language}/notices/{slug}/"


def _ready() -> bool:
    return port_open(PROXY_PORT) and fetch(f"{PROXY}/health/ready", timeout=5)[0] == 200


@pytest.fixture(scope="module")
def stack(own_redis, tmp_path_factory):
    """deploy/serve.sh in a session of its own; every process of it is stopped at the end."""
    work = tmp_path_factory.mktemp("serve")
    log = work / "serve.log"
    # A generated password may start with "-" (one run in 64): serve.sh must still pass it on.
    (work / "state").mkdir()
    (work / "state" / "admin-password").write_text("-" + secrets.token_urlsafe(18) + "\n")
    database_drop(DATABASE)
    env = {
        **os.environ,
        "PORT": str(PROXY_PORT),
        "APP_PORT_1": str(APP_PORT_1),
        "APP_PORT_2": str(APP_PORT_2),
        "SERVE_DATABASE_URL": server_url(DATABASE),
        "SERVE_REDIS_URL": own_redis,
        "SERVE_DIR": str(work / "state"),
        "MEDIA_ROOT": str(work / "media"),
        "SERVE_WORKERS": "1",
        "PAGE_CACHE_SHARED_SECONDS": str(SHARED_SECONDS),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [str(ROOT / "deploy" / "serve.sh")],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 300
        while not _ready():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"make serve did not become ready:\n{log.read_text()[-4000:]}")
            time.sleep(0.5)
        yield work / "state"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        database_drop(DATABASE)


# What a medical reviewer's approval does: a new version of the notice is published.
REPUBLISH = """
from content.notices.models import Clinic
Clinic.objects.get(slug=%r).save_revision().publish()
"""


def _republish(state, own_redis: str, slug: str) -> None:
    """Publish the clinic's notice again, in the stack's database, as the portal would."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": (state / "secret-key").read_text().strip(),
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": server_url(DATABASE),
        "REDIS_URL": own_redis,
        "FRONTEND_CACHE_BACKEND": "http",
        "FRONTEND_CACHE_LOCATION": PROXY,
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", REPUBLISH % slug],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def _app_server_stop(state, number: int, port: int) -> None:
    pid = int((state / f"app{number}.pid").read_text())
    os.kill(pid, signal.SIGTERM)
    wait_until(lambda: not port_open(port), seconds=30, what=f"app server {number} did not stop")


def test_patients_keep_reading_through_the_proxy_when_one_then_both_app_servers_stop(
    stack, own_redis
):
    notice = notice_url(DEMO_CLINIC_WITH_HISTORY, "fr")
    public = [
        "/fr/",
        "/en/",
        notice,
        f"/api/notices/{DEMO_CLINIC_WITH_HISTORY}.json",
        "/fr/notices/",
    ]
    # Every public page, and the admin's sign-in for editors, through the proxy.
    for path in [*public, "/admin/login/"]:
        status, _, body = fetch(PROXY + path)
        assert status == 200, path
        assert body, path
    status, _, body = fetch(PROXY + notice)
    assert "Cabinet médical des Tilleuls".encode() in body

    # A page read again is served by the proxy from what it keeps.
    first = fetch(PROXY + notice)
    again = fetch(PROXY + notice)
    assert again[1]["X-Cache"] == "hit"
    assert "Age" in again[1]
    assert again[2] == first[2]
    # The admin is never kept.
    assert fetch(PROXY + "/admin/login/")[1]["X-Cache"] == "miss"

    # A new version of a notice reaches readers at once: the proxy drops that notice only.
    other = notice_url(DEMO_CLINIC_WITH_CHATBOT, "fr")
    fetch(PROXY + other)
    _republish(stack, own_redis, DEMO_CLINIC_WITH_HISTORY)
    assert fetch(PROXY + notice)[1]["X-Cache"] == "miss"
    assert fetch(PROXY + other)[1]["X-Cache"] == "hit"

    # One app server stops: every page, kept or not, is still served.
    _app_server_stop(stack, 1, APP_PORT_1)
    not_yet_read = [
        notice_url(DEMO_CLINIC_WITH_CHATBOT, "en"),
        notice_url(DEMO_CLINIC_WITH_HISTORY, "en"),
        "/en/notices/",
    ]
    for path in public + not_yet_read:
        assert fetch(PROXY + path)[0] == 200, path

    # Both stop: a page read before is still served, past its time (the last good copy) ...
    read_before = fetch(PROXY + notice)[2]
    _app_server_stop(stack, 2, APP_PORT_2)
    time.sleep(SHARED_SECONDS + 4)
    status, headers, body = fetch(PROXY + notice)
    assert status == 200
    assert body == read_before
    assert int(headers["Age"]) > SHARED_SECONDS
    # ... and a page never read shows a short notice that the portal is briefly unavailable.
    status, headers, body = fetch(PROXY + "/en/glossary/")
    assert status == 503
    assert "momentanément indisponible".encode() in body
    assert headers["Retry-After"] == "30"
