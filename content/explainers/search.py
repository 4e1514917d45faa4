"""Search over the explainers and other pages of the reader's language."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Locale, Page

SEARCH_PAGE_SIZE = 10
SEARCH_QUERY_MAX_LENGTH = 200


def search_pages(*, query: str, language_code: str):
    """Live public pages of one language matching the query, best first; none for an empty query."""
    if not query:
        return Page.objects.none()
    locale = Locale.objects.get(language_code=language_code)
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=1)
        .search(query, operator="and")
    )


def search(request):
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = search_pages(query=query, language_code=translation.get_language())
    page_of_results = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    # One query per page type, whatever the number of results shown.
    ids = [page.pk for page in page_of_results.object_list]
    specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return TemplateResponse(
        request,
        "explainers/search.html",
        {
            "query": query,
            "results": [specific[pk] for pk in ids if pk in specific],
            "page_of_results": page_of_results,
        },
    )
