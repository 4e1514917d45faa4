"""A registration request from its form to the editors' decision: store it, confirm the address,
accept it (the draft clinic, its first editor, the invitation) or refuse it (the reason emailed).

The confirmation link holds a random secret; the portal keeps only its SHA-256, so that a copy of
the database confirms nothing. Unconfirmed requests are deleted after a while (`registrations_purge`).
"""

import datetime
import hashlib
import logging
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from content.notices.models import Clinic, FormerClinicSlug
from content.notices.models.clinics import RESERVED_CLINIC_SLUGS
from content.vocabulary import MemberRole
from content.workspace.members import clinic_onboard, member_invite, member_onboard

from .models import RegistrationRequest

logger = logging.getLogger(__name__)

# How long a confirmation link works, and when an address never confirmed is forgotten.
CONFIRMATION_DAYS = 7
UNCONFIRMED_PURGE_DAYS = 14
SLUG_MAX_LENGTH = 80

# What `registration_confirm` answers.
CONFIRMED = "confirmed"
ALREADY_CONFIRMED = "already-confirmed"
EXPIRED = "expired"
UNKNOWN = "unknown"


def registration_token_digest(secret: str) -> str:
    """The SHA-256 (hex) of a confirmation link's secret: what the database keeps."""
    return hashlib.sha256(secret.encode()).hexdigest()


def _language(registration: RegistrationRequest) -> str:
    languages = {code for code, _name in settings.LANGUAGES}
    return registration.language if registration.language in languages else settings.LANGUAGE_CODE


def registration_confirm_url(*, secret: str, language: str) -> str:
    """The absolute address of the confirmation link, on the portal's public address."""
    with translation.override(language):
        path = reverse("registrations:confirm", args=[secret])
    return settings.PORTAL_PUBLIC_URL.rstrip("/") + path


def _send(*, registration: RegistrationRequest, template: str, context: dict) -> bool:
    with translation.override(_language(registration)):
        context = {"registration": registration, **context}
        subject = "".join(
            render_to_string(f"registrations/email/{template}_subject.txt", context).splitlines()
        )
        body = render_to_string(f"registrations/email/{template}_body.txt", context)
    try:
        send_mail(subject, body, None, [registration.requester_email])
    except OSError:  # smtplib's errors included
        logger.warning("Registration request #%s: %s email not sent.", registration.pk, template)
        return False
    return True


def registration_submit(
    *,
    name: str,
    kind: str,
    street_address: str,
    postcode: str,
    city: str,
    requester_name: str,
    requester_email: str,
    requester_role: str,
    language: str,
    finess: str = "",
    siret: str = "",
) -> tuple[RegistrationRequest, bool]:
    """Store a request, unconfirmed, and email its requester the confirmation link.

    Returns (request, emailed): emailed is False when the mail server refused the email (the
    request is stored all the same; it is deleted unconfirmed after UNCONFIRMED_PURGE_DAYS).
    """
    secret = secrets.token_urlsafe(32)
    registration = RegistrationRequest.objects.create(
        name=name,
        kind=kind,
        street_address=street_address,
        postcode=postcode,
        city=city,
        finess=finess,
        siret=siret,
        requester_name=requester_name,
        requester_email=requester_email.strip().lower(),
        requester_role=requester_role,
        language=language,
        token_digest=registration_token_digest(secret),
    )
    logger.info("Registration request #%s stored, unconfirmed.", registration.pk)
    emailed = _send(
        registration=registration,
        template="confirm",
        context={
            "confirm_url": registration_confirm_url(
                secret=secret, language=_language(registration)
            ),
            "days": CONFIRMATION_DAYS,
        },
    )
    return registration, emailed


def registration_expired(registration: RegistrationRequest, *, now: datetime.datetime) -> bool:
    """Whether an unconfirmed request's link is past its CONFIRMATION_DAYS."""
    return registration.created_at + datetime.timedelta(days=CONFIRMATION_DAYS) < now


@transaction.atomic
def registration_confirm(
    *, secret: str, now: datetime.datetime | None = None
) -> tuple[RegistrationRequest | None, str]:
    """Confirm the address of the request this secret names: it goes to the editors (PENDING).

    Returns (request, outcome): CONFIRMED the first time; ALREADY_CONFIRMED when the link was used
    before (nothing changes); EXPIRED for a link older than CONFIRMATION_DAYS (nothing changes);
    (None, UNKNOWN) for a secret no request holds (mistyped, or purged).
    """
    now = now or timezone.now()
    registration = (
        RegistrationRequest.objects.select_for_update()
        .filter(token_digest=registration_token_digest(secret))
        .first()
    )
    if registration is None:
        return None, UNKNOWN
    if registration.status != RegistrationRequest.Status.UNCONFIRMED:
        return registration, ALREADY_CONFIRMED
    if registration_expired(registration, now=now):
        return registration, EXPIRED
    registration.status = RegistrationRequest.Status.PENDING
    registration.confirmed_at = now
    registration.save(update_fields=["status", "confirmed_at"])
    logger.info("Registration request #%s confirmed.", registration.pk)
    return registration, CONFIRMED


def clinic_slug_free(name: str) -> str:
    """A notice address for a new clinic of this name that no clinic holds and the portal does not
    reserve, nor a clinic once had (its old posters lead there): the slugified name, then -2, -3…
    when taken."""
    base = slugify(name)[:SLUG_MAX_LENGTH].strip("-") or "structure"
    slug, number = base, 1
    while (
        slug in RESERVED_CLINIC_SLUGS
        or Clinic.objects.filter(slug=slug).exists()
        or FormerClinicSlug.objects.filter(slug=slug).exists()
    ):
        number += 1
        suffix = f"-{number}"
        slug = base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
    return slug


def _pending(registration_pk: int) -> RegistrationRequest:
    registration = RegistrationRequest.objects.select_for_update().get(pk=registration_pk)
    if registration.status != RegistrationRequest.Status.PENDING:
        raise ValidationError(
            "Only a confirmed request awaiting a decision can be accepted or refused.",
            code="not_pending",
        )
    return registration


@transaction.atomic
def registration_accept(*, registration: RegistrationRequest, user) -> Clinic:
    """Open the structure's workspace: a draft clinic, the requester as its editor, and (once the
    transaction is committed) the invitation emailed in the requester's language.

    Returns the new clinic. Refuses (ValidationError) a request that is not awaiting a decision
    (unconfirmed, or already decided by someone else), and a clinic identity the clinic model
    refuses.
    """
    registration = _pending(registration.pk)
    try:
        with transaction.atomic():
            clinic, created = clinic_onboard(
                slug=clinic_slug_free(registration.name),
                name=registration.name,
                kind=registration.kind,
                street_address=registration.street_address,
                postcode=registration.postcode,
                city=registration.city,
            )
    except IntegrityError:
        created = False
    if not created:
        # Another structure took the address between the check and the creation (two accepts at
        # once): never hand this requester someone else's clinic.
        raise ValidationError(
            _("Une autre structure vient de prendre cette adresse : acceptez à nouveau."),
            code="slug_taken",
        )
    member, _new = member_onboard(
        clinic=clinic, email=registration.requester_email, role=MemberRole.EDITOR
    )
    registration.status = RegistrationRequest.Status.ACCEPTED
    registration.decided_by = user
    registration.decided_at = timezone.now()
    registration.clinic = clinic
    registration.save(update_fields=["status", "decided_by", "decided_at", "clinic"])
    language = _language(registration)
    transaction.on_commit(
        lambda: member_invite(
            user=member,
            clinic=clinic,
            language=language,
            base_url=settings.WAGTAILADMIN_BASE_URL,
        ),
        robust=True,
    )
    logger.info("Registration request #%s accepted: clinic #%s.", registration.pk, clinic.pk)
    return clinic


@transaction.atomic
def registration_refuse(*, registration: RegistrationRequest, user, reason: str) -> bool:
    """Refuse the request and email the reason to the requester, in their language.

    Returns whether the email left. Refuses (ValidationError) an empty reason and a request that is
    not awaiting a decision.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError("A refusal needs its reason.", code="reason_required")
    registration = _pending(registration.pk)
    registration.status = RegistrationRequest.Status.REFUSED
    registration.decided_by = user
    registration.decided_at = timezone.now()
    registration.refusal_reason = reason
    registration.save(update_fields=["status", "decided_by", "decided_at", "refusal_reason"])
    logger.info("Registration request #%s refused.", registration.pk)
    return _send(
        registration=registration,
        template="refusal",
        context={"register_url": registration_register_url(language=_language(registration))},
    )


def registration_register_url(*, language: str) -> str:
    """The absolute address of the registration form, in this language."""
    with translation.override(language):
        path = reverse("registrations:register")
    return settings.PORTAL_PUBLIC_URL.rstrip("/") + path


def registrations_purge(*, now: datetime.datetime | None = None) -> int:
    """Delete the requests never confirmed within UNCONFIRMED_PURGE_DAYS; count them."""
    now = now or timezone.now()
    limit = now - datetime.timedelta(days=UNCONFIRMED_PURGE_DAYS)
    deleted, _by_model = RegistrationRequest.objects.filter(
        status=RegistrationRequest.Status.UNCONFIRMED, created_at__lt=limit
    ).delete()
    logger.info("Registration requests purged: %s unconfirmed before %s.", deleted, limit.date())
    return deleted
