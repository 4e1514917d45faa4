"""The scheduled emails: each sent once to the right people, with links and nothing a notice says."""

import datetime
import logging
import socket

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils import timezone

from content.notices.models import AISystem, NoticeVersion, SystemRequest
from content.notifications.events import portal_url
from content.notifications.models import NotificationSent
from content.registrations.models import RegistrationRequest
from content.vocabulary import ClinicKind, MemberRole
from content.workspace.models import ClinicMembership
from content.workspace.review import notice_approve, notice_request_changes
from tests.factories import ClinicUserFactory, PatientMessageFactory, member, published_clinic
from tests.workspace.helpers import submitted

pytestmark = pytest.mark.django_db

# Plain short sentences after the witness word: a summary must be easy to read to be submitted.
DRAFT_CANARY = "Mot témoin Ornithorynque du brouillon. Le médecin lit ce que fait l’outil."
NOTE_CANARY = "Note témoin Pangolin au relecteur."
COMMENT_CANARY = "Commentaire témoin Axolotl du relecteur."
PATIENT_CANARY = "Message témoin Tamanoir d’un patient."
CANARIES = (DRAFT_CANARY, NOTE_CANARY, COMMENT_CANARY, PATIENT_CANARY)


@pytest.fixture
def clinic():
    return published_clinic(uses=1)


@pytest.fixture
def team(clinic):
    """An editor, a reviewer, a clinician, and an editor who turned the optional emails off."""
    people = {
        "editor": member(clinic, MemberRole.EDITOR),
        "reviewer": member(clinic, MemberRole.REVIEWER),
        "clinician": member(clinic, MemberRole.CLINICIAN),
        "quiet_editor": member(clinic, MemberRole.EDITOR),
    }
    ClinicMembership.objects.filter(user=people["quiet_editor"]).update(optional_emails=False)
    return people


@pytest.fixture
def portal_editor():
    """A portal editor: a staff account whose group may change registration and catalogue requests."""
    group = Group.objects.create(name="Éditeurs du portail (test)")
    group.permissions.add(
        Permission.objects.get(codename="change_registrationrequest"),
        Permission.objects.get(codename="change_systemrequest"),
    )
    user = ClinicUserFactory(is_staff=True)
    user.groups.add(group)
    return user


def send() -> None:
    call_command("send_notifications", verbosity=0)


def emails_to(user) -> list:
    return [email for email in mail.outbox if user.email in email.to]


def kinds_sent_to(user) -> list[str]:
    return sorted(
        NotificationSent.objects.filter(recipient=user.email).values_list("kind", flat=True)
    )


def membership(user, clinic):
    return ClinicMembership.objects.get(user=user, clinic=clinic)


def version_due(clinic, days_from_today: int) -> NoticeVersion:
    version = NoticeVersion.objects.filter(clinic=clinic).order_by("-number").first()
    version.review_due_on = timezone.localdate() + datetime.timedelta(days=days_from_today)
    version.save(update_fields=["review_due_on"])
    return version


def test_a_submitted_notice_is_emailed_once_to_the_clinics_reviewers_only(clinic, team):
    submitted(clinic, team["editor"])

    send()
    send()

    [email] = emails_to(team["reviewer"])
    assert email.subject == f"Notice à relire\u00a0: {clinic.name} – IA & soins"
    assert portal_url("workspace:notice_review", clinic.pk) in email.body
    assert portal_url("workspace:notice_review", clinic.pk, language="en") in email.body
    assert email.body.startswith("Bonjour,")
    for person in ("editor", "quiet_editor", "clinician"):
        assert emails_to(team[person]) == []


def test_an_approval_is_emailed_once_to_every_editor(clinic, team):
    review = submitted(clinic, team["editor"])
    send()
    mail.outbox.clear()

    notice_approve(
        membership=membership(team["reviewer"], clinic), user=team["reviewer"], review_pk=review.pk
    )
    send()
    send()

    for person in ("editor", "quiet_editor"):
        [email] = emails_to(team[person])
        assert email.subject == f"Notice approuvée et publiée\u00a0: {clinic.name} – IA & soins"
        assert portal_url("workspace:clinic", clinic.pk) in email.body
    assert emails_to(team["reviewer"]) == []
    assert emails_to(team["clinician"]) == []


def test_changes_requested_are_emailed_to_the_editors_without_the_comment(clinic, team):
    review = submitted(clinic, team["editor"])
    notice_request_changes(
        membership=membership(team["reviewer"], clinic),
        user=team["reviewer"],
        review_pk=review.pk,
        comment=COMMENT_CANARY,
    )

    send()
    send()

    for person in ("editor", "quiet_editor"):
        [email] = emails_to(team[person])
        assert email.subject == f"Modifications demandées\u00a0: {clinic.name} – IA & soins"
        assert COMMENT_CANARY not in email.body
    assert emails_to(team["clinician"]) == []


def test_a_review_due_within_30_days_reminds_editors_and_reviewers_who_want_reminders(clinic, team):
    version_due(clinic, 20)

    send()
    send()

    for person in ("editor", "reviewer"):
        [email] = emails_to(team[person])
        assert email.subject == f"Relecture annuelle à prévoir\u00a0: {clinic.name} – IA & soins"
        # An optional email says how to stop it.
        assert portal_url("workspace:email_preferences", clinic.pk) in email.body
    assert emails_to(team["quiet_editor"]) == []
    assert emails_to(team["clinician"]) == []


def test_an_overdue_review_reaches_every_editor_and_reviewer_once_after_its_reminder(clinic, team):
    version = version_due(clinic, 20)
    send()
    version_due(clinic, -1)

    send()
    send()

    for person in ("editor", "reviewer"):
        assert kinds_sent_to(team[person]) == ["review_due_soon", "review_overdue"]
    # The essential email reaches the member who refused the reminders.
    [email] = emails_to(team["quiet_editor"])
    assert email.subject == f"Relecture en retard\u00a0: {clinic.name} – IA & soins"
    assert f"version:{version.pk}" in NotificationSent.objects.filter(
        recipient=team["quiet_editor"].email
    ).values_list("subject_key", flat=True)
    assert emails_to(team["clinician"]) == []


def test_a_review_date_long_past_sends_nothing_on_a_first_run(clinic, team):
    version_due(clinic, -90)

    send()

    for person in team.values():
        assert emails_to(person) == []


def test_a_catalogue_change_under_the_live_notice_is_emailed_to_editors_once_per_change(
    clinic, team
):
    system = AISystem.objects.get(uses__clinic=clinic)
    system.version = "2.0"
    system.save()

    send()
    send()

    [email] = emails_to(team["editor"])
    assert email.subject == f"Changement du catalogue\u00a0: {clinic.name} – IA & soins"
    assert system.name in email.body
    assert "version" in email.body.lower()
    assert emails_to(team["quiet_editor"]) == []
    assert emails_to(team["reviewer"]) == []
    assert emails_to(team["clinician"]) == []


def test_a_confirmed_registration_request_is_emailed_once_to_the_portal_editors(
    portal_editor, team
):
    request = RegistrationRequest.objects.create(
        name="Cabinet témoin Okapi",
        kind=ClinicKind.GP_PRACTICE,
        street_address="2 rue du Test",
        postcode="75011",
        city="Paris",
        requester_name="Dr Okapi",
        requester_email="okapi@cabinet.example",
        requester_role="Médecin",
        status=RegistrationRequest.Status.PENDING,
        token_digest="0" * 64,
        confirmed_at=timezone.now(),
    )
    unconfirmed = RegistrationRequest.objects.create(
        name="Cabinet non confirmé",
        kind=ClinicKind.GP_PRACTICE,
        street_address="3 rue du Test",
        postcode="75011",
        city="Paris",
        requester_name="Dr Zèbre",
        requester_email="zebre@cabinet.example",
        requester_role="Médecin",
        token_digest="1" * 64,
    )

    send()
    send()

    [email] = emails_to(portal_editor)
    assert email.subject == "Demande d’inscription à examiner – IA & soins"
    assert email.body.count(settings.WAGTAILADMIN_BASE_URL) >= 2
    assert "Okapi" not in email.body
    assert kinds_sent_to(portal_editor) == ["registration_requested"]
    assert NotificationSent.objects.filter(subject_key=f"registration:{request.pk}").exists()
    assert not NotificationSent.objects.filter(subject_key=f"registration:{unconfirmed.pk}")
    for person in team.values():
        assert emails_to(person) == []


def test_a_catalogue_request_is_emailed_once_to_the_portal_editors(clinic, team, portal_editor):
    SystemRequest.objects.create(
        clinic=clinic,
        product="Outil témoin Okapi",
        vendor="Éditeur",
        requested_by=team["editor"],
    )

    send()
    send()

    [email] = emails_to(portal_editor)
    assert email.subject == f"Demande d’ajout au catalogue\u00a0: {clinic.name} – IA & soins"
    assert "Okapi" not in email.body
    assert emails_to(team["editor"]) == []


def test_no_email_holds_a_word_of_the_notice_the_review_or_a_patient_message(clinic, team):
    PatientMessageFactory(clinic=clinic, body=PATIENT_CANARY)
    review = submitted(clinic, team["editor"], summary_fr=DRAFT_CANARY)
    review.submit_note = NOTE_CANARY
    review.save(update_fields=["submit_note"])
    send()
    notice_request_changes(
        membership=membership(team["reviewer"], clinic),
        user=team["reviewer"],
        review_pk=review.pk,
        comment=COMMENT_CANARY,
    )
    version_due(clinic, 10)
    send()

    ours = [email for person in team.values() for email in emails_to(person)]
    assert {tuple(email.to) for email in ours} >= {
        (team["reviewer"].email,),
        (team["editor"].email,),
    }
    use_texts = [value for value in clinic.uses.get().__dict__.values() if isinstance(value, str)]
    for email in ours:
        for canary in CANARIES:
            assert canary not in email.body and canary not in email.subject
        for text in use_texts:
            if text.startswith("Texte "):
                assert text not in email.body


def test_a_mail_server_down_loses_nothing_the_next_run_sends_it(clinic, team, caplog):
    submitted(clinic, team["editor"])
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: the server is down
    caplog.set_level(logging.DEBUG)

    with (
        override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_TIMEOUT=1,
        ),
        pytest.raises(CommandError, match="next run"),
    ):
        send()

    assert kinds_sent_to(team["reviewer"]) == []
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "not sent" in logged
    assert team["reviewer"].email not in logged
    assert clinic.name not in logged

    send()

    [email] = emails_to(team["reviewer"])
    assert email.subject == f"Notice à relire\u00a0: {clinic.name} – IA & soins"
    assert kinds_sent_to(team["reviewer"]) == ["review_submitted"]


def test_an_inactive_member_gets_nothing(clinic, team):
    team["reviewer"].is_active = False
    team["reviewer"].save(update_fields=["is_active"])
    submitted(clinic, team["editor"])

    send()

    assert emails_to(team["reviewer"]) == []
