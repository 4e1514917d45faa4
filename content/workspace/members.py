"""Bringing people into a clinic's workspace: their account, their membership, their invitation."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from content.notices.models import Clinic
from content.vocabulary import MemberRole

from .models import ClinicMembership


def password_reset_days() -> int:
    """How many days a set-password link stays valid (Django's PASSWORD_RESET_TIMEOUT)."""
    return max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 3600))


def member_email_normalize(email: str) -> str:
    """The address as accounts store it (lower case); refuses an invalid address (ValidationError)."""
    email = email.strip().lower()
    validate_email(email)
    return email


@transaction.atomic
def member_onboard(*, clinic: Clinic, email: str, role: str) -> tuple[AbstractBaseUser, bool]:
    """Make the person with this address a member of the clinic with this role.

    Creates the account when missing (username = email, no usable password, no staff flag, no
    permission, no group); an existing account is used as it is. An existing membership takes the
    role given. Returns (user, created): created is True when the person was not yet a member.
    Refuses an invalid address or role (ValidationError).
    """
    email = member_email_normalize(email)
    if role not in MemberRole.values:
        raise ValidationError(f"Unknown role: {role}")
    user_model = get_user_model()
    user = user_model._default_manager.filter(username__iexact=email).first()
    if user is None:
        user = user_model(username=email, email=email, is_staff=False, is_superuser=False)
        user.set_unusable_password()
        user.save()
    elif not user.email:
        user.email = email
        user.save(update_fields=["email"])
    membership, created = ClinicMembership.objects.get_or_create(
        user=user, clinic=clinic, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    return user, created


def member_set_password_url(*, user, language: str, base_url: str) -> str:
    """The absolute address where this user chooses a password, valid until it is used or expires."""
    with translation.override(language):
        path = reverse(
            "workspace:password_set",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return base_url.rstrip("/") + path


def member_invite(*, user, clinic: Clinic, language: str, base_url: str) -> None:
    """Email the member an invitation to the clinic's workspace, in that language.

    A member who has no password yet gets a link to choose one; one who has a password gets the
    sign-in address instead, so that an invitation never resets a working password.
    """
    membership = ClinicMembership.objects.get(user=user, clinic=clinic)
    with translation.override(language):
        context = {
            "clinic": clinic,
            "role": membership.get_role_display(),
            "password_reset_days": password_reset_days(),
            "set_password_url": None,
            "sign_in_url": base_url.rstrip("/") + reverse("workspace:sign_in"),
        }
        if not user.has_usable_password():
            context["set_password_url"] = member_set_password_url(
                user=user, language=language, base_url=base_url
            )
        subject = "".join(
            render_to_string("workspace/email/invitation_subject.txt", context).splitlines()
        )
        body = render_to_string("workspace/email/invitation_body.txt", context)
    send_mail(subject, body, None, [user.email])


def clinic_onboard(
    *, slug: str, name: str, kind: str, street_address: str, postcode: str, city: str
) -> tuple[Clinic, bool]:
    """The clinic with this slug, created as an unpublished draft when missing: (clinic, created).

    Refuses incomplete or invalid identity (ValidationError, by field). An existing clinic is
    returned as it is: its editors own its content.
    """
    clinic = Clinic.objects.filter(slug=slug).first()
    if clinic is not None:
        return clinic, False
    clinic = Clinic(
        slug=slug,
        name=name,
        kind=kind,
        street_address=street_address,
        postcode=postcode,
        city=city,
        live=False,
    )
    clinic.full_clean()
    clinic.save()
    clinic.save_revision()
    return clinic, True


# The team page's steps in the clinic's history (Wagtail's audit log).
MEMBER_INVITE_ACTION = "content.member.invite"
MEMBER_REMOVE_ACTION = "content.member.remove"


def member_add(
    *, clinic: Clinic, email: str, role: str, by, language: str, base_url: str
) -> AbstractBaseUser:
    """A colleague invited by a member: their membership, the audit log, then (once committed) the
    invitation email in `language`. Returns the colleague's account.

    Refuses (ValidationError on "email") an invalid address and one that is already a member of the
    clinic: an invitation never changes a colleague's role.
    """
    try:
        email = member_email_normalize(email)
    except ValidationError as error:
        raise ValidationError(
            {"email": _("Saisissez une adresse e-mail complète, par exemple nom@exemple.fr.")}
        ) from error
    already = ClinicMembership.objects.filter(clinic=clinic).filter(
        models.Q(user__username__iexact=email) | models.Q(user__email__iexact=email)
    )
    if already.exists():
        raise ValidationError(
            {"email": _("Cette personne est déjà membre de la structure.")}, code="member"
        )
    with transaction.atomic():
        user, _created = member_onboard(clinic=clinic, email=email, role=role)
        log(
            instance=clinic,
            action=MEMBER_INVITE_ACTION,
            user=by,
            data={"member": user.pk, "role": role},
        )
        transaction.on_commit(
            lambda: member_invite(user=user, clinic=clinic, language=language, base_url=base_url),
            robust=True,
        )
    return user


@transaction.atomic
def member_remove(*, clinic: Clinic, removed: ClinicMembership, by) -> None:
    """Take a colleague out of the clinic's workspace (their account stays), in the audit log.

    Refuses (ValidationError) the clinic's last medical reviewer, who alone can publish, and its
    last editor, who alone can invite; and a membership of another clinic (PermissionDenied).
    """
    if removed.clinic_id != clinic.pk:
        raise PermissionDenied
    # Two editors removing each other at once must not leave the clinic with none: lock the team.
    roles = list(
        ClinicMembership.objects.select_for_update()
        .filter(clinic=clinic)
        .values_list("role", flat=True)
    )
    if removed.role == MemberRole.REVIEWER and roles.count(MemberRole.REVIEWER) <= 1:
        raise ValidationError(
            _(
                "C’est le dernier relecteur médical de la structure : sans lui, plus aucune "
                "notice ne peut être publiée. Invitez d’abord un autre relecteur."
            ),
            code="last_reviewer",
        )
    if removed.role == MemberRole.EDITOR and roles.count(MemberRole.EDITOR) <= 1:
        raise ValidationError(
            _(
                "C’est le dernier rédacteur de la structure : sans lui, plus personne ne peut "
                "modifier la notice ni inviter. Invitez d’abord un autre rédacteur."
            ),
            code="last_editor",
        )
    log(
        instance=clinic,
        action=MEMBER_REMOVE_ACTION,
        user=by,
        data={"member": removed.user_id, "role": removed.role},
    )
    removed.delete()
