"""Search finds pages of the reader's language; on PostgreSQL it stems French and ignores accents."""

import pytest
from django.urls import reverse

from content.explainers.search import search_pages
from tests.factories import ArticlePageFactory
from tests.pages import demo_page

pytestmark = pytest.mark.django_db


def _publish_article_under_a_section(title: str, intro: str):
    section = demo_page("section-understand", "fr")
    article = ArticlePageFactory(parent=section, title=title, intro=intro)
    article.save_revision().publish()
    return article


def test_search_finds_pages_of_the_current_language_only():
    french = demo_page("consent-and-rights", "fr")
    english = demo_page("consent-and-rights", "en")

    found_fr = list(search_pages(query="consentement", language_code="fr"))
    found_en = list(search_pages(query="consent", language_code="en"))

    assert french.pk in {page.pk for page in found_fr}
    assert all(page.locale.language_code == "fr" for page in found_fr)
    assert english.pk in {page.pk for page in found_en}
    assert all(page.locale.language_code == "en" for page in found_en)


def test_search_results_page_links_each_result(client):
    article = demo_page("consent-and-rights", "en")

    html = client.get("/en/search/", {"q": "consent"}).content.decode()

    assert f'href="{article.url}"' in html
    assert "result" in html


def test_empty_search_shows_the_form_and_no_result_count(client):
    html = client.get(reverse("search")).content.decode()

    assert 'name="q"' in html
    assert "résultat" not in html


@pytest.mark.postgres
def test_search_stems_french_words_on_postgresql():
    article = _publish_article_under_a_section(
        "Zéphyrin et les médecins", "Les médecins lisent tout."
    )

    found = {page.pk for page in search_pages(query="médecin", language_code="fr")}

    assert article.pk in found


@pytest.mark.postgres
def test_search_ignores_accents_on_postgresql():
    article = _publish_article_under_a_section(
        "Quenotte et la sécurité", "La sécurité de vos données de santé."
    )

    found = {page.pk for page in search_pages(query="securite quenotte", language_code="fr")}

    assert article.pk in found
