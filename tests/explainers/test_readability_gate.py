"""Readability in the page editor: a French introduction too hard to read is not published, an
English one is, a hard body is published with a warning; the editor's live measure (JSON). The
same introduction is refused by every other way to publish (a listing's bulk publish, a workflow
approved from the dashboard or the editor, a restarted workflow, the scheduler), with its score."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.explainers.models import ArticlePage, SectionPage
from content.explainers.publishing import IntroductionRefused
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


def test_a_snippets_text_is_measured_in_the_language_it_is_sent_with(admin_client):
    # A clinic's introduction or a use's summary: no page, the field's language instead.
    english = measured(admin_client, text=EASY_FRENCH, language="en").json()
    french = measured(admin_client, text=EASY_FRENCH, language="fr").json()

    assert english["language"] == "en"
    assert french["language"] == "fr"
    assert english["line"].startswith("Lisibilité") and french["line"].startswith("Lisibilité")
    assert measured(admin_client, text=EASY_FRENCH).status_code == 400
    assert measured(admin_client, text=EASY_FRENCH, language="de").status_code == 400


# Publishing without the page editor: the same gate, with its reason shown on the admin screen.


def hard_draft_of(page: ArticlePage, user=None):
    """The page's latest revision, saved with a French introduction too hard to read."""
    draft = page.get_latest_revision_as_object()
    draft.intro = HARD_FRENCH
    return draft.save_revision(user=user)


def messages_shown(response) -> str:
    return text(soup_of(response).select_one(".messages"))


def assert_refused_with_its_score(page: ArticlePage, shown: str):
    page.refresh_from_db()
    assert page.intro == EASY_FRENCH  # the live page keeps its text
    assert f"« {page.title} » n’est pas publiée" in shown
    assert "Cette introduction est difficile à lire : score 5 sur 100" in shown
    assert f"il faut au moins {MINIMUM}" in shown
    assert "Raccourcissez d’abord : « Cette page présente les différentes utilisations" in shown


def test_bulk_publish_from_a_page_listing_refuses_a_hard_french_introduction(admin_client):
    page = article_in("fr")
    hard_draft_of(page)
    listing = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))

    response = admin_client.post(f"{url}?id={page.pk}&next={listing}", follow=True)

    assert response.redirect_chain[-1][0] == listing
    assert_refused_with_its_score(page, messages_shown(response))
    assert page.has_unpublished_changes


def test_bulk_publish_still_publishes_a_readable_page(admin_client):
    page = article_in("fr")
    draft = page.get_latest_revision_as_object()
    draft.intro = "Le médecin relit. Vous pouvez dire non."
    draft.save_revision()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))

    admin_client.post(f"{url}?id={page.pk}", follow=True)

    page.refresh_from_db()
    assert page.intro == "Le médecin relit. Vous pouvez dire non."


def moderated(page: ArticlePage, submitter):
    """The page submitted to a one-step approval workflow by `submitter`."""
    workflow = Workflow.objects.create(name="Relecture")
    task = GroupApprovalTask.objects.create(name="Modération")
    task.groups.set([Group.objects.get_or_create(name="Moderators")[0]])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    page.save_revision(user=submitter)
    workflow.start(page, submitter)
    page.refresh_from_db()
    return page


def test_approving_a_workflow_from_the_dashboard_refuses_a_hard_french_introduction(
    admin_client, admin_user
):
    page = moderated(article_in("fr"), admin_user)
    # Submitted readable, then changed by an editor: the approval publishes the latest revision.
    hard_draft_of(page, user=admin_user)
    task_state = page.current_workflow_task_state
    dashboard = reverse("wagtailadmin_home")
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])

    response = admin_client.post(url, {"next": dashboard}, follow=True)

    assert response.redirect_chain[-1][0] == dashboard
    assert_refused_with_its_score(page, messages_shown(response))
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS  # the approval is undone
    assert page.current_workflow_state.status == "in_progress"


def test_approving_with_a_comment_in_the_dashboards_dialog_shows_the_refusal(
    admin_client, admin_user
):
    page = moderated(article_in("fr"), admin_user)
    hard_draft_of(page, user=admin_user)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    dashboard = reverse("wagtailadmin_home")

    answer = admin_client.post(
        url, {"comment": "OK", "next": dashboard}, headers={"x-requested-with": "XMLHttpRequest"}
    )

    # The dialog follows the redirect of its answer; the message waits on that page.
    assert answer.json() == {"step": "success", "redirect": dashboard}
    assert_refused_with_its_score(page, messages_shown(admin_client.get(dashboard)))
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS


def test_approve_and_publish_in_the_editor_refuses_beside_the_field(admin_client, admin_user):
    page = moderated(article_in("fr"), admin_user)
    approve = {"action-workflow-action": "true", "workflow-action-name": "approve"}

    response = edit_with(admin_client, page, intro=HARD_FRENCH, extra=approve)

    page.refresh_from_db()
    assert page.intro == EASY_FRENCH
    error = text(soup_of(response).select_one("[data-contentpath='intro'] .error-message"))
    assert "score 5 sur 100" in error
    assert page.current_workflow_task_state.status == "in_progress"


def test_restarting_a_workflow_refuses_a_hard_french_introduction_beside_the_field(
    admin_client, admin_user
):
    page = moderated(article_in("fr"), admin_user)

    response = edit_with(
        admin_client, page, intro=HARD_FRENCH, extra={"action-restart-workflow": "true"}
    )

    error = text(soup_of(response).select_one("[data-contentpath='intro'] .error-message"))
    assert "score 5 sur 100" in error
    assert page.get_latest_revision_as_object().intro == EASY_FRENCH  # nothing saved


def edit_with(client, page, *, intro: str, extra: dict):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": intro,
            "body": streamfield([("paragraph", rich_text(f"<p>{EASY_FRENCH}</p>"))]),
            "easy_read_body": streamfield([]),
            "reviewed_by": page.reviewed_by,
            "reviewed_on": str(page.reviewed_on or datetime.date(2026, 10, 1)),
        }
    )
    data.update(extra)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)


def test_any_publication_of_a_hard_french_introduction_is_refused():
    page = article_in("fr")
    revision = hard_draft_of(page)

    with pytest.raises(IntroductionRefused, match="score 5 sur 100"):
        revision.publish()
    page.refresh_from_db()
    assert page.intro == EASY_FRENCH


def test_a_scheduled_hard_introduction_loses_its_schedule_and_stays_a_draft():
    page = article_in("fr")
    revision = hard_draft_of(page)
    Revision.objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    call_command("publish_scheduled")

    revision.refresh_from_db()
    page.refresh_from_db()
    assert revision.approved_go_live_at is None
    assert page.intro == EASY_FRENCH
