"""The public site's headers and markup: strict CSP, no inline code, nothing from another host."""

import os
import subprocess
import sys
from datetime import date, timedelta

import html5lib
import pytest
from django.conf import settings

from tests.discovery.data_blocks import scripts_that_run
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_HISTORY,
    PAGE_TYPES,
    demo_url,
    directory_url,
    notice_url,
)

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [("page", key) for key in PAGE_TYPES.values()]


def public_responses(client):
    for language in ("fr", "en"):
        for _, key in PUBLIC_URLS:
            yield client.get(demo_url(key, language))
        yield client.get(f"/{language}/search/", {"q": "données"})
        yield client.get(f"/{language}/no-such-page/")
        yield client.get(directory_url(language), {"q": "albi"})
        yield client.get(notice_url(DEMO_CLINIC_WITH_CHATBOT, language))
        for route in ("print/", "versions/", "versions/1/"):
            yield client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, language, route))


def test_public_pages_send_a_strict_content_security_policy(client):
    policies = set()
    for response in public_responses(client):
        policy = response.headers["Content-Security-Policy"]
        policies.add(policy)
        directives = dict(
            ([*part.split(" ", 1), ""])[:2]
            for part in (p.strip() for p in policy.split(";"))
            if part
        )
        # Nothing is allowed but what the pages load: no script at all, no object, no frame.
        assert directives["default-src"] == "'none'"
        assert "script-src" not in directives
        assert "object-src" not in directives
        assert directives["style-src"] == "'self'"
        assert directives["img-src"] == "'self'"
        assert "'unsafe-inline'" not in policy
        assert "'nonce-" not in policy
        assert directives["base-uri"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert directives["form-action"] == "'self'"
        # Lighthouse reads robots.txt from inside the page (its SEO audit); nothing else connects.
        assert directives["connect-src"] == "'self'"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    # One policy for every reader and every page, so that kept pages carry the right one.
    assert len(policies) == 1


def test_public_pages_have_no_inline_script_or_style_and_load_nothing_from_another_host(client):
    for response in public_responses(client):
        document = html5lib.parse(response.content, namespaceHTMLElements=False)
        # JSON-LD data blocks are data, never run: any other script fails.
        assert scripts_that_run(document) == [], "the public site needs no JavaScript"
        assert document.findall(".//style") == []
        for element in document.iter():
            assert "style" not in element.attrib, element.tag
            assert not any(name.startswith("on") for name in element.attrib), element.tag
        for element in document.iter():
            if element.tag in ("link", "img", "source", "iframe", "video", "audio"):
                for attribute in ("href", "src", "srcset"):
                    value = element.get(attribute, "")
                    # A page's canonical address and its other languages name it, they load
                    # nothing: absolute, and only at the portal's public address.
                    if element.tag == "link" and element.get("rel") in ("canonical", "alternate"):
                        if value.startswith(("http:", "https:", "//")):
                            assert value.startswith(settings.PORTAL_PUBLIC_URL + "/"), value
                        continue
                    assert not value.startswith(("http:", "https:", "//")), value


def test_public_pages_set_no_cookie(client):
    for response in public_responses(client):
        assert not response.cookies, response.cookies


# What is not a page but answers at a fixed address (content.discovery): the same safety headers.
FILES_AT_FIXED_ADDRESSES = [
    "/favicon.ico",
    "/apple-touch-icon.png",
    "/.well-known/security.txt",
    "/humans.txt",
    "/robots.txt",
    "/sitemap.xml",
    "/sitemap-pages.xml",
]


@pytest.mark.parametrize("path", FILES_AT_FIXED_ADDRESSES)
def test_files_at_fixed_addresses_send_the_safety_headers_and_set_no_cookie(client, path):
    response = client.get(path)

    assert response.status_code == 200, path
    assert not response["Content-Type"].startswith("text/html")
    # A browser never reads them as something else, and no other site frames or runs them.
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert not response.cookies, response.cookies


def test_admin_keeps_its_own_policy_and_cannot_be_framed_by_another_site(client):
    policy = client.get("/admin/login/").headers["Content-Security-Policy"]

    assert "frame-ancestors 'self'" in policy
    assert "default-src 'self'" in policy


def deployment_check(**variables) -> subprocess.CompletedProcess:
    """`manage.py check --deploy` under production settings with these environment variables."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="k" * 20 + "-production-like-secret-key-for-the-check-9f8e7d6c5b4a",
        ALLOWED_HOSTS="portail.example.org",
        PORTAL_PUBLIC_URL="https://portail.example.org",
        DATABASE_URL="sqlite:///:memory:",
        # security.txt: a contact that answers and an expiry within the year (content.W010, W011).
        SECURITY_TXT_CONTACTS="mailto:securite@portail.example.org",
        SECURITY_TXT_EXPIRES=(date.today() + timedelta(days=180)).isoformat(),
    )
    environment.update(variables)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_the_deployment_checklist():
    # Several processes share their kept pages in Redis (content.W001); `check` does not reach it.
    result = deployment_check(REDIS_URL="redis://127.0.0.1:6379/0")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deployment_checklist_warns_of_kept_pages_in_each_process_memory():
    result = deployment_check()

    assert result.returncode != 0
    assert "content.W001" in result.stdout + result.stderr


def test_the_deployment_checklist_warns_when_posters_would_carry_a_local_address():
    result = deployment_check(
        REDIS_URL="redis://127.0.0.1:6379/0", PORTAL_PUBLIC_URL="http://127.0.0.1:8000"
    )

    assert result.returncode != 0
    assert "content.W002" in result.stdout + result.stderr


def test_no_security_check_is_silenced():
    assert not [check for check in settings.SILENCED_SYSTEM_CHECKS if check.startswith("security")]


def test_no_outbound_request_is_configured():
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def test_a_form_sent_without_its_safety_token_gets_a_designed_page():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/fr/workspace/sign-in/", {"username": "x"})

    assert response.status_code == 403
    assert "Le formulaire n’a pas pu être envoyé" in response.content.decode()
