"""Demo accounts for the clinic workspace: an editor, a reviewer and a clinician for each demo clinic.

Their passwords are printed by the demo and written here, so they exist only in the local demo
(settings.DEMO_MODE); an account that already exists keeps whatever password it has. Medical
reviewers need a second factor: each gets an authenticator app whose code of the moment
`manage.py demo_code <username>` prints. Clinicians, who issue visit cards and nothing else, need
none (content.workspace.two_factor.second_factor_required).
"""

from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.notices.models import Clinic
from content.vocabulary import MemberRole
from content.workspace.models import ClinicMembership


class DemoMember(NamedTuple):
    clinic_slug: str
    role: str
    username: str
    password: str


def _members(clinic_slug: str, domain: str) -> list[DemoMember]:
    return [
        DemoMember(
            clinic_slug, MemberRole.EDITOR, f"redaction@{domain}", "demo-clinic-editor-2026"
        ),
        DemoMember(
            clinic_slug, MemberRole.REVIEWER, f"relecture@{domain}", "demo-clinic-reviewer-2026"
        ),
        DemoMember(
            clinic_slug, MemberRole.CLINICIAN, f"soins@{domain}", "demo-clinic-clinician-2026"
        ),
    ]


DEMO_MEMBERS = [
    *_members("cabinet-medical-des-tilleuls", "tilleuls.example.org"),
    *_members("centre-imagerie-du-parc", "parc.example.org"),
    *_members("urgences-ch-vernouillac", "vernouillac.example.org"),
]


def demo_members_load() -> dict[str, int]:
    """Create the demo accounts and memberships that are missing; count them.

    Creates nothing outside the local demo (settings.DEMO_MODE), nor for a clinic not loaded yet.
    Accounts hold no staff flag, permission or group, like every clinic member.
    """
    created = {"members": 0, "memberships": 0}
    if not settings.DEMO_MODE:
        return created
    clinics = Clinic.objects.in_bulk(
        {member.clinic_slug for member in DEMO_MEMBERS}, field_name="slug"
    )
    user_model = get_user_model()
    for member in DEMO_MEMBERS:
        clinic = clinics.get(member.clinic_slug)
        if clinic is None:
            continue
        user = user_model._default_manager.filter(username=member.username).first()
        if user is None:
            user = user_model._default_manager.create_user(
                username=member.username, email=member.username, password=member.password
            )
            created["members"] += 1
        _, new = ClinicMembership.objects.get_or_create(
            user=user, clinic=clinic, defaults={"role": member.role}
        )
        created["memberships"] += new
        if member.role == MemberRole.REVIEWER:
            demo_second_factor(user)
    return created


def demo_second_factor(user) -> TOTPDevice:
    """The demo account's authenticator app, set up once (local demo only)."""
    if not settings.DEMO_MODE:
        raise RuntimeError("A second factor is set up for the demo accounts only.")
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="demo app", confirmed=True)
    return device
