"""The waiting-room poster of a notice (A4 PDF, WeasyPrint) and its QR code (SVG, segno)."""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation


def notice_qr_svg(url: str) -> str:
    """An SVG QR code for the address, dark on light, with a quiet zone, medium error correction."""
    return segno.make(url, error="m").svg_inline(scale=4, dark="#111", light="#fff")


def notice_poster_pdf(*, document: dict, notice_url: str, language: str) -> bytes:
    """The A4 waiting-room poster of a notice, as PDF bytes, in the language asked."""
    import weasyprint

    svg = segno.make(notice_url, error="m").svg_data_uri(scale=4, dark="#111")
    with translation.override(language):
        html = render_to_string(
            "notices/poster.html",
            {
                "notice": document,
                "notice_language": language,
                "notice_url": notice_url,
                "qr_data_uri": svg,
                "ai_decides": any(
                    use["decision_role"]["code"] == "decides" for use in document["uses"]
                ),
            },
        )
    stylesheet = weasyprint.CSS(filename=str(settings.BASE_DIR / "static" / "css" / "poster.css"))
    # The poster may load nothing but the QR code it carries: no file, no network.
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(stylesheets=[stylesheet])
