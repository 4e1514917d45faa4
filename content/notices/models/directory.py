"""The directory's record of each live clinic, taken from its published notice.

One row per clinic with a published notice, written when a notice is published and removed when
it is unpublished (`content.notices.directory`): what patients find is what they will read. The
folded texts (`content.notices.rules.directory_text`) make search accent- and case-insensitive on
every database; on PostgreSQL trigram indexes (migration 0006) make it fast and typo-tolerant.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from content.vocabulary import ClinicKind

from .clinics import Clinic


class DirectoryEntry(models.Model):
    """A live clinic as the directory lists and finds it."""

    clinic = models.OneToOneField(
        Clinic, on_delete=models.CASCADE, primary_key=True, related_name="directory_entry"
    )
    slug = models.SlugField(max_length=80)
    name = models.CharField(_("nom"), max_length=160)
    kind = models.CharField(_("type de structure"), max_length=30, choices=ClinicKind.choices)
    postcode = models.CharField(_("code postal"), max_length=5)
    city = models.CharField(_("ville"), max_length=100)
    department = models.CharField(_("département"), max_length=3)
    # The AI systems of the published notice, in its order: [{"key", "name"}].
    systems = models.JSONField(_("outils d’IA"), default=list)
    # Folded texts: the alphabetical order, then what queries are matched on.
    name_sort = models.CharField(max_length=200)
    name_text = models.CharField(max_length=200)
    city_text = models.CharField(max_length=120)
    search_text = models.TextField()
    system_keys = models.TextField()

    class Meta:
        verbose_name = _("entrée de l’annuaire")
        verbose_name_plural = _("entrées de l’annuaire")
        indexes = [
            models.Index(fields=["name_sort", "clinic"], name="directory_alphabetical"),
            models.Index(fields=["kind", "name_sort"], name="directory_kind"),
            models.Index(fields=["department", "name_sort"], name="directory_department"),
            models.Index(
                fields=["postcode"], name="directory_postcode", opclasses=["varchar_pattern_ops"]
            ),
        ]

    def __str__(self):
        return self.name


class DirectoryWord(models.Model):
    """A word of the directory's texts: what a mistyped query is respelt to (PostgreSQL)."""

    word = models.CharField(max_length=60, primary_key=True)

    class Meta:
        verbose_name = _("mot de l’annuaire")
        verbose_name_plural = _("mots de l’annuaire")

    def __str__(self):
        return self.word
