"""Templates of the usual uses of AI, written for patients and kept by the portal's editors.

A clinic that adds a use from a template starts from a draft of every text, where the passages it
must check or complete are marked (`content.vocabulary.TEMPLATE_MARK`): submitting refuses a text
that still holds a mark.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from content.vocabulary import AISystemKind, CareStep, DecisionRole

from .clinics import UseTexts


class UseTemplate(UseTexts):
    """A usual use (ambient scribe, dictation…) with a draft of every text a notice needs."""

    key = models.SlugField(_("identifiant"), max_length=60, unique=True)
    title = models.CharField(
        _("nom du modèle"),
        max_length=120,
        help_text=_("Ce que la structure reconnaît : « Transcription de la consultation »."),
    )
    description = models.TextField(
        _("pour quels outils"),
        help_text=_("Une ou deux phrases pour choisir le bon modèle, avec des exemples d’outils."),
    )
    system_kind = models.CharField(
        _("type d’IA habituel"),
        max_length=20,
        choices=AISystemKind.choices,
        blank=True,
        help_text=_("Les outils du catalogue de ce type sont proposés en premier."),
    )
    label = models.CharField(
        _("ce que fait l’outil, en quelques mots"),
        max_length=120,
        blank=True,
        help_text=_("Proposé à la structure pour son usage ; elle peut le changer."),
    )
    care_step = models.CharField(_("étape des soins"), max_length=20, choices=CareStep.choices)
    decision_role = models.CharField(
        _("rôle dans la décision"), max_length=20, choices=DecisionRole.choices
    )
    patient_interacts = models.BooleanField(
        _("le patient échange directement avec l’outil"), default=False
    )
    declinable = models.BooleanField(
        _("le patient peut refuser l’outil et être soigné sans lui"), default=True
    )
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        ordering = ["sort_order", "key"]
        verbose_name = _("modèle d’usage")
        verbose_name_plural = _("modèles d’usage")

    def __str__(self):
        return self.title
