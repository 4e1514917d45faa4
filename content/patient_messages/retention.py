"""How long patient messages are kept: deleted a while after the clinic closes the exchange.

`PATIENT_MESSAGE_RETENTION_DAYS` after closing, a message and its answers go; the monthly counts
(`ConcernCount`) stay. `manage.py purge_patient_messages` runs `messages_purge` once a day.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import PatientMessage

logger = logging.getLogger(__name__)


@transaction.atomic
def messages_purge(*, now: datetime.datetime | None = None) -> int:
    """Delete the messages closed longer ago than the retention, with their answers; count them."""
    now = now or timezone.now()
    limit = now - datetime.timedelta(days=settings.PATIENT_MESSAGE_RETENTION_DAYS)
    _, deleted = PatientMessage.objects.filter(
        status=PatientMessage.Status.CLOSED, closed_at__lt=limit
    ).delete()
    count = deleted.get(PatientMessage._meta.label, 0)
    logger.info(
        "Patient messages purged: %s closed before %s.",
        count,
        timezone.localdate(limit).isoformat(),
    )
    return count
