"""The three layers of disclosure: what an AI system is, how a clinic uses it, what was published.

`AISystem` is the product layer, kept by the portal's editors. `Clinic` (a publishable snippet) and its
`AIUse` children are the clinic layer. `NoticeVersion` keeps each published notice as it was shown.
The rules that read them (obligations, coverage, changes) live beside them in `content/`.
"""

import logging
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

logger = logging.getLogger(__name__)


class Country(models.TextChoices):
    """Countries where vendors sit and data are hosted: the EEA first, then frequent elsewhere."""

    FR = "FR", _("France")
    DE = "DE", _("Allemagne")
    AT = "AT", _("Autriche")
    BE = "BE", _("Belgique")
    BG = "BG", _("Bulgarie")
    CY = "CY", _("Chypre")
    HR = "HR", _("Croatie")
    DK = "DK", _("Danemark")
    ES = "ES", _("Espagne")
    EE = "EE", _("Estonie")
    FI = "FI", _("Finlande")
    GR = "GR", _("Grèce")
    HU = "HU", _("Hongrie")
    IE = "IE", _("Irlande")
    IS = "IS", _("Islande")
    IT = "IT", _("Italie")
    LV = "LV", _("Lettonie")
    LI = "LI", _("Liechtenstein")
    LT = "LT", _("Lituanie")
    LU = "LU", _("Luxembourg")
    MT = "MT", _("Malte")
    NO = "NO", _("Norvège")
    NL = "NL", _("Pays-Bas")
    PL = "PL", _("Pologne")
    PT = "PT", _("Portugal")
    CZ = "CZ", _("République tchèque")
    RO = "RO", _("Roumanie")
    SK = "SK", _("Slovaquie")
    SI = "SI", _("Slovénie")
    SE = "SE", _("Suède")
    CH = "CH", _("Suisse")
    GB = "GB", _("Royaume-Uni")
    US = "US", _("États-Unis")
    CA = "CA", _("Canada")
    IL = "IL", _("Israël")
    IN = "IN", _("Inde")
    JP = "JP", _("Japon")
    KR = "KR", _("Corée du Sud")
    CN = "CN", _("Chine")
    SG = "SG", _("Singapour")
    AU = "AU", _("Australie")


# The European Economic Area: the EU's 27 states with Iceland, Liechtenstein and Norway.
EEA_COUNTRIES = frozenset(
    "FR DE AT BE BG CY HR DK ES EE FI GR HU IE IS IT LV LI LT LU MT NO NL PL PT CZ RO SK SI SE".split()
)


class AISystemKind(models.TextChoices):
    RULES = "rules", _("à base de règles")
    MACHINE_LEARNING = "machine_learning", _("apprentissage automatique")
    GENERATIVE = "generative", _("IA générative")
    SPEECH = "speech", _("reconnaissance vocale")


class RegulatoryStatus(models.TextChoices):
    NOT_MEDICAL_DEVICE = "not_medical_device", _("pas un dispositif médical")
    CE_I = "ce_i", _("dispositif médical marqué CE, classe I")
    CE_IIA = "ce_iia", _("dispositif médical marqué CE, classe IIa")
    CE_IIB = "ce_iib", _("dispositif médical marqué CE, classe IIb")
    CE_III = "ce_iii", _("dispositif médical marqué CE, classe III")


# Classes above I are assessed by a notified body, whose name and number the marking carries.
NOTIFIED_BODY_STATUSES = frozenset(
    {RegulatoryStatus.CE_IIA, RegulatoryStatus.CE_IIB, RegulatoryStatus.CE_III}
)


class TrainingReuse(models.TextChoices):
    NO = "no", _("non")
    OPT_OUT = "opt_out", _("oui, sauf si vous vous y opposez")
    YES = "yes", _("oui")


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

    class Kind(models.TextChoices):
        PEER_REVIEWED = "peer_reviewed", _("étude publiée dans une revue à comité de lecture")
        CLINICAL_TRIAL = "clinical_trial", _("essai clinique")
        AUTHORITY = "authority", _("avis d'une autorité de santé")
        VENDOR = "vendor", _("document de l'éditeur")

    ai_system = ParentalKey(AISystem, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("titre"), max_length=255)
    url = models.URLField(_("adresse"))

    class Meta(Orderable.Meta):
        verbose_name = _("preuve")
        verbose_name_plural = _("preuves")

    def __str__(self):
        return self.title


class ClinicKind(models.TextChoices):
    GP_PRACTICE = "gp_practice", _("cabinet de médecine générale")
    HEALTH_CENTRE = "health_centre", _("maison ou centre de santé")
    RADIOLOGY = "radiology", _("centre d'imagerie médicale")
    HOSPITAL_DEPARTMENT = "hospital_department", _("service hospitalier")
    OTHER = "other", _("autre structure de soins")


phone_validator = RegexValidator(
    r"^\+?[0-9 .()-]{6,25}$", _("Écrivez un numéro de téléphone, par exemple 01 23 45 67 89.")
)


class Clinic(DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel):
    """A place of care and its contacts; its `uses` say which AI it uses and how."""

    name = models.CharField(_("nom"), max_length=160)
    slug = models.SlugField(
        _("adresse de la notice"),
        max_length=80,
        unique=True,
        help_text=_(
            "Adresse fixe : elle figure sur l'affiche et dans le code QR. Ne la changez pas."
        ),
    )
    kind = models.CharField(_("type de structure"), max_length=30, choices=ClinicKind.choices)
    introduction = models.TextField(
        _("mot d'accueil"),
        blank=True,
        help_text=_("Une ou deux phrases au patient, facultatives, en tête de la notice."),
    )
    street_address = models.CharField(_("adresse"), max_length=200)
    postcode = models.CharField(
        _("code postal"),
        max_length=5,
        validators=[RegexValidator(r"^[0-9]{5}$", _("Le code postal a cinq chiffres."))],
    )
    city = models.CharField(_("ville"), max_length=100)
    phone = models.CharField(
        _("téléphone"), max_length=25, blank=True, validators=[phone_validator]
    )
    website = models.URLField(_("site web"), blank=True)

    ai_contact_name = models.CharField(
        _("qui répond aux questions sur l'IA"),
        max_length=120,
        blank=True,
        help_text=_(
            "Une personne ou une fonction que le patient peut joindre : « l'accueil du cabinet »."
        ),
    )
    ai_contact_email = models.EmailField(_("courriel pour les questions sur l'IA"), blank=True)
    ai_contact_phone = models.CharField(
        _("téléphone pour les questions sur l'IA"),
        max_length=25,
        blank=True,
        validators=[phone_validator],
    )
    dpo_name = models.CharField(
        _("délégué à la protection des données"), max_length=120, blank=True
    )
    dpo_email = models.EmailField(_("courriel du délégué à la protection des données"), blank=True)
    responsible_physician = models.CharField(
        _("médecin responsable"),
        max_length=120,
        blank=True,
        help_text=_("Le médecin qui répond de l'usage de l'IA dans la structure."),
    )
    responsible_physician_role = models.CharField(
        _("fonction du médecin responsable"), max_length=160, blank=True
    )

    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
        index.AutocompleteField("city"),
        index.FilterField("live"),
        index.FilterField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("structure de soins")
        verbose_name_plural = _("structures de soins")

    def __str__(self):
        return self.name

    preview_modes = [("fr", _("Notice en français")), ("en", _("Notice en anglais"))]
    default_preview_mode = "fr"

    def get_preview_template(self, request, mode_name):
        return "pages/notice.html"

    def get_preview_context(self, request, mode_name):
        from ..notices import notice_preview_context

        return notice_preview_context(clinic=self)

    def serve_preview(self, request, mode_name):
        # The admin speaks the editor's language; the preview speaks the notice's.
        with translation.override(mode_name):
            return super().serve_preview(request, mode_name).render()

    def publish(self, revision, *args, **kwargs):
        # Every way to publish (admin, workspace, schedule) meets the same rule.
        from ..obligations import clinic_facts, notice_gaps

        if notice_gaps(clinic_facts(revision.as_object())):
            if revision.approved_go_live_at is not None:
                # Scheduled, then the catalogue changed: keep the draft, drop the schedule, and let
                # the scheduler go on with the other publications.
                type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=None)
                logger.warning(
                    "Scheduled notice of %s no longer meets its obligations: not published.", self
                )
                return None
            raise ValidationError(
                _(
                    "Cette notice ne peut pas être publiée : il manque des informations obligatoires."
                )
            )
        return super().publish(revision, *args, **kwargs)


class CareStep(models.TextChoices):
    PREVENTION = "prevention", _("prévention")
    DIAGNOSIS = "diagnosis", _("diagnostic")
    CARE = "care", _("soins et traitement")
    DOCUMENTATION = "documentation", _("dossier et comptes rendus")
    ADMINISTRATION = "administration", _("organisation et administration")
    COMMUNICATION = "communication", _("échanges avec les patients")
    TRIAGE = "triage", _("orientation des patients (tri)")
    RESEARCH = "research", _("recherche")


class DecisionRole(models.TextChoices):
    INFORMS = "informs", _("donne une information au soignant")
    AUGMENTS = "augments", _("aide le soignant à décider")
    DRAFTS = "drafts", _("prépare un brouillon que le soignant valide")
    DECIDES = "decides", _("décide seul")


class AIUse(Orderable):
    """How one clinic uses one AI system, told to its patients in plain language."""

    clinic = ParentalKey(Clinic, on_delete=models.CASCADE, related_name="uses")
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    ai_system = models.ForeignKey(
        AISystem, verbose_name=_("système d'IA"), on_delete=models.PROTECT, related_name="uses"
    )
    care_step = models.CharField(_("étape des soins"), max_length=20, choices=CareStep.choices)
    patient_interacts = models.BooleanField(
        _("le patient échange directement avec l'outil"),
        default=False,
        help_text=_(
            "Un agent conversationnel, un assistant vocal, un questionnaire en ligne qui répond."
        ),
    )
    decision_role = models.CharField(
        _("rôle dans la décision"), max_length=20, choices=DecisionRole.choices
    )
    summary = models.TextField(
        _("ce que fait l'outil ici"),
        blank=True,
        help_text=_(
            "Deux ou trois phrases simples : ce que l'outil fait pour vous, dans cette structure."
        ),
    )
    human_oversight = models.TextField(
        _("qui vérifie, et comment"),
        blank=True,
        help_text=_("Le soignant qui relit ou contrôle le résultat, et à quel moment."),
    )
    patient_data = models.TextField(
        _("vos données utilisées"),
        blank=True,
        help_text=_("Lesquelles, concrètement : l'enregistrement de la consultation, vos radios…"),
    )
    retention = models.TextField(
        _("combien de temps elles sont gardées"),
        blank=True,
        help_text=_(
            "Par l'outil et par son éditeur : « l'enregistrement est effacé sous 24 heures »."
        ),
    )
    data_transfer = models.TextField(
        _("sortie de l'Espace économique européen"),
        blank=True,
        help_text=_("Si des données quittent l'EEE : vers quel pays, et ce qui les protège."),
    )
    identifiable_data = models.TextField(
        _("données qui vous identifient"),
        blank=True,
        help_text=_(
            "Pour une IA générative : ce que l'outil reçoit de votre identité, et ce qui est retiré."
        ),
    )
    benefits = models.TextField(_("ce que vous y gagnez"), blank=True)
    risks = models.TextField(_("les risques et les limites"), blank=True)
    risk_mitigation = models.TextField(_("ce que nous faisons contre ces risques"), blank=True)
    alternative = models.TextField(
        _("l'autre solution"),
        blank=True,
        help_text=_("Comment les choses se passent sans l'outil."),
    )
    how_to_decline = models.TextField(
        _("comment refuser"),
        blank=True,
        help_text=_("À qui le dire, et ce que cela change (ou non) pour vos soins."),
    )
    when_told = models.TextField(
        _("quand vous êtes prévenu"),
        blank=True,
        help_text=_(
            "À la prise de rendez-vous, en début de consultation, à la remise des résultats…"
        ),
    )
    interpretation = models.TextField(
        _("comment le résultat vous est expliqué"),
        blank=True,
        help_text=_(
            "Qui vous explique le résultat, et comment demander l'avis d'un autre soignant."
        ),
    )
    answer_if_wrong = models.TextField(_("et si l'outil se trompe ?"), blank=True)
    answer_human_contact = models.TextField(
        _("est-ce que je verrai toujours mon soignant ?"), blank=True
    )
    answer_responsibility = models.TextField(_("qui est responsable ?"), blank=True)
    answer_reliability = models.TextField(_("est-ce fiable ?"), blank=True)
    answer_data_access = models.TextField(_("qui voit mes données ?"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("usage de l'IA")
        verbose_name_plural = _("usages de l'IA")

    def __str__(self):
        return f"{self.ai_system_id and self.ai_system.name} — {self.get_care_step_display()}"


# The clinic's texts for each use, in the order the notice tells them.
AIUSE_TEXT_FIELDS = (
    "summary",
    "human_oversight",
    "patient_data",
    "retention",
    "data_transfer",
    "identifiable_data",
    "benefits",
    "risks",
    "risk_mitigation",
    "alternative",
    "how_to_decline",
    "when_told",
    "interpretation",
    "answer_if_wrong",
    "answer_human_contact",
    "answer_responsibility",
    "answer_reliability",
    "answer_data_access",
)


class NoticeVersion(models.Model):
    """A published notice as patients saw it, kept whole so that changes can be shown."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    published_at = models.DateTimeField(_("publiée le"))
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    document = models.JSONField(_("notice publiée"))
    changes = models.JSONField(_("changements depuis la version précédente"), default=dict)
    review_due_on = models.DateField(_("à revoir avant le"), null=True, blank=True)

    class Meta:
        ordering = ["clinic", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["clinic", "number"], name="notice_version_unique_number"
            )
        ]
        verbose_name = _("version publiée")
        verbose_name_plural = _("versions publiées")

    def __str__(self):
        return f"{self.clinic} v{self.number}"
