"""The one gate of the clinic workspace: every URL reaches its clinic through `membership_for`.

Nothing else loads a clinic by id for a member. Clinic members hold no Django or Wagtail permission:
their membership and its role are the permission.
"""

from collections.abc import Collection

from django.core.exceptions import PermissionDenied
from django.http import Http404

from content.vocabulary import MemberRole

from .models import ClinicMembership

EVERY_ROLE = frozenset(MemberRole.values)
# Who works on the notice and its inbox: a clinician issues visit cards and reaches nothing else.
NOTICE_ROLES = frozenset({MemberRole.EDITOR, MemberRole.REVIEWER})
# Who issues visit cards: every member.
VISIT_ROLES = EVERY_ROLE


def membership_for(*, user, clinic_pk, roles: Collection[str] = NOTICE_ROLES) -> ClinicMembership:
    """The user's membership of that clinic, its clinic loaded; the only way views reach a clinic.

    Refuses with 404 when the user is not a member (whether the clinic exists stays unknown), and
    with 403 when the user is a member without one of the roles asked (by default the notice's
    roles, editor and reviewer: a page open to clinicians says so with `roles=VISIT_ROLES`).
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise Http404
    try:
        clinic_pk = int(clinic_pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    if not 0 < clinic_pk < 2**63:
        raise Http404
    membership = (
        ClinicMembership.objects.select_related("clinic")
        .filter(user=user, clinic_id=clinic_pk)
        .first()
    )
    if membership is None:
        raise Http404
    if membership.role not in roles:
        raise PermissionDenied
    return membership


def memberships_of(user) -> list[ClinicMembership]:
    return list(
        ClinicMembership.objects.filter(user=user)
        .select_related("clinic", "clinic__latest_revision", "clinic__live_revision")
        .order_by("clinic__name")
    )
