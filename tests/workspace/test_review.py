"""The medical review of a notice: submitting, changes, approval, history, and review triggers."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.template.defaultfilters import date as date_filter
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from content.notices.models import AISystem, Clinic, NoticeVersion
from content.vocabulary import MemberRole
from content.workspace.models import NoticeReview
from content.workspace.review import APPROVE_ACTION, REQUEST_CHANGES_ACTION, SUBMIT_ACTION
from tests.factories import member, published_clinic
from tests.workspace.helpers import (
    DRAFT_SUMMARY,
    NEW_SUMMARY,
    draft_save,
    error_next_to,
    error_summary,
    public_notice_url,
    rendered_form_data,
    sign_in_verified,
    soup_of,
    state_of,
    submitted,
    text,
    url,
    use_url,
)

pytestmark = pytest.mark.django_db

# --- helpers ----------------------------------------------------------------------------------


def log_entries(clinic: Clinic) -> list[tuple[str, int | None]]:
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Clinic), object_id=str(clinic.pk)
        )
        .order_by("timestamp", "pk")
        .values_list("action", "user_id")
    )


def read(clinic) -> dict:
    """The hidden field of the review page: the review the reviewer is deciding on."""
    review = clinic.reviews.filter(status="pending").first()
    return {"review": review.pk if review else ""}


# --- the review -------------------------------------------------------------------------------


def test_submitting_makes_a_pending_review_and_the_dashboard_says_so(as_editor, clinic, editor):
    draft_save(clinic, user=editor, summary_fr=NEW_SUMMARY)

    response = as_editor.post(url("notice_submit", clinic), {"note": "Relecture svp"})

    assert response.status_code == 302
    review = NoticeReview.objects.get(clinic=clinic)
    assert review.status == NoticeReview.Status.PENDING
    assert review.revision_id == Clinic.objects.get(pk=clinic.pk).latest_revision_id
    assert review.submitted_by == editor
    assert review.submit_note == "Relecture svp"
    assert state_of(as_editor.get(url("dashboard")), clinic) == "en attente de relecture"


def test_a_second_submission_is_refused_with_a_message(as_editor, clinic, editor):
    submitted(clinic, editor, summary_fr=NEW_SUMMARY)

    response = as_editor.post(url("notice_submit", clinic), {"note": ""}, follow=True)

    assert "Une version attend déjà la relecture" in text(soup_of(response).find("main"))
    assert NoticeReview.objects.filter(clinic=clinic).count() == 1


def test_nothing_new_to_submit_is_refused_with_a_message(as_editor, clinic):
    response = as_editor.post(url("notice_submit", clinic), {}, follow=True)

    assert "pas de nouvelle version" in text(soup_of(response).find("main"))
    assert not NoticeReview.objects.filter(clinic=clinic).exists()


def test_a_draft_with_a_gap_cannot_be_submitted(as_editor, clinic, editor):
    draft_save(clinic, user=editor, human_oversight_fr="")

    response = as_editor.post(url("notice_submit", clinic), {}, follow=True)

    assert "il manque des informations obligatoires" in text(soup_of(response).find("main"))
    assert not NoticeReview.objects.filter(clinic=clinic).exists()


def test_requesting_changes_needs_a_comment(client, clinic, editor, reviewer):
    submitted(clinic, editor, summary_fr=NEW_SUMMARY)
    sign_in_verified(client, reviewer)

    response = client.post(
        url("notice_review", clinic), {"comment": "  ", "request_changes": "", **read(clinic)}
    )

    assert response.status_code == 400
    assert "Dites ce qu’il faut modifier" in error_next_to(response, "id_comment")
    assert [a["href"] for a in soup_of(response).select(".error-summary a")] == ["#id_comment"]
    assert NoticeReview.objects.get(clinic=clinic).status == NoticeReview.Status.PENDING


CHANGES_COMMENT = "Précisez qui relit le compte rendu, mot témoin Capybara."


def changes_requested_then_resubmitted(client, clinic, editor, reviewer):
    """Submit a draft, have it sent back with a comment, correct it and submit it again.

    Returns the two reviews (the one sent back, the one pending) and the overview the editor saw.
    """
    sign_in_verified(client, editor)
    draft_save(clinic, user=editor, summary_fr=DRAFT_SUMMARY)
    submit = client.post(url("notice_submit", clinic), {"note": "Première soumission"})
    assert submit.status_code == 302
    sign_in_verified(client, reviewer)
    response = client.post(
        url("notice_review", clinic),
        {"comment": CHANGES_COMMENT, "request_changes": "", **read(clinic)},
    )
    assert response.status_code == 302, error_summary(response)
    sign_in_verified(client, editor)
    overview = client.get(url("clinic", clinic))
    data = rendered_form_data(client.get(use_url(clinic)))
    assert data["summary_fr"] == DRAFT_SUMMARY
    data["summary_fr"] = NEW_SUMMARY
    assert client.post(use_url(clinic), data).status_code == 302
    assert client.post(url("notice_submit", clinic), {"note": "Corrigé"}).status_code == 302
    sent_back = NoticeReview.objects.get(clinic=clinic, status="changes_requested")
    pending = NoticeReview.objects.get(clinic=clinic, status=NoticeReview.Status.PENDING)
    return sent_back, pending, overview


def approved(client, clinic, reviewer):
    sign_in_verified(client, reviewer)
    assert client.get(url("notice_review", clinic)).status_code == 200
    response = client.post(
        url("notice_review", clinic),
        {"comment": "Parfait.", "approve": "", "untranslated_confirmed": "on", **read(clinic)},
    )
    assert response.status_code == 302, (response.status_code, error_summary(response))
    return response


def test_requested_changes_reach_the_editor_who_corrects_and_resubmits(
    client, clinic, editor, reviewer
):
    sent_back, pending, overview = changes_requested_then_resubmitted(
        client, clinic, editor, reviewer
    )

    assert sent_back.decided_by == reviewer
    assert sent_back.comment == CHANGES_COMMENT
    shown = text(soup_of(overview).find("main"))
    assert "Modifications demandées" in shown
    assert CHANGES_COMMENT in shown
    assert pending.revision.as_object().uses.all()[0].summary_fr == NEW_SUMMARY
    assert pending.submitted_by == editor
    clinic.refresh_from_db()
    assert NEW_SUMMARY not in client.get(public_notice_url(clinic)).content.decode()


def test_approval_publishes_the_reviewed_draft_as_a_new_version(client, clinic, editor, reviewer):
    first_live = clinic.live_revision_id
    _, pending, _ = changes_requested_then_resubmitted(client, clinic, editor, reviewer)

    approved(client, clinic, reviewer)

    clinic.refresh_from_db()
    pending.refresh_from_db()
    assert pending.status == NoticeReview.Status.APPROVED
    assert pending.decided_by == reviewer
    assert pending.comment == "Parfait."
    assert clinic.live_revision_id == pending.revision_id != first_live
    public = client.get(public_notice_url(clinic)).content.decode()
    assert NEW_SUMMARY in public
    assert DRAFT_SUMMARY not in public
    versions = list(NoticeVersion.objects.filter(clinic=clinic).order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    today = timezone.localdate()
    due = versions[1].review_due_on
    assert (due.year, due.month) == (today.year + 1, today.month)
    assert 28 * 11 < (due - today).days <= 366
    assert state_of(client.get(url("dashboard")), clinic) == "publiée"


def test_history_shows_who_submitted_who_decided_when_and_the_comments(
    client, clinic, editor, reviewer
):
    sent_back, pending, _ = changes_requested_then_resubmitted(client, clinic, editor, reviewer)
    approved(client, clinic, reviewer)
    pending.refresh_from_db()

    history = client.get(url("notice_history", clinic))

    assert history.status_code == 200
    shown = text(soup_of(history).find("main"))
    with translation.override("fr"):
        for review in (sent_back, pending):
            submitted_at = date_filter(timezone.localtime(review.submitted_at), "j F Y, H:i")
            decided_at = date_filter(timezone.localtime(review.decided_at), "j F Y, H:i")
            assert f"Soumise par {editor.username} le {submitted_at}" in shown
            assert f"par {reviewer.username} le {decided_at}" in shown
    for words in (CHANGES_COMMENT, "Parfait.", "Première soumission", "Corrigé", "Version 2"):
        assert words in shown


def test_history_says_a_version_was_published_by_the_reviewer_who_approved_it(
    client, clinic, editor, reviewer
):
    changes_requested_then_resubmitted(client, clinic, editor, reviewer)
    approved(client, clinic, reviewer)

    history = client.get(url("notice_history", clinic))

    latest = text(soup_of(history).select("ol.history")[-1].find("li"))
    assert latest.startswith("Version 2")
    assert f"publiée par {reviewer.username}" in latest
    assert f"publiée par {editor.username}" not in latest


def test_each_step_of_the_review_is_in_wagtails_audit_log(client, clinic, editor, reviewer):
    changes_requested_then_resubmitted(client, clinic, editor, reviewer)
    approved(client, clinic, reviewer)

    entries = log_entries(clinic)

    assert entries.count((SUBMIT_ACTION, editor.pk)) == 2
    assert (REQUEST_CHANGES_ACTION, reviewer.pk) in entries
    assert (APPROVE_ACTION, reviewer.pk) in entries
    assert ("wagtail.publish", reviewer.pk) in entries
    assert not {action for action, user in entries if user == editor.pk} & {
        APPROVE_ACTION,
        "wagtail.publish",
    }


def test_saving_a_draft_while_a_review_waits_withdraws_it(as_editor, clinic, editor):
    review = submitted(clinic, editor, summary_fr=DRAFT_SUMMARY)
    data = rendered_form_data(as_editor.get(use_url(clinic)))
    data["summary_fr"] = NEW_SUMMARY

    assert as_editor.post(use_url(clinic), data).status_code == 302

    review.refresh_from_db()
    assert review.status == NoticeReview.Status.WITHDRAWN
    assert state_of(as_editor.get(url("dashboard")), clinic) == "brouillon"


def test_an_editor_has_no_way_to_publish(as_editor, clinic, editor):
    submitted(clinic, editor, summary_fr=NEW_SUMMARY)
    clinic.refresh_from_db()
    live = (clinic.live_revision_id, clinic.live)

    refused = as_editor.post(
        url("notice_review", clinic), {"approve": "1", "comment": "ok", **read(clinic)}
    )
    as_editor.post(url("notice_submit", clinic), {"approve": "1", "action-publish": "1"})
    as_editor.post(url("notice_preview", clinic), {"approve": "1"})

    assert refused.status_code == 403
    clinic.refresh_from_db()
    assert (clinic.live_revision_id, clinic.live) == live
    assert NoticeReview.objects.get(clinic=clinic).status == NoticeReview.Status.PENDING
    assert NoticeVersion.objects.filter(clinic=clinic).count() == 1


def test_a_reviewer_cannot_approve_their_own_submission(client, clinic):
    both = member(clinic, MemberRole.REVIEWER)
    draft_save(clinic, user=both, summary_fr=NEW_SUMMARY)
    author = member(clinic, MemberRole.EDITOR)
    review = submitted(clinic, author)
    NoticeReview.objects.filter(pk=review.pk).update(submitted_by=both)
    sign_in_verified(client, both)

    response = client.post(
        url("notice_review", clinic),
        {"approve": "", "comment": "", "untranslated_confirmed": "on", **read(clinic)},
    )

    assert response.status_code == 400
    assert "une autre personne que celle qui l" in error_next_to(response, "id_comment")
    clinic.refresh_from_db()
    assert NoticeVersion.objects.filter(clinic=clinic).count() == 1


# --- review triggers --------------------------------------------------------------------------


def test_a_catalogue_change_flags_the_clinic_with_what_changed(as_editor, clinic):
    system = clinic.uses.get().ai_system
    AISystem.objects.filter(pk=system.pk).update(version="9.9", hosting_country="DE")

    dashboard = as_editor.get(url("dashboard"))
    overview = as_editor.get(url("clinic", clinic))

    assert state_of(dashboard, clinic) == "à revoir"
    flags = [text(li) for li in soup_of(overview).select("#flags-title ~ ul li")]
    assert any(
        system.name in flag and "version" in flag.casefold() and "1.0 → 9.9" in flag
        for flag in flags
    ), flags
    assert any(system.name in flag and "France → Allemagne" in flag for flag in flags), flags


def test_a_passed_review_date_flags_the_clinic(as_editor, clinic):
    passed = timezone.localdate() - datetime.timedelta(days=1)
    NoticeVersion.objects.filter(clinic=clinic).update(review_due_on=passed)

    overview = as_editor.get(url("clinic", clinic))

    assert state_of(as_editor.get(url("dashboard")), clinic) == "à revoir"
    assert "La date de relecture est passée" in text(soup_of(overview).find("main"))


def test_an_unchanged_catalogue_flags_nothing(as_editor, clinic):
    overview = as_editor.get(url("clinic", clinic))

    assert soup_of(overview).find(id="flags-title") is None
    assert state_of(as_editor.get(url("dashboard")), clinic) == "publiée"


# --- what a review pass found ----------------------------------------------------------------


def test_approving_refuses_a_version_other_than_the_one_read(client, clinic, editor, reviewer):
    read_first = submitted(
        clinic, editor, summary_fr="VERSION RELUE. Le médecin lit ce que fait l’outil."
    )
    sign_in_verified(client, reviewer)
    page = client.get(url("notice_review", clinic))
    hidden = soup_of(page).find("input", attrs={"name": "review"})["value"]
    # Meanwhile the editor changes the text and submits again.
    sign_in_verified(client, editor)
    client.post(use_url(clinic), rendered_form_data(client.get(use_url(clinic))))
    submitted(
        clinic, editor, summary_fr="VERSION JAMAIS RELUE. Le médecin lit ce que fait l’outil."
    )
    sign_in_verified(client, reviewer)

    response = client.post(
        url("notice_review", clinic),
        {"approve": "", "comment": "", "untranslated_confirmed": "on", "review": hidden},
    )

    assert response.status_code == 400
    assert "pendant votre relecture" in error_next_to(response, "id_comment")
    assert str(read_first.pk) == hidden
    assert "VERSION JAMAIS RELUE" not in client.get(public_notice_url(clinic)).content.decode()
    assert clinic.versions.count() == 1


def test_the_review_preview_shows_the_submitted_version_not_a_later_draft(
    client, clinic, editor, reviewer
):
    review = submitted(
        clinic, editor, summary_fr="VERSION SOUMISE. Le médecin lit ce que fait l’outil."
    )
    draft_save(
        clinic, user=editor, summary_fr="BROUILLON ULTÉRIEUR. Le médecin lit ce que fait l’outil."
    )
    sign_in_verified(client, reviewer)

    preview = client.get(url("notice_preview", clinic), {"revision": review.revision_id})

    assert "VERSION SOUMISE" in preview.content.decode()
    assert "BROUILLON ULTÉRIEUR" not in preview.content.decode()


def test_a_revision_of_another_clinic_cannot_be_previewed(client, clinic, reviewer):
    other = published_clinic(uses=1)
    sign_in_verified(client, reviewer)

    response = client.get(url("notice_preview", clinic), {"revision": other.latest_revision_id})

    assert response.status_code == 404


def test_a_too_long_note_is_refused_beside_the_field_and_kept(as_editor, clinic, editor):
    draft_save(clinic, user=editor, summary_fr="Un changement à soumettre.")
    note = "Relisez bien. " * 200

    response = as_editor.post(url("notice_submit", clinic), {"note": note})

    assert response.status_code == 400
    assert error_next_to(response, "id_note")
    assert note.strip() in response.content.decode()
    assert not clinic.reviews.exists()
