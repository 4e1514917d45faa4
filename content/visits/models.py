"""Visit cards, the clinic's usual sets of tools, and the tokens practice software issues cards with.

None of these rows holds anything about a patient: no name, birth date, record number or free
text. A card names the clinic, the date of the visit, the notice version in force that day, the
uses that served (by their stable id), and, when given, the professional who checked their work.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.notices.models import Clinic, NoticeVersion
from content.vocabulary import ProfessionalRole

CODE_MAX_LENGTH = 20
CHECKER_NAME_MAX_LENGTH = 60


class VisitSet(models.Model):
    """A clinic's usual set of tools (« consultation avec transcription »): one tap issues its card."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="visit_sets")
    name = models.CharField(_("nom de l’ensemble"), max_length=80)
    # The `AIUse.key` of each use, as the published notice's `uses[].id` names it.
    use_keys = models.JSONField(_("outils"), default=list)
    checker_name = models.CharField(
        _("qui vérifie, par défaut"), max_length=CHECKER_NAME_MAX_LENGTH, blank=True
    )
    checker_role = models.CharField(
        _("sa profession"), max_length=20, choices=ProfessionalRole.choices, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "name"], name="visit_set_unique_name")
        ]
        verbose_name = _("ensemble habituel d’outils")
        verbose_name_plural = _("ensembles habituels d’outils")

    def __str__(self):
        return self.name


class ApiToken(models.Model):
    """A clinic's key for its practice software: creates visit cards for that clinic, nothing else.

    Only the SHA-256 digest of the secret is kept; the whole token is shown once, when created.
    """

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("nom du logiciel ou du poste"), max_length=80)
    prefix = models.CharField(max_length=16, unique=True)
    digest = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("clé d’API d’une structure")
        verbose_name_plural = _("clés d’API des structures")

    def __str__(self):
        # Never the secret, which is not kept: the prefix tells tokens apart.
        return f"{self.name} ({self.prefix}…)"


class VisitCard(models.Model):
    """Which of a clinic's published uses served in one visit; found by its code alone."""

    class Channel(models.TextChoices):
        WORKSPACE = "workspace", _("espace des structures")
        API = "api", _("logiciel métier (API)")

    code = models.CharField(max_length=CODE_MAX_LENGTH, unique=True)
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="visit_cards")
    # The notice in force on the day of the visit: what the card's page links to.
    version = models.ForeignKey(NoticeVersion, on_delete=models.CASCADE, related_name="+")
    visit_date = models.DateField(_("date du rendez-vous"))
    language = models.CharField(_("langue du patient"), max_length=5)
    checker_name = models.CharField(
        _("qui a vérifié"), max_length=CHECKER_NAME_MAX_LENGTH, blank=True
    )
    checker_role = models.CharField(
        _("sa profession"), max_length=20, choices=ProfessionalRole.choices, blank=True
    )
    issued_at = models.DateTimeField(_("émise le"), db_index=True)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    token = models.ForeignKey(
        ApiToken, on_delete=models.SET_NULL, null=True, blank=True, related_name="cards"
    )

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("carte de visite")
        verbose_name_plural = _("cartes de visite")

    def __str__(self):
        return self.code


class VisitCardUse(models.Model):
    """One published use that served in a visit; the system and care step are kept for counts."""

    card = models.ForeignKey(VisitCard, on_delete=models.CASCADE, related_name="uses")
    position = models.PositiveSmallIntegerField()
    use_key = models.UUIDField()
    system_key = models.CharField(max_length=80)
    care_step = models.CharField(max_length=20)

    class Meta:
        ordering = ["card", "position"]
        constraints = [
            models.UniqueConstraint(fields=["card", "use_key"], name="visit_card_use_once")
        ]
        indexes = [models.Index(fields=["system_key", "care_step"], name="visit_use_system_idx")]
        verbose_name = _("outil utilisé lors d’une visite")
        verbose_name_plural = _("outils utilisés lors des visites")

    def __str__(self):
        return f"{self.card_id}/{self.system_key}"
