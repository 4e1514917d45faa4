from django.core.management.base import BaseCommand

from content.demo.use_templates import use_templates_load


class Command(BaseCommand):
    help = (
        "Create the missing templates of the usual uses (ambient scribe, dictation, assistant…). "
        "Safe to run again: an existing template, even edited in the admin, is left as it is."
    )

    def handle(self, *args, **options):
        created = use_templates_load()
        self.stdout.write(self.style.SUCCESS(f"Use templates ready (created this run: {created})."))
