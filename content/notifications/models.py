"""What was emailed to whom, so that the scheduled command sends each email once."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationSent(models.Model):
    """One email of one kind, about one thing, to one address."""

    kind = models.CharField(_("nature"), max_length=40)
    # What the email is about, as the kind names it: "review:12", "version:5", "request:3".
    subject_key = models.CharField(_("objet"), max_length=120)
    recipient = models.EmailField(_("destinataire"))
    sent_at = models.DateTimeField(_("envoyé le"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject_key", "recipient"], name="notification_sent_once"
            )
        ]
        verbose_name = _("e-mail envoyé")
        verbose_name_plural = _("e-mails envoyés")

    def __str__(self):
        return f"{self.kind} {self.subject_key} → {self.recipient}"
