"""Patient messages are purged after their retention, and the privacy page says how long that is."""

import datetime
import logging
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from content.patient_messages.models import MessageAnswer, PatientMessage
from tests.factories import ConcernCountFactory, MessageAnswerFactory, PatientMessageFactory
from tests.pages import demo_page

pytestmark = pytest.mark.django_db

CANARY_BODY = "Mot témoin Ornithorynque : mon scanner du 3 mars."


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def message(*, created_days_ago: int, closed_days_ago: int | None = None, **fields):
    """A message sent `created_days_ago`, closed `closed_days_ago` (open when None), with one answer."""
    status = PatientMessage.Status.CLOSED if closed_days_ago is not None else "answered"
    sent = PatientMessageFactory(status=status, **fields)
    PatientMessage.objects.filter(pk=sent.pk).update(
        created_at=days_ago(created_days_ago),
        closed_at=days_ago(closed_days_ago) if closed_days_ago is not None else None,
    )
    MessageAnswerFactory(message=sent)
    return sent


def purge() -> str:
    output = StringIO()
    call_command("purge_patient_messages", stdout=output)
    return output.getvalue()


# Retention


def test_purge_deletes_only_messages_closed_longer_ago_than_the_retention(caplog):
    expired = message(created_days_ago=420, closed_days_ago=400, body=CANARY_BODY)
    closed_recently = message(created_days_ago=320, closed_days_ago=300)
    still_open = message(created_days_ago=500)
    never_answered = PatientMessageFactory()
    PatientMessage.objects.filter(pk=never_answered.pk).update(created_at=days_ago(500))

    with caplog.at_level(logging.INFO, logger="content.patient_messages"):
        output = purge()

    assert "1 message(s) deleted." in output
    assert not PatientMessage.objects.filter(pk=expired.pk).exists()
    assert not MessageAnswer.objects.filter(message_id=expired.pk).exists()
    kept = {closed_recently.pk, still_open.pk, never_answered.pk}
    assert set(PatientMessage.objects.filter(pk__in=kept).values_list("pk", flat=True)) == kept
    assert MessageAnswer.objects.filter(message__in=kept).count() == 2
    assert "Patient messages purged: 1 closed before" in caplog.text
    assert "Ornithorynque" not in caplog.text


def test_a_second_purge_deletes_nothing():
    message(created_days_ago=420, closed_days_ago=400)
    kept = message(created_days_ago=320, closed_days_ago=300)
    assert "1 message(s) deleted." in purge()

    assert "0 message(s) deleted." in purge()
    assert PatientMessage.objects.filter(pk=kept.pk).exists()


def test_purge_keeps_the_counts_without_content():
    count = ConcernCountFactory(count=4)
    message(created_days_ago=420, closed_days_ago=400, clinic=count.clinic)

    purge()

    count.refresh_from_db()
    assert count.count == 4


# The privacy page says the rule


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fr",
            [
                "Vos messages aux structures",
                "12 mois après la clôture",
                "détails médicaux",
                "seulement un lien",
                "sans aucun contenu",
            ],
        ),
        (
            "en",
            [
                "Your messages to care providers",
                "12 months after the",
                "medical details",
                "only a link",
                "no content at all",
            ],
        ),
    ],
)
def test_privacy_page_states_how_long_messages_are_kept(client, language, words):
    page = demo_page("page-privacy", language)

    text = client.get(page.url).content.decode().replace("\u00a0", " ")

    for phrase in words:
        assert phrase in text
    assert "Pour l’instant, le portail ne permet pas" not in text
