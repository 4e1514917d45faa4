"""The medical review that stands between a clinic's draft and its patients.

Editors save drafts and submit them; a reviewer of the same clinic approves (which publishes) or
requests changes. Each step is a small function that checks the role again and writes Wagtail's
audit log. Each decision is one transaction that locks the clinic, then its review, in the order
every other writer of a clinic takes them.
"""

import logging
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from content.notices.facts import clinic_facts
from content.notices.models import Clinic, NoticeVersion
from content.notices.rules.obligations import notice_gaps
from content.vocabulary import MemberRole

from .models import ClinicMembership, NoticeReview

SUBMIT_ACTION = "content.notice.submit"
APPROVE_ACTION = "content.notice.approve"
REQUEST_CHANGES_ACTION = "content.notice.request_changes"
WITHDRAW_ACTION = "content.notice.withdraw"

logger = logging.getLogger(__name__)


def pending_review(clinic: Clinic) -> NoticeReview | None:
    return (
        clinic.reviews.filter(status=NoticeReview.Status.PENDING).select_related("revision").first()
    )


@dataclass(frozen=True)
class ClinicState:
    """Where a clinic's notice stands, and what its members should do next."""

    code: str
    label: str
    next_step: str


def clinic_state(*, clinic: Clinic, review: NoticeReview | None, needs_review: bool) -> ClinicState:
    """Draft, awaiting approval, live, or needs review; with the next step in plain words."""
    if review is not None:
        return ClinicState(
            "awaiting_approval",
            str(_("en attente de relecture")),
            str(
                _(
                    "Un relecteur médical de la structure doit approuver la notice ou demander des modifications."
                )
            ),
        )
    if needs_review:
        return ClinicState(
            "needs_review",
            str(_("à revoir")),
            str(
                _(
                    "Quelque chose a changé depuis la publication : relisez la notice, mettez-la à jour et soumettez-la."
                )
            ),
        )
    if clinic.live and not clinic.has_unpublished_changes:
        return ClinicState(
            "live",
            str(_("publiée")),
            str(_("La notice est en ligne. Modifiez-la quand un usage change.")),
        )
    return ClinicState(
        "draft",
        str(_("brouillon")),
        str(_("Complétez la notice, puis soumettez-la à la relecture médicale.")),
    )


@transaction.atomic
def notice_draft_save(*, draft: Clinic, user, base_revision_id):
    """Save the draft (the clinic as its latest revision says, changed by one page of the notice
    form) as a new draft revision; the published notice does not change. Returns the revision.

    Refuses (ValidationError) when someone saved the notice after the page was loaded from
    `base_revision_id`: their work is not overwritten. A review waiting on an older draft is
    withdrawn: a reviewer must approve what will go live.
    """
    latest = Clinic.objects.select_for_update().values_list("latest_revision_id", flat=True)
    if latest.get(pk=draft.pk) != base_revision_id:
        raise ValidationError(
            _(
                "Quelqu’un a enregistré la notice pendant que vous la modifiiez. Vos saisies sont ci-dessous : copiez ce qui compte, puis rechargez la page."
            )
        )
    clinic = draft
    revision = clinic.save_revision(user=user, clean=False)
    log(instance=clinic, action="wagtail.edit", user=user, revision=revision, content_changed=True)
    review = pending_review(clinic)
    if review is not None:
        review.status = NoticeReview.Status.WITHDRAWN
        review.decided_at = timezone.now()
        review.save(update_fields=["status", "decided_at"])
        log(instance=clinic, action=WITHDRAW_ACTION, user=user, data={"review": review.pk})
    return revision


@transaction.atomic
def notice_submit(*, membership: ClinicMembership, user, note: str = "") -> NoticeReview:
    """Send the latest draft to the clinic's medical reviewers.

    Refuses (ValidationError) when nothing new waits to be published, when a review is already
    waiting, or when the draft misses an obligation.
    """
    if membership.role != MemberRole.EDITOR:
        raise PermissionDenied
    clinic = Clinic.objects.select_for_update().get(pk=membership.clinic_id)
    revision = clinic.latest_revision
    if revision is None or (clinic.live and revision.pk == clinic.live_revision_id):
        raise ValidationError(_("Il n’y a pas de nouvelle version à soumettre."))
    if pending_review(clinic) is not None:
        raise ValidationError(_("Une version attend déjà la relecture."))
    if notice_gaps(clinic_facts(revision.as_object())):
        raise ValidationError(
            _("La notice ne peut pas être soumise : il manque des informations obligatoires.")
        )
    review = NoticeReview.objects.create(
        clinic=clinic,
        revision=revision,
        submitted_by=user,
        submitted_at=timezone.now(),
        submit_note=note,
    )
    log(
        instance=clinic,
        action=SUBMIT_ACTION,
        user=user,
        revision=revision,
        data={"review": review.pk},
    )
    return review


def _decidable(membership: ClinicMembership, review_pk) -> NoticeReview:
    """The pending review the reviewer read, locked; refused if another has taken its place."""
    if membership.role != MemberRole.REVIEWER:
        raise PermissionDenied
    # The clinic first, as saving a draft and publishing lock it: no deadlock between them.
    Clinic.objects.select_for_update().get(pk=membership.clinic_id)
    review = (
        NoticeReview.objects.select_for_update()
        .filter(clinic_id=membership.clinic_id, status=NoticeReview.Status.PENDING)
        .select_related("revision")
        .first()
    )
    if review is None:
        raise ValidationError(_("Aucune version n’attend de relecture."))
    if str(review.pk) != str(review_pk):
        raise ValidationError(
            _(
                "La notice a été modifiée et soumise à nouveau pendant votre relecture : relisez cette nouvelle version."
            )
        )
    return review


def notice_approve(
    *, membership: ClinicMembership, user, review_pk, comment: str = ""
) -> NoticeVersion:
    """Publish the reviewed draft as a new version. Reviewers only, and not on their own draft.

    `review_pk` names the review the reviewer read: approving never publishes anything else. The
    approval and the publication are one transaction: when any step fails, nothing is published,
    the review still waits, and the reviewer is told so (ValidationError).
    """
    try:
        return _approve(membership=membership, user=user, review_pk=review_pk, comment=comment)
    except (ValidationError, PermissionDenied):
        raise
    except Exception as error:
        logger.exception("Approval of review %s failed: nothing was published.", review_pk)
        raise ValidationError(
            _(
                "La notice n’a pas été publiée : une erreur est survenue pendant la publication. "
                "Rien n’a changé pour les patients et la version attend toujours votre relecture. "
                "Réessayez dans quelques minutes ; si l’erreur revient, prévenez l’équipe du portail."
            )
        ) from error


@transaction.atomic
def _approve(*, membership: ClinicMembership, user, review_pk, comment: str) -> NoticeVersion:
    review = _decidable(membership, review_pk)
    if review.submitted_by_id == user.pk:
        raise ValidationError(
            _("La notice doit être approuvée par une autre personne que celle qui l’a soumise.")
        )
    # Clinic members hold no Wagtail permission: the role checked above is the permission.
    review.revision.publish(user=user, skip_permission_checks=True)
    review.status = NoticeReview.Status.APPROVED
    review.decided_by = user
    review.decided_at = timezone.now()
    review.comment = comment
    review.save()
    log(
        instance=membership.clinic,
        action=APPROVE_ACTION,
        user=user,
        revision=review.revision,
        data={"review": review.pk, "comment": comment},
    )
    return membership.clinic.versions.order_by("-number").first()


@transaction.atomic
def notice_request_changes(
    *, membership: ClinicMembership, user, review_pk, comment: str
) -> NoticeReview:
    """Send the draft back to the editors with a comment, which is required."""
    review = _decidable(membership, review_pk)
    if not comment.strip():
        raise ValidationError(_("Dites ce qu’il faut modifier."))
    review.status = NoticeReview.Status.CHANGES_REQUESTED
    review.decided_by = user
    review.decided_at = timezone.now()
    review.comment = comment
    review.save()
    log(
        instance=membership.clinic,
        action=REQUEST_CHANGES_ACTION,
        user=user,
        revision=review.revision,
        data={"review": review.pk, "comment": comment},
    )
    return review
