"""The notice schema refuses what publishing refuses: a copy of a demo notice emptied of what the
rules ask for is reported field by field, and each conditional rule holds on its own."""

import copy
import json

import pytest
from django.conf import settings
from jsonschema import Draft202012Validator

from content.notices.api import SCHEMA_PATH
from content.notices.document import review_state_seconds
from content.notices.rules.obligations import FEAR_FIELDS
from content.notices.rules.use_facts import (
    ANNEX_III_CARE_STEPS,
    CLINICAL_CARE_STEPS,
    GENERATIVE_KINDS,
    L4001_3_CARE_STEPS,
)
from content.vocabulary import NOTIFIED_BODY_STATUSES, AISystemKind, RegulatoryStatus
from tests.notices.test_api import schema_errors

pytestmark = pytest.mark.django_db

NOT_BLANK = "does not match '\\\\S'"
EMPTY = {"fr": "", "en": None}
# The patterns beside each format, for validators that do not check formats (the message quotes
# the pattern with its backslashes doubled).
EMAIL_PATTERN = "does not match '^[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+$'"
URL_FIELD_PATTERN = "does not match '^(https?|ftps?)://\\\\S+$'"


def demo_notice(client, slug: str) -> dict:
    return client.get(f"/api/notices/{slug}.json").json()


def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


def test_formats_are_checked_by_the_installed_checkers():
    checkers = Draft202012Validator.FORMAT_CHECKER.checkers

    assert {"email", "uri", "date", "date-time", "uuid"} <= set(checkers)


def test_an_emptied_notice_is_refused_field_by_field(client):
    notice = copy.deepcopy(demo_notice(client, "cabinet-medical-des-tilleuls"))
    use = notice["uses"][0]
    for name in FEAR_FIELDS:
        use[name] = dict(EMPTY)
    use["system"]["vendor"] = ""
    notice["contacts"]["ai"] = {"name": dict(EMPTY), "email": "", "phone": ""}
    notice["contacts"]["data_protection_officer"]["email"] = "dpo-chez-le-cabinet"
    notice["version"] = None
    use["system"]["data_leave_eea"] = True
    use["data_transfer"] = {"fr": " ", "en": None}

    errors = schema_errors(notice)

    assert sorted(errors) == sorted(
        [
            *(f"uses/0/{name}/fr: '' {NOT_BLANK}" for name in FEAR_FIELDS),
            f"uses/0/system/vendor: '' {NOT_BLANK}",
            f"contacts/ai/name/fr: '' {NOT_BLANK}",
            "contacts/ai: {'name': {'fr': '', 'en': None}, 'email': '', 'phone': ''} is not "
            "valid under any of the given schemas",
            "contacts/data_protection_officer/email: 'dpo-chez-le-cabinet' is not a 'email'",
            f"contacts/data_protection_officer/email: 'dpo-chez-le-cabinet' {EMAIL_PATTERN}",
            "version: None is not of type 'object'",
            f"uses/0/data_transfer/fr: ' ' {NOT_BLANK}",
        ]
    )


def test_a_notice_needs_a_version_number_both_page_addresses_and_valid_addresses(client):
    notice = copy.deepcopy(demo_notice(client, "cabinet-medical-des-tilleuls"))
    notice["version"]["number"] = 0
    del notice["urls"]["en"]
    notice["website"] = "cabinet des tilleuls"
    notice["uses"][0]["system"]["evidence"] = [
        {
            "kind": {"code": "vendor", "label": {"fr": "éditeur", "en": "vendor"}},
            "title": {"fr": "Fiche", "en": None},
            "url": "pas une adresse",
        }
    ]

    assert sorted(schema_errors(notice)) == sorted(
        [
            "version/number: 0 is less than the minimum of 1",
            "urls: 'en' is a required property",
            "website: 'cabinet des tilleuls' is not a 'uri'",
            "uses/0/system/evidence/0/url: 'pas une adresse' is not a 'uri'",
            f"website: 'cabinet des tilleuls' {URL_FIELD_PATTERN}",
            f"uses/0/system/evidence/0/url: 'pas une adresse' {URL_FIELD_PATTERN}",
        ]
    )


def test_a_validator_that_checks_no_format_still_refuses_a_bad_email_or_address(client):
    # Draft 2020-12 makes "format" an annotation: jsonschema's default validator, with no format
    # checker, lets any string through it. The patterns beside the formats refuse them anyway.
    notice = copy.deepcopy(demo_notice(client, "cabinet-medical-des-tilleuls"))
    plain = Draft202012Validator(schema())
    assert plain.format_checker is None
    assert list(plain.iter_errors(notice)) == []
    notice["contacts"]["data_protection_officer"]["email"] = "dpo-chez-le-cabinet"
    notice["website"] = "cabinet des tilleuls"
    notice["urls"]["fr"] = "/fr/annuaire/cabinet/"
    notice["$schema"] = "schema.json"

    errors = sorted(
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in plain.iter_errors(notice)
    )

    https = "does not match '^https?://\\\\S+$'"
    assert errors == sorted(
        [
            f"contacts/data_protection_officer/email: 'dpo-chez-le-cabinet' {EMAIL_PATTERN}",
            f"website: 'cabinet des tilleuls' {URL_FIELD_PATTERN}",
            f"urls/fr: '/fr/annuaire/cabinet/' {https}",
            f"$schema: 'schema.json' {https}",
        ]
    )


def test_a_contact_reached_by_phone_only_is_enough(client):
    notice = copy.deepcopy(demo_notice(client, "cabinet-medical-des-tilleuls"))
    notice["contacts"]["ai"]["email"] = ""
    notice["contacts"]["data_protection_officer"]["email"] = ""
    notice["website"] = ""

    assert schema_errors(notice) == []


def test_a_passage_of_a_template_left_to_check_is_refused(client):
    notice = copy.deepcopy(demo_notice(client, "cabinet-medical-des-tilleuls"))
    notice["uses"][0]["retention"]["fr"] = "Gardées [[à vérifier : la durée chez l’éditeur]]."

    errors = schema_errors(notice)

    assert len(errors) == 1
    assert errors[0].startswith("uses/0/retention/fr: 'Gardées [[à vérifier")
    assert errors[0].endswith(
        "should not be valid under {'pattern': '\\\\[\\\\[[^\\\\[\\\\]]{1,400}\\\\]\\\\]'}"
    )


def _set(use: dict, path: str, value) -> None:
    *parents, last = path.split("/")
    node = use
    for key in parents:
        node = node[key]
    node[last] = value


# Each rule: a demo use, what makes the rule apply (or not), the text it then asks for.
CONDITIONAL_RULES = {
    "data leave the EEA: where to and what protects them": (
        "cabinet-medical-des-tilleuls",
        0,
        {"system/data_leave_eea": True},
        {"system/data_leave_eea": False},
        "data_transfer",
    ),
    "from class IIa: the notified body": (
        "centre-imagerie-du-parc",
        0,
        {"system/regulatory_status/code": RegulatoryStatus.CE_IIB.value},
        {"system/regulatory_status/code": RegulatoryStatus.CE_I.value},
        "system/notified_body",
    ),
    "care itself: benefits, risks and the alternative": (
        "centre-imagerie-du-parc",
        0,
        {"care_step/code": "diagnosis"},
        {"care_step/code": "documentation", "interpretation": EMPTY},
        "benefits",
    ),
    "a learning medical device in care: how the result is interpreted": (
        "centre-imagerie-du-parc",
        0,
        {"system/kind/code": AISystemKind.MACHINE_LEARNING.value},
        {"system/kind/code": AISystemKind.RULES.value},
        "interpretation",
    ),
    "the patient talks to the tool: when told": (
        "cabinet-medical-des-tilleuls",
        0,
        {"patient_interacts": True},
        {"patient_interacts": False},
        "when_told",
    ),
    "emergency triage: when told": (
        "urgences-ch-vernouillac",
        0,
        {"care_step/code": "triage", "patient_interacts": False},
        {"care_step/code": "administration", "patient_interacts": False},
        "when_told",
    ),
    "generative tools: what identifying data they receive": (
        "cabinet-medical-des-tilleuls",
        0,
        {"system/kind/code": AISystemKind.GENERATIVE.value},
        {"system/kind/code": AISystemKind.SPEECH.value},
        "identifiable_data",
    ),
}


@pytest.mark.parametrize(
    ("slug", "index", "applies", "does_not_apply", "asked"),
    CONDITIONAL_RULES.values(),
    ids=CONDITIONAL_RULES.keys(),
)
def test_each_conditional_rule_asks_for_its_text_only_when_it_applies(
    client, slug, index, applies, does_not_apply, asked
):
    notice = demo_notice(client, slug)
    assert schema_errors(notice) == []

    def emptied(changes: dict) -> dict:
        copied = copy.deepcopy(notice)
        use = copied["uses"][index]
        for path, value in changes.items():
            _set(use, path, value)
        _set(use, asked, "" if asked.startswith("system/") else dict(EMPTY))
        return copied

    field = asked if asked.startswith("system/") else f"{asked}/fr"
    assert schema_errors(emptied(applies)) == [f"uses/{index}/{field}: '' {NOT_BLANK}"]
    assert schema_errors(emptied(does_not_apply)) == []


def _condition_codes(rule: dict) -> set[str]:
    """The codes a rule's `if` lists, wherever they sit in it."""
    found = set()

    def walk(node):
        if isinstance(node, dict):
            if "enum" in node and isinstance(node["enum"], list):
                found.update(node["enum"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(rule["if"])
    return found


def test_the_schema_conditions_are_the_rules_own_lists():
    use_rules = [rule["if"] for rule in schema()["$defs"]["use"]["allOf"]]
    system_rule = schema()["$defs"]["system"]["allOf"][0]
    codes = [_condition_codes({"if": rule}) for rule in use_rules]

    assert set(CLINICAL_CARE_STEPS) in codes
    assert set(L4001_3_CARE_STEPS) in codes
    assert set(ANNEX_III_CARE_STEPS) in codes
    assert set(GENERATIVE_KINDS) in codes
    assert _condition_codes(system_rule) == set(NOTIFIED_BODY_STATUSES)


def test_the_schema_has_an_absolute_https_id_and_is_served_with_the_portals_address(client):
    served = client.get("/api/notices/schema.json").json()

    assert schema()["$id"].startswith("https://")
    assert served["$id"] == f"{settings.PORTAL_PUBLIC_URL}/api/notices/schema.json"
    Draft202012Validator.check_schema(served)


def test_review_states_are_kept_until_midnight_at_most():
    assert 0 < review_state_seconds() <= 24 * 3600
