"""JSON-LD in Chromium: the data blocks of an article and a notice read as JSON and break none of
the site's Content-Security-Policy, which allows no script; a planted inline script still does."""

import pytest

from tests.pages import DEMO_CLINIC_WITH_CHATBOT, demo_url, notice_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Every policy violation and every console message of the page, kept from before it loads.
WATCH_VIOLATIONS = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.policyViolations.push(event.effectiveDirective + " " + event.blockedURI);
});
"""
READ_JSON_LD = """
() => Array.from(document.querySelectorAll('script[type="application/ld+json"]'),
  (block) => ({inHead: block.parentElement === document.head, data: JSON.parse(block.textContent)}))
"""


@pytest.fixture
def watched(browser, portal_server):
    """Open a path with JavaScript on; return the page, its console messages and its violations."""
    contexts = []

    def open_page(path: str):
        context = browser.new_context()
        contexts.append(context)
        context.add_init_script(WATCH_VIOLATIONS)
        page = context.new_page()
        messages: list[str] = []
        page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
        response = page.goto(portal_server + path, wait_until="load")
        assert response.status == 200
        return page, messages

    yield open_page
    for context in contexts:
        context.close()


def violations_of(page) -> list[str]:
    return page.evaluate("window.policyViolations")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_json_ld_reads_as_data_and_breaks_no_content_security_policy(watched, language):
    pages = {
        "MedicalWebPage": demo_url("how-clinicians-use-ai", language),
        "WebPage": notice_url(DEMO_CLINIC_WITH_CHATBOT, language),
    }
    for kind, path in pages.items():
        page, messages = watched(path)

        (block,) = page.evaluate(READ_JSON_LD)

        assert block["inHead"]
        assert block["data"]["@type"] == kind
        assert block["data"]["inLanguage"] == language
        assert violations_of(page) == [], path
        assert not [m for m in messages if "Content Security Policy" in m], messages


def test_a_planted_inline_script_is_still_refused_and_reported(watched):
    page, messages = watched(demo_url("how-clinicians-use-ai", "fr"))

    page.evaluate(
        "document.head.append(Object.assign(document.createElement('script'),"
        " {textContent: 'window.ran = true'}))"
    )
    page.wait_for_function("window.policyViolations.length > 0")

    assert page.evaluate("window.ran === undefined")
    assert any("script-src" in violation for violation in violations_of(page))
    assert any("Content Security Policy" in message for message in messages)
