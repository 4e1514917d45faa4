"""A vendor's model card, kept as the evidence a catalogue system was imported from."""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from .catalogue import AISystem


def model_card_storage():
    """The private storage of the kept cards (STORAGES["model_cards"]): never served from /media/,
    only by the portal's view, which checks who may read a draft's card."""
    return storages["model_cards"]


class ModelCard(models.Model):
    """The original file of a vendor's model card, and what its import left to do."""

    class Format(models.TextChoices):
        CHAI = "chai", _("CHAI Applied Model Card (XML, v0.2)")
        MCT = "mct", _("Model Card Toolkit (JSON, v0.0.2)")

    system = models.ForeignKey(
        AISystem,
        verbose_name=_("système d’IA"),
        on_delete=models.CASCADE,
        related_name="model_cards",
    )
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    file = models.FileField(_("fichier"), upload_to="model-cards/%Y/", storage=model_card_storage)
    original_name = models.CharField(_("nom du fichier"), max_length=255)
    sha256 = models.CharField(_("empreinte SHA-256"), max_length=64)
    # The card's sections the catalogue has no field for, by their names in the card.
    unmapped = models.JSONField(_("sections non reprises"), default=list, blank=True)
    # The catalogue's fields the card says nothing about, by their field names.
    missing = models.JSONField(_("champs à compléter"), default=list, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("importée le"), auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("fiche modèle de l’éditeur")
        verbose_name_plural = _("fiches modèles des éditeurs")

    def __str__(self):
        return self.original_name
