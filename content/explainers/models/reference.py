"""Reference data that editors keep and pages cite: sources, barometer figures, expectations, terms."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Source(index.Indexed, models.Model):
    """A publication the portal cites: a survey, a law, a guideline."""

    key = models.SlugField(_("identifiant"), max_length=80, unique=True)
    title = models.CharField(_("titre"), max_length=255)
    publisher = models.CharField(_("éditeur"), max_length=255)
    year = models.PositiveSmallIntegerField(_("année"))
    url = models.URLField(_("adresse"), blank=True)
    description = models.TextField(_("description"), blank=True)

    search_fields = [index.SearchField("title"), index.SearchField("publisher")]

    class Meta:
        ordering = ["-year", "key"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return f"{self.title} ({self.publisher}, {self.year})"


class FigureManager(models.Manager):
    def get_queryset(self):
        # A figure is never shown without its source: one query for both.
        return super().get_queryset().select_related("source")


class BarometerFigure(index.Indexed, models.Model):
    """One figure of a survey: a value, who was asked, what they said, and where it comes from."""

    class Population(models.TextChoices):
        PUBLIC = "public", _("Français (grand public)")
        PUBLIC_AI_USERS = "public_ai_users", _("Français qui utilisent l’IA pour leur santé")
        PROFESSIONALS = "professionals", _("professionnels de santé")
        AI_PROFESSIONALS = "ai_professionals", _("professionnels de santé qui utilisent l’IA")

    class Comparison(models.TextChoices):
        EXACT = "exact", _("exactement")
        MORE_THAN = "more_than", _("plus de")

    key = models.SlugField(_("identifiant"), max_length=80, unique=True)
    value = models.PositiveSmallIntegerField(_("valeur (%)"))
    comparison = models.CharField(
        _("comparaison"), max_length=10, choices=Comparison.choices, default=Comparison.EXACT
    )
    population = models.CharField(_("population"), max_length=20, choices=Population.choices)
    statement = models.CharField(
        _("énoncé"),
        max_length=255,
        help_text=_("Ce que la valeur mesure, lu après le nombre : « des Français veulent … »."),
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="figures"
    )

    objects = FigureManager()

    search_fields = [index.SearchField("statement"), index.SearchField("key")]

    class Meta:
        ordering = ["key"]
        verbose_name = _("chiffre du baromètre")
        verbose_name_plural = _("chiffres du baromètre")

    def __str__(self):
        return f"{self.display_value} {self.statement}"

    @property
    def display_value(self) -> str:
        """The value in the active language: "84 %" and "plus de 80 %" in French, "84%" in English."""
        space = "\u00a0" if get_language() == "fr" else ""
        number = f"{self.value}{space}%"
        if self.comparison == self.Comparison.MORE_THAN:
            return f"{self.get_comparison_display()} {number}"
        return number


class PatientExpectation(models.Model):
    """What patients expect to be told, with the figures that show it."""

    key = models.SlugField(_("identifiant"), max_length=80, unique=True)
    title = models.CharField(_("attente"), max_length=255)
    description = models.TextField(_("ce qu’une notice doit dire pour y répondre"))
    figures = models.ManyToManyField(
        BarometerFigure, verbose_name=_("chiffres"), related_name="expectations", blank=True
    )
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        ordering = ["sort_order", "key"]
        verbose_name = _("attente des patients")
        verbose_name_plural = _("attentes des patients")

    def __str__(self):
        return self.title


class GlossaryTerm(index.Indexed, models.Model):
    """A word patients meet in notices, explained in plain language."""

    key = models.SlugField(_("identifiant"), max_length=80, unique=True)
    term = models.CharField(_("terme"), max_length=120)
    definition = models.TextField(_("définition"))

    search_fields = [index.SearchField("term"), index.SearchField("definition")]

    class Meta:
        ordering = ["key"]
        verbose_name = _("terme du glossaire")
        verbose_name_plural = _("glossaire")

    def __str__(self):
        return self.term
