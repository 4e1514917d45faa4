"""When Redis or the database fails: what patients, clinics and editors see, in-process.

The cache backend (`portal.cache`) meets a Redis of this module's own (port 25010) that it stops,
pauses and starts, and a port where nothing listens (1, below the ephemeral ports). The designed 503 page
(`content.errors.server_error`) meets a real PostgreSQL connection refused on port 2, raised
in the views of this module's URLs, as Django raises it in a view that needs the database. The
fault suite (`tests/faults/`) does the same with gunicorn and real servers.
"""

import logging
import os
import re
import signal
import time

import pytest
import redis
from django.core.cache import caches
from django.db import connections
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path, re_path

from content.patient_messages.models import PatientMessage
from content.throttle import attempt_blocked, attempt_failed, attempt_key
from portal.cache import cache_breakers_reset
from portal.postgresql.base import DatabaseWrapper
from portal.resilience import database_hung_forget
from tests.pages import DEMO_CLINIC_WITH_HISTORY, notice_url
from tests.servers import redis_server_start

pytestmark = pytest.mark.django_db

# Under pytest-xdist each worker (gw0, gw1...) starts its Redis on a port of its own.
REDIS_PORT = 25010 + int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
# Ports below the ephemeral range (32768-60999 on Linux), where no live server or outgoing
# connection of the suite can be found listening: connecting is refused at once.
NOTHING_LISTENS = "redis://127.0.0.1:1/0"
DATABASE_DOWN_PORT = 2
CONTACT = f"/fr/notices/{DEMO_CLINIC_WITH_HISTORY}/contact/"
MESSAGE = "Bonjour, l’outil de transcription garde-t-il l’enregistrement ? Merci."


def resilient(location: str, **options) -> dict:
    return {"BACKEND": "portal.cache.ResilientRedisCache", "LOCATION": location, "OPTIONS": options}


@pytest.fixture(autouse=True)
def fresh_breakers():
    cache_breakers_reset()
    yield
    cache_breakers_reset()


@pytest.fixture
def own_redis():
    """A redis-server of this module that keeps nothing on disk; stopped at the end of the test."""
    server = redis_server_start(REDIS_PORT)
    client = redis.Redis(host="127.0.0.1", port=REDIS_PORT, socket_connect_timeout=0.2)
    try:
        yield server, client
    finally:
        os.kill(server.pid, signal.SIGCONT)
        server.terminate()
        server.wait(timeout=10)


# -- The cache backend ----------------------------------------------------------------------------


def test_with_redis_down_the_page_cache_is_a_miss_and_nothing_fails():
    with override_settings(
        CACHES={"default": resilient(NOTHING_LISTENS), "pages": resilient(NOTHING_LISTENS)}
    ):
        pages = caches["pages"]
        pages.set("page:a", "kept")
        assert pages.get("page:a") is None
        assert pages.get("page:a", "missing") == "missing"
        assert pages.get_many(["page:a", "tag:site"]) == {}
        assert pages.add("tag:site", "token") is False
        assert pages.delete("page:a") is False
        assert pages.set_many({"tag:site": "t"}) == ["tag:site"]
        with pytest.raises(ValueError):
            pages.incr("counter")


def test_with_redis_down_sign_in_failures_still_block_an_account_in_each_process():
    with override_settings(
        CACHES={
            "default": resilient(NOTHING_LISTENS, LOCAL_FALLBACK=True),
            "pages": resilient(NOTHING_LISTENS),
        }
    ):
        key = attempt_key(kind="username", value="redaction@tilleuls.example.org")
        blocked = [attempt_failed(key=key, limit=3) for _ in range(3)]
        assert blocked == [False, False, True]
        assert attempt_blocked(key=key)


def test_a_redis_outage_is_logged_once_a_minute_not_once_per_request(caplog):
    settings = {
        "default": resilient(NOTHING_LISTENS, BREAKER_SECONDS=0),
        "pages": resilient(NOTHING_LISTENS),
    }
    with (
        override_settings(CACHES=settings),
        caplog.at_level(logging.WARNING, logger="portal.cache"),
    ):
        for _ in range(20):
            assert caches["default"].get("tag:site") is None
    warnings = [r for r in caplog.records if r.name == "portal.cache"]
    assert len(warnings) == 1
    assert "Cache unavailable, serving without it" in warnings[0].getMessage()


def test_a_hung_redis_is_tried_once_per_breaker_window_not_once_per_page(own_redis):
    server, client = own_redis
    connections_before = client.info("stats")["total_connections_received"]
    location = f"redis://127.0.0.1:{REDIS_PORT}/0"
    with override_settings(CACHES={"default": resilient(location), "pages": resilient(location)}):
        os.kill(server.pid, signal.SIGSTOP)
        try:
            answers = [caches["pages"].get(f"page:{n}", "miss") for n in range(20)]
        finally:
            os.kill(server.pid, signal.SIGCONT)
    assert answers == ["miss"] * 20
    # The paused server's kernel accepted every connection attempt; Redis counts them on resuming.
    tried = client.info("stats")["total_connections_received"] - connections_before - 1
    assert tried <= 2, f"{tried} connections for 20 reads"


def test_once_redis_is_back_pages_are_kept_in_it_again(own_redis):
    server, client = own_redis
    location = f"redis://127.0.0.1:{REDIS_PORT}/0"
    with override_settings(
        CACHES={"default": resilient(location), "pages": resilient(location, BREAKER_SECONDS=0.2)}
    ):
        pages = caches["pages"]
        os.kill(server.pid, signal.SIGSTOP)
        try:
            pages.set("page:during", "lost")
        finally:
            os.kill(server.pid, signal.SIGCONT)
        time.sleep(0.3)  # the breaker's window
        pages.set("page:after", "kept")
        assert pages.get("page:after") == "kept"
    assert client.get(":1:page:after") is not None


def test_a_change_redis_missed_while_unreachable_never_leaves_a_stale_page_once_it_is_back(
    own_redis,
):
    server, _client = own_redis
    location = f"redis://127.0.0.1:{REDIS_PORT}/0"
    pages_options = {"BREAKER_SECONDS": 0.2, "FORGET_AFTER_LOST_WRITES": True}
    pages_alias = {**resilient(location, **pages_options), "KEY_PREFIX": "pages"}
    with override_settings(CACHES={"default": resilient(location), "pages": pages_alias}):
        pages, default = caches["pages"], caches["default"]
        pages.set("page:notice", "the notice as it was")
        default.set("attempts:ip:1:failures", 2)
        os.kill(server.pid, signal.SIGSTOP)
        try:
            pages.set("tag:notice:tilleuls", "a new token")  # a publication: lost
        finally:
            os.kill(server.pid, signal.SIGCONT)
        time.sleep(0.3)  # the breaker's window

        assert pages.get("page:notice") is None
        assert default.get("attempts:ip:1:failures") == 2, "only the page cache forgets"


def test_with_redis_down_patients_read_pages_and_open_the_sign_in_and_contact_forms(client):
    settings = {
        "default": resilient(NOTHING_LISTENS, LOCAL_FALLBACK=True),
        "pages": resilient(NOTHING_LISTENS),
    }
    with override_settings(CACHES=settings):
        for address in (
            "/fr/",
            "/en/",
            notice_url(DEMO_CLINIC_WITH_HISTORY, "fr"),
            "/fr/notices/",
            f"/api/notices/{DEMO_CLINIC_WITH_HISTORY}.json",
            "/fr/workspace/sign-in/",
            CONTACT,
        ):
            response = client.get(address)
            assert response.status_code == 200, address
            assert response.get("X-Page-Cache") is None


# -- The designed 503 -----------------------------------------------------------------------------


def _database_down() -> DatabaseWrapper:
    """A connection to a PostgreSQL that is not there: connecting is refused, as after a stop."""
    return DatabaseWrapper(
        {
            "ENGINE": "portal.postgresql",
            "NAME": "portal",
            "USER": "postgres",
            "PASSWORD": "",
            "HOST": "127.0.0.1",
            "PORT": DATABASE_DOWN_PORT,
            "OPTIONS": {"connect_timeout": 2},
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": True,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
            "TIME_ZONE": None,
            "TEST": {},
        },
        alias="down",
    )


def needs_the_database(request, **kwargs):
    _database_down().ensure_connection()
    return HttpResponse("never")


def has_a_bug(request, **kwargs):
    raise ValueError("a bug, not an outage")


urlpatterns = [
    path("api/bug.json", has_a_bug),
    path("api/<path:rest>", needs_the_database),
    re_path(r"^(?P<language>fr|en)/bug/$", has_a_bug),
    re_path(r"^(?P<language>fr|en)/(?P<rest>.*)$", needs_the_database),
]
handler500 = "content.errors.server_error"

database_down = override_settings(ROOT_URLCONF=__name__)


@pytest.fixture
def patient():
    return Client(raise_request_exception=False)


@database_down
@pytest.mark.parametrize(
    ("address", "language", "sentence"),
    [
        ("/fr/notices/", "fr", "Le portail est momentanément indisponible"),
        ("/en/notices/", "en", "Back to the home page"),
    ],
)
def test_with_the_database_down_a_patient_gets_a_503_page_in_the_language_of_the_address(
    patient, address, language, sentence
):
    response = patient.get(address)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    assert sentence in page
    assert f'href="/{language}/"' in page
    assert "<script" not in page and "style=" not in page


@database_down
def test_with_the_database_down_the_json_api_answers_json(patient):
    response = patient.get(f"/api/notices/{DEMO_CLINIC_WITH_HISTORY}.json")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "30"
    assert response.json()["error"] == "service_unavailable"
    assert response.json()["retry_after"] == 30


@database_down
def test_with_the_database_down_a_patient_is_told_the_message_was_not_sent_and_gets_it_back(
    patient, caplog
):
    fields = {
        "kind": "decline",
        "use": "",
        "message": MESSAGE,
        "name": "Anne Patiente",
        "email": "anne@example.org",
        "started": "the-token-of-the-page",
        "subject": "",
    }
    with caplog.at_level(logging.WARNING, logger="content.errors"):
        response = patient.post(CONTACT, fields)

    assert response.status_code == 503
    page = response.content.decode()
    assert "Votre message n’a pas été envoyé" in page
    assert "La structure n’a pas reçu votre message." in page
    assert MESSAGE.replace("'", "&#x27;") in page
    assert 'value="Anne Patiente"' in page and 'value="anne@example.org"' in page
    assert re.search(r'value="decline"[^>]*checked', page)
    assert f'action="{CONTACT}"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert "the-token-of-the-page" not in page, "a fresh form token, not the old one"
    # One line in the log, without what was typed.
    lines = [r.getMessage() for r in caplog.records if r.name == "content.errors"]
    assert len(lines) == 1 and "503" in lines[0]
    assert "Anne" not in lines[0] and "transcription" not in lines[0]


@database_down
def test_the_message_shown_back_is_sent_as_it_is_once_the_database_is_back(patient):
    page = patient.post(
        CONTACT, {"kind": "question", "message": MESSAGE, "name": "", "email": "", "started": "x"}
    ).content.decode()
    shown_back = {
        name: value
        for name, value in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page)
    }
    before = PatientMessage.objects.count()

    with override_settings(ROOT_URLCONF="portal.urls"):
        response = Client().post(
            CONTACT,
            {
                "kind": "question",
                "use": "",
                "message": MESSAGE,
                "name": "",
                "email": "",
                "started": shown_back["started"],
            },
        )

    assert response.status_code == 303
    assert response["Location"].endswith("/contact/sent/")
    assert PatientMessage.objects.count() == before + 1


@database_down
def test_with_the_database_down_a_sign_in_answers_503_and_never_shows_the_password(patient):
    response = patient.post(
        "/fr/workspace/sign-in/",
        {"username": "redaction@tilleuls.example.org", "password": "demo-clinic-editor-2026"},
    )

    assert response.status_code == 503
    page = response.content.decode()
    assert "demo-clinic-editor-2026" not in page
    assert "redaction@tilleuls.example.org" not in page
    assert "<form" not in page


@database_down
def test_a_bug_is_still_a_500_page_and_a_json_500_under_the_api(patient):
    page = patient.get("/fr/bug/")
    data = patient.get("/api/bug.json")

    assert page.status_code == 500
    assert "Le portail rencontre un problème" in page.content.decode()
    assert data.status_code == 500
    assert data.json() == {"error": "server_error"}


# -- Deadlines on PostgreSQL ----------------------------------------------------------------------


_slow = {}


def runs_past_its_deadline(request, **kwargs):
    with _slow["connection"].cursor() as cursor:
        cursor.execute("SELECT pg_sleep(10)")
    return HttpResponse("the query ended")


@pytest.mark.postgres
@override_settings(ROOT_URLCONF=__name__, DATABASE_STATEMENT_TIMEOUT=300)
def test_a_query_the_database_does_not_answer_in_time_gives_the_503_page_and_drops_its_connection(
    patient,
):
    # Opened outside a request, so without the server's statement_timeout: only the client's
    # deadline can end the query, as with a server that is paused.
    slow = _slow["connection"] = connections.create_connection("default")
    slow.ensure_connection()
    backend = slow.connection.info.backend_pid
    urlpatterns.insert(0, path("fr/slow/", runs_past_its_deadline))
    try:
        response = patient.get("/fr/slow/")
    finally:
        urlpatterns.pop(0)
        slow.close()
        database_hung_forget()  # this process's requests would skip the database for 2 s
        # The server still sleeps for the client that left: end it before the database is dropped.
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [backend])

    assert response.status_code == 503
    assert "Le portail est momentanément indisponible" in response.content.decode()
    assert slow.connection is None, "the connection left waiting is dropped"
