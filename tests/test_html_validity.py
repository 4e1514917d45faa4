"""Every page type, in both languages, is valid HTML for the W3C Nu HTML checker (vnu.jar).

The pages are rendered with the Django test client, written to a folder and checked in one run of
the checker (`java -jar vnu.jar --errors-only`): starting Java once costs a few seconds, each page
a few milliseconds. `make test` installs vnu.jar from npm (`vnu-jar`, pinned in the Makefile); the
test is skipped when Java or the jar is missing, which CI turns into a failure (tests/conftest.py).
"""

import json
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from django.core.cache import cache as django_cache
from django.test import Client

from content.notices.models import Clinic
from content.visits.misses import MISS_LIMITS
from content.vocabulary import MemberRole
from tests.browser.test_accessibility import LANGUAGES, NOT_FOUND_PAGES, page_paths
from tests.factories import PatientMessageFactory, member
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_HISTORY,
    DEMO_VISIT_TWO_TOOLS,
    UNKNOWN_VISIT_CODE,
    notice_url,
    visit_url,
)
from tests.visits.helpers import in_a_fresh_minute
from tests.workspace.helpers import sign_in_verified, url

VNU_JAR = Path(
    os.environ.get(
        "VNU_JAR",
        Path(__file__).resolve().parent.parent
        / ".venv/vnu/node_modules/vnu-jar/build/dist/vnu.jar",
    )
)


def demo_page_paths(language: str) -> dict[str, str]:
    """The accessibility suite's pages, and the message form of two notices."""
    paths = page_paths(language)
    paths["contact"] = notice_url(DEMO_CLINIC_WITH_HISTORY, language, "contact/")
    paths["contact_chatbot"] = notice_url(DEMO_CLINIC_WITH_CHATBOT, language, "contact/")
    return paths


@cache
def rendered_demo_pages() -> dict[tuple[str, str], tuple[int, str]]:
    """Each demo page's status and HTML by (name, language), rendered once per test process."""
    client = Client()
    pages = {}
    for language in LANGUAGES:
        for name, path in demo_page_paths(language).items():
            response = client.get(path)
            pages[(name, language)] = (response.status_code, response.content.decode())
    return pages


@pytest.fixture
def demo_pages(db) -> dict[tuple[str, str], tuple[int, str]]:
    """Each demo page's status and HTML by (name, language), rendered once per test process."""
    return rendered_demo_pages()


def html_errors(pages: dict[str, str], folder: Path) -> list[str]:
    """The checker's errors on these pages ({file name: HTML}), in one run of Java."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.skip(f"needs Java and {VNU_JAR} (make test installs it)")
    for name, html in pages.items():
        (folder / f"{name}.html").write_text(html)
    result = subprocess.run(
        [
            java,
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--format",
            "json",
            "--exit-zero-always",
            *sorted(str(path) for path in folder.glob("*.html")),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: {message['message']}"
        f" [{message.get('extract', '').strip()[:120]}]"
        for message in messages
        if message.get("type") in {"error", "non-document-error"}
    ]


def test_every_page_type_has_no_html_error_in_both_languages(tmp_path, demo_pages):
    pages = {}
    for (name, language), (status, html) in demo_pages.items():
        assert status == (404 if name in NOT_FOUND_PAGES else 200), (name, language, status)
        pages[f"{name}-{language}"] = html

    errors = html_errors(pages, tmp_path)

    assert not errors, "\n".join(errors)


def test_every_workspace_page_has_no_html_error_in_both_languages(tmp_path, db):
    clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
    message = PatientMessageFactory(clinic=clinic, body="Qui lit l’enregistrement ?")
    pages = {}
    for role in (MemberRole.EDITOR, MemberRole.REVIEWER, MemberRole.CLINICIAN):
        client = Client()
        pages[f"sign-in-{role}"] = client.get(url("sign_in")).content.decode()
        sign_in_verified(client, member(clinic, role))
        for language in LANGUAGES:
            addresses = {
                "visits": url("visits", clinic, language),
                "visit": url("visits", clinic, language) + f"{DEMO_VISIT_TWO_TOOLS}/",
                "emails": url("email_preferences", clinic, language),
            }
            if role != MemberRole.CLINICIAN:
                addresses |= {
                    "dashboard": url("dashboard", language=language),
                    "clinic": url("clinic", clinic, language),
                    "history": url("notice_history", clinic, language),
                    "inbox": url("inbox", clinic, language),
                    "message": url("inbox", clinic, language) + f"{message.pk}/",
                    "two-factor": url("two_factor", language=language),
                    "team": url("team", clinic, language),
                }
            if role == MemberRole.EDITOR:
                addresses["notice"] = url("notice_edit", clinic, language)
                addresses["notice-structure"] = url("notice_structure", clinic, language)
                addresses["notice-contacts"] = url("notice_contacts", clinic, language)
                addresses["notice-use"] = url("notice_edit", clinic, language) + "uses/1/"
                addresses["notice-use-new"] = url("notice_use_new", clinic, language)
                addresses["visit-sets"] = url("visit_sets", clinic, language)
                addresses["api-tokens"] = url("api_tokens", clinic, language)
                addresses["system-request"] = url("system_request", clinic, language)
            for name, address in addresses.items():
                response = client.get(address)
                assert response.status_code == 200, (role, language, name, response.status_code)
                pages[f"{name}-{role}-{language}"] = response.content.decode()
            refused = client.post(url("visits", clinic, language), {"checker_name": "12/03/1985"})
            assert refused.status_code == 400
            pages[f"visits-errors-{role}-{language}"] = refused.content.decode()

    errors = html_errors(pages, tmp_path)

    assert not errors, "\n".join(errors)


def test_a_visit_cards_ended_and_refused_pages_have_no_html_error(tmp_path, client, settings, db):
    pages = {}
    settings.VISIT_CARD_LIFETIME_MONTHS = 0
    for language in LANGUAGES:
        response = client.get(visit_url(DEMO_VISIT_TWO_TOOLS, language))
        assert response.status_code == 410
        pages[f"gone-{language}"] = response.content.decode()
    django_cache.clear()
    for language in LANGUAGES:
        in_a_fresh_minute()
        for _ in range(MISS_LIMITS[0][0] + 1):
            response = client.get(visit_url(UNKNOWN_VISIT_CODE, language))
        assert response.status_code == 429
        pages[f"too-many-{language}"] = response.content.decode()
        django_cache.clear()

    errors = html_errors(pages, tmp_path)

    assert not errors, "\n".join(errors)
