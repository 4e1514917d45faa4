"""A new structure, from the public registration form to its published notice, played in Chromium
on a phone: the requester registers, the portal's editor accepts, the requester completes the notice
with two uses from templates and invites a medical reviewer, who approves it.

Every tap and every field typed is counted (`journey.Journey`); `make bench` prints the figures
(`benchmarks/onboarding.py`). The goal of issue 14: under 40 actions for the clinic, and no page
taller than 6 phone screens.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils.text import slugify
from django_otp.oath import TOTP

from content.notices.models import AISystem
from tests.workspace.helpers import sign_in_verified

from .checks import assert_page_accessible
from .conftest import CHROMIUM_ARGS  # noqa: F401  (the browser fixture launches with them)
from .journey import PHONE, Journey

# Rows are written by the live server and read here: the test itself writes nothing inside its own
# transaction (SQLite would lock the server out), its fixtures write before it starts.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

NAME = "Maison de santé des Glycines"
EDITOR_EMAIL = "direction@glycines.example.org"
REVIEWER_EMAIL = "dr.roux@glycines.example.org"
PASSWORD = "glycines-portail-2026-sûr"
LINK = re.compile(r"https?://[^\s>]+")
MAX_SCREENS = 6


def _link_in_mail(*, to: str, containing: str) -> str:
    """The path of the first link holding `containing` in the newest email to that address."""
    for message in reversed(mail.outbox):
        if to in message.to:
            for url in LINK.findall(message.body):
                if containing in url:
                    parts = urlsplit(url)
                    return parts.path + (f"?{parts.query}" if parts.query else "")
    raise AssertionError(f"no email to {to} with a link holding {containing!r}")


def _totp_code(secret_base32: str) -> str:
    import base64

    key = base64.b32decode(secret_base32.replace(" ", "").upper())
    return f"{TOTP(key).token():06d}"


@pytest.fixture(scope="module")
def portal_editor(django_db_blocker):
    with django_db_blocker.unblock():
        user, _ = get_user_model().objects.get_or_create(
            username="journey-editor@portal.example.org",
            defaults={"email": "journey-editor@portal.example.org", "is_superuser": True},
        )
        user.is_staff = user.is_superuser = True
        user.save()
        client = Client()
        sign_in_verified(client, user)
        return client.cookies[settings.SESSION_COOKIE_NAME].value


def _phone_page(browser, cookie: str | None = None):
    context = browser.new_context(viewport=PHONE)
    if cookie:
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": ""}])
    return context, context.new_page()


@pytest.fixture(scope="module")
def catalogue_tools(django_db_blocker):
    """The demo catalogue's scribe and its general-purpose assistant, read before the journey."""
    with django_db_blocker.unblock():
        return (
            AISystem.objects.get(key="transcrivia-consultation"),
            AISystem.objects.get(kind="general_assistant"),
        )


def test_a_structure_registers_and_publishes_its_notice_with_two_uses_from_templates(
    browser, portal_server, portal_editor, catalogue_tools
):
    mail.outbox.clear()
    contexts = []
    try:
        # 1. The requester, on the public form.
        context, page = _phone_page(browser)
        contexts.append(context)
        journey = Journey(page=page, base_url=portal_server, actor="clinic")
        journey.open("/fr/register/")
        journey.fill("#id_name", NAME)
        journey.select("#id_kind", "health_centre")
        journey.fill("#id_street_address", "4 rue des Glycines")
        journey.fill("#id_postcode", "33000")
        journey.fill("#id_city", "Bordeaux")
        journey.fill("#id_requester_name", "Claire Bonnet")
        journey.fill("#id_requester_email", EDITOR_EMAIL)
        journey.fill("#id_requester_role", "directrice")
        journey.tap("main form button[type=submit]")
        assert "/register/sent/" in page.url
        journey.open(_link_in_mail(to=EDITOR_EMAIL, containing="/register/confirm/"))
        assert page.locator("main").inner_text()

        # 2. The portal's editor accepts it in the admin (counted apart: not the clinic's work).
        admin_context, admin_page = _phone_page(browser)
        contexts.append(admin_context)
        admin_context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": portal_editor, "url": portal_server}]
        )
        portal = Journey(page=admin_page, base_url=portal_server, actor="portal")
        portal.open(reverse("wagtailsnippets_content_registrationrequest:list"))
        portal.tap(f"a:has-text('{NAME}')")
        portal.tap("form:has(input[name=decision][value=accept]) button[type=submit]")

        # 3. The requester chooses a password from the invitation and signs in.
        journey.page = page
        journey.open(_link_in_mail(to=EDITOR_EMAIL, containing="/workspace/"))
        journey.fill("#id_new_password1", PASSWORD)
        journey.fill("#id_new_password2", PASSWORD)
        journey.tap("main form button[type=submit]")
        if "/sign-in/" not in page.url and page.locator("#id_password").count() == 0:
            if page.locator("main a[href*='/sign-in/']").count():
                journey.tap("main a[href*='/sign-in/']")
        if page.locator("#id_password").count():
            journey.fill("#id_username", EDITOR_EMAIL)
            journey.fill("#id_password", PASSWORD)
            journey.tap("main form button[type=submit]")
        if not re.search(r"/workspace/clinics/\d+/", page.url):
            journey.tap("main a[href*='/workspace/clinics/']")
        clinic_path = re.search(r"/fr/workspace/clinics/\d+/", page.url).group(0)

        # 4. The notice: contacts, then two uses from templates.
        journey.tap(f"main a[href='{clinic_path}notice/']")
        journey.tap(f"main a[href='{clinic_path}notice/contacts/']")
        journey.fill("#id_ai_contact_name_fr", "l’accueil de la maison de santé")
        journey.fill("#id_ai_contact_email", "accueil@glycines.example.org")
        journey.tap("main form button[name=next]")

        scribe, assistant = catalogue_tools
        for template_key, system in (("scribe", scribe), ("assistant", assistant)):
            if f"{clinic_path}notice/uses/new/" not in page.url:
                assert page.url.endswith(f"{clinic_path}notice/"), page.locator("main").inner_text()
                journey.tap(f"main a[href='{clinic_path}notice/uses/new/']")
            journey.check(f"input[name=start][value={template_key}]")
            journey.select("#id_ai_system", str(system.pk))
            journey.tap("main form button[type=submit]")
            assert re.search(r"/notice/uses/\d+/$", page.url), page.url
            # Every passage the template marked for checking, in French: the clinic writes it.
            marked = page.locator("textarea[name$='_fr']").evaluate_all(
                "nodes => nodes.filter(n => n.value.includes('[[')).map(n => n.id)"
            )
            assert marked, "a template marks what the clinic must check"
            for field_id in marked:
                text = page.locator(f"#{field_id}").input_value()
                journey.fill(f"#{field_id}", re.sub(r"\s*\[\[[^\]]*\]\]", "", text))
            journey.tap("main form button[name=next]")

        # 5. The notice is submitted from its progress page, then a medical reviewer is invited.
        assert page.url.endswith(f"{clinic_path}notice/"), page.url
        journey.tap(f"main form[action='{clinic_path}submit/'] button[type=submit]")
        assert "en attente de relecture" in page.locator("main").inner_text().lower()
        journey.tap(f"main a[href='{clinic_path}team/']")
        journey.fill("#id_email", REVIEWER_EMAIL)
        if not page.locator("input[name=role][value=reviewer]").is_checked():
            journey.check("input[name=role][value=reviewer]")
        journey.tap("main form button[type=submit]")

        # 6. The reviewer chooses a password, sets up the second factor, reads and approves.
        reviewer_context, reviewer_page = _phone_page(browser)
        contexts.append(reviewer_context)
        journey.page = reviewer_page
        journey.actor = "clinic"
        journey.open(_link_in_mail(to=REVIEWER_EMAIL, containing="/workspace/"))
        journey.fill("#id_new_password1", PASSWORD)
        journey.fill("#id_new_password2", PASSWORD)
        journey.tap("main form button[type=submit]")
        if reviewer_page.locator("#id_password").count() == 0:
            if reviewer_page.locator("main a[href*='/sign-in/']").count():
                journey.tap("main a[href*='/sign-in/']")
        if reviewer_page.locator("#id_password").count():
            journey.fill("#id_username", REVIEWER_EMAIL)
            journey.fill("#id_password", PASSWORD)
            journey.tap("main form button[type=submit]")
        secret = reviewer_page.locator("#totp-secret").inner_text()
        journey.fill("input[name=code]", _totp_code(secret))
        journey.tap("main form button[type=submit]")
        journey.tap("main a:has-text('J’ai noté mes codes')")
        journey.open(f"{clinic_path}review/")
        assert_page_accessible(reviewer_page, language="fr")
        if reviewer_page.locator("input[name=untranslated_confirmed]").count():
            journey.check("input[name=untranslated_confirmed]")
        journey.tap("main form button[name=approve]")

        # The patient's notice is online, with both tools and none of the templates' marks.
        journey.page = page
        response = page.goto(f"{portal_server}/fr/notices/{slugify(NAME)}/")
        assert response.status == 200
        body = page.locator("main").inner_text()
        assert scribe.name in body and assistant.name in body
        assert "[[" not in body

        journey.page, journey.pages = page, journey.pages + portal.pages
        journey.actions.update(portal.actions)
        journey.figures_write()
        clinic_actions = journey.actions["clinic"]
        tallest = journey.tallest()
        print(f"journey: {clinic_actions} actions by the clinic, {len(journey.pages)} pages")
        assert tallest.screens <= MAX_SCREENS, tallest
    finally:
        for context in contexts:
            context.close()
