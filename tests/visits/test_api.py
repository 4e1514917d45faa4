"""`POST /api/visits/`: practice software issues a visit card with its clinic's token.

What a program sees: the card in both languages with its QR code, errors by field in the reader's
language, limits, and no cookie; what the clinic sees: a log line without content per call.
"""

import datetime
import json
import logging

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from jsonschema import Draft202012Validator
from weasyprint import HTML

from content.visits import api
from content.visits.api import SCHEMA_PATHS
from content.visits.models import VisitCard
from content.visits.tokens import api_token_create, api_token_revoke
from content.vocabulary import MemberRole
from tests.factories import member, published_clinic
from tests.notices.helpers import printed_qr_code

pytestmark = pytest.mark.django_db

API_URL = "/api/visits/"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATHS[name].read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(name: str, document) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator(name).iter_errors(document)
    ]


def qr_says(svg: str) -> str:
    """What a phone reads from the SVG QR code, printed on a page."""
    return printed_qr_code(HTML(string=f"<html><body>{svg}</body></html>").write_pdf())[0]


def use_ids(clinic) -> list[str]:
    return [str(use.key) for use in clinic.uses.order_by("sort_order", "pk")]


def clinic_with_token(uses: int = 2):
    clinic = published_clinic(uses=uses)
    token, raw = api_token_create(clinic=clinic, name="Logiciel du cabinet", user=member(clinic))
    return clinic, token, raw


def post(client, body, *, raw: str | None, **headers):
    if raw is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {raw}"
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(API_URL, data=data, content_type="application/json", **headers)


# The card


def test_api_issues_a_card_with_every_field_in_both_languages():
    clinic, token, raw = clinic_with_token(uses=2)
    first, second = use_ids(clinic)
    body = {
        "uses": [second, first],
        "visit_date": timezone.localdate().isoformat(),
        "language": "en",
        "checker": {"name": "Dr Martin", "role": "gp"},
    }
    assert schema_errors("request", body) == []

    # Token auth, no cookie: the CSRF check does not apply.
    response = post(Client(enforce_csrf_checks=True), body, raw=raw)

    assert response.status_code == 201, response.content
    answer = response.json()
    assert schema_errors("response", answer) == []
    card = VisitCard.objects.get(code=answer["code"])
    assert (card.clinic, card.token, card.channel) == (clinic, token, VisitCard.Channel.API)
    assert (card.checker_name, card.checker_role, card.language) == ("Dr Martin", "gp", "en")
    assert answer["url"] == {
        language: f"{settings.PORTAL_PUBLIC_URL}/{language}/v/{card.code}/"
        for language in ("fr", "en")
    }
    assert response["Location"] == answer["url"]["en"]
    assert answer["clinic"] == clinic.slug
    assert answer["notice_version"] == 1
    assert answer["visit_date"] == body["visit_date"]
    assert answer["language"] == "en"
    names = {str(use.key): use.ai_system.name for use in clinic.uses.select_related("ai_system")}
    # The notice's order, whatever the order asked.
    assert answer["tools"] == [{"id": key, "name": names[key]} for key in (first, second)]
    assert answer["sentence"]["fr"].startswith("Lors de votre rendez-vous du ")
    assert answer["sentence"]["fr"].endswith(answer["url"]["fr"])
    assert "Dr Martin" in answer["sentence"]["en"]
    assert answer["sentence"]["en"].endswith(answer["url"]["en"])
    assert qr_says(answer["qr_svg"]) == answer["url"]["en"]
    assert datetime.datetime.fromisoformat(answer["expires_at"]) > timezone.now()
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_api_card_defaults_to_french_and_today():
    clinic, _token, raw = clinic_with_token(uses=1)

    response = post(Client(), {"uses": use_ids(clinic)}, raw=raw)

    assert response.status_code == 201, response.content
    answer = response.json()
    assert answer["language"] == "fr"
    assert answer["visit_date"] == timezone.localdate().isoformat()
    assert response["Location"] == answer["url"]["fr"]
    assert schema_errors("response", answer) == []


def test_api_schemas_are_served_and_valid(client):
    for name in ("request", "response"):
        response = client.get(f"/api/visits/schema/{name}.json")

        assert response.status_code == 200
        assert response["Content-Type"] == "application/schema+json"
        Draft202012Validator.check_schema(response.json())
    assert client.get("/api/visits/schema/other.json").status_code == 404


def test_request_schema_names_the_professions_of_the_vocabulary():
    from content.vocabulary import ProfessionalRole

    schema = json.loads(SCHEMA_PATHS["request"].read_text())

    roles = schema["properties"]["checker"]["properties"]["role"]["enum"]
    assert sorted(roles) == sorted(ProfessionalRole.values)


# Who may call


@pytest.mark.parametrize("presented", ["missing", "invalid", "revoked", "basic"])
def test_api_refuses_a_missing_invalid_or_revoked_token(client, presented):
    clinic, token, raw = clinic_with_token(uses=1)
    if presented == "revoked":
        api_token_revoke(token=token, user=None)
    headers = {
        "missing": {},
        "invalid": {"HTTP_AUTHORIZATION": f"Bearer {raw[:-4]}AAAA"},
        "revoked": {"HTTP_AUTHORIZATION": f"Bearer {raw}"},
        "basic": {"HTTP_AUTHORIZATION": f"Basic {raw}"},
    }[presented]

    response = client.post(
        API_URL, data={"uses": use_ids(clinic)}, content_type="application/json", **headers
    )

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["error"] == "unauthorized"
    assert not VisitCard.objects.filter(clinic=clinic).exists()


def test_a_token_of_one_clinic_cannot_name_a_use_of_another(client):
    clinic_a, _token, raw_a = clinic_with_token(uses=1)
    clinic_b = published_clinic(uses=1)

    response = post(client, {"uses": use_ids(clinic_b)}, raw=raw_a)

    assert response.status_code == 400
    assert response.json()["error"] == "invalid"
    assert list(response.json()["fields"]) == ["uses"]
    assert not VisitCard.objects.filter(clinic__in=[clinic_a, clinic_b]).exists()


def test_a_token_of_a_clinic_whose_notice_is_offline_issues_nothing(client):
    clinic, _token, raw = clinic_with_token(uses=1)
    clinic.unpublish()

    response = post(client, {"uses": use_ids(clinic)}, raw=raw)

    assert response.status_code == 400
    assert "uses" in response.json()["fields"]
    assert not VisitCard.objects.filter(clinic=clinic).exists()


# What is wrong, by field, in the reader's language


def test_api_names_each_wrong_field_in_the_readers_language(client):
    clinic, _token, raw = clinic_with_token(uses=1)
    body = {
        "uses": "all",
        "visit_date": "2026-02-30",
        "language": "de",
        "checker": {"name": 12, "title": "Dr"},
        "patient": "Jeanne",
    }
    assert schema_errors("request", body) != []

    response = post(client, body, raw=raw, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    fields = response.json()["fields"]
    assert set(fields) == {
        "uses",
        "visit_date",
        "language",
        "checker.name",
        "checker.title",
        "patient",
    }
    with translation.override("en"):
        expected = translation.gettext(
            "Donnez la date du rendez-vous au format AAAA-MM-JJ, par exemple 2026-03-12."
        )
    assert fields["visit_date"] == [{"message": expected}]
    assert not VisitCard.objects.filter(clinic=clinic).exists()


def test_api_refuses_a_future_date_and_a_checker_name_with_digits(client):
    clinic, _token, raw = clinic_with_token(uses=1)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    body = {
        "uses": use_ids(clinic),
        "visit_date": tomorrow.isoformat(),
        "checker": {"name": "Dossier 12345", "role": "gp"},
    }

    response = post(client, body, raw=raw)

    assert response.status_code == 400
    assert set(response.json()["fields"]) == {"visit_date", "checker.name"}


@pytest.mark.parametrize(
    "body", ["not json", "[1, 2]", b"\xff\xfe"], ids=["text", "array", "bytes"]
)
def test_api_refuses_a_body_that_is_not_a_json_object(client, body):
    _clinic, _token, raw = clinic_with_token(uses=1)

    response = post(client, body, raw=raw)

    assert response.status_code == 400
    assert response.json()["error"] == "not_json"


def test_api_refuses_a_body_over_8_kb(client):
    clinic, _token, raw = clinic_with_token(uses=1)
    body = {"uses": use_ids(clinic), "language": "fr" + " " * 9000}

    response = post(client, body, raw=raw)

    assert response.status_code == 413
    assert response.json()["error"] == "too_large"
    assert not VisitCard.objects.filter(clinic=clinic).exists()


def test_api_answers_405_to_a_get(client):
    _clinic, _token, raw = clinic_with_token(uses=1)

    response = client.get(API_URL, HTTP_AUTHORIZATION=f"Bearer {raw}")

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["error"] == "method_not_allowed"


# Limits


def test_api_limits_the_calls_of_a_token(client, monkeypatch):
    monkeypatch.setattr(api, "TOKEN_RATE_LIMITS", ((2, 3600),))
    clinic, _token, raw = clinic_with_token(uses=1)
    _other_clinic, _other_token, other_raw = clinic_with_token(uses=1)

    statuses = [post(client, {"uses": use_ids(clinic)}, raw=raw).status_code for _ in range(2)]
    refused = post(client, {"uses": use_ids(clinic)}, raw=raw)

    assert statuses == [201, 201]
    assert refused.status_code == 429
    assert refused.json()["error"] == "rate_limited"
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert VisitCard.objects.filter(clinic=clinic).count() == 2
    # Another clinic's token has its own count.
    assert post(client, {"uses": use_ids(_other_clinic)}, raw=other_raw).status_code == 201


def test_api_refuses_an_address_that_presented_too_many_wrong_tokens(client):
    clinic, _token, raw = clinic_with_token(uses=1)
    wrong = f"{raw[:-4]}AAAA"

    statuses = {
        post(client, {"uses": []}, raw=wrong).status_code for _ in range(api.FAILED_TOKENS_LIMIT)
    }
    refused = post(client, {"uses": use_ids(clinic)}, raw=raw)

    assert statuses == {401}
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert not VisitCard.objects.filter(clinic=clinic).exists()


# What is kept of a call


def test_each_call_is_logged_without_content(client, caplog):
    clinic, token, raw = clinic_with_token(uses=2)
    body = {"uses": use_ids(clinic), "checker": {"name": "Dr Ornithorynque", "role": "gp"}}

    with caplog.at_level(logging.INFO, logger="content.visits.api"):
        created = post(client, body, raw=raw)
        refused = post(client, body, raw="iasv_nothing_here")

    code = created.json()["code"]
    lines = [record.getMessage() for record in caplog.records if record.name == api.log.name]
    assert len(lines) == 2
    assert f"token={token.prefix}" in lines[0]
    assert f"clinic={clinic.pk}" in lines[0]
    assert "status=201" in lines[0] and "tools=2" in lines[0] and "duration_ms=" in lines[0]
    assert "token=none" in lines[1] and "status=401" in lines[1]
    assert refused.status_code == 401
    secret = raw.rsplit("_", 1)[1]
    for line in lines:
        for content in (code, code.replace("-", ""), secret, "Ornithorynque", *body["uses"]):
            assert content not in line


def test_query_count_is_the_same_for_one_and_three_tools():
    clinic, _token, raw = clinic_with_token(uses=3)
    keys = use_ids(clinic)
    counts = []
    for uses in (keys[:1], keys):
        with CaptureQueriesContext(connection) as captured:
            response = post(Client(), {"uses": uses}, raw=raw)
        assert response.status_code == 201
        counts.append(len(captured))

    assert counts[0] == counts[1]


def test_a_signed_in_session_does_not_replace_the_token(client):
    clinic = published_clinic(uses=1)
    client.force_login(member(clinic, MemberRole.EDITOR))

    response = post(client, {"uses": use_ids(clinic)}, raw=None)

    assert response.status_code == 401
    assert not VisitCard.objects.filter(clinic=clinic).exists()


@pytest.mark.parametrize(
    "body",
    [
        {"uses": "DUPLICATE"},
        {"uses": "ONE", "checker": {}},
        {"uses": "ONE", "checker": {"name": ""}},
        {"uses": "ONE", "checker": None},
        {"uses": "ONE", "visit_date": None},
        {"uses": "ONE", "language": None},
    ],
    ids=[
        "duplicate-uses",
        "empty-checker",
        "empty-name",
        "null-checker",
        "null-date",
        "null-language",
    ],
)
def test_a_body_the_request_schema_refuses_is_refused_too(client, body):
    """What the kept schema forbids, the API refuses: no card, a 400 naming the field."""
    clinic, _token, raw = clinic_with_token()
    use = use_ids(clinic)[0]
    body = {**body, "uses": [use, use] if body["uses"] == "DUPLICATE" else [use]}
    assert schema_errors("request", body)

    response = post(client, body, raw=raw)

    assert response.status_code == 400, response.content
    assert response.json()["error"] == "invalid"
    assert not VisitCard.objects.filter(clinic=clinic).exists()
