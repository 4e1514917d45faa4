from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from content.workspace.two_factor import second_factor_remove


class Command(BaseCommand):
    help = (
        "Remove a person's authenticator app and recovery codes (a lost phone). If their role "
        "requires a second factor, they set up a new app at their next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        user = user_model._default_manager.filter(username=username.strip().lower()).first()
        user = user or user_model._default_manager.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account '{username}'.")
        second_factor_remove(user=user)
        self.stdout.write(
            f"Second factor removed for '{user.get_username()}'. Check who asked before telling them."
        )
