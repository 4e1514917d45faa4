"""Running the portal: health probes, structured logs and the settings a deployer gives it."""

import io
import json
import logging
import logging.config
import os
import socket
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from datetime import datetime, timedelta
from email import message_from_bytes
from pathlib import Path

import django
import pytest
import wagtail
from django.conf import settings
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client, override_settings

from content.notices.pages import ClinicDirectoryPage
from content.patient_messages.forms import form_started_token
from content.patient_messages.models import PatientMessage
from content.vocabulary import MessageKind
from portal import environment, health
from tests.factories import published_clinic

BASE_DIR = Path(__file__).resolve().parent.parent
# Ports of this suite's own servers (the operations range, 25400-25499); nothing listens on NOBODY.
NOBODY = 25401
SMTP_PORT = 25410
SILENT_SMTP_PORT = 25411
HUNG_DATABASE_PORT = 25430
S3_PORT = 25420
GUNICORN_PORT = 25441

REQUEST_ID = "4e7d1c1e-9a5d-4b0e-8f59-1d3a2f0c9b7e"
CANARY = "Canari-0p5 : la machine a lu mon dossier avant le médecin."
NAME = "Dominique Canari"
EMAIL = "dominique.canari@example.net"


@pytest.fixture(autouse=True)
def fresh_migrations_memo():
    """Each test's ready probe reads the migrations again."""
    health.migrations_memo_clear()
    yield
    health.migrations_memo_clear()


def probe(path: str, **headers):
    response = Client().get(path, **headers)
    return response, json.loads(response.content)


def assert_reveals_nothing_of_the_server(response) -> None:
    body = response.content.decode()
    for secret in (
        socket.gethostname(),
        django.get_version(),
        wagtail.__version__,
        "127.0.0.1",
        "Traceback",
        "Error",
    ):
        assert secret not in body
    assert not {"Server", "X-Powered-By"} & set(response.headers)


def contact_url(clinic) -> str:
    return ClinicDirectoryPage.objects.get(locale__language_code="fr").notice_url(
        clinic.slug, "contact/"
    )


def post_patient_message(clinic, **headers):
    """What a patient sends after reading the form for ten seconds: a concern, name and email."""
    data = {
        "kind": MessageKind.CONCERN,
        "use": str(clinic.uses.first().key),
        "message": CANARY,
        "name": NAME,
        "email": EMAIL,
        "subject": "",
        "started": form_started_token(clinic=clinic, at=time.time() - 10),
    }
    return Client().post(contact_url(clinic), data, **headers)


# Health probes


def test_live_probe_says_ok_and_is_never_cached():
    response, body = probe("/health/live")

    assert response.status_code == 200
    assert body == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert_reveals_nothing_of_the_server(response)


def test_live_probe_answers_with_a_final_slash_too_and_refuses_writes():
    response, body = probe("/health/live/")
    refused = Client().post("/health/live")

    assert (response.status_code, body) == (200, {"status": "ok"})
    assert refused.status_code == 405


@pytest.mark.django_db
def test_ready_probe_says_ok_when_database_cache_and_migrations_are_ready():
    response, body = probe("/health/ready")

    assert response.status_code == 200
    assert body == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_ready_probe_names_the_migrations_while_one_is_unapplied_then_recovers():
    recorder = MigrationRecorder(connection)
    latest = recorder.migration_qs.filter(app="content").latest("id")
    latest.delete()

    unready, unready_body = probe("/health/ready")
    recorder.record_applied(latest.app, latest.name)
    ready, ready_body = probe("/health/ready")

    assert unready.status_code == 503
    assert unready_body == {"status": "unavailable", "failing": ["migrations"]}
    assert "no-store" in unready["Cache-Control"]
    assert_reveals_nothing_of_the_server(unready)
    # A failing answer is kept nowhere (page cache, migrations memo): the next probe looks again.
    assert (ready.status_code, ready_body) == (200, {"status": "ok"})


def redis_cache(backend: str, location: str) -> dict:
    return {
        "default": {
            "BACKEND": backend,
            "LOCATION": location,
            "KEY_PREFIX": "test-operations",
            **({"OPTIONS": {"LOCAL_FALLBACK": True}} if backend.startswith("portal") else {}),
        },
        "pages": settings.CACHES["pages"],
    }


REDIS_BACKENDS = ["django.core.cache.backends.redis.RedisCache", "portal.cache.ResilientRedisCache"]


@pytest.mark.django_db
@pytest.mark.parametrize("backend", REDIS_BACKENDS)
def test_ready_probe_names_the_cache_when_its_redis_is_unreachable(backend):
    # portal.cache's backend with LOCAL_FALLBACK keeps values in memory meanwhile: still not ready.
    with override_settings(CACHES=redis_cache(backend, f"redis://127.0.0.1:{NOBODY}/0")):
        response, body = probe("/health/ready")

    assert response.status_code == 503
    assert body == {"status": "unavailable", "failing": ["cache"]}
    assert_reveals_nothing_of_the_server(response)


@pytest.mark.django_db
@pytest.mark.parametrize("backend", REDIS_BACKENDS)
def test_ready_probe_says_ok_with_the_cache_on_a_running_redis(backend):
    import redis

    location = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(location, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    with override_settings(CACHES=redis_cache(backend, location)):
        response, body = probe("/health/ready")

    assert (response.status_code, body) == (200, {"status": "ok"})


@pytest.mark.django_db
def test_probes_answer_over_plain_http_to_any_host_name_where_pages_redirect_to_https():
    with override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["portal.example.org"]):
        ready, _body = probe("/health/ready", HTTP_HOST="10.0.0.7:8000")
        page = Client().get("/fr/", HTTP_HOST="portal.example.org")

    assert ready.status_code == 200
    assert page.status_code == 301
    assert page["Location"] == "https://portal.example.org/fr/"


def run_in_portal_process(code: str, **environ: str) -> dict:
    """Run `code` in a fresh Python with production-safe settings (base.py) and only `environ`.

    The code prints one JSON document, returned here.
    """
    clean = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "portal.settings.base",
        "DATABASE_URL": f"sqlite:///{BASE_DIR / 'var' / 'operations-test-unused.sqlite3'}",
        **environ,
    }
    program = "import django, json\ndjango.setup()\nfrom django.conf import settings\n" + code
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def unset():
    """What base.py makes of an environment that sets none of the operations variables."""
    return run_in_portal_process(
        "print(json.dumps({'proxy': settings.SECURE_PROXY_SSL_HEADER,"
        " 'media': settings.STORAGES['default']['BACKEND'],"
        " 'mail': [settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT],"
        " 'log': [settings.LOGGING['root']['level'], settings.LOGGING['loggers']['django']['level'],"
        " list(settings.LOGGING['formatters'])]}))"
    )


def test_ready_probe_names_the_database_when_it_is_down_in_a_production_process():
    answer = run_in_portal_process(
        "from django.test import Client\n"
        "response = Client().get('/health/ready', HTTP_HOST='10.0.0.7')\n"
        "print(json.dumps({'status': response.status_code, 'body': response.json(),"
        " 'cache_control': response['Cache-Control'], 'request_id': response['X-Request-ID']}))",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{NOBODY}/portal",
    )

    assert answer["status"] == 503
    assert answer["body"] == {"status": "unavailable", "failing": ["database"]}
    assert "no-store" in answer["cache_control"]
    assert uuid.UUID(answer["request_id"])


@pytest.mark.faults
def test_ready_probe_reports_a_hung_database_within_a_second():
    # A server that takes connections and never answers: a paused PostgreSQL, a dropped network.
    hung = socket.create_server(("127.0.0.1", HUNG_DATABASE_PORT))
    try:
        answer = run_in_portal_process(
            "import time\n"
            "from django.test import Client\n"
            "answers = []\n"
            "for _ in range(2):\n"
            "    started = time.perf_counter()\n"
            "    response = Client().get('/health/ready')\n"
            "    answers.append([response.status_code, response.json(),"
            " time.perf_counter() - started])\n"
            "print(json.dumps(answers))",
            DATABASE_URL=f"postgres://postgres@127.0.0.1:{HUNG_DATABASE_PORT}/portal",
        )
    finally:
        hung.close()

    for status, body, _seconds in answer:
        assert status == 503
        assert body == {"status": "unavailable", "failing": ["database"]}
    # The first request of a process also builds the middleware chain.
    assert answer[1][2] < 1


@pytest.fixture
def gunicorn_portal(tmp_path):
    """The portal under gunicorn with production settings, on the session's test database.

    Yields its address and the file its stderr (the log) goes to.
    """
    log_file = tmp_path / "gunicorn.log"
    environ = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "operations-test-" + "k" * 50,
        "ALLOWED_HOSTS": "portail.example.org",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{connection.settings_dict['NAME']}",
        "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO",
        "TRUSTED_PROXY_COUNT": "1",
        "GUNICORN_BIND": f"127.0.0.1:{GUNICORN_PORT}",
        "GUNICORN_WORKERS": "1",
    }
    with open(log_file, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"],
            cwd=BASE_DIR,
            env=environ,
            stdout=log,
            stderr=log,
        )
    address = f"http://127.0.0.1:{GUNICORN_PORT}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{address}/health/live", timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        yield address, log_file
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.faults
@pytest.mark.django_db
def test_under_gunicorn_a_reader_of_a_notice_leaves_one_json_line_with_network_and_id(
    gunicorn_portal,
):
    from content.notices.models import Clinic

    address, log_file = gunicorn_portal
    slug = Clinic.objects.filter(live=True).values_list("slug", flat=True).first()
    request = urllib.request.Request(
        f"{address}/api/notices/{slug}.json?from=camille.canari%40example.net",
        headers={
            "Host": "portail.example.org",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": "198.51.100.23",
            "X-Request-ID": REQUEST_ID,
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        status, request_id = response.status, response.headers["X-Request-ID"]
    ready = urllib.request.Request(f"{address}/health/ready", headers={"Host": "10.0.0.7"})
    with urllib.request.urlopen(ready, timeout=30) as probe:
        ready_body = json.loads(probe.read())
    time.sleep(0.5)  # the worker writes its line once the response is sent

    lines = [json.loads(line) for line in log_file.read_text().splitlines() if line.startswith("{")]
    access = [line for line in lines if line["logger"] == "portal.access"]
    assert status == 200  # over "https" through the proxy: no redirect
    assert ready_body == {"status": "ok"}
    assert request_id == REQUEST_ID
    assert len(access) == 1
    assert access[0]["path"] == f"/api/notices/{slug}.json"
    assert access[0]["client"] == "198.51.100.0/24"
    assert access[0]["request_id"] == REQUEST_ID
    assert access[0]["status"] == 200
    text = log_file.read_text()
    assert "198.51.100.23" not in text
    assert "camille" not in text


# Settings from the environment


def test_a_tls_proxy_header_from_the_environment_makes_requests_secure_without_a_redirect(unset):
    answer = run_in_portal_process(
        "print(json.dumps(settings.SECURE_PROXY_SSL_HEADER))",
        SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO",
    )

    assert answer == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert unset["proxy"] is None
    assert environment.proxy_ssl_header("X-Forwarded-Proto") == ("HTTP_X_FORWARDED_PROTO", "https")
    assert environment.proxy_ssl_header("X-Forwarded-Ssl=on") == ("HTTP_X_FORWARDED_SSL", "on")


@pytest.mark.django_db
def test_behind_the_tls_proxy_a_patient_gets_the_page_and_plain_http_still_redirects():
    proxied = {"SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https")}
    with override_settings(SECURE_SSL_REDIRECT=True, **proxied):
        through_proxy = Client().get("/fr/", HTTP_X_FORWARDED_PROTO="https")
        plain = Client().get("/fr/", HTTP_X_FORWARDED_PROTO="http")

    assert through_proxy.status_code == 200
    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/fr/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "smtp://mail.example.org",
            {"EMAIL_HOST": "mail.example.org", "EMAIL_PORT": 25, "EMAIL_USE_TLS": False},
        ),
        (
            "smtp://portail%40clinique.fr:p%40ss%3Aw0rd@mail.example.org?tls=true",
            {
                "EMAIL_PORT": 587,
                "EMAIL_HOST_USER": "portail@clinique.fr",
                "EMAIL_HOST_PASSWORD": "p@ss:w0rd",
                "EMAIL_USE_TLS": True,
                "EMAIL_USE_SSL": False,
            },
        ),
        (
            "smtps://user:secret@smtp.example.org",
            {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True, "EMAIL_USE_TLS": False},
        ),
        (
            "smtp://relay.internal:2525?timeout=4",
            {"EMAIL_PORT": 2525, "EMAIL_HOST_USER": "", "EMAIL_TIMEOUT": 4.0},
        ),
    ],
)
def test_an_email_url_gives_the_mail_server_settings(url, expected):
    parsed = environment.email_settings_from_url(url)

    assert {name: parsed[name] for name in expected} == expected


@pytest.mark.parametrize(
    "url", ["http://mail.example.org", "smtp://", "smtps://mail.example.org?tls=true"]
)
def test_an_email_url_that_cannot_work_is_refused_at_start(url):
    with pytest.raises(ImproperlyConfigured):
        environment.email_settings_from_url(url)


def test_mail_settings_come_from_the_environment_with_a_timeout_by_default(unset):
    code = (
        "print(json.dumps({name: getattr(settings, name) for name in ("
        "'EMAIL_HOST', 'EMAIL_PORT', 'EMAIL_HOST_USER', 'EMAIL_USE_TLS', 'EMAIL_TIMEOUT')}))"
    )
    from_url = run_in_portal_process(code, EMAIL_URL="smtp://u:p@mail.example.org:587?tls=1")
    separate = run_in_portal_process(
        code, EMAIL_HOST="relay.example.org", EMAIL_PORT="2525", EMAIL_USE_TLS="true"
    )

    assert from_url == {
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "u",
        "EMAIL_USE_TLS": True,
        "EMAIL_TIMEOUT": 10.0,
    }
    assert unset["mail"] == ["localhost", 25, 10.0]
    assert separate == {
        "EMAIL_HOST": "relay.example.org",
        "EMAIL_PORT": 2525,
        "EMAIL_HOST_USER": "",
        "EMAIL_USE_TLS": True,
        "EMAIL_TIMEOUT": 10.0,
    }


class RecordingSMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (EHLO, AUTH PLAIN, MAIL, RCPT, DATA, QUIT) to receive one message."""

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self.reply("220 test ESMTP")
        while line := self.rfile.readline():
            verb = line.decode().strip().split(" ")[0].upper()
            if verb == "EHLO":
                self.reply("250-test")
                self.reply("250 AUTH PLAIN")
            elif verb == "AUTH":
                self.server.received["auth"] = line.decode().strip()
                self.reply("235 ok")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 ok")
            elif verb == "DATA":
                self.reply("354 go on")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk
                self.server.received["message"] = data
                self.reply("250 kept")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 no")


class RecordingSMTPServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


@pytest.fixture
def smtp_server():
    server = RecordingSMTPServer(("127.0.0.1", SMTP_PORT), RecordingSMTPHandler)
    server.received = {}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_clinic_receives_mail_through_the_server_an_email_url_names(smtp_server):
    from base64 import b64decode

    from django.core.mail import get_connection, send_mail

    url = f"smtp://portail%40clinique.fr:p%40ss@127.0.0.1:{SMTP_PORT}"
    email = environment.email_settings_from_url(url)
    smtp = {name.removeprefix("EMAIL_").lower(): value for name, value in email.items()}
    smtp["username"], smtp["password"] = smtp.pop("host_user"), smtp.pop("host_password")
    connection = get_connection("django.core.mail.backends.smtp.EmailBackend", **smtp)

    sent = send_mail(
        "Nouveau message",
        "Un patient vous a écrit.",
        "portail@example.org",
        ["accueil@clinique.fr"],
        connection=connection,
    )

    assert sent == 1
    assert message_from_bytes(smtp_server.received["message"])["Subject"] == "Nouveau message"
    credentials = b64decode(smtp_server.received["auth"].split(" ")[-1]).split(b"\0")
    assert credentials[1:] == [b"portail@clinique.fr", b"p@ss"]


@pytest.mark.django_db
def test_a_patient_whose_clinic_mail_server_never_answers_still_sees_the_message_sent(caplog):
    clinic = published_clinic(uses=1)
    silent = socket.create_server(("127.0.0.1", SILENT_SMTP_PORT))
    smtp = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": SILENT_SMTP_PORT,
        "EMAIL_TIMEOUT": 0.5,
    }
    try:
        with override_settings(**smtp):
            response = post_patient_message(clinic)
    finally:
        silent.close()

    assert response["Location"].endswith("/contact/sent/")
    assert PatientMessage.objects.filter(clinic=clinic, body=CANARY).exists()
    assert "not notified" in caplog.text


def test_media_go_to_the_s3_bucket_the_environment_names(unset):
    answer = run_in_portal_process(
        "from django.core.files.storage import storages\n"
        "media = storages['default']\n"
        "print(json.dumps({'class': f'{type(media).__module__}.{type(media).__name__}',"
        " 'bucket': media.bucket_name, 'endpoint': media.endpoint_url,"
        " 'region': media.region_name, 'signed': media.querystring_auth,"
        " 'overwrite': media.file_overwrite, 'url': media.url('original_images/affiche.png')}))",
        AWS_STORAGE_BUCKET_NAME="portail-medias",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        AWS_S3_REGION_NAME="fr-par",
        AWS_S3_ACCESS_KEY_ID="SCWEXAMPLEKEY",
        AWS_S3_SECRET_ACCESS_KEY="example-secret",
        AWS_S3_CUSTOM_DOMAIN="medias.example.org",
    )
    assert answer == {
        "class": "storages.backends.s3.S3Storage",
        "bucket": "portail-medias",
        "endpoint": "https://s3.fr-par.scw.cloud",
        "region": "fr-par",
        "signed": False,
        "overwrite": False,
        "url": "https://medias.example.org/original_images/affiche.png",
    }
    assert unset["media"] == "django.core.files.storage.FileSystemStorage"


@pytest.fixture(scope="module")
def s3_server():
    """An S3-compatible server of our own (moto's), with the portal's bucket; its address."""
    moto_server = pytest.importorskip("moto.server")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=S3_PORT, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{S3_PORT}"
    yield endpoint
    server.stop()


@pytest.mark.django_db
def test_an_image_an_editor_uploads_lands_in_the_bucket_and_patients_get_it_from_there(
    admin_client, s3_server
):
    import boto3
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    bucket = f"portail-medias-{uuid.uuid4().hex[:8]}"
    keys = {"access_key": "portal-test", "secret_key": "portal-test-secret"}
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id=keys["access_key"],
        aws_secret_access_key=keys["secret_key"],
    )
    s3.create_bucket(Bucket=bucket)
    # As the README asks of the deployer: anyone may read the media, only the portal writes them.
    public_read = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(public_read))
    media = environment.s3_media_storage(
        bucket=bucket,
        endpoint_url=s3_server,
        region="us-east-1",
        addressing_style="path",
        **keys,
    )
    poster = io.BytesIO()
    PILImage.new("RGB", (640, 480), (0, 90, 160)).save(poster, "PNG")

    with override_settings(STORAGES={**settings.STORAGES, "default": media}):
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Affiche de la salle d’attente",
                "file": SimpleUploadedFile("affiche.png", poster.getvalue(), "image/png"),
            },
        )
        image = get_image_model().objects.get(title="Affiche de la salle d’attente")
        rendition = image.get_rendition("width-320")
        original_url, rendition_url = image.file.url, rendition.url

    assert response.status_code == 302
    assert original_url.startswith(f"{s3_server}/{bucket}/original_images/affiche")
    assert rendition_url.startswith(f"{s3_server}/{bucket}/images/affiche")
    with urllib.request.urlopen(original_url) as original:
        assert original.read() == poster.getvalue()
    with urllib.request.urlopen(rendition_url) as small:
        assert PILImage.open(io.BytesIO(small.read())).size == (320, 240)
    assert not (Path(settings.MEDIA_ROOT) / image.file.name).exists()


def test_yes_no_settings_refuse_a_typo():
    assert environment.env_flag("TRUE", default=False) is True
    assert environment.env_flag(None, default=True) is True
    with pytest.raises(ImproperlyConfigured):
        environment.env_flag("ture", default=False)


# Logs


@pytest.fixture
def production_log():
    """Logs configured as in production (JSON on stderr), into a buffer; the test's own restored."""
    loggers = [logging.getLogger()] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    saved = [(lg, lg.level, lg.handlers[:], lg.propagate, lg.disabled) for lg in loggers]
    buffer = io.StringIO()

    def configure(*, level: str = "INFO", log_format: str = "json") -> io.StringIO:
        logging.config.dictConfig(environment.logging_config(level=level, log_format=log_format))
        logging.getLogger().handlers[0].setStream(buffer)
        return buffer

    yield configure
    for logger, level, handlers, propagate, disabled in saved:
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.propagate, logger.disabled = propagate, disabled


def log_lines(buffer: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


@pytest.mark.django_db
def test_a_patient_message_leaves_one_access_line_without_its_content_or_the_full_address(
    production_log,
):
    clinic = published_clinic(uses=1)
    log = production_log()

    response = post_patient_message(
        clinic, REMOTE_ADDR="203.0.113.77", HTTP_X_REQUEST_ID=REQUEST_ID
    )

    assert response["Location"].endswith("/contact/sent/")  # the message went through
    assert len(mail.outbox) == 1
    lines = log_lines(log)
    access = [line for line in lines if line["logger"] == "portal.access"]
    assert len(access) == 1
    line = access[0]
    assert line["level"] == "INFO"
    assert line["method"] == "POST"
    assert line["path"] == contact_url(clinic)
    assert line["status"] == response.status_code
    assert line["duration_ms"] > 0
    assert line["client"] == "203.0.113.0/24"
    assert line["request_id"] == REQUEST_ID == response["X-Request-ID"]
    assert datetime.fromisoformat(line["time"]).utcoffset() == timedelta(0)
    everything = log.getvalue()
    for personal in ("203.0.113.77", CANARY, NAME, EMAIL, "csrftoken", "sessionid"):
        assert personal not in everything
    # Every record of the request carries its id.
    assert {line["request_id"] for line in lines} == {REQUEST_ID}


@pytest.mark.django_db
def test_a_password_link_leaves_no_token_in_the_log_for_whoever_reads_it(production_log):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from tests.factories import ClinicUserFactory

    member = ClinicUserFactory()
    uidb64 = urlsafe_base64_encode(force_bytes(member.pk))
    token = default_token_generator.make_token(member)
    log = production_log()

    response = Client().get(f"/fr/workspace/password/set/{uidb64}/{token}/")

    assert response.status_code == 302  # Django hides the token behind a redirect, then asks
    access = [line for line in log_lines(log) if line["logger"] == "portal.access"]
    assert [line["path"] for line in access] == ["/fr/workspace/password/set/<uidb64>/<token>/"]
    assert token not in log.getvalue()
    assert uidb64 not in log.getvalue()


@pytest.mark.django_db
def test_an_access_line_keeps_the_path_but_never_the_query_string(production_log):
    log = production_log()

    response = Client().get("/fr/search/?q=Camille+Canari", HTTP_X_REQUEST_ID="not-a-uuid")
    Client().get("/fr/nulle-part/?email=camille.canari%40example.net")

    access = [line for line in log_lines(log) if line["logger"] == "portal.access"]
    assert [line["path"] for line in access] == ["/fr/search/", "/fr/nulle-part/"]
    # Django's own warning about the missing page names the path alone, too.
    assert "Not Found: /fr/nulle-part/" in log.getvalue()
    assert "amille" not in log.getvalue()
    # An id that is not a UUID is replaced by one of ours, returned to the client.
    assert access[0]["request_id"] == response["X-Request-ID"] != "not-a-uuid"
    assert uuid.UUID(response["X-Request-ID"])


@pytest.mark.django_db
def test_log_level_silences_django_warnings_about_missing_pages(production_log):
    quiet = production_log(level="ERROR")
    Client().get("/fr/nulle-part/")
    silenced = quiet.getvalue()
    quiet.seek(0)
    quiet.truncate()

    warnings = production_log(level="WARNING")
    Client().get("/fr/nulle-part/")

    assert silenced == ""
    assert [(line["logger"], line["level"]) for line in log_lines(warnings)] == [
        ("django.request", "WARNING")
    ]


def test_successful_health_probes_stay_out_of_the_log_at_info(production_log):
    log = production_log()

    Client().get("/health/live")

    assert log.getvalue() == ""


@pytest.mark.django_db
def test_text_logs_for_a_person_carry_the_request_id_and_the_access_line(production_log):
    log = production_log(log_format="text")

    Client().get("/fr/nulle-part/", HTTP_X_REQUEST_ID=REQUEST_ID)

    text = log.getvalue()
    assert f"WARNING django.request [{REQUEST_ID}] Not Found: /fr/nulle-part/" in text
    assert f"INFO portal.access [{REQUEST_ID}] GET /fr/nulle-part/ 404 " in text


def test_an_unknown_log_format_or_level_is_refused_at_start():
    with pytest.raises(ImproperlyConfigured):
        environment.logging_config(log_format="xml")
    with pytest.raises(ImproperlyConfigured):
        environment.logging_config(level="VERBOSE")


def test_log_settings_come_from_the_environment(unset):
    code = (
        "root = settings.LOGGING['root']\n"
        "print(json.dumps({'level': root['level'], "
        "'django': settings.LOGGING['loggers']['django']['level'], "
        "'formats': list(settings.LOGGING['formatters'])}))"
    )

    chosen = run_in_portal_process(code, LOG_LEVEL="warning", LOG_FORMAT="text")

    assert unset["log"] == ["INFO", "INFO", ["json"]]
    assert chosen == {"level": "WARNING", "django": "WARNING", "formats": ["text"]}


@pytest.mark.django_db
def test_no_log_line_holds_a_visit_cards_code(production_log, settings):
    """The code opens the card's page: it is logged as `<code>`, from the page cache too, and in
    Django's own lines about a missing or ended card."""
    from tests.pages import DEMO_VISIT_TWO_TOOLS, UNKNOWN_VISIT_CODE

    log = production_log()
    page = f"/fr/v/{DEMO_VISIT_TWO_TOOLS}/"
    assert Client().get(page).status_code == 200
    assert Client().get(page)["X-Page-Cache"] == "hit"  # answered before any URL pattern
    assert Client().get(f"/fr/v/{UNKNOWN_VISIT_CODE}/").status_code == 404
    settings.VISIT_CARD_LIFETIME_MONTHS = 0
    assert Client().get(f"/fr/v/{DEMO_VISIT_TWO_TOOLS}/card.pdf").status_code == 410

    access = [line for line in log_lines(log) if line["logger"] == "portal.access"]
    assert [line["path"] for line in access] == [
        "/fr/v/<code>/",
        "/fr/v/<code>/",
        "/fr/v/<code>/",
        "/fr/v/<code>/card.pdf",
    ]
    assert "Gone: /fr/v/<code>/card.pdf" in log.getvalue()
    for code in (DEMO_VISIT_TWO_TOOLS, UNKNOWN_VISIT_CODE):
        assert code not in log.getvalue()
