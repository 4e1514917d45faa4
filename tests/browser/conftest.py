"""The browser suite: the demo portal served on loopback, driven in Debian's Chromium."""

import shutil
import time
from urllib.parse import urlsplit

import pytest
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from tests.conftest import IN_CI

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium calls home at start, which this portal's tests must never see.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="session")
def portal_server(django_db_setup, django_db_blocker):
    """A live server on the session's test database, which holds the demo portal.

    Not pytest-django's live_server: that one flushes the database after each test.
    """
    with django_db_blocker.unblock():
        server = LiveServer("127.0.0.1:0")
        yield server.url
        server.stop()
        if connection.vendor == "postgresql":
            # The server's request threads may still hold sessions that would stop the test
            # database from being dropped at the end of the run.
            # Termination is asynchronous: wait until the sessions are gone.
            with connection.cursor() as cursor:
                quiet = 0
                for _ in range(100):
                    cursor.execute(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                    quiet = quiet + 1 if cursor.fetchone()[0] == 0 else 0
                    if quiet == 5:
                        break
                    time.sleep(0.1)


@pytest.fixture(scope="session")
def browser(portal_server):
    # Depending on the server makes Chromium close first at the end, before the server stops.
    from playwright.sync_api import Error, sync_playwright

    path = chromium_path()
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(
                executable_path=path, headless=True, args=CHROMIUM_ARGS
            )
        except Error as error:
            if IN_CI:
                raise
            pytest.skip(f"no Chromium to drive (install Debian's chromium): {error}")
        yield launched
        launched.close()


@pytest.fixture
def visit(browser, portal_server):
    """Open a path at a width; return the page and every host the page sent a request to."""
    contexts = []

    def open_page(path: str, *, width: int = 1280, javascript: bool = True):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        hosts: set[str] = set()
        page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
        response = page.goto(portal_server + path, wait_until="load")
        return page, response, hosts

    yield open_page
    for context in contexts:
        context.close()
