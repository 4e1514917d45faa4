"""What changed between two published notices: a pure function over notice documents."""

from collections.abc import Mapping
from typing import Any

# Items of the document that are about the clinic rather than one use.
CLINIC_ITEMS = (
    "name",
    "kind",
    "introduction",
    "address",
    "phone",
    "website",
    "contacts",
    "commitments",
)


def use_label(use: Mapping[str, Any]) -> Mapping[str, str | None]:
    """What the tool does here, {"fr", "en"}: the clinic's own words, else the catalogue's.

    Notices published before a use had its own label hold none: their catalogue label stands.
    """
    system = use.get("system") or {}
    return use.get("label") or system.get("label") or {"fr": "", "en": None}


def _compared(use: Mapping[str, Any]) -> dict[str, Any]:
    # An old document without "label" says the catalogue's: not a change of the clinic's.
    return {**use, "label": use_label(use)}


def _use_label(use: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": use["id"],
        "system": use["system"]["name"],
        "care_step": use["care_step"]["code"],
    }


def notice_changes(*, previous: Mapping[str, Any] | None, current: Mapping[str, Any]) -> dict:
    """The uses added, removed and changed, and the clinic items changed, as JSON-ready data.

    Uses are matched by their stable id, so a use that was edited is "changed", not removed and added.
    A use is changed when any of its texts, choices, its own label or its system's catalogue facts
    differ; the names of the differing items are listed. With no previous version, every use is "added".
    """
    before = {use["id"]: _compared(use) for use in (previous or {}).get("uses", [])}
    after = {use["id"]: _compared(use) for use in current.get("uses", [])}
    changed = []
    for use_id, use in after.items():
        old = before.get(use_id)
        if old is None:
            continue
        items = sorted(name for name in use.keys() | old.keys() if use.get(name) != old.get(name))
        if items:
            changed.append({**_use_label(use), "items": items})
    return {
        "first": previous is None,
        "added": [_use_label(use) for use_id, use in after.items() if use_id not in before],
        "removed": [_use_label(use) for use_id, use in before.items() if use_id not in after],
        "changed": changed,
        "clinic": [
            name
            for name in CLINIC_ITEMS
            if previous is not None and previous.get(name) != current.get(name)
        ],
    }
