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
from django.test import Client

from tests.browser.test_accessibility import LANGUAGES, page_paths
from tests.pages import DEMO_CLINIC_WITH_CHATBOT, DEMO_CLINIC_WITH_HISTORY, notice_url

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


def test_every_page_type_has_no_html_error_in_both_languages(tmp_path, demo_pages):
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.skip(f"needs Java and {VNU_JAR} (make test installs it)")
    for (name, language), (status, html) in demo_pages.items():
        assert status == (404 if name == "not_found" else 200), (name, language, status)
        (tmp_path / f"{name}-{language}.html").write_text(html)

    result = subprocess.run(
        [
            java,
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--format",
            "json",
            "--exit-zero-always",
            *sorted(str(path) for path in tmp_path.glob("*.html")),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: {message['message']}"
        f" [{message.get('extract', '').strip()[:120]}]"
        for message in messages
        if message.get("type") in {"error", "non-document-error"}
    ]
    assert not errors, "\n".join(errors)
