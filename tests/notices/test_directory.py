"""The directory of notices: 50 clinics a page, found by name, town, postcode, department, kind and
tool, whatever the accents and capitals; any query answers a designed page."""

import re

import pytest
from bs4 import BeautifulSoup

from content.notices.directory import directory_entry_values, directory_words_record
from content.notices.models import Clinic, DirectoryEntry
from content.notices.rules.directory_text import entry_words
from content.vocabulary import ClinicKind
from tests.factories import published_clinic
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_FALLBACK,
    DEMO_CLINIC_WITH_HISTORY,
    directory_url,
)

pytestmark = pytest.mark.django_db

DEMO_NAMES = {
    DEMO_CLINIC_WITH_HISTORY: "Cabinet médical des Tilleuls",
    DEMO_CLINIC_WITH_FALLBACK: "Centre d’imagerie médicale du Parc",
    DEMO_CLINIC_WITH_CHATBOT: "Service des urgences, Centre hospitalier de Vernouillac",
}


def planted(count: int, *, name: str, city: str = "Tours", postcode: str = "37000", **fields):
    """`count` live clinics in the directory, listed as a publication would list them.

    Written in bulk: the directory reads its entries only, and publishing a thousand notices one
    by one would take minutes.
    """
    kind = fields.pop("kind", ClinicKind.GP_PRACTICE)
    systems = fields.pop("systems", [("transcrivia-consultation", "Transcrivia Consultation")])
    clinics = Clinic.objects.bulk_create(
        Clinic(
            name=f"{name} {number:04d}",
            slug=f"{re.sub('[^a-z]+', '-', name.lower())}-{number:04d}",
            kind=kind,
            street_address="1 rue de la Gare",
            postcode=postcode,
            city=city,
            live=True,
        )
        for number in range(count)
    )
    entries = DirectoryEntry.objects.bulk_create(
        DirectoryEntry(
            **directory_entry_values(
                clinic_id=clinic.pk,
                document={
                    "id": clinic.slug,
                    "name": clinic.name,
                    "kind": {"code": kind},
                    "address": {"postcode": postcode, "city": city},
                    "uses": [{"system": {"key": key, "name": label}} for key, label in systems],
                },
            )
        )
        for clinic in clinics
    )
    directory_words_record(set().union(*(entry_words(entry.search_text) for entry in entries)))
    return clinics


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html5lib")


def listed(response) -> list[str]:
    """The names of the clinics listed, in their order."""
    return [card.get_text(" ", strip=True) for card in soup(response).select(".card__title a")]


def heading(response) -> str:
    return " ".join(soup(response).select_one("#directory-results").get_text(" ").split())


def find(client, language="fr", **params):
    return client.get(directory_url(language), params)


# Pages


def test_the_directory_shows_50_clinics_a_page_and_links_the_others_without_javascript(client):
    planted(120, name="Cabinet planté")

    first = find(client)
    links = soup(first).select("nav.pagination a")
    second = client.get(directory_url("fr") + links[-1]["href"].split("#")[0])

    assert len(listed(first)) == 50
    assert "123 structures ont publié leur notice" in heading(first)
    assert [link.get_text(" ", strip=True) for link in links] == [
        "Page 1",
        "Page 2",
        "Page 3",
        "Page suivante",
    ]
    assert (
        soup(first).select_one('nav.pagination a[aria-current="page"]').get_text(" ", strip=True)
        == "Page 1"
    )
    assert len(listed(second)) == 50
    assert set(listed(second)).isdisjoint(listed(first))
    assert len(listed(find(client, page=3))) == 23


def test_a_page_past_the_last_shows_the_last_and_a_page_that_is_not_a_number_the_first(client):
    planted(60, name="Cabinet planté")

    assert listed(find(client, page=99999999999999999999)) == listed(find(client, page=2))
    assert listed(find(client, page="deux")) == listed(find(client))
    assert listed(find(client, page=-3)) == listed(find(client, page=2))


def test_page_links_keep_the_query_and_the_filters(client):
    planted(60, name="Cabinet planté", city="Tours")

    response = find(client, q="tours", kind=ClinicKind.GP_PRACTICE)
    hrefs = [link["href"] for link in soup(response).select("nav.pagination a")]

    assert len(listed(response)) == 50
    assert "?q=tours&kind=gp_practice&page=2#directory-results" in hrefs
    assert len(listed(client.get(directory_url("fr") + hrefs[1].split("#")[0]))) == 10


# Finding a clinic


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Tilleuls", DEMO_CLINIC_WITH_HISTORY),
        ("TILLEULS", DEMO_CLINIC_WITH_HISTORY),
        ("vendome", DEMO_CLINIC_WITH_HISTORY),
        ("Vendôme", DEMO_CLINIC_WITH_HISTORY),
        ("VENDÔME", DEMO_CLINIC_WITH_HISTORY),
        ("vendo", DEMO_CLINIC_WITH_HISTORY),
        ("41100", DEMO_CLINIC_WITH_HISTORY),
        ("41", DEMO_CLINIC_WITH_HISTORY),
        ("cabinet des tilleuls vendôme", DEMO_CLINIC_WITH_HISTORY),
        ("albi", DEMO_CLINIC_WITH_FALLBACK),
        ("81", DEMO_CLINIC_WITH_FALLBACK),
        ("imagerie", DEMO_CLINIC_WITH_FALLBACK),
        ("fractolux", DEMO_CLINIC_WITH_FALLBACK),
        ("Centre d’imagerie", DEMO_CLINIC_WITH_FALLBACK),
        ("26160", DEMO_CLINIC_WITH_CHATBOT),
        ("urgences", DEMO_CLINIC_WITH_CHATBOT),
        ("Triavel", DEMO_CLINIC_WITH_CHATBOT),
    ],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_clinic_is_found_by_name_town_postcode_department_or_tool_whatever_the_accents(
    client, query, slug, language
):
    assert listed(find(client, language, q=query)) == [DEMO_NAMES[slug]]


def test_a_clinic_is_found_by_its_kind_and_by_the_tool_it_uses(client):
    by_kind = find(client, kind=ClinicKind.RADIOLOGY)
    by_tool = find(client, system="triavel-accueil")
    by_both = find(client, kind=ClinicKind.RADIOLOGY, system="triavel-accueil")

    assert listed(by_kind) == [DEMO_NAMES[DEMO_CLINIC_WITH_FALLBACK]]
    assert "Type : centre d’imagerie médicale." in " ".join(soup(by_kind).get_text().split())
    assert listed(by_tool) == [DEMO_NAMES[DEMO_CLINIC_WITH_CHATBOT]]
    assert "Outil : Triavel Accueil Urgences." in " ".join(soup(by_tool).get_text().split())
    assert listed(by_both) == []
    assert "Aucune structure ne correspond à votre recherche" in heading(by_both)


def test_a_clinic_just_published_is_found_and_one_unpublished_is_not(client):
    clinic = published_clinic(uses=1, name="Maison de santé des Quatre-Vents", city="Loches")

    found = listed(find(client, q="quatre vents loches"))
    Clinic.objects.get(pk=clinic.pk).unpublish()

    assert found == ["Maison de santé des Quatre-Vents"]
    assert listed(find(client, q="quatre vents")) == []


def test_names_that_match_come_before_towns_that_match(client):
    planted(2, name="Clinique de la Loire", city="Tours", postcode="37000")
    planted(2, name="Maison de santé Tours Nord", city="Blois", postcode="41000")

    names = listed(find(client, q="tours"))

    assert names[:2] == ["Maison de santé Tours Nord 0000", "Maison de santé Tours Nord 0001"]
    assert names[2:] == ["Clinique de la Loire 0000", "Clinique de la Loire 0001"]


def test_a_query_matching_more_than_1000_clinics_asks_for_more_and_lists_1000_a_to_z(client):
    planted(1001, name="Cabinet planté")

    response = find(client, q="plante")
    text = " ".join(soup(response).get_text().split())

    assert re.fullmatch(r"1\W001 structures correspondent à votre recherche", heading(response))
    assert re.search(r"Les 1\W000 premières sont listées par ordre alphabétique", text)
    assert "Ajoutez une ville, un code postal ou un type de structure" in text
    assert listed(response) == [f"Cabinet planté {number:04d}" for number in range(50)]
    assert soup(response).select("nav.pagination a")[-2].get_text(" ", strip=True) == "Page 20"


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("vendomme", DEMO_CLINIC_WITH_HISTORY),
        ("vendme", DEMO_CLINIC_WITH_HISTORY),
        ("vernouilac", DEMO_CLINIC_WITH_CHATBOT),
        ("tileuls", DEMO_CLINIC_WITH_HISTORY),
    ],
)
def test_one_typo_in_a_town_or_a_name_still_finds_the_clinic_on_postgresql(client, query, slug):
    response = find(client, q=query)

    text = " ".join(soup(response).get_text().split())

    assert listed(response) == [DEMO_NAMES[slug]]
    assert f"Aucune structure ne correspond à « {query} ». Voici les résultats pour « " in text
    assert "au cas où il y aurait une faute de frappe" in text


@pytest.mark.postgres
def test_words_found_as_typed_are_not_mixed_with_close_spellings_on_postgresql(client):
    planted(3, name="Cabinet planté", city="Vendôme", postcode="41100")
    planted(3, name="Maison plantée", city="Vendôme-le-Vieux", postcode="41100")

    names = listed(find(client, q="vendome"))

    assert len(names) == 7
    assert "faute de frappe" not in find(client, q="vendome").content.decode()


@pytest.mark.postgres
def test_a_word_the_directory_does_not_know_is_respelt_only_when_nothing_matches(client):
    planted(2, name="Cabinet planté", city="Toulouse", postcode="31000")

    respelt = find(client, q="toulouze")
    unknown = find(client, q="zzzzqqqq")

    assert len(listed(respelt)) == 2
    assert "Voici les résultats pour « toulouse »" in respelt.content.decode()
    assert listed(unknown) == []
    assert "Aucune structure ne correspond à votre recherche" in heading(unknown)


# Any query


@pytest.mark.parametrize(
    "params",
    [
        {"q": "\x00"},
        {"q": "tilleuls\x00vendome"},
        {"q": "a" * 10_000},
        {"q": "%"},
        {"q": "_"},
        {"q": "%_%"},
        {"q": "' OR 1=1 --"},
        {"q": '"; DROP TABLE content_clinic; --'},
        {"q": "🏥🩺"},
        {"q": "مستشفى"},
        {"q": "…!?;:"},
        {"q": " "},
        {"q": "de la le"},
        {"q": "1"},
        {"q": "123456789"},
        {"q": "2A"},
        {"q": "<script>alert(1)</script>"},
        {"kind": "<script>"},
        {"system": "../../etc/passwd"},
        {"system": "x" * 500},
        {"page": "1e9"},
        {"page": ""},
    ],
    ids=repr,
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_any_query_answers_a_designed_page(client, params, language):
    response = find(client, language, **params)

    assert response.status_code == 200
    assert soup(response).select_one("h1").get_text(strip=True)
    assert "<script>alert" not in response.content.decode()


def test_a_very_long_query_is_cut_and_the_page_says_so(client):
    response = find(client, q="vendome " + "x" * 500)

    assert "seuls ses 100 premiers caractères ont été pris en compte" in response.content.decode()
    assert soup(response).select_one("#directory-query")["value"] == ("vendome " + "x" * 500)[:100]


def test_repeated_query_parameters_answer_a_designed_page(client):
    response = client.get(directory_url("fr") + "?q=albi&q=vendome&kind=a&kind=b&page=1&page=2")

    assert response.status_code == 200


# The directory costs the same at any size


def test_the_directory_costs_the_same_queries_with_3_or_1003_clinics(client):
    from tests.queries import queries_for

    few = {
        "page": queries_for(client, directory_url("fr")),
        "town": queries_for(client, directory_url("fr") + "?q=tours"),
    }
    planted(1000, name="Cabinet planté")
    many = {
        "page": queries_for(client, directory_url("fr") + "?page=20"),
        "town": queries_for(client, directory_url("fr") + "?q=tours"),
    }

    assert many == few


# The site search


def test_the_header_search_finds_a_clinic_by_its_town(client):
    html = client.get("/fr/search/", {"q": "vendome"}).content.decode()

    assert "Structures de soins : 1 résultat" in html
    assert "Cabinet médical des Tilleuls" in html
    assert f'href="{directory_url("fr")}{DEMO_CLINIC_WITH_HISTORY}/"' in html


def test_the_header_search_finds_an_ai_system_and_the_clinics_that_use_it(client):
    response = client.get("/en/search/", {"q": "fractolux"})
    text = " ".join(soup(response).get_text().split())

    assert "AI tools" in text
    assert "Care providers that use Fractolux" in text
    assert f'href="{directory_url("en")}systems/fractolux/"' in response.content.decode()
    assert listed(find(client, "en", system="fractolux")) == [DEMO_NAMES[DEMO_CLINIC_WITH_FALLBACK]]


def test_the_header_search_still_finds_pages(client):
    response = client.get("/fr/search/", {"q": "consentement"})

    assert "pages pour « consentement »" in response.content.decode()
    assert soup(response).select("ol.search-results li")
