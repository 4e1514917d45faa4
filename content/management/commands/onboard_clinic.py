from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from content.members import member_email_normalize, member_invite, member_onboard
from content.models import Clinic, MemberRole


class Command(BaseCommand):
    help = (
        "Give a clinic's editors and reviewers access to the clinic workspace, and email each new "
        "member an invitation with a link to choose a password. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--clinic", required=True, help="the clinic's slug")
        parser.add_argument(
            "--editor", action="append", default=[], metavar="EMAIL", help="repeat for each editor"
        )
        parser.add_argument(
            "--reviewer",
            action="append",
            default=[],
            metavar="EMAIL",
            help="repeat for each medical reviewer",
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _ in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="language of the invitation and of its link",
        )

    def handle(self, *args, clinic, editor, reviewer, language, **options):
        try:
            clinic_obj = Clinic.objects.get(slug=clinic)
        except Clinic.DoesNotExist as error:
            raise CommandError(
                f"No clinic with the slug '{clinic}'. Portal editors create clinics in the Wagtail "
                "admin (Notices > Clinics and notices); run this command once it exists."
            ) from error
        roles = self._roles(editors=editor, reviewers=reviewer)
        base_url = settings.WAGTAILADMIN_BASE_URL
        for email, role in roles.items():
            # One member at a time: an invitation that cannot be sent leaves no membership behind,
            # so running the command again retries it.
            with transaction.atomic():
                user, created = member_onboard(clinic=clinic_obj, email=email, role=role)
                if created:
                    member_invite(
                        user=user, clinic=clinic_obj, language=language, base_url=base_url
                    )
            label = MemberRole(role).label
            if created:
                self.stdout.write(f"{email}: added as {role} ({label}), invitation sent.")
            else:
                self.stdout.write(f"{email}: already a member, role {role} ({label}); no email.")
        self.stdout.write(
            self.style.SUCCESS(f"{clinic_obj.name}: {len(roles)} member(s) ready in the workspace.")
        )

    def _roles(self, *, editors: list[str], reviewers: list[str]) -> dict[str, str]:
        if not editors and not reviewers:
            raise CommandError("Give at least one --editor or --reviewer.")
        roles = {}
        for emails, role in ((editors, MemberRole.EDITOR), (reviewers, MemberRole.REVIEWER)):
            for raw in emails:
                try:
                    email = member_email_normalize(raw)
                except ValidationError as error:
                    raise CommandError(f"Not an email address: '{raw}'.") from error
                if roles.get(email, role) != role:
                    raise CommandError(
                        f"{email} is given as both editor and reviewer; a member has one role "
                        "per clinic."
                    )
                roles[email] = str(role)
        return roles
