"""A waiting room's burst of messages on PostgreSQL and a real Redis: what the patients see.

Thirty patients behind one hospital wifi address write to their clinic within the same minute: each
sees the thank-you page within 5 s and the clinic receives thirty messages. An address that sends a
hundred a minute is stopped: past its share each message comes back with the clinic's phone number.
The counters live in a Redis of this module's own (port 25201), never in the shared one. The same
runs in-process (Django's test client) and under gunicorn as deployed (`deploy/gunicorn.conf.py`,
production settings, two workers that share the counters through Redis, port 25202), where the
patients connect from their own loopback addresses: 127.0.5.x is the wifi, 127.0.6.x the robot.
There, a 30 MB body gets the designed 413 page, not a reset connection.
"""

import http.client
import os
import re
import secrets
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
import redis
from django.conf import settings
from django.test import Client, override_settings

from content.notices.models import Clinic
from content.patient_messages.forms import form_started_token
from content.patient_messages.models import PatientMessage
from tests.patient_messages.test_form import form_url, page_text, parsed, sent_url
from tests.servers import port_wait, redis_server_start, static_files_collect

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parent.parent.parent
REDIS_PORT, WEB_PORT = 25201, 25202
CLINIC = "centre-imagerie-du-parc"
WIFI = "198.51.100.20"  # the hospital's wifi, as the portal sees it: one address for the room
ROBOT = "203.0.113.66"


@pytest.fixture(scope="module")
def own_redis():
    """A redis-server that keeps nothing on disk, started and stopped by this module."""
    server = redis_server_start(REDIS_PORT)
    try:
        yield redis.Redis(host="127.0.0.1", port=REDIS_PORT)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def counters_in_redis(own_redis):
    """The portal's counters in the module's Redis, through the backend production uses."""
    location = f"redis://127.0.0.1:{REDIS_PORT}/0"
    caches = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"LOCAL_FALLBACK": True},
        },
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "p"},
    }
    own_redis.flushdb()  # the module's own server: nobody else's counters
    with override_settings(CACHES=caches):
        yield own_redis
    own_redis.flushdb()


def fill(clinic: Clinic, *, message: str, started: str) -> dict:
    """The form as a patient sends it, with the token of the page they were shown."""
    return {
        "kind": "question",
        "use": "",
        "message": message,
        "name": "",
        "email": "",
        "subject": "",
        "started": started,
    }


def shown_ten_seconds_ago(clinic: Clinic) -> str:
    """The token of a form shown ten seconds ago: a robot that waits out the form's clock."""
    return form_started_token(clinic=clinic, at=time.time() - 10)


@pytest.mark.django_db
def test_waiting_room_of_thirty_on_one_wifi_all_see_the_thank_you_page_and_the_clinic_gets_thirty(
    counters_in_redis,
):
    clinic = Clinic.objects.get(slug=CLINIC)
    before = PatientMessage.objects.filter(clinic=clinic).count()
    patients = [Client(REMOTE_ADDR=WIFI) for _ in range(30)]
    tokens = []
    for patient in patients:
        form = patient.get(form_url(clinic))
        assert form.status_code == 200
        tokens.append(parsed(form).find(".//input[@name='started']").get("value"))
    time.sleep(3.1)  # the time it takes to write a few lines

    answers = []
    for number, (patient, token) in enumerate(zip(patients, tokens, strict=True)):
        data = fill(clinic, message=f"Question du patient {number}.", started=token)
        started = time.monotonic()
        sent = patient.post(form_url(clinic), data)
        thanks = patient.get(sent["Location"]) if sent.status_code == 303 else sent
        answers.append((sent.status_code, sent.get("Location"), thanks, time.monotonic() - started))

    print(f"\nwaiting room: slowest answer {max(answer[3] for answer in answers):.2f} s")
    assert [answer[0] for answer in answers] == [303] * 30
    assert {answer[1] for answer in answers} == {sent_url(clinic)}
    for _status, _location, thanks, seconds in answers:
        assert "<h1>Votre message est envoyé</h1>" in page_text(thanks)
        assert seconds < 5
    assert PatientMessage.objects.filter(clinic=clinic).count() == before + 30
    assert any(b"message-network-clinic" in key for key in counters_in_redis.keys("*"))


@pytest.mark.django_db
def test_address_sending_a_hundred_a_minute_is_stopped_and_each_refused_message_comes_back(
    counters_in_redis,
):
    clinic = Clinic.objects.get(slug=CLINIC)
    before = PatientMessage.objects.filter(clinic=clinic).count()
    robot = Client(REMOTE_ADDR=ROBOT)
    started = time.monotonic()

    answers = [
        robot.post(
            form_url(clinic),
            fill(clinic, message=f"Envoi {number}", started=shown_ten_seconds_ago(clinic)),
        )
        for number in range(100)
    ]

    seconds = time.monotonic() - started
    statuses = [answer.status_code for answer in answers]
    stored = PatientMessage.objects.filter(clinic=clinic).count() - before
    print(f"\nflood: 100 in {seconds:.1f} s, {stored} stored, {statuses.count(429)} refused")
    assert seconds < 60
    assert stored == statuses.count(303)
    assert 30 <= stored <= 60, "30 a clock minute, two minutes at most if the burst spans two"
    assert statuses.count(429) == 100 - stored
    refused = answers[-1]
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    html = page_text(refused)
    assert "<h1>Trop de messages envoyés</h1>" in html
    assert parsed(refused).find(".//textarea[@name='message']").text.strip() == "Envoi 99"
    phone = clinic.ai_contact_phone or clinic.phone
    assert f">{phone}</a>" in html

    # Meanwhile the waiting room on its own wifi is not touched by the robot's refusals.
    patient = Client(REMOTE_ADDR=WIFI)
    data = fill(clinic, message="Ma question.", started=shown_ten_seconds_ago(clinic))
    sent = patient.post(form_url(clinic), data)
    assert sent.status_code == 303


# Under gunicorn, as deployed


@pytest.fixture(scope="module")
def portal_under_gunicorn(own_redis, django_db_setup, tmp_path_factory):
    """gunicorn with the deployer's configuration on the session's test database (the demo portal)."""
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        ),
        # No connection kept: the test database must be free to drop at the end of the session.
        "DATABASE_CONN_MAX_AGE": "0",
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/1",
        "GUNICORN_BIND": f"127.0.0.1:{WEB_PORT}",
        "GUNICORN_WORKERS": "2",
        "LOG_LEVEL": "WARNING",
    }
    collecting = static_files_collect(env)
    if collecting is not None and collecting.wait():
        pytest.fail("collectstatic failed")
    log_path = tmp_path_factory.mktemp("waiting-room") / "gunicorn.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            port_wait(WEB_PORT, what="gunicorn")
            redis.Redis(host="127.0.0.1", port=REDIS_PORT, db=1).flushdb()
            yield log_path
        finally:
            server.terminate()
            server.wait(timeout=30)


class Device:
    """A phone on a network: its own source address, cookies and the form it was last shown."""

    def __init__(self, address: str):
        self.address = address
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None):
        connection = http.client.HTTPConnection(
            "127.0.0.1", WEB_PORT, timeout=30, source_address=(self.address, 0)
        )
        headers = {**(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.monotonic()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        seconds = time.monotonic() - started
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                found = re.match(r"\s*([^=;\s]+)=([^;]*)", value)
                if found and found[2]:
                    self.cookies[found[1]] = found[2]
        connection.close()
        return response.status, dict(response.getheaders()), text, seconds

    def open_form(self, path: str) -> dict[str, str]:
        status, _headers, html, _seconds = self.request("GET", path)
        assert status == 200
        fields = {}
        for name in ("csrfmiddlewaretoken", "started"):
            found = re.search(rf'name="{name}" value="([^"]*)"', html)
            assert found, f"no field {name} in the form"
            fields[name] = found[1]
        return fields

    def send(self, path: str, fields: dict[str, str]):
        body = urllib.parse.urlencode(fields).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return self.request("POST", path, body=body, headers=headers)


GUNICORN_CLINIC = "urgences-ch-vernouillac"


def committed():
    """A connection of its own to the test database, outside the test's transaction."""
    database = settings.DATABASES["default"]
    return psycopg.connect(
        host=database["HOST"],
        port=database["PORT"],
        user=database["USER"],
        dbname=database["NAME"],
        autocommit=True,
    )


def messages_since(clinic: Clinic, last: int) -> int:
    with committed() as db:
        query = "SELECT count(*) FROM content_patientmessage WHERE clinic_id = %s AND id > %s"
        return db.execute(query, (clinic.pk, last)).fetchone()[0]


@pytest.fixture
def clinic_inbox_restored():
    """The demo clinic's messages and counts put back after the test: gunicorn commits its own."""
    clinic = Clinic.objects.get(slug=GUNICORN_CLINIC)
    with committed() as db:
        last = db.execute("SELECT coalesce(max(id), 0) FROM content_patientmessage").fetchone()[0]
        counts = db.execute(
            "SELECT id, count FROM content_concerncount WHERE clinic_id = %s", (clinic.pk,)
        ).fetchall()
    yield clinic, last
    with committed() as db:
        db.execute(
            "DELETE FROM content_patientmessage WHERE clinic_id = %s AND id > %s", (clinic.pk, last)
        )
        for pk, count in counts:
            db.execute("UPDATE content_concerncount SET count = %s WHERE id = %s", (count, pk))
        db.execute(
            "DELETE FROM content_concerncount WHERE clinic_id = %s AND NOT (id = ANY(%s))",
            (clinic.pk, [pk for pk, _count in counts]),
        )


# The test's own transaction reads the demo portal; what gunicorn writes is counted by `committed`.
@pytest.mark.django_db
def test_under_gunicorn_a_waiting_room_all_write_and_a_robot_is_stopped(
    portal_under_gunicorn, clinic_inbox_restored
):
    clinic, last = clinic_inbox_restored
    path = f"/fr/notices/{GUNICORN_CLINIC}/contact/"
    patients = [Device("127.0.5.20") for _ in range(30)]  # one NAT address for the whole room
    forms = [patient.open_form(path) for patient in patients]
    time.sleep(3.1)
    start = threading.Barrier(30)

    def write(number: int):
        start.wait()
        fields = {**forms[number], "kind": "question", "use": "", "subject": ""}
        fields["message"] = f"Question {number} de la salle d'attente."
        status, headers, _html, seconds = patients[number].send(path, fields)
        location = urllib.parse.urlsplit(headers.get("Location", "")).path
        thanks = patients[number].request("GET", location)[2] if status == 303 else ""
        return status, seconds, thanks

    with ThreadPoolExecutor(max_workers=30) as pool:
        answers = list(pool.map(write, range(30)))

    print(f"\ngunicorn waiting room: slowest answer {max(a[1] for a in answers):.2f} s")
    assert [answer[0] for answer in answers] == [303] * 30
    for _status, seconds, thanks in answers:
        assert seconds < 5
        assert "<h1>Votre message est envoyé</h1>" in thanks
    assert messages_since(clinic, last) == 30

    robot = Device("127.0.6.66")
    robot_forms = [robot.open_form(path) for _ in range(100)]
    time.sleep(3.1)
    started = time.monotonic()
    answers = [
        robot.send(path, {**form, "kind": "question", "message": f"Envoi {number}", "subject": ""})
        for number, form in enumerate(robot_forms)
    ]
    seconds = time.monotonic() - started
    statuses = [answer[0] for answer in answers]
    print(f"gunicorn robot: 100 in {seconds:.1f} s, {statuses.count(303)} stored")
    assert seconds < 60
    assert 30 <= statuses.count(303) <= 60
    assert statuses.count(429) == 100 - statuses.count(303)
    status, headers, html, _seconds = answers[-1]
    assert status == 429 and 0 < int(headers["Retry-After"]) <= 3600
    assert "Envoi 99</textarea>" in html
    assert f">{clinic.ai_contact_phone or clinic.phone}</a>" in html
    assert messages_since(clinic, last) == 30 + statuses.count(303)


@pytest.mark.django_db
def test_under_gunicorn_thirty_megabytes_get_the_designed_page_with_the_phone(
    portal_under_gunicorn,
):
    clinic = Clinic.objects.get(slug=GUNICORN_CLINIC)
    body = b"message=" + b"a" * 30 * 1024 * 1024

    status, headers, html, seconds = Device("127.0.7.1").request(
        "POST",
        f"/en/notices/{GUNICORN_CLINIC}/contact/",
        body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )

    print(f"\ngunicorn 30 MB: 413 in {seconds:.2f} s")
    assert status == 413
    assert '<html lang="en">' in html
    assert f">{clinic.ai_contact_phone or clinic.phone}</a>" in html
    assert "no-store" in headers["Cache-Control"]
