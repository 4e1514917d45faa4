"""The clinic's inbox: which messages a member sees, how many wait, and what each is about.

The messages are written by `exchange`; this module reads them for the workspace's inbox pages.
"""

import uuid
from collections.abc import Iterable

from django.db.models import Count, QuerySet

from content.notices.models import AISystem, Clinic

from .models import PatientMessage

STATUSES = tuple(PatientMessage.Status.values)


def inbox_status(value: str | None) -> str:
    """The status a filter asks for, or "" (every message) when the value is not a status."""
    return value if value in STATUSES else ""


def inbox_messages(*, clinic: Clinic, status: str = "") -> QuerySet[PatientMessage]:
    """The clinic's messages, newest first, only those with `status` when one is given."""
    messages = PatientMessage.objects.filter(clinic=clinic).select_related("ai_system", "visit")
    if status:
        messages = messages.filter(status=status)
    return messages.order_by("-created_at", "-pk")


def status_counts(clinic: Clinic) -> dict[str, int]:
    """How many messages of the clinic stand in each status, every status present."""
    counts = dict.fromkeys(STATUSES, 0)
    rows = PatientMessage.objects.filter(clinic=clinic).values("status").annotate(n=Count("pk"))
    for row in rows:
        counts[row["status"]] = row["n"]
    return counts


def new_message_counts(clinic_ids: Iterable[int]) -> dict[int, int]:
    """The number of new (unanswered, open) messages of each clinic, in one query."""
    rows = (
        PatientMessage.objects.filter(
            clinic_id__in=list(clinic_ids), status=PatientMessage.Status.NEW
        )
        .values("clinic_id")
        .annotate(n=Count("pk"))
    )
    return {row["clinic_id"]: row["n"] for row in rows}


def use_system_names(clinic: Clinic) -> dict[uuid.UUID, str]:
    """The name of the AI system of each use of the clinic, live or in its latest draft, by use key."""
    uses = list(clinic.uses.all())
    if clinic.latest_revision_id:
        # The draft may hold a use not published yet; it overrides the live one of the same key.
        uses += list(clinic.latest_revision.as_object().uses.all())
    system_ids = {use.ai_system_id for use in uses if use.ai_system_id}
    names = dict(AISystem.objects.filter(pk__in=system_ids).values_list("pk", "name"))
    return {use.key: names[use.ai_system_id] for use in uses if use.ai_system_id in names}


def message_use_name(message: PatientMessage, names: dict[uuid.UUID, str]) -> str:
    """The system the message is about: its use in the notice, else the system it named, else ""."""
    if message.use_key and message.use_key in names:
        return names[message.use_key]
    if message.ai_system_id and message.ai_system is not None:
        return message.ai_system.name
    return ""
