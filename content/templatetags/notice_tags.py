"""Template tags that show a notice document in the reader's language, French where not translated."""

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.formats import number_format
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from content.explainers.typography import french_spacing
from content.notices.document import localized, tools_heading, use_label
from content.notices.models import AISystem, AIUse, Clinic
from content.vocabulary import TEMPLATE_MARK, CareStep

register = template.Library()

ITEM_LABELS = {
    "system": _("les informations sur l’outil"),
    "evidence": _("les études et avis publiés"),
    "contacts": _("les contacts"),
    "commitments": _("nos engagements"),
    "address": _("l’adresse"),
    "name": _("le nom"),
    "kind": _("le type de structure"),
    "phone": _("le téléphone"),
    "website": _("le site web"),
    "introduction": _("le mot d’accueil"),
}


def _without_marks(text: str) -> str:
    """The text without a template's marked passages: never shown outside a preview.

    Publishing refuses a text that holds one (`rules.obligations`): this is the last guard.
    """
    if "[[" not in text:
        return text
    return TEMPLATE_MARK.sub("", text).replace("  ", " ").strip()


def _typeset(text: str, language: str) -> str:
    return french_spacing(text) if language == "fr" else text


@register.simple_tag(takes_context=True)
def notice_text(context, value, *, inline: bool = False):
    """A text of the notice as paragraphs (or inline), marked lang="fr" when shown in French.

    A template's marked passage shows only in a preview, where the clinic must see what is left.
    """
    reader = translation.get_language()
    text, language = localized(value, reader)
    if text and not context.get("preview"):
        text = _without_marks(text)
    if not text:
        return ""
    text = _typeset(text, language)
    if language == reader:
        return format_html("{}", text) if inline else mark_safe(linebreaks(text, autoescape=True))
    note = _("(en français : pas encore traduit)")
    if inline:
        return format_html(
            '<span lang="fr">{}</span> <span class="fallback-note">{}</span>', text, note
        )
    return format_html(
        '<div lang="fr" class="fallback">{}</div><p class="fallback-note">{}</p>',
        mark_safe(linebreaks(text, autoescape=True)),
        note,
    )


@register.filter(name="use_label")
def use_label_filter(use) -> dict:
    """What a use's tool does here, {"fr", "en"}: its own label, else the catalogue's."""
    return use_label(use) if use else {}


@register.filter(name="tools_heading")
def tools_heading_filter(notice) -> str:
    """The summary's heading, which counts the notice's tools: « En bref : 3 outils d’IA »."""
    return tools_heading(notice) if notice else ""


@register.filter
def choice_label(value) -> str:
    """The label of a {"code", "label": {"fr", "en"}} choice in the reader's language."""
    if not value:
        return ""
    text, _language = localized(value.get("label"), translation.get_language())
    return text


@register.filter
def has_text(value) -> bool:
    return bool(value and (value.get("fr") or value.get("en")))


@register.filter
def as_date(value):
    """An ISO date or date-time string of the document as a date for |date."""
    if not value:
        return None
    return parse_datetime(value) or parse_date(value)


@register.filter
def item_label(name: str) -> str:
    """What a changed item of a use or clinic is called, for the version history."""
    if name in ITEM_LABELS:
        return str(ITEM_LABELS[name])
    for model in (AIUse, AISystem, Clinic):
        try:
            return str(model._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            continue
    return name


@register.filter
def care_step_label(code: str) -> str:
    try:
        return str(CareStep(code).label)
    except ValueError:
        return code


@register.filter
def fact_value(value) -> str:
    """A catalogue fact for people: a choice's label, yes or no, or the value itself."""
    if isinstance(value, dict) and "label" in value:
        return choice_label(value)
    if isinstance(value, bool):
        return str(_("oui") if value else _("non"))
    if isinstance(value, list):
        # Countries outside the EEA the data are reached from (`outside_eea_access`).
        return ", ".join(fact_value(item) for item in value) or str(_("aucun"))
    return "" if value is None else str(value)


@register.filter
def get_item(mapping, key):
    """`mapping[key]`, or None: for dictionaries keyed by a value of the loop."""
    return (mapping or {}).get(key)


@register.filter
def thousands(number) -> str:
    """A count with the reader's thousands separator: "100 000" in French, "100,000" in English."""
    return number_format(number, force_grouping=True)
