"""schema.org JSON-LD: articles as a `MedicalWebPage` with their medical review, notices as a
`WebPage` about a `MedicalOrganization`, valid against schema.org's own vocabulary
(tests/discovery/schemaorg.py), in the page's language, and unable to leave their element."""

import json

import html5lib
import pytest
from django.conf import settings
from django.utils import translation

from content.discovery.structured_data import json_ld_script, notice_structured_data
from content.notices.document import published_version
from tests.discovery.data_blocks import scripts_that_run
from tests.discovery.schemaorg import node_errors, schema_org
from tests.factories import published_clinic
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_HISTORY,
    demo_page,
    demo_url,
    notice_url,
)

pytestmark = pytest.mark.django_db

ARTICLE = "how-clinicians-use-ai"
EASY_READ = {"fr": "facile/", "en": "easy-read/"}
LANGUAGES = ("fr", "en")
PUBLIC_URL = settings.PORTAL_PUBLIC_URL


def json_ld_blocks(response) -> list[dict]:
    """The JSON-LD data blocks of a page's head, parsed as JSON."""
    assert response.status_code == 200
    document = html5lib.parse(response.content, namespaceHTMLElements=False)
    head = document.find("head")
    blocks = [
        element
        for element in document.iter("script")
        if element.get("type") == "application/ld+json"
    ]
    assert all(block in list(head) for block in blocks), "JSON-LD belongs in the head"
    return [json.loads(block.text) for block in blocks]


def the_json_ld(client, url: str) -> dict:
    (block,) = json_ld_blocks(client.get(url))
    return block


def demo_article_pages(language: str) -> dict[str, str]:
    url = demo_url(ARTICLE, language)
    return {"article": url, "easy_read": url + EASY_READ[language]}


def demo_notice_pages(language: str) -> dict[str, str]:
    return {
        clinic + route: notice_url(clinic, language, route)
        for clinic in (DEMO_CLINIC_WITH_CHATBOT, DEMO_CLINIC_WITH_HISTORY)
        for route in ("", EASY_READ[language])
    }


# -- The validator knows schema.org, and refuses what schema.org does not say -------------------


def test_vocabulary_holds_schema_orgs_classes_and_properties():
    vocabulary = schema_org()

    assert len(vocabulary.classes) > 800
    assert {"MedicalWebPage", "MedicalOrganization", "ContactPoint"} <= vocabulary.classes
    assert {"MedicalWebPage", "WebPage", "CreativeWork", "Thing"} <= vocabulary.lineage(
        "MedicalWebPage"
    )
    assert vocabulary.domains["lastReviewed"] == {"WebPage"}
    assert vocabulary.ranges["lastReviewed"] == {"Date"}


VALID_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "name": "Comment les soignants utilisent l’IA",
    "url": "https://portail.example.org/fr/article/",
    "lastReviewed": "2026-10-14",
    "reviewedBy": {"@type": "Person", "name": "Dr Hélène Vasseur"},
}


@pytest.mark.parametrize(
    ("mistake", "refusal"),
    [
        ({"reviewer": "Dr Hélène Vasseur"}, "'reviewer' is not a schema.org property"),
        ({"@type": "MedicalArticlePage"}, "'MedicalArticlePage' is not a schema.org class"),
        ({"telephone": "04 65 71 20 00"}, "'telephone' is not a property of MedicalWebPage"),
        ({"lastReviewed": "14 octobre 2026"}, "$.lastReviewed: '14 octobre 2026' is not one of"),
        ({"lastReviewed": "2026-10-14T10:00:00+00:00"}, "is not one of ['Date']"),
        ({"url": "/fr/article/"}, "$.url: '/fr/article/' is not one of ['URL']"),
        (
            {"reviewedBy": {"@type": "PostalAddress", "addressLocality": "Albi"}},
            "$.reviewedBy: a PostalAddress is not one of ['Organization', 'Person']",
        ),
        (
            {"reviewedBy": {"@type": "Person", "addressCountry": "FR"}},
            "$.reviewedBy: 'addressCountry' is not a property of Person",
        ),
        ({"audience": {"name": "patients"}}, "$.audience: a node without @type"),
        ({"@context": "https://example.org/vocabulary"}, "is not schema.org's"),
    ],
)
def test_validator_refuses_a_planted_mistake(mistake, refusal):
    vocabulary = schema_org()
    assert node_errors(VALID_ARTICLE, vocabulary) == []

    errors = node_errors({**VALID_ARTICLE, **mistake}, vocabulary)

    assert any(refusal in error for error in errors), errors


# -- Articles --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", ["article", "easy_read"])
def test_article_json_ld_is_valid_schema_org_in_the_pages_language(client, language, form):
    url = demo_article_pages(language)[form]
    article = demo_page(ARTICLE, language)

    data = the_json_ld(client, url)

    assert node_errors(data, schema_org()) == []
    assert data["@type"] == "MedicalWebPage"
    assert data["inLanguage"] == language
    assert data["url"] == PUBLIC_URL + url
    assert data["headline"].startswith(article.title)
    assert data["audience"] == {"@type": "MedicalAudience", "audienceType": "Patient"}
    assert data["isPartOf"]["url"] == f"{PUBLIC_URL}/{language}/"
    # What Google reads from an article page: its headline, dates and publisher.
    for required in ("name", "headline", "description", "datePublished", "dateModified"):
        assert data[required], required
    assert data["publisher"]["name"] == {"fr": "IA & soins", "en": "AI & care"}[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_json_ld_names_its_current_medical_review(client, language):
    article = demo_page(ARTICLE, language)

    data = the_json_ld(client, demo_article_pages(language)["article"])

    assert data["reviewedBy"]["@type"] == "Person"
    assert data["reviewedBy"]["name"] == article.reviewed_by
    assert data["lastReviewed"] == article.reviewed_on.isoformat()


@pytest.mark.parametrize("language", LANGUAGES)
def test_easy_read_json_ld_is_based_on_the_article_and_claims_no_medical_review(client, language):
    data = the_json_ld(client, demo_article_pages(language)["easy_read"])

    assert data["isBasedOn"] == PUBLIC_URL + demo_url(ARTICLE, language)
    assert "reviewedBy" not in data
    assert "lastReviewed" not in data


def test_article_edited_since_its_review_names_no_reviewer(
    client, django_capture_on_commit_callbacks
):
    article = demo_page(ARTICLE, "fr")
    article.intro += " Une phrase ajoutée après la relecture."
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    data = the_json_ld(client, demo_url(ARTICLE, "fr"))

    assert node_errors(data, schema_org()) == []
    assert "reviewedBy" not in data
    assert "lastReviewed" not in data


# -- Notices ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_notice_json_ld_is_valid_schema_org_in_the_pages_language(client, language):
    vocabulary = schema_org()
    for url in demo_notice_pages(language).values():
        data = the_json_ld(client, url)

        assert node_errors(data, vocabulary) == [], url
        assert data["@type"] == "WebPage"
        assert data["inLanguage"] == language
        assert data["url"] == PUBLIC_URL + url
        assert data["mainEntity"]["@type"] == "MedicalOrganization"


@pytest.mark.parametrize("language", LANGUAGES)
def test_notice_json_ld_describes_the_clinic_as_its_published_notice_does(client, language):
    document = published_version(DEMO_CLINIC_WITH_CHATBOT).document
    url = notice_url(DEMO_CLINIC_WITH_CHATBOT, language)

    data = the_json_ld(client, url)
    clinic = data["mainEntity"]

    assert data["dateModified"] == document["version"]["published_at"]
    assert clinic["name"] == document["name"]
    assert clinic["url"] == document["website"]
    assert clinic["mainEntityOfPage"] == PUBLIC_URL + url
    assert clinic["telephone"] == document["phone"]
    # What Google reads for an organisation: its name, address and a way to reach it.
    assert clinic["address"] == {
        "@type": "PostalAddress",
        "streetAddress": document["address"]["street"],
        "postalCode": document["address"]["postcode"],
        "addressLocality": document["address"]["city"],
        "addressCountry": "FR",
    }
    ai, dpo = clinic["contactPoint"]
    contacts = document["contacts"]
    assert ai["name"] == (contacts["ai"]["name"][language] or contacts["ai"]["name"]["fr"])
    assert (ai["email"], ai["telephone"]) == (contacts["ai"]["email"], contacts["ai"]["phone"])
    assert dpo["name"] == contacts["data_protection_officer"]["name"]
    assert dpo["email"] == contacts["data_protection_officer"]["email"]
    assert {ai["availableLanguage"], dpo["availableLanguage"]} == {"fr"}


def test_notice_json_ld_says_nothing_the_notice_does_not_publish(client):
    document = published_version(DEMO_CLINIC_WITH_CHATBOT).document
    published = json.dumps(document, ensure_ascii=False)

    data = the_json_ld(client, notice_url(DEMO_CLINIC_WITH_CHATBOT, "fr"))
    clinic = data["mainEntity"]

    for point in clinic["contactPoint"]:
        for key in ("name", "email", "telephone"):
            assert point.get(key, "") in published, point


def test_archived_notice_version_carries_no_json_ld(client):
    response = client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "versions/1/"))

    assert json_ld_blocks(response) == []


def test_a_clinic_name_that_closes_the_element_stays_inside_it(client):
    name = "Clinique </script><script>alert(1)</script> <!-- & Cie"
    published_clinic(name=name, slug="clinique-script")
    url = notice_url("clinique-script", "fr")

    response = client.get(url)
    document = html5lib.parse(response.content, namespaceHTMLElements=False)

    assert [element.get("type") for element in document.iter("script")] == ["application/ld+json"]
    (data,) = json_ld_blocks(response)
    assert data["mainEntity"]["name"] == name
    assert node_errors(data, schema_org()) == []
    head = response.content.decode().split("</head>")[0]
    assert head.count("</script") == 1
    assert "alert(1)" in head.split('<script type="application/ld+json">')[1].split("</script>")[0]


def test_json_ld_escapes_every_character_that_could_end_or_open_markup():
    block = json_ld_script({"name": "</script> <!-- & >"})

    assert block == (
        '<script type="application/ld+json">'
        '{"name":"\\u003C/script\\u003E \\u003C!-- \\u0026 \\u003E"}</script>'
    )


def test_notice_json_ld_is_built_from_the_document_without_a_query(django_assert_num_queries):
    document = published_version(DEMO_CLINIC_WITH_CHATBOT).document

    with django_assert_num_queries(0), translation.override("en"):
        data = notice_structured_data(
            document, path="/en/notices/urgences-ch-vernouillac/", home_url="/en/"
        )

    assert data["mainEntity"]["name"] == document["name"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_describes_the_portal_as_a_website(client, language):
    data = the_json_ld(client, demo_url("home", language))

    assert node_errors(data, schema_org()) == []
    assert data["@type"] == "WebSite"
    assert data["url"] == f"{PUBLIC_URL}/{language}/"
    assert data["inLanguage"] == language


@pytest.mark.parametrize(
    "script",
    [
        "<script>alert(1)</script>",
        '<script type="text/javascript">alert(1)</script>',
        '<script type="module">alert(1)</script>',
        '<script type="application/json">{}</script>',
        '<script type="application/ld+json" src="/data.jsonld"></script>',
    ],
)
def test_security_suite_still_refuses_any_script_but_a_json_ld_data_block(script):
    data_block = '<script type="application/ld+json">{"@type": "WebPage"}</script>'
    page = f"<!DOCTYPE html><html><head>{data_block}{script}</head><body></body></html>"
    document = html5lib.parse(page, namespaceHTMLElements=False)

    running = scripts_that_run(document)

    assert len(running) == 1
    assert running[0].get("type") != "application/ld+json" or running[0].get("src")
