"""The patient message form in Chromium: its pages in both languages at 320 px and 1280 px with no
axe violation, no sideways scrolling and no other host, and a message sent without JavaScript."""

from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

from content.notices.models import Clinic
from content.patient_messages.limits import MESSAGE_LIMITS, message_counted
from content.patient_messages.models import ConcernCount, PatientMessage
from tests.browser.checks import assert_page_accessible
from tests.pages import DEMO_CLINIC_WITH_HISTORY, notice_url

pytestmark = pytest.mark.browser

WIDTHS = [320, 1280]
LANGUAGES = ["fr", "en"]
STATES = ["form", "errors", "sent", "too_many", "too_large"]
WORDS = {
    "fr": {
        "send": "Envoyer le message",
        "kind": "Signaler un problème avec un résultat",
        "message": "Votre message",
        "name": "Votre nom (facultatif)",
        "email": "Votre adresse e-mail (facultatif)",
        "sent": "Votre message est envoyé",
        "write": "Écrire au Cabinet médical des Tilleuls",
    },
    "en": {
        "send": "Send the message",
        "kind": "Report a problem with a result",
        "message": "Your message",
        "name": "Your name (optional)",
        "email": "Your email address (optional)",
        "sent": "Your message has been sent",
        "write": "Write to Cabinet médical des Tilleuls",
    },
}


def form_path(language: str) -> str:
    return notice_url(DEMO_CLINIC_WITH_HISTORY, language, "contact/")


def send(page, language: str):
    """Press the send button; return the response to the form's submission."""
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=WORDS[language]["send"]).click()
    return navigation.value


def open_state(visit, state: str, language: str, width: int):
    """The page of one state of the form; returns the page, its HTTP status and the hosts seen."""
    if state == "sent":
        page, response, hosts = visit(form_path(language) + "sent/", width=width)
        return page, response.status, hosts
    page, response, hosts = visit(form_path(language), width=width)
    if state == "form":
        return page, response.status, hosts
    if state == "too_many":
        # A message that would be stored, once this network sent the clinic its hour's share
        # (the hour, not the minute: the wait below must not carry the test into a new window).
        page.get_by_label(WORDS[language]["kind"]).check()
        page.get_by_label(WORDS[language]["message"]).fill("Une question sur l’outil.")
        clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
        for _ in range(MESSAGE_LIMITS["network-clinic"][-1][0]):
            message_counted(clinic=clinic, ip="127.0.0.1")
        page.wait_for_timeout(3100)  # a form sent sooner is a robot's, dropped without a word
    if state == "too_large":
        page.get_by_label(WORDS[language]["message"]).fill("a" * 11 * 1024)
    return page, send(page, language).status, hosts


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("state", "language", "width"),
    [(state, language, width) for state in STATES for language in LANGUAGES for width in WIDTHS],
)
def test_message_form_page_is_accessible_fits_the_screen_and_stays_on_the_site(
    visit, portal_server, state, language, width
):
    cache.clear()

    page, status, hosts = open_state(visit, state, language, width)

    expected = {"form": 200, "errors": 400, "sent": 200, "too_many": 429, "too_large": 413}
    assert status == expected[state]
    assert_page_accessible(
        page, language=language, narrow=width == 320, hosts=hosts, server=portal_server
    )
    cache.clear()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_patient_writes_to_a_clinic_from_its_notice_without_javascript(
    visit, django_db_blocker, language
):
    # No test transaction: with SQLite, its read locks would stop the server from storing.
    cache.clear()
    canary = f"Canari navigateur {language} : le compte rendu dit le contraire."
    words = WORDS[language]
    with django_db_blocker.unblock():
        clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
        counts = {count.pk: count.count for count in ConcernCount.objects.filter(clinic=clinic)}
        path = notice_url(DEMO_CLINIC_WITH_HISTORY, language)
    page, _, _ = visit(path, javascript=False)

    page.get_by_role("link", name=words["write"]).click()
    page.wait_for_load_state("load")
    page.get_by_label(words["kind"]).check()
    page.get_by_label(words["message"]).fill(canary)
    page.get_by_label(words["name"]).fill("Camille Navigateur")
    page.get_by_label(words["email"]).fill("camille.navigateur@example.net")
    trap = page.locator(".form-trap").bounding_box()
    assert trap["width"] <= 1 and trap["height"] <= 1, "the robots' field is out of sight"
    page.wait_for_timeout(3100)
    response = send(page, language)

    with django_db_blocker.unblock():
        try:
            assert response.status == 200
            assert urlsplit(page.url).path == path + "contact/sent/"
            assert page.get_by_role("heading", level=1).inner_text() == words["sent"]
            message = PatientMessage.objects.get(body=canary)
            assert (message.clinic, message.kind, message.language) == (
                clinic,
                "concern",
                language,
            )
        finally:
            PatientMessage.objects.filter(body=canary).delete()
            for pk, count in counts.items():
                ConcernCount.objects.filter(pk=pk).update(count=count)
            ConcernCount.objects.filter(clinic=clinic).exclude(pk__in=counts).delete()
            cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_link_under_a_tool_opens_the_form_about_that_tool(visit, language):
    page, _, _ = visit(notice_url(DEMO_CLINIC_WITH_HISTORY, language), javascript=False)
    section = page.locator("section.notice-use").first
    tool = section.locator("h2").inner_text().split(" – ")[0]

    # The tool's details are closed at first: the patient opens them, then follows the link.
    section.locator("summary").click()
    section.locator(".notice-use__contact a").click()
    page.wait_for_load_state("load")

    selected = page.locator("select[name='use'] option:checked").inner_text()
    assert selected.startswith(tool)
