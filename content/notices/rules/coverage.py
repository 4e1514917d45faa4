"""Which patient expectations a notice answers, and through which of its items: pure functions."""

from collections.abc import Iterable
from dataclasses import dataclass

from content.vocabulary import DecisionRole, RegulatoryStatus

from .use_facts import ClinicFacts, UseFacts

# For each expectation of the barometer, the items of a use that answer it.
EXPECTATION_FIELDS: dict[str, tuple[str, ...]] = {
    "be-informed": ("summary", "when_told"),
    "benefits-risks": ("benefits", "risks"),
    "human-supervision": ("human_oversight", "decision_role"),
    "validated-tools": ("regulatory_status", "evidence"),
    "data-protection": ("patient_data", "retention", "answer_data_access"),
    "sovereign-tools": ("hosting_country", "hds_certified", "data_transfer"),
    "fear-errors": ("answer_if_wrong", "risk_mitigation"),
    "fear-human-contact": ("answer_human_contact", "how_to_decline"),
    "fear-liability": ("answer_responsibility",),
    "fear-reliability": ("answer_reliability", "evidence"),
    "fear-confidentiality": ("answer_data_access", "identifiable_data"),
}


@dataclass(frozen=True)
class Coverage:
    """Whether a notice answers one expectation, through which items, and which uses fall short."""

    expectation: str
    met: bool
    fields: tuple[str, ...]
    uses_short: tuple[int, ...] = ()
    assessed: bool = True


def _use_answers(expectation: str, use: UseFacts) -> bool:
    system = use.system
    written = use.written
    if expectation == "human-supervision":
        return "human_oversight" in written and use.decision_role != DecisionRole.DECIDES
    if expectation == "validated-tools":
        # The notice states the regulatory status of every tool; it answers when that status or
        # published evidence shows an outside check.
        return system is not None and (
            system.regulatory_status != RegulatoryStatus.NOT_MEDICAL_DEVICE or system.has_evidence
        )
    if expectation == "sovereign-tools":
        return (
            system is not None
            and bool(system.hosting_country)
            and (not system.data_leave_eea or "data_transfer" in written)
        )
    if expectation == "fear-reliability":
        return "answer_reliability" in written
    if expectation == "fear-confidentiality":
        generative_ok = system is None or not system.is_generative or "identifiable_data" in written
        return "answer_data_access" in written and generative_ok
    return all(name in written for name in EXPECTATION_FIELDS[expectation])


def expectation_coverage(facts: ClinicFacts, expectations: Iterable[str]) -> list[Coverage]:
    """One Coverage per expectation key, in the given order.

    An expectation is met when every use answers it. A key the rules do not know (an expectation an
    editor added later) is returned unmet and not assessed, never silently counted as met.
    """
    results = []
    for key in expectations:
        fields = EXPECTATION_FIELDS.get(key)
        if fields is None:
            results.append(Coverage(key, met=False, fields=(), assessed=False))
            continue
        short = tuple(i for i, use in enumerate(facts.uses) if not _use_answers(key, use))
        results.append(
            Coverage(key, met=bool(facts.uses) and not short, fields=fields, uses_short=short)
        )
    return results
