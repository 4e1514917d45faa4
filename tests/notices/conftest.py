"""Fixtures shared by the notices' tests."""

import pytest

from content.notices.models import Clinic
from tests.factories import AIUseFactory, ClinicFactory


@pytest.fixture
def draft_clinic() -> Clinic:
    """A clinic with a complete use, saved as a draft revision but never published."""
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic)
    clinic.save_revision()
    return clinic
