"""A new use started from a template of the usual uses (`models.UseTemplate`).

The clinic's form starts from the template's choices and its draft of every text, in French and in
English; the passages the clinic must check stay marked (`vocabulary.TEMPLATE_MARK`) until it edits
them, and the obligations refuse to submit a text that still holds one.
"""

import re
from typing import Any

from content.vocabulary import AIUSE_TEXT_FIELDS, TEMPLATE_MARK, TrainingReuse

from .models import AISystem, UseTemplate
from .rules.use_facts import template_marks

__all__ = ["TEMPLATE_TEXT_FIELDS", "template_marks", "use_template_values"]

LANGUAGES = ("fr", "en")
# What a template drafts for a use, each in both languages.
TEMPLATE_TEXT_FIELDS = ("label", *AIUSE_TEXT_FIELDS)


def use_template_values(*, template: UseTemplate, system: AISystem | None = None) -> dict[str, Any]:
    """The initial values of a new use's form fields taken from `template`.

    Returns its choices (`care_step`, `decision_role`, `patient_interacts`, `declinable`) and
    `<name>_fr` / `<name>_en` for the short label and every text of `AIUSE_TEXT_FIELDS`, an empty
    string where the template has none. With the tool chosen (`system`), the passages its catalogue
    record answers are settled (`_settled_by_catalogue`). Refuses nothing; the tool itself
    (`ai_system`) is set by the caller.
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
    if system is not None:
        _settled_by_catalogue(values, system)
    return values


def _unmarked(text: str) -> str:
    return re.sub(r"\s+([.,;:!?])", r"\1", TEMPLATE_MARK.sub("", text)).strip()


def _settled_by_catalogue(values: dict[str, Any], system: AISystem) -> None:
    """Settle, in place, the marked passages that the tool's catalogue record answers.

    Where data stay in the EEA, the notice says where from the catalogue and owes no transfer
    text: a marked one is left empty. Where the vendor reuses nothing to train its AI, the
    template's « it does not train on your data » holds: its check is done.
    """
    for language in LANGUAGES:
        transfer = f"data_transfer_{language}"
        if not system.data_leave_eea and TEMPLATE_MARK.search(values.get(transfer, "")):
            values[transfer] = ""
        access = f"answer_data_access_{language}"
        if system.training_reuse == TrainingReuse.NO and values.get(access):
            values[access] = _unmarked(values[access])
