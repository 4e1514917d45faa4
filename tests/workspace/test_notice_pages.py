"""The notice form in pages: where it stands, the structure, the contacts, one page per use."""

import pytest
from django.urls import reverse
from django.utils import translation

from content.notices.models import AISystem, AIUse, UseTemplate
from content.vocabulary import AISystemKind, CareStep, DecisionRole, MemberRole
from tests.factories import AISystemFactory, ClinicFactory, member, published_clinic
from tests.workspace.helpers import (
    NEW_SUMMARY,
    draft_save,
    error_next_to,
    error_summary,
    rendered_form_data,
    sign_in_verified,
    soup_of,
    text,
)

pytestmark = pytest.mark.django_db


def page(name: str, clinic, *args, language: str = "fr") -> str:
    with translation.override(language):
        return reverse(f"workspace:{name}", args=[clinic.pk, *args])


def draft_of(clinic):
    clinic.refresh_from_db()
    return clinic.latest_revision.as_object()


def followed_message(client, response) -> str:
    return text(soup_of(client.get(response["Location"])).select_one(".workspace-messages"))


@pytest.fixture
def template():
    return UseTemplate.objects.create(
        key="dictee-test",
        title_fr="Dictée du compte rendu (test)",
        description_fr="Un logiciel transforme en texte ce que le médecin dicte.",
        system_kind=AISystemKind.SPEECH,
        label_fr="Écrit le compte rendu que le médecin dicte",
        care_step=CareStep.DOCUMENTATION,
        decision_role=DecisionRole.DRAFTS,
        summary_fr="Le médecin dicte ; le logiciel écrit. [[Nom du logiciel]] ne décide rien.",
        summary_en="The doctor dictates; the software writes.",
        human_oversight_fr="Le médecin relit chaque compte rendu avant de le signer.",
    )


# --- the progress page --------------------------------------------------------------------------


def test_the_progress_page_lists_each_part_done_or_missing_with_links(as_editor, clinic):
    draft_save(clinic, human_oversight_fr="", retention_fr="")

    response = as_editor.get(page("notice_edit", clinic))

    assert response.status_code == 200
    soup = soup_of(response)
    items = [text(li) for li in soup.select(".notice-progress__item")]
    assert items[0].startswith("La structure complet")
    assert items[1].startswith("Les contacts complet")
    system = clinic.uses.get().ai_system
    assert items[2].startswith(f"Usage 1 – {system.name} il manque 2 éléments")
    assert "Combien de temps elles sont gardées (obligation légale : RGPD, art. 13)" in items[2]
    links = [a["href"] for a in soup.select(".notice-progress__link")]
    assert links == [
        page("notice_structure", clinic),
        page("notice_contacts", clinic),
        page("notice_use", clinic, 1),
    ]
    hrefs = [a["href"] for a in soup.select("main a")]
    assert page("notice_use_new", clinic) in hrefs
    assert page("notice_preview", clinic) in hrefs
    assert page("clinic", clinic) in hrefs


def test_a_notice_without_use_says_to_add_one(client):
    clinic = ClinicFactory()
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))

    response = client.get(page("notice_edit", clinic))

    assert response.status_code == 200
    assert "ajoutez-en un" in text(soup_of(response).find("main"))
    assert len(soup_of(response).select(".notice-progress__item")) == 2


# --- each page saves a draft and goes on --------------------------------------------------------


def test_the_structure_page_saves_a_draft_and_goes_to_the_contacts(as_editor, clinic):
    live_before = clinic.live_revision_id
    data = rendered_form_data(as_editor.get(page("notice_structure", clinic)))
    data["city"] = "Vernouillac"

    response = as_editor.post(page("notice_structure", clinic), data)

    assert response.status_code == 302
    assert response["Location"] == page("notice_contacts", clinic)
    assert draft_of(clinic).city == "Vernouillac"
    assert clinic.live_revision_id == live_before
    assert clinic.city != "Vernouillac"
    assert "Brouillon enregistré" in followed_message(as_editor, response)


def test_the_contacts_page_goes_to_the_first_use_or_stays_when_asked(as_editor, clinic):
    data = rendered_form_data(as_editor.get(page("notice_contacts", clinic)))
    data["dpo_name"] = "Mme Délégué"

    response = as_editor.post(page("notice_contacts", clinic), data)

    assert response["Location"] == page("notice_use", clinic, 1)
    assert draft_of(clinic).dpo_name == "Mme Délégué"
    data = rendered_form_data(as_editor.get(page("notice_contacts", clinic)))
    response = as_editor.post(page("notice_contacts", clinic), {**data, "stay": ""})
    assert response["Location"] == page("notice_contacts", clinic)


def test_the_last_use_page_saves_and_goes_back_to_the_progress(as_editor, clinic):
    data = rendered_form_data(as_editor.get(page("notice_use", clinic, 1)))
    data["summary_fr"] = NEW_SUMMARY
    data["label_fr"] = "Écrit la lettre au confrère"

    response = as_editor.post(page("notice_use", clinic, 1), data)

    assert response.status_code == 302, error_summary(response)
    assert response["Location"] == page("notice_edit", clinic)
    use = draft_of(clinic).uses.all()[0]
    assert (use.summary_fr, use.label_fr) == (NEW_SUMMARY, "Écrit la lettre au confrère")
    assert clinic.uses.get().summary_fr != NEW_SUMMARY
    assert draft_of(clinic).uses.count() == 1


def test_a_use_page_shows_the_catalogue_label_as_default_and_the_catalogue_request(
    as_editor, clinic
):
    system = clinic.uses.get().ai_system

    soup = soup_of(as_editor.get(page("notice_use", clinic, 1)))

    assert soup.find(id="id_label_fr")["placeholder"] == system.label_fr
    french = soup.find(id="id_summary_fr")
    english = soup.find(id="id_summary_en")
    assert french.find_parent(class_="side-by-side") is english.find_parent(class_="side-by-side")
    assert english.find_parent("details") is not None
    assert soup.find("a", href=page("system_request", clinic)) is not None


# --- nothing typed is lost ----------------------------------------------------------------------


def test_an_invalid_email_keeps_every_value_typed_with_the_error_beside_it(as_editor, clinic):
    before = clinic.latest_revision_id
    data = rendered_form_data(as_editor.get(page("notice_contacts", clinic)))
    data["ai_contact_email"] = "pas-une-adresse"
    data["dpo_name"] = "Mot témoin Pangolin"

    response = as_editor.post(page("notice_contacts", clinic), data)

    assert response.status_code == 400
    soup = soup_of(response)
    assert [a["href"] for a in soup.select(".error-summary a")] == ["#id_ai_contact_email"]
    assert "adresse" in error_next_to(response, "id_ai_contact_email").casefold()
    email = soup.find(id="id_ai_contact_email")
    assert "id_ai_contact_email-error" in email["aria-describedby"].split()
    shown_again = rendered_form_data(response)
    shown_again.pop("csrfmiddlewaretoken")
    data.pop("csrfmiddlewaretoken")
    assert shown_again == data
    clinic.refresh_from_db()
    assert clinic.latest_revision_id == before


def test_a_save_on_top_of_a_colleagues_draft_is_refused_keeping_what_was_typed(
    as_editor, clinic, editor
):
    data = rendered_form_data(as_editor.get(page("notice_use", clinic, 1)))
    draft_save(clinic, user=editor, summary_fr="Texte enregistré par une collègue.")
    data["risks_fr"] = "Mon texte tapé pendant ce temps."

    response = as_editor.post(page("notice_use", clinic, 1), data)

    assert response.status_code == 400
    assert "pendant que vous la modifiiez" in error_summary(response)
    assert soup_of(response).find(id="id_risks_fr").get_text() == "Mon texte tapé pendant ce temps."
    assert draft_of(clinic).uses.all()[0].summary_fr == "Texte enregistré par une collègue."


# --- missing fields are marked where they are ---------------------------------------------------


def test_each_missing_field_is_marked_beside_it_with_its_reason(as_editor, clinic):
    draft_save(clinic, human_oversight_fr="", retention_fr="")

    response = as_editor.get(page("notice_use", clinic, 1))

    soup = soup_of(response)
    retention = soup.find(id="id_retention_fr-missing")
    assert retention is not None
    assert text(retention) == "À compléter obligation légale : RGPD, art. 13"
    assert "id_retention_fr-missing" in soup.find(id="id_retention_fr")["aria-describedby"]
    oversight = text(soup.find(id="id_human_oversight_fr-missing"))
    assert "attendu par les patients" in oversight
    assert soup.find(id="id_summary_fr-missing") is None
    links = [a["href"] for a in soup.select(".missing-summary a")]
    assert links == ["#id_human_oversight_fr", "#id_retention_fr"]
    current = soup.select_one('.notice-parts a[aria-current="page"]')
    assert text(current.find_parent("li")).endswith("il manque 2 éléments")


def test_a_missing_contact_is_marked_on_the_contacts_page(client):
    clinic = ClinicFactory(ai_contact_name_fr="")
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))

    soup = soup_of(client.get(page("notice_contacts", clinic)))

    marker = soup.find(id="id_ai_contact_name_fr-missing")
    assert marker is not None and "RGPD" in text(marker)


# --- adding and removing a use ------------------------------------------------------------------


def test_a_new_use_from_a_template_fills_its_texts_and_opens_its_page(as_editor, clinic, template):
    speech = AISystemFactory(name="Outil vocal de test", kind=AISystemKind.SPEECH)
    form = soup_of(as_editor.get(page("notice_use_new", clinic)))
    assert "Un logiciel transforme en texte" in text(form.find("main"))
    data = rendered_form_data(as_editor.get(page("notice_use_new", clinic)))
    data["start"] = template.key

    response = as_editor.post(page("notice_use_new", clinic), data)

    assert response.status_code == 302, error_summary(response)
    assert response["Location"] == page("notice_use", clinic, 2)
    uses = list(draft_of(clinic).uses.all())
    assert len(uses) == 2
    new = uses[1]
    assert new.template_id == template.pk
    assert new.summary_fr == template.summary_fr
    assert new.summary_en == template.summary_en
    assert new.label_fr == template.label_fr
    assert new.care_step == CareStep.DOCUMENTATION
    assert new.ai_system_id is None
    use_page = soup_of(as_editor.get(response["Location"]))
    assert use_page.find(id="id_summary_fr").get_text() == template.summary_fr
    options = [o.get_text() for o in use_page.find(id="id_ai_system").find_all("option")]
    # The tools of the template's kind come first.
    speech_tools = AISystem.objects.filter(kind=AISystemKind.SPEECH).order_by("name")
    assert speech in speech_tools
    first = options[1 : 1 + len(speech_tools)]
    assert [o.split(" (")[0] for o in first] == [tool.name for tool in speech_tools]


def test_a_new_use_from_a_blank_page_with_its_tool(as_editor, clinic):
    system = AISystemFactory()
    data = rendered_form_data(as_editor.get(page("notice_use_new", clinic)))
    data.update(start="blank", ai_system=str(system.pk))

    response = as_editor.post(page("notice_use_new", clinic), data)

    assert response["Location"] == page("notice_use", clinic, 2)
    new = list(draft_of(clinic).uses.all())[1]
    assert (new.ai_system_id, new.summary_fr or "", new.template_id) == (system.pk, "", None)


def test_a_new_use_needs_a_starting_point(as_editor, clinic):
    before = clinic.latest_revision_id
    data = rendered_form_data(as_editor.get(page("notice_use_new", clinic)))
    data.pop("start", None)

    response = as_editor.post(page("notice_use_new", clinic), data)

    assert response.status_code == 400
    assert "Choisissez un modèle" in error_summary(response)
    clinic.refresh_from_db()
    assert clinic.latest_revision_id == before


def test_removing_a_use_asks_first_then_takes_it_out_of_the_draft(client):
    clinic = published_clinic(uses=2)
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))
    second = clinic.uses.all()[1]
    confirm = client.get(page("notice_use_remove", clinic, 2))
    assert confirm.status_code == 200
    assert second.ai_system.name in text(soup_of(confirm).find("h1"))

    response = client.post(page("notice_use_remove", clinic, 2), rendered_form_data(confirm))

    assert response["Location"] == page("notice_edit", clinic)
    assert [u.key for u in draft_of(clinic).uses.all()] == [clinic.uses.all()[0].key]
    assert clinic.uses.count() == 2


# --- point 7: a use id that is not the clinic's own ---------------------------------------------


def test_a_use_key_of_another_clinic_is_refused_and_nothing_is_added(as_editor, clinic):
    other = published_clinic(uses=1).uses.get()
    before = clinic.latest_revision_id
    data = rendered_form_data(as_editor.get(page("notice_use", clinic, 1)))
    data.update(use_key=str(other.key), id=str(other.pk), summary_fr="Réécrit par A")

    response = as_editor.post(page("notice_use", clinic, 1), data)

    assert response.status_code == 400
    assert "n’est pas un usage de la notice de votre structure" in error_summary(response)
    assert soup_of(response).find(id="id_summary_fr").get_text() == "Réécrit par A"
    clinic.refresh_from_db()
    assert clinic.latest_revision_id == before
    assert AIUse.objects.get(pk=other.pk).summary_fr == other.summary_fr


def test_removing_another_clinics_use_is_refused(as_editor, clinic):
    other = published_clinic(uses=1).uses.get()
    data = rendered_form_data(as_editor.get(page("notice_use_remove", clinic, 1)))
    data["use_key"] = str(other.key)

    response = as_editor.post(page("notice_use_remove", clinic, 1), data)

    assert response.status_code == 400
    assert "n’est pas un usage" in error_summary(response)
    assert draft_of(clinic).uses.count() == 1


def test_a_use_number_the_draft_does_not_have_is_not_found(as_editor, clinic):
    assert as_editor.get(page("notice_use", clinic, 2)).status_code == 404
    assert as_editor.get(page("notice_use", clinic, 0)).status_code == 404
    assert as_editor.get(page("notice_use_remove", clinic, 9)).status_code == 404


# --- roles --------------------------------------------------------------------------------------

PAGES = [
    ("notice_edit", ()),
    ("notice_structure", ()),
    ("notice_contacts", ()),
    ("notice_use", (1,)),
    ("notice_use_new", ()),
    ("notice_use_remove", (1,)),
]


@pytest.mark.parametrize("role", [MemberRole.REVIEWER, MemberRole.CLINICIAN])
@pytest.mark.parametrize(("name", "args"), PAGES)
def test_only_editors_open_the_notice_pages(client, clinic, role, name, args):
    sign_in_verified(client, member(clinic, role))

    assert client.get(page(name, clinic, *args)).status_code == 403
    assert client.post(page(name, clinic, *args), {"start": "blank"}).status_code == 403


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_another_clinics_notice_pages_are_not_found(client, clinic, name, args):
    sign_in_verified(client, member(ClinicFactory(), MemberRole.EDITOR))

    assert client.get(page(name, clinic, *args)).status_code == 404
    assert client.post(page(name, clinic, *args), {"start": "blank"}).status_code == 404


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_every_page_speaks_english_too(as_editor, clinic, name, args):
    response = as_editor.get(page(name, clinic, *args, language="en"))

    assert response.status_code == 200
    assert soup_of(response).find("html")["lang"] == "en"
