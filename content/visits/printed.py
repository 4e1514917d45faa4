"""The printed A6 visit card (WeasyPrint PDF) and the QR code of a card's page (segno).

The card gives the patient on paper what their visit's page says at a glance: the clinic, the date,
each tool used and what it did, then the page's QR code (45 mm wide, with its quiet zone), its
address and the card's code in readable form. One page whatever the card names: the type steps down,
then the last tools give way to « and N other tools: see the page ». The card holds no personal
data, and says so. The PDF is tagged (PDF/UA-1) and loads nothing but its QR code.
"""

import math

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from content.notices.printing import qr_svg as visit_qr_svg
from content.notices.printing import url_font_size

from .cards import VisitReading

__all__ = ["visit_card_pdf", "visit_qr_svg"]

PDF_VARIANT = "pdf/ua-1"
# Bump when the template or the stylesheet changes, so that kept cards are made again.
DESIGN_VERSION = "1"
TEMPLATE = "visits/card_a6.html"
STYLESHEET = "visit_card.css"
# Type steps of visit_card.css: "visit-card--step-0" (largest) to "visit-card--step-2".
STEPS = 3
# The A6 page (105 mm) less its margins: the address holds on this one line.
URL_WIDTH_MM = 91
# visit_card.css has a class per half point, "card-url-pt-50" (5 pt) to "card-url-pt-100" (10 pt).
URL_HALF_POINTS = (10, 20)


def url_size_class(url: str) -> str:
    """The stylesheet's class at which the address holds on one line: "card-url-pt-85" for 8.5 pt."""
    smallest, largest = URL_HALF_POINTS
    size = url_font_size(url, width_mm=URL_WIDTH_MM, max_pt=largest / 2)
    half_points = max(smallest, math.floor(size * 2))
    return f"card-url-pt-{half_points * 5}"


def _first_step(reading: VisitReading) -> int:
    """The step to try first: a card with many tools would not hold at the largest type."""
    return 0 if len(reading.tools) <= 3 else 1 if len(reading.tools) <= 5 else STEPS - 1


def visit_card_pdf(reading: VisitReading, *, url: str, language: str) -> bytes:
    """The A6 card of a visit as one-page tagged PDF bytes, in `language`.

    `url` is the card's public address: the QR code carries it and the card prints it. `reading`
    should be read in the same language (`visit_card_read`).
    """
    import weasyprint

    qr = segno.make(url, error="m")
    context = {
        "reading": reading,
        "clinic": reading.document,
        "card_language": language,
        "url": url,
        "url_size": url_size_class(url),
        "qr_data_uri": qr.svg_data_uri(scale=4, dark="#111", border=0),
    }
    stylesheet = weasyprint.CSS(filename=str(settings.BASE_DIR / "static" / "css" / STYLESHEET))
    # A printed card may load nothing but the QR code it carries: no file, no network.
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    tools = reading.tools

    def lay_out(*, step: int, shown: int):
        with translation.override(language):
            html = render_to_string(
                TEMPLATE,
                {**context, "step": step, "shown": tools[:shown], "hidden": len(tools) - shown},
            )
        return weasyprint.HTML(string=html, url_fetcher=fetcher).render(
            stylesheets=[stylesheet], pdf_variant=PDF_VARIANT
        )

    laid_out = None
    for step in range(_first_step(reading), STEPS):
        laid_out = lay_out(step=step, shown=len(tools))
        if len(laid_out.pages) == 1:
            return laid_out.write_pdf(pdf_variant=PDF_VARIANT)
    # At the smallest type, one tool fewer at a time; with none shown the rest always holds.
    for shown in range(len(tools) - 1, -1, -1):
        laid_out = lay_out(step=STEPS - 1, shown=shown)
        if len(laid_out.pages) == 1:
            break
    return laid_out.write_pdf(pdf_variant=PDF_VARIANT)
