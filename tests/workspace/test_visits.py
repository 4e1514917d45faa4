"""Issuing visit cards in the workspace: a clinician's usual set in two taps, the form tool by tool,
its errors next to each field, the usual sets an editor keeps, and the clinic's gate."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from content.visits.codes import code_read
from content.visits.models import VisitCard, VisitSet
from content.vocabulary import MemberRole
from tests.factories import member, published_clinic
from tests.workspace.helpers import error_summary, sign_in_verified, soup_of, text, url

pytestmark = pytest.mark.django_db


def visits_url(clinic, language="fr") -> str:
    return url("visits", clinic, language)


def published_ids(clinic) -> list[str]:
    return [use["id"] for use in clinic.versions.get().document["uses"]]


@pytest.fixture
def two_tools():
    return published_clinic(uses=2)


@pytest.fixture
def clinician(two_tools):
    return member(two_tools, MemberRole.CLINICIAN, first_name="Léa", last_name="Martin")


@pytest.fixture
def usual_set(two_tools):
    return VisitSet.objects.create(
        clinic=two_tools,
        name="Consultation avec transcription",
        use_keys=published_ids(two_tools)[:1],
        checker_name="Dr Martin",
        checker_role="gp",
    )


def test_a_clinician_issues_a_usual_set_card_in_two_taps_without_javascript(
    client, two_tools, clinician, usual_set
):
    client.force_login(clinician)
    # Tap 1: the workspace's address (or the dashboard's link) leads straight to the cards.
    dashboard = client.get(url("dashboard"))
    assert dashboard.status_code == 302
    page = client.get(dashboard["Location"])
    assert page.status_code == 200
    assert b"<script" not in page.content
    button = soup_of(page).find("button", attrs={"name": "set"})
    assert text(button) == "Consultation avec transcription"

    # Tap 2: the set's button, in a plain form.
    issued = client.post(dashboard["Location"], {"set": button["value"], "language": "en"})

    assert issued.status_code == 303
    card = VisitCard.objects.get(clinic=two_tools)
    assert issued["Location"] == reverse("workspace:visit", args=[two_tools.pk, card.code])
    assert (card.language, card.visit_date, card.checker_name) == (
        "en",
        timezone.localdate(),
        "Dr Martin",
    )
    assert (card.channel, card.issued_by) == (VisitCard.Channel.WORKSPACE, clinician)
    assert [str(use.use_key) for use in card.uses.all()] == published_ids(two_tools)[:1]
    shown = client.get(issued["Location"])
    body = text(soup_of(shown))
    assert card.code in body
    assert f"/en/v/{card.code}/" in body
    assert "<svg" in shown.content.decode()
    sentences = {area["lang"]: area.get_text() for area in soup_of(shown).select("textarea")}
    assert sentences["fr"].startswith("Lors de votre rendez-vous du ")
    assert "Le Dr Martin, médecin généraliste, a vérifié son travail." in sentences["fr"]
    assert sentences["fr"].endswith(f"/fr/v/{card.code}/")
    assert sentences["en"].startswith("At your appointment on ")
    assert sentences["en"].endswith(f"/en/v/{card.code}/")


def test_a_code_is_fifteen_unambiguous_symbols_in_three_groups(client, two_tools, clinician):
    client.force_login(clinician)
    ids = published_ids(two_tools)
    today = timezone.localdate().isoformat()
    # Five visits (five checkers): the same card asked twice in a row would be one card.
    for name in ("Dr Abel", "Dr Bruno", "Dr Cohen", "Dr Dumas", "Dr Elkaim"):
        data = {"uses": ids, "visit_date": today, "language": "fr", "checker_name": name}
        client.post(visits_url(two_tools), data)
    codes = list(VisitCard.objects.filter(clinic=two_tools).values_list("code", flat=True))
    assert len(set(codes)) == 5
    for code in codes:
        assert re.fullmatch(
            r"[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}", code
        )
        assert code_read(code.lower().replace("-", " ")) == code


def test_the_form_names_each_problem_next_to_its_field_and_keeps_what_was_typed(
    client, two_tools, clinician
):
    client.force_login(clinician)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    response = client.post(
        visits_url(two_tools),
        {"visit_date": tomorrow, "checker_name": "Jean 12/03/1985", "language": "fr"},
    )

    assert response.status_code == 400
    page = soup_of(response)
    assert "Choisissez au moins un outil" in text(page.find(id="id_uses_error"))
    # The date is checked once a tool is chosen; the name's digits at once.
    assert "sans chiffres" in text(page.find(id="id_checker_name_error"))
    assert page.find(id="id_checker_name")["value"] == "Jean 12/03/1985"
    assert "Le formulaire contient des erreurs" in error_summary(response)
    assert not VisitCard.objects.filter(clinic=two_tools).exists()

    response = client.post(
        visits_url(two_tools),
        {"uses": published_ids(two_tools), "visit_date": tomorrow, "language": "fr"},
    )
    assert "ne peut pas être dans le futur" in text(
        soup_of(response).find(id="id_visit_date_error")
    )
    assert all(box.has_attr("checked") for box in soup_of(response).select("input[name=uses]"))
    assert not VisitCard.objects.filter(clinic=two_tools).exists()


def test_a_card_for_a_past_visit_names_the_notice_in_force_that_day(client, two_tools, clinician):
    version = two_tools.versions.get()
    version.published_at = timezone.now() - datetime.timedelta(days=40)
    version.save()
    client.force_login(clinician)
    ids = published_ids(two_tools)
    before = (timezone.localdate() - datetime.timedelta(days=60)).isoformat()
    response = client.post(
        visits_url(two_tools), {"uses": ids, "visit_date": before, "language": "fr"}
    )
    assert response.status_code == 400
    assert "pas encore publiée" in text(soup_of(response).find(id="id_visit_date_error"))

    past = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    response = client.post(
        visits_url(two_tools), {"uses": ids, "visit_date": past, "language": "fr"}
    )
    assert response.status_code == 303
    assert VisitCard.objects.get(clinic=two_tools).version == version


def test_a_clinician_reaches_the_visit_cards_and_nothing_else(client, two_tools, clinician):
    client.force_login(clinician)
    for name in (
        "clinic",
        "notice_edit",
        "notice_preview",
        "notice_history",
        "inbox",
        "visit_sets",
    ):
        assert client.get(url(name, two_tools)).status_code == 403, name
    assert client.get(url("api_tokens", two_tools)).status_code in (403, 404)
    assert client.get(visits_url(two_tools)).status_code == 200


def test_editors_keep_the_usual_sets_and_reviewers_do_not(client, two_tools):
    editor = member(two_tools, MemberRole.EDITOR)
    reviewer = member(two_tools, MemberRole.REVIEWER)
    ids = published_ids(two_tools)
    sign_in_verified(client, reviewer)
    assert client.get(url("visit_sets", two_tools)).status_code == 403
    client.force_login(editor)
    created = client.post(
        url("visit_sets", two_tools),
        {"name": "  Consultation   et courrier ", "use_keys": ids, "checker_role": ""},
    )
    assert created.status_code == 302
    kept = VisitSet.objects.get(clinic=two_tools)
    assert (kept.name, kept.use_keys) == ("Consultation et courrier", ids)

    again = client.post(
        url("visit_sets", two_tools), {"name": "consultation et courrier", "use_keys": ids}
    )
    assert again.status_code == 400
    assert "déjà un ensemble de ce nom" in text(soup_of(again).find(id="id_name_error"))

    delete = reverse("workspace:visit_set_delete", args=[two_tools.pk, kept.pk])
    assert client.get(delete).status_code == 405
    assert client.post(delete).status_code == 302
    assert not VisitSet.objects.filter(clinic=two_tools).exists()


def test_a_set_naming_a_tool_no_longer_published_says_so_and_issues_nothing(
    client, two_tools, clinician, usual_set
):
    usual_set.use_keys = ["00000000-0000-4000-8000-000000000000"]
    usual_set.save()
    client.force_login(clinician)
    response = client.post(visits_url(two_tools), {"set": usual_set.pk, "language": "fr"})
    assert response.status_code == 400
    assert "Consultation avec transcription" in text(soup_of(response).select_one("[role=alert]"))
    assert not VisitCard.objects.filter(clinic=two_tools).exists()


def test_a_member_of_another_clinic_can_neither_issue_nor_see_nor_use_its_sets(
    client, two_tools, usual_set
):
    other = published_clinic(uses=1)
    outsider = member(other, MemberRole.EDITOR)
    client.force_login(member(two_tools, MemberRole.CLINICIAN))
    client.post(visits_url(two_tools), {"set": usual_set.pk, "language": "fr"})
    card = VisitCard.objects.get(clinic=two_tools)
    client.force_login(outsider)

    assert client.get(visits_url(two_tools)).status_code == 404
    assert client.post(visits_url(two_tools), {"set": usual_set.pk}).status_code == 404
    # Under their own clinic, another clinic's set and card are unknown.
    assert client.post(visits_url(other), {"set": usual_set.pk}).status_code == 404
    assert client.get(reverse("workspace:visit", args=[other.pk, card.code])).status_code == 404
    delete = reverse("workspace:visit_set_delete", args=[other.pk, usual_set.pk])
    assert client.post(delete).status_code == 404
    assert (
        VisitCard.objects.filter(clinic=two_tools).count() == 1
        and VisitSet.objects.filter(pk=usual_set.pk).exists()
    )


def test_the_pages_speak_english_under_en(client, two_tools, clinician, usual_set):
    client.force_login(clinician)
    with translation.override("en"):
        page = client.get(visits_url(two_tools, "en"))
    assert page.status_code == 200
    assert soup_of(page).find("html")["lang"] == "en"


def test_the_cards_page_costs_the_same_for_one_recent_card_or_ten(client, two_tools, clinician):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(clinician)
    data = {"uses": published_ids(two_tools), "visit_date": timezone.localdate(), "language": "fr"}
    client.post(visits_url(two_tools), data)
    client.get(visits_url(two_tools))
    with CaptureQueriesContext(connection) as one:
        client.get(visits_url(two_tools))
    for name in ("Abel", "Bruno", "Cohen", "Dumas", "Elkaim", "Faure", "Gomez", "Hamon", "Ito"):
        client.post(visits_url(two_tools), {**data, "checker_name": f"Dr {name}"})
    with CaptureQueriesContext(connection) as ten:
        response = client.get(visits_url(two_tools))
    assert response.content.decode().count('class="visit-code"') == 10
    assert len(ten) == len(one), [q["sql"] for q in ten.captured_queries]


def test_a_second_tap_on_the_same_set_shows_the_same_card(client, two_tools, clinician, usual_set):
    client.force_login(clinician)
    first = client.post(visits_url(two_tools), {"set": usual_set.pk, "language": "fr"})
    second = client.post(visits_url(two_tools), {"set": usual_set.pk, "language": "fr"})

    assert first["Location"] == second["Location"]
    assert VisitCard.objects.filter(clinic=two_tools).count() == 1
    # Another language is another card.
    client.post(visits_url(two_tools), {"set": usual_set.pk, "language": "en"})
    assert VisitCard.objects.filter(clinic=two_tools).count() == 2
