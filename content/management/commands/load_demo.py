from django.conf import settings
from django.core.management.base import BaseCommand

from content.demo.loader import demo_load
from content.demo.members import DEMO_MEMBERS


class Command(BaseCommand):
    help = "Write the demo portal (French and English). Safe to run again: it changes nothing."

    def handle(self, *args, **options):
        created = demo_load()
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready (created this run: {summary})."))
        if settings.DEMO_MODE:
            self.stdout.write("Clinic workspace (/fr/workspace/), demo accounts:")
            for member in DEMO_MEMBERS:
                self.stdout.write(
                    f"  {member.username}  {member.password}  ({member.role}, {member.clinic_slug})"
                )
