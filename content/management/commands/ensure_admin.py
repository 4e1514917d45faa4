import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo-portal-admin-2026"


class Command(BaseCommand):
    help = "Ensure a superuser for the Wagtail admin exists and print how to sign in."

    def handle(self, *args, **options):
        username = os.environ.get("PORTAL_ADMIN_USERNAME", DEMO_USERNAME)
        password = os.environ.get("PORTAL_ADMIN_PASSWORD")
        if password is None:
            if not settings.DEBUG:
                raise CommandError(
                    "Set PORTAL_ADMIN_PASSWORD: the demo password is for DEBUG only."
                )
            password = DEMO_PASSWORD
        user_model = get_user_model()
        if not user_model.objects.filter(username=username).exists():
            user_model.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(f"Created the admin account '{username}'.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Wagtail admin: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
            )
        )
