from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo-portal-admin-2026"


class Command(BaseCommand):
    help = "Ensure a superuser for the Wagtail admin exists and print how to sign in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=DEMO_USERNAME)
        parser.add_argument("--password", help="required outside the local demo")

    def handle(self, *args, username, password, **options):
        if password is None:
            if not settings.DEMO_MODE:
                raise CommandError("Give --password: the demo password is for the local demo only.")
            password = DEMO_PASSWORD
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            # An existing account keeps whatever password its owner gave it.
            password = f"unchanged (first set to {password})"
        else:
            user_model.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(f"Created the admin account '{username}'.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Wagtail admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
                f"user: {username}  password: {password}"
            )
        )
