"""What each public page says about itself in its <head>: one canonical address at the portal's
public address, the same page in the other language (and back), a plain description in the page's
language, and a share card (Open Graph) that repeats them."""

import io
import re
from functools import cache

import html5lib
import pytest
from django.conf import settings
from django.test import Client
from PIL import Image

from content.discovery.metadata import (
    DESCRIPTION_MAX_LENGTH,
    canonical_address,
    description_shortened,
    language_alternates,
)
from tests.browser.test_accessibility import LANGUAGES, NOT_FOUND_PAGES, page_paths
from tests.pages import PAGE_TYPES, demo_url, directory_url, notice_url

pytestmark = pytest.mark.django_db

OTHER_LANGUAGE = {"fr": "en", "en": "fr"}
# Words only one of the two languages uses often: a description in French has more of the first.
COMMON_WORDS = {
    "fr": {"le", "la", "les", "des", "du", "de", "et", "vous", "vos", "votre", "qui", "ce", "un"},
    "en": {"the", "and", "you", "your", "of", "to", "what", "who", "how", "is", "it", "for", "a"},
}
# Pages an address leads to with nothing at it: they exist in no language.
PAGES_WITHOUT_ALTERNATES = {"not_found"}


@cache
def rendered_heads() -> dict[tuple[str, str], tuple[int, str, dict]]:
    """Each public page's status, path and <head> by (name, language), read once per process."""
    client = Client()
    heads = {}
    for language in LANGUAGES:
        for name, path in page_paths(language).items():
            response = client.get(path)
            heads[(name, language)] = (response.status_code, path, head_of(response.content))
    return heads


@pytest.fixture
def heads(db) -> dict[tuple[str, str], tuple[int, str, dict]]:
    return rendered_heads()


def head_of(content: bytes) -> dict:
    """The metadata of a page's <head>: canonical links, alternates, named and Open Graph metas."""
    document = html5lib.parse(content, namespaceHTMLElements=False)
    head = document.find("head")
    links = head.findall("link")
    metas = head.findall("meta")
    return {
        "canonical": [link.get("href") for link in links if link.get("rel") == "canonical"],
        "alternates": [
            (link.get("hreflang"), link.get("href"))
            for link in links
            if link.get("rel") == "alternate" and link.get("hreflang")
        ],
        "names": [(meta.get("name"), meta.get("content")) for meta in metas if meta.get("name")],
        "properties": [
            (meta.get("property"), meta.get("content")) for meta in metas if meta.get("property")
        ],
    }


def local_path(address: str) -> str:
    assert address.startswith(settings.PORTAL_PUBLIC_URL + "/"), address
    return address.removeprefix(settings.PORTAL_PUBLIC_URL)


def test_every_public_page_has_one_canonical_address_at_the_public_url(heads):
    for (name, language), (_status, path, head) in heads.items():
        assert len(head["canonical"]) == 1, (name, language, head["canonical"])
        # The page's own address, without what a search or a tracker added to it.
        assert head["canonical"][0] == settings.PORTAL_PUBLIC_URL + path.split("?")[0], name


def test_every_page_names_itself_in_each_language_and_the_french_one_as_default(heads):
    for (name, language), (_status, _path, head) in heads.items():
        alternates = dict(head["alternates"])
        if name in PAGES_WITHOUT_ALTERNATES:
            assert alternates == {}, (name, language)
            continue
        assert len(head["alternates"]) == 3, (name, language, head["alternates"])
        assert set(alternates) == {"fr", "en", "x-default"}, (name, language)
        assert alternates[language] == head["canonical"][0], (name, language)
        assert alternates["x-default"] == alternates["fr"], (name, language)
        assert alternates[OTHER_LANGUAGE[language]] != alternates[language], (name, language)


def test_the_other_language_answers_and_points_back(client, heads):
    for (name, language), (status, _path, head) in heads.items():
        if name in PAGES_WITHOUT_ALTERNATES:
            continue
        alternates = dict(head["alternates"])
        other = client.get(local_path(alternates[OTHER_LANGUAGE[language]]))
        # The other language's page answers as this one does (a missing visit card in both).
        assert other.status_code == status, (name, language, other.status_code)
        assert other.headers["Content-Language"] == OTHER_LANGUAGE[language], name
        assert dict(head_of(other.content)["alternates"]) == alternates, (name, language)


def test_the_language_switcher_and_the_alternates_lead_to_the_same_pages(heads):
    client = Client()
    for language in LANGUAGES:
        response = client.get(demo_url(PAGE_TYPES["article"], language) + "?utm_source=poster")
        document = html5lib.parse(response.content, namespaceHTMLElements=False)
        switcher = {
            link.get("hreflang"): link.get("href")
            for link in document.iterfind(".//nav[@class='language-switcher']//a")
        }
        alternates = dict(head_of(response.content)["alternates"])
        for code in LANGUAGES:
            assert alternates[code] == settings.PORTAL_PUBLIC_URL + switcher[code].split("?")[0]


def test_every_public_page_describes_itself_in_plain_words_of_its_language(heads):
    for (name, language), (_status, _path, head) in heads.items():
        descriptions = [content for meta, content in head["names"] if meta == "description"]
        assert len(descriptions) == 1, (name, language, descriptions)
        description = descriptions[0]
        assert description.strip(), (name, language)
        assert len(description) <= DESCRIPTION_MAX_LENGTH, (name, language, description)
        # Plain words: no markup and no escaped character left from the page's HTML.
        assert "<" not in description and not re.search(r"&#?\w+;", description), name
        words = set(re.findall(r"\w+", description.casefold()))
        ours = len(words & COMMON_WORDS[language])
        theirs = len(words & COMMON_WORDS[OTHER_LANGUAGE[language]])
        assert ours > theirs, (name, language, description)


def test_pages_kept_out_of_search_engines_still_say_so_beside_their_description(heads):
    noindex = {"search", "directory_search", "notice_print", "visit_practice", "register"}
    for (name, language), (_status, _path, head) in heads.items():
        robots = [content for meta, content in head["names"] if meta == "robots"]
        if name in noindex | NOT_FOUND_PAGES:
            assert robots and "noindex" in robots[0], (name, language)
        if name in PAGE_TYPES or name in {"directory", "observatory", "open_data"}:
            assert not any("noindex" in content for content in robots), (name, language)


def test_every_share_card_repeats_the_page_and_points_at_its_canonical_address(heads):
    for (name, language), (_status, _path, head) in heads.items():
        card = dict(head["properties"])
        names = dict(head["names"])
        assert card["og:url"] == head["canonical"][0], (name, language)
        assert card["og:description"] == names["description"], (name, language)
        assert card["og:title"].strip(), (name, language)
        assert card["og:site_name"], name
        assert card["og:locale"] == {"fr": "fr_FR", "en": "en_GB"}[language], name
        if name not in PAGES_WITHOUT_ALTERNATES:
            assert card["og:locale:alternate"] == {"fr": "en_GB", "en": "fr_FR"}[language], name
        article = name in ("article", "article_easy_read")
        assert card["og:type"] == ("article" if article else "website"), name
        assert card["og:image"].startswith(settings.PORTAL_PUBLIC_URL + "/"), name
        assert (card["og:image:width"], card["og:image:height"]) == ("1200", "630"), name
        assert card["og:image:alt"].strip(), name
        assert names["twitter:card"] == "summary_large_image", name


def test_the_share_card_is_a_1200_by_630_png_served_by_the_portal(client, heads):
    images = {dict(head["properties"])["og:image"] for _status, _path, head in heads.values()}
    assert len(images) == len(LANGUAGES)
    for image in images:
        response = client.get(local_path(image))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert len(content) <= 100_000
        assert Image.open(io.BytesIO(content)).size == (1200, 630)


def test_a_notice_is_described_by_its_clinic_and_its_number_of_tools(client):
    response = client.get(notice_url("cabinet-medical-des-tilleuls", "fr"))
    description = dict(head_of(response.content)["names"])["description"]
    assert description.startswith("Comment le Cabinet médical des Tilleuls utilise l’IA")
    assert "2 outils" in description


def test_a_list_keeps_the_number_of_the_page_it_showed_in_its_canonical_address_and_nothing_else():
    public = settings.PORTAL_PUBLIC_URL
    assert canonical_address("/fr/notices/?page=2", page_number=2) == f"{public}/fr/notices/?page=2"
    assert canonical_address("/fr/notices/?page=1", page_number=1) == f"{public}/fr/notices/"
    # A number past the end shows the last page: its canonical address is that page's.
    assert (
        canonical_address("/fr/notices/?page=99", page_number=3) == f"{public}/fr/notices/?page=3"
    )
    assert canonical_address("/fr/notices/?q=albi&page=2") == f"{public}/fr/notices/"
    assert canonical_address("/fr/?utm_source=affiche") == f"{public}/fr/"
    switcher = [
        {"code": "fr", "url": "/fr/notices/", "current": True},
        {"code": "en", "url": "/en/notices/", "current": False},
    ]
    alternates = language_alternates(
        languages=switcher, current_url="/fr/notices/?page=2", page_number=2
    )
    assert [(a.hreflang, a.url) for a in alternates] == [
        ("fr", f"{public}/fr/notices/?page=2"),
        ("en", f"{public}/en/notices/?page=2"),
        ("x-default", f"{public}/fr/notices/?page=2"),
    ]


def test_a_directory_page_past_the_end_names_the_page_it_shows_as_canonical(client):
    response = client.get(directory_url("fr") + "?page=99")

    links = head_of(response.content)
    assert response.status_code == 200
    assert links["canonical"] == [settings.PORTAL_PUBLIC_URL + directory_url("fr")]
    assert ("en", settings.PORTAL_PUBLIC_URL + directory_url("en")) in links["alternates"]


def test_a_long_description_is_cut_at_a_word_within_the_limit():
    text = "Une phrase assez longue pour dépasser la limite " * 5
    shortened = description_shortened(text.strip())
    assert len(shortened) <= DESCRIPTION_MAX_LENGTH
    assert shortened.endswith("…")
    assert text.startswith(shortened.removesuffix("…"))
    assert shortened.removesuffix("…").split()[-1] in text.split()
