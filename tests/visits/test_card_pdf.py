"""The printed A6 visit card: one page in the card's language, a QR code of at least 4 cm that
leads to the card's page, its address and code in readable form, and nothing personal."""

import pypdfium2
import pytest
from django.conf import settings

from content.vocabulary import ProfessionalRole
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import LANGUAGES, printed_qr_code
from tests.notices.test_poster import pdf_text, tagged_figures_alt_texts
from tests.visits.test_public_page import issued, unknown_code, visit_url

pytestmark = pytest.mark.django_db

MM_PER_POINT = 25.4 / 72

CARD_WORDS = {
    "fr": {
        "title": "L’intelligence artificielle lors de votre rendez-vous",
        "date": "Rendez-vous du",
        "done": "a préparé un brouillon, relu par un soignant",
        "private": "savoir qui vous êtes",
        "alt": "Code QR menant à la page de ce rendez-vous\u00a0: ",
    },
    "en": {
        "title": "Artificial intelligence at your appointment",
        "date": "Appointment on",
        "done": "prepared a draft, which a clinician checked",
        "private": "know who you are",
        "alt": "QR code leading to this appointment’s page: ",
    },
}


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    document = pypdfium2.PdfDocument(pdf)
    return [tuple(round(side * MM_PER_POINT) for side in page.get_size()) for page in document]


def flowing(text: str) -> str:
    return " ".join(text.split())


def card_pdf(client, code: str, language: str):
    response = client.get(visit_url(code, language, "visit_card_pdf"))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("language", LANGUAGES)
def test_card_is_one_a6_page_whose_qr_code_leads_to_the_cards_page(client, language):
    clinic = published_clinic(uses=2, name="Cabinet des Tilleuls")
    card = issued(
        clinic, language=language, checker_name="Dr Martin", checker_role=ProfessionalRole.GP
    )
    words = CARD_WORDS[language]
    address = settings.PORTAL_PUBLIC_URL + visit_url(card.code, language)

    pdf = card_pdf(client, card.code, language).content

    assert page_sizes_mm(pdf) == [(105, 148)]
    scanned, width_mm = printed_qr_code(pdf)
    assert scanned == address
    assert width_mm >= 40
    text = pdf_text(pdf)
    lines = text.splitlines()
    assert words["title"] in flowing(text)
    assert "Cabinet des Tilleuls" in text
    assert words["date"] in text
    for use in clinic.uses.all():
        assert use.ai_system.name in text
    assert flowing(text).count(words["done"]) == 2
    assert any(card.code in line for line in lines)
    assert any(address in line for line in lines), "the address is printed on one line"
    assert words["private"] in flowing(text)
    assert tagged_figures_alt_texts(pdf) == [words["alt"] + address]


def test_card_is_sent_inline_not_indexed_and_kept(client):
    card = issued(published_clinic(uses=1))

    first = card_pdf(client, card.code, "fr")
    again = card_pdf(client, card.code, "fr")

    assert first["Content-Type"] == "application/pdf"
    assert first["Content-Disposition"] == f'inline; filename="carte-{card.code}-fr.pdf"'
    assert first["X-Robots-Tag"] == "noindex"
    assert first["Referrer-Policy"] == "no-referrer"
    assert not first.cookies
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


def test_card_naming_ten_tools_with_long_names_holds_on_one_page(client):
    clinic = ClinicFactory()
    for number in range(10):
        system = AISystemFactory(
            name=f"Assistant de rédaction clinique numéro {number} avec un nom très long",
            label_fr="Rédige un brouillon du compte rendu de consultation à partir de la conversation",
        )
        AIUseFactory(clinic=clinic, ai_system=system, sort_order=number)
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    card = issued(clinic)

    pdf = card_pdf(client, card.code, "fr").content

    assert page_sizes_mm(pdf) == [(105, 148)]
    scanned, width_mm = printed_qr_code(pdf)
    assert scanned.endswith(visit_url(card.code))
    assert width_mm >= 40
    text = flowing(pdf_text(pdf))
    shown = sum(f"numéro {number} " in text for number in range(10))
    assert shown >= 3
    if shown < 10:
        assert f"Et {10 - shown} autres outils" in text
    assert card.code in text


def test_card_of_an_unknown_code_is_a_404(client):
    response = client.get(visit_url(unknown_code(3), "fr", "visit_card_pdf"))

    assert response.status_code == 404
    assert response["X-Robots-Tag"] == "noindex"
