"""Wagtail's page view, with the site and the route to each known page kept in the site memo.

Wagtail finds the site and walks the page tree from the localized home page at each request (five
queries before a notice is even looked up). The pages found are kept in `site_memo` under the
path that leads to them, so the next request to them, or to any route under them (every form of
every notice under the directory page), starts from there. A change to the page tree gives the site
a new token and empties the memo (`content.page_cache`).
"""

from django.http import Http404
from django.utils import translation
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from content.page_cache import site_memo, site_memo_peek


def _components(path: str) -> tuple[str, ...]:
    return tuple(component for component in path.split("/") if component)


def site_for(request) -> Site | None:
    """The Wagtail site serving this request (kept in the memo per host and port)."""
    key = ("site", request.get_host(), request.get_port())
    # Wagtail keeps the site it found on the request: the memo keeps it for the next requests.
    request._wagtail_site = site_memo(key, lambda: Site.find_for_request(request))
    return request._wagtail_site


def page_route(request, path: str):
    """Wagtail's route result for the path (page, args, kwargs), or None when there is no page."""
    site = site_for(request)
    if site is None:
        return None
    language = translation.get_language()
    root = site_memo(("root", site.pk, language), lambda: site.root_page.localized.specific)
    components = _components(path)
    start, page = 0, root
    for length in range(len(components), 0, -1):
        known = site_memo_peek(("page", site.pk, language, components[:length]))
        if known is not None:
            start, page = length, known
            break
    try:
        result = page.route(request, list(components[start:]))
    except Http404:
        return None
    found = result.page
    if found.url_path.startswith(root.url_path):
        found_path = _components(found.url_path[len(root.url_path) :])
        site_memo(("page", site.pk, language, found_path), lambda: found)
    return result


def serve(request, path):
    """Wagtail's `serve`, handed the route found through the memo."""
    request._wagtail_route_for_request = page_route(request, path)
    return wagtail_serve(request, path)
