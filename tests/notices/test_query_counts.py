"""What a notice costs the database: at most 6 queries rendered, none kept, whatever its size."""

import pytest
from django.db import transaction

from content.notices.models import Clinic
from content.notices.pages import ClinicDirectoryPage
from tests.factories import AIUseFactory, ClinicFactory, EvidenceLinkFactory
from tests.queries import queries_for, queries_of_kept_page

pytestmark = pytest.mark.django_db

SIZES = (1, 20, 100)
NOTICE_BUDGET = 6


@pytest.fixture(scope="module")
def clinics_of_every_size(django_db_setup, django_db_blocker):
    """Published clinics with 1, 20 and 100 uses, each use with its own system and a study.

    Built once for the module, in a transaction rolled back afterwards: publishing 100 uses takes
    seconds. Each test runs in a savepoint inside it, as in Django's `setUpTestData`.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        clinics = {}
        for size in SIZES:
            clinic = ClinicFactory(name=f"Cabinet aux {size} usages")
            for _ in range(size):
                AIUseFactory(clinic=clinic, ai_system=EvidenceLinkFactory().ai_system)
            Clinic.objects.get(pk=clinic.pk).save_revision().publish()
            clinics[size] = Clinic.objects.get(pk=clinic.pk)
        yield clinics
        transaction.set_rollback(True)


def notice_address(clinic, language="fr", route="") -> str:
    directory = ClinicDirectoryPage.objects.get(locale__language_code=language)
    return directory.notice_url(clinic.slug, route)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_notice_page_costs_at_most_6_queries_at_1_20_or_100_uses(
    client, clinics_of_every_size, language, size
):
    queries = queries_for(client, notice_address(clinics_of_every_size[size], language))

    assert queries <= NOTICE_BUDGET


@pytest.mark.parametrize("language", ["fr", "en"])
def test_notice_page_costs_the_same_with_1_20_or_100_uses(client, clinics_of_every_size, language):
    counts = {
        size: queries_for(client, notice_address(clinic, language))
        for size, clinic in clinics_of_every_size.items()
    }

    assert counts[20] == counts[1]
    assert counts[100] == counts[1]


@pytest.mark.parametrize("route", ["print/", "versions/", "versions/1/", "qr/"])
def test_every_form_of_a_notice_costs_the_same_at_any_size(client, clinics_of_every_size, route):
    counts = {
        size: queries_for(client, notice_address(clinic, "fr", route))
        for size, clinic in clinics_of_every_size.items()
    }

    assert counts[1] <= NOTICE_BUDGET
    assert counts[20] == counts[1]
    assert counts[100] == counts[1]


def test_notice_json_costs_one_query_at_any_size(client, clinics_of_every_size):
    counts = {
        size: queries_for(client, f"/api/notices/{clinic.slug}.json")
        for size, clinic in clinics_of_every_size.items()
    }

    assert set(counts.values()) == {1}


@pytest.mark.parametrize(
    "route", ["", "print/", "versions/", "versions/1/", "qr/", "poster/"], ids=repr
)
def test_a_repeated_anonymous_request_of_a_notice_costs_no_query(
    client, clinics_of_every_size, route
):
    clinic = clinics_of_every_size[20]

    assert queries_of_kept_page(client, notice_address(clinic, "fr", route)) == 0
    assert queries_of_kept_page(client, notice_address(clinic, "en", route)) == 0
    assert queries_of_kept_page(client, f"/api/notices/{clinic.slug}.json") == 0


def test_notice_page_shows_every_one_of_100_uses(client, clinics_of_every_size):
    clinic = clinics_of_every_size[100]

    html = client.get(notice_address(clinic)).content.decode()

    assert html.count('class="notice-use"') == 100
