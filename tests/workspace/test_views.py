"""The clinic workspace's pages: the dashboard, the notice form, who may open what, the preview."""

import pytest
from django.urls import reverse
from django.utils import translation

from content.notices.models import AISystem, AIUse
from content.vocabulary import MemberRole
from content.workspace.field_guide import guide_for
from tests.factories import (
    AISystemFactory,
    ClinicFactory,
    ClinicUserFactory,
    MembershipFactory,
    member,
    published_clinic,
)
from tests.workspace.helpers import (
    DRAFT_SUMMARY,
    dashboard_card,
    draft_save,
    public_notice_url,
    sign_in_verified,
    soup_of,
    state_of,
    submitted,
    text,
    url,
)

pytestmark = pytest.mark.django_db

# --- dashboard --------------------------------------------------------------------------------


def test_dashboard_lists_only_the_members_clinics_with_their_state_and_next_step(client):
    user = ClinicUserFactory()
    draft = ClinicFactory(name="Structure brouillon")
    live = published_clinic(name="Structure publiée")
    awaiting = published_clinic(name="Structure en relecture")
    flagged = published_clinic(name="Structure à revoir")
    someone_elses = published_clinic(name="Structure d’une autre équipe")
    for each in (draft, live, awaiting, flagged):
        MembershipFactory(user=user, clinic=each, role=MemberRole.EDITOR)
    member(someone_elses, MemberRole.EDITOR)
    submitted(awaiting, member(awaiting, MemberRole.EDITOR), summary_fr=DRAFT_SUMMARY)
    AISystem.objects.filter(uses__clinic=flagged).update(version="9.9")
    sign_in_verified(client, user)

    response = client.get(url("dashboard"))

    assert response.status_code == 200
    names = [text(title) for title in soup_of(response).select(".card__title")]
    assert sorted(names) == sorted(c.name for c in (draft, live, awaiting, flagged))
    assert state_of(response, draft) == "brouillon"
    assert state_of(response, awaiting) == "en attente de relecture"
    assert state_of(response, live) == "publiée"
    assert state_of(response, flagged) == "à revoir"
    assert "soumettez-la à la relecture médicale" in text(dashboard_card(response, draft))
    assert "Un relecteur médical" in text(dashboard_card(response, awaiting))
    assert "La notice est en ligne" in text(dashboard_card(response, live))
    assert "Quelque chose a changé" in text(dashboard_card(response, flagged))


def test_dashboard_of_a_user_without_a_clinic_says_so(client):
    sign_in_verified(client, ClinicUserFactory())

    response = client.get(url("dashboard"))

    assert response.status_code == 200
    assert not soup_of(response).select("li.card")
    assert "rattaché à aucune structure" in text(soup_of(response).find("main"))


# --- the notice form (its pages: tests/workspace/test_notice_pages.py) -------------------------


def test_a_use_page_shows_french_and_english_side_by_side_with_the_guide(as_editor, clinic):
    response = as_editor.get(reverse("workspace:notice_use", args=[clinic.pk, 1]))

    assert response.status_code == 200
    soup = soup_of(response)
    french = soup.find(id="id_human_oversight_fr")
    english = soup.find(id="id_human_oversight_en")
    assert french is not None and english is not None
    assert french.find_parent(class_="side-by-side") is english.find_parent(class_="side-by-side")
    assert french.get("lang") == "fr" and english.get("lang") == "en"
    fieldset = french.find_parent("fieldset")
    with translation.override("fr"):
        help_text = str(guide_for("human_oversight").help)
    guide = soup.find(id="id_human_oversight_fr-guide")
    assert guide is not None and guide.find_parent("fieldset") is fieldset
    assert " ".join(help_text.split()) in text(guide)
    assert "id_human_oversight_fr-guide" in french.get("aria-describedby", "").split()


# --- roles ------------------------------------------------------------------------------------


def test_a_reviewer_cannot_open_the_notice_form(as_reviewer, clinic):
    response = as_reviewer.get(url("notice_edit", clinic))

    assert response.status_code == 403
    assert "Vous ne pouvez pas faire cela" in text(soup_of(response).find("h1"))


def test_an_editor_cannot_open_the_review_page(as_editor, clinic):
    response = as_editor.get(url("notice_review", clinic))

    assert response.status_code == 403
    assert "Vous ne pouvez pas faire cela" in text(soup_of(response).find("h1"))


def test_a_non_member_gets_404_on_every_clinic_page(client, clinic):
    sign_in_verified(client, member(ClinicFactory(), MemberRole.EDITOR))

    for name in ("clinic", "notice_edit", "notice_preview", "notice_review", "notice_history"):
        assert client.get(url(name, clinic)).status_code == 404, name


# --- preview ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [MemberRole.EDITOR, MemberRole.REVIEWER])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_preview_shows_the_draft_to_members_and_never_on_the_public_page(
    client, clinic, role, language
):
    draft_save(clinic, summary_fr=DRAFT_SUMMARY)
    sign_in_verified(client, member(clinic, role))

    response = client.get(url("notice_preview", clinic, language))

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.find("html")["lang"] == language
    assert DRAFT_SUMMARY in text(soup)
    public = client.get(public_notice_url(clinic, language))
    assert public.status_code == 200
    assert DRAFT_SUMMARY not in public.content.decode()


# --- what a review pass found ----------------------------------------------------------------


def test_a_system_a_draft_uses_cannot_be_deleted_from_the_catalogue(
    client, admin_user, clinic, editor
):
    system = AISystemFactory()
    draft = clinic.latest_revision.as_object()
    draft.uses.add(AIUse(ai_system=system, care_step="documentation", decision_role="drafts"))
    draft.save_revision(user=editor)
    sign_in_verified(client, admin_user)

    response = client.post(reverse("wagtailsnippets_content_aisystem:delete", args=[system.pk]))

    assert response.status_code == 302
    assert AISystem.objects.filter(pk=system.pk).exists()
    sign_in_verified(client, editor)
    for name in ("clinic", "notice_edit", "notice_preview"):
        assert client.get(url(name, clinic)).status_code == 200, name


def test_a_clinic_id_too_large_for_the_database_is_simply_not_found(as_editor):
    response = as_editor.get("/fr/workspace/clinics/10000000000000000000000000/messages/")

    assert response.status_code == 404
