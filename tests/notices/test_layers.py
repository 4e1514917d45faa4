"""A notice in layers (issue 12, points 2 and 9): short lines first, a table of contents, each
tool's details behind a <details>, the rights; a share block on notices and articles; the header's
menu folded into a <details>. Read on the demo notices, as a patient's browser receives them."""

from itertools import pairwise
from urllib.parse import parse_qs, quote, urlsplit

import html5lib
import pytest
from django.conf import settings

from content.notices.document import first_sentence
from content.notices.models import Clinic
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_HISTORY,
    demo_url,
    notice_url,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en"]


def parsed(response):
    assert response.status_code == 200
    return html5lib.parse(response.content.decode(), namespaceHTMLElements=False)


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def hrefs(element) -> list[str]:
    return [link.get("href") for link in element.iter("a")]


def headings(root) -> list[int]:
    return [int(element.tag[1]) for element in root.iter() if element.tag in {"h1", "h2", "h3"}]


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_layer_gives_one_short_line_per_tool_then_links_to_tools_rights_and_contact(
    client, language
):
    url = notice_url(DEMO_CLINIC_WITH_HISTORY, language)
    root = parsed(client.get(url))

    summary = root.find(".//section[@class='notice-summary']")
    tools = summary.findall(".//li[@class='notice-summary__item']")
    assert len(tools) == 2
    for number, tool in enumerate(tools, start=1):
        facts = tool.findall(".//ul[@class='notice-summary__facts']/li")
        assert len(facts) == 4, "what it does, who checks, where the data go, how to say no"
        assert f"#use-{number}" in hrefs(tool)
        refusal = [href for href in hrefs(tool) if "contact/?use=" in href]
        assert len(refusal) == 1 and refusal[0].startswith(url)
    links = hrefs(summary.find(".//ul[@class='notice-summary__links']"))
    assert links == ["#notice-rights-title", f"{url}contact/"]
    # The clinic comes first, the short lines next, then the table of contents, then the tools.
    order = [child.get("class") or child.tag for child in root.find(".//article")]
    assert order.index("notice__header") < order.index("notice-summary")
    assert order.index("notice-summary") < order.index("notice-toc") < order.index("notice-use")


def test_first_layer_says_where_each_tools_data_are_stored_processed_and_reached_from(client):
    root = parsed(client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr")))

    lines = [text_of(tool) for tool in root.iterfind(".//li[@class='notice-summary__item']")]

    assert "Où vont vos données : Stockées en France" in lines[0]
    assert "États-Unis" not in lines[0]
    assert "traitées aux États-Unis · accessibles depuis les États-Unis" in lines[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_table_of_contents_leads_to_every_part_of_the_notice(client, language):
    root = parsed(client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, language)))

    toc = root.find(".//nav[@class='notice-toc']")
    assert toc.get("aria-labelledby") == "notice-toc-title"
    targets = [href.removeprefix("#") for href in hrefs(toc)]
    assert targets == [
        "use-1",
        "use-2",
        "notice-rights-title",
        "notice-contact-title",
        "notice-coverage-title",
        "notice-formats-title",
        "share-title",
    ]
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids)), "no id twice on the page"
    assert set(targets) <= set(ids)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_tool_keeps_its_anchor_and_heading_outside_details_closed_by_default(client, language):
    root = parsed(client.get(notice_url(DEMO_CLINIC_WITH_CHATBOT, language)))

    sections = root.findall(".//section[@class='notice-use']")
    assert sections
    for number, section in enumerate(sections, start=1):
        assert section.get("id") == f"use-{number}"
        assert section[0].tag == "h2" and section[0].get("id") == f"use-{number}-title"
        details = section.find("details")
        assert details is not None and "open" not in details.attrib
        assert details[0].tag == "summary" and text_of(details[0])
        assert details.find(f".//h3[@id='use-{number}-decline']") is not None
    assert headings(root)[0] == 1
    steps = pairwise(headings(root))
    assert all(after - before <= 1 for before, after in steps), "no heading level skipped"


def test_print_view_shows_every_tools_details_open_without_table_of_contents(client):
    root = parsed(client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "print/")))

    details = root.findall(".//section[@class='notice-use']/details")
    assert len(details) == 2
    assert all("open" in element.attrib for element in details)
    assert root.find(".//nav[@class='notice-toc']") is None
    assert root.find(".//section[@class='share']") is None
    assert root.find(".//*[@id='notice-rights-title']") is not None


def assert_shares(root, address: str, title: str) -> None:
    share = root.find(".//section[@class='share']")
    field = share.find(".//input[@id='share-url']")
    assert "readonly" in field.attrib and field.get("value") == address
    assert share.find(".//label[@for='share-url']") is not None
    mail, sms = hrefs(share)
    assert mail.startswith("mailto:?subject=")
    fields = parse_qs(urlsplit(mail).query)
    assert title in fields["subject"][0] and address in fields["body"][0]
    assert quote(address, safe="") in mail, "the address is URL-encoded"
    assert sms.startswith("sms:?&body=") and quote(address, safe="") in sms


@pytest.mark.parametrize("language", LANGUAGES)
def test_notice_offers_its_address_an_email_and_a_text_message_to_share_it(client, language):
    url = notice_url(DEMO_CLINIC_WITH_HISTORY, language)
    clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)

    # Whatever host the request named, the shared address is the one no rename breaks.
    root = parsed(client.get(url, HTTP_HOST="localhost"))

    stable = f"/n/{clinic.pk}/{language}/"
    assert_shares(root, f"{settings.PORTAL_PUBLIC_URL}{stable}", text_of(root.find(".//h1")))
    assert client.get(stable)["Location"] == url


def test_archived_version_is_not_offered_for_sharing(client):
    root = parsed(client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "versions/1/")))

    assert root.find(".//section[@class='share']") is None
    assert not [href for href in hrefs(root) if "contact/?use=" in href]


@pytest.mark.parametrize("language", LANGUAGES)
def test_explainer_article_offers_its_address_an_email_and_a_text_message(client, language):
    url = demo_url("how-clinicians-use-ai", language)

    # Whatever host the request named, the shared address is the canonical one.
    root = parsed(client.get(url, HTTP_HOST="localhost"))

    assert_shares(root, f"{settings.PORTAL_PUBLIC_URL}{url}", text_of(root.find(".//h1")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_folds_menu_and_search_into_a_details_but_keeps_the_language_switcher(
    client, language
):
    root = parsed(client.get(demo_url("home", language)))

    header = root.find(".//header[@class='site-header']")
    menu = header.find("details[@class='site-menu']")
    assert "open" not in menu.attrib
    assert text_of(menu.find("summary"))
    assert menu.find(".//nav[@class='main-nav']") is not None
    assert menu.find(".//input[@type='search']") is not None
    switcher = header.find(".//nav[@class='language-switcher']")
    assert switcher is not None and menu.find(".//nav[@class='language-switcher']") is None


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Votre médecin relit chaque brouillon. Le jour même.",
            "Votre médecin relit chaque brouillon.",
        ),
        ("Le Dr. Martin relit tout. Puis il signe.", "Le Dr. Martin relit tout."),
        (
            "M. Dupont relit (p. ex. les doses). Ensuite rien.",
            "M. Dupont relit (p. ex. les doses).",
        ),
        (
            "The doctor, e.g. Dr. Smith, reads it. Then signs.",
            "The doctor, e.g. Dr. Smith, reads it.",
        ),
        ("Sans point final", "Sans point final"),
    ],
)
def test_the_first_layer_keeps_who_checks_to_its_first_sentence_not_to_an_abbreviation(text, first):
    assert first_sentence(text) == first
