"""An explainer page's database queries do not grow with the number of items it shows."""

import pytest

from tests.factories import ArticlePageFactory
from tests.pages import demo_page
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


def test_section_page_costs_the_same_with_more_articles(client):
    section = demo_page("section-understand", "fr")
    before = queries_for(client, section.url)

    for number in range(6):
        ArticlePageFactory(
            parent=section, title=f"Article ajouté {number}"
        ).save_revision().publish()

    assert queries_for(client, section.url) == before


def test_search_results_cost_the_same_for_few_or_many_results(client):
    section = demo_page("section-rights", "fr")
    ArticlePageFactory(parent=section, title="Zorglub unique").save_revision().publish()
    few = queries_for(client, "/fr/search/?q=zorglub")

    for number in range(6):
        ArticlePageFactory(parent=section, title=f"Zorglub {number}").save_revision().publish()

    assert queries_for(client, "/fr/search/?q=zorglub") == few
    html = client.get("/fr/search/?q=zorglub").content.decode()
    assert html.count("<h3><a href=") == 7
