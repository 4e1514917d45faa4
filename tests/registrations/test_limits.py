"""Abuse limits of the registration form: per network, per address written to; a robot's trap; the
designed 429 that gives the request back with Retry-After."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from content.registrations.limits import HOUR, registration_counted, registration_wait
from content.registrations.models import RegistrationRequest
from tests.registrations.helpers import NETWORK, filled, register_url, sent_url

pytestmark = pytest.mark.django_db

# 10:00:00 UTC on a Monday: a clock hour, so every window starts here.
HOUR_START = 1_796_032_800.0


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def test_a_network_may_register_five_structures_an_hour_then_waits_for_the_next_hour():
    for number in range(5):
        assert registration_wait(ip=NETWORK, email=f"{number}@a.example", now=HOUR_START) == 0
        registration_counted(ip=NETWORK, email=f"{number}@a.example", now=HOUR_START)

    assert registration_wait(ip=NETWORK, email="6@a.example", now=HOUR_START + 60) == HOUR - 60
    assert registration_wait(ip="198.51.101.1", email="6@a.example", now=HOUR_START + 60) == 0
    assert registration_wait(ip=NETWORK, email="6@a.example", now=HOUR_START + HOUR) == 0


def test_one_address_gets_at_most_three_confirmation_links_a_day_whoever_asks():
    for number in range(3):
        registration_counted(ip=f"203.0.{number}.9", email="Claire@Glycines.example")

    assert registration_wait(ip="192.0.2.1", email="claire@glycines.example") > 0


def test_over_the_limit_the_request_is_given_back_on_a_429_with_retry_after(client):
    for number in range(5):
        response = client.post(
            register_url(),
            filled(requester_email=f"{number}@glycines.example"),
            REMOTE_ADDR=NETWORK,
        )
        assert response.status_code == 303

    typed = filled(requester_email="sixieme@glycines.example", name="Centre de santé Lumière")
    response = client.post(register_url(), typed, REMOTE_ADDR="198.51.100.99")

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= HOUR
    page = BeautifulSoup(response.content.decode(), "html5lib")
    assert "Trop de demandes envoyées" in text(page.h1)
    assert "Réessayez dans" in text(page.body)
    assert page.find(id="id_name")["value"] == "Centre de santé Lumière"
    assert page.find(id="id_requester_email")["value"] == "sixieme@glycines.example"
    assert RegistrationRequest.objects.count() == 5
    assert len(mail.outbox) == 5


def test_mistakes_do_not_count_against_the_limit(client):
    for _ in range(8):
        assert (
            client.post(register_url(), filled(postcode=""), REMOTE_ADDR=NETWORK).status_code == 400
        )

    assert client.post(register_url(), filled(), REMOTE_ADDR=NETWORK).status_code == 303


def test_a_robot_that_fills_the_trap_sees_the_same_page_and_nothing_is_stored_or_sent(client):
    response = client.post(register_url(), filled(website="https://spam.example"))

    assert response.status_code == 303
    assert response["Location"] == sent_url()
    assert not RegistrationRequest.objects.exists()
    assert mail.outbox == []
