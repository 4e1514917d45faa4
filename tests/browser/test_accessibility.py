"""Every page type, in both languages, at 320 px and 1280 px: no axe violation, no sideways
scrolling, no request to another host."""

from urllib.parse import urlsplit

import pytest

from content.demo.clinics import TILLEULS_SCRIBE
from tests.browser.checks import AXE_TAGS, assert_page_accessible, axe
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_FALLBACK,
    DEMO_CLINIC_WITH_HISTORY,
    DEMO_VISIT_CHATBOT,
    DEMO_VISIT_TWO_TOOLS,
    PAGE_TYPES,
    UNKNOWN_VISIT_CODE,
    demo_url,
    directory_url,
    notice_url,
    visit_url,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WIDTHS = [320, 1280]
LANGUAGES = ["fr", "en"]


def page_paths(language: str) -> dict[str, str]:
    paths = {name: demo_url(key, language) for name, key in PAGE_TYPES.items()}
    paths["search"] = (
        f"/{language}/search/?q=donn%C3%A9es" if language == "fr" else "/en/search/?q=data"
    )
    paths["not_found"] = f"/{language}/no-such-page/"
    paths["directory"] = directory_url(language)
    paths["directory_search"] = paths["directory"] + "?q=alb"
    paths["system"] = paths["directory"] + "systems/vocaline-dictee/"
    paths["search_clinics_and_tools"] = f"/{language}/search/?q=vocaline"
    for name, slug in NOTICES.items():
        paths[name] = notice_url(slug, language)
    paths["notice_print"] = notice_url(DEMO_CLINIC_WITH_HISTORY, language, "print/")
    paths["notice_versions"] = notice_url(DEMO_CLINIC_WITH_HISTORY, language, "versions/")
    paths["notice_archived"] = notice_url(DEMO_CLINIC_WITH_HISTORY, language, "versions/1/")
    easy_read = "facile/" if language == "fr" else "easy-read/"
    paths["article_easy_read"] = demo_url(PAGE_TYPES["article"], language) + easy_read
    paths["notice_easy_read"] = notice_url(DEMO_CLINIC_WITH_CHATBOT, language, easy_read)
    paths["visit_practice"] = visit_url(DEMO_VISIT_TWO_TOOLS, language)
    paths["visit_emergency"] = visit_url(DEMO_VISIT_CHATBOT, language)
    paths["visit_unknown"] = visit_url(UNKNOWN_VISIT_CODE, language)
    paths["register"] = f"/{language}/register/"
    paths["observatory"] = "/fr/observatoire/" if language == "fr" else "/en/observatory/"
    paths["open_data"] = "/fr/donnees/" if language == "fr" else "/en/data/"
    # The form a card's page opens: its tool chosen, the visit attached.
    paths["contact_visit"] = notice_url(
        DEMO_CLINIC_WITH_HISTORY,
        language,
        f"contact/?use={TILLEULS_SCRIBE}&visit={DEMO_VISIT_TWO_TOOLS}",
    )
    return paths


# Pages whose designed answer is a 404.
NOT_FOUND_PAGES = {"not_found", "visit_unknown"}


NOTICES = {
    "notice_practice": DEMO_CLINIC_WITH_HISTORY,
    "notice_imaging": DEMO_CLINIC_WITH_FALLBACK,
    "notice_emergency": DEMO_CLINIC_WITH_CHATBOT,
}
PAGE_NAMES = [
    *PAGE_TYPES,
    "search",
    "not_found",
    "directory",
    "directory_search",
    "system",
    "search_clinics_and_tools",
    *NOTICES,
    "notice_print",
    "notice_versions",
    "notice_archived",
    "article_easy_read",
    "notice_easy_read",
    "visit_practice",
    "visit_emergency",
    "visit_unknown",
    "contact_visit",
    "register",
    "observatory",
    "open_data",
]
CASES = [
    (name, language, width) for language in LANGUAGES for name in PAGE_NAMES for width in WIDTHS
]


@pytest.mark.parametrize(("name", "language", "width"), CASES)
def test_page_is_accessible_fits_the_screen_and_stays_on_the_site(
    visit, portal_server, name, language, width
):
    page, response, hosts = visit(page_paths(language)[name], width=width)

    assert response.status == (404 if name in NOT_FOUND_PAGES else 200)
    assert_page_accessible(
        page, language=language, narrow=width == 320, hosts=hosts, server=portal_server
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_reading_and_searching_work_without_javascript(visit, language):
    page, response, _ = visit(demo_url("home", language), javascript=False)
    assert response.status == 200

    page.get_by_role("searchbox").first.fill("IA")
    page.get_by_role("searchbox").first.press("Enter")
    page.wait_for_load_state("load")

    assert "/search/" in page.url
    assert page.locator("ol.search-results li").count() >= 1
    page.locator("ol.search-results a").first.click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text()


def test_language_switcher_keeps_the_reader_on_the_same_article(visit):
    page, _, _ = visit(demo_url("how-clinicians-use-ai", "fr"))

    page.get_by_role("navigation", name="Choix de la langue").get_by_role(
        "link", name="English"
    ).click()
    page.wait_for_load_state("load")

    assert urlsplit(page.url).path == demo_url("how-clinicians-use-ai", "en")
    assert page.locator("html").get_attribute("lang") == "en"


def test_axe_runs_under_the_sites_policy_and_reports_a_planted_fault(visit):
    page, _, _ = visit(demo_url("home", "fr"))
    page.evaluate(
        "document.querySelector('main').append(Object.assign(document.createElement('img'),"
        " {src: '/static/images/favicon.svg'}))"
    )

    results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})

    assert "image-alt" in {violation["id"] for violation in results.response["violations"]}


def test_language_switcher_keeps_the_reader_on_the_same_notice(visit):
    page, _, _ = visit(notice_url(DEMO_CLINIC_WITH_FALLBACK, "en", "print/"))

    page.get_by_role("navigation", name="Language choice").get_by_role(
        "link", name="Français"
    ).click()
    page.wait_for_load_state("load")

    assert urlsplit(page.url).path == notice_url(DEMO_CLINIC_WITH_FALLBACK, "fr", "print/")
    assert page.locator("html").get_attribute("lang") == "fr"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_patient_finds_a_clinic_and_its_poster_without_javascript(visit, language):
    page, _, _ = visit(directory_url(language), javascript=False)

    page.get_by_role(
        "searchbox",
        name="Nom de la structure, ville, code postal ou département"
        if language == "fr"
        else "Name of the care provider, town, postcode or department",
    ).fill("Vendôme")
    page.get_by_role("button", name="Trouver" if language == "fr" else "Find").click()
    page.wait_for_load_state("load")
    page.get_by_role("link", name="Cabinet médical des Tilleuls").click()
    page.wait_for_load_state("load")

    assert urlsplit(page.url).path == notice_url(DEMO_CLINIC_WITH_HISTORY, language)
    # The A4 poster comes first among the notice's PDFs (then the bilingual poster, the table card).
    poster = page.get_by_role("link", name="PDF").first
    assert poster.get_attribute("href").endswith("/poster/")


def test_a_patient_finds_a_clinic_from_the_home_page_and_a_tool_page_without_javascript(visit):
    page, _, _ = visit(demo_url("home", "fr"), javascript=False)

    page.locator("#find-clinic-query").fill("41100")
    page.locator(".find-clinic button").click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path == directory_url("fr")
    page.locator(".card").get_by_role("link", name="Transcrivia Consultation").click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == "Transcrivia Consultation"
    page.get_by_role("link", name="Cabinet médical des Tilleuls").click()
    page.wait_for_load_state("load")

    address = urlsplit(page.url)
    assert address.path == notice_url(DEMO_CLINIC_WITH_HISTORY, "fr")
    assert address.fragment == "use-1"
