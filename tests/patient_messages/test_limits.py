"""Patient messages in a real waiting room: limits per network and per clinic that count only stored
messages, refusals that give the message back with the clinic's phone number, bodies of any size,
and a fill-time token that lasts 12 hours and sends one message."""

import time

import pytest
from django.core.cache import cache
from django.test import Client

from content.notices.models import Clinic
from content.patient_messages.forms import (
    FORM_TOKEN_MAX_AGE,
    form_started_token,
)
from content.patient_messages.limits import (
    HOUR,
    MESSAGE_LIMITS,
    MINUTE,
    QUARTER,
    message_counted,
    message_wait,
)
from content.patient_messages.models import PatientMessage
from tests.factories import published_clinic
from tests.patient_messages.test_form import (
    CANARY,
    EMAIL,
    NAME,
    filled,
    form_url,
    minute_to_spare,
    network_sent,
    page_text,
    parsed,
    sent_url,
)

pytestmark = pytest.mark.django_db

PHONE = "01 23 45 67 89"
WIFI = "192.0.2.17"  # a hospital's wifi: every patient in the waiting room behind one address
LANGUAGES = ["fr", "en"]
# 10:00:00 UTC on a Monday: a clock hour, so every window starts here.
HOUR_START = 1_796_032_800.0


def phone_clinic() -> Clinic:
    return published_clinic(uses=1, ai_contact_phone=PHONE)


def sends(clinic: Clinic, moments, *, ip: str = WIFI) -> list[bool]:
    """Whether each message, sent at each moment, is taken (then stored and counted) or refused."""
    taken = []
    for moment in moments:
        allowed = message_wait(clinic=clinic, ip=ip, now=moment) == 0
        if allowed:
            message_counted(clinic=clinic, ip=ip, now=moment)
        taken.append(allowed)
    return taken


def shown_back(response) -> dict:
    """What the page gives back of the form: the typed fields and the token it will send."""
    document = parsed(response)
    return {
        "message": document.find(".//textarea[@name='message']").text.strip(),
        "name": document.find(".//input[@name='name']").get("value"),
        "email": document.find(".//input[@name='email']").get("value"),
        "started": document.find(".//input[@name='started']").get("value"),
        "action": document.find(".//form[@method='post']").get("action"),
    }


# The sizes of the limits (function level, with the clock set by the test)


@pytest.mark.parametrize(
    "start",
    [HOUR_START, HOUR_START + 7 * MINUTE + 31, HOUR_START + 52 * MINUTE + 5],
    ids=["on-the-hour", "mid-quarter", "across-the-hour"],
)
def test_waiting_room_of_thirty_behind_one_address_writing_over_fifteen_minutes_is_never_refused(
    start,
):
    clinic = phone_clinic()
    moments = [start + patient * 30 for patient in range(30)]

    assert sends(clinic, moments) == [True] * 30


def test_waiting_room_of_thirty_writing_in_the_same_minute_is_never_refused():
    clinic = phone_clinic()

    assert sends(clinic, [HOUR_START + 20 + patient for patient in range(30)]) == [True] * 30


def test_two_waiting_rooms_in_a_row_on_one_wifi_are_never_refused():
    clinic = phone_clinic()
    first = [HOUR_START + patient * 30 for patient in range(30)]
    second = [HOUR_START + QUARTER + patient * 30 for patient in range(30)]

    assert sends(clinic, first + second) == [True] * 60


def test_address_sending_a_hundred_a_minute_is_stopped_after_thirty_in_a_clock_minute():
    clinic = phone_clinic()

    taken = sends(clinic, [HOUR_START + number * 0.6 for number in range(100)])

    assert taken == [True] * 30 + [False] * 70
    assert PatientMessage.objects.count() == 0  # counting alone stores nothing


@pytest.mark.parametrize("offset", [0, 1, 30, 59])
def test_address_sending_a_hundred_a_minute_gets_at_most_sixty_in_any_minute(offset):
    clinic = phone_clinic()
    # The worst place for a minute: just before a quarter of an hour, counted in two quarters.
    start = HOUR_START + QUARTER - MINUTE + offset

    taken = sends(clinic, [start + number * 0.6 for number in range(100)])

    assert taken[:30] == [True] * 30
    assert sum(taken) <= 60


def test_address_sending_a_hundred_a_minute_for_an_hour_gets_at_most_a_hundred_and_twenty():
    clinic = phone_clinic()

    taken = sends(clinic, [HOUR_START + number * 0.6 for number in range(60 * 100)])

    per_quarter = [sum(taken[quarter * 1500 : (quarter + 1) * 1500]) for quarter in range(4)]
    assert per_quarter == [45, 45, 30, 0]
    assert sum(taken) == MESSAGE_LIMITS["network-clinic"][2][0] == 120


def test_flooding_one_clinic_from_one_network_leaves_patients_elsewhere_free_to_write():
    clinic = phone_clinic()
    sends(clinic, [HOUR_START + number for number in range(200)], ip="198.51.100.7")

    assert sends(clinic, [HOUR_START + 200 + number for number in range(30)]) == [True] * 30


def test_clinic_flooded_from_many_networks_stops_at_its_ceiling_and_says_when_to_come_back():
    clinic = phone_clinic()
    ceiling = MESSAGE_LIMITS["clinic"][0][0]
    taken = [
        sends(clinic, [HOUR_START + number], ip=f"10.{number // 250}.{number % 250}.1")[0]
        for number in range(ceiling + 1)
    ]

    assert taken == [True] * ceiling + [False]
    wait = message_wait(clinic=clinic, ip="203.0.113.5", now=HOUR_START + ceiling + 1)
    assert wait == QUARTER - ceiling - 1


def test_each_clinic_counts_apart_for_one_network():
    first, second = phone_clinic(), phone_clinic()
    sends(first, [HOUR_START + number for number in range(30)])

    assert sends(first, [HOUR_START + 30]) == [False]
    assert sends(second, [HOUR_START + 31 + number for number in range(30)]) == [True] * 30


def test_wait_is_the_end_of_the_full_window():
    clinic = phone_clinic()
    sends(clinic, [HOUR_START + number for number in range(30)])

    assert message_wait(clinic=clinic, ip=WIFI, now=HOUR_START + 45) == 15
    assert message_wait(clinic=clinic, ip=WIFI, now=HOUR_START + MINUTE) == 0
    assert message_wait(clinic=clinic, ip=WIFI, now=HOUR_START + HOUR) == 0


# Through the form, on the real clock


def test_thirty_patients_on_one_wifi_writing_at_once_all_see_the_thank_you_page(client):
    clinic = phone_clinic()

    statuses = [
        client.post(form_url(clinic), filled(clinic, message=f"Patient {number}"), REMOTE_ADDR=WIFI)
        for number in range(30)
    ]

    assert [response.status_code for response in statuses] == [303] * 30
    assert {response["Location"] for response in statuses} == {sent_url(clinic)}
    assert PatientMessage.objects.filter(clinic=clinic).count() == 30


def test_mistakes_and_robots_do_not_count_only_stored_messages_do(client):
    clinic = phone_clinic()
    minute_to_spare(30)
    for _ in range(20):
        assert client.post(form_url(clinic), filled(clinic, message="")).status_code == 400
    for _ in range(10):
        assert client.post(form_url(clinic), filled(clinic, subject="x")).status_code == 303
    for _ in range(5):
        young = filled(clinic, started=form_started_token(clinic=clinic))
        assert client.post(form_url(clinic), young).status_code == 303

    statuses = [client.post(form_url(clinic), filled(clinic)).status_code for _ in range(31)]

    assert statuses == [303] * 30 + [429]
    assert PatientMessage.objects.count() == 30


def test_refused_messages_do_not_count_so_another_clinic_on_the_same_wifi_still_gets_its_messages(
    client,
):
    first, second = phone_clinic(), phone_clinic()
    minute_to_spare(40)
    for _ in range(30):
        client.post(form_url(first), filled(first))
    refused = [client.post(form_url(first), filled(first)).status_code for _ in range(30)]

    # The network's own limit (60 a minute) would be spent if the 30 refusals had counted.
    taken = [client.post(form_url(second), filled(second)).status_code for _ in range(30)]

    assert refused == [429] * 30
    assert taken == [303] * 30
    assert PatientMessage.objects.filter(clinic=second).count() == 30


def test_one_ipv6_host_cannot_step_around_the_limit_with_its_many_addresses(client):
    clinic = phone_clinic()
    minute_to_spare(30)
    statuses = [
        client.post(
            form_url(clinic), filled(clinic), REMOTE_ADDR=f"2001:db8:1:2::{number:x}"
        ).status_code
        for number in range(1, 32)
    ]

    assert statuses == [303] * 30 + [429]


@pytest.mark.parametrize("language", LANGUAGES)
def test_refused_message_is_given_back_ready_to_send_later_with_the_clinics_phone_number(
    client, language
):
    clinic = phone_clinic()
    network_sent(clinic, "127.0.0.1", 30)
    data = filled(clinic)

    response = client.post(form_url(clinic, language), data)

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "no-store" in response["Cache-Control"]
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    heading = {"fr": "<h1>Trop de messages envoyés</h1>", "en": "<h1>Too many messages sent</h1>"}
    assert heading[language] in html
    assert f'href="tel:{PHONE.replace(" ", "")}">{PHONE}</a>' in html
    back = shown_back(response)
    assert (back["message"], back["name"], back["email"]) == (CANARY, NAME, EMAIL)
    assert back["action"] == form_url(clinic, language)
    assert PatientMessage.objects.count() == 0


def test_refused_message_sent_again_once_the_window_passed_is_stored(client):
    clinic = phone_clinic()
    network_sent(clinic, "127.0.0.1", 30)
    data = filled(clinic)
    back = shown_back(client.post(form_url(clinic), data))

    client.post(form_url(clinic), {**data, "started": back["started"]})  # still full: refused
    assert PatientMessage.objects.count() == 0

    cache.clear()  # what the end of the minute does to its counter
    response = client.post(form_url(clinic), {**data, "started": back["started"]})

    assert response.status_code == 303
    assert PatientMessage.objects.get().body == CANARY


# Sizes: the form's 10 kB, and the site's limit for a body of any size


@pytest.mark.parametrize("language", LANGUAGES)
def test_message_over_ten_kilobytes_is_given_back_with_the_clinics_phone_number(client, language):
    clinic = phone_clinic()
    text = "a" * 11 * 1024

    response = client.post(form_url(clinic, language), filled(clinic, message=text))

    assert response.status_code == 413
    html = page_text(response)
    heading = {"fr": "<h1>Message trop long</h1>", "en": "<h1>Message too long</h1>"}
    assert heading[language] in html
    assert f'href="tel:{PHONE.replace(" ", "")}">{PHONE}</a>' in html
    back = shown_back(response)
    assert (back["message"], back["name"], back["email"]) == (text, NAME, EMAIL)
    assert document_error(response) == "id_message_error"
    assert PatientMessage.objects.count() == 0


def document_error(response) -> str:
    element = parsed(response).find(".//*[@class='form-field__error']")
    return element.get("id") if element is not None else ""


@pytest.mark.parametrize("megabytes", [3, 30])
@pytest.mark.parametrize("language", LANGUAGES)
def test_body_of_any_size_gets_the_designed_page_in_the_readers_language_with_the_phone(
    language, megabytes
):
    clinic = phone_clinic()
    # As a browser does: the CSRF check runs, and would read the body first.
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        form_url(clinic, language), filled(clinic, message="a" * megabytes * 1024 * 1024)
    )

    assert response.status_code == 413
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    heading = {"fr": "<h1>Envoi trop volumineux</h1>", "en": "<h1>Too much sent at once</h1>"}
    assert heading[language] in html
    assert f'href="tel:{PHONE.replace(" ", "")}">{PHONE}</a>' in html
    assert "no-store" in response["Cache-Control"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert parsed(response).findall(".//script") == []
    assert PatientMessage.objects.count() == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_body_too_large_anywhere_on_the_site_gets_the_designed_page(language):
    response = Client(enforce_csrf_checks=True).post(
        f"/{language}/search/", {"q": "a" * 3 * 1024 * 1024}
    )

    assert response.status_code == 413
    assert f'<html lang="{language}">' in page_text(response)
    assert "tel:" not in page_text(response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_request_with_too_many_fields_gets_the_designed_bad_request_page(language):
    clinic = phone_clinic()
    client = Client(enforce_csrf_checks=True)
    client.get(form_url(clinic, language))  # the page a browser shows first sets the CSRF cookie
    data = {f"field{number}": "x" for number in range(1001)}

    response = client.post(form_url(clinic, language), data)

    assert response.status_code == 400
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    heading = {
        "fr": "<h1>Le portail n’a pas pu lire votre demande</h1>",
        "en": "<h1>The portal could not read your request</h1>",
    }
    assert heading[language] in html
    assert parsed(response).findall(".//script") == []


def test_malformed_form_body_gets_the_designed_bad_request_page():
    clinic = phone_clinic()
    client = Client(enforce_csrf_checks=True)
    client.get(form_url(clinic))

    response = client.generic(
        "POST", form_url(clinic), b"--x\r\nnot a part", content_type="multipart/form-data"
    )

    assert response.status_code == 400
    assert "<h1>Le portail n’a pas pu lire votre demande</h1>" in page_text(response)


# The fill-time token: 12 hours, one message


def test_form_left_open_twelve_hours_is_given_back_to_send_again_not_dropped(client):
    clinic = phone_clinic()
    data = filled(clinic, started=form_started_token(clinic=clinic, at=time.time() - 13 * 3600))

    response = client.post(form_url(clinic), data)

    assert response.status_code == 400
    html = page_text(response)
    assert "Votre message n’est pas encore parti" in html
    assert "ouverte depuis plus de 12\u00a0heures" in html
    back = shown_back(response)
    assert back["message"] == CANARY
    assert PatientMessage.objects.count() == 0

    again = client.post(form_url(clinic), {**data, "started": back["started"]})

    assert again.status_code == 303
    assert PatientMessage.objects.get().body == CANARY


def test_form_open_less_than_twelve_hours_is_sent():
    clinic = phone_clinic()
    at = time.time() - FORM_TOKEN_MAX_AGE + 60

    response = Client().post(
        form_url(clinic), filled(clinic, started=form_started_token(clinic=clinic, at=at))
    )

    assert response.status_code == 303
    assert PatientMessage.objects.count() == 1


def test_second_click_on_the_button_stores_the_message_once_and_thanks_twice(client):
    clinic = phone_clinic()
    data = filled(clinic)

    responses = [client.post(form_url(clinic), data) for _ in range(2)]

    assert [response.status_code for response in responses] == [303, 303]
    assert PatientMessage.objects.count() == 1


def test_robot_replaying_one_form_stores_one_message(client):
    clinic = phone_clinic()
    data = filled(clinic)

    for _ in range(50):
        client.post(form_url(clinic), data)

    assert PatientMessage.objects.count() == 1


def test_form_that_already_sent_a_message_gives_a_new_one_back_to_send_again(client):
    clinic = phone_clinic()
    data = filled(clinic)
    client.post(form_url(clinic), data)

    response = client.post(form_url(clinic), {**data, "message": "Une deuxième question."})

    assert response.status_code == 400
    html = page_text(response)
    assert "Votre message n’est pas encore parti" in html
    assert "Ce formulaire a déjà servi à envoyer un message." in html
    back = shown_back(response)
    assert back["message"] == "Une deuxième question."

    again = client.post(
        form_url(clinic), {**data, "message": back["message"], "started": back["started"]}
    )

    assert again.status_code == 303
    assert PatientMessage.objects.count() == 2


def test_two_patients_who_open_the_form_in_the_same_second_both_send_their_message(client):
    clinic = phone_clinic()
    tokens = [
        parsed(client.get(form_url(clinic))).find(".//input[@name='started']").get("value")
        for _ in range(2)
    ]
    time.sleep(3.1)  # each patient takes a few seconds to write

    for number, token in enumerate(tokens):
        data = filled(clinic, message=f"Patient {number}", started=token)
        assert client.post(form_url(clinic), data).status_code == 303

    assert PatientMessage.objects.count() == 2
