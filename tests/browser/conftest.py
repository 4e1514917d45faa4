"""The browser suite: the demo portal served on loopback, driven in Debian's Chromium."""

import shutil
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from tests.conftest import IN_CI
from tests.workspace.helpers import sign_in_verified

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


# Long words in one long sentence: Kandel-Moles far below the minimum.
HARD_FRENCH_TEXT = (
    "L’administration hospitalière universitaire réorganise considérablement "
    "l’accompagnement thérapeutique personnalisé conformément aux recommandations "
    "institutionnelles pluridisciplinaires internationales particulièrement exigeantes."
)
EASY_FRENCH_TEXT = "Le médecin lit ce que fait l’outil. Il peut dire non. Vous pouvez le lui dire."


@pytest.fixture(scope="session")
def admin_session(portal_server, django_db_blocker):
    """A superuser's session, its second factor verified, as the admin asks."""
    with django_db_blocker.unblock():
        user, _ = get_user_model().objects.get_or_create(
            username="browser-superuser@example.org",
            defaults={"email": "superuser@example.org", "is_superuser": True, "is_staff": True},
        )
        client = Client()
        sign_in_verified(client, user)
        return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture
def admin_page(browser, portal_server, admin_session):
    """A wide browser tab signed in to the Wagtail admin, which speaks French to it."""

    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="fr-FR")
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": admin_session, "url": portal_server}]
    )
    page = context.new_page()
    yield page
    context.close()
