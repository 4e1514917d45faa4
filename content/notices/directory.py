"""The directory of live clinics: its record of each published notice, and how it is searched.

`directory_entry_record` writes a clinic's entry from the document just published, and
`directory_entry_remove` drops it when the notice is unpublished. `directory_search` finds entries
by name, town, postcode, department number, kind of structure and AI system, with the folded texts
of `rules.directory_text`; on PostgreSQL a word also matches by trigram similarity, so that one
typo in a town's name still finds it. The cost does not grow with the number of clinics: at most
`RANKED_AT_MOST` matches are ranked, counted and paged; past that the page asks for a narrower
query and lists the matches alphabetically.
"""

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.paginator import Page, Paginator
from django.db import connection, models
from django.db.models import Case, FloatField, Q, QuerySet, Value, When
from django.utils import translation
from django.utils.functional import cached_property

from content.page_cache import DIRECTORY, tagged_value
from content.vocabulary import ClinicKind

from .models import AISystem, Clinic, DirectoryEntry
from .rules.directory_text import DirectoryTerms, department_of, directory_terms, entry_text

models.TextField.register_lookup(TrigramWordSimilar)

# Beyond this many matches a query is too broad to rank: the page says so and lists them A to Z.
RANKED_AT_MOST = 1000
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
    return entry


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


def _typo_tolerant() -> bool:
    return connection.vendor == "postgresql"


def _word_matches(word: str) -> Q:
    match = Q(search_text__contains=f" {word}")
    if _typo_tolerant() and len(word) >= 4:
        match |= Q(search_text__trigram_word_similar=word)
    return match


def _number_matches(number: str) -> Q:
    if len(number) <= 3:
        return Q(department=number) | Q(postcode__startswith=number)
    return Q(postcode__startswith=number)


def directory_matches(query: DirectoryQuery) -> QuerySet[DirectoryEntry]:
    """Every entry that matches all of the query's words, numbers and choices, unordered."""
    entries = DirectoryEntry.objects.all()
    for word in query.terms.words:
        entries = entries.filter(_word_matches(word))
    for number in query.terms.numbers:
        entries = entries.filter(_number_matches(number))
    if query.kind:
        entries = entries.filter(kind=query.kind)
    if query.system:
        entries = entries.filter(system_keys__contains=f" {query.system} ")
    return entries


def _relevance(terms: DirectoryTerms):
    """A score: a word in the name counts most, then in the town, then the start of the name."""
    score = Value(0.0, output_field=FloatField())
    for word in terms.words:
        score = score + Case(
            When(name_text__contains=f" {word}", then=Value(4.0)),
            When(city_text__contains=f" {word}", then=Value(2.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
        if _typo_tolerant() and len(word) >= 4:
            # Close spellings rank by how close they are (0 to 1), below exact words.
            score = score + TrigramWordSimilarity(word, "search_text")
    if terms.words:
        score = score + Case(
            When(name_sort__startswith=terms.words[0], then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    return score


@dataclass(frozen=True)
class DirectoryResults:
    """Matching entries in their order, how many there are (up to the limit), and whether ranked."""

    entries: QuerySet[DirectoryEntry]
    count: int
    ranked: bool

    @property
    def too_many(self) -> bool:
        return self.count > RANKED_AT_MOST


def directory_search(*, query: DirectoryQuery, count=None) -> DirectoryResults:
    """The entries matching the query: by relevance when a query names words, else A to Z.

    `count` is the number of matches if the caller knows it (a count kept in the page cache).
    Counting stops past `RANKED_AT_MOST`: a query that broad lists its matches A to Z.
    """
    entries = directory_matches(query)
    if count is None:
        count = directory_count(query=query)
    alphabetical = entries.order_by("name_sort", "clinic_id")
    if not query.terms.words or count > RANKED_AT_MOST:
        return DirectoryResults(alphabetical, count, ranked=False)
    ranked = entries.annotate(relevance=_relevance(query.terms)).order_by(
        "-relevance", "name_sort", "clinic_id"
    )
    return DirectoryResults(ranked, count, ranked=True)


def directory_count(*, query: DirectoryQuery) -> int:
    """How many entries match: exact up to `RANKED_AT_MOST`, else `RANKED_AT_MOST + 1`.

    Without any query the count is exact: every live clinic.
    """
    entries = directory_matches(query)
    if not query:
        return entries.count()
    return entries.values("pk")[: RANKED_AT_MOST + 1].count()


def directory_systems() -> list[tuple[str, str]]:
    """The (key, name) of every system in the catalogue, for the directory's filter."""
    return tagged_value(
        "directory-systems",
        DIRECTORY,
        lambda: list(AISystem.objects.order_by("name").values_list("key", "name")),
    )


class _CountedPaginator(Paginator):
    """A paginator told its count (kept in the page cache) instead of counting."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


@dataclass(frozen=True)
class DirectoryPage:
    """One page of the directory: its entries, how many match, and the links to the others."""

    page: Page
    count: int
    too_many: bool
    ranked: bool

    @property
    def entries(self):
        return self.page.object_list

    @property
    def page_links(self):
        return self.page.paginator.get_elided_page_range(self.page.number, on_each_side=2)


def directory_page_of_results(*, query: DirectoryQuery, page_number) -> DirectoryPage:
    """Page `page_number` (the last one if too far, the first if not a number) of the results.

    Every match is paged when the query is empty or narrow; past `RANKED_AT_MOST` matches, the
    first `RANKED_AT_MOST` only. The count is kept in the page cache until the directory changes.
    """
    count = tagged_value(
        f"directory-count:{query.fingerprint}", DIRECTORY, lambda: directory_count(query=query)
    )
    results = directory_search(query=query, count=count)
    paged = min(count, RANKED_AT_MOST) if query else count
    paginator = _CountedPaginator(results.entries, PAGE_SIZE, count=paged)
    return DirectoryPage(
        page=paginator.get_page(page_number),
        count=count,
        too_many=bool(query) and results.too_many,
        ranked=results.ranked,
    )
