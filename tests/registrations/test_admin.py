"""Portal editors decide on confirmed requests in the Wagtail admin: accepting creates the draft
clinic, the requester's editor membership and the invitation; refusing emails the reason."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from content.notices.models import Clinic
from content.registrations.models import RegistrationRequest
from content.registrations.services import clinic_slug_free, registration_token_digest
from content.vocabulary import ClinicKind, MemberRole
from content.workspace.models import ClinicMembership
from tests.factories import ClinicFactory
from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_content_registrationrequest:list"
DECIDE_URL = "wagtailsnippets_content_registrationrequest:decide"


def pending(**overrides) -> RegistrationRequest:
    fields = {
        "name": "Maison de santé des Ormeaux",
        "kind": ClinicKind.HEALTH_CENTRE,
        "street_address": "12 avenue des Ormeaux",
        "postcode": "44000",
        "city": "Nantes",
        "requester_name": "Karim Benali",
        "requester_email": "karim.benali@ormeaux.example",
        "requester_role": "coordinateur",
        "language": "fr",
        "status": RegistrationRequest.Status.PENDING,
        "confirmed_at": timezone.now(),
        "token_digest": registration_token_digest(f"secret-{overrides.get('name', 'o')}"),
    }
    fields.update(overrides)
    return RegistrationRequest.objects.create(**fields)


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def test_listing_shows_requests_and_filters_them_by_state(admin_client):
    waiting = pending()
    pending(name="Cabinet refusé", status=RegistrationRequest.Status.REFUSED)

    response = admin_client.get(reverse(LIST_URL), {"status": "pending"})

    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html5lib")
    names = [text(link) for link in page.select("table a")]
    assert waiting.name in names
    assert "Cabinet refusé" not in names
    assert page.find("a", href=reverse(DECIDE_URL, args=[waiting.pk])) is not None


def test_accepting_creates_the_draft_clinic_its_editor_and_sends_the_invitation(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    registration = pending()
    ClinicFactory(slug="maison-de-sante-des-ormeaux")

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse(DECIDE_URL, args=[registration.pk]), {"decision": "accept"}
        )

    assert response.status_code == 302
    clinic = Clinic.objects.get(slug="maison-de-sante-des-ormeaux-2")
    assert clinic.name == "Maison de santé des Ormeaux"
    assert clinic.live is False
    assert (clinic.postcode, clinic.city, clinic.kind) == ("44000", "Nantes", "health_centre")
    membership = ClinicMembership.objects.get(clinic=clinic)
    assert membership.role == MemberRole.EDITOR
    assert membership.user.email == "karim.benali@ormeaux.example"
    registration.refresh_from_db()
    assert registration.status == RegistrationRequest.Status.ACCEPTED
    assert (registration.clinic, registration.decided_by) == (clinic, admin_user)
    assert registration.decided_at is not None
    (invitation,) = mail.outbox
    assert invitation.to == ["karim.benali@ormeaux.example"]
    assert "Maison de santé des Ormeaux" in invitation.body
    assert "/fr/workspace/" in invitation.body


def test_a_request_is_decided_once(admin_client, django_capture_on_commit_callbacks):
    registration = pending()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse(DECIDE_URL, args=[registration.pk]), {"decision": "accept"})

    response = admin_client.post(
        reverse(DECIDE_URL, args=[registration.pk]),
        {"decision": "refuse", "reason": "Non."},
        follow=True,
    )

    assert "n’attend plus de décision" in response.content.decode()
    assert Clinic.objects.filter(name=registration.name).count() == 1
    registration.refresh_from_db()
    assert registration.status == RegistrationRequest.Status.ACCEPTED


def test_refusing_asks_for_the_reason_next_to_its_field(admin_client):
    registration = pending()

    response = admin_client.post(
        reverse(DECIDE_URL, args=[registration.pk]), {"decision": "refuse", "reason": "  "}
    )

    assert response.status_code == 400
    assert "Écrivez la raison du refus" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationRequest.Status.PENDING
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", "ne peut pas l’accepter"), ("en", "cannot accept it")],
)
def test_refusing_emails_the_reason_in_the_requesters_language(admin_client, language, words):
    registration = pending(language=language)
    reason = "Nous ne trouvons aucune structure de soins à cette adresse."

    admin_client.post(
        reverse(DECIDE_URL, args=[registration.pk]), {"decision": "refuse", "reason": reason}
    )

    registration.refresh_from_db()
    assert registration.status == RegistrationRequest.Status.REFUSED
    assert registration.refusal_reason == reason
    (email,) = mail.outbox
    assert email.to == ["karim.benali@ormeaux.example"]
    assert reason in email.body
    assert words in email.body
    assert f"/{language}/register/" in email.body
    assert not Clinic.objects.filter(name=registration.name).exists()


def test_unconfirmed_request_offers_no_decision(admin_client):
    registration = pending(status=RegistrationRequest.Status.UNCONFIRMED, confirmed_at=None)

    response = admin_client.get(reverse(DECIDE_URL, args=[registration.pk]))

    assert response.status_code == 200
    assert 'name="decision"' not in response.content.decode()


def test_only_users_who_may_change_requests_see_them(client):
    registration = pending()
    user = get_user_model().objects.create_user("redacteur@portail.example", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in_verified(client, user)

    assert client.get(reverse(DECIDE_URL, args=[registration.pk])).status_code in (302, 403)
    assert client.get(reverse(LIST_URL)).status_code in (302, 403)

    group = Group.objects.create(name="Équipe du portail (test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_registrationrequest"),
    )
    user.user_permissions.clear()
    user.groups.add(group)
    user = get_user_model().objects.get(pk=user.pk)
    sign_in_verified(client, user)
    assert client.get(reverse(DECIDE_URL, args=[registration.pk])).status_code == 200
    assert client.get(reverse(LIST_URL)).status_code == 200


def test_nobody_adds_a_request_by_hand(admin_client):
    response = admin_client.get(reverse("wagtailsnippets_content_registrationrequest:add"))
    assert response.status_code in (302, 403)


def test_slug_of_a_new_clinic_avoids_taken_and_reserved_addresses():
    ClinicFactory(slug="cabinet-du-parc")
    ClinicFactory(slug="cabinet-du-parc-2")

    assert clinic_slug_free("Cabinet du Parc") == "cabinet-du-parc-3"
    assert clinic_slug_free("Systems") == "systems-2"
    assert clinic_slug_free("!!!") == "structure"
    assert len(clinic_slug_free("x" * 200)) <= 80
