"""What a medical reviewer reads before approving: what changed since the live notice, word by word.

`review_diff` compares the notice document of the revision under review with the live version's
(none for a first publication): each changed text, French and English apart, as the words kept,
added and removed; each added or removed use whole; what is still missing; and every text that
the English notice will show in French, because it is not translated.
"""

import dataclasses
import difflib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.translation import gettext

from content.notices.document import current_version, localized, notice_document, use_label
from content.notices.facts import clinic_facts
from content.notices.models import Clinic
from content.notices.rules.obligations import Obligation, notice_gaps
from content.vocabulary import AIUSE_TEXT_FIELDS

LANGUAGES = ("fr", "en")
EQUAL, INSERTED, DELETED = "equal", "inserted", "deleted"


@dataclass(frozen=True)
class Segment:
    """A run of words kept (`equal`), added (`inserted`) or removed (`deleted`)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Entry:
    """One item of a notice as the reviewer reads it: `field` names it (`item_label`), `language`
    is "fr" or "en" for a text written in both languages, "" for a name, choice or yes/no."""

    field: str
    language: str
    text: str


@dataclass(frozen=True)
class TextChange:
    field: str
    language: str
    segments: list[Segment]


@dataclass(frozen=True)
class UseChanges:
    """A use kept from the live notice, with what changed in it."""

    name: str
    step: str
    changes: list[TextChange]


@dataclass(frozen=True)
class WholeUse:
    """A use added or removed, with every item it states."""

    name: str
    step: str
    entries: list[Entry]


@dataclass(frozen=True)
class Untranslated:
    """The texts of the clinic (`name` "") or of one use that the English notice shows in French."""

    name: str
    step: str
    fields: list[str]


@dataclass(frozen=True)
class Gap:
    name: str
    step: str
    obligation: Obligation


@dataclass(frozen=True)
class ReviewDiff:
    """Everything the review page shows beside the decision."""

    first: bool
    clinic: list[TextChange] = field(default_factory=list)
    changed: list[UseChanges] = field(default_factory=list)
    added: list[WholeUse] = field(default_factory=list)
    removed: list[WholeUse] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    untranslated: list[Untranslated] = field(default_factory=list)

    @property
    def untranslated_count(self) -> int:
        return sum(len(group.fields) for group in self.untranslated)

    @property
    def unchanged(self) -> bool:
        return not (self.clinic or self.changed or self.added or self.removed)


def word_diff(before: str, after: str) -> list[Segment]:
    """The words of `after` against those of `before`: kept, removed then added, in reading order.

    Words are compared whole (difflib on the words split at spaces); the segments' texts join
    their words with single spaces.
    """
    old, new = before.split(), after.split()
    segments: list[Segment] = []

    def add(kind: str, words: list[str]) -> None:
        if not words:
            return
        if segments and segments[-1].kind == kind:
            segments[-1] = Segment(kind, f"{segments[-1].text} {' '.join(words)}")
        else:
            segments.append(Segment(kind, " ".join(words)))

    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            add(EQUAL, old[i1:i2])
        else:
            add(DELETED, old[i1:i2])
            add(INSERTED, new[j1:j2])
    return segments


def _choice(value: Mapping[str, Any] | None) -> str:
    if not value:
        return ""
    return localized(value.get("label"), translation.get_language() or "fr")[0]


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return gettext("oui") if value else gettext("non")


def _both(name: str, value: Mapping[str, str | None] | None) -> Iterator[Entry]:
    for language in LANGUAGES:
        yield Entry(name, language, (value or {}).get(language) or "")


def _clinic_entries(document: Mapping[str, Any]) -> list[Entry]:
    address = document.get("address") or {}
    contacts = document.get("contacts") or {}
    ai = contacts.get("ai") or {}
    dpo = contacts.get("data_protection_officer") or {}
    physician = contacts.get("responsible_physician") or {}
    return [
        Entry("name", "", document.get("name") or ""),
        Entry("kind", "", _choice(document.get("kind"))),
        *_both("introduction", document.get("introduction")),
        Entry("street_address", "", address.get("street") or ""),
        Entry("postcode", "", address.get("postcode") or ""),
        Entry("city", "", address.get("city") or ""),
        Entry("phone", "", document.get("phone") or ""),
        Entry("website", "", document.get("website") or ""),
        *_both("ai_contact_name", ai.get("name")),
        Entry("ai_contact_email", "", ai.get("email") or ""),
        Entry("ai_contact_phone", "", ai.get("phone") or ""),
        Entry("dpo_name", "", dpo.get("name") or ""),
        Entry("dpo_email", "", dpo.get("email") or ""),
        Entry("responsible_physician", "", physician.get("name") or ""),
        *_both("responsible_physician_role", physician.get("role")),
        Entry(
            "second_opinion_on_request",
            "",
            _yes_no((document.get("commitments") or {}).get("second_opinion_on_request")),
        ),
    ]


def _use_entries(use: Mapping[str, Any]) -> list[Entry]:
    system = use.get("system") or {}
    return [
        Entry("ai_system", "", system.get("name") or ""),
        *_both("label", use_label(use)),
        Entry("care_step", "", _choice(use.get("care_step"))),
        Entry("decision_role", "", _choice(use.get("decision_role"))),
        Entry("patient_interacts", "", _yes_no(use.get("patient_interacts"))),
        Entry("declinable", "", _yes_no(use.get("declinable"))),
        *(entry for name in AIUSE_TEXT_FIELDS for entry in _both(name, use.get(name))),
    ]


def _changes(before: list[Entry], after: list[Entry]) -> list[TextChange]:
    old = {(entry.field, entry.language): entry.text for entry in before}
    return [
        TextChange(entry.field, entry.language, word_diff(old.get(key, ""), entry.text))
        for entry in after
        if old.get(key := (entry.field, entry.language), "") != entry.text
    ]


def _title(use: Mapping[str, Any]) -> tuple[str, str]:
    system = use.get("system") or {}
    return system.get("name") or gettext("outil à choisir"), _choice(use.get("care_step"))


def _whole(use: Mapping[str, Any]) -> WholeUse:
    return WholeUse(*_title(use), [entry for entry in _use_entries(use) if entry.text])


def _untranslated(document: Mapping[str, Any]) -> list[Untranslated]:
    """Per the clinic then each use, the texts written in French and not in English."""

    def missing(entries: list[Entry]) -> list[str]:
        texts = {(entry.field, entry.language): entry.text for entry in entries}
        return [
            entry.field
            for entry in entries
            if entry.language == "fr" and entry.text and not texts.get((entry.field, "en"))
        ]

    groups = []
    clinic = missing(_clinic_entries(document))
    if clinic:
        groups.append(Untranslated("", "", clinic))
    for use in document.get("uses", []):
        fields = missing(_use_entries(use))
        if fields:
            groups.append(Untranslated(*_title(use), fields))
    return groups


def documents_diff(*, previous: Mapping[str, Any] | None, current: Mapping[str, Any]) -> ReviewDiff:
    """What changed from `previous` (None for a first publication) to `current`, without gaps.

    Uses are matched by their stable id: an edited use is changed, not removed and added. Call it
    in the reviewer's language: choices and yes/no are shown in it.
    """
    before = {use["id"]: use for use in (previous or {}).get("uses", [])}
    after = {use["id"]: use for use in current.get("uses", [])}
    changed = []
    for use_id, use in after.items():
        if use_id in before:
            changes = _changes(_use_entries(before[use_id]), _use_entries(use))
            if changes:
                changed.append(UseChanges(*_title(use), changes))
    return ReviewDiff(
        first=previous is None,
        clinic=_changes(_clinic_entries(previous), _clinic_entries(current)) if previous else [],
        changed=changed,
        added=[_whole(use) for use_id, use in after.items() if use_id not in before],
        removed=[_whole(use) for use_id, use in before.items() if use_id not in after],
        untranslated=_untranslated(current),
    )


def review_diff(*, clinic: Clinic, revision) -> ReviewDiff:
    """What the revision under review changes in the clinic's live notice, and what it still lacks.

    Compares with the latest published version (a first publication when there is none). The gaps
    are the obligations the revision misses, by use; submitting refuses them, so normally none.
    """
    reviewed = revision.as_object()
    version = current_version(clinic)
    current = notice_document(clinic=reviewed)
    diff = documents_diff(previous=version.document if version else None, current=current)
    gaps = notice_gaps(clinic_facts(reviewed))
    uses = current.get("uses", [])
    listed = [Gap("", "", obligation) for obligation in gaps.clinic]
    for index, missing in gaps.uses.items():
        name, step = _title(uses[index]) if index < len(uses) else ("", "")
        listed += [Gap(name, step, obligation) for obligation in missing]
    return dataclasses.replace(diff, gaps=listed)
