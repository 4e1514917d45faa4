"""The clinic's editor in the Wagtail admin, in Chromium: the readability of each use's summary
follows what the editor types, in a use shown at load and in a use added afterwards."""

import pytest
from django.urls import reverse

from content.notices.models import Clinic
from tests.browser.conftest import EASY_FRENCH_TEXT, HARD_FRENCH_TEXT
from tests.pages import DEMO_CLINIC_WITH_HISTORY

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def status_of(page, field_name: str, level: str = ""):
    """The readability line under a field of the editor, at a level if given."""
    shown = f"[data-readability-level='{level}']" if level else "[data-readability-score]"
    return page.locator(f"[data-field-input]:has([name='{field_name}']) + .readability{shown}")


def test_a_uses_french_summary_is_measured_as_the_editor_types(admin_page, portal_server):
    clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
    edit = reverse("wagtailsnippets_content_clinic:edit", args=[clinic.pk])
    admin_page.goto(f"{portal_server}{edit}", wait_until="load")
    # The admin speaks the editor's language: the score is read, not the words around it.
    introduction = status_of(admin_page, "introduction_fr")
    introduction.wait_for(timeout=15_000)
    assert introduction.get_attribute("aria-live") == "polite"
    status_of(admin_page, "introduction_en").wait_for(timeout=15_000)

    admin_page.get_by_role("tab").nth(2).click()  # the uses, after the clinic and its contacts
    status_of(admin_page, "uses-0-summary_fr").wait_for(timeout=15_000)
    status_of(admin_page, "uses-0-summary_en").wait_for(timeout=15_000)
    admin_page.fill("textarea[name='uses-0-summary_fr']", HARD_FRENCH_TEXT)
    hard = status_of(admin_page, "uses-0-summary_fr", "hard")
    hard.wait_for(timeout=15_000)
    assert int(hard.get_attribute("data-readability-score")) < 60
    assert hard.locator(".readability__longest").count() == 1  # the sentence to shorten first

    admin_page.fill("textarea[name='uses-0-summary_fr']", EASY_FRENCH_TEXT)
    easy = status_of(admin_page, "uses-0-summary_fr", "easy")
    easy.wait_for(timeout=15_000)
    assert int(easy.get_attribute("data-readability-score")) >= 70
    assert easy.locator(".readability__longest").count() == 0

    # A use added in the editor, after the page loaded: measured once the editor types in it.
    count = admin_page.locator("textarea[name$='-summary_fr']").count()
    admin_page.locator("#id_uses-ADD").click()
    added = f"uses-{count}-summary_fr"
    admin_page.locator(f"textarea[name='{added}']").wait_for(timeout=15_000)
    admin_page.fill(f"textarea[name='{added}']", HARD_FRENCH_TEXT)
    status_of(admin_page, added, "hard").wait_for(timeout=15_000)
