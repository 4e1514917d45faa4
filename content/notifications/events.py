"""What the database calls for, as emails to send: each kind, what it is about, and to whom.

- a notice submitted → the clinic's medical reviewers;
- a review decided (approved, or changes requested) → its editors;
- the yearly review due within 30 days (optional), then overdue → its editors and reviewers;
- a catalogue fact changed under a live notice (optional) → its editors;
- a registration request confirmed, a tool asked for the catalogue → the portal's editors.

Clinicians get none. A member may turn off the optional ones (`ClinicMembership.optional_emails`):
what asks to act (a notice to review, a decision, a review date passed) always goes. Only what
happened in the last 30 days is considered, so that a first run on an old database does not send
its past. Each email's context holds links into the portal and the clinic, never what a notice, a
reviewer, a requester or a patient wrote.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from wagtail.admin.admin_url_finder import AdminURLFinder

from content.notices.models import AISystem, Clinic, NoticeVersion, SystemRequest
from content.notices.publishing import review_flags_by_clinic
from content.registrations.models import RegistrationRequest
from content.vocabulary import MemberRole
from content.workspace.models import ClinicMembership, NoticeReview

# What happened before this is not told: a first run on an old database sends no past.
HORIZON = datetime.timedelta(days=30)
# How long before the review date its reminder goes.
DUE_SOON = datetime.timedelta(days=30)

REVIEW_SUBMITTED = "review_submitted"
REVIEW_APPROVED = "review_approved"
REVIEW_CHANGES_REQUESTED = "review_changes_requested"
REVIEW_DUE_SOON = "review_due_soon"
REVIEW_OVERDUE = "review_overdue"
CATALOGUE_CHANGED = "catalogue_changed"
REGISTRATION_REQUESTED = "registration_requested"
SYSTEM_REQUESTED = "system_requested"

# What a member may turn off: nothing in them asks to act now.
OPTIONAL_KINDS = frozenset({REVIEW_DUE_SOON, CATALOGUE_CHANGED})

NOTICE_ROLES = (MemberRole.EDITOR, MemberRole.REVIEWER)
# Django's permissions (groups, superusers) decide who the portal's editors are.
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@dataclass(frozen=True)
class Notification:
    """One email of one kind about one thing, to each of its recipients (addresses)."""

    kind: str
    subject_key: str
    recipients: tuple[str, ...]
    context: Mapping[str, Any] = field(default_factory=dict)


def portal_url(name: str, *args, language: str | None = None) -> str:
    """The absolute address of a page of the portal, in `language` (the portal's by default)."""
    with translation.override(language or settings.LANGUAGE_CODE):
        path = reverse(name, args=args)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _links(name: str, *args) -> dict[str, str]:
    """The page's address in French and in English, for the email's two languages."""
    return {language: portal_url(name, *args, language=language) for language in ("fr", "en")}


def _admin_url(instance) -> dict[str, str]:
    """Where the admin edits the object (its listing's home when no view is registered for it)."""
    path = AdminURLFinder().get_edit_url(instance)
    if path is None:
        try:
            path = reverse("wagtailadmin_home")
        except NoReverseMatch:
            path = "/admin/"
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
    return {"fr": url, "en": url}


def _decision_url(request: RegistrationRequest) -> dict[str, str]:
    """Where the portal's editors accept or refuse a registration request."""
    path = reverse("wagtailsnippets_content_registrationrequest:decide", args=[request.pk])
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
    return {"fr": url, "en": url}


def _addresses(rows: Iterable[tuple[int, str]]) -> dict[int, tuple[str, ...]]:
    """(clinic id, address) rows grouped by clinic, each address once, case aside."""
    grouped: dict[int, dict[str, str]] = defaultdict(dict)
    for clinic_id, email in rows:
        grouped[clinic_id].setdefault(email.casefold(), email)
    return {clinic_id: tuple(emails.values()) for clinic_id, emails in grouped.items()}


def members_to_tell(
    *, clinic_ids: Iterable[int], roles: Iterable[str], optional: bool
) -> dict[int, tuple[str, ...]]:
    """The addresses of the active members with one of `roles`, by clinic.

    Refuses clinicians whatever `roles` says, and, for an optional email, the members who turned
    those off. Members without an address are left out.
    """
    roles = [role for role in roles if role in NOTICE_ROLES]
    memberships = ClinicMembership.objects.filter(
        clinic_id__in=list(clinic_ids), role__in=roles, user__is_active=True
    ).exclude(user__email="")
    if optional:
        memberships = memberships.filter(optional_emails=True)
    return _addresses(memberships.values_list("clinic_id", "user__email").order_by("pk"))


def portal_editors(*, model) -> tuple[str, ...]:
    """The addresses of the active accounts that may change `model` in the admin (superusers too)."""
    users = get_user_model().objects.with_perm(
        f"{model._meta.app_label}.change_{model._meta.model_name}",
        is_active=True,
        include_superusers=True,
        backend=MODEL_BACKEND,
    )
    rows = users.exclude(email="").order_by("pk").values_list("email", flat=True)
    return _addresses((0, email) for email in rows).get(0, ())


def _clinic_context(clinic: Clinic, page: str, *args) -> dict[str, Any]:
    return {
        "clinic": clinic,
        "links": _links(page, clinic.pk, *args),
        "preferences": _links("workspace:email_preferences", clinic.pk),
    }


def _reviews_submitted(now) -> list[Notification]:
    reviews = list(
        NoticeReview.objects.filter(
            status=NoticeReview.Status.PENDING, submitted_at__gte=now - HORIZON
        ).select_related("clinic")
    )
    reviewers = members_to_tell(
        clinic_ids={review.clinic_id for review in reviews},
        roles=[MemberRole.REVIEWER],
        optional=False,
    )
    return [
        Notification(
            REVIEW_SUBMITTED,
            f"review:{review.pk}",
            reviewers.get(review.clinic_id, ()),
            _clinic_context(review.clinic, "workspace:notice_review"),
        )
        for review in reviews
    ]


def _reviews_decided(now) -> list[Notification]:
    kinds = {
        NoticeReview.Status.APPROVED: REVIEW_APPROVED,
        NoticeReview.Status.CHANGES_REQUESTED: REVIEW_CHANGES_REQUESTED,
    }
    reviews = list(
        NoticeReview.objects.filter(status__in=kinds, decided_at__gte=now - HORIZON).select_related(
            "clinic"
        )
    )
    editors = members_to_tell(
        clinic_ids={review.clinic_id for review in reviews},
        roles=[MemberRole.EDITOR],
        optional=False,
    )
    return [
        Notification(
            kinds[review.status],
            f"review:{review.pk}",
            editors.get(review.clinic_id, ()),
            _clinic_context(review.clinic, "workspace:clinic"),
        )
        for review in reviews
    ]


def _live_versions() -> list[NoticeVersion]:
    """The version each live clinic shows, its clinic loaded."""
    newest = NoticeVersion.objects.filter(clinic=OuterRef("clinic")).order_by("-number")
    return list(
        NoticeVersion.objects.filter(
            clinic__live=True, pk=Subquery(newest.values("pk")[:1])
        ).select_related("clinic")
    )


def _review_dates(today: datetime.date) -> list[Notification]:
    versions = [
        version
        for version in _live_versions()
        if version.review_due_on is not None
        and today - HORIZON <= version.review_due_on <= today + DUE_SOON
    ]
    clinic_ids = {version.clinic_id for version in versions}
    everyone = members_to_tell(clinic_ids=clinic_ids, roles=NOTICE_ROLES, optional=False)
    willing = members_to_tell(clinic_ids=clinic_ids, roles=NOTICE_ROLES, optional=True)
    notifications = []
    for version in versions:
        overdue = version.review_due_on < today
        context = {
            **_clinic_context(version.clinic, "workspace:clinic"),
            "review_due_on": version.review_due_on,
        }
        notifications.append(
            Notification(
                REVIEW_OVERDUE if overdue else REVIEW_DUE_SOON,
                f"version:{version.pk}",
                (everyone if overdue else willing).get(version.clinic_id, ()),
                context,
            )
        )
    return notifications


def _catalogue_changes(today: datetime.date) -> list[Notification]:
    """One email per clinic and system, for the day its catalogue facts last changed."""
    clinics = {clinic.pk: clinic for clinic in Clinic.objects.filter(live=True)}
    flags = review_flags_by_clinic(clinics.values())
    keys = {flag.system_key for clinic_flags in flags.values() for flag in clinic_flags}
    changed_on = dict(AISystem.objects.filter(key__in=keys).values_list("key", "facts_changed_on"))
    horizon = (today - HORIZON).isoformat()
    changes = []  # (clinic, system key, system name, day, facts)
    for clinic_id, clinic_flags in flags.items():
        by_system: dict[str, list] = defaultdict(list)
        for flag in clinic_flags:
            if flag.reason == "catalogue":
                by_system[flag.system_key].append(flag)
        for system_key, system_flags in by_system.items():
            days = [changed_on.get(system_key, {}).get(flag.fact, "") for flag in system_flags]
            day = max(days)
            if day >= horizon:
                facts = [flag.fact for flag in system_flags]
                changes.append((clinics[clinic_id], system_key, system_flags[0].system, day, facts))
    editors = members_to_tell(
        clinic_ids={change[0].pk for change in changes}, roles=[MemberRole.EDITOR], optional=True
    )
    return [
        Notification(
            CATALOGUE_CHANGED,
            f"clinic:{clinic.pk}:{system_key}:{day}"[:120],
            editors.get(clinic.pk, ()),
            {**_clinic_context(clinic, "workspace:clinic"), "system": name, "facts": facts},
        )
        for clinic, system_key, name, day, facts in changes
    ]


def _registration_requests(now) -> list[Notification]:
    requests = list(
        RegistrationRequest.objects.filter(
            status=RegistrationRequest.Status.PENDING, confirmed_at__gte=now - HORIZON
        )
    )
    if not requests:
        return []
    editors = portal_editors(model=RegistrationRequest)
    return [
        Notification(
            REGISTRATION_REQUESTED,
            f"registration:{request.pk}",
            editors,
            {"links": _decision_url(request)},
        )
        for request in requests
    ]


def _system_requests(now) -> list[Notification]:
    requests = list(
        SystemRequest.objects.filter(
            status=SystemRequest.Status.OPEN, requested_at__gte=now - HORIZON
        ).select_related("clinic")
    )
    if not requests:
        return []
    editors = portal_editors(model=SystemRequest)
    return [
        Notification(
            SYSTEM_REQUESTED,
            f"system_request:{request.pk}",
            editors,
            {"clinic": request.clinic, "links": _admin_url(request)},
        )
        for request in requests
    ]


def notifications_due(*, now: datetime.datetime | None = None) -> list[Notification]:
    """Every email the database calls for now, sent or not yet: its kind, subject and recipients."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    return [
        *_reviews_submitted(now),
        *_reviews_decided(now),
        *_review_dates(today),
        *_catalogue_changes(today),
        *_registration_requests(now),
        *_system_requests(now),
    ]
