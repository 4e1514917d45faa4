"""Throttle the source, slow the account: wrong passwords never lock the right one out, and
password-reset requests are limited per account and per network without revealing any account."""

import logging
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.urls import reverse
from django.utils import translation

from content.vocabulary import MemberRole
from tests.factories import member
from tests.workspace.helpers import soup_of, text

pytestmark = pytest.mark.django_db

PASSWORD = "une phrase de passe assez longue"
SOURCE = "192.0.2.7"
ELSEWHERE = "198.51.100.8"


def url(name: str, language: str = "fr") -> str:
    with translation.override(language):
        return reverse(f"workspace:{name}")


def sign_in(client, username: str, password: str, address: str, language: str = "fr"):
    return client.post(
        url("sign_in", language),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def heading(response) -> list[str]:
    return [text(h1) for h1 in soup_of(response).find_all("h1")]


@pytest.fixture
def clinic_editor(clinic):
    user = member(clinic, MemberRole.EDITOR)
    user.set_password(PASSWORD)
    user.save()
    return user


def test_thirty_wrong_passwords_from_one_source_refuse_it_with_a_designed_429_not_the_account(
    client, clinic_editor, settings
):
    for number in range(settings.SIGN_IN_SOURCE_FAILURE_LIMIT - 1):
        assert sign_in(client, f"essai-{number}@example.org", "faux", SOURCE).status_code == 200
    last = sign_in(client, "essai-final@example.org", "faux", SOURCE)

    refused = sign_in(client, clinic_editor.username, PASSWORD, SOURCE, "en")

    assert last.status_code == 429
    assert refused.status_code == 429
    assert 14 * 60 < int(refused["Retry-After"]) <= 15 * 60
    assert heading(refused) == ["Too many sign-in attempts"]
    assert "15 minutes" in text(soup_of(refused).main)
    assert SESSION_KEY not in client.session
    allowed = sign_in(client, clinic_editor.username, PASSWORD, ELSEWHERE)
    assert allowed.status_code == 302
    assert allowed["Location"] == url("dashboard")


def test_ten_wrong_passwords_for_one_account_from_one_source_refuse_that_pair_only(
    client, clinic_editor, settings
):
    settings.SIGN_IN_ACCOUNT_SLOW_AFTER = 1000  # the account's own slowing is tested below
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, clinic_editor.username, "faux", SOURCE)

    same_source = sign_in(client, clinic_editor.username, PASSWORD, SOURCE)
    other_account = sign_in(client, "autre@example.org", "faux", SOURCE)
    other_source = sign_in(client, clinic_editor.username, PASSWORD, ELSEWHERE)

    assert same_source.status_code == 429
    assert heading(same_source) == ["Trop de tentatives de connexion"]
    assert other_account.status_code == 200
    assert other_source.status_code == 302


def test_an_account_failed_from_everywhere_is_slowed_and_the_right_password_works_after_the_wait(
    client, clinic_editor, settings
):
    settings.SIGN_IN_ACCOUNT_WAIT_SECONDS = 2
    for number in range(settings.SIGN_IN_ACCOUNT_SLOW_AFTER):
        failed = sign_in(client, clinic_editor.username, "faux", f"203.0.113.{number + 1}")
        assert failed.status_code == 200
    failures = sum(AccessAttempt.objects.values_list("failures_since_start", flat=True))

    slowed = sign_in(client, clinic_editor.username, PASSWORD, ELSEWHERE)

    assert slowed.status_code == 429
    wait = int(slowed["Retry-After"])
    assert 1 <= wait <= 2
    assert "Patientez" in text(soup_of(slowed).main)
    assert f"{wait} seconde" in text(soup_of(slowed).main)
    # A refused attempt is not a failure: it neither counts nor makes the wait longer.
    assert sum(AccessAttempt.objects.values_list("failures_since_start", flat=True)) == failures
    assert sign_in(client, "autre@example.org", "faux", ELSEWHERE).status_code == 200
    time.sleep(wait)
    accepted = sign_in(client, clinic_editor.username, PASSWORD, ELSEWHERE)
    assert accepted.status_code == 302
    assert client.session[SESSION_KEY] == str(clinic_editor.pk)


def test_wrong_passwords_are_counted_without_regard_to_case_or_spaces(
    client, clinic_editor, settings
):
    settings.SIGN_IN_ACCOUNT_SLOW_AFTER = 1000
    for number in range(settings.AXES_FAILURE_LIMIT):
        typed = clinic_editor.username.upper() if number % 2 else f" {clinic_editor.username} "
        sign_in(client, typed, "faux", SOURCE)

    assert sign_in(client, clinic_editor.username, PASSWORD, SOURCE).status_code == 429


def test_the_admin_sign_in_is_limited_like_the_workspace(client, django_user_model, settings):
    django_user_model.objects.create_superuser("editrice", "e@portail.example", PASSWORD)
    for number in range(settings.SIGN_IN_SOURCE_FAILURE_LIMIT):
        client.post(
            "/admin/login/", {"username": f"essai-{number}", "password": "x"}, REMOTE_ADDR=SOURCE
        )

    refused = client.post(
        "/admin/login/", {"username": "editrice", "password": PASSWORD}, REMOTE_ADDR=SOURCE
    )

    assert refused.status_code == 429
    assert refused["Retry-After"]
    assert SESSION_KEY not in client.session


def test_a_refusal_is_logged_with_the_username_escaped_and_never_the_password(
    client, caplog, settings
):
    username = "intrus\r\nFAUX: connexion réussie"
    for _ in range(settings.SIGN_IN_ACCOUNT_SLOW_AFTER):
        sign_in(client, username, "mot de passe essayé", SOURCE)

    with caplog.at_level(logging.WARNING, logger="content.security"):
        sign_in(client, username, "mot de passe essayé", SOURCE)

    (record,) = [r for r in caplog.records if r.name == "content.security"]
    line = record.getMessage()
    assert "\n" not in line and "\r" not in line
    assert "intrus\\r\\nfaux: connexion réussie" in line
    assert "mot de passe essayé" not in line
    assert SOURCE not in line and "192.0.2.0/24" in line


def test_reset_requests_past_three_for_one_account_send_nothing_and_answer_as_usual(
    client, clinic_editor, mailoutbox, settings
):
    answers = [
        client.post(
            url("password_reset"), {"email": clinic_editor.email}, REMOTE_ADDR=f"10.0.{n}.1"
        )
        for n in range(settings.PASSWORD_RESET_ACCOUNT_LIMIT + 1)
    ]
    unknown = client.post(url("password_reset"), {"email": "personne@inconnu.example"})

    assert len(mailoutbox) == settings.PASSWORD_RESET_ACCOUNT_LIMIT
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, url("password_reset_done"))}
    assert (unknown.status_code, unknown["Location"]) == (302, url("password_reset_done"))
    done = client.get(answers[-1]["Location"])
    assert "Si cette adresse correspond à un compte" in done.content.decode()


def test_reset_requests_past_twenty_from_one_network_get_a_designed_429(
    client, clinic_editor, mailoutbox, settings
):
    for number in range(settings.PASSWORD_RESET_NETWORK_LIMIT):
        response = client.post(
            url("password_reset"),
            {"email": f"quelquun-{number}@example.org"},
            REMOTE_ADDR=f"192.0.2.{number + 1}",
        )
        assert response.status_code == 302

    refused = client.post(
        url("password_reset"), {"email": clinic_editor.email}, REMOTE_ADDR="192.0.2.200"
    )
    elsewhere = client.post(
        url("password_reset"), {"email": clinic_editor.email}, REMOTE_ADDR=ELSEWHERE
    )

    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert heading(refused) == ["Trop de demandes de lien"]
    assert elsewhere.status_code == 302
    assert [email.to for email in mailoutbox] == [[clinic_editor.email]]
