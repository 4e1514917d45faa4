"""The clinic workspace: the dashboard, the notice form, the preview and the review of a notice."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from content.field_guide import guide_for
from content.models import (
    AISystem,
    AIUse,
    Clinic,
    ClinicDirectoryPage,
    MemberRole,
    NoticeReview,
    NoticeVersion,
)
from content.review_triggers import ReviewFlag, review_flags
from content.workspace import (
    APPROVE_ACTION,
    REQUEST_CHANGES_ACTION,
    SUBMIT_ACTION,
    notice_submit,
)
from tests.factories import (
    AISystemFactory,
    ClinicFactory,
    ClinicUserFactory,
    MembershipFactory,
    member,
    published_clinic,
)

pytestmark = pytest.mark.django_db

DRAFT_SUMMARY = "Résumé du brouillon, mot témoin Ornithorynque."
NEW_SUMMARY = "Résumé relu et corrigé, mot témoin Axolotl."


# --- helpers ----------------------------------------------------------------------------------


def url(name: str, clinic: Clinic | None = None, language: str = "fr") -> str:
    with translation.override(language):
        if clinic is None:
            return reverse(f"workspace:{name}")
        return reverse(f"workspace:{name}", args=[clinic.pk])


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html5lib")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def rendered_form_data(response, selector: str = "form.notice-form") -> dict[str, str]:
    """What a browser posts for the form as the page rendered it (no button pressed)."""
    form = soup_of(response).select_one(selector)
    assert form is not None, f"no {selector} in the page"
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") == "submit" or field.name == "button":
            continue
        if field.name == "input" and field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            # The parser drops the newline that follows <textarea>, as a browser does.
            data[name] = field.string or ""
        else:
            data[name] = field.get("value", "")
    return data


def error_next_to(response, field_id: str) -> str:
    """The error shown inside the field's box, beside the input with this id."""
    element = soup_of(response).find(id=f"{field_id}-error")
    return text(element) if element is not None else ""


def public_notice_url(clinic: Clinic, language: str = "fr") -> str:
    directory = ClinicDirectoryPage.objects.live().get(locale__language_code=language)
    return directory.notice_url(clinic.slug)


def dashboard_card(response, clinic: Clinic):
    for card in soup_of(response).select("li.card"):
        if text(card.select_one(".card__title")) == clinic.name:
            return card
    return None


def state_of(response, clinic: Clinic) -> str:
    card = dashboard_card(response, clinic)
    assert card is not None, f"{clinic.name} is not on the dashboard"
    return text(card.select_one(".state")).casefold()


def draft_save(clinic: Clinic, *, user=None, **use_texts) -> Clinic:
    """Save a new draft revision of the clinic with these texts in its first use."""
    # The revision itself: for a clinic without unpublished changes, Wagtail's
    # get_latest_revision_as_object() returns the database row, whose uses are queries.
    draft = clinic.latest_revision.as_object()
    use = draft.uses.all()[0]
    for name, value in use_texts.items():
        setattr(use, name, value)
    draft.save_revision(user=user)
    clinic.refresh_from_db()
    return clinic


def log_entries(clinic: Clinic) -> list[tuple[str, int | None]]:
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Clinic), object_id=str(clinic.pk)
        )
        .order_by("timestamp", "pk")
        .values_list("action", "user_id")
    )


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def clinic() -> Clinic:
    """A clinic with one complete use, published once (NoticeVersion 1)."""
    return published_clinic(uses=1)


@pytest.fixture
def editor(clinic):
    return member(clinic, MemberRole.EDITOR)


@pytest.fixture
def reviewer(clinic):
    return member(clinic, MemberRole.REVIEWER)


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def as_reviewer(client, reviewer):
    client.force_login(reviewer)
    return client


def submitted(clinic: Clinic, editor, **use_texts) -> NoticeReview:
    """A new draft of the clinic, submitted for review by the editor."""
    draft_save(clinic, user=editor, **use_texts)
    membership = editor.clinic_memberships.get(clinic=clinic)
    return notice_submit(membership=membership, user=editor, note="Merci de relire.")


# --- dashboard --------------------------------------------------------------------------------


def read(clinic) -> dict:
    """The hidden field of the review page: the review the reviewer is deciding on."""
    review = clinic.reviews.filter(status="pending").first()
    return {"review": review.pk if review else ""}


def test_dashboard_lists_only_the_members_clinics_with_their_state_and_next_step(client):
    user = ClinicUserFactory()
    draft = ClinicFactory(name="Structure brouillon")
    live = published_clinic(name="Structure publiée")
    awaiting = published_clinic(name="Structure en relecture")
    flagged = published_clinic(name="Structure à revoir")
    someone_elses = published_clinic(name="Structure d'une autre équipe")
    for each in (draft, live, awaiting, flagged):
        MembershipFactory(user=user, clinic=each, role=MemberRole.EDITOR)
    member(someone_elses, MemberRole.EDITOR)
    submitted(awaiting, member(awaiting, MemberRole.EDITOR), summary_fr=DRAFT_SUMMARY)
    AISystem.objects.filter(uses__clinic=flagged).update(version="9.9")
    client.force_login(user)

    response = client.get(url("dashboard"))

    assert response.status_code == 200
    names = [text(title) for title in soup_of(response).select(".card__title")]
    assert sorted(names) == sorted(c.name for c in (draft, live, awaiting, flagged))
    assert state_of(response, draft) == "brouillon"
    assert state_of(response, awaiting) == "en attente de relecture"
    assert state_of(response, live) == "publiée"
    assert state_of(response, flagged) == "à revoir"
    assert "soumettez-la à la relecture médicale" in text(dashboard_card(response, draft))
    assert "Un relecteur médical" in text(dashboard_card(response, awaiting))
    assert "La notice est en ligne" in text(dashboard_card(response, live))
    assert "Quelque chose a changé" in text(dashboard_card(response, flagged))


def test_dashboard_of_a_user_without_a_clinic_says_so(client):
    client.force_login(ClinicUserFactory())

    response = client.get(url("dashboard"))

    assert response.status_code == 200
    assert not soup_of(response).select("li.card")
    assert "rattaché à aucune structure" in text(soup_of(response).find("main"))


# --- the notice form --------------------------------------------------------------------------


def test_notice_form_shows_french_and_english_side_by_side_with_the_guide(as_editor, clinic):
    response = as_editor.get(url("notice_edit", clinic))

    assert response.status_code == 200
    soup = soup_of(response)
    french = soup.find(id="id_uses-0-human_oversight_fr")
    english = soup.find(id="id_uses-0-human_oversight_en")
    assert french is not None and english is not None
    assert french.find_parent(class_="side-by-side") is english.find_parent(class_="side-by-side")
    assert french.get("lang") == "fr" and english.get("lang") == "en"
    fieldset = french.find_parent("fieldset")
    with translation.override("fr"):
        help_text = str(guide_for("human_oversight").help)
    guide = soup.find(id="id_uses-0-human_oversight_fr-guide")
    assert guide is not None and guide.find_parent("fieldset") is fieldset
    assert " ".join(help_text.split()) in text(guide)
    assert "id_uses-0-human_oversight_fr-guide" in french.get("aria-describedby", "").split()


def test_saving_the_form_makes_a_new_draft_and_leaves_the_published_notice(as_editor, clinic):
    old_summary = clinic.uses.get().summary_fr
    before = (clinic.latest_revision_id, clinic.live_revision_id)
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    assert data["uses-0-summary_fr"] == old_summary
    data["uses-0-summary_fr"] = NEW_SUMMARY

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 302
    clinic.refresh_from_db()
    assert clinic.latest_revision_id != before[0]
    assert clinic.live_revision_id == before[1]
    assert clinic.live is True
    assert clinic.latest_revision.as_object().uses.all()[0].summary_fr == NEW_SUMMARY
    assert clinic.uses.get().summary_fr == old_summary
    public = as_editor.get(public_notice_url(clinic)).content.decode()
    assert old_summary.replace("'", "&#x27;") in public
    assert NEW_SUMMARY not in public
    followed = as_editor.get(response["Location"])
    assert "Brouillon enregistré" in text(soup_of(followed).find("main"))


def test_an_incomplete_draft_is_saved_too(as_editor, clinic):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic) + "?add=1"))
    assert data["uses-TOTAL_FORMS"] == "2"
    data["uses-0-human_oversight_fr"] = ""
    data["uses-1-summary_fr"] = DRAFT_SUMMARY
    assert data["uses-1-ai_system"] == ""

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 302, error_summary(response)
    clinic.refresh_from_db()
    uses = list(clinic.latest_revision.as_object().uses.all())
    assert len(uses) == 2
    assert uses[0].human_oversight_fr == ""
    assert uses[1].summary_fr == DRAFT_SUMMARY
    assert uses[1].ai_system_id is None
    assert clinic.live_revision.as_object().uses.all()[0].human_oversight_fr != ""


def error_summary(response) -> str:
    summary = soup_of(response).select_one(".error-summary")
    return text(summary) if summary else f"(no error summary, status {response.status_code})"


def test_the_gaps_panel_links_each_missing_obligation_to_its_input(as_editor, clinic):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    data["uses-0-human_oversight_fr"] = ""
    as_editor.post(url("notice_edit", clinic), data)

    response = as_editor.get(url("notice_edit", clinic))

    panel = soup_of(response).select_one(".progress-panel")
    links = {a["href"]: text(a) for a in panel.find_all("a")}
    assert "#id_uses-0-human_oversight_fr" in links
    assert "qui vérifie" in links["#id_uses-0-human_oversight_fr"].casefold()
    assert soup_of(response).find(id="id_uses-0-human_oversight_fr") is not None


def test_an_invalid_email_is_refused_in_the_summary_and_beside_the_field(as_editor, clinic):
    before = clinic.latest_revision_id
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    data["ai_contact_email"] = "pas-une-adresse"
    data["uses-0-summary_fr"] = NEW_SUMMARY
    data["name"] = "Cabinet renommé, mot témoin Pangolin"

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 400
    soup = soup_of(response)
    summary_links = [a["href"] for a in soup.select(".error-summary a")]
    assert summary_links == ["#id_ai_contact_email"]
    assert "adresse" in error_next_to(response, "id_ai_contact_email").casefold()
    email = soup.find(id="id_ai_contact_email")
    assert email.get("value") == "pas-une-adresse"
    assert "id_ai_contact_email-error" in email.get("aria-describedby", "").split()
    assert soup.find(id="id_uses-0-summary_fr").get_text() == NEW_SUMMARY
    assert soup.find(id="id_name").get("value") == "Cabinet renommé, mot témoin Pangolin"
    shown_again = rendered_form_data(response)
    shown_again.pop("csrfmiddlewaretoken")
    data.pop("csrfmiddlewaretoken")
    assert shown_again == data
    clinic.refresh_from_db()
    assert clinic.latest_revision_id == before


def test_add_use_saves_and_shows_one_more_blank_use(as_editor, clinic):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    data["add_use"] = ""

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 302
    assert response["Location"] == url("notice_edit", clinic) + "?add=1#use-2"
    page = as_editor.get(response["Location"])
    soup = soup_of(page)
    assert soup.find("input", attrs={"name": "uses-TOTAL_FORMS"})["value"] == "2"
    new_use = soup.find(id="use-2")
    assert new_use is not None
    assert new_use.find(id="id_uses-1-summary_fr").get_text() == ""
    chosen = new_use.find(id="id_uses-1-ai_system").find("option", selected=True)
    assert chosen is None or chosen.get("value") == ""


# --- roles ------------------------------------------------------------------------------------


def test_a_reviewer_cannot_open_the_notice_form(as_reviewer, clinic):
    response = as_reviewer.get(url("notice_edit", clinic))

    assert response.status_code == 403
    assert "Vous ne pouvez pas faire cela" in text(soup_of(response).find("h1"))


def test_an_editor_cannot_open_the_review_page(as_editor, clinic):
    response = as_editor.get(url("notice_review", clinic))

    assert response.status_code == 403
    assert "Vous ne pouvez pas faire cela" in text(soup_of(response).find("h1"))


def test_a_non_member_gets_404_on_every_clinic_page(client, clinic):
    client.force_login(member(ClinicFactory(), MemberRole.EDITOR))

    for name in ("clinic", "notice_edit", "notice_preview", "notice_review", "notice_history"):
        assert client.get(url(name, clinic)).status_code == 404, name


# --- preview ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [MemberRole.EDITOR, MemberRole.REVIEWER])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_preview_shows_the_draft_to_members_and_never_on_the_public_page(
    client, clinic, role, language
):
    draft_save(clinic, summary_fr=DRAFT_SUMMARY)
    client.force_login(member(clinic, role))

    response = client.get(url("notice_preview", clinic, language))

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.find("html")["lang"] == language
    assert DRAFT_SUMMARY in text(soup)
    public = client.get(public_notice_url(clinic, language))
    assert public.status_code == 200
    assert DRAFT_SUMMARY not in public.content.decode()


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
    client.force_login(reviewer)

    response = client.post(
        url("notice_review", clinic), {"comment": "  ", "request_changes": "", **read(clinic)}
    )

    assert response.status_code == 400
    assert "Dites ce qu'il faut modifier" in error_next_to(response, "id_comment")
    assert [a["href"] for a in soup_of(response).select(".error-summary a")] == ["#id_comment"]
    assert NoticeReview.objects.get(clinic=clinic).status == NoticeReview.Status.PENDING


CHANGES_COMMENT = "Précisez qui relit le compte rendu, mot témoin Capybara."


def changes_requested_then_resubmitted(client, clinic, editor, reviewer):
    """Submit a draft, have it sent back with a comment, correct it and submit it again.

    Returns the two reviews (the one sent back, the one pending) and the overview the editor saw.
    """
    client.force_login(editor)
    draft_save(clinic, user=editor, summary_fr=DRAFT_SUMMARY)
    submit = client.post(url("notice_submit", clinic), {"note": "Première soumission"})
    assert submit.status_code == 302
    client.force_login(reviewer)
    response = client.post(
        url("notice_review", clinic),
        {"comment": CHANGES_COMMENT, "request_changes": "", **read(clinic)},
    )
    assert response.status_code == 302, error_summary(response)
    client.force_login(editor)
    overview = client.get(url("clinic", clinic))
    data = rendered_form_data(client.get(url("notice_edit", clinic)))
    assert data["uses-0-summary_fr"] == DRAFT_SUMMARY
    data["uses-0-summary_fr"] = NEW_SUMMARY
    assert client.post(url("notice_edit", clinic), data).status_code == 302
    assert client.post(url("notice_submit", clinic), {"note": "Corrigé"}).status_code == 302
    sent_back = NoticeReview.objects.get(clinic=clinic, status="changes_requested")
    pending = NoticeReview.objects.get(clinic=clinic, status=NoticeReview.Status.PENDING)
    return sent_back, pending, overview


def approved(client, clinic, reviewer):
    client.force_login(reviewer)
    assert client.get(url("notice_review", clinic)).status_code == 200
    response = client.post(
        url("notice_review", clinic), {"comment": "Parfait.", "approve": "", **read(clinic)}
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
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    data["uses-0-summary_fr"] = NEW_SUMMARY

    assert as_editor.post(url("notice_edit", clinic), data).status_code == 302

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
    client.force_login(both)

    response = client.post(
        url("notice_review", clinic), {"approve": "", "comment": "", **read(clinic)}
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


TODAY = datetime.date(2026, 6, 15)


def system_facts(**changes) -> dict:
    facts = {
        "key": "transcrivia",
        "name": "Transcrivia",
        "version": "1.0",
        "hosting_country": {"code": "FR", "label": {"fr": "France", "en": "France"}},
        "hds_certified": True,
        "data_leave_eea": False,
        "regulatory_status": {"code": "not_medical_device", "label": {}},
        "training_reuse": {"code": "no", "label": {}},
    }
    return {**facts, **changes}


def published_with(*systems) -> dict:
    return {"uses": [{"system": system} for system in systems]}


def test_review_flags_none_without_a_published_notice():
    assert review_flags(published=None, catalogue={}, review_due_on=None, today=TODAY) == []


def test_review_flags_none_when_the_catalogue_still_says_the_same():
    flags = review_flags(
        published=published_with(system_facts()),
        catalogue={"transcrivia": system_facts()},
        review_due_on=TODAY,
        today=TODAY,
    )

    assert flags == []


def test_review_flags_name_the_system_the_fact_and_both_values():
    flags = review_flags(
        published=published_with(system_facts()),
        catalogue={
            "transcrivia": system_facts(
                version="2.0", hosting_country={"code": "US", "label": {}}, data_leave_eea=True
            )
        },
        review_due_on=None,
        today=TODAY,
    )

    assert [(f.fact, f.before, f.after) for f in flags] == [
        ("version", "1.0", "2.0"),
        ("hosting_country", system_facts()["hosting_country"], {"code": "US", "label": {}}),
        ("data_leave_eea", False, True),
    ]
    assert {f.system for f in flags} == {"Transcrivia"}


def test_review_flags_ignore_a_relabelled_choice_and_unwatched_facts():
    relabelled = {"code": "FR", "label": {"fr": "La France", "en": "France"}}

    flags = review_flags(
        published=published_with(system_facts()),
        catalogue={"transcrivia": system_facts(hosting_country=relabelled, vendor="Autre")},
        review_due_on=None,
        today=TODAY,
    )

    assert flags == []


def test_review_flags_count_a_system_used_twice_once_and_skip_one_gone_from_the_catalogue():
    gone = system_facts(key="retire", name="Retiré")

    flags = review_flags(
        published=published_with(system_facts(), system_facts(), gone),
        catalogue={"transcrivia": system_facts(version="2.0")},
        review_due_on=None,
        today=TODAY,
    )

    assert flags == [ReviewFlag("catalogue", "Transcrivia", "version", "1.0", "2.0")]


def test_review_flags_the_review_date_only_once_it_has_passed():
    published = published_with(system_facts())
    catalogue = {"transcrivia": system_facts()}

    on_the_day = review_flags(
        published=published, catalogue=catalogue, review_due_on=TODAY, today=TODAY
    )
    after = review_flags(
        published=published,
        catalogue=catalogue,
        review_due_on=TODAY,
        today=TODAY + datetime.timedelta(days=1),
    )

    assert on_the_day == []
    assert after == [ReviewFlag("review_date", before=TODAY)]


def test_a_mangled_add_parameter_shows_the_form_as_it_is(as_editor, clinic):
    response = as_editor.get(url("notice_edit", clinic) + "?add=abc")

    assert response.status_code == 200


# --- what a review pass found ----------------------------------------------------------------


def test_approving_refuses_a_version_other_than_the_one_read(client, clinic, editor, reviewer):
    read_first = submitted(clinic, editor, summary_fr="VERSION RELUE")
    client.force_login(reviewer)
    page = client.get(url("notice_review", clinic))
    hidden = soup_of(page).find("input", attrs={"name": "review"})["value"]
    # Meanwhile the editor changes the text and submits again.
    client.force_login(editor)
    client.post(
        url("notice_edit", clinic), rendered_form_data(client.get(url("notice_edit", clinic)))
    )
    submitted(clinic, editor, summary_fr="VERSION JAMAIS RELUE")
    client.force_login(reviewer)

    response = client.post(
        url("notice_review", clinic), {"approve": "", "comment": "", "review": hidden}
    )

    assert response.status_code == 400
    assert "pendant votre relecture" in error_next_to(response, "id_comment")
    assert str(read_first.pk) == hidden
    assert "VERSION JAMAIS RELUE" not in client.get(public_notice_url(clinic)).content.decode()
    assert clinic.versions.count() == 1


def test_a_save_on_top_of_someone_elses_newer_draft_is_refused_keeping_what_was_typed(
    as_editor, clinic, editor
):
    data = rendered_form_data(as_editor.get(url("notice_edit", clinic)))
    draft_save(clinic, user=editor, summary_fr="Texte enregistré par une collègue.")
    data["uses-0-risks_fr"] = "Mon texte tapé pendant ce temps."

    response = as_editor.post(url("notice_edit", clinic), data)

    assert response.status_code == 400
    assert "pendant que vous la modifiiez" in error_summary(response)
    assert "Mon texte tapé pendant ce temps." in response.content.decode()
    clinic.refresh_from_db()
    assert clinic.latest_revision.as_object().uses.all()[0].summary_fr == (
        "Texte enregistré par une collègue."
    )


def test_the_review_preview_shows_the_submitted_version_not_a_later_draft(
    client, clinic, editor, reviewer
):
    review = submitted(clinic, editor, summary_fr="VERSION SOUMISE")
    draft_save(clinic, user=editor, summary_fr="BROUILLON ULTÉRIEUR")
    client.force_login(reviewer)

    preview = client.get(url("notice_preview", clinic), {"revision": review.revision_id})

    assert "VERSION SOUMISE" in preview.content.decode()
    assert "BROUILLON ULTÉRIEUR" not in preview.content.decode()


def test_a_revision_of_another_clinic_cannot_be_previewed(client, clinic, reviewer):
    other = published_clinic(uses=1)
    client.force_login(reviewer)

    response = client.get(url("notice_preview", clinic), {"revision": other.latest_revision_id})

    assert response.status_code == 404


def test_a_system_a_draft_uses_cannot_be_deleted_from_the_catalogue(
    client, admin_user, clinic, editor
):
    system = AISystemFactory()
    draft = clinic.latest_revision.as_object()
    draft.uses.add(AIUse(ai_system=system, care_step="documentation", decision_role="drafts"))
    draft.save_revision(user=editor)
    client.force_login(admin_user)

    response = client.post(reverse("wagtailsnippets_content_aisystem:delete", args=[system.pk]))

    assert response.status_code == 302
    assert AISystem.objects.filter(pk=system.pk).exists()
    client.force_login(editor)
    for name in ("clinic", "notice_edit", "notice_preview"):
        assert client.get(url(name, clinic)).status_code == 200, name


@pytest.mark.parametrize("add", ["²", "9" * 5000, "-1", ""])
def test_odd_add_values_show_the_form_as_it_is(as_editor, clinic, add):
    assert as_editor.get(url("notice_edit", clinic), {"add": add}).status_code == 200


def test_a_too_long_note_is_refused_beside_the_field_and_kept(as_editor, clinic, editor):
    draft_save(clinic, user=editor, summary_fr="Un changement à soumettre.")
    note = "Relisez bien. " * 200

    response = as_editor.post(url("notice_submit", clinic), {"note": note})

    assert response.status_code == 400
    assert error_next_to(response, "id_note")
    assert note.strip() in response.content.decode()
    assert not clinic.reviews.exists()


def test_a_clinic_id_too_large_for_the_database_is_simply_not_found(as_editor):
    response = as_editor.get("/fr/workspace/clinics/10000000000000000000000000/messages/")

    assert response.status_code == 404
