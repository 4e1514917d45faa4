"""Publishing a notice: its drafts, the gate every publication meets, the versions it leaves.

`publishing_connect` plugs this service into Wagtail when the app starts (`content.apps`): whatever
publishes a clinic (the admin, the workspace's approval, the scheduler, the demo loader) runs
`NoticePublishAction`, each publication is kept as a numbered `NoticeVersion` and listed in the
directory, and the pages that show the notice are fresh at the next request; unpublishing takes the
clinic out of the directory. The admin's preview shows the notice.

A publication is one transaction under a lock on the clinic's row: the live revision, the version,
the directory entry and the audit log are written together or not at all, versions are numbered one
after the other however many publish at once, and caches are told only once it commits.
"""

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.models import Revision
from wagtail.signals import unpublished

from content.page_cache import DIRECTORY, notice_tag, tags_expire

from .directory import directory_entry_record, directory_entry_remove
from .document import (
    notice_document,
    oversight_lines,
    published_clinics,
    system_watched_facts,
)
from .facts import clinic_facts
from .models import AISystem, Clinic, NoticeVersion
from .rules.changes import notice_changes
from .rules.obligations import notice_gaps
from .rules.review_triggers import ReviewFlag, review_flags

logger = logging.getLogger(__name__)


def clinic_draft(clinic: Clinic) -> Clinic:
    """The clinic as its latest revision says, uses included (the live row when no revision)."""
    return clinic.get_latest_revision_as_object() if clinic.latest_revision_id else clinic


def systems_in_drafts(system_ids) -> set[int]:
    """Which of these systems a clinic's latest draft uses (one query per call)."""
    wanted = {int(pk) for pk in system_ids}
    used = set()
    revisions = Revision.objects.filter(pk__in=Clinic.objects.values("latest_revision_id"))
    for content in revisions.values_list("content", flat=True):
        used |= {use.get("ai_system") for use in content.get("uses", [])} & wanted
    return used


def clinic_lock(clinic_pk: int) -> Clinic:
    """The clinic's row, read afresh and locked until the transaction ends (one publisher at a time).

    On PostgreSQL a second publisher waits here for the first to commit; SQLite serialises writers.
    """
    return Clinic.objects.select_for_update().get(pk=clinic_pk)


class NoticePublishAction(PublishRevisionAction):
    """Wagtail's publication of a clinic's revision, whole or not at all, refused while the notice
    misses an obligation.

    Everything a publication writes (the clinic's live revision, its `NoticeVersion`, its directory
    entry, Wagtail's audit log) is one transaction, under a lock on the clinic: a failure at any step
    leaves all of it as it was and reaches the caller. A scheduled revision that the rules now refuse
    (the catalogue changed since) keeps its draft and loses its schedule, so that the scheduler goes
    on with the other publications; any other publication is refused with a ValidationError.
    """

    def execute(self, skip_permission_checks=False):
        with transaction.atomic():
            # Built again from the locked row: another publication may have committed meanwhile.
            self.object = clinic_lock(self.object.pk).with_content_json(self.revision.content)
            if notice_gaps(clinic_facts(self.object)):
                if self.revision.approved_go_live_at is not None:
                    Revision.objects.filter(pk=self.revision.pk).update(approved_go_live_at=None)
                    logger.warning(
                        "Scheduled notice of %s no longer meets its obligations: not published.",
                        self.object,
                    )
                    return None
                raise ValidationError(
                    _(
                        "Cette notice ne peut pas être publiée : il manque des informations obligatoires."
                    )
                )
            return super().execute(skip_permission_checks=skip_permission_checks)

    def _after_publish(self):
        # A first publication scheduled for later saves the clinic, not live: no version yet.
        if self.object.live:
            notice_version_record(clinic=self.object, revision=self.revision)
        super()._after_publish()


def notice_review_due(published_on):
    """The date by which a notice published that day must be reviewed again."""
    months = settings.NOTICE_REVIEW_MONTHS
    year, month = divmod(published_on.month - 1 + months, 12)
    day = min(published_on.day, 28)
    return published_on.replace(year=published_on.year + year, month=month + 1, day=day)


@transaction.atomic
def notice_version_record(*, clinic: Clinic, revision=None) -> NoticeVersion:
    """Keep the notice just published as a new numbered version, with what changed since the last.

    Numbers follow the last one under the clinic's lock; the pages showing the notice are expired
    once the transaction commits.
    """
    clinic_lock(clinic.pk)
    clinic = published_clinics().get(pk=clinic.pk)
    previous = NoticeVersion.objects.filter(clinic=clinic).order_by("-number").first()
    document = notice_document(clinic=clinic)
    version = NoticeVersion(
        clinic=clinic,
        number=previous.number + 1 if previous else 1,
        published_at=timezone.now(),
        revision=revision,
        review_due_on=notice_review_due(timezone.localdate()),
        document={},
        changes=notice_changes(previous=previous.document if previous else None, current=document),
    )
    version.document = {
        **document,
        "version": {
            "number": version.number,
            "published_at": version.published_at.isoformat(),
            # The state "to review" depends on the day: the API adds it (`document.notice_served`).
            "review_due_on": version.review_due_on.isoformat(),
        },
    }
    version.save()
    directory_entry_record(clinic=clinic, document=version.document)
    tags_expire(notice_tag(clinic.slug), DIRECTORY)
    return version


@transaction.atomic
def notice_withdraw(*, clinic: Clinic) -> None:
    """After a clinic is unpublished: out of the directory, its notice's pages gone at once."""
    directory_entry_remove(clinic=clinic)
    tags_expire(notice_tag(clinic.slug), DIRECTORY)


def notice_preview_context(*, clinic: Clinic) -> dict[str, Any]:
    """What a preview shows: the draft notice as patients would read it once published."""
    document = notice_document(clinic=clinic)
    return {
        "clinic": clinic,
        "notice": document,
        "notice_language": translation.get_language(),
        "oversight_lines": oversight_lines(document),
        "preview": True,
    }


def review_flags_by_clinic(clinics) -> dict[int, list[ReviewFlag]]:
    """Why each live notice among these clinics needs review now (catalogue changes, date passed).

    A fixed number of queries whatever the number of clinics: their current versions, then the
    systems those versions describe.
    """
    live = [clinic.pk for clinic in clinics if clinic.live]
    newest = NoticeVersion.objects.filter(clinic=OuterRef("clinic")).order_by("-number")
    versions = NoticeVersion.objects.filter(
        clinic_id__in=live, pk=Subquery(newest.values("pk")[:1])
    )
    versions = {version.clinic_id: version for version in versions}
    keys = {
        use["system"]["key"]
        for version in versions.values()
        for use in version.document.get("uses", [])
    }
    catalogue = {
        system.key: system_watched_facts(system) for system in AISystem.objects.filter(key__in=keys)
    }
    today = timezone.localdate()
    return {
        clinic_id: review_flags(
            published=version.document,
            catalogue=catalogue,
            review_due_on=version.review_due_on,
            today=today,
        )
        for clinic_id, version in versions.items()
    }


def _withdraw(sender, instance, **kwargs):
    notice_withdraw(clinic=instance)


def publishing_connect() -> None:
    """Plug this service into Wagtail: the gate on every publication, a version after each one."""
    Clinic.publish_action_class = NoticePublishAction
    Clinic.preview_context = staticmethod(notice_preview_context)
    unpublished.connect(_withdraw, sender=Clinic, weak=False, dispatch_uid="clinic_notice_withdraw")
