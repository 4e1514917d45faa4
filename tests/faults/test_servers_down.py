"""What patients see when Redis or PostgreSQL stops or hangs under a running portal.

Each test breaks a real server under gunicorn (production settings, 2 sync workers), asks what a
patient would ask, and mends the server in `finally`. Measured times are printed (pytest -s).
"""

import re
import secrets
import time
import urllib.parse

import psycopg
import pytest

from portal.resilience import HUNG_BREAKER_SECONDS
from tests.faults.conftest import PG_PORT, fetch

# django_db: the session test database (the demo portal) is what the fault cluster starts from.
pytestmark = [pytest.mark.faults, pytest.mark.django_db]

NOTICE = "/fr/notices/cabinet-medical-des-tilleuls/"
CONTACT = NOTICE + "contact/"
JSON = "/api/notices/cabinet-medical-des-tilleuls.json"
# Pages a patient reads: home, an explainer section, a notice, the directory, the JSON.
PUBLIC_PAGES = [
    "/fr/",
    "/en/",
    NOTICE,
    "/en/notices/centre-imagerie-du-parc/",
    "/fr/notices/",
    JSON,
]
SIGN_IN = "/fr/workspace/sign-in/"
MESSAGE = "Bonjour, l’outil de transcription garde-t-il l’enregistrement ? Merci."


def uncached(path: str) -> str:
    """The same page under an address no cache has seen: it must be rendered."""
    return f"{path}?fault={secrets.token_hex(4)}"


class Browser:
    """Cookies and hidden fields, as a browser keeps them between a form and its sending."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies: dict[str, str] = {}

    def get(self, path: str):
        answer = fetch(self.base_url + path, headers=self._cookie_header())
        self._keep_cookies(answer)
        return answer

    def post(self, path: str, fields: dict[str, str]):
        headers = {"Content-Type": "application/x-www-form-urlencoded", **self._cookie_header()}
        body = urllib.parse.urlencode(fields).encode()
        answer = fetch(self.base_url + path, data=body, headers=headers)
        self._keep_cookies(answer)
        return answer

    def _cookie_header(self) -> dict[str, str]:
        if not self.cookies:
            return {}
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}

    def _keep_cookies(self, answer) -> None:
        for header in answer.headers.get("set-cookie", "").split(", "):
            found = re.match(r"\s*([^=;\s]+)=([^;]*)", header)
            if found and found[2]:
                self.cookies[found[1]] = found[2]


def hidden(body: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', body)
    assert found, f"no field {name} in the page"
    return found[1]


def message_fields(form_page: str) -> dict[str, str]:
    return {
        "csrfmiddlewaretoken": hidden(form_page, "csrfmiddlewaretoken"),
        "started": hidden(form_page, "started"),
        "kind": "question",
        "use": "",
        "message": MESSAGE,
        "name": "Anne Patiente",
        "email": "anne@example.org",
        "subject": "",
    }


def messages_stored() -> int:
    with psycopg.connect(f"host=127.0.0.1 port={PG_PORT} user=postgres dbname=portal") as db:
        return db.execute("SELECT count(*) FROM content_patientmessage").fetchone()[0]


def kept_within(browser, path: str, *, seconds: float) -> float:
    """How long until `path` is served from the page cache (after a cache outage, its breaker)."""
    started = time.monotonic()
    while not browser.get(path).from_page_cache:
        assert time.monotonic() - started < seconds, f"{path} was not kept within {seconds:g} s"
        time.sleep(0.2)
    return time.monotonic() - started


def wait_for_form_clock(since: float) -> None:
    # A form sent sooner than 3 s after it was shown (its token dates the end of the page's
    # rendering, in whole seconds) counts as a robot's.
    time.sleep(max(0.0, since + 3.5 - time.monotonic()))


def test_with_postgresql_stopped_patients_get_a_designed_503_and_kept_pages_and_their_message_back(
    portal,
):
    browser = Browser(portal.base_url)
    # A page a patient read just before: kept in the page cache (Redis).
    kept_within(browser, NOTICE, seconds=10)
    form = browser.get(CONTACT)
    shown_at = time.monotonic()
    before = messages_stored()
    portal.postgres_stop()
    try:
        french = browser.get(uncached("/fr/notices/"))
        english = browser.get(uncached("/en/notices/"))
        print(
            f"\nPostgreSQL stopped: 503 after {french.seconds:.2f} s (fr), {english.seconds:.2f} s (en)"
        )
        for answer, language in ((french, "fr"), (english, "en")):
            assert answer.status == 503
            assert answer.headers["retry-after"] == "30"
            assert f'<html lang="{language}">' in answer.body
            assert "no-store" in answer.headers["cache-control"]
        assert "Le portail est momentanément indisponible" in french.body
        assert "Back to the home page" in english.body

        data = browser.get(uncached(JSON))
        assert data.status == 503
        assert data.headers["content-type"] == "application/json"
        assert '"error": "service_unavailable"' in data.body

        kept = browser.get(NOTICE)
        assert kept.status == 200 and kept.from_page_cache
        assert "Tilleuls" in kept.body

        wait_for_form_clock(shown_at)
        unsent = browser.post(CONTACT, message_fields(form.body))
        assert unsent.status == 503
        assert "Votre message n’a pas été envoyé" in unsent.body
        assert MESSAGE.replace("'", "&#x27;") in unsent.body, "the message is shown back"
        assert 'value="anne@example.org"' in unsent.body
        assert f'action="{CONTACT}"' in unsent.body
    finally:
        portal.postgres_start()

    # Back: every request succeeds, in both workers, from the first one on.
    started = time.monotonic()
    answers = [browser.get(uncached(path)) for path in PUBLIC_PAGES * 2]
    print(
        f"PostgreSQL restarted: {len(answers)} requests, all answered in {time.monotonic() - started:.2f} s"
    )
    assert [a.status for a in answers] == [200] * len(answers)
    resent = browser.post(CONTACT, message_fields(unsent.body))
    assert resent.status == 303, "the message shown back is sent as it is"
    assert messages_stored() == before + 1


def test_with_postgresql_hung_patients_get_the_designed_503_within_5_seconds_and_it_recovers(
    portal,
):
    browser = Browser(portal.base_url)
    # Both workers hold a connection to the database, as they do after serving a few pages.
    for path in PUBLIC_PAGES:
        assert browser.get(uncached(path)).status == 200
    kept_within(browser, NOTICE, seconds=10)
    pids = portal.postgres_pause()
    try:
        answers = [browser.get(uncached(path)) for path in ("/fr/", "/en/notices/", "/fr/", NOTICE)]
        times = ", ".join(f"{a.seconds:.2f} s" for a in answers)
        print(f"\nPostgreSQL paused: 503 after {times}")
        for answer in answers:
            assert answer.status == 503
            assert answer.headers["retry-after"] == "30"
            assert answer.seconds < 5
        assert "Le portail est momentanément indisponible" in answers[0].body
        kept = browser.get(NOTICE)
        assert kept.status == 200 and kept.from_page_cache
    finally:
        portal.postgres_resume(pids)

    # Each worker tries the database again at most 2 s after its last wait (portal.resilience).
    resumed = time.monotonic()
    while True:
        answers = [browser.get(uncached(path)) for path in PUBLIC_PAGES * 2]
        if [a.status for a in answers] == [200] * len(answers):
            break
        assert time.monotonic() - resumed < 10, "the portal did not recover within 10 s"
        time.sleep(0.2)
    print(
        f"PostgreSQL resumed: {len(answers)} pages in a row served after {time.monotonic() - resumed:.2f} s"
    )
    # Those pages may all have gone to one worker: the other may still be skipping the database
    # for the rest of its HUNG_BREAKER_SECONDS, which the next test must not meet.
    time.sleep(max(0.0, resumed + HUNG_BREAKER_SECONDS + 0.5 - time.monotonic()))


# Last: once Redis is back, each worker that missed a write forgets the kept pages at its first
# request (portal.cache), which would take a page kept by the other worker from the tests above.
def test_with_redis_stopped_patients_read_pages_sign_in_and_send_messages_without_an_error(
    portal,
):
    browser = Browser(portal.base_url)
    before = messages_stored()
    portal.redis_stop()
    try:
        form = browser.get(CONTACT)
        shown_at = time.monotonic()
        assert form.status == 200, "the contact form opens"
        for path in PUBLIC_PAGES:
            answer = browser.get(path)
            assert answer.status == 200, f"{path} answered {answer.status}"
        notice = browser.get(NOTICE)
        assert "Tilleuls" in notice.body
        assert "Le portail est momentanément indisponible" not in notice.body

        sign_in = browser.get(SIGN_IN)
        assert sign_in.status == 200
        refused = browser.post(
            SIGN_IN,
            {
                "csrfmiddlewaretoken": hidden(sign_in.body, "csrfmiddlewaretoken"),
                "username": "redaction@tilleuls.example.org",
                "password": "not-the-password-of-this-account",
            },
        )
        assert refused.status in (200, 400), f"a wrong password answered {refused.status}"
        assert "not-the-password-of-this-account" not in refused.body

        wait_for_form_clock(shown_at)
        sent = browser.post(CONTACT, message_fields(form.body))
        assert sent.status == 303 and sent.headers["location"].endswith("/contact/sent/")
        assert messages_stored() == before + 1, "the clinic receives the message"
        thanks = browser.get(urllib.parse.urlsplit(sent.headers["location"]).path)
        assert thanks.status == 200
    finally:
        portal.redis_start()

    # Back: pages are kept again once the cache's breaker lets it be tried (5 s).
    print(
        f"\nRedis restarted: pages kept again after {kept_within(Browser(portal.base_url), NOTICE, seconds=10):.2f} s"
    )
