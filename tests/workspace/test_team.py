"""The team page: editors and reviewers see who works on the clinic; editors invite colleagues
(editor, medical reviewer, clinician) and remove them; the last reviewer and the last editor stay;
another clinic's team is unknown (404) and a clinician is refused (403)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from content.notices.models import Clinic
from content.vocabulary import MemberRole
from content.workspace.members import MEMBER_INVITE_ACTION, MEMBER_REMOVE_ACTION
from content.workspace.models import ClinicMembership
from tests.factories import member, published_clinic
from tests.workspace.helpers import sign_in_verified, soup_of, text, url

pytestmark = pytest.mark.django_db


def remove_url(clinic: Clinic, membership: ClinicMembership, language: str = "fr") -> str:
    with translation.override(language):
        return reverse("workspace:team_remove", args=[clinic.pk, membership.pk])


def membership_of(user, clinic: Clinic) -> ClinicMembership:
    return ClinicMembership.objects.get(user=user, clinic=clinic)


def logged(clinic: Clinic, action: str) -> list[ModelLogEntry]:
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Clinic),
            object_id=str(clinic.pk),
            action=action,
        )
    )


def test_reviewer_sees_the_team_but_no_invitation_form(as_reviewer, clinic, editor, reviewer):
    response = as_reviewer.get(url("team", clinic))

    assert response.status_code == 200
    page = soup_of(response)
    members = text(page.select_one(".team-list"))
    assert editor.email in members and reviewer.email in members
    assert page.find("input", attrs={"name": "email"}) is None
    assert "Seuls les rédacteurs" in text(page)


def test_reviewer_cannot_invite(as_reviewer, clinic, reviewer):
    response = as_reviewer.post(
        url("team", clinic), {"email": "x@cabinet.example", "role": MemberRole.EDITOR}
    )

    assert response.status_code == 403
    assert not ClinicMembership.objects.filter(user__email="x@cabinet.example").exists()


def test_clinician_is_refused_the_team_page(client, clinic):
    clinician = member(clinic, MemberRole.CLINICIAN)
    sign_in_verified(client, clinician)

    assert client.get(url("team", clinic)).status_code == 403


def test_another_clinics_team_is_unknown(as_editor, clinic):
    other = published_clinic(uses=1)
    colleague = member(other, MemberRole.REVIEWER)

    assert as_editor.get(url("team", other)).status_code == 404
    other_membership = membership_of(colleague, other)
    assert as_editor.get(remove_url(other, other_membership)).status_code == 404
    # Another clinic's membership through one's own clinic's address: unknown too.
    assert as_editor.post(remove_url(clinic, other_membership)).status_code == 404
    assert ClinicMembership.objects.filter(pk=other_membership.pk).exists()


def test_editor_invites_a_colleague_who_receives_the_invitation(
    as_editor, clinic, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_editor.post(
            url("team", clinic),
            {"email": "Nouvelle.Relectrice@Cabinet.example", "role": MemberRole.REVIEWER},
            follow=True,
        )

    assert response.status_code == 200
    assert "Invitation envoyée à nouvelle.relectrice@cabinet.example" in text(soup_of(response))
    invited = ClinicMembership.objects.get(
        clinic=clinic, user__email="nouvelle.relectrice@cabinet.example"
    )
    assert invited.role == MemberRole.REVIEWER
    (invitation,) = mail.outbox
    assert invitation.to == ["nouvelle.relectrice@cabinet.example"]
    assert clinic.name in invitation.body
    (entry,) = logged(clinic, MEMBER_INVITE_ACTION)
    assert entry.user == editor
    assert entry.data == {"member": invited.user_id, "role": MemberRole.REVIEWER}


@pytest.mark.parametrize(
    ("language", "error"),
    [
        ("fr", "Cette personne est déjà membre de la structure."),
        ("en", "This person is already a member of the care provider."),
    ],
)
def test_inviting_a_member_again_shows_an_error_next_to_the_address(
    as_editor, clinic, reviewer, language, error
):
    response = as_editor.post(
        url("team", clinic, language), {"email": reviewer.email.upper(), "role": MemberRole.EDITOR}
    )

    assert response.status_code == 400
    page = soup_of(response)
    assert error in text(page.find(id="id_email_error"))
    assert page.find(id="id_email")["value"] == reviewer.email.upper()
    assert page.find(id="id_role_0").has_attr("checked")
    assert membership_of(reviewer, clinic).role == MemberRole.REVIEWER
    assert mail.outbox == []


def test_invitation_without_address_or_role_shows_both_errors(as_editor, clinic):
    response = as_editor.post(url("team", clinic), {"email": "", "role": ""})

    assert response.status_code == 400
    page = soup_of(response)
    assert "Écrivez l’adresse e-mail de votre collègue." in text(page.find(id="id_email_error"))
    assert "Choisissez le rôle de votre collègue." in text(page.find(id="id_role_error"))


def test_editor_removes_a_colleague_after_confirming(as_editor, clinic, editor, reviewer):
    colleague = member(clinic, MemberRole.CLINICIAN)
    removed = membership_of(colleague, clinic)

    confirm = as_editor.get(remove_url(clinic, removed))
    assert confirm.status_code == 200
    assert soup_of(confirm).find("button", string="Retirer de l’équipe") is not None
    assert ClinicMembership.objects.filter(pk=removed.pk).exists()

    response = as_editor.post(remove_url(clinic, removed), follow=True)

    assert "ne fait plus partie de l’équipe" in text(soup_of(response))
    assert not ClinicMembership.objects.filter(pk=removed.pk).exists()
    (entry,) = logged(clinic, MEMBER_REMOVE_ACTION)
    assert entry.user == editor
    assert entry.data == {"member": colleague.pk, "role": MemberRole.CLINICIAN}


def test_last_reviewer_cannot_be_removed(as_editor, clinic, reviewer):
    response = as_editor.post(remove_url(clinic, membership_of(reviewer, clinic)))

    assert response.status_code == 409
    assert "C’est le dernier relecteur médical de la structure" in text(soup_of(response))
    assert ClinicMembership.objects.filter(user=reviewer, clinic=clinic).exists()


def test_one_of_two_reviewers_can_be_removed(as_editor, clinic, reviewer):
    member(clinic, MemberRole.REVIEWER)

    as_editor.post(remove_url(clinic, membership_of(reviewer, clinic)))

    assert not ClinicMembership.objects.filter(user=reviewer, clinic=clinic).exists()


def test_last_editor_cannot_remove_themselves(as_editor, clinic, editor):
    response = as_editor.post(remove_url(clinic, membership_of(editor, clinic)))

    assert response.status_code == 409
    assert "C’est le dernier rédacteur de la structure" in text(soup_of(response))
    assert ClinicMembership.objects.filter(user=editor, clinic=clinic).exists()


def test_editor_may_leave_when_another_editor_stays(as_editor, clinic, editor):
    member(clinic, MemberRole.EDITOR)

    response = as_editor.post(remove_url(clinic, membership_of(editor, clinic)))

    assert response.status_code == 302
    assert response["Location"] == url("dashboard")
    assert not ClinicMembership.objects.filter(user=editor, clinic=clinic).exists()


def test_reviewer_cannot_remove_anyone(as_reviewer, clinic, editor):
    response = as_reviewer.post(remove_url(clinic, membership_of(editor, clinic)))

    assert response.status_code == 403
    assert ClinicMembership.objects.filter(user=editor, clinic=clinic).exists()


def test_clinic_page_links_to_the_team(as_editor, clinic):
    page = soup_of(as_editor.get(url("clinic", clinic)))

    assert page.find("a", href=url("team", clinic)) is not None


def test_a_clinic_sends_ten_invitations_an_hour_then_is_told_to_wait(as_editor, clinic):
    from django.core.cache import cache

    cache.clear()
    for number in range(10):
        sent = as_editor.post(
            url("team", clinic),
            {"email": f"collegue{number}@cabinet.example.org", "role": "clinician"},
        )
        assert sent.status_code == 303

    refused = as_editor.post(
        url("team", clinic), {"email": "onzieme@cabinet.example.org", "role": "clinician"}
    )

    assert refused.status_code == 400
    page = soup_of(refused)
    assert "réessayez demain" in text(page.find(id="id_email_error"))
    assert page.find(id="id_email")["value"] == "onzieme@cabinet.example.org"
    assert not clinic.memberships.filter(user__email="onzieme@cabinet.example.org").exists()
