"""A new use started from a template of the usual uses (`models.UseTemplate`).

The clinic's form starts from the template's choices and its draft of every text, in French and in
English; the passages the clinic must check stay marked (`vocabulary.TEMPLATE_MARK`) until it edits
them, and the obligations refuse to submit a text that still holds one.
"""

from typing import Any

from content.vocabulary import AIUSE_TEXT_FIELDS

from .models import UseTemplate
from .rules.use_facts import template_marks

__all__ = ["TEMPLATE_TEXT_FIELDS", "template_marks", "use_template_values"]

LANGUAGES = ("fr", "en")
# What a template drafts for a use, each in both languages.
TEMPLATE_TEXT_FIELDS = ("label", *AIUSE_TEXT_FIELDS)


def use_template_values(*, template: UseTemplate) -> dict[str, Any]:
    """The initial values of a new use's form fields taken from `template`.

    Returns its choices (`care_step`, `decision_role`, `patient_interacts`, `declinable`) and
    `<name>_fr` / `<name>_en` for the short label and every text of `AIUSE_TEXT_FIELDS`, an empty
    string where the template has none. Refuses nothing; the tool (`ai_system`) is left to the clinic.
    """
    values: dict[str, Any] = {
        "care_step": template.care_step,
        "decision_role": template.decision_role,
        "patient_interacts": template.patient_interacts,
        "declinable": template.declinable,
    }
    for name in TEMPLATE_TEXT_FIELDS:
        for language in LANGUAGES:
            values[f"{name}_{language}"] = getattr(template, f"{name}_{language}") or ""
    return values
