"""Publishing a notice, whatever the path: the rules always hold; unpublished, it is gone."""

import datetime
import inspect
import io
import logging

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import DraftStateMixin

from content.notices.models import AISystem, Clinic
from content.notices.publishing import NoticePublishAction
from tests.factories import AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import directory, json_url, notice_url, page_text

pytestmark = pytest.mark.django_db


def test_publishing_a_revision_with_a_gap_is_refused_and_records_nothing():
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic, human_oversight_fr="")

    with pytest.raises(ValidationError):
        clinic.save_revision().publish()

    clinic.refresh_from_db()
    assert clinic.live is False
    assert not clinic.versions.exists()


def test_unpublished_notice_leaves_the_directory_and_its_address(client):
    clinic = published_clinic(uses=1, name="Cabinet bientôt fermé")

    clinic.unpublish()

    assert client.get(notice_url(clinic, "fr")).status_code == 404
    assert client.get(json_url(clinic)).status_code == 404
    assert "Cabinet bientôt fermé" not in page_text(client.get(directory("fr").url))


def test_scheduled_notice_that_no_longer_meets_the_rules_does_not_block_other_publications(caplog):
    """The catalogue may change between scheduling and going live: the scheduler must go on."""
    past = timezone.now() - datetime.timedelta(minutes=5)
    incomplete = ClinicFactory(name="Cabinet programmé")
    use = AIUseFactory(clinic=incomplete, data_transfer_fr="")
    Clinic.objects.get(pk=incomplete.pk).save_revision(approved_go_live_at=past)
    complete = ClinicFactory(name="Cabinet programmé ensuite")
    AIUseFactory(clinic=complete)
    Clinic.objects.get(pk=complete.pk).save_revision(approved_go_live_at=past)
    # After scheduling, the vendor moves its hosting outside the EEA: data_transfer is now owed.
    AISystem.objects.filter(pk=use.ai_system_id).update(hosting_country="US", data_leave_eea=True)

    with caplog.at_level(logging.WARNING, logger="content.notices"):
        call_command("publish_scheduled", stdout=io.StringIO())

    complete.refresh_from_db()
    incomplete.refresh_from_db()
    assert complete.live is True
    assert complete.versions.count() == 1
    assert incomplete.live is False
    # The draft stays, unscheduled, and the portal's editors are told in the log.
    assert incomplete.latest_revision.approved_go_live_at is None
    assert "Scheduled notice of Cabinet programmé no longer meets its obligations" in caplog.text


def test_clinic_publishes_through_the_notices_gate_as_wagtail_would():
    """The admin, the workspace and the scheduler all call Clinic.publish, as Wagtail's own does."""
    assert Clinic.publish_action_class is NoticePublishAction
    assert inspect.signature(Clinic.publish) == inspect.signature(DraftStateMixin.publish)
