"""Readability in the page editor: a French introduction too hard to read is not published, an
English one is, a hard body is published with a warning; the editor's live measure (JSON)."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.explainers.models import ArticlePage, SectionPage
from content.readability import MINIMUM, TARGET
from tests.factories import ArticlePageFactory
from tests.workspace.helpers import soup_of, text

pytestmark = pytest.mark.django_db

# One long sentence of long words: about 5 out of 100 in French.
HARD_FRENCH = (
    "Cette page présente les différentes utilisations de l’intelligence artificielle par les "
    "professionnels de santé, notamment pour la documentation clinique, l’interprétation des "
    "examens d’imagerie médicale et l’organisation des parcours de soins."
)
EASY_FRENCH = "Le médecin lit ce que fait l’outil. Il peut dire non. Vous pouvez le lui dire."
HARD_ENGLISH = (
    "Institutional multidisciplinary recommendations considerably reorganise personalised "
    "therapeutic accompaniment, particularly regarding internationally established "
    "organisational responsibilities."
)
EASY_ENGLISH = "The doctor reads what the tool writes. You can say no. Ask us."


def article_in(language: str) -> ArticlePage:
    section = SectionPage.objects.filter(locale__language_code=language).first()
    return ArticlePageFactory(
        parent=section,
        intro=EASY_FRENCH if language == "fr" else EASY_ENGLISH,
        locale=Locale.objects.get(language_code=language),
    )


def edit(client, page, *, intro: str, body: str, action: str = "action-publish"):
    """Post the page editor as a browser does after pressing `action`."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": intro,
            "body": streamfield([("paragraph", rich_text(body))]),
            "easy_read_body": streamfield([]),
            "reviewed_by": page.reviewed_by,
            "reviewed_on": str(page.reviewed_on or datetime.date(2026, 10, 1)),
        }
    )
    if action:
        data[action] = action
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)


def test_a_french_introduction_too_hard_to_read_is_not_published(admin_client):
    page = article_in("fr")

    response = edit(admin_client, page, intro=HARD_FRENCH, body=f"<p>{EASY_FRENCH}</p>")

    page.refresh_from_db()
    assert page.intro == EASY_FRENCH
    assert not page.has_unpublished_changes
    error = text(soup_of(response).select_one("[data-contentpath='intro'] .error-message"))
    assert "Cette introduction est difficile à lire" in error
    assert "score 5 sur 100" in error
    assert f"il faut au moins {MINIMUM}" in error
    assert f"(visé : {TARGET})" in error
    # The longest sentence, quoted from its start.
    assert "Raccourcissez d’abord : « Cette page présente les différentes utilisations" in error


def test_a_hard_french_introduction_may_be_saved_as_a_draft(admin_client):
    page = article_in("fr")

    edit(admin_client, page, intro=HARD_FRENCH, body=f"<p>{EASY_FRENCH}</p>", action="")

    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro == HARD_FRENCH
    assert page.intro == EASY_FRENCH  # the live page keeps its text


def test_an_english_introduction_is_measured_but_published(admin_client):
    page = article_in("en")

    edit(admin_client, page, intro=HARD_ENGLISH, body=f"<p>{EASY_ENGLISH}</p>")

    page.refresh_from_db()
    assert page.intro == HARD_ENGLISH


def test_a_body_too_hard_to_read_is_published_with_a_warning(admin_client):
    page = article_in("fr")

    response = edit(admin_client, page, intro=EASY_FRENCH, body=f"<p>{HARD_FRENCH}</p>")

    page.refresh_from_db()
    assert HARD_FRENCH in str(page.body)
    shown = text(soup_of(response).select_one(".messages"))
    assert "Le contenu de la page est difficile à lire" in shown
    assert "score 5 sur 100" in shown


def measured(client, **data):
    return client.post(reverse("explainers_readability"), data)


def test_the_editor_measures_a_text_in_the_language_of_its_page(admin_client):
    english = Page.objects.filter(locale__language_code="en").exclude(depth=1).first()

    answer = measured(admin_client, text=EASY_FRENCH, page=str(english.pk)).json()

    # Read as English, the French words score differently than as French.
    assert answer["language"] == "en"
    french = measured(admin_client, text=HARD_FRENCH, language="fr").json()
    longest = french.pop("longest")
    assert french == {
        "language": "fr",
        "score": 5,
        "level": "hard",
        "word": "difficile",
        "line": f"Lisibilité\u00a0: 5 / 100, difficile (visé\u00a0: {TARGET} au moins\u00a0; "
        f"minimum {MINIMUM})",
    }
    assert longest.startswith(f"Raccourcissez d’abord\u00a0: «\u00a0{HARD_FRENCH[:80]}")


def test_the_editors_measure_is_for_admin_users_only(client, django_user_model):
    assert measured(client, text=EASY_FRENCH).status_code == 302  # to the admin's sign-in
    user = django_user_model.objects.create_user("reader@example.org", password="x")
    client.force_login(user)
    assert measured(client, text=EASY_FRENCH).status_code in (302, 403)


def test_the_editors_measure_needs_the_csrf_token(admin_client):
    admin_client.handler.enforce_csrf_checks = True

    assert measured(admin_client, text=EASY_FRENCH).status_code == 403
