"""The facts the rules read, taken from what the notices hold: a clinic, its uses and systems.

`content.notices.rules` decides from plain facts; this module reads them off a Clinic (saved, or
rebuilt from a revision) or off a form's cleaned values, where the system is an AISystem.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ObjectDoesNotExist

from content.vocabulary import AIUSE_TEXT_FIELDS, EvidenceKind

from .rules.obligations import READABLE_USE_FIELDS
from .rules.use_facts import ClinicFacts, SystemFacts, UseFacts, template_marks

CLINIC_WRITTEN_FIELDS = ("ai_contact_name", "ai_contact_email", "ai_contact_phone")
# A use's texts where a template's marked passage may remain: its own short label too.
USE_MARKED_FIELDS = (*AIUSE_TEXT_FIELDS, "label")
LANGUAGES = ("fr", "en")


def system_facts(system) -> SystemFacts | None:
    """The rule facts of an AISystem, or None when no system is chosen yet."""
    if system is None:
        return None
    return SystemFacts(
        kind=system.kind,
        regulatory_status=system.regulatory_status,
        data_leave_eea=system.data_leave_eea,
        hosting_country=system.hosting_country,
        hds_certified=system.hds_certified,
        # Only evidence from outside the vendor counts: a study, a trial, an authority's opinion.
        has_evidence=any(link.kind != EvidenceKind.VENDOR for link in system.evidence.all()),
    )


def _written(values: Mapping[str, Any], names: Iterable[str]) -> frozenset[str]:
    return frozenset(name for name in names if str(values.get(name) or "").strip())


def _marked(
    values: Mapping[str, Any], names: Iterable[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The texts whose French still holds a template's marked passage, read under the bare name
    and under `<name>_fr`; each passage once.

    An English text with a marked passage blocks nothing: the English notice shows the French
    text instead (`content.notices.document`), and the review lists it as untranslated.
    """
    marked = []
    for name in names:
        keys = (name, f"{name}_fr")
        passages = [p for key in keys if key in values for p in template_marks(values[key])]
        if passages:
            marked.append((name, tuple(dict.fromkeys(passages))))
    return tuple(marked)


def _readable_texts(values: Mapping[str, Any]) -> dict[str, str]:
    """The French of the texts the rules measure, read under the bare name or `<name>_fr`."""
    return {
        name: str(values.get(name, values.get(f"{name}_fr")) or "") for name in READABLE_USE_FIELDS
    }


def clinic_facts_from_data(
    clinic: Mapping[str, Any], uses: Iterable[Mapping[str, Any]]
) -> ClinicFacts:
    """Facts from plain values: text fields by name (French for translated ones), `ai_system`.

    A use's values may also hold `label`: a marked passage in its French counts too.
    """
    use_facts = []
    for use in uses:
        use_facts.append(
            UseFacts(
                care_step=use.get("care_step") or "",
                patient_interacts=bool(use.get("patient_interacts")),
                decision_role=use.get("decision_role") or "",
                system=system_facts(use.get("ai_system")),
                written=_written(use, AIUSE_TEXT_FIELDS),
                declinable=bool(use.get("declinable")),
                marked=_marked(use, USE_MARKED_FIELDS),
                texts=_readable_texts(use),
                system_draft=bool(getattr(use.get("ai_system"), "draft", False)),
            )
        )
    return ClinicFacts(
        written=_written(clinic, CLINIC_WRITTEN_FIELDS),
        uses=tuple(use_facts),
        second_opinion=bool(clinic.get("second_opinion_on_request")),
    )


def _french_values(instance, names: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(instance, f"{name}_fr", getattr(instance, name, "")) for name in names}


def _system_of(use):
    # A draft may name a system the catalogue has since deleted: that use has no system yet.
    if not use.ai_system_id:
        return None
    try:
        return use.ai_system
    except ObjectDoesNotExist:
        return None


def clinic_facts(clinic) -> ClinicFacts:
    """Facts of a Clinic instance (saved, or rebuilt from a revision with its uses in memory)."""
    uses = []
    for use in clinic.uses.all():
        values = _french_values(use, USE_MARKED_FIELDS)
        values.update({f"{name}_en": getattr(use, f"{name}_en", "") for name in USE_MARKED_FIELDS})
        values.update(
            care_step=use.care_step,
            patient_interacts=use.patient_interacts,
            decision_role=use.decision_role,
            ai_system=_system_of(use),
            declinable=use.declinable,
        )
        uses.append(values)
    clinic_values = _french_values(clinic, CLINIC_WRITTEN_FIELDS)
    clinic_values["second_opinion_on_request"] = clinic.second_opinion_on_request
    return clinic_facts_from_data(clinic_values, uses)


def _document_written(values: Mapping[str, Any], names: Iterable[str]) -> frozenset[str]:
    # A document holds each text as {"fr", "en"}; the rules read the French, which is required.
    return frozenset(
        name for name in names if str((values.get(name) or {}).get("fr") or "").strip()
    )


def _document_system_facts(system: Mapping[str, Any] | None) -> SystemFacts | None:
    if system is None:
        return None
    return SystemFacts(
        kind=system["kind"]["code"],
        regulatory_status=system["regulatory_status"]["code"],
        data_leave_eea=system["data_leave_eea"],
        hosting_country=system["hosting_country"]["code"],
        hds_certified=system["hds_certified"],
        has_evidence=any(
            link["kind"]["code"] != EvidenceKind.VENDOR for link in system.get("evidence", [])
        ),
    )


def clinic_facts_from_document(document: Mapping[str, Any]) -> ClinicFacts:
    """Facts of a notice document (`content.notices.document`), as it was published."""
    uses = tuple(
        UseFacts(
            care_step=use["care_step"]["code"],
            patient_interacts=bool(use["patient_interacts"]),
            decision_role=use["decision_role"]["code"],
            system=_document_system_facts(use.get("system")),
            written=_document_written(use, AIUSE_TEXT_FIELDS),
            # Absent from notices published before the clinic could say: unknown, not "no".
            declinable=use.get("declinable"),
            marked=_marked(
                {
                    f"{name}_{language}": (use.get(name) or {}).get(language)
                    for name in AIUSE_TEXT_FIELDS
                    for language in LANGUAGES
                },
                AIUSE_TEXT_FIELDS,
            ),
            texts={
                name: str((use.get(name) or {}).get("fr") or "") for name in READABLE_USE_FIELDS
            },
        )
        for use in document.get("uses", [])
    )
    ai_contact = document.get("contacts", {}).get("ai", {})
    clinic = {
        "ai_contact_name": (ai_contact.get("name") or {}).get("fr"),
        "ai_contact_email": ai_contact.get("email"),
        "ai_contact_phone": ai_contact.get("phone"),
    }
    return ClinicFacts(
        written=_written(clinic, CLINIC_WRITTEN_FIELDS),
        uses=uses,
        second_opinion=bool(document.get("commitments", {}).get("second_opinion_on_request")),
    )
