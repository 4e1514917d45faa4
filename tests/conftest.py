"""Shared fixtures: the demo portal loaded once per session, and the rules of CI (never skip)."""

import os
import time

import pytest
from django.conf import settings
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from content.demo.loader import demo_load

# Playwright's sync API runs an event loop in the test thread; the ORM calls around it are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = bool(os.environ.get("CI"))


def database_is_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def pytest_collection_modifyitems(config, items):
    """Run PostgreSQL tests and the fault suite only against PostgreSQL, the browser suite last."""
    if not database_is_postgres():

        def postgres_only(item) -> bool:
            return bool(item.get_closest_marker("postgres") or item.get_closest_marker("faults"))

        kept = [item for item in items if not postgres_only(item)]
        dropped = [item for item in items if postgres_only(item)]
        if dropped:
            config.hook.pytest_deselected(items=dropped)
        items[:] = kept
    items.sort(key=lambda item: bool(item.get_closest_marker("browser")))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI a test that cannot run fails: a skip would hide a missing browser or database."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI, where every test must run: {report.longrepr}"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the demo portal, as `make run` serves it."""
    with django_db_blocker.unblock():
        demo_load()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in French, the site's language: a request leaves its own language active."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with empty caches and site memo: the rows of the last one were rolled back."""
    from django.core.cache import caches

    from content.page_cache import site_memo_clear

    yield
    for cache in caches.all():
        cache.clear()
    site_memo_clear()


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin client, its session verified by a second factor as /admin/ asks."""
    from tests.workspace.helpers import sign_in_verified

    sign_in_verified(client, admin_user)
    return client


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
