"""A medical review vouches for one version of an article, a translation for one version of its
French page: a change after either is shown in the admin and on the public page."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.blocks.base import BlockField
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.explainers.models import ArticlePage, HomePage, SectionPage, StandardPage
from content.explainers.reports import stale_translations
from content.explainers.review import CURRENT, review_state
from content.templatetags.french_tags import long_date
from tests.pages import demo_page
from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db

ARTICLE = "how-clinicians-use-ai"
STALE_WARNING = "La version française a changé depuis cette traduction"
REPORT_URL = "/admin/reports/translations-to-review/"


def _user(username: str, *, reviewer: bool):
    user = get_user_model().objects.create_user(username=username, password="-")
    # Wagtail's "Moderators" may open the admin, edit and publish every page.
    user.groups.add(Group.objects.get(name="Moderators"))
    if reviewer:
        user.user_permissions.add(Permission.objects.get(codename="record_medical_review"))
    return user


@pytest.fixture
def editor(client):
    user = _user("redacteur", reviewer=False)
    sign_in_verified(client, user)
    return user


@pytest.fixture
def reviewer(client):
    user = _user("relectrice", reviewer=True)
    sign_in_verified(client, user)
    return user


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def page_form_data(page, user, *, paragraph: str) -> dict:
    """What the page editor posts for the page as its form shows it to `user`, the body replaced
    by one paragraph (the editor's own blocks are written by its script)."""
    page = page.get_latest_revision_as_object()
    form_class = type(page).get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=page.get_parent())
    data = {}
    for name, field in form.fields.items():
        if isinstance(field, BlockField):
            continue
        value = form[name].value()
        if value is True:
            data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        elif value not in (None, False):
            data[name] = str(value)
    for formset in form.formsets.values():
        for name in formset.management_form.fields:
            data[formset.management_form.add_prefix(name)] = formset.management_form[name].value()
    data.update(
        nested_form_data({"body": streamfield([("paragraph", rich_text(f"<p>{paragraph}</p>"))])})
    )
    if "easy_read_body" in form.fields:
        data.update(nested_form_data({"easy_read_body": streamfield([])}))
    return data


def publish(client, page, user, *, paragraph: str, **changes):
    data = page_form_data(page, user, paragraph=paragraph)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    data["action-publish"] = "action-publish"
    # As a committed transaction would: the page cache hears of the publication.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return type(page).objects.get(pk=page.pk)


def public_html(page) -> str:
    return spaced(Client().get(page.url).content.decode())


def spaced(html: str) -> str:
    """The HTML with each run of spaces and newlines as one space (no-break spaces kept)."""
    return re.sub(r"[ \n]+", " ", html)


def in_english(message: str) -> str:
    with translation.override("en"):
        return gettext(message)


# Medical review


def test_an_article_edited_by_an_editor_says_it_changed_since_its_medical_review(client, editor):
    article = demo_page(ARTICLE, "fr")
    assert "Relu par un professionnel de santé" in public_html(article)

    edited = publish(client, article, editor, paragraph="Un paragraphe réécrit, mot témoin Lémur.")

    html = public_html(edited)
    assert "mot témoin Lémur" in html
    assert "Relu par" not in html
    assert (
        f"Mis à jour depuis la relecture médicale du {long_date(article.reviewed_on)}\u00a0: "
        "un professionnel de santé doit encore relire cette version."
    ) in spaced(html)
    assert edited.reviewed_fingerprint == article.reviewed_fingerprint
    assert edited.reviewed_by == article.reviewed_by


def test_the_review_fields_are_not_in_an_editors_form_and_posting_them_changes_nothing(
    client, editor
):
    article = demo_page(ARTICLE, "fr")

    html = client.get(edit_url(article)).content.decode()

    assert 'name="reviewed_by"' not in html
    assert 'name="record_review"' not in html
    assert "Un relecteur médical doit relire cette version" not in html
    edited = publish(
        client,
        article,
        editor,
        paragraph="Texte changé par la rédaction.",
        reviewed_by="Dr Faussaire",
        reviewed_on="2031-01-01",
        record_review="on",
        reviewed_fingerprint="0" * 64,
    )
    assert (edited.reviewed_by, edited.reviewed_on) == (article.reviewed_by, article.reviewed_on)
    assert edited.reviewed_fingerprint == article.reviewed_fingerprint
    assert review_state(edited) != CURRENT
    admin_html = client.get(edit_url(edited)).content.decode()
    assert "Modifiée depuis la relecture médicale." in admin_html


def test_a_reviewer_records_a_review_of_the_new_version(client, editor, reviewer):
    article = demo_page(ARTICLE, "fr")
    sign_in_verified(client, editor)
    publish(client, article, editor, paragraph="Texte changé, à relire.")
    sign_in_verified(client, reviewer)
    html = client.get(edit_url(article)).content.decode()
    assert 'name="record_review"' in html
    assert "J’ai relu cette version (enregistrer la relecture)" in html

    reviewed = publish(
        client,
        article,
        reviewer,
        paragraph="Texte changé, à relire.",
        reviewed_by="Dr Inès Morel",
        record_review="on",
    )

    today = timezone.localdate()
    assert reviewed.reviewed_on == today
    public = spaced(public_html(reviewed))
    assert f"Relu par un professionnel de santé\u00a0: Dr Inès Morel, le {long_date(today)}." in (
        public
    )
    assert "Mis à jour depuis la relecture médicale" not in public


def test_a_reviewer_may_type_the_date_of_the_review(client, reviewer):
    article = demo_page(ARTICLE, "fr")

    reviewed = publish(
        client,
        article,
        reviewer,
        paragraph="Version relue la veille.",
        reviewed_on="2026-11-02",
        record_review="on",
    )

    assert reviewed.reviewed_on == datetime.date(2026, 11, 2)
    assert review_state(reviewed) == CURRENT


def test_saving_again_without_changing_the_text_keeps_the_review(client, editor, reviewer):
    article = demo_page(ARTICLE, "fr")
    publish(client, article, reviewer, paragraph="Texte relu.", record_review="on")
    sign_in_verified(client, editor)

    kept = publish(client, article, editor, paragraph="Texte relu.", seo_title="Un autre titre SEO")

    assert review_state(kept) == CURRENT
    assert "Relu par un professionnel de santé" in public_html(kept)


def test_changing_the_review_date_without_ticking_the_box_is_refused(client, reviewer):
    article = demo_page(ARTICLE, "fr")
    data = page_form_data(article, reviewer, paragraph="Texte.")
    data.update({"reviewed_on": "2027-01-01", "action-publish": "action-publish"})

    response = client.post(edit_url(article), data)

    assert response.status_code == 200
    assert "Pour changer la date de relecture, cochez" in response.content.decode()
    assert ArticlePage.objects.get(pk=article.pk).reviewed_on == article.reviewed_on


# Translations


def test_a_french_page_published_again_flags_its_english_translation(client, editor):
    french, english = demo_page(ARTICLE, "fr"), demo_page(ARTICLE, "en")
    assert "translation-notice" not in public_html(english)  # and now kept by the page cache

    publish(client, french, editor, paragraph="Le texte français a changé.")

    public = public_html(english)
    assert "translation-notice" in public
    assert (
        in_english(
            "Cette traduction n’est peut-être plus à jour\u00a0: la page en français a changé depuis."
        )
        in public
    )
    assert f'<a href="{french.url}" lang="fr" hreflang="fr">Lire la page en français</a>' in public
    admin = client.get(edit_url(english)).content.decode()
    assert STALE_WARNING in admin
    assert f'href="{edit_url(french)}"' in admin
    assert 'name="translation_follows_source"' in admin
    assert 'name="translation_follows_source" checked' not in admin
    report = client.get(REPORT_URL).content.decode()
    assert english.title in report and f'href="{edit_url(english)}"' in report


def test_an_english_page_confirmed_with_the_checkbox_is_no_longer_flagged(client, editor):
    french, english = demo_page(ARTICLE, "fr"), demo_page(ARTICLE, "en")
    publish(client, french, editor, paragraph="Le texte français a changé.")
    # Published again without the box ticked: still flagged.
    still = publish(client, english, editor, paragraph="A first English draft.")
    assert [item.page.pk for item in stale_translations()] == [still.pk]

    confirmed = publish(
        client,
        english,
        editor,
        paragraph="The English text now follows the French.",
        translation_follows_source="on",
    )

    assert stale_translations() == []
    assert "translation-notice" not in public_html(confirmed)
    admin = client.get(edit_url(confirmed)).content.decode()
    assert STALE_WARNING not in admin
    assert "Cette traduction suit la version française publiée." in admin
    assert english.title not in client.get(REPORT_URL).content.decode()


def test_a_french_page_has_no_translation_checkbox(client, editor):
    html = client.get(edit_url(demo_page("page-legal", "fr"))).content.decode()

    assert 'name="translation_follows_source"' not in html
    assert STALE_WARNING not in html


def test_the_report_is_in_the_reports_menu(client, editor):
    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert REPORT_URL in html


# The demo


def test_every_demo_article_is_reviewed_and_every_translation_follows_its_french_page(client):
    articles = ArticlePage.objects.all()
    assert articles.count() >= 2
    assert all(review_state(article) == CURRENT for article in articles)
    assert stale_translations() == []
    for model in (HomePage, SectionPage, ArticlePage, StandardPage):
        english = model.objects.filter(locale__language_code="en").first()
        html = public_html(english)
        assert "translation-notice" not in html
        assert "Mis à jour depuis la relecture médicale" not in html


def test_an_editor_starts_an_article_that_says_it_is_not_yet_reviewed(client, editor):
    section = demo_page(ARTICLE, "fr").get_parent()
    data = nested_form_data(
        {
            "title": "Un nouvel article",
            "slug": "un-nouvel-article",
            "intro": "Un texte court. Il dit une chose simple.",
            "body": streamfield([("paragraph", rich_text("<p>Un paragraphe simple.</p>"))]),
            "easy_read_body": streamfield([]),
        }
    )
    data["action-publish"] = "action-publish"
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:add", args=["content", "articlepage", section.pk]), data
        )
    assert response.status_code == 302, response.content.decode()[:3000]

    article = ArticlePage.objects.get(slug="un-nouvel-article")
    assert article.live and article.reviewed_on is None
    html = public_html(article)
    assert "Cet article n’a pas encore été relu par un professionnel de santé." in html
    assert "Relu par" not in html
