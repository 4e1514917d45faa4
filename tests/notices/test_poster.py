"""A clinic's poster: one A4 page whose QR code leads to the notice, in French typography."""

import re

import pypdfium2
import pytest

from content.notices.models import Clinic
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import LANGUAGES, notice_url, qr_text_of_pdf, systems_of

pytestmark = pytest.mark.django_db


def poster(client, clinic: Clinic, language: str) -> bytes:
    response = client.get(notice_url(clinic, language, "poster/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


def poster_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


@pytest.mark.parametrize("language", LANGUAGES)
def test_poster_is_a_pdf_whose_qr_code_leads_to_the_notice_in_its_language(client, language):
    clinic = published_clinic(uses=2)

    pdf = poster(client, clinic, language)

    assert qr_text_of_pdf(pdf) == f"http://testserver{notice_url(clinic, language)}"
    text = poster_text(pdf)
    for name in systems_of(clinic):
        assert name in text


@pytest.mark.parametrize("uses", [2, 5, 8])
def test_poster_is_a_single_a4_page_with_its_qr_code_whatever_the_number_of_tools(client, uses):
    clinic = published_clinic(uses=uses)

    pdf = poster(client, clinic, "fr")

    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)
    assert qr_text_of_pdf(pdf) == f"http://testserver{notice_url(clinic, 'fr')}"


FRENCH_SPACING_MISTAKES = [
    (re.compile(r" [:;!?»]"), "an ordinary space before : ; ! ? »"),
    (re.compile(r"« "), "an ordinary space after «"),
    (re.compile(r"(?m)^[:;!?»]"), "a line that starts with : ; ! ? »"),
]


def test_french_poster_keeps_punctuation_with_its_word(client):
    clinic = ClinicFactory(ai_contact_name_fr="Accueil : Mme Durand")
    system = AISystemFactory(label_fr="Rédige le « brouillon » du compte rendu ; vous validez !")
    AIUseFactory(clinic=clinic, ai_system=system, patient_interacts=True)
    AIUseFactory(clinic=clinic)
    clinic.save_revision().publish()

    text = poster_text(poster(client, clinic, "fr"))

    assert "Mme Durand" in text
    mistakes = [
        f"{what}: …{text[max(0, m.start() - 30) : m.end() + 5]!r}"
        for pattern, what in FRENCH_SPACING_MISTAKES
        for m in pattern.finditer(text)
    ]
    assert mistakes == []
