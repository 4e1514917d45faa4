"""The public registration form: its fields, its errors next to each field in French and English
with everything typed kept, the FINESS and SIRET checks, the email link and its confirmation."""

import datetime
import hashlib

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from content.registrations.forms import siret_valid
from content.registrations.models import RegistrationRequest
from tests.registrations.helpers import (
    NETWORK,
    filled,
    register_url,
    sent_url,
    submitted,
)

pytestmark = pytest.mark.django_db

ERRORS = {
    "fr": {
        "name": "Écrivez le nom de votre structure.",
        "postcode": "Le code postal a cinq chiffres.",
        "identifier": "Saisissez un numéro FINESS (9 caractères, par exemple 750712184) ou SIRET",
        "requester_email": "Saisissez une adresse e-mail complète, par exemple nom@exemple.fr.",
        "summary": "Le formulaire contient des erreurs",
    },
    "en": {
        "name": "Write the name of your care provider.",
        "postcode": "The postcode has five digits.",
        "identifier": "Enter a FINESS number (9 characters, for example 750712184) or a SIRET",
        "requester_email": "Enter a complete email address, for example name@example.org.",
        "summary": "There is a problem with the form",
    },
}


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html5lib")


def text(node) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def test_form_shows_every_field_with_its_label(client):
    response = client.get(register_url())

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    labels = [text(label) for label in page.select("form.registration-form label")]
    for label in (
        "Nom de la structure",
        "Type de structure",
        "Adresse",
        "Code postal",
        "Ville",
        "Numéro FINESS ou SIRET (facultatif)",
        "Votre nom",
        "Votre adresse e-mail professionnelle",
        "Votre fonction dans la structure",
    ):
        assert label in labels


@pytest.mark.parametrize("language", ["fr", "en"])
def test_mistakes_are_shown_next_to_each_field_and_everything_typed_is_kept(client, language):
    typed = filled(name="", postcode="6900", identifier="12345", requester_email="claire.fontaine@")
    response = client.post(register_url(language), typed, REMOTE_ADDR=NETWORK)

    assert response.status_code == 400
    page = soup(response)
    assert page.html["lang"] == language
    assert ERRORS[language]["summary"] in text(page.select_one(".error-summary"))
    for field in ("name", "postcode", "identifier", "requester_email"):
        error = text(page.find(id=f"id_{field}_error"))
        assert ERRORS[language][field] in error, (field, error)
        described = page.find(id=f"id_{field}")["aria-describedby"]
        assert f"id_{field}_error" in described
    for field in ("postcode", "identifier", "requester_email", "city", "requester_role"):
        assert page.find(id=f"id_{field}")["value"] == typed[field]
    assert page.find(id="id_kind").find("option", selected=True)["value"] == typed["kind"]
    assert not RegistrationRequest.objects.exists()
    assert mail.outbox == []


def test_siret_with_a_wrong_key_is_refused_and_a_finess_or_a_spaced_siret_is_taken(client):
    response = client.post(register_url(), filled(identifier="73282932000075"))
    assert response.status_code == 400
    assert "Ce numéro SIRET n’existe pas" in text(soup(response).find(id="id_identifier_error"))

    assert siret_valid("35600000000001")  # La Poste's own rule
    client.post(register_url(), filled(identifier="750 712 184"), REMOTE_ADDR=NETWORK)
    client.post(
        register_url(),
        filled(identifier="732 829 320 00074", requester_email="b@glycines.example"),
        REMOTE_ADDR=NETWORK,
    )
    finess, siret = RegistrationRequest.objects.order_by("pk")
    assert (finess.finess, finess.siret) == ("750712184", "")
    assert (siret.finess, siret.siret) == ("", "73282932000074")


def test_request_is_stored_unconfirmed_with_only_the_digest_of_the_emailed_secret(client):
    response = client.post(register_url(), filled(), REMOTE_ADDR=NETWORK)

    assert response.status_code == 303
    assert response["Location"] == sent_url()
    registration = RegistrationRequest.objects.get()
    assert registration.status == RegistrationRequest.Status.UNCONFIRMED
    assert registration.requester_email == "claire.fontaine@glycines.example"
    assert registration.language == "fr"
    (message,) = mail.outbox
    assert message.to == ["claire.fontaine@glycines.example"]
    assert "Cabinet médical des Glycines" in message.subject
    secret = message.body.split("/register/confirm/")[1].split("/")[0]
    assert registration.token_digest == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in registration.token_digest

    inbox_page = client.get(sent_url())
    assert "Regardez votre boîte de réception" in text(soup(inbox_page).h1)
    assert "7 jours" in text(soup(inbox_page).main or soup(inbox_page).body)


def test_confirmation_link_sends_the_request_to_the_editors_once(client):
    registration, link = submitted(client)

    response = client.get(link)
    assert response.status_code == 200
    assert "Adresse confirmée" in text(soup(response).h1)
    assert "L’équipe du portail vérifie que la structure existe" in text(soup(response).body)
    registration.refresh_from_db()
    assert registration.status == RegistrationRequest.Status.PENDING
    assert registration.confirmed_at is not None

    again = client.get(link)
    assert again.status_code == 200
    assert "Adresse déjà confirmée" in text(soup(again).h1)
    registration.refresh_from_db()
    assert registration.status == RegistrationRequest.Status.PENDING


def test_english_request_gets_its_email_and_pages_in_english(client):
    registration, link = submitted(client, "en")

    assert registration.language == "en"
    assert link.startswith("/en/register/confirm/")
    assert "Confirm your registration request" in mail.outbox[-1].subject
    response = client.get(link)
    assert soup(response).html["lang"] == "en"
    assert "Address confirmed" in text(soup(response).h1)


def test_link_older_than_seven_days_gets_its_own_page_and_confirms_nothing(client):
    registration, link = submitted(client)
    RegistrationRequest.objects.filter(pk=registration.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=7, minutes=1)
    )

    response = client.get(link)

    assert response.status_code == 410
    page = soup(response)
    assert "Ce lien a expiré" in text(page.h1)
    assert page.find("a", href=register_url()) is not None
    registration.refresh_from_db()
    assert registration.status == RegistrationRequest.Status.UNCONFIRMED


def test_unknown_link_gets_its_own_page(client):
    response = client.get("/fr/register/confirm/not-a-secret-anyone-holds/")

    assert response.status_code == 404
    assert "Ce lien ne fonctionne pas" in text(soup(response).h1)


def test_sign_in_page_leads_to_the_registration_form(client):
    response = client.get(reverse("workspace:sign_in"))

    link = soup(response).find("a", string="Inscrire votre structure")
    assert link is not None and link["href"] == register_url()
