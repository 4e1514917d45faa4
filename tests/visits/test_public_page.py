"""A visit card's page as a patient reads it: the tools of that visit, the notice of that day,
the rights, how to write; 301, 404, 410 and 429; no cookie, noindex, kept like the notice."""

import datetime
import logging
import re
import time

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from content.notices.models import Clinic
from content.visits.cards import VisitInput, published_uses, visit_card_issue
from content.visits.codes import ALPHABET
from content.visits.models import VisitCard
from content.vocabulary import ProfessionalRole
from tests.factories import AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import LANGUAGES, directory, notice_url, page_text
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

OTHER = {"fr": "en", "en": "fr"}


def issued(
    clinic: Clinic,
    *,
    positions: list[int] | None = None,
    day: datetime.date | None = None,
    language: str = "fr",
    checker_name: str = "",
    checker_role: str = "",
) -> VisitCard:
    """A card issued as the workspace issues it: the uses at these positions (all by default)."""
    day = day or timezone.localdate()
    uses = published_uses(clinic.versions.order_by("-number").first())
    keys = [use["id"] for index, use in enumerate(uses) if positions is None or index in positions]
    asked = VisitInput(
        use_keys=keys,
        visit_date=day,
        language=language,
        checker_name=checker_name,
        checker_role=checker_role,
    )
    return visit_card_issue(clinic=clinic, asked=asked, channel=VisitCard.Channel.WORKSPACE)


def visit_url(code: str, language: str = "fr", name: str = "visit") -> str:
    with translation.override(language):
        return reverse(name, kwargs={"code": code})


def unknown_code(number: int) -> str:
    """A well-formed code no card holds (cards draw theirs at random)."""
    body = "".join(ALPHABET[(number * 7 + index) % len(ALPHABET)] for index in range(15))
    return f"{body[:5]}-{body[5:10]}-{body[10:]}"


def _second_version(clinic: Clinic, *, first_published: datetime.datetime) -> Clinic:
    """Version 1 dated `first_published`, then version 2 published now with another phone."""
    clinic.versions.filter(number=1).update(published_at=first_published)
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.phone = "01 98 76 54 32"
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    assert clinic.versions.count() == 2
    return clinic


# What the page shows


PAGE_WORDS = {
    "fr": {
        "title": "L’IA lors de votre rendez-vous du 12 mars 2026 au ",
        "done": "A préparé un brouillon, relu par un soignant.",
        "checker": "Dr Martin, médecin généraliste",
        "rights": "Vos droits pour ces outils",
        "write": "Écrire à la structure au sujet de ce rendez-vous",
        "until": "Page en ligne jusqu’au",
        "end": ">12 mars 2028</time>",
    },
    "en": {
        "title": "AI at your appointment on 12 March 2026 at ",
        "done": "Prepared a draft, which a clinician checked.",
        "checker": "Dr Martin, general practitioner",
        "rights": "Your rights for these tools",
        "write": "Write to the clinic about this appointment",
        "until": "Page online until",
        "end": ">12 March 2028</time>",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_names_each_tool_what_it_did_who_checked_and_until_when_it_stays(client, language):
    clinic = published_clinic(uses=2, name="Cabinet des Tilleuls", name_article="le")
    day = datetime.date(2026, 3, 12)
    clinic.versions.update(published_at=timezone.make_aware(datetime.datetime(2026, 3, 1, 9)))
    card = issued(clinic, day=day, checker_name="Dr Martin", checker_role=ProfessionalRole.GP)
    VisitCard.objects.filter(pk=card.pk).update(
        issued_at=timezone.make_aware(datetime.datetime(2026, 3, 12, 10))
    )
    words = PAGE_WORDS[language]

    response = client.get(visit_url(card.code, language))

    assert response.status_code == 200
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    assert words["title"] in html
    assert "Cabinet des Tilleuls" in html
    for use in clinic.uses.all():
        assert use.ai_system.name in html
    assert html.count(words["done"]) == 2
    assert words["checker"] in html
    assert words["rights"] in html
    assert words["write"] in html
    assert words["until"] in html
    assert words["end"] in html
    assert card.code in html
    assert visit_url(card.code, language, "visit_card_pdf") in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_tool_links_to_its_section_of_the_notice_in_force_on_the_day_of_the_visit(
    client, language
):
    clinic = published_clinic(uses=2)
    ten_days_ago = timezone.now() - datetime.timedelta(days=10)
    clinic = _second_version(clinic, first_published=ten_days_ago)
    card = issued(clinic, positions=[1], day=timezone.localdate() - datetime.timedelta(days=5))
    assert card.version.number == 1

    html = page_text(client.get(visit_url(card.code, language)))

    version_1 = notice_url(clinic, language, "versions/1/")
    assert f'href="{version_1}#use-2"' in html
    assert f'href="{version_1}#use-2-decline"' in html
    assert f'href="{notice_url(clinic, language)}"' in html
    assert {"fr": "La notice a changé depuis.", "en": "The notice has changed since."}[
        language
    ] in html
    # The version linked holds the tool's section.
    assert 'id="use-2"' in page_text(client.get(version_1))


def test_a_card_of_the_notice_in_force_today_does_not_say_it_changed(client):
    clinic = published_clinic(uses=1)
    card = issued(clinic)

    html = page_text(client.get(visit_url(card.code)))

    assert f'href="{notice_url(clinic, "fr", "versions/1/")}#use-1"' in html
    assert "La notice a changé depuis." not in html


def test_write_links_preselect_the_tool_and_attach_the_code(client):
    clinic = published_clinic(uses=2)
    card = issued(clinic)
    contact = notice_url(clinic, "fr", "contact/")

    html = page_text(client.get(visit_url(card.code)))

    for use in card.uses.all():
        assert f'href="{contact}?use={use.use_key}&visit={card.code}"' in html
    assert f'href="{contact}?visit={card.code}"' in html


def test_rights_shown_are_those_of_the_visits_tools(client):
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic, patient_interacts=False, sort_order=1)
    AIUseFactory(clinic=clinic, patient_interacts=True, sort_order=2)
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    talking = "vous échangez avec une IA"

    quiet = page_text(client.get(visit_url(issued(clinic, positions=[0]).code)))
    chatting = page_text(client.get(visit_url(issued(clinic, positions=[1]).code)))
    notice = page_text(client.get(notice_url(clinic, "fr")))

    assert talking in notice
    assert talking not in quiet
    assert talking in chatting
    # Rights that concern every tool are on both.
    assert "Vous pouvez obtenir une copie de vos données" in quiet
    assert "Vous pouvez obtenir une copie de vos données" in chatting


def test_a_card_of_a_clinic_no_longer_online_keeps_its_tools_without_dead_links(client):
    clinic = published_clinic(uses=1)
    card = issued(clinic)
    Clinic.objects.filter(pk=clinic.pk).update(live=False)

    response = client.get(visit_url(card.code))

    assert response.status_code == 200
    html = page_text(response)
    assert clinic.uses.get().ai_system.name in html
    assert "/contact/" not in html
    assert "/versions/" not in html
    assert "n’est plus en ligne sur ce portail" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switch_keeps_the_card(client, language):
    card = issued(published_clinic(uses=1))

    html = page_text(client.get(visit_url(card.code, language)))

    assert f'href="{visit_url(card.code, OTHER[language])}"' in html


# Nothing personal, nothing indexed, kept like the notice


def test_page_sets_no_cookie_is_not_indexed_and_sends_no_referrer(client):
    card = issued(published_clinic(uses=1))

    response = client.get(visit_url(card.code))

    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "<form" not in response.content.decode().split('role="search"')[1]


def test_page_is_kept_and_served_again_from_the_page_cache(client):
    card = issued(published_clinic(uses=1))
    address = visit_url(card.code)

    first = client.get(address)
    again = client.get(address)

    assert first["X-Page-Cache"] == "miss"
    assert again["X-Page-Cache"] == "hit"
    assert again["X-Robots-Tag"] == "noindex"
    assert again["Referrer-Policy"] == "no-referrer"
    assert card.code in again.content.decode()


def test_a_card_in_its_last_day_is_not_kept(client):
    card = issued(published_clinic(uses=1))
    # Its 24 months end in 12 hours.
    two_years_ago = timezone.now().replace(year=timezone.now().year - 2)
    VisitCard.objects.filter(pk=card.pk).update(
        issued_at=two_years_ago + datetime.timedelta(hours=12)
    )
    address = visit_url(card.code)
    with override_settings(VISIT_CARD_LIFETIME_MONTHS=24):
        first = client.get(address)
        again = client.get(address)

    assert first.status_code == again.status_code == 200
    assert again.get("X-Page-Cache") is None


def test_query_count_does_not_grow_with_the_number_of_tools(client):
    one = issued(published_clinic(uses=1))
    three = issued(published_clinic(uses=3))

    assert queries_for(client, visit_url(one.code)) == queries_for(client, visit_url(three.code))


# 301, 404, 410, 429


@pytest.mark.parametrize("spelling", [str.lower, lambda code: code.replace("-", "")])
def test_a_code_typed_another_way_is_sent_to_its_printed_form(client, spelling):
    card = issued(published_clinic(uses=1))

    for name in ("visit", "visit_card_pdf", "visit_qr"):
        response = client.get(visit_url(spelling(card.code), "fr", name))
        assert response.status_code == 301
        assert response["Location"] == visit_url(card.code, "fr", name)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", ["ABCDE", unknown_code(1)])
def test_an_unknown_code_gets_a_designed_404_pointing_to_the_card_and_the_directory(
    client, code, language
):
    response = client.get(visit_url(code, language))

    assert response.status_code == 404
    html = page_text(response)
    assert {"fr": "Code de carte inconnu", "en": "Unknown card code"}[language] in html
    assert f'href="/{language}/' in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert f'href="{directory(language).get_url()}"' in html


@pytest.mark.parametrize("name", ["visit", "visit_card_pdf", "visit_qr"])
def test_an_expired_code_gets_a_designed_410_with_the_notice_still_there(client, name):
    clinic = published_clinic(uses=1)
    card = issued(clinic)
    VisitCard.objects.filter(pk=card.pk).update(
        issued_at=timezone.now() - datetime.timedelta(days=70)
    )

    with override_settings(VISIT_CARD_LIFETIME_MONTHS=2):
        response = client.get(visit_url(card.code, "fr", name))

    assert response.status_code == 410
    html = page_text(response)
    assert "La page de cette carte n’est plus en ligne" in html
    assert "reste en ligne 2\u00a0mois" in html or "reste en ligne 2 mois" in html
    assert f'href="{notice_url(clinic, "fr")}"' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html


def test_a_network_that_asks_for_too_many_unknown_codes_is_refused_before_any_lookup(
    client, caplog
):
    card = issued(published_clinic(uses=1))
    if time.time() % 60 > 50:
        # The limits count per minute of the clock: start the misses in a fresh minute.
        time.sleep(61 - time.time() % 60)
    for number in range(10):
        assert client.get(visit_url(unknown_code(number))).status_code == 404

    with (
        caplog.at_level(logging.WARNING, logger="content.security"),
        CaptureQueriesContext(connection) as queries,
    ):
        refused = client.get(visit_url(unknown_code(99)))
        # A real code is refused too: a crawler cannot tell one from the other.
        also_refused = client.get(visit_url(card.code, "en"))

    assert refused.status_code == also_refused.status_code == 429
    assert not [query for query in queries if "content_visitcard" in query["sql"]]
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "Trop de codes inconnus" in page_text(refused)
    assert refused["X-Robots-Tag"] == "noindex"
    assert "too many unknown codes from 127.0.0.0/24" in caplog.text
    assert "127.0.0.1" not in caplog.text
    # Another network is not refused.
    other = client.get(visit_url(card.code), REMOTE_ADDR="192.0.2.10")
    assert other.status_code == 200


def test_found_and_expired_codes_do_not_count_as_misses(client):
    clinic = published_clinic(uses=1)
    card = issued(clinic)
    expired = issued(clinic)
    VisitCard.objects.filter(pk=expired.pk).update(
        issued_at=timezone.now() - datetime.timedelta(days=3 * 366)
    )

    for _ in range(12):
        assert client.get(visit_url(expired.code)).status_code == 410
        # Lower case is sent on, then read: neither counts.
        assert client.get(visit_url(card.code.lower())).status_code == 301

    assert client.get(visit_url(unknown_code(5))).status_code == 404


def test_the_qr_code_carries_the_canonical_address_of_the_page(client, settings):
    card = issued(published_clinic(uses=1))

    response = client.get(visit_url(card.code, "en", "visit_qr"), HTTP_HOST="testserver")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["X-Robots-Tag"] == "noindex"
    assert re.search(r"<svg\b", response.content.decode())
