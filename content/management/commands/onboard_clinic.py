from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from content.notices.models import Clinic
from content.vocabulary import ClinicKind, MemberRole
from content.workspace.members import (
    clinic_onboard,
    member_email_normalize,
    member_invite,
    member_onboard,
)

CLINIC_IDENTITY = ("name", "kind", "street_address", "postcode", "city")


class Command(BaseCommand):
    help = (
        "Give a clinic's editors, reviewers and clinicians access to the clinic workspace, and email each new "
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
            "--clinician",
            action="append",
            default=[],
            metavar="EMAIL",
            help="repeat for each clinician (issues visit cards, nothing else)",
        )
        new_clinic = parser.add_argument_group(
            "a clinic not yet in the portal (created as an unpublished draft)"
        )
        new_clinic.add_argument("--name")
        new_clinic.add_argument("--kind", choices=ClinicKind.values)
        new_clinic.add_argument("--street", dest="street_address")
        new_clinic.add_argument("--postcode")
        new_clinic.add_argument("--city")
        parser.add_argument(
            "--language",
            choices=[code for code, _ in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="language of the invitation and of its link",
        )

    def handle(self, *args, clinic, editor, reviewer, clinician, language, **options):
        roles = self._roles(editors=editor, reviewers=reviewer, clinicians=clinician)
        identity = {name: options.get(name) for name in CLINIC_IDENTITY}
        if not Clinic.objects.filter(slug=clinic).exists() and not all(identity.values()):
            raise CommandError(
                f"No clinic with the slug '{clinic}'. Create it in the Wagtail admin (Notices > "
                "Clinics and notices), or give --name, --kind, --street, --postcode and --city."
            )
        try:
            clinic_obj, clinic_created = clinic_onboard(slug=clinic, **identity)
        except ValidationError as error:
            raise CommandError(f"The clinic cannot be created: {error.message_dict}") from error
        if clinic_created:
            self.stdout.write(f"{clinic_obj.name}: created as an unpublished draft.")
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

    def _roles(self, *, editors: list[str], reviewers: list[str], clinicians: list[str]):
        if not editors and not reviewers and not clinicians:
            raise CommandError("Give at least one --editor, --reviewer or --clinician.")
        roles = {}
        given = (
            (editors, MemberRole.EDITOR),
            (reviewers, MemberRole.REVIEWER),
            (clinicians, MemberRole.CLINICIAN),
        )
        for emails, role in given:
            for raw in emails:
                try:
                    email = member_email_normalize(raw)
                except ValidationError as error:
                    raise CommandError(f"Not an email address: '{raw}'.") from error
                if roles.get(email, role) != role:
                    raise CommandError(
                        f"{email} is given two roles ({roles[email]} and {role}); a member has "
                        "one role per clinic."
                    )
                roles[email] = str(role)
        return roles
