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
    NEW_SUMMARY,
    dashboard_card,
    draft_save,
    error_next_to,
    error_summary,
    public_notice_url,
    rendered_form_data,
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


# --- the notice form --------------------------------------------------------------------------


def test_notice_form_shows_french_and_english_side_by_side_with_the_guide(as_editor, clinic):
    response = as_editor.get(url("notice_edit", clinic))

    assert response.status_code == 200
    soup = soup_of(response)
    french = soup.find(id="id_uses-0-human_oversight_fr")
    english = soup.find(id="id_uses-0-human_oversight_en")
    assert french is not None and english is not None
    assert french.find_parent(class_="side-by-side") is english.find_parent(class_="side-by-side")
    assert french.get("lang") == "fr" and english.get("lang") == "en"
    fieldset = french.find_parent("fieldset")
    with translation.override("fr"):
        help_text = str(guide_for("human_oversight").help)
    guide = soup.find(id="id_uses-0-human_oversight_fr-guide")
    assert guide is not None and guide.find_parent("fieldset") is fieldset
    assert " ".join(help_text.split()) in text(guide)
    assert "id_uses-0-human_oversight_fr-guide" in french.get("aria-describedby", "").split()


def test_saving_the_form_makes_a_new_draft_and_leaves_the_published_notice(as_editor, clinic):
    old_summary = clinic.uses.get().summary_fr
    before = (clinic.latest_revision_id, clinic.live_revision_id)
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    assert data["uses-0-summary_fr"] == old_summary
    data["uses-0-summary_fr"] = NEW_SUMMARY

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 302
    clinic.refresh_from_db()
    assert clinic.latest_revision_id != before[0]
    assert clinic.live_revision_id == before[1]
    assert clinic.live is True
    assert clinic.latest_revision.as_object().uses.all()[0].summary_fr == NEW_SUMMARY
    assert clinic.uses.get().summary_fr == old_summary
    public = as_editor.get(public_notice_url(clinic)).content.decode()
    assert old_summary.replace("'", "&#x27;") in public
    assert NEW_SUMMARY not in public
    followed = as_editor.get(response["Location"])
    assert "Brouillon enregistré" in text(soup_of(followed).find("main"))


def test_an_incomplete_draft_is_saved_too(as_editor, clinic):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic) + "?add=1"))
    assert data["uses-TOTAL_FORMS"] == "2"
    data["uses-0-human_oversight_fr"] = ""
    data["uses-1-summary_fr"] = DRAFT_SUMMARY
    assert data["uses-1-ai_system"] == ""

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 302, error_summary(response)
    clinic.refresh_from_db()
    uses = list(clinic.latest_revision.as_object().uses.all())
    assert len(uses) == 2
    assert uses[0].human_oversight_fr == ""
    assert uses[1].summary_fr == DRAFT_SUMMARY
    assert uses[1].ai_system_id is None
    assert clinic.live_revision.as_object().uses.all()[0].human_oversight_fr != ""


def test_the_gaps_panel_links_each_missing_obligation_to_its_input(as_editor, clinic):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    data["uses-0-human_oversight_fr"] = ""
    as_editor.post(url("notice_edit", clinic), data)

    response = as_editor.get(url("notice_edit", clinic))

    panel = soup_of(response).select_one(".progress-panel")
    links = {a["href"]: text(a) for a in panel.find_all("a")}
    assert "#id_uses-0-human_oversight_fr" in links
    assert "qui vérifie" in links["#id_uses-0-human_oversight_fr"].casefold()
    assert soup_of(response).find(id="id_uses-0-human_oversight_fr") is not None


def test_an_invalid_email_is_refused_in_the_summary_and_beside_the_field(as_editor, clinic):
    before = clinic.latest_revision_id
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    data["ai_contact_email"] = "pas-une-adresse"
    data["uses-0-summary_fr"] = NEW_SUMMARY
    data["name"] = "Cabinet renommé, mot témoin Pangolin"

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 400
    soup = soup_of(response)
    summary_links = [a["href"] for a in soup.select(".error-summary a")]
    assert summary_links == ["#id_ai_contact_email"]
    assert "adresse" in error_next_to(response, "id_ai_contact_email").casefold()
    email = soup.find(id="id_ai_contact_email")
    assert email.get("value") == "pas-une-adresse"
    assert "id_ai_contact_email-error" in email.get("aria-describedby", "").split()
    assert soup.find(id="id_uses-0-summary_fr").get_text() == NEW_SUMMARY
    assert soup.find(id="id_name").get("value") == "Cabinet renommé, mot témoin Pangolin"
    shown_again = rendered_form_data(response)
    shown_again.pop("csrfmiddlewaretoken")
    data.pop("csrfmiddlewaretoken")
    assert shown_again == data
    clinic.refresh_from_db()
    assert clinic.latest_revision_id == before


def test_add_use_saves_and_shows_one_more_blank_use(as_editor, clinic):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    data["add_use"] = ""

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 302
    assert response["Location"] == url("notice_edit", clinic) + "?add=1#use-2"
    page = as_editor.get(response["Location"])
    soup = soup_of(page)
    assert soup.find("input", attrs={"name": "uses-TOTAL_FORMS"})["value"] == "2"
    new_use = soup.find(id="use-2")
    assert new_use is not None
    assert new_use.find(id="id_uses-1-summary_fr").get_text() == ""
    chosen = new_use.find(id="id_uses-1-ai_system").find("option", selected=True)
    assert chosen is None or chosen.get("value") == ""


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


def test_a_mangled_add_parameter_shows_the_form_as_it_is(as_editor, clinic):
    response = as_editor.get(url("notice_edit", clinic) + "?add=abc")

    assert response.status_code == 200


def test_a_save_on_top_of_someone_elses_newer_draft_is_refused_keeping_what_was_typed(
    as_editor, clinic, editor
):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    draft_save(clinic, user=editor, summary_fr="Texte enregistré par une collègue.")
    data["uses-0-risks_fr"] = "Mon texte tapé pendant ce temps."

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 400
    assert "pendant que vous la modifiiez" in error_summary(response)
    assert "Mon texte tapé pendant ce temps." in response.content.decode()
    clinic.refresh_from_db()
    assert clinic.latest_revision.as_object().uses.all()[0].summary_fr == (
        "Texte enregistré par une collègue."
    )


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


@pytest.mark.parametrize("add", ["²", "9" * 5000, "-1", ""])
def test_odd_add_values_show_the_form_as_it_is(as_editor, clinic, add):
    assert as_editor.get(url("notice_edit", clinic), {"add": add}).status_code == 200


def test_a_clinic_id_too_large_for_the_database_is_simply_not_found(as_editor):
    response = as_editor.get("/fr/workspace/clinics/10000000000000000000000000/messages/")

    assert response.status_code == 404
