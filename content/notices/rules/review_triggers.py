"""When a published notice must be reviewed again: pure functions over notice documents.

A notice keeps, in each published version, the catalogue facts of every system it describes. When the
catalogue now says something else about a fact patients rely on, or the review date has passed, the
clinic's members are told what changed.
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Catalogue facts that change what a patient is told.
WATCHED_FACTS = (
    "version",
    "hosting_country",
    "processing_country",
    "outside_eea_access",
    "hds_certified",
    "data_leave_eea",
    "regulatory_status",
    "training_reuse",
)


@dataclass(frozen=True)
class ReviewFlag:
    """One reason to review a notice: a catalogue fact that changed, or a review date passed."""

    reason: str  # "catalogue" or "review_date"
    system: str = ""
    fact: str = ""
    before: Any = None
    after: Any = None
    system_key: str = ""


def _value(fact: Any) -> Any:
    # Choice facts are stored as {"code", "label"}, lists of countries as lists of them; compare
    # their codes.
    if isinstance(fact, list):
        return sorted(_value(item) for item in fact)
    return fact.get("code") if isinstance(fact, Mapping) else fact


def review_flags(
    *,
    published: Mapping[str, Any] | None,
    catalogue: Mapping[str, Mapping[str, Any]],
    review_due_on: datetime.date | None,
    today: datetime.date | None,
) -> list[ReviewFlag]:
    """Every reason the published document needs review, given the catalogue as it is now.

    `catalogue` maps a system key to its current facts (as in the notice document). A system that
    left the catalogue raises nothing here: the notice still describes what was published.
    """
    if published is None:
        return []
    flags = []
    seen = set()
    for use in published.get("uses", []):
        system = use["system"]
        current = catalogue.get(system["key"])
        if current is None or system["key"] in seen:
            continue
        seen.add(system["key"])
        for fact in WATCHED_FACTS:
            # A document published before the catalogue knew a fact told patients nothing of it.
            if fact not in system:
                continue
            before, after = system.get(fact), current.get(fact)
            if _value(before) != _value(after):
                # The facts as documents hold them (choices with their labels), for showing.
                flags.append(
                    ReviewFlag("catalogue", system["name"], fact, before, after, system["key"])
                )
    if review_due_on is not None and today is not None and review_due_on < today:
        flags.append(ReviewFlag("review_date", before=review_due_on))
    return flags
