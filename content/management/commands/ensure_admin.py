from base64 import b32encode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from content.demo.members import DEMO_MEMBERS, demo_second_factor

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo-portal-admin-2026"


class Command(BaseCommand):
    help = (
        "Ensure a superuser for the Wagtail admin exists and print how to sign in; in the local "
        "demo, also its second factor."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=DEMO_USERNAME)
        parser.add_argument("--password", help="required outside the local demo")

    def handle(self, *args, username, password, **options):
        if password is None:
            if not settings.DEMO_MODE:
                raise CommandError("Give --password: the demo password is for the local demo only.")
            password = DEMO_PASSWORD
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is not None:
            # An existing account keeps whatever password its owner gave it.
            password = f"unchanged (first set to {password})"
        else:
            user = user_model.objects.create_superuser(
                username=username, email="", password=password
            )
            self.stdout.write(f"Created the admin account '{username}'.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Wagtail admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
                f"user: {username}  password: {password}"
            )
        )
        if not settings.DEMO_MODE:
            self.stdout.write(
                "At first sign-in the admin sets up an authenticator app (second factor)."
            )
            return
        device = demo_second_factor(user)
        self.stdout.write(
            "Second factor (required for the admin and for medical reviewers): the code of the "
            "moment is printed by\n"
            f"  .venv/bin/python manage.py demo_code {username}\n"
            f"or add this key to an authenticator app: {b32encode(device.bin_key).decode()}\n"
            f"  {device.config_url}"
        )
        reviewers = [m.username for m in DEMO_MEMBERS if m.role == "reviewer"]
        self.stdout.write(
            "Demo medical reviewers need a code too: manage.py demo_code " + reviewers[0]
        )
        self.stdout.write(
            "Demo clinicians issue visit cards (no code needed): sign in at "
            f"{settings.WAGTAILADMIN_BASE_URL}/fr/workspace/ and land on « Carte de visite »:"
        )
        for clinician in (m for m in DEMO_MEMBERS if m.role == "clinician"):
            self.stdout.write(
                f"  user: {clinician.username}  password: {clinician.password}  "
                f"({clinician.clinic_slug})"
            )
