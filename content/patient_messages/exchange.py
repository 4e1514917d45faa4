"""An exchange with a patient: receiving the message, counting it, answering it, closing it.

Nothing here logs what a patient or a clinic wrote.
"""

import datetime
import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from content.notices.models import AIUse, Clinic
from content.visits.models import VisitCard

from .models import ConcernCount, MessageAnswer, PatientMessage

logger = logging.getLogger(__name__)


def _month(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment).date().replace(day=1)


@transaction.atomic
def message_receive(
    *,
    clinic: Clinic,
    kind: str,
    body: str,
    use: AIUse | None = None,
    name: str = "",
    email: str = "",
    phone: str = "",
    language: str = "fr",
    visit: VisitCard | None = None,
) -> PatientMessage:
    """Store what a patient sent a published clinic, and count it for vigilance (no content).

    `visit` is the clinic's visit card the message is about, if any (its code, no patient data).
    """
    message = PatientMessage.objects.create(
        clinic=clinic,
        visit=visit,
        use_key=use.key if use else None,
        ai_system_id=use.ai_system_id if use else None,
        kind=kind,
        body=body,
        name=name,
        email=email,
        phone=phone,
        language=language,
    )
    # Two first messages of a month may race to create the row (a null system is never "unique"):
    # the counts are summed when read, so a second row costs nothing and never refuses a message.
    month = {"clinic": clinic, "ai_system_id": message.ai_system_id, "kind": kind}
    month["month"] = _month(message.created_at)
    counter = ConcernCount.objects.filter(**month).order_by("pk").first()
    if counter is None:
        counter = ConcernCount.objects.create(**month)
    ConcernCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)
    logger.info("Patient message #%s received for clinic #%s (%s).", message.pk, clinic.pk, kind)
    return message


def _own(clinic: Clinic, message: PatientMessage) -> None:
    if message.clinic_id != clinic.pk:
        raise PermissionDenied


@transaction.atomic
def message_answer(*, clinic: Clinic, message: PatientMessage, user, body: str) -> MessageAnswer:
    """Record a member's answer; the message becomes "answered" (a closed one opens again).

    Refuses (PermissionDenied) a message that another clinic received.
    """
    _own(clinic, message)
    answer = MessageAnswer.objects.create(message=message, author=user, body=body)
    message.status = PatientMessage.Status.ANSWERED
    message.last_activity_at = answer.created_at
    message.closed_at = None
    message.save(update_fields=["status", "last_activity_at", "closed_at"])
    logger.info("Patient message #%s answered by user #%s.", message.pk, user.pk)
    return answer


@transaction.atomic
def message_close(*, clinic: Clinic, message: PatientMessage, user) -> None:
    """Close the exchange; its retention period starts now. Refuses another clinic's message."""
    _own(clinic, message)
    now = timezone.now()
    message.status = PatientMessage.Status.CLOSED
    message.closed_at = now
    message.last_activity_at = now
    message.save(update_fields=["status", "closed_at", "last_activity_at"])
    logger.info("Patient message #%s closed by user #%s.", message.pk, user.pk)
