"""A notice's database queries do not grow with the number of uses it shows."""

import pytest
from django.db import transaction

from content.notices.models import Clinic
from content.notices.pages import ClinicDirectoryPage
from tests.factories import AIUseFactory, ClinicFactory, EvidenceLinkFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


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
