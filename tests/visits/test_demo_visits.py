"""The demo's visit cards: each demo clinic's usual sets, one card per set, and a clinician account."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from content.demo.members import DEMO_MEMBERS
from content.demo.visits import DEMO_VISITS, demo_visits_load
from content.notices.models import Clinic
from content.visits.cards import card_expired, visit_card_read
from content.visits.codes import code_read
from content.visits.models import VisitCard, VisitSet
from content.vocabulary import MemberRole
from content.workspace.models import ClinicMembership
from content.workspace.two_factor import second_factor_required
from tests.workspace.helpers import url

pytestmark = pytest.mark.django_db

DEMO_CLINICS = {
    "cabinet-medical-des-tilleuls",
    "centre-imagerie-du-parc",
    "urgences-ch-vernouillac",
}


def test_every_demo_clinic_has_usual_sets_and_one_card_per_set():
    assert {visit.clinic_slug for visit in DEMO_VISITS} == DEMO_CLINICS
    for visit in DEMO_VISITS:
        usual = VisitSet.objects.get(clinic__slug=visit.clinic_slug, name=visit.set_name)
        assert usual.use_keys == list(visit.use_keys)
        card = VisitCard.objects.get(code=visit.code)
        assert card.clinic_id == usual.clinic_id
        assert [str(use.use_key) for use in card.uses.all()] == list(visit.use_keys)
        assert (card.checker_name, card.checker_role) == (visit.checker_name, visit.checker_role)
    for slug in DEMO_CLINICS:
        clinic = Clinic.objects.get(slug=slug)
        assert clinic.visit_sets.count() == clinic.visit_cards.count() >= 1


def test_the_demo_codes_are_codes_and_answer_with_their_tools_while_not_expired():
    codes = [visit.code for visit in DEMO_VISITS]
    assert len(set(codes)) == len(codes)
    today = timezone.localdate()
    for visit in DEMO_VISITS:
        assert code_read(visit.code.lower().replace("-", " ")) == visit.code
        card = VisitCard.objects.select_related("version").get(code=visit.code)
        assert not card_expired(card)
        assert card.visit_date <= today
        assert timezone.localdate(card.version.published_at) <= card.visit_date
        reading = visit_card_read(card, language="fr")
        assert [tool.use_id for tool in reading.tools] == list(visit.use_keys)
        assert reading.clinic_slug == visit.clinic_slug


def test_loading_the_demo_visits_twice_creates_nothing_new():
    before = (VisitSet.objects.count(), VisitCard.objects.count())

    assert demo_visits_load() == {"visit_sets": 0, "visit_cards": 0}
    assert (VisitSet.objects.count(), VisitCard.objects.count()) == before


def test_outside_the_local_demo_no_visit_card_is_written(settings):
    VisitCard.objects.filter(code__in=[visit.code for visit in DEMO_VISITS]).delete()
    VisitSet.objects.filter(clinic__slug__in=DEMO_CLINICS).delete()
    settings.DEMO_MODE = False

    assert demo_visits_load() == {"visit_sets": 0, "visit_cards": 0}
    assert not VisitCard.objects.filter(code__in=[visit.code for visit in DEMO_VISITS]).exists()


def test_a_missing_demo_card_is_issued_again_with_its_fixed_code():
    VisitCard.objects.filter(code=DEMO_VISITS[0].code).delete()

    assert demo_visits_load() == {"visit_sets": 0, "visit_cards": 1}
    assert VisitCard.objects.get(code=DEMO_VISITS[0].code).clinic.slug == DEMO_VISITS[0].clinic_slug


def test_each_demo_clinic_has_a_clinician_who_signs_in_without_a_second_factor(client):
    clinicians = [member for member in DEMO_MEMBERS if member.role == MemberRole.CLINICIAN]
    assert {member.clinic_slug for member in clinicians} == DEMO_CLINICS
    for clinician in clinicians:
        membership = ClinicMembership.objects.get(user__username=clinician.username)
        assert membership.role == MemberRole.CLINICIAN
        assert membership.clinic.slug == clinician.clinic_slug
        assert not second_factor_required(membership.user)
        assert not membership.user.is_staff and not membership.user.has_perm(
            "wagtailadmin.access_admin"
        )
    first = clinicians[0]
    assert first.username == "soins@tilleuls.example.org"
    assert first.password == "demo-clinic-clinician-2026"

    signed_in = client.post(
        url("sign_in"), {"username": first.username, "password": first.password}
    )

    assert signed_in["Location"] == url("dashboard")


def test_ensure_admin_prints_a_clinicians_demo_login_and_where_to_go():
    output = StringIO()

    call_command("ensure_admin", stdout=output)

    printed = output.getvalue()
    assert "soins@tilleuls.example.org" in printed
    assert "demo-clinic-clinician-2026" in printed
    assert "/fr/workspace/" in printed and "Carte de visite" in printed
    assert get_user_model().objects.filter(username="soins@tilleuls.example.org").exists()
