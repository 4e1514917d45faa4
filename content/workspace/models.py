"""Who works on a clinic's notice, and the review that stands between a draft and patients."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.notices.models import Clinic
from content.vocabulary import MemberRole


class ClinicMembership(models.Model):
    """A user's place in one clinic. Clinic members hold no Django or Wagtail permission at all."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clinic_memberships"
    )
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("rôle"), max_length=10, choices=MemberRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    optional_emails = models.BooleanField(
        _("recevoir les rappels"),
        default=True,
        help_text=_(
            "Rappels de relecture et changements du catalogue. Les e-mails qui demandent d’agir "
            "(une notice à relire, une décision) partent toujours."
        ),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "clinic"], name="membership_one_per_clinic")
        ]
        verbose_name = _("membre d’une structure")
        verbose_name_plural = _("membres des structures")

    def __str__(self):
        return f"{self.user} – {self.clinic} ({self.get_role_display()})"


class NoticeReview(models.Model):
    """One submission of a draft for medical review, and what the reviewer decided."""

    class Status(models.TextChoices):
        PENDING = "pending", _("en attente de relecture")
        APPROVED = "approved", _("approuvée et publiée")
        CHANGES_REQUESTED = "changes_requested", _("modifications demandées")
        WITHDRAWN = "withdrawn", _("retirée")

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="reviews")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_at = models.DateTimeField()
    submit_note = models.TextField(_("message au relecteur"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(_("commentaire"), blank=True, max_length=4000)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            # At most one review waits at a time for a clinic.
            models.UniqueConstraint(
                fields=["clinic"],
                condition=models.Q(status="pending"),
                name="notice_review_one_pending_per_clinic",
            )
        ]
        verbose_name = _("relecture de notice")
        verbose_name_plural = _("relectures de notices")

    def __str__(self):
        return f"{self.clinic} – {self.get_status_display()}"
