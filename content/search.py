"""The portal's search, in the header of every page: clinics, AI systems and pages at once.

A patient who types the name of their clinic, their town or a tool finds it here as well as in the
directory: the clinics come from the directory's search (`content.notices.directory`), the AI
systems from the catalogue, the pages from the explainers' search.
"""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Page

from content.explainers.search import search_pages
from content.notices.directory import (
    QUERY_MAX_LENGTH,
    DirectoryQuery,
    directory_search,
    query_text_clean,
)
from content.notices.links import directory_url
from content.notices.models import AISystem
from content.notices.rules.directory_text import directory_terms, folded
from content.page_cache import DIRECTORY, tagged_value

SEARCH_PAGE_SIZE = 10
CLINICS_SHOWN = 5
SYSTEMS_SHOWN = 5


def _catalogue_words() -> list[tuple[str, str, str, set[str]]]:
    """Each system's key, name, vendor, and the folded words of its name, vendor and labels."""
    # A draft (imported from a model card, not yet complete) is not shown to patients.
    systems = (
        AISystem.objects.filter(draft=False)
        .order_by("name")
        .only("key", "name", "vendor", "label_fr", "label_en")
    )
    return [
        (
            system.key,
            system.name,
            system.vendor,
            set(
                folded(f"{system.name} {system.vendor} {system.label_fr} {system.label_en}").split()
            ),
        )
        for system in systems
    ]


def systems_matching(text: str) -> list[dict[str, str]]:
    """The catalogue's systems whose name, vendor or label hold a word starting with each word."""
    words = directory_terms(text).words
    if not words:
        return []
    catalogue = tagged_value("search-systems", DIRECTORY, _catalogue_words)
    found = []
    for key, name, vendor, vocabulary in catalogue:
        if all(any(known.startswith(word) for known in vocabulary) for word in words):
            found.append({"key": key, "name": name, "vendor": vendor})
    return found


def search(request):
    text, _shortened = query_text_clean(request.GET.get("q", ""), max_length=QUERY_MAX_LENGTH * 2)
    language = translation.get_language()
    results = search_pages(query=text, language_code=language)
    page_of_results = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    # One query per page type, whatever the number of results shown.
    ids = [page.pk for page in page_of_results.object_list]
    specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
    context = {
        "directory": directory_url(request),
        "query": text,
        "results": [specific[pk] for pk in ids if pk in specific],
        "page_of_results": page_of_results,
    }
    terms = directory_terms(text[:QUERY_MAX_LENGTH])
    if terms:
        clinics = directory_search(query=DirectoryQuery(text=text, terms=terms))
        context["clinics"] = list(clinics.entries[:CLINICS_SHOWN])
        context["clinics_count"] = clinics.count
        context["clinics_too_many"] = clinics.too_many
        context["systems"] = systems_matching(text[:QUERY_MAX_LENGTH])[:SYSTEMS_SHOWN]
    return TemplateResponse(request, "explainers/search.html", context)
