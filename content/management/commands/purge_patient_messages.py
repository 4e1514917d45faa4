from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from content.patient_messages.retention import messages_purge


class Command(BaseCommand):
    help = (
        "Delete the patient messages whose exchange was closed more than "
        f"{settings.PATIENT_MESSAGE_RETENTION_DAYS} days ago, with their answers. The monthly "
        "counts (no content) are kept. Run it daily; safe to run again."
    )

    def handle(self, *args, **options):
        deleted = messages_purge(now=timezone.now())
        self.stdout.write(self.style.SUCCESS(f"{deleted} message(s) deleted."))
