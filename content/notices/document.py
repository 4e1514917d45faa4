"""A clinic's notice as one document in both languages: what other capabilities read of notices.

`notice_document` builds the document from a clinic's rows and today's catalogue; publishing keeps
it whole in a `NoticeVersion`. Patients read only that record (`published_version`): the web page,
the print view, the poster, the QR code and the JSON of a notice stay exactly as approved until
the next approval, whatever the catalogue says meanwhile (`catalogue_changes` says it beside).
`published_clinics` loads live clinics with all their notice shows; `localized` picks a language;
`use_label` says what a tool does here, in documents published before a use had its own label too.
"""

import datetime
import re
from collections.abc import Mapping
from typing import Any

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from content.vocabulary import AIUSE_TEXT_FIELDS, TEMPLATE_MARK

from .models import AISystem, AIUse, Clinic, NoticeVersion
from .rules.changes import use_label as use_label
from .rules.review_triggers import WATCHED_FACTS, ReviewFlag, review_flags

# 1.1: each system tells where its data are processed and reached from (`_sovereignty`).
# A use's own "label" is optional in the schema: older documents lack it (`use_label`).
SCHEMA_VERSION = "1.1"
LANGUAGES = ("fr", "en")
# The review state of a notice in force, as the API serves it (`notice_served`).
REVIEW_CURRENT = "current"
REVIEW_DUE = "to_review"


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
    if english and TEMPLATE_MARK.search(english):
        # A template's English not yet checked: the English notice shows the French instead.
        english = None
    return {"fr": french, "en": english}


def _choice(field_choices, code: str) -> dict[str, Any]:
    labels = {}
    for language in LANGUAGES:
        with translation.override(language):
            labels[language] = str(dict(field_choices).get(code, code))
    return {"code": code, "label": labels}


def _sovereignty(system: AISystem) -> dict[str, Any]:
    """Where the data are stored (`hosting_country`), processed, and reached from outside the EEA."""
    countries = AISystem._meta.get_field("hosting_country").choices
    return {
        "hosting_country": _choice(countries, system.hosting_country),
        "processing_country": _choice(countries, system.processing_country),
        "outside_eea_access": [
            _choice(countries, code) for code in system.outside_eea_access or []
        ],
        "hds_certified": system.hds_certified,
        "data_leave_eea": system.data_leave_eea,
    }


def system_watched_facts(system: AISystem) -> dict[str, Any]:
    """The facts of a system that notices watch (`WATCHED_FACTS`), as its document holds them."""
    field = AISystem._meta.get_field
    return {
        "key": system.key,
        "name": system.name,
        **_sovereignty(system),
        "regulatory_status": _choice(field("regulatory_status").choices, system.regulatory_status),
        "training_reuse": _choice(field("training_reuse").choices, system.training_reuse),
        "version": system.version,
    }


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
        **_sovereignty(system),
        "training_reuse": _choice(field("training_reuse").choices, system.training_reuse),
        "version": system.version,
        "last_reviewed": system.last_reviewed.isoformat(),
    }


def _use_label(use: AIUse) -> dict[str, str | None]:
    """The clinic's own short label when it wrote one in French, else the catalogue's.

    Its own label is never mixed with the catalogue's: untranslated, it shows in French.
    """
    if use.label_fr:
        return _both(use, "label")
    if use.ai_system_id:
        return _both(use.ai_system, "label")
    return {"fr": "", "en": None}


def _use_document(use: AIUse) -> dict[str, Any]:
    field = AIUse._meta.get_field
    return {
        "id": str(use.key),
        "label": _use_label(use),
        "care_step": _choice(field("care_step").choices, use.care_step),
        "patient_interacts": use.patient_interacts,
        "decision_role": _choice(field("decision_role").choices, use.decision_role),
        "declinable": use.declinable,
        **{name: _both(use, name) for name in AIUSE_TEXT_FIELDS},
        # A draft's use may not have its tool yet; a published one always has (obligations).
        "system": system_document(use.ai_system) if use.ai_system_id else None,
    }


def notice_document(*, clinic: Clinic) -> dict[str, Any]:
    """The whole notice in both languages, JSON-ready; English texts are None where not written."""
    field = Clinic._meta.get_field
    return {
        "schema_version": SCHEMA_VERSION,
        "id": clinic.slug,
        "name": clinic.name,
        "name_article": clinic.name_article,
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
        "commitments": {"second_opinion_on_request": clinic.second_opinion_on_request},
        # Publishing numbers and dates the document it keeps (`publishing.notice_version_record`).
        "version": None,
        "uses": [_use_document(use) for use in clinic.uses.all()],
    }


def current_version(clinic: Clinic) -> NoticeVersion | None:
    return clinic.versions.order_by("-number").first()


def published_versions(clinic_slug: str) -> QuerySet[NoticeVersion]:
    """The versions of the live clinic with this slug, newest first (none for any other clinic)."""
    return NoticeVersion.objects.filter(clinic__slug=clinic_slug, clinic__live=True).order_by(
        "-number"
    )


def published_version(clinic_slug: str) -> NoticeVersion:
    """The notice in force of the live clinic with this slug, as approved; Http404 when none.

    One query. Its `document` is what patients read, with its number and date.
    """
    version = published_versions(clinic_slug).first()
    if version is None:
        raise Http404
    return version


def current_versions() -> QuerySet[NoticeVersion]:
    """The notice in force of every live clinic, one version each, ordered by the clinic's slug.

    One query, its clinic joined; callers choose the fields (`only`): documents are large.
    """
    newest = NoticeVersion.objects.filter(clinic=OuterRef("clinic")).order_by("-number")
    return (
        NoticeVersion.objects.filter(clinic__live=True, pk=Subquery(newest.values("pk")[:1]))
        .select_related("clinic")
        .order_by("clinic__slug")
    )


def notice_review_state(review_due_on: datetime.date | None, today: datetime.date) -> str:
    """REVIEW_DUE once the review date has passed (as `review_flags` says), else REVIEW_CURRENT."""
    if review_due_on is not None and review_due_on < today:
        return REVIEW_DUE
    return REVIEW_CURRENT


def review_state_seconds() -> int:
    """How long the review states worked out now stay right: until the next local midnight."""
    now = timezone.localtime()
    midnight = timezone.make_aware(
        datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time())
    )
    return max(1, int((midnight - now).total_seconds()))


def notice_served(
    version: NoticeVersion, *, urls: Mapping[str, str], schema_url: str, today: datetime.date
) -> dict[str, Any]:
    """The published document as the API serves it (schema: `schemas/notice.schema.json`).

    The stored document, its schema's address, its pages' addresses, and in "version" its review
    date (from the version's row: documents published before it joined them lack it) and its
    review state on `today`.
    """
    document = version.document
    due = version.review_due_on
    return {
        "$schema": schema_url,
        **document,
        "version": {
            **document["version"],
            "review_due_on": due.isoformat() if due else None,
            "review_state": notice_review_state(due, today),
        },
        "urls": dict(urls),
    }


def document_system_keys(document: Mapping[str, Any]) -> list[str]:
    """The keys of the AI systems a notice document describes, each once, in its order."""
    return list(dict.fromkeys(use["system"]["key"] for use in document.get("uses", [])))


def document_tool_names(document: Mapping[str, Any]) -> list[str]:
    """The names of the tools a notice document describes, each once, in the notice's order."""
    return list(
        dict.fromkeys(use["system"]["name"] for use in document.get("uses", []) if use["system"])
    )


def tools_heading(document: Mapping[str, Any]) -> str:
    """« En bref : 3 outils d’IA » in the active language, « En bref » without a tool.

    Counted from the uses, never typed, and the list under it names them: the clinic's
    introduction may not count or list them (`rules.introduction`), so the two cannot disagree.
    """
    count = len(document_tool_names(document))
    if not count:
        return gettext("En bref")
    return ngettext("En bref : %(count)s outil d’IA", "En bref : %(count)s outils d’IA", count) % {
        "count": count
    }


def catalogue_changes(document: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """What the catalogue now says differently of each system the document describes, by key.

    For each changed watched fact: its name, the value the notice was approved with, the value
    now, and the date the catalogue changed it (None when it was not recorded). One query.
    """
    keys = document_system_keys(document)
    systems = AISystem.objects.filter(key__in=keys).only(
        "key", "name", "facts_changed_on", *WATCHED_FACTS
    )
    dates = {system.key: system.facts_changed_on for system in systems}
    catalogue = {system.key: system_watched_facts(system) for system in systems}
    flags: list[ReviewFlag] = review_flags(
        published=document, catalogue=catalogue, review_due_on=None, today=None
    )
    changes: dict[str, list[dict[str, Any]]] = {}
    for flag in flags:
        changes.setdefault(flag.system_key, []).append(
            {
                "fact": flag.fact,
                "before": flag.before,
                "after": flag.after,
                "changed_on": dates[flag.system_key].get(flag.fact),
            }
        )
    return changes


def localized(value: Mapping[str, str | None] | None, language: str) -> tuple[str, str]:
    """The text of a {"fr", "en"} pair in the language asked, else in French: (text, its language)."""
    if not value:
        return "", language
    text = value.get(language)
    if text:
        return text, language
    return value.get("fr") or "", "fr"


# A full stop ends a sentence when a capital follows, unless it ends a title or an initial
# (« Dr. Martin », « M. Dupont », « J. Martin ») or the « p. ex. » of an example.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-ZÀ-Ý]\.)(?<!\bDr\.)(?<!\bPr\.)(?<!\bMr\.)(?<!\bMme\.)(?<!\bMrs\.)"
    r"(?<!\bMs\.)(?<!\bSt\.)(?<!\bex\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=[«“(]?[A-ZÀ-Ý])"
)


def first_sentence(text: str) -> str:
    """The first sentence of a clinic's text, for a short line (the whole text when it has one)."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0] if text else ""


def oversight_lines(document: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Per use id, the first sentence of who checks the tool's work, for the notice's first layer."""
    return {
        use["id"]: {
            language: first_sentence(text)
            for language, text in (use.get("human_oversight") or {}).items()
            if text
        }
        for use in document.get("uses", [])
    }
