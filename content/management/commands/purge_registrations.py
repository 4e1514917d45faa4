from django.core.management.base import BaseCommand
from django.utils import timezone

from content.registrations.services import UNCONFIRMED_PURGE_DAYS, registrations_purge


class Command(BaseCommand):
    help = (
        "Delete the registration requests whose address was not confirmed within "
        f"{UNCONFIRMED_PURGE_DAYS} days. Run it daily; safe to run again."
    )

    def handle(self, *args, **options):
        deleted = registrations_purge(now=timezone.now())
        self.stdout.write(self.style.SUCCESS(f"{deleted} unconfirmed request(s) deleted."))
