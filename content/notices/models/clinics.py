"""The clinic layer: a place of care, how it uses each AI system, and each notice it published.

`Clinic` is a publishable snippet with `AIUse` children. What publishing and previewing a clinic do
belongs to the notices' publishing service (`content.notices.publishing`), which plugs itself in
when the app starts: this module knows no rule and no notice document.
"""

import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

from content.vocabulary import CareStep, ClinicKind, DecisionRole

from ..rules.introduction import introduction_lists_tools
from .catalogue import AISystem
from .names import NameArticle

NOT_CONNECTED = "Clinic publishing is not connected: content.apps runs publishing_connect()."

phone_validator = RegexValidator(
    r"^\+?[0-9 .()-]{6,25}$", _("Écrivez un numéro de téléphone, par exemple 01 23 45 67 89.")
)


postcode_validator = RegexValidator(r"^[0-9]{5}$", _("Le code postal a cinq chiffres."))


def validate_introduction(value: str) -> None:
    """Refuses an introduction that counts the tools or lists them: the notice does, in « En bref »."""
    names = AISystem.objects.values_list("name", flat=True)
    if introduction_lists_tools(value, tool_names=names):
        raise ValidationError(
            _(
                "Ne comptez pas les outils ici : la notice les compte et les nomme pour vous, "
                "sous « En bref »."
            ),
            code="counts_tools",
        )


# Addresses the directory serves itself (`pages.ClinicDirectoryPage`): no clinic may take them.
RESERVED_CLINIC_SLUGS = frozenset({"systems"})


class Clinic(DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel):
    """A place of care and its contacts; its `uses` say which AI it uses and how."""

    name = models.CharField(_("nom"), max_length=160)
    name_article = models.CharField(
        _("article devant le nom"),
        max_length=3,
        choices=NameArticle.choices,
        blank=True,
        default="",
        help_text=_(
            "L’article qu’on met devant le nom dans une phrase : « le » pour « écrire au Cabinet "
            "médical des Tilleuls », « la » pour « la Maison de santé », « aucun » pour un nom "
            "propre."
        ),
    )
    slug = models.SlugField(
        _("adresse de la notice"),
        max_length=80,
        unique=True,
        help_text=_(
            "La fin de l’adresse de la notice. Si vous la changez, l’ancienne adresse mène à la "
            "nouvelle : les affiches déjà imprimées et leur code QR restent bons."
        ),
    )
    kind = models.CharField(_("type de structure"), max_length=30, choices=ClinicKind.choices)
    introduction = models.TextField(
        _("mot d’accueil"),
        blank=True,
        help_text=_("Une ou deux phrases au patient, facultatives, en tête de la notice."),
        validators=[validate_introduction],
    )
    street_address = models.CharField(_("adresse"), max_length=200)
    postcode = models.CharField(_("code postal"), max_length=5, validators=[postcode_validator])
    city = models.CharField(_("ville"), max_length=100)
    phone = models.CharField(
        _("téléphone"), max_length=25, blank=True, validators=[phone_validator]
    )
    website = models.URLField(_("site web"), blank=True)

    ai_contact_name = models.CharField(
        _("qui répond aux questions sur l’IA"),
        max_length=120,
        blank=True,
        help_text=_(
            "Une personne ou une fonction que le patient peut joindre : « l’accueil du cabinet »."
        ),
    )
    ai_contact_email = models.EmailField(_("courriel pour les questions sur l’IA"), blank=True)
    ai_contact_phone = models.CharField(
        _("téléphone pour les questions sur l’IA"),
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
        help_text=_("Le médecin qui répond de l’usage de l’IA dans la structure."),
    )
    responsible_physician_role = models.CharField(
        _("fonction du médecin responsable"), max_length=160, blank=True
    )
    second_opinion_on_request = models.BooleanField(
        _("un autre professionnel relit un résultat si le patient le demande"),
        default=False,
        help_text=_(
            "Cochez si votre structure s’y engage. La notice le présente comme votre engagement : "
            "la loi ne l’impose pas."
        ),
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

    def clean(self):
        super().clean()
        if self.slug in RESERVED_CLINIC_SLUGS:
            raise ValidationError(
                {
                    "slug": _(
                        "L’adresse « %(slug)s » est réservée à une page du portail : "
                        "choisissez-en une autre, par exemple le nom de la structure."
                    )
                    % {"slug": self.slug}
                }
            )
        # A former address of another clinic leads to that clinic forever (`addresses`).
        former = type(self).former_slugs.rel.related_model.objects.filter(slug=self.slug)
        if self.slug and former.exclude(clinic_id=self.pk).exists():
            raise ValidationError(
                {
                    "slug": _(
                        "L’adresse « %(slug)s » a déjà servi à une autre structure : ses "
                        "affiches y mènent encore. Choisissez-en une autre."
                    )
                    % {"slug": self.slug}
                }
            )

    preview_modes = [("fr", _("Notice en français")), ("en", _("Notice en anglais"))]
    default_preview_mode = "fr"

    # Plugged in at start-up by `content.notices.publishing.publishing_connect` (`content.apps`):
    # every way to publish (admin, workspace, scheduler) runs this action, and the preview shows
    # this context. Until then a clinic can be neither published nor previewed.
    publish_action_class: ClassVar[type[PublishRevisionAction] | None] = None
    preview_context: ClassVar[Callable[..., dict[str, Any]] | None] = None

    def get_preview_template(self, request, mode_name):
        return "notices/notice.html"

    def get_preview_context(self, request, mode_name):
        if self.preview_context is None:
            raise ImproperlyConfigured(NOT_CONNECTED)
        return self.preview_context(clinic=self)

    def serve_preview(self, request, mode_name):
        # The admin speaks the editor's language; the preview speaks the notice's.
        with translation.override(mode_name):
            return super().serve_preview(request, mode_name).render()

    def publish(
        self,
        revision,
        user=None,
        changed=True,
        log_action=True,
        previous_revision=None,
        skip_permission_checks=False,
    ):
        if self.publish_action_class is None:
            raise ImproperlyConfigured(NOT_CONNECTED)
        action = self.publish_action_class(
            revision,
            user=user,
            changed=changed,
            log_action=log_action,
            previous_revision=previous_revision,
        )
        return action.execute(skip_permission_checks=skip_permission_checks)


class UseTexts(models.Model):
    """What a use tells patients, text by text: shared by a clinic's use and the portal's templates."""

    summary = models.TextField(
        _("ce que fait l’outil ici"),
        blank=True,
        help_text=_(
            "Deux ou trois phrases simples : ce que l’outil fait pour vous, dans cette structure."
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
        help_text=_("Lesquelles, concrètement : l’enregistrement de la consultation, vos radios…"),
    )
    retention = models.TextField(
        _("combien de temps elles sont gardées"),
        blank=True,
        help_text=_(
            "Par l’outil et par son éditeur : « l’enregistrement est effacé sous 24 heures »."
        ),
    )
    data_transfer = models.TextField(
        _("sortie de l’Espace économique européen"),
        blank=True,
        help_text=_("Si des données quittent l’EEE : vers quel pays, et ce qui les protège."),
    )
    identifiable_data = models.TextField(
        _("données qui vous identifient"),
        blank=True,
        help_text=_(
            "Pour une IA générative : ce que l’outil reçoit de votre identité, et ce qui est retiré."
        ),
    )
    benefits = models.TextField(_("ce que vous y gagnez"), blank=True)
    risks = models.TextField(_("les risques et les limites"), blank=True)
    risk_mitigation = models.TextField(_("ce que nous faisons contre ces risques"), blank=True)
    alternative = models.TextField(
        _("l’autre solution"),
        blank=True,
        help_text=_("Comment les choses se passent sans l’outil."),
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
            "Qui vous explique le résultat, et comment demander l’avis d’un autre soignant."
        ),
    )
    answer_if_wrong = models.TextField(_("et si l’outil se trompe ?"), blank=True)
    answer_human_contact = models.TextField(
        _("est-ce que je verrai toujours mon soignant ?"), blank=True
    )
    answer_responsibility = models.TextField(_("qui est responsable ?"), blank=True)
    answer_reliability = models.TextField(_("est-ce fiable ?"), blank=True)
    answer_data_access = models.TextField(_("qui voit mes données ?"), blank=True)

    class Meta:
        abstract = True


class AIUse(UseTexts, Orderable):
    """How one clinic uses one AI system, told to its patients in plain language."""

    clinic = ParentalKey(Clinic, on_delete=models.CASCADE, related_name="uses")
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    ai_system = models.ForeignKey(
        AISystem, verbose_name=_("système d’IA"), on_delete=models.PROTECT, related_name="uses"
    )
    care_step = models.CharField(_("étape des soins"), max_length=20, choices=CareStep.choices)
    patient_interacts = models.BooleanField(
        _("le patient échange directement avec l’outil"),
        default=False,
        help_text=_(
            "Un agent conversationnel, un assistant vocal, un questionnaire en ligne qui répond."
        ),
    )
    decision_role = models.CharField(
        _("rôle dans la décision"), max_length=20, choices=DecisionRole.choices
    )
    declinable = models.BooleanField(
        _("le patient peut refuser l’outil et être soigné sans lui"),
        default=False,
        help_text=_(
            "Cochez si vous soignez sans l’outil le patient qui le refuse. Ne cochez pas si l’outil "
            "ne peut pas être écarté pour un seul patient : « comment refuser » dit alors ce qui "
            "reste possible."
        ),
    )
    label = models.CharField(
        _("ce que fait l’outil ici, en quelques mots"),
        max_length=120,
        blank=True,
        help_text=_(
            "Facultatif : remplace, pour cet usage, la description courte du catalogue. Commencez "
            "par un verbe : « Rédige le compte rendu que le médecin dicte »."
        ),
    )
    template = models.ForeignKey(
        "UseTemplate",
        verbose_name=_("modèle de départ"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uses",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("usage de l’IA")
        verbose_name_plural = _("usages de l’IA")

    def __str__(self):
        return f"{self.ai_system_id and self.ai_system.name} — {self.get_care_step_display()}"


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
