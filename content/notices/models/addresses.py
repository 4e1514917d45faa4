"""The addresses a clinic's notice had before its slug changed, kept forever.

Posters, QR codes and links people keep carry the address of the day they were printed or shared:
each former slug still leads to the clinic (`content.notices.addresses`), and no other clinic may
take it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .clinics import Clinic


class FormerClinicSlug(models.Model):
    """A slug a clinic's published notice was once read at."""

    clinic = models.ForeignKey(
        Clinic, on_delete=models.CASCADE, related_name="former_slugs", verbose_name=_("structure")
    )
    slug = models.SlugField(_("ancienne adresse"), max_length=80, unique=True)
    changed_at = models.DateTimeField(_("changée le"), auto_now_add=True)

    class Meta:
        verbose_name = _("ancienne adresse de notice")
        verbose_name_plural = _("anciennes adresses de notices")

    def __str__(self):
        return f"{self.slug} → {self.clinic.slug}"
