"""A clinic's printed forms: one page whatever the notice holds, a QR code that leads to it.

The A4 poster, the bilingual poster and the A5 table card are read as a patient meets them: the
PDF's pages, its text, its QR code decoded from the printed image, and its tags for screen readers.
"""

import ctypes
import re

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from content.notices.document import published_version
from content.notices.links import notice_links, notice_public_url
from content.notices.models import AISystem, Clinic
from content.notices.poster import POSTER, notice_printed_pdf, notice_qr_svg
from portal.environment import public_url
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import (
    LANGUAGES,
    MM_PER_POINT,
    directory,
    notice_url,
    printed_qr_code,
    systems_of,
)
from tests.queries import queries_for, queries_of_kept_page

pytestmark = pytest.mark.django_db

WORDS = (
    "Rédige transmet classe repère signale propose résume vérifie compte rendu urgences "
    "consultation patient médecin dossier imagerie radiologie ordonnance"
).split()


def text_of(length: int, seed: int = 0) -> str:
    """French words, exactly `length` characters long: the longest text a field allows."""
    words, index = [], seed
    while len(" ".join(words)) < length:
        words.append(WORDS[index % len(WORDS)])
        index += 1
    return " ".join(words)[:length].rstrip().ljust(length, "e")


def longest_clinic(uses: int) -> Clinic:
    """A published clinic whose every text the poster prints is as long as its field allows."""
    field = Clinic._meta.get_field
    clinic = ClinicFactory(
        name=text_of(field("name").max_length),
        slug="c" * field("slug").max_length,
        ai_contact_name_fr=text_of(field("ai_contact_name").max_length, 3),
        ai_contact_name_en=text_of(field("ai_contact_name").max_length, 5),
        ai_contact_phone="+33 (0)1 23 45 67 89 0123",
        # 254 characters, the most an address may have: 64 before the @, 189 after.
        ai_contact_email="a" * 64 + "@" + ("b" * 60 + ".") * 3 + "exa.fr",
    )
    system_field = AISystem._meta.get_field
    for number in range(uses):
        system = AISystemFactory(
            name=f"{number:02d} " + text_of(system_field("name").max_length - 3, number),
            label_fr=text_of(system_field("label").max_length, number + 1),
            label_en=text_of(system_field("label").max_length, number + 2),
        )
        AIUseFactory(clinic=clinic, ai_system=system, patient_interacts=True)
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()
    return clinic


def printed(client, clinic: Clinic, language: str, route: str = "poster/", **headers) -> bytes:
    response = client.get(notice_url(clinic, language, route), **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


def pdf_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def flowing(text: str) -> str:
    """The text with its lines joined, as a sentence reads across line breaks."""
    return " ".join(text.split())


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    document = pypdfium2.PdfDocument(pdf)
    return [tuple(round(side * MM_PER_POINT) for side in page.get_size()) for page in document]


def one_line(text: str, piece: str) -> bool:
    """Whether `piece` is printed whole on one line of the PDF's text."""
    return any(piece in line for line in text.splitlines())


def canonical(clinic: Clinic, language: str) -> str:
    return settings.PORTAL_PUBLIC_URL + notice_url(clinic, language)


def stable(clinic: Clinic, language: str = "") -> str:
    """The address posters print and QR codes carry: no rename breaks it (`/n/<id>/`)."""
    return settings.PORTAL_PUBLIC_URL + f"/n/{clinic.pk}/" + (f"{language}/" if language else "")


# --- One page at the longest texts, 1 to 30 tools ----------------------------------------------


@pytest.mark.parametrize("counts", [range(1, 11), range(11, 21), range(21, 31)])
def test_poster_holds_on_one_a4_page_with_its_qr_code_for_1_to_30_tools_at_the_longest_texts(
    counts,
):
    clinic = longest_clinic(uses=max(counts))
    document = published_version(clinic.slug).document
    problems = []
    for count in counts:
        # Both languages, every other count: English labels run as long as French ones.
        language = LANGUAGES[count % 2]
        url = canonical(clinic, language)
        pdf = notice_printed_pdf(
            form=POSTER,
            document={**document, "uses": document["uses"][:count]},
            notice_url=url,
            other_urls={},
            language=language,
        )
        text, qr_width = printed_qr_code(pdf)
        printed_text = flowing(pdf_text(pdf))
        shown = sum(use["system"]["name"] in printed_text for use in document["uses"][:count])
        others = re.search(
            r"(?:Et|And) (\d+) (?:autres? outils?|(?:other|more) tools?)", printed_text
        )
        outcome = (
            page_sizes_mm(pdf),
            text,
            qr_width >= 60,
            shown + int(others[1] if others else 0),
        )
        if outcome != ([(210, 297)], url, True, count):
            problems.append((count, language, outcome))
    assert problems == []


# --- The poster a patient reads ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_poster_is_a_tagged_a4_pdf_whose_qr_code_carries_the_stable_address(client, language):
    clinic = published_clinic(uses=2, ai_contact_phone="01 23 45 67 89")

    pdf = printed(client, clinic, language)

    assert page_sizes_mm(pdf) == [(210, 297)]
    code, width_mm = printed_qr_code(pdf)
    assert code == stable(clinic)
    assert width_mm >= 60
    text = pdf_text(pdf)
    for name in systems_of(clinic):
        assert name in text
    assert one_line(text, stable(clinic))
    assert one_line(text, "01 23 45 67 89")
    assert tagged_figures_alt_texts(pdf) == [
        {
            "fr": "Code QR menant à la notice en ligne\u00a0: ",
            "en": "QR code leading to the notice online: ",
        }[language]
        + stable(clinic)
    ]


def tagged_figures_alt_texts(pdf: bytes) -> list[str]:
    """The alternative texts of the figures in the PDF's structure tree (empty when untagged)."""
    document = pypdfium2.PdfDocument(pdf)
    if not pdfium_c.FPDFCatalog_IsTagged(document.raw):
        return []
    page = document[0]
    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    texts = []

    def string_of(getter, element) -> str:
        size = getter(element, None, 0)
        buffer = ctypes.create_string_buffer(size)
        getter(element, buffer, size)
        return buffer.raw[: max(size - 2, 0)].decode("utf-16-le")

    def walk(element):
        if string_of(pdfium_c.FPDF_StructElement_GetType, element) == "Figure":
            texts.append(string_of(pdfium_c.FPDF_StructElement_GetAltText, element))
        for index in range(pdfium_c.FPDF_StructElement_CountChildren(element)):
            child = pdfium_c.FPDF_StructElement_GetChildAtIndex(element, index)
            if child:
                walk(child)

    for index in range(pdfium_c.FPDF_StructTree_CountChildren(tree)):
        walk(pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, index))
    pdfium_c.FPDF_StructTree_Close(tree)
    return texts


def font_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """Each printed character with its type size in points, in reading order."""
    textpage = pypdfium2.PdfDocument(pdf)[0].get_textpage()
    text = textpage.get_text_range()
    return [
        (text[index], pdfium_c.FPDFText_GetFontSize(textpage.raw, index))
        for index in range(min(len(text), textpage.count_chars()))
    ]


def test_poster_headline_is_the_clinics_name_and_counts_its_tools_in_the_singular_or_plural(
    client,
):
    one = published_clinic(uses=1, name="Cabinet médical des Tilleuls")
    three = published_clinic(uses=3)

    one_fr, three_en = printed(client, one, "fr"), printed(client, three, "en")

    assert "Ici, un outil d’intelligence artificielle aide nos soignants." in flowing(
        pdf_text(one_fr)
    )
    assert "Here, 3 artificial intelligence tools help our care team." in flowing(
        pdf_text(three_en)
    )
    sizes = font_sizes(one_fr)
    name_size = sizes[0][1]
    assert max(size for _character, size in sizes) == name_size


def test_qr_code_and_printed_address_are_the_stable_address_whatever_host_was_asked(client):
    clinic = published_clinic(uses=1)
    address = stable(clinic)
    assert "localhost" not in address

    pdf = printed(client, clinic, "fr", HTTP_HOST="localhost:9999")
    qr = client.get(notice_url(clinic, "fr", "qr/"), HTTP_HOST="localhost:9999")

    assert printed_qr_code(pdf)[0] == address
    assert one_line(pdf_text(pdf), address)
    assert "localhost" not in pdf_text(pdf)
    assert qr.content.decode() == notice_qr_svg(address)


FRENCH_SPACING_MISTAKES = [
    (re.compile(r" [:;!?»]"), "an ordinary space before : ; ! ? »"),
    (re.compile(r"« "), "an ordinary space after «"),
    (re.compile(r"(?m)^[:;!?»]"), "a line that starts with : ; ! ? »"),
    (re.compile(r"'"), "a straight apostrophe"),
]


def test_french_poster_keeps_punctuation_with_its_word(client):
    clinic = ClinicFactory(ai_contact_name_fr="Accueil : Mme Durand")
    system = AISystemFactory(label_fr="Rédige le « brouillon » du compte rendu ; vous validez !")
    AIUseFactory(clinic=clinic, ai_system=system, patient_interacts=True)
    AIUseFactory(clinic=clinic)
    clinic.save_revision().publish()

    text = pdf_text(printed(client, clinic, "fr"))

    assert "Mme Durand" in text
    mistakes = [
        f"{what}: …{text[max(0, m.start() - 30) : m.end() + 5]!r}"
        for pattern, what in FRENCH_SPACING_MISTAKES
        for m in pattern.finditer(text)
    ]
    assert mistakes == []


# --- The bilingual poster and the table card ---------------------------------------------------


def test_bilingual_poster_is_one_a4_page_in_french_and_english_with_one_qr_code(client):
    clinic = published_clinic(uses=2)

    response = client.get(notice_url(clinic, "en", "poster/bilingual/"))

    assert response["Content-Disposition"] == f'inline; filename="{clinic.slug}-bilingual-en.pdf"'
    pdf = response.content
    assert page_sizes_mm(pdf) == [(210, 297)]
    code, width_mm = printed_qr_code(pdf)
    assert code == stable(clinic)
    assert width_mm >= 60
    text = flowing(pdf_text(pdf))
    assert "Ici, 2 outils d’intelligence artificielle aident nos soignants." in text
    assert "Here, 2 artificial intelligence tools help our care team." in text
    assert one_line(pdf_text(pdf), stable(clinic, "fr"))
    assert one_line(pdf_text(pdf), stable(clinic, "en"))


def test_table_card_is_one_a5_page_with_the_tools_names_and_a_qr_code_of_4_cm(client):
    clinic = published_clinic(uses=3)

    response = client.get(notice_url(clinic, "fr", "poster/table-card/"))

    assert response["Content-Disposition"] == f'inline; filename="{clinic.slug}-table-card-fr.pdf"'
    pdf = response.content
    assert page_sizes_mm(pdf) == [(148, 210)]
    code, width_mm = printed_qr_code(pdf)
    assert code == stable(clinic)
    assert width_mm >= 40
    text = pdf_text(pdf)
    assert clinic.name in text
    for name in systems_of(clinic):
        assert name in text


@pytest.mark.parametrize("route", ["poster/bilingual/", "poster/table-card/"])
def test_bilingual_poster_and_table_card_hold_on_one_page_at_the_longest_texts(client, route):
    clinic = longest_clinic(uses=30)

    pdf = printed(client, clinic, "fr", route)

    assert len(page_sizes_mm(pdf)) == 1
    assert printed_qr_code(pdf)[0] == stable(clinic)


def test_notice_links_name_the_table_card_and_the_bilingual_poster(client, rf):
    clinic = published_clinic(uses=1)
    page = directory("fr")

    links = notice_links(page=page, clinic_slug=clinic.slug, request=rf.get("/"))

    assert links["table_card"] == notice_url(clinic, "fr", "poster/table-card/")
    assert links["poster_bilingual"] == notice_url(clinic, "fr", "poster/bilingual/")
    assert notice_public_url(page=page, clinic_slug=clinic.slug) == canonical(clinic, "fr")


# --- The canonical address setting ------------------------------------------------------------


def test_public_url_setting_keeps_scheme_and_host_and_refuses_anything_else():
    assert public_url(" https://portail.example.org/ ") == "https://portail.example.org"
    assert public_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    for wrong in ("portail.example.org", "ftp://portail.example.org", "https://x.org/fr/"):
        with pytest.raises(ImproperlyConfigured):
            public_url(wrong)


# --- Queries ----------------------------------------------------------------------------------


def test_printed_forms_cost_a_fixed_number_of_queries_and_none_once_kept(client):
    small, large = published_clinic(uses=1), published_clinic(uses=6)

    for route in ("poster/", "poster/bilingual/", "poster/table-card/"):
        counts = {queries_for(client, notice_url(clinic, "fr", route)) for clinic in (small, large)}
        assert len(counts) == 1, route
        assert queries_of_kept_page(client, notice_url(large, "fr", route)) == 0
    # The bilingual poster reads the directory in the other language: one query more.
    assert (
        queries_for(client, notice_url(small, "fr", "poster/bilingual/"))
        == queries_for(client, notice_url(small, "fr", "poster/")) + 1
    )
