"""A refusal in Chromium at 320 px, in both languages: the hint under the choice is in sight, a
refusal with no way to reach the patient comes back with its error next to the email field, and the
refusal's thank-you page; no axe violation, no sideways scrolling, no other host.

The pages run no script (the policy allows none), so the flow is the one a browser without
JavaScript follows; JavaScript stays on only because axe runs as a script in the page.
"""

import pytest
from django.core.cache import cache

from content.patient_messages.models import PatientMessage
from tests.browser.checks import assert_page_accessible
from tests.pages import DEMO_CLINIC_WITH_HISTORY, notice_url

pytestmark = pytest.mark.browser

LANGUAGES = ["fr", "en"]
WORDS = {
    "fr": {
        "send": "Envoyer le message",
        "message": "Votre message",
        "error": "Pour un refus, laissez votre adresse e-mail ou votre numéro de téléphone",
        "sent": "Votre refus est envoyé",
    },
    "en": {
        "send": "Send the message",
        "message": "Your message",
        "error": "For a refusal, leave your email address or your phone number",
        "sent": "Your refusal has been sent",
    },
}


def checked(page, portal_server, hosts) -> None:
    assert_page_accessible(page, hosts=hosts, server=portal_server)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refusal_explains_itself_before_and_after_sending(visit, portal_server, language):
    cache.clear()
    words = WORDS[language]
    path = notice_url(DEMO_CLINIC_WITH_HISTORY, language, "contact/")
    page, _, hosts = visit(path, width=320)

    # The browser suite's other tests store messages through the same server: count the new ones.
    stored = PatientMessage.objects.count()
    page.locator("input[name=kind][value=decline]").check()
    assert page.locator("#kind-decline-hint").is_visible()
    page.get_by_label(words["message"]).fill("Je refuse l’outil.")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=words["send"]).click()

    assert navigation.value.status == 400
    assert PatientMessage.objects.count() == stored
    assert words["error"] in page.locator("#id_email_error").inner_text()
    assert page.get_by_label(words["message"]).input_value() == "Je refuse l’outil."
    checked(page, portal_server, hosts)

    page, response, hosts = visit(path + "sent/?kind=decline", width=320)
    assert response.status == 200
    assert page.get_by_role("heading", level=1).inner_text() == words["sent"]
    checked(page, portal_server, hosts)
    cache.clear()
