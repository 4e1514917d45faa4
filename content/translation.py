"""Every modeltranslation registration, with explicit field lists (French required)."""

from modeltranslation.translator import TranslationOptions, register

from .models import BarometerFigure, GlossaryTerm, PatientExpectation, Source


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
