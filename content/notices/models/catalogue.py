"""The product layer: what an AI system is, as its vendor ships it, kept by the portal's editors."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from content.vocabulary import (
    EEA_COUNTRIES,
    NOTIFIED_BODY_STATUSES,
    AISystemKind,
    Country,
    EvidenceKind,
    RegulatoryStatus,
    TrainingReuse,
)


class AISystem(index.Indexed, ClusterableModel):
    """An AI product as its vendor ships it: the same facts whichever clinic uses it."""

    key = models.SlugField(_("identifiant"), max_length=80, unique=True)
    name = models.CharField(_("nom commercial"), max_length=120)
    label = models.CharField(
        _("ce qu'il fait, en quelques mots"),
        max_length=120,
        help_text=_("Commencez par un verbe : « Rédige un brouillon du compte rendu »."),
    )
    vendor = models.CharField(_("éditeur"), max_length=120)
    vendor_country = models.CharField(_("pays de l'éditeur"), max_length=2, choices=Country.choices)
    kind = models.CharField(_("type d'IA"), max_length=20, choices=AISystemKind.choices)
    foundation_model = models.CharField(
        _("modèle de fondation"),
        max_length=200,
        blank=True,
        help_text=_("Le grand modèle sur lequel l'outil repose, s'il y en a un, avec son éditeur."),
    )
    intended_purpose = models.TextField(
        _("usage prévu"),
        help_text=_("À quoi l'éditeur destine l'outil, pour quels soignants et quels patients."),
    )
    not_intended_for = models.TextField(
        _("ce pour quoi il n'est pas fait"),
        help_text=_(
            "Les usages que l'éditeur exclut ou déconseille (règlement sur l'IA, art. 13)."
        ),
    )
    regulatory_status = models.CharField(
        _("statut réglementaire"), max_length=20, choices=RegulatoryStatus.choices
    )
    notified_body = models.CharField(
        _("organisme notifié"),
        max_length=200,
        blank=True,
        help_text=_("Nom et numéro à quatre chiffres, obligatoires à partir de la classe IIa."),
    )
    hosting_country = models.CharField(
        _("pays d'hébergement des données"), max_length=2, choices=Country.choices
    )
    hds_certified = models.BooleanField(
        _("hébergeur certifié HDS"),
        default=False,
        help_text=_(
            "Certification « hébergeur de données de santé » (code de la santé publique, L1111-8)."
        ),
    )
    data_leave_eea = models.BooleanField(
        _("des données sortent de l'Espace économique européen"), default=False
    )
    training_reuse = models.CharField(
        _("l'éditeur réutilise les données des patients pour entraîner l'IA"),
        max_length=10,
        choices=TrainingReuse.choices,
    )
    version = models.CharField(_("version en service"), max_length=60)
    last_reviewed = models.DateField(_("fiche vérifiée le"))
    # When each fact that notices watch last changed: {"hosting_country": "2026-12-03", ...}.
    # Written on every save (content.notices.catalogue_changes), shown to patients of notices
    # published before the change.
    facts_changed_on = models.JSONField(_("faits modifiés le"), default=dict, editable=False)

    search_fields = [
        index.SearchField("name"),
        index.SearchField("vendor"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("système d'IA")
        verbose_name_plural = _("systèmes d'IA")

    def __str__(self):
        return f"{self.name} ({self.vendor})"

    def clean(self):
        super().clean()
        errors = {}
        if self.regulatory_status in NOTIFIED_BODY_STATUSES and not self.notified_body:
            errors["notified_body"] = _(
                "À partir de la classe IIa, indiquez l'organisme notifié qui a évalué l'outil."
            )
        if (
            self.hosting_country
            and self.hosting_country not in EEA_COUNTRIES
            and not self.data_leave_eea
        ):
            errors["data_leave_eea"] = _(
                "Les données sont hébergées hors de l'Espace économique européen : cochez cette case."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_medical_device(self) -> bool:
        return self.regulatory_status != RegulatoryStatus.NOT_MEDICAL_DEVICE


class EvidenceLink(Orderable):
    """A published piece of evidence about a system: a study, a trial, an authority's opinion."""

    ai_system = ParentalKey(AISystem, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("nature"), max_length=20, choices=EvidenceKind.choices)
    title = models.CharField(_("titre"), max_length=255)
    url = models.URLField(_("adresse"))

    class Meta(Orderable.Meta):
        verbose_name = _("preuve")
        verbose_name_plural = _("preuves")

    def __str__(self):
        return self.title
