"""The notice form's guidance: every field has one, in French typography, and in English too."""

import re

import pytest
from django.utils import translation

from content.notices.models import AIUse, Clinic
from content.vocabulary import AIUSE_TEXT_FIELDS
from content.workspace.field_guide import CLINIC_GUIDE, USE_GUIDE, FieldGuide, guide_for

CLINIC_FIELDS = (
    "name",
    "kind",
    "introduction",
    "street_address",
    "postcode",
    "city",
    "phone",
    "website",
    "ai_contact_name",
    "ai_contact_email",
    "ai_contact_phone",
    "dpo_name",
    "dpo_email",
    "responsible_physician",
    "responsible_physician_role",
    "second_opinion_on_request",
)
OPTIONAL_CLINIC_FIELDS = (
    "introduction",
    "phone",
    "website",
    "dpo_name",
    "dpo_email",
    "responsible_physician",
    "responsible_physician_role",
)
USE_FIELDS = (
    "ai_system",
    "care_step",
    "patient_interacts",
    "decision_role",
    "declinable",
    *AIUSE_TEXT_FIELDS,
)
PARTS = ("help", "example", "why")
BAROMETER = "Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)"

# Every guide with its name, and every one of its strings.
GUIDES = [*CLINIC_GUIDE.items(), *USE_GUIDE.items()]
STRINGS = [
    pytest.param(getattr(guide, part), id=f"{name}.{part}")
    for name, guide in GUIDES
    for part in PARTS
]


@pytest.mark.parametrize("name", USE_FIELDS)
def test_every_use_field_has_a_full_guide(name):
    guide = guide_for(name)

    assert isinstance(guide, FieldGuide)
    assert guide is USE_GUIDE[name]
    AIUse._meta.get_field(name)
    with translation.override("fr"):
        assert all(str(getattr(guide, part)).strip() for part in PARTS)


@pytest.mark.parametrize("name", CLINIC_FIELDS)
def test_every_clinic_field_has_a_full_guide(name):
    guide = guide_for(name)

    assert isinstance(guide, FieldGuide)
    assert guide is CLINIC_GUIDE[name]
    Clinic._meta.get_field(name)
    with translation.override("fr"):
        assert all(str(getattr(guide, part)).strip() for part in PARTS)


def test_the_guides_cover_exactly_the_listed_fields():
    assert set(CLINIC_GUIDE) == set(CLINIC_FIELDS)
    assert set(USE_GUIDE) == set(USE_FIELDS)
    assert guide_for("slug") is None
    assert guide_for("no_such_field") is None


@pytest.mark.parametrize("name", OPTIONAL_CLINIC_FIELDS)
def test_optional_clinic_fields_say_so(name):
    with translation.override("fr"):
        assert "(facultatif)" in str(CLINIC_GUIDE[name].help)


def test_fears_and_expectations_cite_the_barometer_with_its_figure():
    figures = {
        "answer_if_wrong": "42\u00a0%",
        "answer_human_contact": "42\u00a0%",
        "answer_responsibility": "34\u00a0%",
        "answer_reliability": "33\u00a0%",
        "answer_data_access": "29\u00a0%",
        "summary": "84\u00a0%",
        "benefits": "80\u00a0%",
        "risks": "80\u00a0%",
        "human_oversight": "96\u00a0%",
        "patient_data": "89\u00a0%",
        "data_transfer": "86\u00a0%",
    }
    with translation.override("fr"):
        for name, figure in figures.items():
            why = str(USE_GUIDE[name].why)
            assert figure in why, name
            assert BAROMETER in why, name


@pytest.mark.parametrize("text", STRINGS)
def test_french_strings_keep_french_typography(text):
    with translation.override("fr"):
        french = str(text)

    assert not re.search(r"[ \u202f][:;!?%»]", french)
    assert not re.search(r"«[ \u202f]", french)
    # A no-break space only ever sits before : ; ! ? % » or after «.
    for match in re.finditer("\u00a0", french):
        before = french[match.start() - 1] if match.start() else ""
        after = french[match.end()] if match.end() < len(french) else ""
        assert (after != "" and after in ":;!?%»") or before == "«", french


@pytest.mark.parametrize("text", STRINGS)
def test_every_string_is_translated_into_english(text):
    with translation.override("fr"):
        french = str(text)
    with translation.override("en"):
        english = str(text)

    assert english.strip()
    assert english != french
    assert "\u00a0" not in english
