"""A clinic's API tokens: its editors create and revoke them; only a digest is kept.

The whole token is shown once, on the page that answers its creation; nobody else in the clinic,
and nobody of another clinic, reaches the token pages.
"""

import hashlib
import json

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.db import models

from content.visits.models import ApiToken, VisitCard
from content.visits.tokens import api_token_create, api_token_find, api_token_revoke
from content.vocabulary import MemberRole
from tests.factories import member, published_clinic
from tests.workspace.helpers import sign_in_verified, soup_of, text, url

pytestmark = pytest.mark.django_db


def revoke_url(clinic, token, language: str = "fr") -> str:
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        return reverse("workspace:api_token_revoke", args=[clinic.pk, token.pk])


def shown_token(response) -> str:
    node = soup_of(response).select_one("code.api-token")
    return text(node) if node is not None else ""


def rows_holding(secret: str) -> list[str]:
    """Every column of every table that holds `secret` in some row, sessions decoded."""
    found = []
    for model in apps.get_models():
        rows = model._default_manager
        for field in model._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField)):
                held = rows.filter(**{f"{field.name}__contains": secret}).exists()
            elif isinstance(field, models.JSONField):
                values = rows.values_list(field.name, flat=True)
                held = any(secret in json.dumps(value) for value in values)
            else:
                continue
            if held:
                found.append(f"{model._meta.label}.{field.name}")
    for session in Session.objects.all():
        if secret in json.dumps(session.get_decoded()):
            found.append("session")
    return found


def create_on_page(client, clinic, name: str = "Logiciel du cabinet, accueil"):
    return client.post(url("api_tokens", clinic), {"name": name})


# Only a digest is kept


def test_an_editor_creates_a_token_shown_once_and_only_its_digest_is_kept(client):
    clinic = published_clinic(uses=1)
    editor = member(clinic, MemberRole.EDITOR)
    sign_in_verified(client, editor)

    response = create_on_page(client, clinic)

    assert response.status_code == 200
    raw = shown_token(response)
    token = ApiToken.objects.get(clinic=clinic)
    assert raw.startswith(f"iasv_{token.prefix}_")
    assert len(raw.rsplit("_", 1)[1]) == 64  # 32 random bytes, in hex
    assert token.digest == hashlib.sha256(raw.encode()).hexdigest()
    assert (token.name, token.created_by) == ("Logiciel du cabinet, accueil", editor)
    page = text(soup_of(response).select_one("main") or soup_of(response))
    assert "ne sera plus jamais affichée" in page
    assert f"Bearer {raw}" in page  # the curl line to try it
    assert str(clinic.uses.get().key) in page
    secret = raw.rsplit("_", 1)[1]
    assert rows_holding(secret) == []
    assert rows_holding(token.digest) == ["content.ApiToken.digest"]
    assert "no-store" in response["Cache-Control"]

    again = client.get(url("api_tokens", clinic))

    assert shown_token(again) == ""
    assert secret not in again.content.decode()
    assert f"iasv_{token.prefix}_" in text(soup_of(again))
    assert api_token_find(raw) == token


def test_a_token_needs_a_name(client):
    clinic = published_clinic(uses=1)
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))

    response = create_on_page(client, clinic, name="   ")

    assert response.status_code == 400
    assert "Donnez un nom à la clé" in text(soup_of(response).select_one(".error-summary"))
    assert not ApiToken.objects.filter(clinic=clinic).exists()


def test_an_editor_revokes_a_token_which_then_issues_no_card(client):
    clinic = published_clinic(uses=1)
    editor = member(clinic, MemberRole.EDITOR)
    token, raw = api_token_create(clinic=clinic, name="Poste 2", user=editor)
    sign_in_verified(client, editor)

    response = client.post(revoke_url(clinic, token), follow=True)

    assert response.status_code == 200
    assert "La clé « Poste 2 » est révoquée" in text(soup_of(response))
    token.refresh_from_db()
    assert token.revoked_at is not None and token.revoked_by == editor
    assert api_token_find(raw) is None
    refused = client.post(
        "/api/visits/",
        data={"uses": [str(clinic.uses.get().key)]},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert refused.status_code == 401
    assert not VisitCard.objects.filter(clinic=clinic).exists()
    assert "Révoquée par" in text(soup_of(client.get(url("api_tokens", clinic))))


def test_revoking_is_a_post(client):
    clinic = published_clinic(uses=1)
    editor = member(clinic, MemberRole.EDITOR)
    token, _raw = api_token_create(clinic=clinic, name="Poste", user=editor)
    sign_in_verified(client, editor)

    assert client.get(revoke_url(clinic, token)).status_code == 405
    token.refresh_from_db()
    assert token.revoked_at is None


def test_the_clinic_page_links_to_tokens_for_editors_only(client):
    clinic = published_clinic(uses=1)
    link = url("api_tokens", clinic)
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))
    assert link in client.get(url("clinic", clinic)).content.decode()

    sign_in_verified(client, member(clinic, MemberRole.REVIEWER))
    assert link not in client.get(url("clinic", clinic)).content.decode()


# Who reaches the token pages


@pytest.mark.parametrize("role", [MemberRole.REVIEWER, MemberRole.CLINICIAN])
def test_reviewers_and_clinicians_are_refused_the_token_pages(client, role):
    clinic = published_clinic(uses=1)
    token, _raw = api_token_create(clinic=clinic, name="Poste", user=None)
    sign_in_verified(client, member(clinic, role))

    assert client.get(url("api_tokens", clinic)).status_code == 403
    assert create_on_page(client, clinic).status_code == 403
    assert client.post(revoke_url(clinic, token)).status_code == 403
    assert ApiToken.objects.filter(clinic=clinic).count() == 1
    token.refresh_from_db()
    assert token.revoked_at is None


def test_an_editor_of_another_clinic_gets_404_on_its_token_pages(client):
    clinic_a = published_clinic(uses=1)
    clinic_b = published_clinic(uses=1)
    token_a, raw_a = api_token_create(clinic=clinic_a, name="Poste A", user=None)
    sign_in_verified(client, member(clinic_b, MemberRole.EDITOR))

    assert client.get(url("api_tokens", clinic_a)).status_code == 404
    assert create_on_page(client, clinic_a).status_code == 404
    assert client.post(revoke_url(clinic_a, token_a)).status_code == 404
    # Their own clinic in the address does not reach another clinic's token either.
    assert client.post(revoke_url(clinic_b, token_a)).status_code == 404
    own = client.get(url("api_tokens", clinic_b))
    assert own.status_code == 200
    assert "Poste A" not in own.content.decode()
    token_a.refresh_from_db()
    assert token_a.revoked_at is None
    assert api_token_find(raw_a) == token_a
    assert not ApiToken.objects.filter(clinic=clinic_a).exclude(pk=token_a.pk).exists()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    clinic = published_clinic(uses=1)

    response = client.get(url("api_tokens", clinic))

    assert response.status_code == 302
    assert "/workspace/" in response["Location"]


# Finding a token


def test_only_a_whole_live_token_is_found():
    clinic = published_clinic(uses=1)
    token, raw = api_token_create(clinic=clinic, name="Poste", user=None)
    other, other_raw = api_token_create(clinic=clinic, name="Autre", user=None)

    assert api_token_find(raw) == token
    assert api_token_find(f" {raw} ") == token
    assert api_token_find(raw[:-1]) is None
    assert api_token_find(token.digest) is None
    assert api_token_find(f"iasv_{token.prefix}_") is None
    assert api_token_find("") is None
    assert api_token_find(raw + "A" * 200) is None
    api_token_revoke(token=token, user=None)
    assert api_token_find(raw) is None
    assert api_token_find(other_raw) == other
    assert token.prefix != other.prefix and token.digest != other.digest
    assert str(token) == f"Poste ({token.prefix}…)"
