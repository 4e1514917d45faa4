"""Every page of the clinic workspace, signed in as its members, in both languages at 320 px and
1280 px, forms with errors included: no axe violation, no sideways scrolling, no other host."""

import base64
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.notices.models import Clinic
from content.patient_messages.models import MessageAnswer, PatientMessage
from content.visits.cards import VisitInput, visit_card_issue
from content.visits.models import VisitCard
from content.vocabulary import MemberRole, MessageKind
from content.workspace.models import ClinicMembership
from content.workspace.review import notice_submit
from tests.browser.checks import assert_page_accessible
from tests.pages import DEMO_CLINIC_WITH_HISTORY
from tests.workspace.helpers import sign_in_verified

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WIDTHS = [320, 1280]
MESSAGE_BODY = "Qui écoute l’enregistrement de ma consultation, et combien de temps est-il gardé ?"
LANGUAGES = ["fr", "en"]
UNVERIFIED = "password only"


@pytest.fixture(scope="session")
def workspace_members(portal_server, django_db_blocker):
    """An editor and a reviewer of a demo clinic, a draft awaiting review, a patient's message with
    an answer, and a session each."""
    with django_db_blocker.unblock():
        clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
        users = {}
        for role in MemberRole.values:
            user, _ = get_user_model().objects.get_or_create(
                username=f"browser-{role}@example.org", defaults={"email": f"{role}@example.org"}
            )
            ClinicMembership.objects.get_or_create(
                user=user, clinic=clinic, defaults={"role": role}
            )
            users[role] = user
        if not clinic.reviews.filter(status="pending").exists():
            # The revision itself, whose uses are in memory: the review then shows its diff.
            draft = clinic.latest_revision.as_object()
            draft.introduction_fr = draft.introduction_fr + " Brouillon relu dans le navigateur."
            # A label of the clinic's own, in French only: approving asks to confirm it.
            draft.uses.all()[0].label_fr = "Rédige le compte rendu, que le médecin relit"
            draft.save_revision(user=users[MemberRole.EDITOR])
            editor = ClinicMembership.objects.get(user=users[MemberRole.EDITOR], clinic=clinic)
            notice_submit(membership=editor, user=users[MemberRole.EDITOR])
        message, created = PatientMessage.objects.get_or_create(
            clinic=clinic,
            body=MESSAGE_BODY,
            defaults={
                "kind": MessageKind.QUESTION,
                "use_key": clinic.uses.first().key,
                "name": "Camille Martin",
                "email": "camille.martin@example.org",
                "status": PatientMessage.Status.ANSWERED,
            },
        )
        if created:
            MessageAnswer.objects.create(
                message=message,
                author=users[MemberRole.REVIEWER],
                body="Le médecin écoute l’enregistrement ; il est effacé sous 24 heures.",
            )
        sessions = {}
        for role, user in users.items():
            client = Client()
            sign_in_verified(client, user)
            sessions[role] = client.cookies[settings.SESSION_COOKIE_NAME].value
        # Signed in with the password only: the code page comes next.
        client = Client()
        client.force_login(users[MemberRole.REVIEWER])
        sessions[UNVERIFIED] = client.cookies[settings.SESSION_COOKIE_NAME].value
        invited, _ = get_user_model().objects.get_or_create(
            username="browser-invited@example.org", defaults={"email": "invited@example.org"}
        )
    return clinic, sessions, invited


def workspace_path(name: str, language: str, clinic: Clinic | None = None) -> str:
    with translation.override(language):
        if name == "message":
            message = PatientMessage.objects.get(clinic=clinic, body=MESSAGE_BODY)
            return reverse("workspace:message", args=[clinic.pk, message.pk])
        if name == "visit":
            return reverse("workspace:visit", args=[clinic.pk, visit_card_of(clinic).code])
        return reverse(f"workspace:{name}", args=[clinic.pk] if clinic else [])


def visit_card_of(clinic: Clinic) -> VisitCard:
    """A visit card of the clinic, issued for the test when the demo has none."""
    card = clinic.visit_cards.order_by("pk").first()
    if card is None:
        use_ids = [use["id"] for use in clinic.versions.order_by("-number")[0].document["uses"]]
        asked = VisitInput(
            use_keys=use_ids,
            visit_date=timezone.localdate(),
            language="fr",
            checker_name="Dr Martin",
            checker_role="gp",
        )
        card = visit_card_issue(clinic=clinic, asked=asked, channel=VisitCard.Channel.WORKSPACE)
    return card


def password_set_path(language: str, user) -> str:
    """The link an invitation or a reset email holds, for this user."""
    with translation.override(language):
        return reverse(
            "workspace:password_set",
            args=[
                urlsafe_base64_encode(force_bytes(user.pk)),
                default_token_generator.make_token(user),
            ],
        )


# (page name, role signed in or None, route name, whether it takes the clinic)
PAGES = [
    ("sign_in", None, "sign_in", False),
    ("password_reset", None, "password_reset", False),
    ("password_reset_done", None, "password_reset_done", False),
    ("password_set", None, "password_set", False),
    ("dashboard", MemberRole.EDITOR, "dashboard", False),
    ("clinic", MemberRole.EDITOR, "clinic", True),
    ("notice_form", MemberRole.EDITOR, "notice_edit", True),
    ("preview", MemberRole.REVIEWER, "notice_preview", True),
    ("review", MemberRole.REVIEWER, "notice_review", True),
    ("history", MemberRole.REVIEWER, "notice_history", True),
    ("inbox", MemberRole.EDITOR, "inbox", True),
    ("message", MemberRole.REVIEWER, "message", True),
    ("visits", MemberRole.CLINICIAN, "visits", True),
    ("visit_card", MemberRole.CLINICIAN, "visit", True),
    ("visit_sets", MemberRole.EDITOR, "visit_sets", True),
    ("api_tokens", MemberRole.EDITOR, "api_tokens", True),
    ("system_request", MemberRole.EDITOR, "system_request", True),
    ("team", MemberRole.EDITOR, "team", True),
    ("team_reviewer", MemberRole.REVIEWER, "team", True),
    ("email_preferences", MemberRole.REVIEWER, "email_preferences", True),
    ("email_preferences_clinician", MemberRole.CLINICIAN, "email_preferences", True),
    ("two_factor", MemberRole.EDITOR, "two_factor", False),
    ("two_factor_setup", MemberRole.EDITOR, "two_factor_setup", False),
    ("two_factor_verify", UNVERIFIED, "two_factor_verify", False),
]
CASES = [(page, language, width) for language in LANGUAGES for page in PAGES for width in WIDTHS]


def open_as(browser, portal_server, session: str | None, path: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900})
    if session:
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": portal_server}]
        )
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    response = page.goto(portal_server + path, wait_until="load")
    return context, page, response, hosts


def assert_accessible(page, language: str, width: int):
    assert_page_accessible(page, language=language, narrow=width == 320)


@pytest.mark.parametrize(
    ("page_case", "language", "width"),
    CASES,
    ids=lambda v: str(v[0]) if isinstance(v, tuple) else str(v),
)
def test_workspace_page_is_accessible(
    browser, portal_server, workspace_members, page_case, language, width
):
    _name, role, route, takes_clinic = page_case
    clinic, sessions, invited = workspace_members
    if route == "password_set":
        path = password_set_path(language, invited)
    else:
        path = workspace_path(route, language, clinic if takes_clinic else None)

    context, page, response, hosts = open_as(
        browser, portal_server, sessions.get(role), path, width
    )
    try:
        assert response.status == 200
        assert_accessible(page, language, width)
        assert hosts == {urlsplit(portal_server).netloc}
    finally:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_forms_showing_errors_are_accessible(
    browser, portal_server, workspace_members, language, width
):
    clinic, sessions, _invited = workspace_members

    context, page, _, _ = open_as(
        browser,
        portal_server,
        sessions[MemberRole.EDITOR],
        workspace_path("notice_contacts", language, clinic),
        width,
    )
    try:
        page.locator("#id_ai_contact_email").fill("not an address")
        page.locator("button[name=stay]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        assert page.locator("#id_ai_contact_email").get_attribute("aria-invalid") == "true"
        assert_accessible(page, language, width)
    finally:
        context.close()

    context, page, _, _ = open_as(
        browser,
        portal_server,
        sessions[MemberRole.REVIEWER],
        workspace_path("notice_review", language, clinic),
        width,
    )
    try:
        page.locator("button[name=request_changes]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        assert_accessible(page, language, width)
    finally:
        context.close()

    context, page, _, _ = open_as(
        browser,
        portal_server,
        sessions[MemberRole.REVIEWER],
        workspace_path("notice_review", language, clinic),
        width,
    )
    try:
        assert page.locator(".review-diff ins").count() >= 1
        page.locator("button[name=approve]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        checkbox = page.locator("#id_untranslated_confirmed")
        assert checkbox.get_attribute("aria-invalid") == "true"
        assert_accessible(page, language, width)
    finally:
        context.close()

    context, page, _, _ = open_as(
        browser,
        portal_server,
        sessions[MemberRole.EDITOR],
        workspace_path("message", language, clinic),
        width,
    )
    try:
        page.locator("form.stacked-form button[type=submit]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        assert page.locator("#id_body").get_attribute("aria-invalid") == "true"
        assert_accessible(page, language, width)
    finally:
        context.close()

    context, page, _, _ = open_as(
        browser,
        portal_server,
        sessions[MemberRole.CLINICIAN],
        workspace_path("visits", language, clinic),
        width,
    )
    try:
        page.locator("#id_checker_name").fill("Patient né le 12/03/1985")
        page.locator("form.visit-form button[type=submit]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        assert page.locator("#id_checker_name").get_attribute("aria-invalid") == "true"
        assert_accessible(page, language, width)
    finally:
        context.close()

    context, page, _, _ = open_as(
        browser,
        portal_server,
        sessions[UNVERIFIED],
        workspace_path("two_factor_verify", language),
        width,
    )
    try:
        page.locator("#id_code").fill("000000")
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        assert page.locator("#id_code").get_attribute("aria-invalid") == "true"
        assert_accessible(page, language, width)
    finally:
        context.close()

    context, page, _, _ = open_as(
        browser, portal_server, None, workspace_path("sign_in", language), width
    )
    try:
        page.locator("input[name=username]").fill("nobody@example.org")
        page.locator("input[name=password]").fill("wrong password for sure")
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state("load")
        assert_accessible(page, language, width)
    finally:
        context.close()


@pytest.fixture(scope="session")
def newcomer_sessions(portal_server, django_db_blocker):
    """Signed-in clinic members without a second factor, one per language and width."""
    sessions = {}
    with django_db_blocker.unblock():
        for language in LANGUAGES:
            for width in WIDTHS:
                user, _ = get_user_model().objects.get_or_create(
                    username=f"browser-newcomer-{language}-{width}@example.org"
                )
                TOTPDevice.objects.filter(user=user).delete()
                client = Client()
                client.force_login(user)
                sessions[language, width] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return sessions


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_setting_up_the_second_factor_and_its_recovery_codes_are_accessible(
    browser, portal_server, newcomer_sessions, language, width
):
    session = newcomer_sessions[(language, width)]
    context, page, response, _ = open_as(
        browser, portal_server, session, workspace_path("two_factor_setup", language), width
    )
    try:
        assert response.status == 200
        page.locator("#id_code").fill("123")
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        assert page.locator("#id_code").get_attribute("aria-invalid") == "true"
        assert_accessible(page, language, width)

        secret = page.locator("#totp-secret").inner_text().replace(" ", "")
        key = base64.b32decode(secret + "=" * (-len(secret) % 8))
        page.locator("#id_code").fill(f"{TOTP(key).token():06d}")
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state("load")
        assert page.locator(".recovery-codes code").count() == 10
        assert_accessible(page, language, width)
    finally:
        context.close()
