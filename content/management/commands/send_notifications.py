"""Send the emails that keep notices alive (`content.notifications.emails`), each one once.

Run it every few minutes (`deploy/scheduler.sh`). A second run sends nothing already sent; an email
the mail server did not take is logged without its content and sent by a later run; the command
then exits with an error naming how many are waiting (cron mails it).
"""

from django.core.management.base import BaseCommand, CommandError

from content.notifications.emails import notifications_send


class Command(BaseCommand):
    help = (
        "Email clinic members and portal editors what they must hear of (a notice to review, a "
        "decision, a review date, a catalogue change, a registration request), each email once. "
        "Run it every few minutes; what fails is sent by a later run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count the emails that would be sent, by kind, and send none.",
        )

    def handle(self, *args, dry_run=False, **options):
        run = notifications_send(dry_run=dry_run)
        if options["verbosity"] >= 1:
            for kind, count in sorted(run.by_kind.items()):
                self.stdout.write(f"{kind}: {count}")
            if not dry_run:
                self.stdout.write(f"{run.sent} email(s) sent.")
        if run.failed:
            raise CommandError(
                f"{run.failed} email(s) not sent (mail server); they are sent by the next run."
            )
