"""/robots.txt: crawlers kept out of the workspace, the admin and the forms, led to the sitemap."""

import re
from urllib.robotparser import RobotFileParser

import pytest

from content.notices.pages import ClinicDirectoryPage
from tests.discovery.sitemaps import listed_pages, local_path
from tests.pages import DEMO_CLINIC_WITH_HISTORY, DEMO_VISIT_TWO_TOOLS, notice_url, visit_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def public_url(settings):
    settings.PORTAL_PUBLIC_URL = "https://portail.example.org"


def robots_lines(client) -> list[str]:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    return response.content.decode().splitlines()


def robots_parser(client) -> RobotFileParser:
    parser = RobotFileParser()
    parser.parse(robots_lines(client))
    return parser


def disallowed_patterns(client) -> list[str]:
    return [
        line.split(":", 1)[1].strip()
        for line in robots_lines(client)
        if line.startswith("Disallow:")
    ]


def matches(pattern: str, path: str) -> bool:
    """Whether an RFC 9309 rule covers a path: `*` stands for any characters, `$` for the end."""
    expression = re.escape(pattern).replace(r"\*", ".*")
    if expression.endswith(r"\$"):
        expression = expression[:-2] + "$"
    return re.match(expression, path) is not None


def test_one_group_for_every_crawler_and_the_sitemap_at_the_public_address(client):
    lines = robots_lines(client)

    assert lines[0] == "User-agent: *"
    assert "Sitemap: https://portail.example.org/sitemap.xml" in lines
    assert "public" in client.get("/robots.txt")["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/pages/",
        "/fr/workspace/",
        "/en/workspace/sign-in/",
        "/fr/register/",
        "/en/register/sent/",
        "/fr/search/?q=donn%C3%A9es",
        "/en/search/",
        "/api/visits/",
    ],
)
def test_crawlers_are_kept_out_of_the_workspace_the_admin_and_the_forms(client, path):
    assert not robots_parser(client).can_fetch("*", path)


@pytest.mark.parametrize("path", ["/n/1/", "/n/1/en/"])
def test_the_stable_addresses_patients_share_stay_open_to_link_previews(client, path):
    assert robots_parser(client).can_fetch("*", path)


def test_visit_cards_and_the_contact_forms_under_each_notice_are_kept_out(client):
    patterns = disallowed_patterns(client)
    parser = robots_parser(client)

    for language in ("fr", "en"):
        assert not parser.can_fetch("*", visit_url(DEMO_VISIT_TWO_TOOLS, language))
        # Python's parser knows no `*`: the contact rules are matched as RFC 9309 says.
        for route in ("contact/", "contact/sent/"):
            path = notice_url(DEMO_CLINIC_WITH_HISTORY, language, route)
            assert any(matches(pattern, path) for pattern in patterns), path


def test_no_rule_covers_a_page_of_the_sitemap(client):
    patterns = disallowed_patterns(client)
    parser = robots_parser(client)

    paths = [local_path(address) for address in listed_pages(client)]
    assert len(paths) > 50
    for path in paths:
        assert parser.can_fetch("*", path), path
        assert not any(matches(pattern, path) for pattern in patterns), path


def test_a_renamed_directory_keeps_its_contact_forms_out(
    client, django_capture_on_commit_callbacks
):
    directory = ClinicDirectoryPage.objects.get(locale__language_code="fr")
    directory.slug = "annuaire"
    with django_capture_on_commit_callbacks(execute=True):
        directory.save_revision().publish()

    patterns = disallowed_patterns(client)

    assert "/fr/annuaire/*/contact/" in patterns
    assert "/fr/notices/*/contact/" not in patterns
    assert matches("/fr/annuaire/*/contact/", f"/fr/annuaire/{DEMO_CLINIC_WITH_HISTORY}/contact/")


def test_robots_txt_asks_the_database_only_for_the_directory(client, django_assert_num_queries):
    from tests.queries import page_cache_forget

    client.get("/robots.txt")
    page_cache_forget("/robots.txt")
    with django_assert_num_queries(2):
        robots_lines(client)
