"""Editing a clinic's notice in the Wagtail admin: drafts may be incomplete, publishing may not."""

import html as html_lib

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from content.notices.models import Clinic, NoticeVersion
from content.notices.pages import ClinicDirectoryPage
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db

# What a use that drafts the record must state, whatever its system
# (see content/notices/rules/obligations.py).
OWED_BY_EVERY_USE = (
    "summary",
    "human_oversight",
    "patient_data",
    "retention",
    "how_to_decline",
    "answer_if_wrong",
    "answer_human_contact",
    "answer_responsibility",
    "answer_reliability",
    "answer_data_access",
)
TYPED_SUMMARY = (
    "Résumé tapé par l’éditrice, mot témoin Quetzal. Le médecin lit ce que fait l’outil."
)


@pytest.fixture
def editor(client, admin_user):
    sign_in_verified(client, admin_user)
    return admin_user


def form_data(form) -> dict[str, str]:
    """What a browser posts for a Wagtail admin form as it was rendered, formsets included."""
    data = {}

    def add(bound_form):
        for name in bound_form.fields:
            value = bound_form[name].value()
            key = bound_form.add_prefix(name)
            if value is True:
                data[key] = "on"
            elif value is not None and value is not False:
                data[key] = str(value)

    add(form)
    for formset in form.formsets.values():
        add(formset.management_form)
        for child in formset.forms:
            add(child)
    return data


def clinic_form(clinic: Clinic, user):
    form_class = Clinic.snippet_viewset.get_edit_handler().get_form_class()
    return form_class(instance=clinic, for_user=user)


def edit_url(clinic: Clinic) -> str:
    return reverse("wagtailsnippets_content_clinic:edit", args=[clinic.pk])


def post_edit(client, clinic: Clinic, user, *, publish: bool, **changes):
    """Post the clinic's edit form with `changes` typed in, as a draft or to publish."""
    data = form_data(clinic_form(clinic, user))
    for name, value in changes.items():
        data[name] = value
    if publish:
        data["action-publish"] = "action-publish"
    return client.post(edit_url(clinic), data)


@pytest.fixture
def draft_clinic() -> Clinic:
    """A clinic with one complete use, never published."""
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic)
    return Clinic.objects.get(pk=clinic.pk)


def error_next_to(html: str, field_id: str) -> str:
    """The error text shown in the admin beside the field with this id."""
    soup = BeautifulSoup(html, "html5lib")
    widget = soup.find(id=field_id)
    assert widget is not None, f"no field {field_id} in the page"
    return (
        widget.find_parent(attrs={"data-field": True})
        .select_one("[data-field-errors]")
        .get_text(" ", strip=True)
    )


def typed_in(html: str, field_id: str) -> str:
    """What the field with this id holds as the admin shows it again."""
    return BeautifulSoup(html, "html5lib").find(id=field_id).get_text()


def test_draft_with_a_use_missing_human_oversight_is_saved_as_typed(client, editor, draft_clinic):
    response = post_edit(
        client,
        draft_clinic,
        editor,
        publish=False,
        **{"uses-0-human_oversight_fr": "", "uses-0-summary_fr": TYPED_SUMMARY},
    )

    assert response.status_code == 302
    draft_clinic.refresh_from_db()
    saved = draft_clinic.latest_revision.as_object()
    use = saved.uses.get()
    assert use.summary_fr == TYPED_SUMMARY
    assert use.human_oversight_fr == ""
    assert draft_clinic.live is False


def test_publishing_without_human_oversight_is_refused_beside_the_field_keeping_what_was_typed(
    client, editor, draft_clinic
):
    response = post_edit(
        client,
        draft_clinic,
        editor,
        publish=True,
        **{"uses-0-human_oversight_fr": "", "uses-0-summary_fr": TYPED_SUMMARY},
    )

    assert response.status_code == 200
    html = response.content.decode()
    message = error_next_to(html, "id_uses-0-human_oversight_fr")
    assert message.startswith("Obligatoire pour publier")
    # A scribe is not high-risk: no AI Act article binds its oversight, patients expect it.
    assert "attendu par les patients" in message
    assert "art. 14" not in message
    assert error_next_to(html, "id_uses-0-summary_fr") == ""
    assert typed_in(html, "id_uses-0-summary_fr") == TYPED_SUMMARY
    draft_clinic.refresh_from_db()
    assert draft_clinic.live is False
    assert not NoticeVersion.objects.filter(clinic=draft_clinic).exists()


def test_publishing_refusal_counts_what_is_missing(client, editor, draft_clinic):
    response = post_edit(
        client,
        draft_clinic,
        editor,
        publish=True,
        **{"uses-0-human_oversight_fr": "", "uses-0-retention_fr": "   "},
    )

    html = response.content.decode()
    banner = BeautifulSoup(html, "html5lib").select_one(".messages").get_text(" ", strip=True)
    assert "il manque 2 information" in banner
    assert error_next_to(html, "id_uses-0-retention_fr").startswith("Obligatoire pour publier")


def test_publishing_refusal_is_in_english_for_an_english_speaking_editor(
    client, editor, draft_clinic
):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()

    response = post_edit(
        client, draft_clinic, editor, publish=True, **{"uses-0-human_oversight_fr": ""}
    )

    assert response.status_code == 200
    message = error_next_to(response.content.decode(), "id_uses-0-human_oversight_fr")
    assert message.startswith("Required to publish")


def test_publishing_a_clinic_without_a_contact_is_refused_beside_the_contact_fields(
    client, editor, draft_clinic
):
    response = post_edit(
        client,
        draft_clinic,
        editor,
        publish=True,
        ai_contact_name_fr="",
        ai_contact_email="",
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert error_next_to(html, "id_ai_contact_name_fr").startswith("Obligatoire pour publier")
    assert error_next_to(html, "id_ai_contact_email").startswith("Obligatoire pour publier")
    draft_clinic.refresh_from_db()
    assert draft_clinic.live is False


def test_publishing_a_complete_clinic_records_its_first_version(client, editor, draft_clinic):
    response = post_edit(client, draft_clinic, editor, publish=True)

    assert response.status_code == 302
    draft_clinic.refresh_from_db()
    assert draft_clinic.live is True
    version = NoticeVersion.objects.get(clinic=draft_clinic)
    assert version.number == 1
    assert version.changes["first"] is True


def test_clinic_created_and_published_in_one_go_records_its_first_version(client, editor):
    blank = Clinic()
    data = form_data(clinic_form(blank, editor))
    system = AISystemFactory()
    data.update(
        {
            "name": "Cabinet créé dans l’admin",
            "slug": "cabinet-cree-dans-l-admin",
            "kind": "gp_practice",
            "street_address": "3 place du Marché",
            "postcode": "69001",
            "city": "Lyon",
            "ai_contact_name_fr": "Le secrétariat",
            "ai_contact_phone": "04 00 00 00 00",
            "uses-TOTAL_FORMS": "1",
            "uses-0-ai_system": str(system.pk),
            "uses-0-care_step": "documentation",
            "uses-0-decision_role": "drafts",
            "uses-0-ORDER": "1",
            "action-publish": "action-publish",
        }
    )
    for name in OWED_BY_EVERY_USE:
        data[f"uses-0-{name}_fr"] = f"Ce que la notice dit pour {name}."

    response = client.post(reverse("wagtailsnippets_content_clinic:add"), data)

    assert response.status_code == 302
    clinic = Clinic.objects.get(slug="cabinet-cree-dans-l-admin")
    assert clinic.live is True
    assert clinic.uses.get().ai_system == system
    assert NoticeVersion.objects.get(clinic=clinic).number == 1


def test_publishing_with_every_use_deleted_is_refused(client, editor, draft_clinic):
    response = post_edit(client, draft_clinic, editor, publish=True, **{"uses-0-DELETE": "on"})

    assert response.status_code == 200
    banner = BeautifulSoup(response.content, "html5lib").select_one(".messages").get_text()
    assert "au moins un usage" in banner
    draft_clinic.refresh_from_db()
    assert draft_clinic.live is False
    assert draft_clinic.uses.count() == 1


def test_draft_of_a_published_notice_stays_out_of_sight_until_published(client, editor):
    clinic = published_clinic(uses=1)
    public_summary = clinic.uses.get().summary_fr
    directory = ClinicDirectoryPage.objects.get(locale__language_code="fr")

    response = post_edit(
        client, clinic, editor, publish=False, **{"uses-0-summary_fr": TYPED_SUMMARY}
    )

    assert response.status_code == 302
    client.logout()
    notice = client.get(directory.notice_url(clinic.slug)).content.decode()
    assert "Quetzal" not in notice
    assert html_lib.escape(public_summary) in notice
    assert client.get(f"/api/notices/{clinic.slug}.json").json()["uses"][0]["summary"] == {
        "fr": public_summary,
        "en": None,
    }


@pytest.mark.parametrize(("mode", "heading"), [("fr", "En bref"), ("en", "In short")])
def test_preview_shows_the_draft_notice_in_the_language_chosen(
    client, editor, draft_clinic, mode, heading
):
    data = form_data(clinic_form(draft_clinic, editor))
    data["uses-0-summary_fr"] = TYPED_SUMMARY
    preview_url = reverse("wagtailsnippets_content_clinic:preview_on_edit", args=[draft_clinic.pk])

    assert client.post(preview_url, data).json()["is_valid"] is True
    response = client.get(preview_url, {"mode": mode})

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html5lib")
    assert page.html["lang"] == mode
    assert heading in page.get_text()
    assert "Quetzal" in page.get_text()
    assert Clinic.objects.get(pk=draft_clinic.pk).live is False
    # The first layer's "who checks" line is filled in the preview as on the published notice.
    oversight = page.select_one(".notice-summary__oversight").get_text(" ", strip=True)
    assert oversight.split(":", 1)[1].strip(), "the preview's « Qui vérifie » line is empty"
