"""The clinic's editor in the Wagtail admin, in Chromium: the readability of each use's summary
follows what the editor types, in a use shown at load and in a use added afterwards."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from content.notices.models import Clinic
from tests.pages import DEMO_CLINIC_WITH_HISTORY
from tests.workspace.helpers import sign_in_verified

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Long words in one long sentence: Kandel-Moles far below the minimum.
HARD_SUMMARY = (
    "L’administration hospitalière universitaire réorganise considérablement "
    "l’accompagnement thérapeutique personnalisé conformément aux recommandations "
    "institutionnelles pluridisciplinaires internationales particulièrement exigeantes."
)
EASY_SUMMARY = "Le médecin lit ce que fait l’outil. Il peut dire non. Vous pouvez le lui dire."


@pytest.fixture(scope="session")
def portal_editor_session(portal_server, django_db_blocker):
    """A superuser's session, its second factor verified, as the admin asks."""
    with django_db_blocker.unblock():
        user, _ = get_user_model().objects.get_or_create(
            username="browser-snippet-editor@example.org",
            defaults={
                "email": "snippet-editor@example.org",
                "is_superuser": True,
                "is_staff": True,
            },
        )
        client = Client()
        sign_in_verified(client, user)
        return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture
def admin_page(browser, portal_server, portal_editor_session):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": portal_editor_session,
                "url": portal_server,
            }
        ]
    )
    page = context.new_page()
    yield page
    context.close()


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
    admin_page.fill("textarea[name='uses-0-summary_fr']", HARD_SUMMARY)
    hard = status_of(admin_page, "uses-0-summary_fr", "hard")
    hard.wait_for(timeout=15_000)
    assert int(hard.get_attribute("data-readability-score")) < 60
    assert hard.locator(".readability__longest").count() == 1  # the sentence to shorten first

    admin_page.fill("textarea[name='uses-0-summary_fr']", EASY_SUMMARY)
    easy = status_of(admin_page, "uses-0-summary_fr", "easy")
    easy.wait_for(timeout=15_000)
    assert int(easy.get_attribute("data-readability-score")) >= 70
    assert easy.locator(".readability__longest").count() == 0

    # A use added in the editor, after the page loaded: measured once the editor types in it.
    count = admin_page.locator("textarea[name$='-summary_fr']").count()
    admin_page.locator("#id_uses-ADD").click()
    added = f"uses-{count}-summary_fr"
    admin_page.locator(f"textarea[name='{added}']").wait_for(timeout=15_000)
    admin_page.fill(f"textarea[name='{added}']", HARD_SUMMARY)
    status_of(admin_page, added, "hard").wait_for(timeout=15_000)
