"""Helpers of the registration tests: the form's addresses, a filled form, the link of the email."""

import re

from django.core import mail
from django.urls import reverse
from django.utils import translation

from content.registrations.models import RegistrationRequest
from content.vocabulary import ClinicKind

# A SIRET with a valid Luhn key (the fictional practices of the tests use it).
VALID_SIRET = "73282932000074"
NETWORK = "198.51.100.23"


def register_url(language: str = "fr") -> str:
    with translation.override(language):
        return reverse("registrations:register")


def sent_url(language: str = "fr") -> str:
    with translation.override(language):
        return reverse("registrations:sent")


def filled(**overrides) -> dict[str, str]:
    """What a structure's manager types in the form, everything valid."""
    data = {
        "name": "Cabinet médical des Glycines",
        "kind": ClinicKind.GP_PRACTICE,
        "street_address": "4 rue des Glycines",
        "postcode": "69003",
        "city": "Lyon",
        "identifier": VALID_SIRET,
        "requester_name": "Claire Fontaine",
        "requester_email": "claire.fontaine@glycines.example",
        "requester_role": "médecin généraliste",
        "website": "",
    }
    data.update(overrides)
    return data


def confirmation_link(message) -> str:
    """The path of the confirmation link in an email (the host is the portal's public address)."""
    match = re.search(r"https?://[^/\s]+(/\S+/register/confirm/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


def submitted(client, language: str = "fr", **overrides) -> tuple[RegistrationRequest, str]:
    """A request sent through the form; its row and the path of the link emailed."""
    before = len(mail.outbox)
    response = client.post(register_url(language), filled(**overrides), REMOTE_ADDR=NETWORK)
    assert response.status_code == 303, response.content.decode()[:2000]
    assert len(mail.outbox) == before + 1
    registration = RegistrationRequest.objects.order_by("-pk").first()
    return registration, confirmation_link(mail.outbox[-1])
