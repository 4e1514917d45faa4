"""The directory of live clinics: its record of each published notice, and how it is searched.

`directory_entry_record` writes a clinic's entry from the document just published, and
`directory_entry_remove` drops it when the notice is unpublished. `directory_search` finds entries
by name, town, postcode, department number, kind of structure and AI system, with the folded texts
of `rules.directory_text`; on PostgreSQL a query that finds nothing is respelt to the closest words
the directory knows, so that one typo in a town's name still finds it. The cost does not grow with
the number of clinics: at most `RANKED_AT_MOST` matches are ranked and paged; past that the page
asks for a narrower query and lists the first ones A to Z. Pages of results: `listing`.
"""

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.contrib.postgres.lookups import TrigramSimilar
from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, models
from django.db.models import Case, F, Q, QuerySet, Value, When
from django.db.models.functions import Concat
from django.utils import translation

from content.vocabulary import ClinicKind

from .models import Clinic, DirectoryEntry, DirectoryWord
from .rules.directory_text import (
    SPELLING_MIN_LENGTH,
    DirectoryTerms,
    department_of,
    directory_terms,
    entry_text,
    entry_words,
)

models.CharField.register_lookup(TrigramSimilar)

# Beyond this many matches a query is too broad to rank: the page says so and lists the first
# ones A to Z. Beyond COUNTED_AT_MOST it says "more than", and walks the alphabetical index.
RANKED_AT_MOST = 1000
COUNTED_AT_MOST = 20_000
# Up to this many matches the first ones A to Z are sorted from the matches the search indexes
# find; past it, read off the alphabetical index, which meets 50 of them soon.
SORTED_AT_MOST = 5000
PAGE_SIZE = 50
QUERY_MAX_LENGTH = 100
LANGUAGES = ("fr", "en")
SYSTEM_KEY = re.compile(r"^[-a-zA-Z0-9_]{1,80}$")


def _kind_labels(kind: str) -> list[str]:
    labels = []
    for language in LANGUAGES:
        with translation.override(language):
            labels.append(str(ClinicKind(kind).label) if kind in ClinicKind.values else kind)
    return labels


def directory_entry_values(*, clinic_id: int, document: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of the directory entry of a published notice document."""
    address = document["address"]
    systems = []
    for use in document["uses"]:
        system = (use["system"]["key"], use["system"]["name"])
        if system not in systems:
            systems.append(system)
    text = entry_text(
        name=document["name"],
        city=address["city"],
        postcode=address["postcode"],
        kind_labels=_kind_labels(document["kind"]["code"]),
        systems=systems,
    )
    return {
        "clinic_id": clinic_id,
        "slug": document["id"],
        "name": document["name"],
        "kind": document["kind"]["code"],
        "postcode": address["postcode"],
        "city": address["city"],
        "department": department_of(address["postcode"]),
        "systems": [{"key": key, "name": name} for key, name in systems],
        "name_sort": text.name_sort,
        "name_text": text.name,
        "city_text": text.city,
        "search_text": text.search,
        "system_keys": text.system_keys,
    }


def directory_entry_record(*, clinic: Clinic, document: Mapping[str, Any]) -> DirectoryEntry:
    """List the clinic in the directory as its published notice says."""
    values = directory_entry_values(clinic_id=clinic.pk, document=document)
    entry, _created = DirectoryEntry.objects.update_or_create(clinic_id=clinic.pk, defaults=values)
    directory_words_record(entry_words(values["search_text"]))
    return entry


def directory_words_record(words) -> None:
    """Add these to the words the directory knows (for respelling queries); never removes one."""
    DirectoryWord.objects.bulk_create(
        [DirectoryWord(word=word) for word in words], ignore_conflicts=True
    )


def directory_entry_remove(*, clinic: Clinic) -> None:
    """Take the clinic out of the directory (its notice is no longer published)."""
    DirectoryEntry.objects.filter(clinic_id=clinic.pk).delete()


@dataclass(frozen=True)
class DirectoryQuery:
    """What a reader asks the directory: words and numbers, a kind of structure, an AI system.

    `text` is the query as the reader typed it (cleaned), `terms` what is searched.
    """

    text: str = ""
    terms: DirectoryTerms = field(default_factory=DirectoryTerms)
    kind: str = ""
    system: str = ""
    shortened: bool = False

    def __bool__(self) -> bool:
        return bool(self.terms or self.kind or self.system)

    @property
    def fingerprint(self) -> str:
        parts = [*self.terms.words, "|", *self.terms.numbers, "|", self.kind, "|", self.system]
        return hashlib.sha256(" ".join(parts).encode()).hexdigest()


def query_text_clean(text: str, *, max_length: int) -> tuple[str, bool]:
    """A query as typed, without control characters, cut to `max_length`; and whether it was cut."""
    printable = "".join(character for character in text if character.isprintable()).strip()
    return printable[:max_length].strip(), len(printable) > max_length


def directory_query_from(params: Mapping[str, str]) -> DirectoryQuery:
    """The query of the directory's form (`q`, `kind`, `system`); unknown choices are ignored."""
    text, shortened = query_text_clean(params.get("q", ""), max_length=QUERY_MAX_LENGTH)
    kind = params.get("kind", "")
    system = params.get("system", "")
    return DirectoryQuery(
        text=text,
        terms=directory_terms(text),
        kind=kind if kind in ClinicKind.values else "",
        system=system if SYSTEM_KEY.match(system) else "",
        shortened=shortened,
    )


def _word_matches(word: str) -> Q:
    return Q(search_text__contains=f" {word}")


def _number_matches(number: str) -> Q:
    """Two digits name a department (20: Corsica, 97 and 98: overseas), five a postcode; three
    or four, a department of overseas or the start of a postcode."""
    if number == "20":
        return Q(department__in=("2A", "2B"))
    if number in ("97", "98"):
        return Q(department__startswith=number)
    if len(number) == 2:
        return Q(department=number)
    if len(number) == 3:
        return Q(department=number) | Q(postcode__startswith=number)
    return Q(postcode__startswith=number)


def directory_matches(query: DirectoryQuery, terms: DirectoryTerms | None = None):
    """Every entry that matches all of the query's words, numbers and choices, unordered.

    A word matches the start of a word of the clinic's name, town, kind or tools. `terms`, when
    given, replace the query's (its words spelt as the directory knows them).
    """
    terms = terms or query.terms
    entries = DirectoryEntry.objects.all()
    for word in terms.words:
        entries = entries.filter(_word_matches(word))
    for number in terms.numbers:
        entries = entries.filter(_number_matches(number))
    if query.kind:
        entries = entries.filter(kind=query.kind)
    if query.system:
        entries = entries.filter(system_keys__contains=f" {query.system} ")
    return entries


def _relevance(terms: DirectoryTerms):
    """A score: a word in the name counts most, then in the town, then the start of the name."""
    score = Value(0)
    for word in terms.words:
        score = score + Case(
            When(name_text__contains=f" {word}", then=Value(4)),
            When(city_text__contains=f" {word}", then=Value(2)),
            default=Value(0),
        )
    if terms.words:
        score = score + Case(When(name_sort__startswith=terms.words[0], then=Value(1)), default=0)
    return score


def directory_spelling(terms: DirectoryTerms) -> DirectoryTerms | None:
    """The words spelt as the directory knows them, when some are not: one typo is forgiven.

    Each word of at least `SPELLING_MIN_LENGTH` letters that starts no word of any clinic's name,
    town, kind or tools is replaced by the known word closest to it (PostgreSQL's pg_trgm, on the
    directory's words, not its entries). None when nothing is replaced, or on another database.
    """
    if connection.vendor != "postgresql":
        return None
    corrected, changed = [], False
    for word in terms.words:
        known = DirectoryWord.objects.filter(word__startswith=word)
        if len(word) < SPELLING_MIN_LENGTH or known.exists():
            corrected.append(word)
            continue
        closest = (
            DirectoryWord.objects.filter(word__trigram_similar=word)
            .annotate(closeness=TrigramSimilarity("word", word))
            .order_by("-closeness", "word")
            .values_list("word", flat=True)
            .first()
        )
        corrected.append(closest or word)
        changed = changed or closest is not None
    return DirectoryTerms(tuple(corrected), terms.numbers) if changed else None


@dataclass(frozen=True)
class DirectoryCount:
    """How many entries match (exact up to `COUNTED_AT_MOST`), and the words respelt to find them."""

    count: int
    respelt: DirectoryTerms | None = None


@dataclass(frozen=True)
class DirectoryResults:
    """Matching entries in their order, how many (up to the limit), whether ranked, and the
    words respelt to find them."""

    entries: QuerySet[DirectoryEntry]
    count: int
    ranked: bool
    respelt: DirectoryTerms | None = None

    @property
    def too_many(self) -> bool:
        return self.count > RANKED_AT_MOST

    @property
    def uncounted(self) -> bool:
        return self.count > COUNTED_AT_MOST


def directory_search(
    *, query: DirectoryQuery, count: DirectoryCount | None = None
) -> DirectoryResults:
    """The entries matching the query: by relevance when a query names words, else A to Z.

    When no clinic matches the words as typed, the words are respelt (`directory_spelling`).
    `count` is what `directory_count` says, if the caller kept it. Past `RANKED_AT_MOST` matches
    the results are listed A to Z: words matching up to `SORTED_AT_MOST` are sorted from the
    matches the search index finds; past it, and for filters and numbers (which have indexes in
    alphabetical order), by walking the alphabetical index, which soon meets 50 of them.
    """
    if count is None:
        count = directory_count(query=query)
    terms = count.respelt or query.terms
    entries = directory_matches(query, terms)
    if not terms.words or count.count > RANKED_AT_MOST:
        if terms.words and count.count <= SORTED_AT_MOST:
            # An order the alphabetical index cannot give: PostgreSQL sorts the matches it found
            # rather than walk the alphabet, where a town's clinics may all stand at the end.
            name_order = Concat(F("name_sort"), Value(""))
        else:
            name_order = F("name_sort")
        alphabetical = entries.order_by(name_order, "clinic_id")
        return DirectoryResults(alphabetical, count.count, ranked=False, respelt=count.respelt)
    ranked = entries.annotate(relevance=_relevance(terms)).order_by(
        "-relevance", "name_sort", "clinic_id"
    )
    return DirectoryResults(ranked, count.count, ranked=True, respelt=count.respelt)


def _capped_count(entries: QuerySet[DirectoryEntry]) -> int:
    return entries.values("pk")[: COUNTED_AT_MOST + 1].count()


def directory_count(*, query: DirectoryQuery) -> DirectoryCount:
    """How many entries match: exact up to `COUNTED_AT_MOST`, else `COUNTED_AT_MOST + 1`.

    Without any query the count is exact: every live clinic. When no entry matches the words as
    typed, the count is of the entries the respelt words find, if any.
    """
    if not query:
        return DirectoryCount(DirectoryEntry.objects.count())
    count = _capped_count(directory_matches(query))
    if count == 0:
        respelt = directory_spelling(query.terms)
        if respelt is not None:
            found = _capped_count(directory_matches(query, respelt))
            if found:
                return DirectoryCount(found, respelt=respelt)
    return DirectoryCount(count)
