"""The take-away kit on a clinic's workspace page: every form of the live notice, each with what to
do with it, and a badge's code for the clinic's own website that runs nothing on it."""

import io
from urllib.parse import urlsplit

import html5lib
import pytest
import zxingcpp
from django.conf import settings
from PIL import Image

from content.notices.models import Clinic
from content.vocabulary import MemberRole
from tests.factories import ClinicFactory, member
from tests.pages import DEMO_CLINIC_WITH_HISTORY
from tests.workspace.helpers import (
    public_notice_url,
    sign_in_verified,
    soup_of,
    stable_notice_url,
    text,
    url,
)

pytestmark = pytest.mark.django_db

# What each item of the kit leads to: the content type its links answer with.
KIT_ITEMS = {
    "La notice en ligne": "text/html",
    "Version à imprimer": "text/html",
    "Affiche pour la salle d’attente (PDF, A4)": "application/pdf",
    "Chevalet pour l’accueil (PDF, A5)": "application/pdf",
    "Affiche en français et en anglais (PDF, A4)": "application/pdf",
    "Code QR de la notice": None,
    "Cartes de visite": "text/html",
}


@pytest.fixture
def demo_clinic() -> Clinic:
    return Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)


def kit_of(response):
    return soup_of(response).find("section", class_="kit")


def kit_items(kit) -> dict[str, object]:
    """Each item of the kit by its name: the <dd> that holds its links and its instruction."""
    return {text(dt): dt.find_next_sibling("dd") for dt in kit.find_all("dt")}


def path_of(address: str) -> str:
    parts = urlsplit(address)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.mark.parametrize("role", [MemberRole.EDITOR, MemberRole.REVIEWER])
def test_kit_of_a_live_notice_shows_each_form_with_an_instruction(client, demo_clinic, role):
    sign_in_verified(client, member(demo_clinic, role))

    kit = kit_of(client.get(url("clinic", demo_clinic)))

    assert kit is not None, "no take-away kit on the page of a live notice"
    assert text(kit.find("h2")) == "Kit à emporter"
    items = kit_items(kit)
    assert set(KIT_ITEMS) <= set(items)
    assert "Badge pour le site internet de la structure" in items
    for name, item in items.items():
        assert item.find("a") or item.find("textarea"), name
        assert text(item.select_one(".kit__how")), f"{name} has no instruction"
    # Both languages of the notice, and the address to give patients in full.
    notice = items["La notice en ligne"]
    assert [a["hreflang"] for a in notice.find_all("a")] == ["fr", "en"]
    assert stable_notice_url(demo_clinic, "fr") in text(notice)
    qr_types = [a["type"] for a in items["Code QR de la notice"].find_all("a")]
    assert qr_types == ["image/svg+xml", "image/png"] * 2


def test_every_link_of_the_kit_answers_with_what_it_promises(client, demo_clinic):
    sign_in_verified(client, member(demo_clinic, MemberRole.EDITOR))
    items = kit_items(kit_of(client.get(url("clinic", demo_clinic))))

    for name, expected in KIT_ITEMS.items():
        for link in items[name].find_all("a"):
            response = client.get(link["href"])
            assert response.status_code == 200, (name, link["href"])
            content_type = response["Content-Type"].split(";")[0]
            assert content_type == (expected or link["type"]), (name, link["href"])
    for badge in items["Badge pour le site internet de la structure"].find_all("img"):
        response = client.get(badge["src"])
        assert response.status_code == 200
        assert response["Content-Type"] == "image/svg+xml"


def test_the_png_qr_code_leads_to_the_notice(client, demo_clinic):
    sign_in_verified(client, member(demo_clinic, MemberRole.EDITOR))
    items = kit_items(kit_of(client.get(url("clinic", demo_clinic))))
    png_links = [a["href"] for a in items["Code QR de la notice"].find_all("a", type="image/png")]

    assert len(png_links) == 2
    for link in png_links:
        image = Image.open(io.BytesIO(client.get(link).content))
        codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        # Whichever language's image is printed, the phone reading it picks its own language.
        assert [code.text for code in codes] == [stable_notice_url(demo_clinic)]


def test_the_badge_code_is_a_plain_link_and_image_without_script_or_frame(client, demo_clinic):
    sign_in_verified(client, member(demo_clinic, MemberRole.EDITOR))
    items = kit_items(kit_of(client.get(url("clinic", demo_clinic))))
    badge = items["Badge pour le site internet de la structure"]
    snippets = {area["id"]: area.get_text() for area in badge.find_all("textarea")}

    assert set(snippets) == {"kit-snippet-fr", "kit-snippet-en"}
    for area in badge.find_all("textarea"):
        assert area.has_attr("readonly")
        label = badge.find("label", attrs={"for": area["id"]})
        assert label is not None and text(label).startswith("Code du badge pour un site")
    assert "Copiez le code" in text(badge.select_one(".kit__how"))
    for area_id, snippet in snippets.items():
        language = area_id.rsplit("-", 1)[1]
        assert "<script" not in snippet.lower() and "<iframe" not in snippet.lower()
        fragment = html5lib.parseFragment(snippet, namespaceHTMLElements=False)
        (link,) = fragment.findall("a")
        (image,) = link.findall("img")
        assert [element.tag for element in fragment.iter()][1:] == ["a", "img"]
        assert link.get("href") == stable_notice_url(demo_clinic, language)
        assert image.get("src") == (
            f"{settings.PORTAL_PUBLIC_URL}/api/notices/{demo_clinic.slug}/badge-{language}.svg"
        )
        assert image.get("width") and image.get("height")
        expected_alt = {
            "fr": "Notre usage de l’IA – notice pour les patients",
            "en": "Our use of AI – notice for patients",
        }[language]
        assert image.get("alt") == expected_alt
        response = client.get(path_of(image.get("src")))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/svg+xml"
        led = client.get(path_of(link.get("href")), follow=True)
        assert led.status_code == 200
        assert led.redirect_chain == [(public_notice_url(demo_clinic, language), 302)]


def test_no_kit_before_the_notice_is_live(client):
    draft = ClinicFactory(name="Maison de santé jamais publiée")
    sign_in_verified(client, member(draft, MemberRole.EDITOR))

    response = client.get(url("clinic", draft))

    assert response.status_code == 200
    assert kit_of(response) is None
    assert "Kit à emporter" not in text(soup_of(response).find("main"))


def test_no_kit_once_the_notice_is_taken_offline(client, demo_clinic):
    sign_in_verified(client, member(demo_clinic, MemberRole.EDITOR))
    demo_clinic.unpublish()

    response = client.get(url("clinic", demo_clinic))

    assert response.status_code == 200
    assert kit_of(response) is None


def test_kit_speaks_english_in_the_english_workspace(client, demo_clinic):
    sign_in_verified(client, member(demo_clinic, MemberRole.REVIEWER))

    kit = kit_of(client.get(url("clinic", demo_clinic, language="en")))

    assert text(kit.find("h2")) == "Take-away kit"
