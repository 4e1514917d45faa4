"""The notice form's pages in Chromium: no axe violation in French and English, and none taller
than six phone screens (390 × 844) for any demo clinic's structure, contacts and uses."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from content.notices.models import Clinic
from content.vocabulary import AIUSE_TEXT_FIELDS, MemberRole
from content.workspace.models import ClinicMembership
from tests.browser.checks import assert_page_accessible
from tests.factories import AIUseFactory, ClinicFactory
from tests.pages import DEMO_CLINIC_WITH_HISTORY
from tests.workspace.helpers import sign_in_verified

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
# Six phone screens: past that, a clinic scrolls more than it writes.
MAX_HEIGHT = 6 * PHONE["height"]
PAGES = [
    ("notice_edit", ()),
    ("notice_structure", ()),
    ("notice_contacts", ()),
    ("notice_use", (1,)),
    ("notice_use_new", ()),
    ("notice_use_remove", (1,)),
]


@pytest.fixture(scope="session")
def notice_editor(portal_server, django_db_blocker):
    """An editor of every demo clinic, with a signed-in session; the clinics and their use counts."""
    with django_db_blocker.unblock():
        user, _ = get_user_model().objects.get_or_create(
            username="browser-notice-pages@example.org",
            defaults={"email": "notice-pages@example.org"},
        )
        # The longest a use page gets: every text missing, so every group of texts is open.
        blank = ClinicFactory(name="Cabinet à compléter (navigateur)", slug="cabinet-a-completer")
        AIUseFactory(clinic=blank, **{f"{name}_fr": "" for name in AIUSE_TEXT_FIELDS})
        blank.save_revision()
        clinics = {}
        for clinic in Clinic.objects.order_by("pk"):
            ClinicMembership.objects.get_or_create(
                user=user, clinic=clinic, defaults={"role": MemberRole.EDITOR}
            )
            draft = clinic.get_latest_revision_as_object()
            clinics[clinic.slug] = (clinic, len(draft.uses.all()))
        client = Client()
        sign_in_verified(client, user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return clinics, session


def opened(browser, portal_server, session, path: str, viewport: dict):
    context = browser.new_context(viewport=viewport)
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": portal_server}]
    )
    page = context.new_page()
    response = page.goto(portal_server + path, wait_until="load")
    assert response.status == 200, path
    return context, page


def path_of(name: str, clinic: Clinic, args, language: str) -> str:
    with translation.override(language):
        return reverse(f"workspace:{name}", args=[clinic.pk, *args])


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(("name", "args"), PAGES, ids=[name for name, _ in PAGES])
def test_each_notice_page_is_accessible(
    browser, portal_server, notice_editor, name, args, language
):
    clinics, session = notice_editor
    clinic, _uses = clinics[DEMO_CLINIC_WITH_HISTORY]
    path = path_of(name, clinic, args, language)

    context, page = opened(browser, portal_server, session, path, {"width": 320, "height": 900})
    try:
        assert_page_accessible(page, language=language)
    finally:
        context.close()


def test_a_use_page_showing_errors_and_missing_fields_is_accessible(
    browser, portal_server, notice_editor
):
    clinics, session = notice_editor
    clinic, _uses = clinics[DEMO_CLINIC_WITH_HISTORY]
    path = path_of("notice_use", clinic, (1,), "fr")

    context, page = opened(browser, portal_server, session, path, PHONE)
    try:
        # Longer than the input allows, as a crafted or an old browser's post would be.
        page.evaluate("document.getElementById('id_label_fr').value = 'x'.repeat(200)")
        page.locator("button[name=stay]").click()
        page.wait_for_load_state("load")
        assert page.locator(".error-summary").count() == 1
        assert page.locator("#id_label_fr").get_attribute("aria-invalid") == "true"
        assert_page_accessible(page, language="fr")
    finally:
        context.close()


def test_no_notice_page_is_taller_than_six_phone_screens(browser, portal_server, notice_editor):
    clinics, session = notice_editor
    heights = {}
    for slug, (clinic, uses) in clinics.items():
        pages = [("notice_structure", ()), ("notice_contacts", ())]
        pages += [("notice_use", (number,)) for number in range(1, uses + 1)]
        for name, args in pages:
            path = path_of(name, clinic, args, "fr")
            context, page = opened(browser, portal_server, session, path, PHONE)
            try:
                heights[f"{slug} {name} {args}"] = page.evaluate(
                    "document.documentElement.scrollHeight"
                )
            finally:
                context.close()

    print("\n".join(f"{height:6d} px  {where}" for where, height in sorted(heights.items())))
    assert any("notice_use" in where for where in heights)
    assert any(where.startswith("cabinet-a-completer notice_use") for where in heights)
    too_tall = {where: height for where, height in heights.items() if height > MAX_HEIGHT}
    assert not too_tall, too_tall
