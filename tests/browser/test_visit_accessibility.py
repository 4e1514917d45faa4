"""The visit layer's ended (410) and refused (429) pages, in both languages at 320 px and 1280 px:
no axe violation, no sideways scrolling, no request to another host. Its card page, its 404 and
the message form it opens are in `test_accessibility` with every other page type."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from content.visits.misses import MISS_LIMITS
from tests.browser.checks import assert_page_accessible
from tests.pages import DEMO_VISIT_TWO_TOOLS, UNKNOWN_VISIT_CODE, visit_url
from tests.visits.helpers import in_a_fresh_minute

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def assert_accessible(page, hosts, portal_server, language: str, width: int):
    assert_page_accessible(
        page, language=language, narrow=width == 320, hosts=hosts, server=portal_server
    )


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("width", [320, 1280])
def test_an_ended_card_page_is_accessible(visit, portal_server, language, width):
    # The live server runs in this process: a lifetime of 0 months ends every card at once.
    with override_settings(VISIT_CARD_LIFETIME_MONTHS=0):
        page, response, hosts = visit(visit_url(DEMO_VISIT_TWO_TOOLS, language), width=width)
        assert response.status == 410
        assert_accessible(page, hosts, portal_server, language, width)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("width", [320, 1280])
def test_the_page_that_stops_a_crawl_of_codes_is_accessible(visit, portal_server, language, width):
    cache.clear()
    in_a_fresh_minute(needed=40)
    try:
        for _ in range(MISS_LIMITS[0][0]):
            visit(visit_url(UNKNOWN_VISIT_CODE, language), width=width)
        page, response, hosts = visit(visit_url(UNKNOWN_VISIT_CODE, language), width=width)
        assert response.status == 429
        assert_accessible(page, hosts, portal_server, language, width)
    finally:
        # The next tests of this process read cards from the same address.
        cache.clear()
