"""The page editor in Chromium: the live preview shows the page, Wagtail's checks count its words,
and the readability of the introduction changes as the editor types."""

import re

import pytest

from content.explainers.models import ArticlePage
from tests.browser.conftest import EASY_FRENCH_TEXT, HARD_FRENCH_TEXT

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def french_article() -> ArticlePage:
    return ArticlePage.objects.filter(locale__language_code="fr").live().order_by("pk").first()


def test_the_preview_panel_shows_the_article_and_its_checks_count_words(admin_page, portal_server):
    article = french_article()
    admin_page.goto(f"{portal_server}/admin/pages/{article.pk}/edit/", wait_until="load")
    admin_page.click("[data-side-panel-toggle='preview']")
    frame = admin_page.frame_locator("#w-preview-iframe")
    frame.locator("h1").filter(has_text=article.title).wait_for(timeout=15_000)

    admin_page.click("[data-side-panel-toggle='checks']")
    words = admin_page.locator("[data-content-word-count]")
    reading_time = admin_page.locator("[data-content-reading-time]")
    admin_page.wait_for_function(
        "document.querySelector('[data-content-word-count]').textContent.trim() !== '-'",
        timeout=15_000,
    )
    assert re.search(r"\d", words.inner_text())
    assert re.search(r"\d", reading_time.inner_text())


def test_the_introductions_readability_changes_as_the_editor_types(admin_page, portal_server):
    article = french_article()
    admin_page.goto(f"{portal_server}/admin/pages/{article.pk}/edit/", wait_until="load")
    status = admin_page.locator("[data-contentpath='intro'] .readability")
    status.filter(has_text="Lisibilité").wait_for(timeout=15_000)
    assert status.get_attribute("aria-live") == "polite"
    body_status = admin_page.locator("[data-contentpath='body'] .readability")
    body_status.filter(has_text="Lisibilité").wait_for(timeout=15_000)

    admin_page.fill("textarea[name=intro]", HARD_FRENCH_TEXT)
    admin_page.locator(
        "[data-contentpath='intro'] .readability[data-readability-level='hard']"
    ).wait_for(timeout=15_000)
    assert "difficile" in status.inner_text()
    assert "Raccourcissez d’abord" in status.inner_text()

    admin_page.fill("textarea[name=intro]", EASY_FRENCH_TEXT)
    admin_page.locator(
        "[data-contentpath='intro'] .readability[data-readability-level='easy']"
    ).wait_for(timeout=15_000)
    assert "Raccourcissez" not in status.inner_text()
