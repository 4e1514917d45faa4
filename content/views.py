"""Public views that are not pages: search and the error pages."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.views.decorators.csrf import requires_csrf_token
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
        "pages/search.html",
        {
            "query": query,
            "results": [specific[pk] for pk in ids if pk in specific],
            "page_of_results": page_of_results,
        },
    )


def csrf_failure(request, reason=""):
    # The form's safety token was missing or stale (cookies blocked, a page left open for days).
    return TemplateResponse(request, "403_csrf.html", status=403).render()


def permission_denied(request, exception=None):
    return TemplateResponse(request, "403.html", status=403).render()


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404).render()


@requires_csrf_token
def server_error(request):
    # Rendered without the database or context processors: whatever broke must not break this page.
    language = get_language_from_path(request.path_info) or "fr"
    with translation.override(language):
        response = TemplateResponse(request, "500.html", {"language": language}, status=500)
        response.template_name = "500.html"
        return response.render()
