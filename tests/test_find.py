"""Patients find their clinic: from the home page, the header's search, the footer of every page,
and from each AI system of the catalogue (its own page lists the clinics whose notice uses it)."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.notices.models import AISystem, Clinic
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import page_text
from tests.pages import (
    DEMO_CLINIC_WITH_FALLBACK,
    DEMO_CLINIC_WITH_HISTORY,
    demo_url,
    directory_url,
    notice_url,
)
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en"]
SEARCH = "/{language}/search/"
# A demo system and the demo clinic whose notice describes it (its second tool).
DEMO_SYSTEM = "vocaline-dictee"
# Two to route the page (Wagtail), the system and its studies, its clinics and their notices.
SYSTEM_PAGE_BUDGET = 6


def system_url(key: str, language: str) -> str:
    return directory_url(language) + f"systems/{key}/"


def links_of(html: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', html)


def publish(clinic: Clinic) -> Clinic:
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()
    return clinic


# The header's search


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", ["tilleuls", "vendome", "Vendôme", "41100"])
def test_header_search_finds_the_clinic_by_name_town_without_accent_or_postcode(
    client, language, query
):
    html = page_text(client.get(SEARCH.format(language=language), {"q": query}))

    assert notice_url(DEMO_CLINIC_WITH_HISTORY, language) in links_of(html)
    assert "41100 Vendôme" in html
    assert "Aucun résultat" not in html and "No result" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_search_finds_a_tool_by_its_name_and_links_its_page_above_the_pages(
    client, language
):
    html = page_text(client.get(SEARCH.format(language=language), {"q": "vocaline"}))

    system_link = html.index(f'href="{system_url(DEMO_SYSTEM, language)}"')
    assert "Vocaline Dictée" in html
    # The clinic whose notice describes the tool is found as well, and both come before pages.
    assert notice_url(DEMO_CLINIC_WITH_FALLBACK, language) in links_of(html)
    pages = html.find('id="search-pages-title"')
    assert pages == -1 or system_link < pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_without_result_points_to_the_directory(client, language):
    html = page_text(client.get(SEARCH.format(language=language), {"q": "zzqxw"}))

    assert '<h2 class="search-count">' in html
    pointer = re.search(r'<p class="callout">(.*?)</p>', html, re.S).group(1)
    assert f'href="{directory_url(language)}"' in pointer
    if language == "fr":
        assert "Aucun résultat" in html and "Consultez l’annuaire des notices" in pointer


# The home page and the directory


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_offers_a_find_your_clinic_search_that_submits_to_the_directory(client, language):
    html = page_text(client.get(demo_url("home", language)))

    box = re.search(r'<section class="find-clinic".*?</section>', html, re.S).group(0)
    form = re.search(r"<form[^>]*>", box).group(0)
    assert f'action="{directory_url(language)}"' in form and 'method="get"' in form
    assert 'name="q"' in box and '<label for="find-clinic-query">' in box
    # High on the page: before the body's blocks and figures.
    assert html.index('class="find-clinic"') < html.index('class="stream"')
    if language == "fr":
        assert "Trouver votre structure de soins" in box


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_callout_says_clinics_publish_and_links_the_directory(client, language):
    html = page_text(client.get(demo_url("home", language)))

    callout = re.search(r'<div class="callout[^"]*".*?</div>', html, re.S).group(0)
    assert f'href="{directory_url(language)}"' in callout
    assert "pourront" not in callout and "will be able" not in callout


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", ["41100", "41", "vendome", "tilleuls"])
def test_directory_finds_the_clinic_by_postcode_department_town_or_name(client, language, query):
    html = page_text(client.get(directory_url(language), {"q": query}))

    assert f'href="{notice_url(DEMO_CLINIC_WITH_HISTORY, language)}"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_links_each_tool_of_a_card_and_of_the_catalogue_to_its_page(client, language):
    html = page_text(client.get(directory_url(language), {"q": "albi"}))

    card = re.search(r'<ul class="cards__list">.*?</ul>', html, re.S).group(0)
    assert f'href="{system_url(DEMO_SYSTEM, language)}"' in card
    catalogue = re.search(r'<ul class="directory-systems__list">.*?</ul>', html, re.S).group(0)
    assert catalogue.count("<li>") == AISystem.objects.count()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_links_the_directory_from_its_footer(client, language):
    addresses = [
        demo_url("home", language),
        demo_url("how-clinicians-use-ai", language),
        notice_url(DEMO_CLINIC_WITH_HISTORY, language),
        SEARCH.format(language=language) + "?q=ia",
        f"/{language}/no-such-page/",
    ]
    for address in addresses:
        html = page_text(client.get(address))
        footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
        assert f'href="{directory_url(language)}"' in footer, address


# The page of an AI system


@pytest.mark.parametrize("language", LANGUAGES)
def test_system_page_shows_the_catalogue_facts_and_links_each_clinic_to_its_section(
    client, language
):
    system = AISystem.objects.get(key=DEMO_SYSTEM)

    response = client.get(system_url(DEMO_SYSTEM, language))

    html = page_text(response)
    assert response.status_code == 200
    assert f"<h1>{system.name}</h1>" in html
    for fact in (system.vendor, system.version, getattr(system, f"intended_purpose_{language}")):
        assert fact in html
    assert f'<time datetime="{system.last_reviewed.isoformat()}">' in html
    clinic_link = notice_url(DEMO_CLINIC_WITH_FALLBACK, language) + "#use-"
    section = re.search(re.escape(clinic_link) + r"(\d+)", html).group(1)
    notice = page_text(client.get(notice_url(DEMO_CLINIC_WITH_FALLBACK, language)))
    assert re.search(rf'id="use-{section}-title">{system.name}', notice)


def test_system_page_keeps_its_place_when_the_language_changes(client):
    html = page_text(client.get(system_url(DEMO_SYSTEM, "en")))

    assert f'href="{system_url(DEMO_SYSTEM, "fr")}"' in html


def test_system_page_lists_only_clinics_whose_published_notice_uses_it(client):
    system = AISystemFactory(name="Outil Ornithorynque")
    listed = ClinicFactory(name="Cabinet des Martinets")
    AIUseFactory(clinic=listed, ai_system=AISystemFactory())
    AIUseFactory(clinic=listed, ai_system=system)
    publish(listed)
    draft = ClinicFactory(name="Cabinet des Brouillons")
    AIUseFactory(clinic=draft, ai_system=system)
    draft.save_revision()

    html = page_text(client.get(system_url(system.key, "fr")))

    assert f'href="{notice_url(listed.slug, "fr")}#use-2"' in html
    assert "Cabinet des Brouillons" not in html
    assert "1 structure de soins dit l’utiliser" in html


def test_system_page_of_a_tool_no_clinic_uses_says_so(client):
    system = AISystemFactory()

    html = page_text(client.get(system_url(system.key, "fr")))

    assert "Aucune structure de soins n’a encore publié" in html


@pytest.mark.parametrize("key", ["no-such-tool", "x" * 81])
def test_system_page_of_an_unknown_key_is_not_found(client, key):
    assert client.get(system_url(key, "fr")).status_code == 404


def test_system_page_costs_the_same_queries_with_one_or_three_clinics(client):
    system = AISystemFactory()
    published_one = ClinicFactory()
    AIUseFactory(clinic=published_one, ai_system=system)
    publish(published_one)
    address = system_url(system.key, "fr")
    with_one = queries_for(client, address)
    for _ in range(2):
        clinic = ClinicFactory()
        AIUseFactory(clinic=clinic, ai_system=system)
        publish(clinic)

    with_three = queries_for(client, address)

    assert with_three == with_one <= SYSTEM_PAGE_BUDGET
    assert page_text(client.get(address)).count('<li class="card">') == 3


def test_system_page_is_kept_and_renewed_when_the_system_or_the_directory_changes(
    client, django_capture_on_commit_callbacks
):
    clinic = published_clinic(uses=1)
    system = AISystem.objects.get(pk=clinic.uses.get().ai_system_id)
    address = system_url(system.key, "fr")
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(address)
    assert again.get("X-Page-Cache") == "hit" and not queries.captured_queries

    with django_capture_on_commit_callbacks(execute=True):
        system.version = "9.9.9-témoin"
        system.save()
    assert "9.9.9-témoin" in page_text(client.get(address))

    client.get(address)
    with django_capture_on_commit_callbacks(execute=True):
        other = ClinicFactory(name="Cabinet des Ortolans")
        AIUseFactory(clinic=other, ai_system=system)
        publish(other)
    assert "Cabinet des Ortolans" in page_text(client.get(address))


def test_a_clinic_cannot_take_the_address_of_the_systems_pages():
    clinic = ClinicFactory.build(slug="systems")

    with pytest.raises(ValidationError) as refused:
        clinic.full_clean()

    assert "réservée" in " ".join(refused.value.message_dict["slug"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_notice_knows_the_address_of_the_systems_pages(client, language):
    response = client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, language))

    assert response.context["links"]["systems"] == directory_url(language) + "systems/"


def test_system_page_used_by_more_clinics_than_it_lists_links_the_filtered_directory(
    client, monkeypatch
):
    monkeypatch.setattr("content.notices.systems.CLINICS_SHOWN", 1)
    system = AISystemFactory()
    for _ in range(2):
        clinic = ClinicFactory()
        AIUseFactory(clinic=clinic, ai_system=system)
        publish(clinic)

    html = page_text(client.get(system_url(system.key, "fr")))

    assert html.count('<li class="card">') == 1
    assert f'href="{directory_url("fr")}?system={system.key}"' in html
    assert "Voir les 2 structures" in html
