"""The printed forms of a notice (WeasyPrint PDF) and its QR code (segno).

Three forms: the A4 waiting-room poster, the same poster in French and English, and an A5 table
card. Each holds on one page whatever the notice says: it is laid out at its largest type, then
at smaller steps, and at the smallest step with fewer tools shown ("and N other tools: see the
notice online") until one page holds it. The QR code and the address sit in a footer the tools
never push off the page, and the printed PDF is tagged (PDF/UA-1).
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from .document import use_label
from .printing import qr_svg as notice_qr_svg
from .printing import url_font_size

__all__ = ["notice_qr_svg", "url_font_size"]

PDF_VARIANT = "pdf/ua-1"
# Bump when a template or the stylesheet changes, so that kept posters are made again.
DESIGN_VERSION = "2"
# poster.css has a class per half point from 4 pt ("url-pt-40") to 16 pt ("url-pt-160").
URL_SMALLEST_HALF_POINTS = 8


@dataclass(frozen=True)
class PrintedForm:
    """One printed form of a notice: its template, its number of type steps, its URL line."""

    template: str
    steps: int
    url_width_mm: float
    url_max_pt: float
    load_per_step: tuple[int, ...]


POSTER = PrintedForm(
    template="notices/poster.html",
    steps=5,
    url_width_mm=186,
    url_max_pt=16,
    load_per_step=(700, 1300, 2600, 4200),
)
BILINGUAL_POSTER = PrintedForm(
    template="notices/poster_bilingual.html",
    steps=5,
    url_width_mm=186,
    url_max_pt=13,
    load_per_step=(500, 1000, 2000, 3400),
)
TABLE_CARD = PrintedForm(
    template="notices/table_card.html",
    steps=4,
    url_width_mm=128,
    url_max_pt=12,
    load_per_step=(250, 600, 1300),
)
PRINTED_FORMS = {"poster": POSTER, "bilingual": BILINGUAL_POSTER, "table_card": TABLE_CARD}


def url_size_class(url: str, *, form: PrintedForm) -> str:
    """The stylesheet's class for that size, in half points: "url-pt-95" for 9.5 pt."""
    size = url_font_size(url, width_mm=form.url_width_mm, max_pt=form.url_max_pt)
    half_points = max(URL_SMALLEST_HALF_POINTS, math.floor(size * 2))
    return f"url-pt-{half_points * 5}"


def clinic_name_size(name: str) -> str:
    """The headline's size class: the shorter the clinic's name, the larger it is printed."""
    for limit, size in ((32, "l"), (64, "m"), (110, "s")):
        if len(name) <= limit:
            return size
    return "xs"


def _text_load(document: dict[str, Any]) -> int:
    """About how many characters the tools' part of a form prints, to pick the first step."""
    load = 0
    for use in document["uses"]:
        label = use_label(use)
        load += 40 + len(use["system"]["name"]) + len(label.get("fr") or "")
        load += len(label.get("en") or label.get("fr") or "")
        load += 60 if use["patient_interacts"] else 0
    return load


def _first_step(form: PrintedForm, document: dict[str, Any]) -> int:
    load = _text_load(document)
    return next((s for s, most in enumerate(form.load_per_step) if load <= most), form.steps - 1)


def _outer_boxes(root):
    """Each element's outermost box under `root`: its line boxes share its element."""
    seen = set()
    for box in root.descendants():
        element = getattr(box, "element", None)
        if element is None or id(element) in seen or not hasattr(box, "position_y"):
            continue
        seen.add(id(element))
        yield box


def _boxes_with_class(page, name: str):
    for box in _outer_boxes(page._page_box):
        if name in (box.element.get("class") or "").split():
            yield box


def _tools_that_fit(laid_out) -> int:
    """How many tools an overflowing layout could keep on its first page with its footer.

    Reads WeasyPrint's boxes: the rows of tools on the first page, and the height of what follows
    the tools (promises, footer) wherever it fell; a guess that the caller checks by laying out.
    """
    first = laid_out.pages[0]._page_box
    bottom = first.content_box_y() + first.height
    # A part split over two pages counts as its tallest piece: it will not be split on one page.
    after = sum(
        max(
            (
                box.margin_height()
                for page in laid_out.pages
                for box in _boxes_with_class(page, name)
            ),
            default=0,
        )
        for name in ("poster__promises", "poster__footer")
    )
    # Room (in CSS px) for the "and N other tools" line: two lines of the type it takes.
    after += 30
    kept = 0
    for page in laid_out.pages[:1]:
        lists = (
            *_boxes_with_class(page, "poster__tools"),
            *_boxes_with_class(page, "table-card__tools"),
        )
        for tools in lists:
            for row_bottom, count in _rows(tools):
                if row_bottom + after <= bottom:
                    kept = count
    return kept


def _rows(tools):
    """(bottom of the row, tools up to it) for each row of a list of tools, in order."""
    items = [box for box in _outer_boxes(tools) if box.element_tag == "li"]
    bottoms: dict[float, float] = {}
    for box in items:
        bottom = box.position_y + box.margin_height()
        bottoms[box.position_y] = max(bottoms.get(box.position_y, 0), bottom)
    count = 0
    for top in sorted(bottoms):
        count += sum(1 for box in items if box.position_y == top)
        yield bottoms[top], count


def fitted_layout(lay_out: Callable[..., Any], *, form: PrintedForm, document: dict[str, Any]):
    """The first layout that holds on one page: larger type first, then fewer tools shown.

    `lay_out(step=, shown=)` returns a WeasyPrint document. At the smallest step, the tools kept
    are those the overflowing layout shows fit, then one fewer until one page holds them; with
    none shown the footer alone always fits.
    """
    count = len(document["uses"])
    last = form.steps - 1
    laid_out = None
    for step in range(_first_step(form, document), form.steps):
        laid_out = lay_out(step=step, shown=count)
        if len(laid_out.pages) == 1:
            return laid_out
    try:
        shown = min(_tools_that_fit(laid_out), count - 1)
    except AttributeError:
        # The boxes are WeasyPrint's inner API (pinned 70.0): without them, step down one by one.
        shown = count - 1
    while shown > 0:
        laid_out = lay_out(step=last, shown=shown)
        if len(laid_out.pages) == 1:
            return laid_out
        shown -= 1
    return lay_out(step=last, shown=0)


def notice_printed_pdf(
    *,
    form: PrintedForm,
    document: dict[str, Any],
    notice_url: str,
    other_urls: dict[str, str],
    language: str,
) -> bytes:
    """A printed form of the notice as one-page tagged PDF bytes, in the language asked.

    `notice_url` is the canonical address the QR code carries; `other_urls` the notice's address
    in each language, for the bilingual poster.
    """
    import weasyprint

    qr = segno.make(notice_url, error="m")
    context = {
        "notice": document,
        "notice_language": language,
        "notice_url": notice_url,
        "notice_urls": other_urls,
        "qr_data_uri": qr.svg_data_uri(scale=4, dark="#111", border=0),
        "ai_decides": any(use["decision_role"]["code"] == "decides" for use in document["uses"]),
        "uses_count": len(document["uses"]),
        "name_size": clinic_name_size(document["name"]),
        "url_size": url_size_class(notice_url, form=form),
        "printed_urls": [
            {"language": code, "url": url, "size": url_size_class(url, form=form)}
            for code, url in other_urls.items()
        ],
    }
    stylesheet = weasyprint.CSS(filename=str(settings.BASE_DIR / "static" / "css" / "poster.css"))
    # A printed form may load nothing but the QR code it carries: no file, no network.
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)

    def lay_out(*, step: int, shown: int):
        uses = document["uses"]
        with translation.override(language):
            html = render_to_string(
                form.template,
                {**context, "step": step, "shown": uses[:shown], "hidden": len(uses) - shown},
            )
        return weasyprint.HTML(string=html, url_fetcher=fetcher).render(
            stylesheets=[stylesheet], pdf_variant=PDF_VARIANT
        )

    laid_out = fitted_layout(lay_out, form=form, document=document)
    return laid_out.write_pdf(pdf_variant=PDF_VARIANT)
