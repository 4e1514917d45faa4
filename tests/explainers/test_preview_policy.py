"""The admin's preview of a page may be framed by the admin and run Wagtail's checks; the public
page stays unframeable and scriptless, and a preview is never kept for readers."""

import html5lib
import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.explainers.models import ArticlePage
from tests.discovery.data_blocks import scripts_that_run

pytestmark = pytest.mark.django_db

PREVIEW_TITLE = "Titre vu seulement dans l’aperçu"


def french_article() -> ArticlePage:
    return ArticlePage.objects.filter(locale__language_code="fr").live().order_by("pk").first()


def preview(client, page):
    """Wagtail's preview as the editor's panel asks for it: the form posted, then the page."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = nested_form_data(
        {
            "title": PREVIEW_TITLE,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>Le médecin lit ce texte.</p>"))]),
            "easy_read_body": streamfield([]),
            "reviewed_by": page.reviewed_by,
            "reviewed_on": str(page.reviewed_on),
        }
    )
    assert client.post(url, data).json() == {"is_valid": True, "is_available": True}
    return client.get(url, {"mode": "", "in_preview_panel": "true"})


def test_the_preview_may_be_framed_by_the_admin_and_runs_wagtails_checks(admin_client):
    response = preview(admin_client, french_article())

    assert response.status_code == 200
    assert PREVIEW_TITLE in response.content.decode()
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Wagtail's userbar runs the checks (words, reading time, accessibility) inside the frame.
    assert "wagtailadmin/js/userbar.js" in response.content.decode()


def test_the_public_page_stays_unframeable_and_without_script(client, admin_client):
    page = french_article()
    preview(admin_client, page)

    for reader in (client, admin_client):
        response = reader.get(page.url)
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert "script-src" not in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "DENY"
        document = html5lib.parse(response.content, namespaceHTMLElements=False)
        assert scripts_that_run(document) == []
        assert PREVIEW_TITLE not in response.content.decode()
