"""Counting the database queries of a page."""

from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from content.page_cache import record_key


def page_cache_forget(url: str) -> None:
    """Drop the kept copy of one address, as if it had never been requested (tokens stay)."""
    caches["pages"].delete(record_key(RequestFactory().get(url)))


def queries_for(client, url: str, *, status: int = 200) -> int:
    """The queries of a request to `url` that the page cache does not answer.

    A first request fills the site memo (menus, routes, footer), as it is filled between requests
    on a server; the page cache's copy is then dropped, so that the page is rendered again.
    """
    page_cache_forget(url)
    client.get(url)
    page_cache_forget(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == status
    return len(captured)


def queries_of_kept_page(client, url: str) -> int:
    """The queries of a repeated request to `url`, which the page cache may answer."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)
