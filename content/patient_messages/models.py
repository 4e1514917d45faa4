"""What patients send a clinic about its use of AI, and the counts that outlive the messages.

A message holds the minimum: what kind of request, which use, the text, and a name, an email or a
phone number only when the patient wants an answer or refuses a tool (the clinic must then reach
them to record it). Messages are deleted after their retention; `ConcernCount` keeps, with no
content at all, how many requests of each kind a clinic and a system received each month.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from content.notices.models import AISystem, Clinic
from content.visits.models import VisitCard
from content.vocabulary import MessageKind

# A refusal sent with the form is recorded in the patient's file and confirmed to them within
# this many working days (the form, the thank-you page, the clinic's email and inbox say so).
# Well within the month GDPR art. 12(3) allows for answering a request under its art. 15 to 22.
REFUSAL_CONFIRM_WORKING_DAYS = 5


def working_days_after(day: datetime.date, count: int) -> datetime.date:
    """The day `count` working days (Monday to Friday; public holidays not known) after `day`."""
    while count:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


class PatientMessage(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("nouveau")
        ANSWERED = "answered", _("répondu")
        CLOSED = "closed", _("clos")

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="messages")
    use_key = models.UUIDField(_("usage concerné"), null=True, blank=True)
    ai_system = models.ForeignKey(
        AISystem, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(_("demande"), max_length=10, choices=MessageKind.choices)
    # The visit the patient writes about, from its card's page: the clinic finds it by its code.
    visit = models.ForeignKey(
        VisitCard, on_delete=models.SET_NULL, null=True, blank=True, related_name="messages"
    )
    body = models.TextField(_("message"), max_length=2000)
    name = models.CharField(_("nom"), max_length=120, blank=True)
    email = models.EmailField(_("courriel"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    language = models.CharField(max_length=5, default="fr")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "closed_at"], name="message_retention_idx")]
        verbose_name = _("message de patient")
        verbose_name_plural = _("messages de patients")

    def __str__(self):
        # Never the content: this string can reach logs and the admin's history.
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def is_refusal(self) -> bool:
        return self.kind == MessageKind.DECLINE

    @property
    def confirm_by(self) -> datetime.date:
        """The last day to record a refusal and confirm it to the patient: working days, Mon–Fri."""
        return working_days_after(timezone.localdate(self.created_at), REFUSAL_CONFIRM_WORKING_DAYS)


class MessageAnswer(models.Model):
    message = models.ForeignKey(PatientMessage, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("réponse"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("réponse à un patient")
        verbose_name_plural = _("réponses aux patients")

    def __str__(self):
        return f"#{self.message_id} @ {self.created_at:%Y-%m-%d}"


class ConcernCount(models.Model):
    """Requests per clinic, system, kind and month: counts only, kept when messages are purged."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="+")
    ai_system = models.ForeignKey(
        AISystem, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=MessageKind.choices)
    month = models.DateField(help_text=_("Premier jour du mois."))
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["clinic", "ai_system", "kind", "month"], name="concern_count_unique"
            )
        ]
        verbose_name = _("compte de demandes")
        verbose_name_plural = _("comptes de demandes")

    def __str__(self):
        return f"{self.clinic_id}/{self.ai_system_id}/{self.kind}/{self.month:%Y-%m}: {self.count}"
