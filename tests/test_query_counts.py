"""A page's database queries do not grow with the number of items it shows."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from content.models import Clinic, ClinicDirectoryPage
from tests.factories import AIUseFactory, ArticlePageFactory, ClinicFactory, EvidenceLinkFactory
from tests.pages import demo_page

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    """The queries of a request to `url` once the site's caches are warm (a first request fills them)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_section_page_costs_the_same_with_more_articles(client):
    section = demo_page("section-understand", "fr")
    before = queries_for(client, section.url)

    for number in range(6):
        ArticlePageFactory(
            parent=section, title=f"Article ajouté {number}"
        ).save_revision().publish()

    assert queries_for(client, section.url) == before


def test_search_results_cost_the_same_for_few_or_many_results(client):
    section = demo_page("section-rights", "fr")
    ArticlePageFactory(parent=section, title="Zorglub unique").save_revision().publish()
    few = queries_for(client, "/fr/search/?q=zorglub")

    for number in range(6):
        ArticlePageFactory(parent=section, title=f"Zorglub {number}").save_revision().publish()

    assert queries_for(client, "/fr/search/?q=zorglub") == few
    html = client.get("/fr/search/?q=zorglub").content.decode()
    assert html.count("<h3><a href=") == 7


@pytest.fixture(scope="module")
def clinics_of_every_size(django_db_setup, django_db_blocker):
    """Published clinics with 1, 30 and 100 uses, each use with its own system and a study.

    Built once for the module, in a transaction rolled back afterwards: publishing 100 uses takes
    seconds. Each test runs in a savepoint inside it, as in Django's `setUpTestData`.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        clinics = {}
        for size in (1, 30, 100):
            clinic = ClinicFactory(name=f"Cabinet aux {size} usages")
            for _ in range(size):
                AIUseFactory(clinic=clinic, ai_system=EvidenceLinkFactory().ai_system)
            Clinic.objects.get(pk=clinic.pk).save_revision().publish()
            clinics[size] = Clinic.objects.get(pk=clinic.pk)
        yield clinics
        transaction.set_rollback(True)


def notice_address(clinic, language="fr") -> str:
    directory = ClinicDirectoryPage.objects.get(locale__language_code=language)
    return directory.notice_url(clinic.slug)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_notice_page_costs_the_same_with_1_30_or_100_uses(client, clinics_of_every_size, language):
    counts = {
        size: queries_for(client, notice_address(clinic, language))
        for size, clinic in clinics_of_every_size.items()
    }

    assert counts[30] == counts[1]
    assert counts[100] == counts[1]


def test_notice_json_costs_the_same_with_1_30_or_100_uses(client, clinics_of_every_size):
    counts = {
        size: queries_for(client, f"/api/notices/{clinic.slug}.json")
        for size, clinic in clinics_of_every_size.items()
    }

    assert counts[30] == counts[1]
    assert counts[100] == counts[1]


def test_notice_page_shows_every_one_of_100_uses(client, clinics_of_every_size):
    clinic = clinics_of_every_size[100]

    html = client.get(notice_address(clinic)).content.decode()

    assert html.count('class="notice-use"') == 100


def test_workspace_dashboard_costs_the_same_for_one_clinic_or_five(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import member, published_clinic

    user = member(published_clinic(uses=1), "editor")
    client.force_login(user)
    client.get("/fr/workspace/")
    with CaptureQueriesContext(connection) as one:
        client.get("/fr/workspace/")
    for _ in range(4):
        clinic = published_clinic(uses=2)
        clinic.memberships.create(user=user, role="reviewer")
    with CaptureQueriesContext(connection) as five:
        response = client.get("/fr/workspace/")

    assert response.content.decode().count('class="card card--') == 5
    assert len(five) == len(one), [q["sql"] for q in five.captured_queries]
