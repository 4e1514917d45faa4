"""An honest refusal: a patient who refuses a tool learns, before sending, that the refusal must
reach the clinicians who treat them; one sent with no way to reach them is shown back; one sent
with an email or a phone number is confirmed with what the clinic does and by when, and the clinic
sees it as a refusal with its deadline."""

import datetime
import html as html_lib
import re
import time

import html5lib
import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from content.notices.models import Clinic
from content.notices.pages import ClinicDirectoryPage
from content.patient_messages.forms import form_started_token
from content.patient_messages.models import (
    REFUSAL_CONFIRM_WORKING_DAYS,
    PatientMessage,
    working_days_after,
)
from content.vocabulary import MemberRole, MessageKind
from tests.factories import member, published_clinic
from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en"]
BODY = "Je ne veux pas de l’enregistrement, mot témoin Pangolin."
PHONE = "06 12 34 56 78"
HINT = {
    "fr": ("lors de votre rendez-vous", "votre e-mail ou votre téléphone"),
    "en": ("at your appointment", "your email or your phone"),
}
UNREACHABLE = {
    "fr": "Pour un refus, laissez votre adresse e-mail ou votre numéro de téléphone",
    "en": "For a refusal, leave your email address or your phone number",
}
CONFIRMED = {
    "fr": (
        "Votre refus est envoyé",
        "note votre refus dans votre dossier",
        f"sous {REFUSAL_CONFIRM_WORKING_DAYS}\u00a0jours ouvrés",
    ),
    "en": (
        "Your refusal has been sent",
        "records your refusal in your file",
        f"within {REFUSAL_CONFIRM_WORKING_DAYS} working days",
    ),
}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def form_url(clinic: Clinic, language: str = "fr", route: str = "contact/") -> str:
    page = ClinicDirectoryPage.objects.get(locale__language_code=language)
    return page.notice_url(clinic.slug, route)


def page_text(response) -> str:
    return html_lib.unescape(response.content.decode())


def refusal(clinic: Clinic, **fields) -> dict:
    data = {
        "kind": MessageKind.DECLINE,
        "use": str(clinic.uses.first().key),
        "message": BODY,
        "name": "",
        "email": "",
        "phone": "",
        "subject": "",
        "started": form_started_token(clinic=clinic, at=time.time() - 10),
    }
    data.update(fields)
    return data


def test_working_days_skip_the_weekend():
    friday = datetime.date(2026, 12, 4)
    assert working_days_after(friday, 5) == datetime.date(2026, 12, 11)
    assert working_days_after(datetime.date(2026, 12, 7), 1) == datetime.date(2026, 12, 8)


@pytest.mark.parametrize("language", LANGUAGES)
def test_refusal_choice_says_before_sending_that_it_must_reach_the_clinicians(client, language):
    clinic = published_clinic(uses=1)

    response = client.get(form_url(clinic, language))

    document = html5lib.parse(response.content, namespaceHTMLElements=False)
    choice = document.find(".//input[@name='kind'][@value='decline']")
    hint = document.find(".//*[@id='kind-decline-hint']")
    assert choice.get("aria-describedby") == "kind-decline-hint"
    assert hint is not None and hint.get("hidden") is None  # read without JavaScript
    said = " ".join("".join(hint.itertext()).split())
    for words in HINT[language]:
        assert words in said
    assert document.find(".//input[@name='phone'][@type='tel']") is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_refusal_with_no_way_to_reach_the_patient_is_shown_back_with_everything_typed(
    client, language
):
    clinic = published_clinic(uses=1)

    response = client.post(form_url(clinic, language), refusal(clinic, name="Camille"))

    assert response.status_code == 400
    assert PatientMessage.objects.count() == 0
    assert mail.outbox == []
    html = page_text(response)
    document = html5lib.parse(response.content, namespaceHTMLElements=False)
    error = document.find(".//div[@id='id_email_error']")
    assert error is not None and UNREACHABLE[language] in "".join(error.itertext())
    assert 'href="#id_email"' in html  # the summary leads to the contact field
    assert BODY in html and 'value="Camille"' in html
    assert document.find(".//input[@name='kind'][@value='decline']").get("checked") is not None


@pytest.mark.parametrize("phone", ["appelez-moi", "061234", "01 23 45 67", "+1 555"])
def test_a_number_the_clinic_could_not_call_back_is_an_error_next_to_it(client, phone):
    clinic = published_clinic(uses=1)

    response = client.post(form_url(clinic), refusal(clinic, phone=phone))

    assert response.status_code == 400
    assert "Saisissez un numéro de téléphone avec ses chiffres" in page_text(response)
    assert f'value="{phone}"' in response.content.decode(), "what was typed is shown again"
    assert PatientMessage.objects.count() == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_refusal_with_a_phone_is_confirmed_with_what_the_clinic_does_and_by_when(client, language):
    clinic = published_clinic(uses=1, ai_contact_phone="01 23 45 67 89")

    response = client.post(form_url(clinic, language), refusal(clinic, phone=PHONE))

    assert response.status_code == 303
    assert response["Location"] == form_url(clinic, language, "contact/sent/") + "?kind=decline"
    message = PatientMessage.objects.get()
    assert (message.kind, message.phone, message.email) == (MessageKind.DECLINE, PHONE, "")
    html = page_text(client.get(response["Location"]))
    for words in CONFIRMED[language]:
        assert words in html
    assert 'href="tel:0123456789"' in html


def test_clinic_email_inbox_and_message_name_the_refusal_and_its_deadline(client):
    clinic = published_clinic(uses=1)
    client.post(form_url(clinic), refusal(clinic, email="camille@example.net"))
    message = PatientMessage.objects.get()
    due = working_days_after(timezone.localdate(message.created_at), REFUSAL_CONFIRM_WORKING_DAYS)
    assert message.confirm_by == due
    day = re.escape(str(due.day) if due.day > 1 else "1er")

    email = mail.outbox[0]
    assert email.subject.startswith("Refus d’un outil\u00a0:")
    assert "refus d’un outil d’IA" in email.body
    assert re.search(rf"d’ici le {day} \w+ {due.year}", email.body)
    for secret in (BODY, "Pangolin", "camille@example.net"):
        assert secret not in email.subject and secret not in email.body

    sign_in_verified(client, member(clinic, MemberRole.EDITOR))
    with translation.override("fr"):
        inbox = client.get(reverse("workspace:inbox", args=[clinic.pk]))
        detail = client.get(reverse("workspace:message", args=[clinic.pk, message.pk]))
    assert re.search(rf"Refus à noter au dossier et à confirmer d’ici le {day} ", page_text(inbox))
    shown = page_text(detail)
    assert "Un patient refuse un outil d’IA" in shown
    assert re.search(rf"d’ici le {day} \w+ {due.year}", shown)
