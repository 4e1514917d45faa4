"""Requests never confirmed are forgotten after two weeks; confirmed ones are kept."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from content.registrations.models import RegistrationRequest
from tests.registrations.test_admin import pending

pytestmark = pytest.mark.django_db


def test_purge_deletes_only_unconfirmed_requests_older_than_two_weeks():
    old = timezone.now() - datetime.timedelta(days=15)
    forgotten = pending(name="Oublié", status=RegistrationRequest.Status.UNCONFIRMED)
    recent = pending(name="Récent", status=RegistrationRequest.Status.UNCONFIRMED)
    waiting = pending(name="En attente")
    RegistrationRequest.objects.filter(pk__in=[forgotten.pk, waiting.pk]).update(created_at=old)

    call_command("purge_registrations")

    remaining = set(RegistrationRequest.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, waiting.pk}
