"""Wagtail's `publish_scheduled`, each publication and expiry on its own.

Wagtail's command stops at the first publication that fails and leaves what it had done half-way.
This one runs each expiry and each publication in a transaction of its own: one that fails is
undone whole, logged, and retried at the next run, the others go on, and the command exits
with an error naming how many failed (cron mails it). `--dryrun` is Wagtail's.
"""

import logging

from django.apps import apps
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduled
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)


def _draft_state_models() -> list:
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


class Command(WagtailPublishScheduled):
    help = (
        "Publish the revisions whose scheduled time has come and unpublish what has expired, "
        "each on its own: one that fails is left as it was (and retried at the next run), the "
        "others go on; exits with an error if any failed. Run it every few minutes."
    )

    def handle(self, *args, **options):
        if options["dryrun"]:
            return super().handle(*args, **options)
        failed = 0
        for model in _draft_state_models():
            expired = model.objects.filter(live=True, expire_at__lt=timezone.now())
            for instance in list(expired.order_by("expire_at")):
                failed += not self._attempt(
                    "Unpublishing",
                    instance,
                    lambda instance=instance: instance.unpublish(
                        set_expired=True, log_action="wagtail.unpublish.scheduled"
                    ),
                )
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
        for revision in list(due.order_by("approved_go_live_at")):
            failed += not self._attempt(
                "Publishing",
                revision,
                lambda revision=revision: revision.publish(log_action="wagtail.publish.scheduled"),
            )
        if failed:
            raise CommandError(
                f"{failed} scheduled change(s) failed and were left as they were; see the log."
            )

    def _attempt(self, what: str, target, change) -> bool:
        """Run one change in its own transaction; False (logged) if it failed and was undone."""
        try:
            with transaction.atomic():
                change()
        except Exception:
            logger.exception("%s %s failed: left as it was, retried at the next run.", what, target)
            return False
        return True
