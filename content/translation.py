"""Every modeltranslation registration, with explicit field lists (French required)."""

from modeltranslation.translator import TranslationOptions, register

from .explainers.models import BarometerFigure, GlossaryTerm, PatientExpectation, Source
from .notices.models import AISystem, AIUse, Clinic, EvidenceLink, UseTemplate
from .vocabulary import AIUSE_TEXT_FIELDS


class FrenchRequired(TranslationOptions):
    required_languages = ("fr",)


@register(Source)
class SourceTranslation(FrenchRequired):
    fields = ("title", "publisher", "description")


@register(BarometerFigure)
class BarometerFigureTranslation(FrenchRequired):
    fields = ("statement",)


@register(PatientExpectation)
class PatientExpectationTranslation(FrenchRequired):
    fields = ("title", "description")


@register(GlossaryTerm)
class GlossaryTermTranslation(FrenchRequired):
    fields = ("term", "definition")


@register(AISystem)
class AISystemTranslation(FrenchRequired):
    fields = ("label", "intended_purpose", "not_intended_for")


@register(EvidenceLink)
class EvidenceLinkTranslation(FrenchRequired):
    fields = ("title",)


@register(Clinic)
class ClinicTranslation(TranslationOptions):
    fields = ("introduction", "ai_contact_name", "responsible_physician_role")


@register(AIUse)
class AIUseTranslation(TranslationOptions):
    # Nothing is required here: a draft may be incomplete; the obligations decide what publishing needs.
    fields = (*AIUSE_TEXT_FIELDS, "label")


@register(UseTemplate)
class UseTemplateTranslation(TranslationOptions):
    # The French is the template; the English may wait (a clinic then writes its own).
    fields = ("title", "description", "label", *AIUSE_TEXT_FIELDS)
