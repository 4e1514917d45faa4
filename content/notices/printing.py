"""What every printed form shares, the notice's posters and a visit's card: the QR code of an
address, and the type size at which an address holds on one printed line."""

import io
import math

import segno

# DejaVu Sans Mono advances 1233/2048 em per character; a little more for safety.
MONO_ADVANCE_EM = 0.61
POINTS_PER_MM = 72 / 25.4


def qr_svg(url: str) -> str:
    """An SVG QR code for the address, dark on light, with a quiet zone, medium error correction."""
    return segno.make(url, error="m").svg_inline(scale=4, dark="#111", light="#fff")


def qr_png(url: str) -> bytes:
    """The same QR code as a PNG, 10 pixels a module: for software that takes no SVG."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=10, dark="#111", light="#fff")
    return buffer.getvalue()


def url_font_size(url: str, *, width_mm: float, max_pt: float) -> float:
    """The type size (pt) at which the address holds on one line of `width_mm` in a mono font."""
    fitting = width_mm * POINTS_PER_MM / (max(len(url), 1) * MONO_ADVANCE_EM)
    return min(max_pt, math.floor(fitting * 10) / 10)
