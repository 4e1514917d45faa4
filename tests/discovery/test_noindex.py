"""What search engines may index: every page of the sitemap answers and may be indexed; the
pages that must not be indexed say so."""

import html5lib
import pytest

from tests.discovery.sitemaps import listed_pages, local_path
from tests.pages import (
    DEMO_CLINIC_WITH_HISTORY,
    DEMO_VISIT_TWO_TOOLS,
    directory_url,
    notice_url,
    visit_url,
)

pytestmark = pytest.mark.django_db


def robots_meta(response) -> list[str]:
    document = html5lib.parse(response.content, namespaceHTMLElements=False)
    return [
        meta.get("content", "")
        for meta in document.iter("meta")
        if meta.get("name", "").lower() == "robots"
    ]


def is_noindex(response) -> bool:
    said = [*robots_meta(response), response.get("X-Robots-Tag", "")]
    return any("noindex" in value for value in said)


def test_every_page_of_the_sitemap_answers_and_may_be_indexed(client):
    paths = [local_path(address) for address in listed_pages(client)]

    assert len(paths) > 50
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("text/html"), path
        assert not is_noindex(response), path


@pytest.mark.parametrize(
    "address",
    [
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "print/"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "en", "versions/"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "versions/1/"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "en", "contact/"),
        lambda: directory_url("fr") + "?q=albi",
        lambda: directory_url("en") + "?kind=gp_practice",
        lambda: "/fr/search/?q=donn%C3%A9es",
        lambda: "/en/search/",
        lambda: visit_url(DEMO_VISIT_TWO_TOOLS, "fr"),
        lambda: "/fr/workspace/sign-in/",
        lambda: "/en/register/",
    ],
    ids=[
        "print",
        "versions",
        "archived version",
        "contact form",
        "directory search",
        "directory filter",
        "search",
        "empty search",
        "visit card",
        "sign-in",
        "registration",
    ],
)
def test_pages_that_must_not_be_indexed_say_so(client, address):
    response = client.get(address())

    assert response.status_code == 200
    assert robots_meta(response) == ["noindex"]


def test_a_missing_page_says_it_must_not_be_indexed(client):
    for language in ("fr", "en"):
        response = client.get(f"/{language}/no-such-page/")

        assert response.status_code == 404
        assert robots_meta(response) == ["noindex"]


def test_the_directory_and_its_further_pages_may_be_indexed(client):
    for address in (directory_url("fr"), directory_url("en") + "?page=1"):
        response = client.get(address)

        assert response.status_code == 200
        assert not is_noindex(response)
