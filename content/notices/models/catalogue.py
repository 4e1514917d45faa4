"""The product layer: what an AI system is, as its vendor ships it, kept by the portal's editors."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst, get_text_list
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from content.vocabulary import (
    EEA_COUNTRIES,
    NON_EEA_COUNTRIES,
    NOTIFIED_BODY_STATUSES,
    AISystemKind,
    Country,
    EvidenceKind,
    RegulatoryStatus,
    TrainingReuse,
)


class CountryListField(models.JSONField):
    """A list of country codes outside the EEA, ticked in the admin as a list of boxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=NON_EEA_COUNTRIES,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


class AISystem(index.Indexed, ClusterableModel):
    """An AI product as its vendor ships it: the same facts whichever clinic uses it."""

    key = models.SlugField(_("identifiant"), max_length=80, unique=True)
    # A system imported from a vendor's model card waits here until an editor completes it;
    # clinics do not see a draft (content.notices.model_cards).
    draft = models.BooleanField(
        _("brouillon"),
        default=False,
        help_text=_(
            "Un brouillon n’est pas proposé aux structures. Décochez quand la fiche est complète."
        ),
    )
    name = models.CharField(_("nom commercial"), max_length=120)
    label = models.CharField(
        _("ce qu’il fait, en quelques mots"),
        max_length=120,
        help_text=_("Commencez par un verbe : « Rédige un brouillon du compte rendu »."),
    )
    vendor = models.CharField(_("éditeur"), max_length=120)
    vendor_country = models.CharField(_("pays de l’éditeur"), max_length=2, choices=Country.choices)
    kind = models.CharField(_("type d’IA"), max_length=20, choices=AISystemKind.choices)
    foundation_model = models.CharField(
        _("modèle de fondation"),
        max_length=200,
        blank=True,
        help_text=_("Le grand modèle sur lequel l’outil repose, s’il y en a un, avec son éditeur."),
    )
    intended_purpose = models.TextField(
        _("usage prévu"),
        help_text=_("À quoi l’éditeur destine l’outil, pour quels soignants et quels patients."),
    )
    not_intended_for = models.TextField(
        _("ce pour quoi il n’est pas fait"),
        help_text=_(
            "Les usages que l’éditeur exclut ou déconseille (règlement sur l’IA, art. 13)."
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
    # Where the data are stored; the field kept its first name (published documents use it).
    hosting_country = models.CharField(
        _("pays où les données sont stockées"),
        max_length=2,
        choices=Country.choices,
        help_text=_("Le pays des serveurs où l’éditeur garde les données des patients."),
    )
    # Blank only for a system migrated from before storage and processing were told apart, whose
    # data left the EEA to an unknown country: `clean` asks for it at the next edit.
    processing_country = models.CharField(
        _("pays où les données sont traitées"),
        max_length=2,
        choices=Country.choices,
        blank=True,
        help_text=_(
            "Le pays des serveurs où l’IA fait son calcul, par exemple un modèle de langue appelé "
            "à distance. Souvent le même pays que le stockage."
        ),
    )
    outside_eea_access = CountryListField(
        _("pays hors de l’EEE d’où l’on peut accéder aux données"),
        default=list,
        blank=True,
        help_text=_(
            "Support de l’éditeur, sous-traitants, fournisseur du modèle : cochez chaque pays hors "
            "de l’Espace économique européen d’où quelqu’un peut lire les données. Aucune case "
            "cochée : personne hors de l’EEE ne peut les lire."
        ),
    )
    hds_certified = models.BooleanField(
        _("hébergeur certifié HDS"),
        default=False,
        help_text=_(
            "Certification « hébergeur de données de santé » (code de la santé publique, L1111-8)."
        ),
    )
    data_leave_eea = models.BooleanField(
        _("des données sortent de l’Espace économique européen"),
        default=False,
        help_text=_(
            "À cocher si les données sont stockées ou traitées hors de l’EEE, ou si l’on peut y "
            "accéder depuis un pays hors de l’EEE."
        ),
    )
    training_reuse = models.CharField(
        _("l’éditeur réutilise les données des patients pour entraîner l’IA"),
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
        verbose_name = _("système d’IA")
        verbose_name_plural = _("systèmes d’IA")

    def __str__(self):
        return f"{self.name} ({self.vendor})"

    def clean(self):
        super().clean()
        errors = {}
        if self.regulatory_status in NOTIFIED_BODY_STATUSES and not self.notified_body:
            errors["notified_body"] = _(
                "À partir de la classe IIa, indiquez l’organisme notifié qui a évalué l’outil."
            )
        errors.update(self._sovereignty_errors())
        if errors:
            raise ValidationError(errors)

    def countries_outside_eea(self) -> list[str]:
        """The codes of the countries outside the EEA where the data are stored, processed or
        reached from, each once, in that order."""
        codes = [self.hosting_country, self.processing_country, *(self.outside_eea_access or [])]
        return list(dict.fromkeys(code for code in codes if code and code not in EEA_COUNTRIES))

    def _sovereignty_errors(self) -> dict[str, str]:
        """Where the data go must agree with « des données sortent de l’EEE ».

        Also puts the access countries in the order of the list, as the admin ticks them.
        """
        if not self.processing_country:
            return {
                "processing_country": _(
                    "Indiquez le pays où les données sont traitées : celui des serveurs où l’IA "
                    "fait son calcul."
                )
            }
        access = self.outside_eea_access or []
        if any(code in EEA_COUNTRIES or code not in Country.values for code in access):
            return {
                "outside_eea_access": _(
                    "Ne cochez ici que des pays hors de l’Espace économique européen : depuis un "
                    "pays de l’EEE, les données ne sortent pas de l’EEE."
                )
            }
        # In the order of the list of countries, so that ticking in another order changes nothing.
        self.outside_eea_access = [code for code, _label in NON_EEA_COUNTRIES if code in access]
        outside = self.countries_outside_eea()
        if outside and not self.data_leave_eea:
            names = get_text_list([str(Country(code).label) for code in outside], _("et"))
            return {
                "data_leave_eea": _(
                    "Des données sont stockées, traitées ou lues hors de l’Espace économique "
                    "européen (%(countries)s) : cochez cette case."
                )
                % {"countries": names}
            }
        if self.data_leave_eea and not outside:
            return {
                "data_leave_eea": _(
                    "Vous indiquez que des données sortent de l’Espace économique européen : dites "
                    "où, avec le pays où elles sont traitées ou les pays d’où l’on peut y accéder. "
                    "Sinon, décochez cette case."
                )
            }
        return {}

    @property
    def is_medical_device(self) -> bool:
        return self.regulatory_status != RegulatoryStatus.NOT_MEDICAL_DEVICE


class SystemRequest(models.Model):
    """A clinic's request to add a tool the catalogue lacks; the clinic goes on with a draft."""

    class Status(models.TextChoices):
        OPEN = "open", _("à traiter")
        ADDED = "added", _("ajouté au catalogue")
        DECLINED = "declined", _("non ajouté")

    clinic = models.ForeignKey(
        "content.Clinic", on_delete=models.CASCADE, related_name="system_requests"
    )
    product = models.CharField(_("nom de l’outil"), max_length=120)
    vendor = models.CharField(_("éditeur"), max_length=120)
    url = models.URLField(_("adresse du site de l’outil"), blank=True)
    note = models.TextField(_("ce que vous en faites"), blank=True, max_length=2000)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    requested_at = models.DateTimeField(_("demandé le"), auto_now_add=True)
    status = models.CharField(_("état"), max_length=10, choices=Status.choices, default=Status.OPEN)
    system = models.ForeignKey(
        AISystem,
        verbose_name=_("fiche du catalogue"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="requests",
    )
    answer = models.TextField(_("réponse à la structure"), blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("demande d’ajout au catalogue")
        verbose_name_plural = _("demandes d’ajout au catalogue")

    def __str__(self):
        return f"{self.product} ({self.vendor})"

    def clean(self):
        super().clean()
        if self.status == self.Status.ADDED and not self.system_id:
            raise ValidationError(
                {"system": _("Choisissez la fiche du catalogue qui répond à cette demande.")}
            )
        if self.status == self.Status.DECLINED and not self.answer.strip():
            raise ValidationError(
                {"answer": _("Dites à la structure pourquoi l’outil n’est pas ajouté.")}
            )


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
