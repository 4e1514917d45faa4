"""The clinic's inbox: members read their patients' messages, answer them by email, and close them."""

import datetime
import logging

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from content.notices.models import Clinic
from content.patient_messages.exchange import message_answer, message_receive
from content.patient_messages.models import MessageAnswer, PatientMessage
from content.vocabulary import MemberRole, MessageKind
from tests.factories import AIUseFactory, ClinicFactory, member, published_clinic
from tests.workspace.helpers import sign_in_verified, soup_of, text

pytestmark = pytest.mark.django_db

ANSWER = "Le compte rendu est toujours relu par le médecin, mot témoin Okapi."
LONG_BODY = (
    "Bonjour, je voudrais savoir si l’enregistrement de ma consultation est gardé, et combien "
    "de temps, mot de la fin Tamanoir."
)


# --- helpers ----------------------------------------------------------------------------------


def inbox_url(clinic: Clinic, language: str = "fr", **query) -> str:
    with translation.override(language):
        path = reverse("workspace:inbox", args=[clinic.pk])
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def message_url(clinic_pk: int, message_pk: int, name: str = "message", language="fr") -> str:
    with translation.override(language):
        return reverse(f"workspace:{name}", args=[clinic_pk, message_pk])


def received(clinic: Clinic, *, days_ago: int = 0, **fields) -> PatientMessage:
    """A message as a patient sends it, dated `days_ago` days back."""
    fields.setdefault("kind", MessageKind.QUESTION)
    fields.setdefault("body", "Qui relit le compte rendu ?")
    message = message_receive(clinic=clinic, **fields)
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    PatientMessage.objects.filter(pk=message.pk).update(created_at=moment, last_activity_at=moment)
    message.refresh_from_db()
    return message


def listed(response) -> list[str]:
    """The links of the inbox's list, in order."""
    return [a["href"] for a in soup_of(response).select("ol.inbox .inbox__title a")]


def main_text(response) -> str:
    return text(soup_of(response).find("main"))


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def other_clinic() -> Clinic:
    return published_clinic(uses=1, name="Clinique voisine")


# --- the list ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [MemberRole.EDITOR, MemberRole.REVIEWER])
def test_members_see_their_clinics_messages_newest_first(client, clinic, other_clinic, role):
    use = clinic.uses.get()
    oldest = received(clinic, days_ago=3, use=use)
    newest = received(clinic, days_ago=0, body=LONG_BODY)
    middle = received(clinic, days_ago=1, kind=MessageKind.DECLINE, use=use)
    received(other_clinic, body="Message de la voisine, mot témoin Ibis.")
    sign_in_verified(client, member(clinic, role))

    response = client.get(inbox_url(clinic))

    assert response.status_code == 200
    assert listed(response) == [message_url(clinic.pk, m.pk) for m in (newest, middle, oldest)]
    items = soup_of(response).select("ol.inbox > li")
    assert use.ai_system.name in text(items[1]) and use.ai_system.name in text(items[2])
    assert "Toute la notice" in text(items[0])
    assert "Refuser l’usage d’un outil" in text(items[1])
    assert "Nouveau" in text(items[0])
    # An excerpt, not the whole message.
    assert LONG_BODY[:40] in text(items[0])
    assert "Tamanoir" not in response.content.decode()
    assert "Ibis" not in response.content.decode()


def test_a_use_still_in_the_draft_is_named_by_its_system(as_editor, clinic, editor):
    draft = clinic.latest_revision.as_object()
    new_use = AIUseFactory.build(clinic=draft)
    new_use.ai_system.save()
    new_use.ai_system_id = new_use.ai_system.pk
    draft.uses.add(new_use)
    draft.save_revision(user=editor)
    message = received(clinic)
    PatientMessage.objects.filter(pk=message.pk).update(use_key=new_use.key)

    response = as_editor.get(inbox_url(clinic))

    assert new_use.ai_system.name in text(soup_of(response).select_one("ol.inbox > li"))


def test_the_status_filter_shows_only_messages_in_that_status(as_editor, clinic):
    new = received(clinic, days_ago=2)
    answered = received(clinic, days_ago=1)
    closed = received(clinic)
    PatientMessage.objects.filter(pk=answered.pk).update(status=PatientMessage.Status.ANSWERED)
    PatientMessage.objects.filter(pk=closed.pk).update(
        status=PatientMessage.Status.CLOSED, closed_at=timezone.now()
    )

    for status, expected in (("new", new), ("answered", answered), ("closed", closed)):
        response = as_editor.get(inbox_url(clinic, status=status))
        assert listed(response) == [message_url(clinic.pk, expected.pk)], status
        current = soup_of(response).select_one(".inbox-filters a[aria-current=page]")
        assert current["href"].endswith(f"?status={status}")


@pytest.mark.parametrize("value", ["everything", "NEW", "", "new'--", "closed%00"])
def test_a_bad_filter_value_is_ignored(as_editor, clinic, value):
    messages = [received(clinic, days_ago=n) for n in range(3)]

    response = as_editor.get(inbox_url(clinic, status=value))

    assert response.status_code == 200
    assert listed(response) == [message_url(clinic.pk, m.pk) for m in messages]


def test_a_long_inbox_is_paged_and_the_pages_keep_the_filter(as_editor, clinic):
    messages = [received(clinic, days_ago=n) for n in range(52)]

    first = as_editor.get(inbox_url(clinic, status="new"))
    older = soup_of(first).select_one(".pagination a")
    second = as_editor.get(inbox_url(clinic) + older["href"])
    mangled = as_editor.get(inbox_url(clinic, status="new", page="dix"))

    assert listed(first) == [message_url(clinic.pk, m.pk) for m in messages[:50]]
    assert older["href"] == "?status=new&page=2"
    assert listed(second) == [message_url(clinic.pk, m.pk) for m in messages[50:]]
    assert listed(mangled) == listed(first)


def test_an_empty_inbox_says_so(as_editor, clinic):
    response = as_editor.get(inbox_url(clinic))

    assert response.status_code == 200
    assert "Aucun message pour le moment" in main_text(response)


def test_the_inbox_costs_the_same_queries_for_2_or_20_messages(as_editor, clinic):
    use = clinic.uses.get()
    for _ in range(2):
        received(clinic, use=use)
    as_editor.get(inbox_url(clinic))  # the site's frame is read once, then kept
    with CaptureQueriesContext(connection) as few:
        as_editor.get(inbox_url(clinic))
    for _ in range(18):
        received(clinic, use=use)
    with CaptureQueriesContext(connection) as many:
        response = as_editor.get(inbox_url(clinic))

    assert len(listed(response)) == 20
    assert len(many.captured_queries) == len(few.captured_queries)


# --- one message ------------------------------------------------------------------------------


def test_a_message_shows_who_wrote_what_and_the_answers_with_author_and_date(
    as_editor, clinic, editor
):
    message = received(clinic, body=LONG_BODY, name="Camille Patient", email="camille@example.org")
    reviewer = member(clinic, MemberRole.REVIEWER, first_name="Dr", last_name="Relectrice")
    message_answer(clinic=clinic, message=message, user=reviewer, body=ANSWER)

    response = as_editor.get(message_url(clinic.pk, message.pk))

    assert response.status_code == 200
    page = main_text(response)
    assert LONG_BODY in page
    assert "Camille Patient" in page and "camille@example.org" in page
    assert ANSWER in page
    assert "Par Dr Relectrice, le" in page
    assert "Répondu" in page


def test_an_anonymous_message_says_the_patient_asked_for_no_answer(as_editor, clinic):
    message = received(clinic)

    page = main_text(as_editor.get(message_url(clinic.pk, message.pk)))

    assert "Patient anonyme" in page
    assert "ne la recevra pas" in page


# --- answering --------------------------------------------------------------------------------


def test_an_answer_is_stored_and_emailed_to_the_patient(as_editor, clinic, editor):
    message = received(clinic, name="Camille", email="camille@example.org")

    response = as_editor.post(message_url(clinic.pk, message.pk), {"body": ANSWER})

    assert response.status_code == 302
    assert response["Location"] == message_url(clinic.pk, message.pk)
    answer = MessageAnswer.objects.get(message=message)
    assert (answer.author, answer.body) == (editor, ANSWER)
    message.refresh_from_db()
    assert message.status == PatientMessage.Status.ANSWERED
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["camille@example.org"]
    assert ANSWER in email.body
    assert clinic.name in email.subject and clinic.name in email.body
    assert "Bonjour Camille," in email.body
    page = main_text(as_editor.get(response["Location"]))
    assert "envoyée au patient par courriel" in page
    assert ANSWER in page


def test_the_answer_email_is_in_the_patients_language(as_editor, clinic):
    message = received(clinic, email="sam@example.org", language="en")

    as_editor.post(message_url(clinic.pk, message.pk), {"body": ANSWER})

    email = mail.outbox[0]
    assert email.subject.startswith("Reply from")
    assert "You wrote to" in email.body
    assert ANSWER in email.body


def test_no_email_is_sent_when_the_patient_left_no_address(as_editor, clinic):
    message = received(clinic)

    response = as_editor.post(message_url(clinic.pk, message.pk), {"body": ANSWER}, follow=True)

    assert MessageAnswer.objects.filter(message=message).count() == 1
    assert mail.outbox == []
    assert "n’a pas laissé d’adresse" in main_text(response)


def test_a_mail_server_failure_keeps_the_answer_and_says_the_email_did_not_leave(
    as_editor, clinic, monkeypatch
):
    message = received(clinic, email="camille@example.org")

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("content.patient_messages.emails.send_mail", refuse)
    response = as_editor.post(message_url(clinic.pk, message.pk), {"body": ANSWER}, follow=True)

    assert response.status_code == 200
    assert MessageAnswer.objects.filter(message=message).count() == 1
    assert "n’a pas pu partir" in main_text(response)


def test_the_logs_hold_no_content_of_the_message_or_the_answer(as_editor, clinic, caplog):
    message = received(clinic, body=LONG_BODY, name="Camille", email="camille@example.org")
    caplog.set_level(logging.DEBUG)

    as_editor.post(message_url(clinic.pk, message.pk), {"body": ANSWER})
    as_editor.post(message_url(clinic.pk, message.pk, "message_close"))

    assert mail.outbox
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"#{message.pk}" in logged
    for private in ("Okapi", "Tamanoir", "Camille", "camille@example.org"):
        assert private not in logged


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_an_empty_answer_is_refused_next_to_the_field_and_nothing_is_stored(
    as_editor, clinic, body
):
    message = received(clinic, email="camille@example.org")

    response = as_editor.post(message_url(clinic.pk, message.pk), {"body": body})

    assert response.status_code == 400
    soup = soup_of(response)
    assert [a["href"] for a in soup.select(".error-summary a")] == ["#id_body"]
    assert "Écrivez votre réponse" in text(soup.find(id="id_body-error"))
    textarea = soup.find(id="id_body")
    assert textarea.get("aria-invalid") == "true"
    assert "id_body-error" in textarea["aria-describedby"].split()
    assert not MessageAnswer.objects.exists()
    assert mail.outbox == []
    message.refresh_from_db()
    assert message.status == PatientMessage.Status.NEW


def test_a_too_long_answer_is_refused_and_the_typed_text_kept(as_editor, clinic):
    message = received(clinic)
    typed = "Mot témoin Zébu. " + "x" * 4000

    response = as_editor.post(message_url(clinic.pk, message.pk), {"body": typed})

    assert response.status_code == 400
    assert soup_of(response).find(id="id_body").get_text() == typed
    assert "4000" in text(soup_of(response).find(id="id_body-error"))
    assert not MessageAnswer.objects.exists()


def test_answering_a_closed_message_reopens_it_as_answered(as_editor, clinic):
    message = received(clinic)
    PatientMessage.objects.filter(pk=message.pk).update(
        status=PatientMessage.Status.CLOSED, closed_at=timezone.now()
    )
    assert "y répondre le rouvre" in main_text(as_editor.get(message_url(clinic.pk, message.pk)))

    as_editor.post(message_url(clinic.pk, message.pk), {"body": ANSWER})

    message.refresh_from_db()
    assert message.status == PatientMessage.Status.ANSWERED
    assert message.closed_at is None


# --- closing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [MemberRole.EDITOR, MemberRole.REVIEWER])
def test_closing_sets_the_status_and_the_date(client, clinic, role):
    message = received(clinic)
    sign_in_verified(client, member(clinic, role))

    response = client.post(message_url(clinic.pk, message.pk, "message_close"))

    assert response.status_code == 302
    assert response["Location"] == inbox_url(clinic)
    message.refresh_from_db()
    assert message.status == PatientMessage.Status.CLOSED
    assert message.closed_at is not None
    assert "Échange clos" in main_text(client.get(response["Location"]))


def test_closing_again_does_not_restart_the_retention_period(as_editor, clinic):
    message = received(clinic)
    closed_at = timezone.now() - datetime.timedelta(days=30)
    PatientMessage.objects.filter(pk=message.pk).update(status="closed", closed_at=closed_at)

    as_editor.post(message_url(clinic.pk, message.pk, "message_close"))

    message.refresh_from_db()
    assert message.closed_at == closed_at


def test_closing_needs_a_post(as_editor, clinic):
    message = received(clinic)

    response = as_editor.get(message_url(clinic.pk, message.pk, "message_close"))

    assert response.status_code == 405
    message.refresh_from_db()
    assert message.status == PatientMessage.Status.NEW


# --- who may see what -------------------------------------------------------------------------


def test_a_message_of_another_clinic_is_404_under_either_clinic(as_editor, clinic, other_clinic):
    theirs = received(other_clinic, body="Message de la voisine, mot témoin Ibis.")
    paths = [
        message_url(clinic.pk, theirs.pk),
        message_url(other_clinic.pk, theirs.pk),
    ]

    for path in paths:
        response = as_editor.get(path)
        assert response.status_code == 404, path
        assert "Ibis" not in response.content.decode()
        assert as_editor.post(path, {"body": ANSWER}).status_code == 404, path
        close = path + "close/"
        assert as_editor.post(close).status_code == 404, close

    theirs.refresh_from_db()
    assert theirs.status == PatientMessage.Status.NEW
    assert not MessageAnswer.objects.exists()
    assert mail.outbox == []


def test_a_non_member_gets_404_everywhere_in_the_inbox(client, clinic):
    message = received(clinic)
    sign_in_verified(client, member(ClinicFactory(), MemberRole.EDITOR))

    assert client.get(inbox_url(clinic)).status_code == 404
    assert client.get(message_url(clinic.pk, message.pk)).status_code == 404
    assert client.post(message_url(clinic.pk, message.pk), {"body": ANSWER}).status_code == 404
    assert client.post(message_url(clinic.pk, message.pk, "message_close")).status_code == 404
    message.refresh_from_db()
    assert message.status == PatientMessage.Status.NEW


def test_anonymous_visitors_are_sent_to_sign_in(client, clinic):
    message = received(clinic)
    with translation.override("fr"):
        sign_in = reverse("workspace:sign_in")

    for method, path in (
        ("get", inbox_url(clinic)),
        ("get", message_url(clinic.pk, message.pk)),
        ("post", message_url(clinic.pk, message.pk)),
        ("post", message_url(clinic.pk, message.pk, "message_close")),
    ):
        response = getattr(client, method)(path, {"body": ANSWER} if method == "post" else None)
        assert response.status_code == 302, path
        assert response["Location"].startswith(sign_in + "?next="), path
    assert not MessageAnswer.objects.exists()


def test_every_inbox_response_is_never_stored(client, clinic, other_clinic, editor):
    message = received(clinic)
    theirs = received(other_clinic)
    responses = [client.get(inbox_url(clinic))]  # anonymous: redirect to sign-in
    sign_in_verified(client, editor)
    responses += [
        client.get(inbox_url(clinic)),
        client.get(inbox_url(clinic, "en")),
        client.get(message_url(clinic.pk, message.pk)),
        client.post(message_url(clinic.pk, message.pk), {"body": ""}),
        client.post(message_url(clinic.pk, message.pk), {"body": ANSWER}),
        client.get(message_url(clinic.pk, theirs.pk)),
        client.get(inbox_url(other_clinic)),
        client.post(message_url(clinic.pk, message.pk, "message_close")),
        client.get(message_url(clinic.pk, message.pk, "message_close")),
    ]

    assert sorted({r.status_code for r in responses}) == [200, 302, 400, 404, 405]
    for response in responses:
        assert "no-store" in response["Cache-Control"], response


# --- the way in -------------------------------------------------------------------------------


def test_the_dashboard_and_the_clinic_page_count_new_messages_and_link_the_inbox(
    as_editor, clinic, other_clinic
):
    received(clinic)
    received(clinic)
    answered = received(clinic)
    PatientMessage.objects.filter(pk=answered.pk).update(status=PatientMessage.Status.ANSWERED)
    received(other_clinic)
    with translation.override("fr"):
        dashboard = as_editor.get(reverse("workspace:dashboard"))
        overview = as_editor.get(reverse("workspace:clinic", args=[clinic.pk]))

    for response in (dashboard, overview):
        link = soup_of(response).find("a", href=inbox_url(clinic))
        assert link is not None
        assert text(link) == "Messages des patients : 2 nouveaux"


def test_without_new_messages_the_link_says_none_are_new(as_editor, clinic):
    with translation.override("en"):
        response = as_editor.get(reverse("workspace:clinic", args=[clinic.pk]))

    link = soup_of(response).find("a", href=inbox_url(clinic, "en"))
    assert text(link) == "Patient messages (none new)"
