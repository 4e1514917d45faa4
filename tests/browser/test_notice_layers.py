"""The notice in layers and the folded header, measured in Chromium on a 390 × 844 phone and at
1280 px, with JavaScript off as a patient may have it (issue 12, point 2)."""

import pytest

from tests.pages import DEMO_CLINIC_WITH_HISTORY, demo_url, notice_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}
# The aims: "your rights" within 3 phone screens, the header under 20 % of one.
RIGHTS_WITHIN = 3 * PHONE["height"]
HEADER_AT_MOST = 0.2 * PHONE["height"]


@pytest.fixture
def open_page(browser, portal_server):
    contexts = []

    def open_at(path: str, viewport: dict):
        context = browser.new_context(viewport=viewport, java_script_enabled=False)
        contexts.append(context)
        page = context.new_page()
        assert page.goto(portal_server + path, wait_until="load").status == 200
        return page

    yield open_at
    for context in contexts:
        context.close()


def top_of(page, selector: str) -> float:
    return page.locator(selector).first.evaluate(
        "element => element.getBoundingClientRect().top + window.scrollY"
    )


def height_of(page, selector: str) -> float:
    return page.locator(selector).first.evaluate("element => element.offsetHeight")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_phone_reader_sees_each_tool_first_and_reaches_rights_within_three_screens(
    open_page, language
):
    page = open_page(notice_url(DEMO_CLINIC_WITH_HISTORY, language), PHONE)

    header = height_of(page, ".site-header")
    rights = top_of(page, "#notice-rights-title")
    total = page.evaluate("document.documentElement.scrollHeight")
    first_tool = top_of(page, ".notice-summary__item")
    # The first layer: the clinic, every tool's short lines, then the links to rights and contact.
    first_layer_end = page.locator(".notice-summary__links").evaluate(
        "element => element.getBoundingClientRect().bottom + window.scrollY"
    )
    print(
        f"\n[{language}] 390×844, all closed: header {header:.0f} px, first tool line at "
        f"{first_tool:.0f} px, first layer ends at {first_layer_end:.0f} px, "
        f"rights at {rights:.0f} px ({rights / 844:.2f} screens), "
        f"page {total:.0f} px ({total / 844:.1f} screens)"
    )
    assert header <= HEADER_AT_MOST
    assert first_tool < PHONE["height"], "the first tool’s line starts on the first screen"
    assert first_layer_end <= PHONE["height"], "both tools and the links fit the first screen"
    assert rights <= RIGHTS_WITHIN
    assert not page.get_by_role("searchbox").is_visible(), "the menu is folded on a phone"
    assert page.get_by_role(
        "navigation", name="Choix de la langue" if language == "fr" else "Language choice"
    ).is_visible()

    # Details open with a tap, without JavaScript; a link to a tool lands on its section.
    details = page.locator("#use-2 details")
    assert not details.locator("h3").first.is_visible()
    details.locator("summary").click()
    assert details.locator("h3").first.is_visible()
    page.locator(".notice-summary__item a[href='#use-1']").click()
    assert abs(page.locator("#use-1").evaluate("e => e.getBoundingClientRect().top")) < 2

    # The header's menu opens from the keyboard.
    page.locator(".site-menu summary").focus()
    page.keyboard.press("Enter")
    assert page.get_by_role("searchbox").is_visible()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_page_header_stays_under_a_fifth_of_a_phone_screen(open_page, language):
    page = open_page(demo_url("home", language), PHONE)

    header = height_of(page, ".site-header")

    print(f"\n[{language}] home at 390×844: header {header:.0f} px")
    assert header <= HEADER_AT_MOST


def test_wide_screen_shows_the_menu_open_and_keeps_the_contents_beside_the_notice(open_page):
    page = open_page(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr"), WIDE)

    assert page.get_by_role("searchbox").is_visible()
    assert page.get_by_role("navigation", name="Menu principal").is_visible()
    # The open menu is in the keyboard's path: skip link, brand, languages, sections, search.
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "search":
            break
    assert page.evaluate("document.activeElement.id") == "site-search-input"
    toc = page.get_by_role("navigation", name="Dans cette notice")
    summary = page.locator(".notice-summary").bounding_box()
    beside = toc.bounding_box()
    print(
        f"\n1280 px: notice column {summary['x']:.0f}–{summary['x'] + summary['width']:.0f} px, "
        f"contents {beside['x']:.0f}–{beside['x'] + beside['width']:.0f} px"
    )
    assert beside["x"] >= summary["x"] + summary["width"]
    assert beside["x"] + beside["width"] > 0.8 * WIDE["width"]

    page.locator("#notice-rights-title").scroll_into_view_if_needed()
    box = toc.bounding_box()
    assert 0 <= box["y"] < WIDE["height"], "the contents stay in view while reading"
