"""The browser suite: the demo portal served on loopback, driven in Debian's Chromium."""

import shutil
from urllib.parse import urlsplit

import pytest

from tests.conftest import IN_CI

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium calls home at start, which this portal's tests must never see.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="session")
def browser(portal_server):
    # Depending on the server makes Chromium close first at the end, before the server stops.
    from playwright.sync_api import Error, sync_playwright

    path = chromium_path()
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(
                executable_path=path, headless=True, args=CHROMIUM_ARGS
            )
        except Error as error:
            if IN_CI:
                raise
            pytest.skip(f"no Chromium to drive (install Debian's chromium): {error}")
        yield launched
        launched.close()


@pytest.fixture
def visit(browser, portal_server):
    """Open a path at a width; return the page and every host the page sent a request to."""
    contexts = []

    def open_page(path: str, *, width: int = 1280, javascript: bool = True):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        hosts: set[str] = set()
        page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
        response = page.goto(portal_server + path, wait_until="load")
        return page, response, hosts

    yield open_page
    for context in contexts:
        context.close()
