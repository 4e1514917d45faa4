"""The badge a clinic shows on its own website: an SVG image any site may load, in French and
English, accessible, that sets nothing on the reader and runs nothing."""

import xml.etree.ElementTree as ET

import pytest

from content.notices.models import Clinic
from tests.factories import ClinicFactory
from tests.pages import DEMO_CLINIC_WITH_CHATBOT, DEMO_CLINIC_WITH_HISTORY, notice_url

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
TITLES = {
    "fr": "Notre usage de l’IA – notice pour les patients",
    "en": "Our use of AI – notice for patients",
}


def badge_url(slug: str, language: str) -> str:
    return f"/api/notices/{slug}/badge-{language}.svg"


def directives_of(policy: str) -> dict[str, str]:
    parts = (part.strip() for part in policy.split(";"))
    return dict(([*part.split(" ", 1), ""])[:2] for part in parts if part)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_badge_is_an_accessible_svg_image_in_each_language(client, language):
    response = client.get(badge_url(DEMO_CLINIC_WITH_HISTORY, language))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    svg = ET.fromstring(response.content)
    assert svg.tag == f"{SVG}svg"
    assert svg.get("role") == "img"
    title = svg.find(f"{SVG}title")
    assert title is not None and title.text == TITLES[language]
    assert svg.get("aria-labelledby") == title.get("id")
    assert svg.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert int(svg.get("width")) > 0 and int(svg.get("height")) > 0
    # Nothing to run or fetch: no script, no link out, no external font or image.
    for element in svg.iter():
        assert element.tag.removeprefix(SVG) not in ("script", "foreignObject", "image", "style")
        assert not any(name.startswith("on") for name in element.attrib), element.tag
        assert not any("href" in name for name in element.attrib), element.tag
    assert b"@font-face" not in response.content and b"url(" not in response.content


def test_badge_text_is_white_on_the_portal_blue(client):
    svg = ET.fromstring(client.get(badge_url(DEMO_CLINIC_WITH_HISTORY, "fr")).content)

    background = svg.find(f"{SVG}rect").get("fill")
    text_colour = svg.find(f"{SVG}g").get("fill")
    # #0b4f6c under #ffffff: a contrast ratio of 8.6 to 1, over the 4.5 WCAG AA asks.
    assert (background, text_colour) == ("#0b4f6c", "#ffffff")
    texts = ["".join(node.itertext()) for node in svg.iter(f"{SVG}text")]
    assert texts[0] == "Notre usage de l’IA"


def test_badge_may_be_shown_by_any_site_and_sets_nothing_on_the_reader(client):
    response = client.get(badge_url(DEMO_CLINIC_WITH_CHATBOT, "fr"))

    assert response.status_code == 200
    assert "Set-Cookie" not in response
    assert not response.cookies
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache_control
    max_age = next(int(part[8:]) for part in cache_control if part.startswith("max-age="))
    assert max_age >= 7 * 24 * 3600
    assert response["X-Content-Type-Options"] == "nosniff"
    # Opened on its own, the image may run nothing, load nothing, be framed by no page.
    directives = directives_of(response["Content-Security-Policy"])
    assert directives["default-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "script-src" not in directives and "style-src" not in directives


def test_the_notice_pages_still_refuse_to_be_framed(client):
    response = client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr"))

    assert response["X-Frame-Options"] == "DENY"
    assert directives_of(response["Content-Security-Policy"])["frame-ancestors"] == "'none'"
    assert "Cross-Origin-Resource-Policy" not in response


def test_badge_of_a_notice_not_in_force_or_an_unknown_language_is_not_found(client):
    draft = ClinicFactory(name="Structure sans notice publiée")
    offline = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
    offline.unpublish()

    assert client.get(badge_url(draft.slug, "fr")).status_code == 404
    assert client.get(badge_url(offline.slug, "fr")).status_code == 404
    assert client.get(badge_url(DEMO_CLINIC_WITH_CHATBOT, "de")).status_code == 404
    assert client.get(badge_url("no-such-clinic", "en")).status_code == 404


def test_the_png_qr_code_is_kept_like_the_svg_one(client):
    address = notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "qr/png/")

    first = client.get(address)
    again = client.get(address)

    assert first.status_code == 200
    assert first["Content-Type"] == "image/png"
    assert first.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert "Set-Cookie" not in first
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
