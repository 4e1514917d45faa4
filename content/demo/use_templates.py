"""Writes the templates of the usual uses (`UseTemplate`) from `templates_writing` and `templates_care`.

Creates only: a template that exists (found by its key) is left as it is, so a second run changes
nothing and a portal editor's changes in the admin are never overwritten.
"""

from django.db import transaction

from content.explainers.typography import french_spacing
from content.notices.models import UseTemplate
from content.vocabulary import AIUSE_TEXT_FIELDS

from . import templates_care, templates_writing

LANGUAGES = ("fr", "en")
TRANSLATED_FIELDS = ("title", "description", "label", *AIUSE_TEXT_FIELDS)
CHOICE_FIELDS = (
    "key",
    "sort_order",
    "system_kind",
    "care_step",
    "decision_role",
    "patient_interacts",
    "declinable",
)


def use_template_rows() -> list[dict]:
    """Every template the data modules write, in their order."""
    return [*templates_writing.TEMPLATES, *templates_care.TEMPLATES]


def _use_template_build(row: dict) -> UseTemplate:
    template = UseTemplate(**{name: row[name] for name in CHOICE_FIELDS})
    for language in LANGUAGES:
        texts = row.get(language) or {}
        for name in TRANSLATED_FIELDS:
            text = (texts.get(name) or "").strip()
            # The data modules type ordinary spaces; French typography is applied here.
            setattr(
                template, f"{name}_{language}", french_spacing(text) if language == "fr" else text
            )
    return template


@transaction.atomic
def use_templates_load(rows: list[dict] | None = None) -> int:
    """Create the templates missing from the database; return how many this run created.

    Refuses (ValidationError from `full_clean`) a row whose choices or French title are invalid,
    and then creates none of them.
    """
    rows = use_template_rows() if rows is None else rows
    existing = set(UseTemplate.objects.values_list("key", flat=True))
    created = 0
    for row in rows:
        if row["key"] in existing:
            continue
        template = _use_template_build(row)
        template.full_clean()
        template.save()
        existing.add(template.key)
        created += 1
    return created
