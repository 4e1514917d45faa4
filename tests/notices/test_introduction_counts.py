"""The notice counts and names its tools itself, under « En bref »; a clinic's introduction may not
(« deux outils » beside three tools is what patients read otherwise)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from content.demo.clinics import CLINIC_HISTORY, CLINICS
from content.notices.document import tools_heading
from content.notices.models import AISystem, Clinic
from content.notices.rules.introduction import introduction_counts_tools, introduction_lists_tools
from content.workspace.forms import StructureForm
from tests.factories import AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import notice_url, page_text
from tests.notices.test_admin import editor, error_next_to, post_edit  # noqa: F401

REFUSAL = (
    "Ne comptez pas les outils ici\u00a0: la notice les compte et les nomme pour vous, "
    "sous «\u00a0En bref\u00a0»."
)


@pytest.mark.parametrize(
    "text",
    [
        "Au cabinet, deux outils d’intelligence artificielle nous aident à écrire.",
        "Nous utilisons 3 outils.",
        "Trois logiciels d’IA nous assistent.",
        "Un seul outil d’IA est utilisé.",
        "Quatre nouveaux outils nous aident.",
        "At the practice, two tools help us write.",
        "We use 3 AI tools.",
        "Both systems are checked by a doctor.",
    ],
)
def test_an_introduction_that_counts_tools_is_caught(text):
    assert introduction_counts_tools(text)


@pytest.mark.parametrize(
    "text",
    [
        "Au cabinet, l’intelligence artificielle nous aide à écrire les courriers.",
        "Un outil d’IA nous aide à écrire le compte rendu.",
        "Depuis deux ans, nos outils sont vérifiés par un médecin.",
        "Depuis 10 ans nos outils sont vérifiés.",
        "L’enregistrement est effacé sous 24 heures.",
        "Deux médecins relisent ce que les outils écrivent.",
        "In our centre, an AI tool helps the radiologists.",
        "",
    ],
)
def test_an_introduction_that_does_not_count_tools_passes(text):
    assert not introduction_counts_tools(text)


def test_an_introduction_that_names_two_catalogue_tools_lists_them():
    names = ["Transcrivia", "Vocaline Dictée", "Radiolux"]

    assert introduction_lists_tools(
        "Nous utilisons Transcrivia et vocaline dictée.", tool_names=names
    )
    assert not introduction_lists_tools("Transcrivia nous aide à écrire.", tool_names=names)


@pytest.mark.django_db
def test_saving_a_clinic_that_counts_its_tools_is_refused_beside_the_introduction():
    clinic = ClinicFactory(introduction_fr="Au cabinet, deux outils d’IA nous aident.")

    with pytest.raises(ValidationError) as refused:
        clinic.full_clean()

    assert refused.value.message_dict["introduction_fr"] == [REFUSAL]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("introduction_fr", "Nous utilisons trois logiciels d’IA."),
        ("introduction_en", "Two AI tools help us write."),
    ],
)
def test_the_workspace_form_refuses_a_counting_introduction_beside_it_keeping_the_text(field, text):
    clinic = published_clinic(uses=1)
    shown = StructureForm(instance=clinic)
    data = {name: shown[name].value() for name in shown.fields}
    data = {name: value for name, value in data.items() if value not in (None, False)}
    data[field] = text

    with translation.override("fr"):
        form = StructureForm(data, instance=clinic)
        assert not form.is_valid()
        assert form.errors[field] == [REFUSAL]
    assert form[field].value() == text


@pytest.mark.django_db
def test_the_admin_refuses_a_counting_introduction_beside_it(client, editor):  # noqa: F811
    clinic = published_clinic(uses=1)

    response = post_edit(
        client, clinic, editor, publish=False, introduction_fr="Nous utilisons 2 outils d’IA."
    )

    assert response.status_code == 200
    assert "Ne comptez pas les outils ici" in error_next_to(
        response.content.decode(), "id_introduction_fr"
    )


@pytest.mark.django_db
def test_an_introduction_naming_two_tools_of_the_catalogue_is_refused():
    first, second = AISystem.objects.order_by("pk")[:2]
    clinic = ClinicFactory(introduction_fr=f"Nous utilisons {first.name} et {second.name}.")

    with pytest.raises(ValidationError) as refused:
        clinic.full_clean()

    assert "introduction_fr" in refused.value.message_dict


def test_no_demo_introduction_counts_tools():
    introductions = [
        clinic.get(f"introduction_{language}", "")
        for clinic in CLINICS
        for language in ("fr", "en")
    ] + [
        version["clinic"].get(f"introduction_{language}", "")
        for versions in CLINIC_HISTORY.values()
        for version in versions
        for language in ("fr", "en")
    ]

    assert [text for text in introductions if introduction_counts_tools(text)] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "En bref\u00a0: 3 outils d’IA"),
        ("en", "In short: 3 AI tools"),
    ],
)
def test_the_notice_counts_its_tools_and_names_them_under_en_bref(client, language, sentence):
    clinic = ClinicFactory()
    for name in ("Outil A", "Outil B", "Outil C"):
        AIUseFactory(clinic=clinic, ai_system__name=name)
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()

    shown = page_text(client.get(notice_url(clinic, language)))

    summary = shown[shown.index('id="notice-summary-title"') :]
    assert sentence in summary[: summary.index("notice-summary__list")]
    listed = summary[summary.index("notice-summary__list") : summary.index("notice-summary__links")]
    assert all(name in listed for name in ("Outil A", "Outil B", "Outil C"))


def test_one_tool_is_counted_in_the_singular():
    document = {"uses": [{"system": {"name": "Transcrivia"}}, {"system": {"name": "Transcrivia"}}]}

    with translation.override("fr"):
        assert tools_heading(document) == "En bref\u00a0: 1 outil d’IA"
        assert tools_heading({"uses": []}) == "En bref"
