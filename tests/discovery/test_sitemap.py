"""/sitemap.xml: every indexable page in both languages, with its other language and its date."""

import pytest
from django.utils import timezone

from content.discovery import sitemap
from content.notices.document import current_versions
from content.notices.models import AISystem, Clinic, DirectoryEntry
from tests.discovery.sitemaps import listed_pages, local_path, public, sitemap_files, xml_of
from tests.factories import published_clinic
from tests.pages import (
    DEMO_CLINIC_WITH_HISTORY,
    PAGE_TYPES,
    demo_page,
    directory_url,
    notice_url,
)
from tests.queries import page_cache_forget

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "en")
NOTICE_EASY_READ = {"fr": "facile/", "en": "easy-read/"}
# An article with an easy-read version in the demo (content/demo/easy_read.py).
ARTICLE_WITH_EASY_READ = "how-clinicians-use-ai"
VIEWS = {"observatory": {"fr": "/fr/observatoire/", "en": "/en/observatory/"}}
VIEWS["open data"] = {"fr": "/fr/donnees/", "en": "/en/data/"}
# Queries of each file, whatever the number of clinics (the page cache forgets it first).
QUERIES = {"index": 10, "pages": 6, "notices": 4, "systems": 4}


@pytest.fixture(autouse=True)
def public_url(settings):
    """The site's public address differs from the host the test client asks."""
    settings.PORTAL_PUBLIC_URL = "https://portail.example.org"


@pytest.fixture
def changes(django_capture_on_commit_callbacks):
    """Run a change as a committed transaction would: the page cache hears of it."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def local_date(moment) -> str:
    return timezone.localtime(moment).date().isoformat()


def assert_listed_in_both_languages(pages, paths: dict[str, str], lastmod: str | None = None):
    """Each language's page is listed, naming both and the French one as x-default."""
    expected = {
        **{code: public(path) for code, path in paths.items()},
        "x-default": public(paths["fr"]),
    }
    for path in paths.values():
        listed = pages.get(public(path))
        assert listed is not None, f"{path} is not in the sitemap"
        assert listed.alternates == expected, path
        assert listed.lastmod, path
        if lastmod:
            assert listed.lastmod == lastmod, path


def test_the_index_names_each_file_at_the_public_address_and_may_be_kept_in_front(client):
    response = client.get("/sitemap.xml")

    files = sitemap_files(client)
    assert [local_path(address) for address in files] == [
        "/sitemap-pages.xml",
        "/sitemap-notices.xml",
        "/sitemap-systems.xml",
    ]
    assert "public" in response["Cache-Control"]
    assert "max-age" in response["Cache-Control"]
    for address in files:
        section = client.get(local_path(address))
        assert section["Content-Type"] == "application/xml"
        assert "public" in section["Cache-Control"]


def test_every_page_of_the_site_is_listed_in_both_languages_with_its_date(client):
    pages = listed_pages(client)

    for key in PAGE_TYPES.values():
        french, english = demo_page(key, "fr"), demo_page(key, "en")
        assert_listed_in_both_languages(pages, {"fr": french.url, "en": english.url})
        assert pages[public(french.url)].lastmod == local_date(french.last_published_at)
    directory = {code: directory_url(code) for code in LANGUAGES}
    assert_listed_in_both_languages(pages, directory)


def test_an_articles_easy_read_version_is_listed_in_both_languages(client):
    pages = listed_pages(client)

    french = demo_page(ARTICLE_WITH_EASY_READ, "fr")
    english = demo_page(ARTICLE_WITH_EASY_READ, "en")
    paths = {"fr": french.url + "facile/", "en": english.url + "easy-read/"}
    assert_listed_in_both_languages(pages, paths, local_date(french.last_published_at))


def test_the_observatory_and_the_open_data_page_are_listed_in_both_languages(client):
    pages = listed_pages(client)

    for paths in VIEWS.values():
        assert_listed_in_both_languages(pages, paths)


def test_each_live_notice_and_its_easy_read_screen_are_listed_with_their_publication_date(client):
    pages = listed_pages(client)

    versions = list(current_versions())
    assert len(versions) == Clinic.objects.filter(live=True).count() >= 3
    for version in versions:
        slug, date = version.clinic.slug, local_date(version.published_at)
        notice = {code: notice_url(slug, code) for code in LANGUAGES}
        assert_listed_in_both_languages(pages, notice, date)
        easy_read = {code: notice_url(slug, code, NOTICE_EASY_READ[code]) for code in LANGUAGES}
        assert_listed_in_both_languages(pages, easy_read, date)


def test_the_pages_of_the_systems_live_notices_describe_are_listed_and_no_other(client):
    pages = listed_pages(client)

    used = {
        key
        for keys in DirectoryEntry.objects.values_list("system_keys", flat=True)
        for key in keys.split()
    }
    assert used
    for system in AISystem.objects.all():
        paths = {code: directory_url(code) + f"systems/{system.key}/" for code in LANGUAGES}
        if system.key in used and not system.draft:
            assert_listed_in_both_languages(pages, paths)
        else:
            assert public(paths["fr"]) not in pages


def test_pages_that_are_not_indexed_are_not_listed(client):
    addresses = listed_pages(client)

    for address in addresses:
        path = local_path(address)
        assert "?" not in path, "a search or a filter is not a page to index"
        for route in ("/print/", "/versions/", "/contact/", "/poster/", "/qr/"):
            assert route not in path
        for prefix in ("/search/", "/v/", "/workspace/", "/register/"):
            assert not path.startswith((f"/fr{prefix}", f"/en{prefix}")), path
        assert not path.startswith(("/n/", "/admin/", "/api/")), path


def test_an_unpublished_page_leaves_the_sitemap_at_once(client, changes):
    article = demo_page(ARTICLE_WITH_EASY_READ, "fr")
    assert public(article.url) in listed_pages(client)

    with changes():
        article.unpublish()

    addresses = listed_pages(client)
    assert public(article.url) not in addresses
    assert public(article.url + "facile/") not in addresses
    # Its English translation stays, without an alternate that would lead nowhere.
    english = addresses[public(demo_page(ARTICLE_WITH_EASY_READ, "en").url)]
    assert set(english.alternates) == {"en"}


def test_a_clinic_published_joins_the_sitemap_and_leaves_it_when_withdrawn(client, changes):
    with changes():
        clinic = published_clinic(uses=1)
    address = public(notice_url(clinic.slug, "fr"))
    assert address in listed_pages(client)

    with changes():
        Clinic.objects.get(pk=clinic.pk).unpublish()

    addresses = listed_pages(client)
    assert address not in addresses
    assert public(notice_url(clinic.slug, "en", "easy-read/")) not in addresses


def test_notices_are_paged_so_that_no_file_passes_the_protocols_limit(client, monkeypatch):
    clinics = Clinic.objects.filter(live=True).count()
    monkeypatch.setattr(sitemap.NoticeSitemap, "limit", 2)

    files = [local_path(address) for address in sitemap_files(client)]

    pages = (clinics + 1) // 2
    notices = ["/sitemap-notices.xml"] + [
        f"/sitemap-notices.xml?p={n}" for n in range(2, pages + 1)
    ]
    assert [path for path in files if "notices" in path] == notices
    listed = listed_pages(client)
    assert public(notice_url(DEMO_CLINIC_WITH_HISTORY, "en", "easy-read/")) in listed
    assert client.get(f"/sitemap-notices.xml?p={pages + 1}").status_code == 404
    # Four addresses a clinic: the protocol's 50,000 leave room for them all.
    assert sitemap.NOTICES_PER_FILE * 4 <= 50_000


def section_queries(client, django_assert_num_queries, path: str, count: int) -> None:
    page_cache_forget(path)
    with django_assert_num_queries(count):
        xml_of(client.get(path))


def test_each_file_costs_the_same_queries_for_3_clinics_or_many(client, django_assert_num_queries):
    paths = {
        "index": "/sitemap.xml",
        "pages": "/sitemap-pages.xml",
        "notices": "/sitemap-notices.xml",
        "systems": "/sitemap-systems.xml",
    }
    # The site's frame is kept between requests, as on a server.
    client.get("/sitemap.xml")
    assert Clinic.objects.filter(live=True).count() == 3
    for name, path in paths.items():
        section_queries(client, django_assert_num_queries, path, QUERIES[name])

    for _ in range(6):
        published_clinic(uses=2)
    assert len(listed_pages(client)) > 0

    for name, path in paths.items():
        section_queries(client, django_assert_num_queries, path, QUERIES[name])
