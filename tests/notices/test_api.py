"""A notice as JSON: it follows its schema, which is served; a notice never published has none."""

import json

import pytest
from jsonschema import Draft202012Validator

from content.notices.api import SCHEMA_PATH
from content.notices.models import Clinic
from content.vocabulary import (
    NON_EEA_COUNTRIES,
    AISystemKind,
    CareStep,
    ClinicKind,
    Country,
    DecisionRole,
    EvidenceKind,
    RegulatoryStatus,
    TrainingReuse,
)
from tests.factories import (
    AISystemFactory,
    AIUseFactory,
    ClinicFactory,
    EvidenceLinkFactory,
    published_clinic,
)
from tests.notices.helpers import json_url, notice_url

pytestmark = pytest.mark.django_db


def schema_validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(document: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in schema_validator().iter_errors(document)
    ]


# Unpublished and unknown notices


def test_json_of_a_notice_never_published_is_not_found(client, draft_clinic):
    assert client.get(json_url(draft_clinic)).status_code == 404


# JSON


def test_json_notice_follows_its_schema_with_both_languages_and_catalogue_facts(client):
    clinic = ClinicFactory()
    system = AISystemFactory(
        kind=AISystemKind.MACHINE_LEARNING,
        regulatory_status=RegulatoryStatus.CE_IIA,
        notified_body="Organisme de test 0123",
    )
    EvidenceLinkFactory(ai_system=system)
    AIUseFactory(
        clinic=clinic,
        ai_system=system,
        care_step=CareStep.DIAGNOSIS,
        summary_fr="Repère les fractures sur vos radios.",
        summary_en="Spots fractures on your X-rays.",
    )
    AIUseFactory(clinic=clinic, summary_en="")
    clinic.save_revision().publish()

    response = client.get(json_url(clinic))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    notice = response.json()
    assert schema_errors(notice) == []
    assert notice["id"] == clinic.slug
    assert notice["version"]["number"] == 1
    first, second = notice["uses"]
    assert first["summary"] == {
        "fr": "Repère les fractures sur vos radios.",
        "en": "Spots fractures on your X-rays.",
    }
    assert second["summary"]["en"] is None
    assert first["system"]["regulatory_status"]["code"] == "ce_iia"
    assert first["system"]["notified_body"] == "Organisme de test 0123"
    assert len(first["system"]["evidence"]) == 1
    assert notice["urls"] == {
        "fr": f"http://testserver{notice_url(clinic, 'fr')}",
        "en": f"http://testserver{notice_url(clinic, 'en')}",
    }


def test_json_schema_is_served_and_names_itself_in_each_notice(client):
    clinic = published_clinic(uses=1)

    schema = client.get("/api/notices/schema.json")
    notice = client.get(json_url(clinic)).json()

    assert schema.status_code == 200
    assert schema["Content-Type"] == "application/schema+json"
    Draft202012Validator.check_schema(schema.json())
    assert notice["$schema"] == "http://testserver/api/notices/schema.json"


def test_every_live_clinic_of_the_demo_publishes_valid_json(client):
    clinics = list(Clinic.objects.filter(live=True))
    assert clinics, "the demo publishes clinics"

    errors = {clinic.slug: schema_errors(client.get(json_url(clinic)).json()) for clinic in clinics}

    assert errors == {clinic.slug: [] for clinic in clinics}


SCHEMA_CHOICES = [
    (("properties", "kind"), ClinicKind),
    (("$defs", "use", "properties", "care_step"), CareStep),
    (("$defs", "use", "properties", "decision_role"), DecisionRole),
    (("$defs", "system", "properties", "kind"), AISystemKind),
    (("$defs", "system", "properties", "regulatory_status"), RegulatoryStatus),
    (("$defs", "system", "properties", "training_reuse"), TrainingReuse),
    (("$defs", "system", "properties", "vendor_country"), Country),
    (("$defs", "system", "properties", "hosting_country"), Country),
    (("$defs", "system", "properties", "processing_country"), Country),
    (
        ("$defs", "system", "properties", "evidence", "items", "properties", "kind"),
        EvidenceKind,
    ),
]


@pytest.mark.parametrize(
    ("path", "choices"), SCHEMA_CHOICES, ids=["/".join(path) for path, _ in SCHEMA_CHOICES]
)
def test_schema_codes_are_the_models_choices(path, choices):
    node = json.loads(SCHEMA_PATH.read_text())
    for key in path:
        node = node[key]

    assert sorted(node["properties"]["code"]["enum"]) == sorted(choices.values)


def test_schema_lists_only_countries_outside_the_eea_as_reaching_the_data():
    access = json.loads(SCHEMA_PATH.read_text())["$defs"]["system"]["properties"][
        "outside_eea_access"
    ]

    assert access["items"]["properties"]["code"]["enum"] == [
        code for code, _label in NON_EEA_COUNTRIES
    ]
