"""The notice form in Chromium: the summary's readability, rendered by the server, follows what the
editor types, under the workspace's policy (the site's own script only)."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from content.notices.models import Clinic
from content.vocabulary import MemberRole
from content.workspace.models import ClinicMembership
from tests.browser.checks import assert_page_accessible
from tests.pages import DEMO_CLINIC_WITH_HISTORY
from tests.workspace.helpers import sign_in_verified

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HARD_SUMMARY = (
    "L’outil transcrit automatiquement la consultation afin de faciliter la rédaction du compte "
    "rendu médical, que le médecin vérifie systématiquement avant de l’intégrer définitivement à "
    "votre dossier."
)


@pytest.fixture(scope="session")
def summary_editor(portal_server, django_db_blocker):
    """An editor of a demo clinic, signed in; the address of its first use's page."""
    with django_db_blocker.unblock():
        clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
        user, _ = get_user_model().objects.get_or_create(
            username="browser-readability@example.org",
            defaults={"email": "readability@example.org"},
        )
        ClinicMembership.objects.get_or_create(
            user=user, clinic=clinic, defaults={"role": MemberRole.EDITOR}
        )
        client = Client()
        sign_in_verified(client, user)
        with translation.override("fr"):
            path = reverse("workspace:notice_use", args=[clinic.pk, 1])
        return client.cookies[settings.SESSION_COOKIE_NAME].value, path


def test_the_summarys_readability_follows_what_the_editor_types(
    browser, portal_server, summary_editor
):
    session, path = summary_editor
    context = browser.new_context(viewport={"width": 320, "height": 900})
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": portal_server}]
    )
    page = context.new_page()
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security" in message.text else None
        ),
    )
    try:
        page.goto(portal_server + path, wait_until="load")
        status = page.locator("#id_summary_fr-readability")
        assert status.get_attribute("data-readability-level") is None  # rendered by the server
        assert status.text_content().startswith("Lisibilité")

        section = page.locator("details.form-section", has=page.locator("#id_summary_fr"))
        if section.get_attribute("open") is None:
            section.locator(":scope > summary").click()
        page.fill("#id_summary_fr", HARD_SUMMARY)
        page.locator("#id_summary_fr-readability[data-readability-level='hard']").wait_for(
            timeout=15_000
        )
        assert "difficile" in status.inner_text()
        assert "Raccourcissez d’abord" in status.inner_text()
        assert refused == []
        # The longest sentence quoted under the field still fits a 320 px screen.
        assert_page_accessible(page, language="fr", narrow=True)
    finally:
        context.close()
