"""SEC-12, SEC-13, SEC-14, as a reviewer of clinic A: the crawl of `test_canary`, in a file of its own
so that it runs beside the others."""

import pytest

from tests.workspace.test_canary import clinics, crawl_checked  # noqa: F401 (clinics: a fixture)

pytestmark = pytest.mark.django_db


def test_a_reviewer_reaches_nothing_of_another_clinic_through_any_url(clinics):  # noqa: F811
    crawl_checked(clinics, "a_reviewer")
