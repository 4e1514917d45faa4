from django.core.management.base import BaseCommand

from content.demo.loader import demo_load


class Command(BaseCommand):
    help = "Write the demo portal (French and English). Safe to run again: it changes nothing."

    def handle(self, *args, **options):
        created = demo_load()
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready (created this run: {summary})."))
