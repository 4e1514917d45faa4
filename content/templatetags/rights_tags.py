"""The rights block of a notice, computed from the notice document as it was published."""

from collections.abc import Mapping
from typing import Any

from django import template

from content.notices.facts import clinic_facts_from_document
from content.notices.rules.legal import legal_reference
from content.notices.rules.rights import Right
from content.notices.rules.rights import notice_rights as rights_of

register = template.Library()


def _tools(document: Mapping[str, Any], positions) -> list[dict[str, str]]:
    """Each use at those positions: its tool's name and the id of its section on the notice."""
    uses = document.get("uses", [])
    return [
        {"name": (uses[index].get("system") or {}).get("name", ""), "anchor": f"use-{index + 1}"}
        for index in positions
    ]


def _shown(document: Mapping[str, Any], right: Right) -> dict[str, Any]:
    return {
        "key": right.key,
        "text": right.text,
        "references": [legal_reference(key) for key in right.cites],
        "tools": _tools(document, right.uses),
    }


@register.simple_tag
def notice_rights(document: Mapping[str, Any]) -> dict[str, Any]:
    """`{% notice_rights notice as rights %}`: `legal` and `commitments`, each right with its text,
    its legal references (none for a commitment) and the tools it concerns (none when all), and
    `without_commitment`, the tools the clinic does not commit to care without."""
    rights = rights_of(clinic_facts_from_document(document))
    return {
        "legal": [_shown(document, right) for right in rights.legal],
        "commitments": [_shown(document, right) for right in rights.commitments],
        "without_commitment": _tools(document, rights.without_commitment),
    }
