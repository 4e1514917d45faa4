"""What the explainers cost the database: at most 8 queries for a page, 4 for a missing one,
whatever the number of items it shows; and nothing once kept."""

import pytest

from content.explainers.models import GlossaryTerm, Source
from content.page_cache import site_memo_clear
from tests.factories import ArticlePageFactory, SectionPageFactory, SourceFactory
from tests.pages import demo_page
from tests.queries import queries_for, queries_of_kept_page

pytestmark = pytest.mark.django_db

SIZES = (1, 20, 100)
PAGE_BUDGET = 8
NOT_FOUND_BUDGET = 4


def costs_at_each_size(client, add_items, url) -> dict[int, int]:
    """The queries of `url` once it shows 1, 20 and 100 items (`add_items(n)` adds n more)."""
    counts, shown = {}, 0
    for size in SIZES:
        add_items(size - shown)
        shown = size
        # Items were added without publishing: forget what the process kept of the site.
        site_memo_clear()
        counts[size] = queries_for(client, url)
    return counts


def test_home_page_costs_at_most_8_queries_with_1_20_or_100_sections(client):
    home = demo_page("home", "fr")

    def add_sections(number):
        for _ in range(number):
            SectionPageFactory(parent=home, show_in_menus=True)

    counts = costs_at_each_size(client, add_sections, home.url)

    assert max(counts.values()) <= PAGE_BUDGET, counts
    assert len(set(counts.values())) == 1, counts


def test_section_page_costs_at_most_8_queries_with_1_20_or_100_articles(client):
    section = demo_page("section-understand", "fr")

    def add_articles(number):
        for _ in range(number):
            ArticlePageFactory(parent=section)

    counts = costs_at_each_size(client, add_articles, section.url)

    assert max(counts.values()) <= PAGE_BUDGET, counts
    assert len(set(counts.values())) == 1, counts


def test_article_page_costs_at_most_8_queries_with_1_20_or_100_sources(client):
    section = demo_page("section-understand", "fr")
    article = ArticlePageFactory(parent=section)
    article.sources.clear()

    def add_sources(number):
        for _ in range(number):
            article.sources.add(SourceFactory())
        article.save()

    counts = costs_at_each_size(client, add_sources, article.url)

    assert max(counts.values()) <= PAGE_BUDGET, counts
    assert len(set(counts.values())) == 1, counts
    assert Source.objects.filter(articles=article).count() == 100
    assert client.get(article.url).content.decode().count("Enquête de test") == 100


def test_glossary_costs_at_most_8_queries_with_1_20_or_100_more_terms(client):
    glossary = demo_page("page-glossary", "fr")
    created = []

    def add_terms(number):
        for _ in range(number):
            key = f"terme-de-test-{len(created)}"
            created.append(GlossaryTerm.objects.create(key=key, term_fr=key, definition_fr="Sens."))

    counts = costs_at_each_size(client, add_terms, glossary.url)

    assert max(counts.values()) <= PAGE_BUDGET, counts
    assert len(set(counts.values())) == 1, counts
    assert client.get(glossary.url).content.decode().count("terme-de-test-") >= 100


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("path", ["no-such-page/", "comprendre/no/such/page/", "a/b/c/d/e/f/"])
def test_a_missing_page_costs_at_most_4_queries(client, language, path):
    url = f"/{language}/{path}"

    assert queries_for(client, url, status=404) <= NOT_FOUND_BUDGET


def test_a_missing_page_costs_the_same_with_1_20_or_100_pages_in_the_tree(client):
    section = demo_page("section-understand", "fr")

    def add_articles(number):
        for _ in range(number):
            ArticlePageFactory(parent=section)

    counts = {}
    shown = 0
    for size in SIZES:
        add_articles(size - shown)
        shown = size
        site_memo_clear()
        counts[size] = queries_for(client, section.url + "no-such-article/", status=404)

    assert max(counts.values()) <= NOT_FOUND_BUDGET, counts
    assert len(set(counts.values())) == 1, counts


@pytest.mark.parametrize(
    "key", ["home", "section-understand", "how-clinicians-use-ai", "page-glossary"]
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_repeated_anonymous_request_of_an_explainer_costs_no_query(client, key, language):
    assert queries_of_kept_page(client, demo_page(key, language).url) == 0


def test_search_results_cost_the_same_for_few_or_many_results(client):
    section = demo_page("section-rights", "fr")
    ArticlePageFactory(parent=section, title="Zorglub unique").save_revision().publish()
    few = queries_for(client, "/fr/search/?q=zorglub")

    for number in range(6):
        ArticlePageFactory(parent=section, title=f"Zorglub {number}").save_revision().publish()

    assert queries_for(client, "/fr/search/?q=zorglub") == few
    html = client.get("/fr/search/?q=zorglub").content.decode()
    assert html.count("<h3><a href=") == 7
