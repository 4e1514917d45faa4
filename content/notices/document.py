"""A clinic's notice as one document in both languages: what other capabilities read of notices.

`notice_document` is the single source of every form of the notice: the web page, the print view,
the poster and the JSON export read the same document, and each published version keeps its own copy.
`published_clinics` loads live clinics with all their notice shows; `localized` picks a language.
"""

from collections.abc import Mapping
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import translation

from content.explainers.models import PatientExpectation
from content.vocabulary import AIUSE_TEXT_FIELDS

from .facts import clinic_facts
from .models import AISystem, AIUse, Clinic, NoticeVersion
from .rules.coverage import expectation_coverage

SCHEMA_VERSION = "1.0"
LANGUAGES = ("fr", "en")


def published_clinics() -> QuerySet[Clinic]:
    """Live clinics with everything their notice shows, in a fixed number of queries."""
    return Clinic.objects.filter(live=True).prefetch_related(
        Prefetch(
            "uses",
            queryset=AIUse.objects.select_related("ai_system").order_by("sort_order", "pk"),
        ),
        "uses__ai_system__evidence",
    )


def published_clinic(slug: str) -> Clinic:
    """The live clinic with this slug, loaded as `published_clinics` loads it; Http404 when none."""
    return get_object_or_404(published_clinics(), slug=slug)


def _both(instance, name: str) -> dict[str, str | None]:
    french = getattr(instance, f"{name}_fr", None) or ""
    english = getattr(instance, f"{name}_en", None) or None
    return {"fr": french, "en": english}


def _choice(field_choices, code: str) -> dict[str, Any]:
    labels = {}
    for language in LANGUAGES:
        with translation.override(language):
            labels[language] = str(dict(field_choices).get(code, code))
    return {"code": code, "label": labels}


def system_document(system: AISystem) -> dict[str, Any]:
    field = AISystem._meta.get_field
    return {
        "key": system.key,
        "name": system.name,
        "label": _both(system, "label"),
        "vendor": system.vendor,
        "vendor_country": _choice(field("vendor_country").choices, system.vendor_country),
        "kind": _choice(field("kind").choices, system.kind),
        "foundation_model": system.foundation_model,
        "intended_purpose": _both(system, "intended_purpose"),
        "not_intended_for": _both(system, "not_intended_for"),
        "regulatory_status": _choice(field("regulatory_status").choices, system.regulatory_status),
        "notified_body": system.notified_body,
        "evidence": [
            {
                "kind": _choice(link._meta.get_field("kind").choices, link.kind),
                "title": _both(link, "title"),
                "url": link.url,
            }
            for link in system.evidence.all()
        ],
        "hosting_country": _choice(field("hosting_country").choices, system.hosting_country),
        "hds_certified": system.hds_certified,
        "data_leave_eea": system.data_leave_eea,
        "training_reuse": _choice(field("training_reuse").choices, system.training_reuse),
        "version": system.version,
        "last_reviewed": system.last_reviewed.isoformat(),
    }


def _use_document(use: AIUse) -> dict[str, Any]:
    field = AIUse._meta.get_field
    return {
        "id": str(use.key),
        "care_step": _choice(field("care_step").choices, use.care_step),
        "patient_interacts": use.patient_interacts,
        "decision_role": _choice(field("decision_role").choices, use.decision_role),
        **{name: _both(use, name) for name in AIUSE_TEXT_FIELDS},
        # A draft's use may not have its tool yet; a published one always has (obligations).
        "system": system_document(use.ai_system) if use.ai_system_id else None,
    }


def notice_document(*, clinic: Clinic, version: NoticeVersion | None = None) -> dict[str, Any]:
    """The whole notice in both languages, JSON-ready; English texts are None where not written."""
    field = Clinic._meta.get_field
    return {
        "schema_version": SCHEMA_VERSION,
        "id": clinic.slug,
        "name": clinic.name,
        "kind": _choice(field("kind").choices, clinic.kind),
        "introduction": _both(clinic, "introduction"),
        "address": {
            "street": clinic.street_address,
            "postcode": clinic.postcode,
            "city": clinic.city,
        },
        "phone": clinic.phone,
        "website": clinic.website,
        "contacts": {
            "ai": {
                "name": _both(clinic, "ai_contact_name"),
                "email": clinic.ai_contact_email,
                "phone": clinic.ai_contact_phone,
            },
            "data_protection_officer": {"name": clinic.dpo_name, "email": clinic.dpo_email},
            "responsible_physician": {
                "name": clinic.responsible_physician,
                "role": _both(clinic, "responsible_physician_role"),
            },
        },
        "version": (
            {"number": version.number, "published_at": version.published_at.isoformat()}
            if version
            else None
        ),
        "uses": [_use_document(use) for use in clinic.uses.all()],
    }


def current_version(clinic: Clinic) -> NoticeVersion | None:
    return clinic.versions.order_by("-number").first()


def expectations_answered(*, clinic: Clinic) -> list[dict[str, Any]]:
    """Each patient expectation with its figures, and whether this notice answers it."""
    expectations = list(PatientExpectation.objects.prefetch_related("figures"))
    coverage = {
        c.expectation: c
        for c in expectation_coverage(clinic_facts(clinic), [e.key for e in expectations])
    }
    return [{"expectation": e, "coverage": coverage[e.key]} for e in expectations]


def localized(value: Mapping[str, str | None] | None, language: str) -> tuple[str, str]:
    """The text of a {"fr", "en"} pair in the language asked, else in French: (text, its language)."""
    if not value:
        return "", language
    text = value.get(language)
    if text:
        return text, language
    return value.get("fr") or "", "fr"
