"""What every page of the browser suite must pass: axe-core's WCAG 2.2 A and AA rules, no sideways
scrolling at 320 px, and no request to another host than the portal."""

from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
axe = Axe()


def assert_page_accessible(
    page, *, language: str | None = None, narrow: bool = True, hosts=None, server: str = ""
) -> None:
    """The page's language, its axe report, its width when `narrow`, the hosts it reached."""
    if language is not None:
        assert page.locator("html").get_attribute("lang") == language
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    if narrow:
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{overflow}px of horizontal scrolling at 320 px"
    if hosts is not None:
        assert hosts == {urlsplit(server).netloc}
