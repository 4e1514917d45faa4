"""One page of the directory: its cards, the counts kept between publications, the page links.

Counts and the first key of each page of the whole directory are kept in the page cache until the
directory changes (`content.page_cache.tagged_value`), so that no page counts or skips entries.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import F, Subquery, Window
from django.db.models.functions import Mod, RowNumber
from django.utils.functional import cached_property
from django.utils.text import capfirst

from content.page_cache import DIRECTORY, tagged_value
from content.vocabulary import ClinicKind

from .directory import (
    PAGE_SIZE,
    RANKED_AT_MOST,
    DirectoryQuery,
    DirectoryTerms,
    directory_count,
    directory_search,
)
from .models import AISystem, DirectoryEntry


def directory_systems() -> list[tuple[str, str]]:
    """The (key, name) of every system in the catalogue, for the directory's filter."""
    return tagged_value(
        "directory-systems",
        DIRECTORY,
        lambda: list(
            AISystem.objects.filter(draft=False).order_by("name").values_list("key", "name")
        ),
    )


class _CountedPaginator(Paginator):
    """A paginator told its count (kept in the page cache) instead of counting.

    A page far down the list is found without reading the entries before it: from the first key
    of each page of the whole directory when it is given (`directory_page_starts`), else from the
    keys of its entries alone, read off the index (PostgreSQL reads no row to skip the others).
    """

    def __init__(self, object_list, per_page, *, count: int, starts=None):
        super().__init__(object_list, per_page)
        self._known_count = count
        self._starts = starts

    @cached_property
    def count(self):
        return self._known_count

    def page(self, number):
        number = self.validate_number(number)
        if self._starts and number <= len(self._starts):
            name_sort, clinic_id = self._starts[number - 1]
            rows = self.object_list.extra(
                where=["(name_sort, clinic_id) >= (%s, %s)"], params=[name_sort, clinic_id]
            )[: self.per_page]
            return self._get_page(rows, number, self)
        bottom = (number - 1) * self.per_page
        keys = self.object_list.values("pk")[bottom : bottom + self.per_page]
        return self._get_page(self.object_list.filter(pk__in=Subquery(keys)), number, self)


def directory_page_starts() -> list[tuple[str, int]]:
    """The first key (name_sort, clinic_id) of each page of the whole directory, A to Z.

    One pass over the alphabetical index, kept in the page cache until the directory changes.
    """
    position = Window(RowNumber(), order_by=[F("name_sort").asc(), F("clinic_id").asc()])
    numbered = DirectoryEntry.objects.annotate(position=position)
    starts = numbered.annotate(offset=Mod(F("position") - 1, PAGE_SIZE)).filter(offset=0)
    return list(starts.order_by("name_sort", "clinic_id").values_list("name_sort", "clinic_id"))


@dataclass(frozen=True)
class DirectoryCard:
    """What a card of the directory shows of a clinic."""

    slug: str
    name: str
    place: str
    # The (key, name) of each AI system of its notice: each links to the system's page.
    tools: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DirectoryPage:
    """One page of the directory: its cards, how many match, and the links to the others."""

    page: Page
    count: int
    too_many: bool
    uncounted: bool
    ranked: bool
    respelt: DirectoryTerms | None

    @cached_property
    def entries(self) -> list[DirectoryCard]:
        kinds = {code: capfirst(str(label)) for code, label in ClinicKind.choices}
        rows = self.page.object_list.values_list(
            "slug", "name", "kind", "postcode", "city", "systems"
        )
        return [
            DirectoryCard(
                slug=slug,
                name=name,
                place=f"{kinds.get(kind, '')}, {postcode} {city}",
                tools=tuple((system["key"], system["name"]) for system in systems),
            )
            for slug, name, kind, postcode, city, systems in rows
        ]

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
    if query:
        paged, starts = min(count.count, RANKED_AT_MOST), None
    else:
        paged = count.count
        starts = tagged_value("directory-page-starts", DIRECTORY, directory_page_starts)
    paginator = _CountedPaginator(results.entries, PAGE_SIZE, count=paged, starts=starts)
    return DirectoryPage(
        page=paginator.get_page(page_number),
        count=count.count,
        too_many=bool(query) and results.too_many,
        uncounted=bool(query) and results.uncounted,
        ranked=results.ranked,
        respelt=results.respelt,
    )
