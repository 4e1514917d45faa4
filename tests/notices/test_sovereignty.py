"""Where a tool's data go, told apart: stored, processed, reached from outside the EEA, with HDS.

The catalogue keeps the three facts and refuses a contradiction with « des données sortent de
l’EEE »; each notice shows them as one line per tool, in both languages, and a notice published
before they were told apart still reads; a change of any of them flags the published notices.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from content.notices.document import (
    catalogue_changes,
    published_version,
    system_document,
    system_watched_facts,
)
from content.notices.models import AISystem, Clinic, NoticeVersion
from content.notices.sovereignty import country_from, country_in
from content.vocabulary import NON_EEA_COUNTRIES, Country, MemberRole
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, member
from tests.notices.helpers import notice_url, page_text
from tests.notices.test_api import schema_errors
from tests.workspace.helpers import sign_in_verified, soup_of

pytestmark = pytest.mark.django_db

ONLY_IN_EEA = {
    "fr": "accessibles seulement dans l’EEE · hébergeur certifié HDS",
    "en": "accessible only within the EEA · certified health data host (HDS)",
}
DEMO_LINES = {
    "fr": {
        "Transcrivia Consultation": f"Stockées en France · traitées en France · {ONLY_IN_EEA['fr']}",
        "Missivia Courrier": (
            "Stockées en France · traitées aux États-Unis · accessibles depuis les États-Unis · "
            "hébergeur certifié HDS"
        ),
        "Fractolux": f"Stockées en Allemagne · traitées en Allemagne · {ONLY_IN_EEA['fr']}",
        "Vocaline Dictée": f"Stockées en France · traitées en France · {ONLY_IN_EEA['fr']}",
        "Triavel Accueil Urgences": f"Stockées en France · traitées en France · {ONLY_IN_EEA['fr']}",
    },
    "en": {
        "Transcrivia Consultation": f"Stored in France · processed in France · {ONLY_IN_EEA['en']}",
        "Missivia Courrier": (
            "Stored in France · processed in the United States · accessible from the United "
            "States · certified health data host (HDS)"
        ),
        "Fractolux": f"Stored in Germany · processed in Germany · {ONLY_IN_EEA['en']}",
        "Vocaline Dictée": f"Stored in France · processed in France · {ONLY_IN_EEA['en']}",
        "Triavel Accueil Urgences": f"Stored in France · processed in France · {ONLY_IN_EEA['en']}",
    },
}


def line_of(system: dict, language: str) -> str:
    """The one-line include for the first screen, as its text."""
    with translation.override(language):
        html = render_to_string("notices/_sovereignty_line.html", {"system": system})
    return BeautifulSoup(html, "html.parser").get_text().strip()


def sovereignty_lines(response) -> list[str]:
    soup = BeautifulSoup(page_text(response), "html.parser")
    return [p.get_text() for p in soup.select(".notice-use__sovereignty")]


def first_screen_text(response) -> str:
    soup = BeautifulSoup(page_text(response), "html.parser")
    return soup.select_one(".notice-summary").get_text()


# What patients read


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_demo_notice_tells_where_each_tools_data_are_stored_processed_and_reached(
    client, language
):
    clinics = Clinic.objects.filter(live=True).order_by("slug")
    seen = set()
    for clinic in clinics:
        document = published_version(clinic.slug).document
        systems = [use["system"] for use in document["uses"]]
        expected = [DEMO_LINES[language][system["name"]] for system in systems]

        response = client.get(notice_url(clinic, language))

        assert sovereignty_lines(response) == expected, clinic.slug
        assert [line_of(system, language) for system in systems] == expected
        summary = " ".join(first_screen_text(response).split())
        assert all(f"{line}." in summary for line in expected), summary
        assert "Hébergées en" not in page_text(response)
        seen.update(system["name"] for system in systems)
    assert seen == set(DEMO_LINES[language])


def test_the_letter_assistant_reads_as_processed_outside_the_eea_in_its_json(client):
    notice = client.get("/api/notices/cabinet-medical-des-tilleuls.json").json()
    system = next(
        use["system"] for use in notice["uses"] if use["system"]["key"] == "missivia-courrier"
    )

    assert system["hosting_country"]["code"] == "FR"
    assert system["processing_country"]["label"] == {"fr": "États-Unis", "en": "United States"}
    assert [country["code"] for country in system["outside_eea_access"]] == ["US"]
    assert system["data_leave_eea"] is True
    assert notice["schema_version"] == "1.1"
    assert schema_errors(notice) == []


def test_a_notice_published_before_the_facts_were_told_apart_still_reads_and_is_not_flagged(
    client,
):
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic)
    AIUseFactory(
        clinic=clinic,
        ai_system=AISystemFactory(
            hosting_country=Country.US,
            outside_eea_access=["US"],
            data_leave_eea=True,
            hds_certified=False,
        ),
    )
    Clinic.objects.get(pk=clinic.pk).save_revision().publish()
    version = NoticeVersion.objects.get(clinic=clinic)
    # The document as version 1.0 of the schema kept it.
    document = version.document
    document["schema_version"] = "1.0"
    for use in document["uses"]:
        del use["system"]["processing_country"]
        del use["system"]["outside_eea_access"]
    NoticeVersion.objects.filter(pk=version.pk).update(document=document)
    # The catalogue now tells processing apart: nothing the old notice said has changed.
    first = clinic.uses.order_by("sort_order", "pk").first().ai_system
    first.processing_country = Country.DE
    first.save()

    response = client.get(notice_url(clinic, "fr"))

    assert response.status_code == 200
    assert sovereignty_lines(response) == [
        "Stockées en France · elles ne sortent pas de l’EEE · hébergeur certifié HDS",
        "Stockées aux États-Unis · des données sortent de l’EEE · hébergeur non certifié HDS",
    ]
    assert catalogue_changes(document) == {}
    assert schema_errors(client.get(f"/api/notices/{clinic.slug}.json").json()) == []


# What the catalogue accepts


def test_catalogue_refuses_data_processed_outside_the_eea_unless_said_to_leave_it():
    system = AISystemFactory.build(processing_country=Country.US, data_leave_eea=False)

    with pytest.raises(ValidationError) as refused:
        system.clean()

    assert refused.value.message_dict == {
        "data_leave_eea": [
            "Des données sont stockées, traitées ou lues hors de l’Espace économique européen "
            "(États-Unis)\u00a0: cochez cette case."
        ]
    }


def test_catalogue_refuses_data_said_to_leave_the_eea_without_saying_where():
    system = AISystemFactory.build(data_leave_eea=True)

    with pytest.raises(ValidationError) as refused:
        system.clean()

    assert list(refused.value.message_dict) == ["data_leave_eea"]
    assert "dites où" in refused.value.message_dict["data_leave_eea"][0]


def test_a_system_migrated_with_data_leaving_to_an_unknown_country_names_no_processing_country():
    # Migration 0008 invents no country: such a system keeps no processing country until edited.
    system = AISystemFactory(data_leave_eea=True, processing_country="")
    line = render_to_string("notices/_sovereignty_line.html", {"system": system_document(system)})

    assert "traitées" not in line
    assert "des données sortent de l’EEE" in line
    with pytest.raises(ValidationError) as refused:
        system.clean()
    assert "processing_country" in refused.value.message_dict


def test_catalogue_refuses_an_eea_country_as_access_from_outside_the_eea():
    system = AISystemFactory.build(outside_eea_access=["DE"], data_leave_eea=True)

    with pytest.raises(ValidationError) as refused:
        system.clean()

    assert list(refused.value.message_dict) == ["outside_eea_access"]


def test_catalogue_accepts_data_stored_in_france_and_reached_from_switzerland():
    system = AISystemFactory.build(outside_eea_access=["CH"], data_leave_eea=True)

    system.clean()

    assert line_of(system_watched_facts(system), "fr") == (
        "Stockées en France · traitées en France · accessibles depuis la Suisse · "
        "hébergeur certifié HDS"
    )


def test_catalogue_admin_offers_countries_outside_the_eea_and_shows_a_contradiction_by_its_field(
    client, admin_user
):
    sign_in_verified(client, admin_user)
    system = AISystem.objects.get(key="fractolux")
    url = reverse("wagtailsnippets_content_aisystem:edit", args=[system.pk])
    form = AISystem.snippet_viewset.get_edit_handler().get_form_class()(
        instance=system, for_user=admin_user
    )
    offered = [label for _code, label in form.fields["outside_eea_access"].choices]
    data = form_data(form)
    data["processing_country"] = "US"

    response = client.post(url, data)

    assert offered == [label for _code, label in NON_EEA_COUNTRIES]
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    errors = soup.select_one('[data-contentpath="data_leave_eea"] .error-message')
    assert "(États-Unis)\u00a0: cochez cette case" in errors.get_text()
    assert AISystem.objects.get(pk=system.pk).processing_country == "DE"


def form_data(form) -> dict:
    """What a browser posts for the form as it was rendered, lists as several values."""
    data = {}

    def add(bound_form):
        for name in bound_form.fields:
            value = bound_form[name].value()
            key = bound_form.add_prefix(name)
            if value is True:
                data[key] = "on"
            elif isinstance(value, list):
                data[key] = value
            elif value is not None and value is not False:
                data[key] = str(value)

    add(form)
    for formset in form.formsets.values():
        add(formset.management_form)
        for child in formset.forms:
            add(child)
    return data


# What flags a published notice for review


def test_a_change_of_where_data_go_flags_the_published_notice(client):
    clinic = ClinicFactory()
    use = AIUseFactory(clinic=clinic)
    Clinic.objects.get(pk=clinic.pk).save_revision().publish()
    system = use.ai_system
    system.processing_country = Country.US
    system.outside_eea_access = ["US"]
    system.data_leave_eea = True
    system.save()

    changes = catalogue_changes(published_version(clinic.slug).document)[system.key]
    response = client.get(notice_url(clinic, "fr"))

    assert {change["fact"] for change in changes} == {
        "processing_country",
        "outside_eea_access",
        "data_leave_eea",
    }
    text = " ".join(page_text(response).split())
    assert "pays où les données sont traitées" in text
    assert "« États-Unis »" in text
    assert "« aucun »" in text


def test_the_workspace_shows_the_clinic_where_its_tools_data_go(client):
    clinic = Clinic.objects.get(slug="cabinet-medical-des-tilleuls")
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))

    facts = []
    for number in range(1, len(clinic.get_latest_revision_as_object().uses.all()) + 1):
        response = client.get(reverse("workspace:notice_use", args=[clinic.pk, number]))
        facts += [
            " ".join(box.get_text().split()) for box in soup_of(response).select(".catalogue-facts")
        ]
    assert any(DEMO_LINES["fr"]["Missivia Courrier"] in box for box in facts), facts
    assert not any("Hébergées en" in box for box in facts)


@pytest.mark.parametrize(
    ("language", "code", "where", "reached_from"),
    [
        ("fr", "FR", "en France", "la France"),
        ("fr", "US", "aux États-Unis", "les États-Unis"),
        ("fr", "IN", "en Inde", "l’Inde"),
        ("fr", "IL", "en Israël", "Israël"),
        ("fr", "CY", "à Chypre", "Chypre"),
        ("fr", "GB", "au Royaume-Uni", "le Royaume-Uni"),
        ("en", "NL", "in the Netherlands", "the Netherlands"),
        ("en", "CH", "in Switzerland", "Switzerland"),
    ],
)
def test_country_names_take_their_preposition_and_article(language, code, where, reached_from):
    with translation.override(language):
        country = {"code": code, "label": {language: str(Country(code).label)}}

        assert (country_in(country), country_from(country)) == (where, reached_from)
