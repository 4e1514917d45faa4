"""Make the icons browsers and phones ask for from the site's SVG icon, with Chromium and Pillow.

    .venv/bin/python deploy/favicon.py

Writes static/images/favicon.ico (16, 32 and 48 px, each drawn at its own size rather than shrunk
from the largest) and static/images/apple-touch-icon.png (180 px, square and opaque: iOS rounds
the corners itself and would paint transparent ones black). Run it again after favicon.svg changes,
and commit what it writes. Needs Chromium (Debian's `chromium`, or `playwright install chromium`).
"""

import io
import re
import shutil
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

IMAGES = Path(__file__).resolve().parent.parent / "static" / "images"
ICO_SIZES = (16, 32, 48)
TOUCH_ICON_SIZE = 180


def svg_render(*, browser, svg: str, size: int) -> Image.Image:
    """The SVG drawn on a transparent square of `size` CSS pixels, one device pixel each."""
    page = browser.new_page(viewport={"width": size, "height": size}, device_scale_factor=1)
    sized = svg.replace("<svg ", f'<svg width="{size}" height="{size}" ', 1)
    page.set_content(f"<!DOCTYPE html><body style='margin:0'>{sized}</body>")
    png = page.screenshot(
        omit_background=True, clip={"x": 0, "y": 0, "width": size, "height": size}
    )
    page.close()
    return Image.open(io.BytesIO(png)).convert("RGBA")


def main() -> None:
    svg = (IMAGES / "favicon.svg").read_text()
    # The touch icon fills its square: the rounded corners' radius goes.
    square_svg = re.sub(r'\s+rx="[^"]*"', "", svg, count=1)
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True)
        icons = [svg_render(browser=browser, svg=svg, size=size) for size in ICO_SIZES]
        touch_icon = svg_render(browser=browser, svg=square_svg, size=TOUCH_ICON_SIZE)
        browser.close()
    largest = icons[-1]
    largest.save(
        IMAGES / "favicon.ico",
        format="ICO",
        sizes=[icon.size for icon in icons],
        append_images=icons[:-1],
    )
    touch_icon.convert("RGB").save(IMAGES / "apple-touch-icon.png", format="PNG", optimize=True)
    print(f"favicon.ico ({', '.join(str(size) for size in ICO_SIZES)} px), apple-touch-icon.png")


if __name__ == "__main__":
    main()
