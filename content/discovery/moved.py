"""Old addresses lead to where their page is now, the routes below it included: one query per 404.

Wagtail's redirects app records, when an editor changes a page's slug or moves it, a permanent
redirect from the page's old address (and its descendants'); editors add their own in the admin.
Wagtail's middleware answers an old address only when it matches a record exactly, and drops the
query: the routes a page serves below itself (every form of every notice under the notices'
directory, an article's easy-read version) would be lost. This middleware takes its place. For a
404 it reads, in one query, the records of the address and of every address it starts with; the
address itself is answered as Wagtail would, and otherwise the longest old address of a page
leads to the same route under the page's address today, the query kept.
"""

from django.db.models import Case, IntegerField, Q, Value, When
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils.encoding import uri_to_iri
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site


def old_prefixes(path: str) -> list[str]:
    """The addresses `path` starts with, itself included, as Wagtail's redirects keep them (no
    final slash), longest first."""
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[:length]) for length in range(len(parts), 0, -1)]


def _records(request, old_paths: list[str]) -> dict[str, Redirect]:
    """The records of these old addresses for the request's site, a site's own before the shared."""
    site = Site.find_for_request(request)
    records = Redirect.objects.filter(old_path__in=old_paths).select_related("redirect_page")
    records = records.filter(Q(site=site) | Q(site__isnull=True)) if site else records
    # A site's own record wins over a record for every site: read those last.
    records = records.annotate(
        own=Case(
            When(site__isnull=False, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
    ).order_by("own")
    return {record.old_path: record for record in records}


def _redirect(record: Redirect, address: str):
    kind = HttpResponsePermanentRedirect if record.is_permanent else HttpResponseRedirect
    return kind(address)


def moved_redirect(request):
    """The redirect an old address answers, or None.

    The address with its query, then without it, answer their record as Wagtail does (its `link`);
    failing that, the longest old address of a live page the request starts with leads to the same
    route under that page, the rest of the address and the query kept.
    """
    full = Redirect.normalise_path(request.get_full_path())
    prefixes = old_prefixes(uri_to_iri(request.path))
    # PostgreSQL refuses a null character in a query (Wagtail's middleware refuses it too).
    if not prefixes or "\0" in full:
        return None
    found = _records(request, [full, *prefixes])
    query = request.META.get("QUERY_STRING", "")
    exact = found.get(full)
    if exact is not None and exact.link:
        return _redirect(exact, exact.link)
    for prefix in prefixes:
        record = found.get(prefix)
        if record is None:
            continue
        page = record.redirect_page
        if page is None:
            # A record of another address: followed for the address itself only, as Wagtail does.
            if prefix == prefixes[0]:
                return _redirect(record, record.link)
            continue
        if not page.live:
            return None
        target = record.link
        rest = uri_to_iri(request.path)[len(prefix) :].lstrip("/")
        address = target.rstrip("/") + "/" + rest if rest else target
        if address in (request.path, uri_to_iri(request.path)):
            # The page is back at this old address (renamed, then renamed back): nothing moved.
            return None
        return _redirect(record, f"{address}?{query}" if query else address)
    return None


class MovedPageMiddleware:
    """Answers a 404 at an old address with a redirect to where its page, or its route, is now."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        return moved_redirect(request) or response
