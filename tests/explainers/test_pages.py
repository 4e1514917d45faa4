"""Every page type renders in both languages, with the right language and a working switcher."""

import re

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from content.errors import server_error
from tests.pages import PAGE_TYPES, demo_page, demo_url

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en"]
OTHER = {"fr": "en", "en": "fr"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_renders_in_both_languages(client, page_type, language):
    page = demo_page(PAGE_TYPES[page_type], language)

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{page.title}</h1>" in html.replace("&#x27;", "'").replace("&amp;", "&")
    assert 'href="#main"' in html and 'id="main"' in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_language_switcher_leads_to_the_same_page_in_the_other_language(
    client, page_type, language
):
    key = PAGE_TYPES[page_type]
    other = OTHER[language]

    html = client.get(demo_url(key, language)).content.decode()

    assert f'href="{demo_url(key, other)}" lang="{other}" hreflang="{other}"' in html


def test_article_shows_its_medical_review_its_sources_and_its_figures_with_their_source(client):
    article = demo_page("how-clinicians-use-ai", "fr")

    html = client.get(article.url).content.decode()

    assert "Relu par un professionnel de santé" in html
    assert article.reviewed_by in html
    assert "Sources" in html
    assert "Baromètre IA &amp; Data en santé 2025" in html
    assert re.search(r'class="key-figure__value">\d+\u00a0%', html)


def test_english_article_is_in_english(client):
    html = client.get(demo_url("how-clinicians-use-ai", "en")).content.decode()

    assert "Reviewed by a health professional" in html
    assert "Relu par" not in html


def test_breadcrumbs_lead_home_through_the_section(client):
    html = client.get(demo_url("how-clinicians-use-ai", "en")).content.decode()

    breadcrumbs = html.split('class="container breadcrumbs"')[1].split("</nav>")[0]
    assert f'href="{demo_url("home", "en")}"' in breadcrumbs
    assert f'href="{demo_url("section-understand", "en")}"' in breadcrumbs
    assert 'aria-current="page"' in breadcrumbs


def test_footer_links_legal_privacy_and_accessibility_pages_in_the_readers_language(client):
    html = client.get(demo_url("home", "en")).content.decode()

    footer = html.split('class="site-footer"')[1]
    for key in ("page-legal", "page-privacy", "page-accessibility"):
        assert f'href="{demo_url(key, "en")}"' in footer


def test_glossary_page_lists_at_least_fifteen_terms(client):
    html = client.get(demo_url("page-glossary", "fr")).content.decode()

    assert html.count("<dt>") >= 15


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("en-GB,en;q=0.9", "/en/"), ("fr-FR,fr", "/fr/"), ("", "/fr/")],
)
def test_root_redirects_by_the_browsers_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response.headers["Location"] == expected


@pytest.mark.parametrize(
    ("language", "title"), [("fr", "Page introuvable"), ("en", "Page not found")]
)
def test_missing_page_gets_a_designed_404_in_the_readers_language(client, language, title):
    response = client.get(f"/{language}/cette-page-n-existe-pas/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert title in html
    assert f'href="/{language}/search/"' in html


@pytest.mark.parametrize(
    ("path", "language", "title"),
    [
        ("/fr/x/", "fr", "Le portail rencontre un problème"),
        ("/en/x/", "en", "The portal has run into a problem"),
    ],
)
def test_server_error_page_is_designed_and_needs_no_database(
    django_assert_num_queries, path, language, title
):
    request = RequestFactory().get(path)

    with django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert title in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_renders_in_both_languages(client, language):
    with translation.override(language):
        url = reverse("search")

    response = client.get(url, {"q": "IA"})

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_figures_follow_each_languages_typography(client):
    french = client.get(demo_url("home", "fr")).content.decode()
    english = client.get(demo_url("home", "en")).content.decode()

    assert 'class="key-figure__value">84\u00a0%' in french
    assert 'class="key-figure__value">84%' in english
