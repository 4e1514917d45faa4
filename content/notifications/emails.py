"""The emails that keep a notice alive, sent by a scheduled command, each one once.

`notifications_send` (the `send_notifications` command, every few minutes) sends each email that
`events.notifications_due` finds to each person who has not had it, and records it in
`NotificationSent`. The record is written in the transaction that sends the email: a send that
fails undoes it, so that the next run tries again, and a second run, or one running at the same
time, sends nothing twice. Emails are in the portal's language with an English line, and hold links
only.
"""

import datetime
import logging
import smtplib
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .events import OPTIONAL_KINDS, Notification, notifications_due
from .models import NotificationSent

logger = logging.getLogger(__name__)


@dataclass
class NotificationRun:
    """What one run did: emails sent, emails that failed (retried at the next run)."""

    sent: int = 0
    failed: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def notification_render(*, notification: Notification) -> tuple[str, str]:
    """The subject and body of the email, in the portal's language with an English line."""
    context = {**notification.context, "optional": notification.kind in OPTIONAL_KINDS}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"notifications/email/{notification.kind}_subject.txt", context)
        body = render_to_string(f"notifications/email/{notification.kind}_body.txt", context)
    return "".join(subject.splitlines()).strip(), body


def _already_sent(notifications: list[Notification]) -> set[tuple[str, str, str]]:
    sent = NotificationSent.objects.filter(
        kind__in={n.kind for n in notifications},
        subject_key__in={n.subject_key for n in notifications},
    )
    return {
        (kind, key, recipient.casefold())
        for kind, key, recipient in sent.values_list("kind", "subject_key", "recipient")
    }


def notifications_send(
    *, now: datetime.datetime | None = None, dry_run: bool = False
) -> NotificationRun:
    """Send each email the database calls for to whoever has not had it yet; return the counts.

    Each email is recorded and sent in one transaction: a mail server that refuses or cannot be
    reached leaves no record (the next run sends it), and is logged by kind and subject only, never
    with an address or a word of the email. When the server itself fails (anything but a refused
    recipient), the run stops there: what remains waits for the next run. `dry_run` counts what
    would be sent and sends nothing.
    """
    run = NotificationRun()
    notifications = [n for n in notifications_due(now=now) if n.recipients]
    sent = _already_sent(notifications)
    connection = None
    for notification in notifications:
        recipients = [
            address
            for address in notification.recipients
            if (notification.kind, notification.subject_key, address.casefold()) not in sent
        ]
        if not recipients:
            continue
        if dry_run:
            run.by_kind[notification.kind] += len(recipients)
            continue
        subject, body = notification_render(notification=notification)
        # Each send opens and closes its own SMTP session: one refused leaves the others whole.
        connection = connection or get_connection()
        for address in recipients:
            try:
                with transaction.atomic():
                    NotificationSent.objects.create(
                        kind=notification.kind,
                        subject_key=notification.subject_key,
                        recipient=address,
                    )
                    EmailMessage(subject, body, None, [address], connection=connection).send()
            except IntegrityError:
                continue  # another run sent it meanwhile
            except OSError as error:  # smtplib's errors included
                run.failed += 1
                logger.warning(
                    "Email %s about %s not sent (%s): retried at the next run.",
                    notification.kind,
                    notification.subject_key,
                    type(error).__name__,
                )
                if isinstance(error, smtplib.SMTPRecipientsRefused):
                    continue
                return run
            logger.info("Email %s about %s sent.", notification.kind, notification.subject_key)
            run.sent += 1
            run.by_kind[notification.kind] += 1
    return run
