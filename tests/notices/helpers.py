"""Helpers of the notices' tests: a notice's addresses, its page as text, what its QR code says."""

import html as html_lib

import pypdfium2
import zxingcpp

from content.notices.models import Clinic
from content.notices.pages import ClinicDirectoryPage

LANGUAGES = ["fr", "en"]


def directory(language: str) -> ClinicDirectoryPage:
    return ClinicDirectoryPage.objects.get(locale__language_code=language)


def notice_url(clinic: Clinic, language: str, route: str = "") -> str:
    return directory(language).notice_url(clinic.slug, route)


def json_url(clinic: Clinic) -> str:
    return f"/api/notices/{clinic.slug}.json"


def page_text(response) -> str:
    """The page's HTML with entities decoded, so that texts read as they were typed."""
    return html_lib.unescape(response.content.decode())


def systems_of(clinic: Clinic) -> list[str]:
    return [use.ai_system.name for use in clinic.uses.order_by("sort_order")]


def qr_text_of_pdf(pdf: bytes) -> str:
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=3).to_pil()
    codes = zxingcpp.read_barcodes(image)
    assert len(codes) == 1
    return codes[0].text
