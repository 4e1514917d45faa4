import pytest
from wagtail.models import Page

from content.explainers.models import ArticlePage, HomePage, SectionPage, StandardPage
from tests.pages import demo_page

pytestmark = pytest.mark.django_db


def test_home_page_lives_only_at_the_top_of_the_tree():
    assert HomePage.can_exist_under(Page.get_first_root_node())
    assert not HomePage.can_exist_under(demo_page("home", "fr"))


def test_a_second_home_page_cannot_be_added_beside_the_first():
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_sections_and_simple_pages_go_under_the_home_page_only():
    home, section = demo_page("home", "fr"), demo_page("section-understand", "fr")
    assert SectionPage.can_create_at(home)
    assert StandardPage.can_create_at(home)
    assert not SectionPage.can_create_at(section)
    assert not StandardPage.can_create_at(section)


def test_articles_go_under_a_section_only_and_have_no_children():
    home, section = demo_page("home", "fr"), demo_page("section-understand", "fr")
    article = demo_page("how-clinicians-use-ai", "fr")
    assert ArticlePage.can_create_at(section)
    assert not ArticlePage.can_create_at(home)
    assert ArticlePage.allowed_subpage_models() == []
    assert not ArticlePage.can_create_at(article)
