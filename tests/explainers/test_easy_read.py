"""Easy-read (FALC) versions of the articles: the link to them and back, in both languages, the mark
"not yet checked by readers" until an editor records the readers' check, and 404 without a text."""

import datetime
import html
import re

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.demo.easy_read import ARTICLES
from content.explainers.review import easy_read_fingerprint
from content.readability import readability_measure
from tests.factories import ArticlePageFactory
from tests.pages import demo_page
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

# The demo article whose easy-read text content/demo/easy_read.py holds as the writers' example.
ARTICLE = "how-clinicians-use-ai"
ROUTES = {"fr": "facile/", "en": "easy-read/"}
PAGE_BUDGET = 8
# Easy-read texts aim higher than the portal's own (`content.readability.TARGET`).
EASY_READ_SCORE = 80


def text_of(response) -> str:
    return html.unescape(response.content.decode())


def translated(message: str, language: str) -> str:
    with translation.override(language):
        return gettext(message)


def links_to(page_html: str, href: str) -> list[str]:
    """The texts of the links to `href` in the page, their markup removed."""
    found = re.findall(rf'<a href="{re.escape(href)}"[^>]*>(.*?)</a>', page_html, re.S)
    return [re.sub(r"<[^>]+>", "", text).strip() for text in found]


def written_intro(language: str) -> str:
    """The easy-read introduction as the demo wrote it, its spaces as the page shows them."""
    return " ".join(ARTICLES[ARTICLE][language]["intro"].split())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_article_links_to_its_easy_read_version_which_links_back(client, language):
    article = demo_page(ARTICLE, language)
    easy_read_url = article.url + ROUTES[language]

    page = text_of(client.get(article.url))
    assert links_to(page, easy_read_url) == [translated("Lire en facile à lire", language)]

    response = client.get(easy_read_url)
    assert response.status_code == 200
    easy = text_of(response)
    assert " ".join(easy.replace("\u00a0", " ").split()).count(
        written_intro(language).replace("\u00a0", " ")
    ), "the easy-read introduction is on the page"
    assert translated("Lire la version complète", language) in links_to(easy, article.url)
    assert f'<html lang="{language}">' in easy


def test_easy_read_body_shows_its_headings_and_examples(client):
    article = demo_page(ARTICLE, "fr")

    easy = text_of(client.get(article.url + "facile/"))

    assert '<h2 class="block-heading">Qui décide ?' in easy.replace("\u00a0", " ")
    assert easy.count('class="easy-read-example"') == 2
    assert "Un exemple : la radio" in easy.replace("\u00a0", " ")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_easy_read_page_is_marked_not_checked_until_readers_check_it(
    client, language, django_capture_on_commit_callbacks
):
    article = demo_page(ARTICLE, language)
    url = article.url + ROUTES[language]
    not_checked = translated(
        "Ce texte facile à lire n’a pas encore été vérifié par des lecteurs.", language
    )
    assert not_checked in text_of(client.get(url))

    article.easy_read_checked_on = datetime.date(2027, 3, 3)
    article.easy_read_checked_by = "Atelier FALC de l’ESAT des Tilleuls"
    # As the page editor records it (tested below through the editor's form).
    article.easy_read_checked_fingerprint = easy_read_fingerprint(article)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    page = text_of(client.get(url))
    assert not_checked not in page
    with translation.override(language):
        date = "3 mars 2027" if language == "fr" else "3 March 2027"
        checked = gettext("Texte vérifié par des lecteurs le %(date)s\u00a0: %(who)s.") % {
            "date": date,
            "who": "Atelier FALC de l’ESAT des Tilleuls",
        }
    assert checked in page


def test_article_without_easy_read_text_has_no_link_and_no_easy_read_page(client):
    article = ArticlePageFactory(parent=demo_page("section-understand", "fr"))

    page = text_of(client.get(article.url))

    assert translated("Lire en facile à lire", "fr") not in page
    assert client.get(article.url + "facile/").status_code == 404


def test_easy_read_route_of_the_other_language_is_not_found(client):
    french = demo_page(ARTICLE, "fr")
    english = demo_page(ARTICLE, "en")

    assert client.get(french.url + "easy-read/").status_code == 404
    assert client.get(english.url + "facile/").status_code == 404


def test_language_switcher_of_an_easy_read_page_leads_to_the_other_easy_read_page(client):
    french = demo_page(ARTICLE, "fr")
    english = demo_page(ARTICLE, "en")

    page = text_of(client.get(french.url + "facile/"))

    assert f'href="{english.url}easy-read/" lang="en"' in page
    assert client.get(english.url + "easy-read/").status_code == 200


def test_easy_read_page_costs_no_more_than_its_article(client):
    article = demo_page(ARTICLE, "fr")

    full = queries_for(client, article.url)
    easy = queries_for(client, article.url + "facile/")

    assert easy <= full <= PAGE_BUDGET


def test_admin_edits_the_easy_read_fields_of_an_article(admin_client):
    article = demo_page(ARTICLE, "fr")

    page = text_of(admin_client.get(f"/admin/pages/{article.pk}/edit/"))

    assert "Facile à lire" in page
    for name in ("easy_read_intro", "easy_read_checked_on", "easy_read_checked_by"):
        assert f'name="{name}"' in page, name
    # The stream of easy-read blocks, drawn by Wagtail's script from its state.
    assert '<div id="easy_read_body" data-block data-controller="w-block"' in page


def test_editor_previews_the_easy_read_version(admin_user):
    article = demo_page(ARTICLE, "en")
    request = RequestFactory().get("/")
    request.user = admin_user

    response = article.serve_preview(request, "easy_read")

    assert response.status_code == 200
    assert written_intro("en") in " ".join(html.unescape(response.content.decode()).split())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_easy_read_introduction_scores_at_least_80(language):
    written = {key: text[language]["intro"] for key, text in ARTICLES.items() if text}
    assert ARTICLE in written

    scores = {key: readability_measure(intro, language) for key, intro in written.items()}

    low = {key: (m.rounded, m.longest) for key, m in scores.items() if m.score < EASY_READ_SCORE}
    assert not low


CHECKED_TEXT = "Le médecin lit ce que dit l’outil. Il décide avec vous."
EDITED_TEXT = "Le médecin lit ce que dit l’outil. Il décide avec vous. Vous pouvez dire non."
READERS = "Atelier FALC de l’ESAT des Tilleuls"


def edit_easy_read(client, capture, page, *, text: str, checked_on: str):
    """Publish the article from the page editor with this easy-read paragraph and check date."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>Le médecin décide.</p>"))]),
            "reviewed_by": page.reviewed_by,
            "reviewed_on": str(page.reviewed_on),
            "easy_read_intro": "Cette page parle de l’outil.",
            "easy_read_body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
            "easy_read_checked_on": checked_on,
            "easy_read_checked_by": READERS if checked_on else "",
            "action-publish": "action-publish",
        }
    )
    with capture(execute=True):  # the published page's cache is cleared after the commit
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    return page


def test_readers_check_holds_only_for_the_text_they_checked(
    admin_client, django_capture_on_commit_callbacks
):
    client, capture = admin_client, django_capture_on_commit_callbacks
    article = ArticlePageFactory(parent=demo_page("section-understand", "fr"))
    not_checked = "Ce texte facile à lire n’a pas encore été vérifié par des lecteurs."
    checked = f"Texte vérifié par des lecteurs le 3 mars 2027\u00a0: {READERS}."
    changed = (
        "Ce texte facile à lire a changé depuis sa vérification par des lecteurs du "
        "3 mars 2027\u00a0: il doit être vérifié à nouveau."
    )

    article = edit_easy_read(client, capture, article, text=CHECKED_TEXT, checked_on="")
    assert not_checked in text_of(client.get(article.url + "facile/"))
    assert article.easy_read_checked_fingerprint == ""

    # An editor records the readers' check of this text.
    article = edit_easy_read(client, capture, article, text=CHECKED_TEXT, checked_on="2027-03-03")
    page = text_of(client.get(article.url + "facile/"))
    assert checked in page
    assert changed not in page

    # Saved again unchanged, the check holds.
    article = edit_easy_read(client, capture, article, text=CHECKED_TEXT, checked_on="2027-03-03")
    assert checked in text_of(client.get(article.url + "facile/"))

    # An editor changes the easy-read text afterwards: the readers did not check this one.
    article = edit_easy_read(client, capture, article, text=EDITED_TEXT, checked_on="2027-03-03")
    page = text_of(client.get(article.url + "facile/"))
    assert changed in page
    assert checked not in page

    # Readers check the new text: a new date records it.
    article = edit_easy_read(client, capture, article, text=EDITED_TEXT, checked_on="2027-04-10")
    page = text_of(client.get(article.url + "facile/"))
    assert "Texte vérifié par des lecteurs le 10 avril 2027" in page
    assert "a changé depuis sa vérification" not in page

    # The date removed: the text is not checked, whatever was recorded before.
    article = edit_easy_read(client, capture, article, text=EDITED_TEXT, checked_on="")
    assert article.easy_read_checked_fingerprint == ""
    assert not_checked in text_of(client.get(article.url + "facile/"))
