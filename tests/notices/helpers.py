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


MM_PER_POINT = 25.4 / 72
RENDER_SCALE = 2


def printed_qr_code(pdf: bytes) -> tuple[str, float]:
    """The one QR code a phone finds on the printed first page, and its width in millimetres."""
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=RENDER_SCALE).to_pil()
    # A phone's camera app looks for QR codes only; the other formats zxing knows can be misread in
    # lines of printed text (the factories' texts vary from run to run).
    codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1, [(code.format, code.text) for code in codes]
    position = codes[0].position
    width_points = (position.top_right.x - position.top_left.x) / RENDER_SCALE
    return codes[0].text, width_points * MM_PER_POINT
