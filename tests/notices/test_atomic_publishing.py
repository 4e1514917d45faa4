"""A publication is whole or not at all, on every path, and two at once get consecutive versions.

Each failure is injected by making one internal step raise (the database stays real): the live
revision, `live`, the publication date, the versions, Wagtail's audit log, the directory entry and
what a patient reads must then be exactly as before, and whoever published is told so. The races
(fault suite, PostgreSQL) run two publications of one clinic in two threads, each with its own
connection, on rows committed for real and removed afterwards: the session's demo portal stays.
"""

import contextlib
import datetime
import io
import threading

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, Revision
from wagtail.signals import published

from content.demo import clinics as demo_clinics
from content.demo.loader import demo_clinics_load
from content.notices import publishing
from content.notices.directory import directory_entry_record
from content.notices.models import AISystem, Clinic, DirectoryEntry, DirectoryWord, NoticeVersion
from content.page_cache import site_memo_clear
from content.vocabulary import MemberRole
from content.workspace.models import NoticeReview
from content.workspace.review import notice_approve
from tests.factories import AISystemFactory, member, published_clinic
from tests.notices.helpers import directory, notice_url, page_text
from tests.notices.test_admin import OWED_BY_EVERY_USE, form_data
from tests.workspace.helpers import sign_in_verified, submitted
from tests.workspace.helpers import url as workspace_url

# Plain short sentences after the witness word: a summary must be easy to read to be published.
NEW_SUMMARY = "Texte jamais publié, mot témoin Ornithorynque. Le médecin lit ce que fait l’outil."


def fail(*args, **kwargs):
    """Stands for a step that crashes: the database refuses, the disk is full, a bug."""
    raise DatabaseError("injected failure")


# --- what patients, clinics and editors see ---------------------------------------------------


def what_patients_read(clinic: Clinic) -> tuple[int, str]:
    """The notice's page as a patient gets it now, rendered afresh from the database."""
    for cache in caches.all():
        cache.clear()
    site_memo_clear()
    response = Client().get(notice_url(clinic, "fr"))
    if response.status_code != 200:
        return response.status_code, ""
    return 200, BeautifulSoup(response.content, "html5lib").find("main").get_text(" ", strip=True)


def published_state(clinic: Clinic) -> dict:
    """Everything a publication writes, as the database holds it now."""
    row = Clinic.objects.get(pk=clinic.pk)
    entry = DirectoryEntry.objects.filter(clinic_id=clinic.pk).values("name", "search_text").first()
    return {
        "live": row.live,
        "live_revision": row.live_revision_id,
        "last_published_at": row.last_published_at,
        "versions": list(
            NoticeVersion.objects.filter(clinic_id=clinic.pk)
            .order_by("number")
            .values_list("number", "revision_id")
        ),
        "audit_log": audit_log(clinic),
        "directory_entry": entry,
    }


def audit_log(clinic: Clinic) -> list[tuple[str, int | None]]:
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Clinic), object_id=str(clinic.pk)
        )
        .order_by("pk")
        .values_list("action", "revision_id")
    )


def draft_revision(clinic: Clinic, *, summary: str = NEW_SUMMARY, user=None) -> Revision:
    """A new draft of the clinic, its first use saying `summary`; the live notice is unchanged."""
    draft = Clinic.objects.get(pk=clinic.pk).latest_revision.as_object()
    use = draft.uses.all()[0]
    use.summary_fr = summary
    return draft.save_revision(user=user)


@contextlib.contextmanager
def receiver_that_fails():
    published.connect(fail, sender=Clinic, dispatch_uid="test_receiver_that_fails")
    try:
        yield
    finally:
        published.disconnect(sender=Clinic, dispatch_uid="test_receiver_that_fails")


# Each step of a publication, in the order it runs, made to fail on its own by `failing`.
FAILING_STEPS = [
    "clinic saved",
    "notice document built",
    "version saved",
    "directory entry written",
    "a published receiver",
    "wagtail audit log",
]


@contextlib.contextmanager
def failing(step: str):
    """Make this one step of a publication raise a database error."""
    if step == "a published receiver":
        with receiver_that_fails():
            yield
        return
    with pytest.MonkeyPatch.context() as patch:
        if step == "clinic saved":
            patch.setattr(Clinic, "save", fail)
        elif step == "notice document built":
            patch.setattr(publishing, "notice_document", fail)
        elif step == "version saved":
            patch.setattr(NoticeVersion, "save", fail)
        elif step == "directory entry written":
            patch.setattr(publishing, "directory_entry_record", fail)
        elif step == "wagtail audit log":
            patch.setattr("wagtail.actions.publish_revision.log", fail)
        else:
            raise AssertionError(step)
        yield


@pytest.fixture
def live_clinic(db) -> Clinic:
    """A clinic whose notice is live (version 1), with a new draft waiting."""
    clinic = published_clinic(uses=1, name="Cabinet des Acacias")
    draft_revision(clinic)
    return Clinic.objects.get(pk=clinic.pk)


# --- a failure at any step changes nothing ----------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("step", FAILING_STEPS)
def test_a_publication_failing_at_any_step_leaves_patients_reading_the_notice_as_it_was(
    live_clinic, step, django_capture_on_commit_callbacks
):
    before, read_before = published_state(live_clinic), what_patients_read(live_clinic)
    assert read_before[0] == 200 and NEW_SUMMARY not in read_before[1]

    with django_capture_on_commit_callbacks() as callbacks, failing(step):
        with pytest.raises(DatabaseError):
            live_clinic.latest_revision.publish()

    assert published_state(live_clinic) == before
    assert what_patients_read(live_clinic) == read_before
    # Neither the page cache nor a CDN was told of a publication that did not happen.
    assert callbacks == []


@pytest.mark.django_db
def test_a_publication_that_succeeds_shows_the_new_text_as_the_next_version(
    live_clinic, django_capture_on_commit_callbacks
):
    """The same steps, nothing failing: the counterpart of the test above."""
    with django_capture_on_commit_callbacks() as callbacks:
        live_clinic.latest_revision.publish()

    state = published_state(live_clinic)
    assert state["live_revision"] == live_clinic.latest_revision_id
    assert [number for number, _ in state["versions"]] == [1, 2]
    assert state["audit_log"][-1] == ("wagtail.publish", live_clinic.latest_revision_id)
    assert NEW_SUMMARY in what_patients_read(live_clinic)[1]
    # The page cache's tags expire once the publication commits, not before.
    assert callbacks


@pytest.mark.django_db
def test_a_first_publication_failing_leaves_the_clinic_out_of_sight(client):
    clinic = published_clinic(uses=1, name="Cabinet des Platanes")
    clinic.unpublish()
    NoticeVersion.objects.filter(clinic=clinic).delete()
    revision = draft_revision(clinic)
    before = published_state(clinic)

    with failing("wagtail audit log"), pytest.raises(DatabaseError):
        revision.publish()

    assert published_state(clinic) == before
    assert what_patients_read(clinic)[0] == 404
    assert "Cabinet des Platanes" not in page_text(client.get(directory("fr").url))


# --- the Wagtail admin ------------------------------------------------------------------------


@pytest.fixture
def portal_editor(client, admin_user):
    sign_in_verified(client, admin_user)
    return admin_user


def admin_publish(client, clinic: Clinic, user, **changes):
    form_class = Clinic.snippet_viewset.get_edit_handler().get_form_class()
    data = form_data(form_class(instance=clinic, for_user=user))
    data.update(changes)
    data["action-publish"] = "action-publish"
    return client.post(reverse("wagtailsnippets_content_clinic:edit", args=[clinic.pk]), data)


@pytest.mark.django_db
@pytest.mark.parametrize("step", ["version saved", "wagtail audit log"])
def test_editor_whose_publication_fails_is_told_nothing_changed_and_keeps_the_draft(
    client, portal_editor, live_clinic, step
):
    before, read_before = published_state(live_clinic), what_patients_read(live_clinic)

    with failing(step):
        response = admin_publish(
            client,
            live_clinic,
            portal_editor,
            **{"uses-0-summary_fr": "Saisie de l’éditrice. Le médecin lit ce que fait l’outil."},
        )

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailsnippets_content_clinic:edit", args=[live_clinic.pk]
    )
    shown = page_text(client.get(response["Location"]))
    assert "La notice n’a pas été publiée" in shown
    assert "Rien n’a changé pour les patients" in shown
    after = published_state(live_clinic)
    # Wagtail saved the draft (and logged the edit) before publishing: it stays, unpublished.
    assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
    assert [action for action, _ in after["audit_log"][len(before["audit_log"]) :]] == [
        "wagtail.edit"
    ]
    assert {**after, "audit_log": before["audit_log"]} == before
    assert what_patients_read(live_clinic) == read_before
    draft = Clinic.objects.get(pk=live_clinic.pk).latest_revision.as_object()
    assert (
        draft.uses.all()[0].summary_fr
        == "Saisie de l’éditrice. Le médecin lit ce que fait l’outil."
    )


@pytest.mark.django_db
def test_editor_creating_a_clinic_whose_publication_fails_lands_on_its_saved_draft(
    client, portal_editor
):
    data = form_data(Clinic.snippet_viewset.get_edit_handler().get_form_class()(for_user=None))
    data.update(
        {
            "name": "Cabinet créé puis refusé",
            "slug": "cabinet-cree-puis-refuse",
            "kind": "gp_practice",
            "street_address": "3 place du Marché",
            "postcode": "69001",
            "city": "Lyon",
            "ai_contact_name_fr": "Le secrétariat",
            "ai_contact_phone": "04 00 00 00 00",
            "uses-TOTAL_FORMS": "1",
            "uses-0-ai_system": str(AISystemFactory().pk),
            "uses-0-care_step": "documentation",
            "uses-0-decision_role": "drafts",
            "uses-0-ORDER": "1",
            "action-publish": "action-publish",
            **{
                f"uses-0-{name}_fr": f"Ce que dit la notice : {name}." for name in OWED_BY_EVERY_USE
            },
        }
    )

    with failing("directory entry written"):
        response = client.post(reverse("wagtailsnippets_content_clinic:add"), data, follow=True)

    assert response.status_code == 200
    assert "La notice n’a pas été publiée" in page_text(response)
    clinic = Clinic.objects.get(slug="cabinet-cree-puis-refuse")
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailsnippets_content_clinic:edit", args=[clinic.pk]
    )
    assert clinic.live is False
    assert clinic.latest_revision is not None
    assert not clinic.versions.exists()
    assert what_patients_read(clinic)[0] == 404


@pytest.mark.django_db
def test_editor_whose_unpublishing_fails_is_told_the_notice_stays_online(
    client, portal_editor, live_clinic
):
    before, read_before = published_state(live_clinic), what_patients_read(live_clinic)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(publishing, "directory_entry_remove", fail)
        response = client.post(
            reverse("wagtailsnippets_content_clinic:unpublish", args=[live_clinic.pk]),
            follow=True,
        )

    assert response.status_code == 200
    assert "La notice n’a pas été retirée" in page_text(response)
    assert published_state(live_clinic) == before
    assert what_patients_read(live_clinic) == read_before


# --- the workspace's approval -----------------------------------------------------------------


@pytest.mark.django_db
def test_reviewer_whose_approval_fails_is_told_and_the_review_still_waits(client):
    clinic = published_clinic(uses=1, name="Cabinet des Tilleuls bis")
    editor = member(clinic, MemberRole.EDITOR)
    reviewer = member(clinic, MemberRole.REVIEWER)
    review = submitted(clinic, editor, summary_fr=NEW_SUMMARY)
    before, read_before = published_state(clinic), what_patients_read(clinic)
    sign_in_verified(client, reviewer)

    with failing("directory entry written"):
        response = client.post(
            workspace_url("notice_review", clinic),
            {
                "comment": "Parfait.",
                "approve": "",
                "untranslated_confirmed": "on",
                "review": review.pk,
            },
        )

    # The review page again, with the reason next to the comment (400, as any refused decision).
    assert response.status_code == 400
    assert "La notice n’a pas été publiée" in page_text(response)
    assert "attend toujours votre relecture" in page_text(response)
    assert published_state(clinic) == before
    assert what_patients_read(clinic) == read_before
    review.refresh_from_db()
    assert review.status == NoticeReview.Status.PENDING


# --- the scheduler ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_scheduled_publication_that_fails_leaves_its_clinic_as_it_was_and_the_others_go_live():
    past = timezone.now() - datetime.timedelta(minutes=5)
    failing_clinic = published_clinic(uses=1, name="Cabinet qui échoue")
    scheduled = draft_revision(failing_clinic)
    Revision.objects.filter(pk=scheduled.pk).update(approved_go_live_at=past)
    other = published_clinic(uses=1, name="Cabinet qui passe")
    Revision.objects.filter(pk=draft_revision(other).pk).update(approved_go_live_at=past)
    before, read_before = published_state(failing_clinic), what_patients_read(failing_clinic)

    def record_unless_failing(*, clinic, document):
        if clinic.pk == failing_clinic.pk:
            fail()
        return directory_entry_record(clinic=clinic, document=document)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(publishing, "directory_entry_record", record_unless_failing)
        with pytest.raises(CommandError, match="1 scheduled change"):
            call_command("publish_scheduled", stdout=io.StringIO())

    assert published_state(failing_clinic) == before
    assert what_patients_read(failing_clinic) == read_before
    # Still scheduled: the next run tries again.
    assert Revision.objects.get(pk=scheduled.pk).approved_go_live_at == past
    assert NEW_SUMMARY in what_patients_read(other)[1]
    assert other.versions.count() == 2


@pytest.mark.django_db
def test_a_first_publication_scheduled_for_later_waits_out_of_sight_without_a_version():
    clinic = published_clinic(uses=1, name="Cabinet qui ouvrira")
    clinic.unpublish()
    NoticeVersion.objects.filter(clinic=clinic).delete()
    draft = Clinic.objects.get(pk=clinic.pk).latest_revision.as_object()
    draft.go_live_at = timezone.now() + datetime.timedelta(days=2)
    revision = draft.save_revision()

    revision.publish()

    clinic.refresh_from_db()
    assert clinic.live is False
    assert not clinic.versions.exists()
    assert Revision.objects.get(pk=revision.pk).approved_go_live_at is not None
    assert what_patients_read(clinic)[0] == 404


# --- the demo loader --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_demo_clinic_whose_publication_fails_is_not_left_half_written(monkeypatch):
    """`manage.py load_demo` can simply be run again: no clinic without its notice stays behind."""
    row = {**demo_clinics.CLINICS[0], "slug": "cabinet-demo-en-echec", "name": "Cabinet en échec"}
    monkeypatch.setattr(demo_clinics, "CLINICS", [row])
    monkeypatch.setattr(publishing, "directory_entry_record", fail)

    with pytest.raises(DatabaseError):
        demo_clinics_load()

    assert not Clinic.objects.filter(slug="cabinet-demo-en-echec").exists()
    assert "Cabinet en échec" not in page_text(Client().get(directory("fr").url))


# --- two publications at once (fault suite, PostgreSQL) ---------------------------------------


@contextlib.contextmanager
def rows_committed_then_removed():
    """Let a test commit rows for real, then remove every row it added (the demo portal stays)."""
    models = [AISystem, Revision, ModelLogEntry]
    user_model = get_user_model()
    before = {model: set(model.objects.values_list("pk", flat=True)) for model in models}
    users = set(user_model.objects.values_list("pk", flat=True))
    words = set(DirectoryWord.objects.values_list("pk", flat=True))
    clinics = set(Clinic.objects.values_list("pk", flat=True))
    try:
        yield
    finally:
        Clinic.objects.exclude(pk__in=clinics).delete()
        for model in reversed(models):
            model.objects.exclude(pk__in=before[model]).delete()
        user_model.objects.exclude(pk__in=users).delete()
        DirectoryWord.objects.exclude(pk__in=words).delete()
        for cache in caches.all():
            cache.clear()


class Overlap:
    """Holds the first publisher inside its publication until the second waits on the clinic's lock."""

    def __init__(self):
        self.guard = threading.Lock()
        self.first_inside = False
        self.second_waited = False
        self.original = publishing.notice_document

    def notice_document(self, *, clinic):
        with self.guard:
            first, self.first_inside = not self.first_inside, True
        if first:
            self.second_waited = self._another_waits_on_a_lock()
        return self.original(clinic=clinic)

    @staticmethod
    def _another_waits_on_a_lock() -> bool:
        deadline = timezone.now() + datetime.timedelta(seconds=10)
        with connection.cursor() as cursor:
            while timezone.now() < deadline:
                # Within a transaction PostgreSQL keeps its first view of the activity: refresh it.
                cursor.execute("SELECT pg_stat_clear_snapshot()")
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
                )
                if cursor.fetchone()[0]:
                    return True
                threading.Event().wait(0.02)
        return False


def run_at_once(*publications) -> list[BaseException]:
    """Run each publication in its own thread and connection, released together; their errors."""
    barrier = threading.Barrier(len(publications))
    errors = []

    def run(publish):
        try:
            barrier.wait(timeout=10)
            publish()
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(publish,)) for publish in publications]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


def assert_two_consecutive_versions_and_patients_read_the_last(clinic, revisions):
    clinic = Clinic.objects.get(pk=clinic.pk)
    versions = list(clinic.versions.order_by("number"))
    assert [version.number for version in versions] == [1, 2, 3]
    assert {version.revision_id for version in versions[1:]} == {rev.pk for rev in revisions}
    # The live revision is the one the last version records: what patients read is that text.
    assert clinic.live_revision_id == versions[-1].revision_id
    last = Revision.objects.get(pk=versions[-1].revision_id).as_object()
    assert last.uses.all()[0].summary_fr in what_patients_read(clinic)[1]
    publishes = [entry for entry in audit_log(clinic) if entry[0] == "wagtail.publish"]
    assert len(publishes) == 3


def in_a_connection_of_its_own(scenario) -> None:
    """Run the scenario in a thread with its own connection (autocommit, outside the test's
    transaction), so that the racing threads see what it commits; re-raise what it raised."""
    raised = []

    def run():
        try:
            with rows_committed_then_removed():
                scenario()
        except BaseException as error:
            raised.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "the scenario did not finish within 120 s"
    if raised:
        raise raised[0]


# django_db: pytest-django sets the session's test database up only for tests that ask for it.
@pytest.mark.faults
@pytest.mark.django_db
def test_two_editors_publishing_one_clinic_at_once_give_versions_2_and_3():
    def scenario():
        clinic = published_clinic(uses=1, name="Cabinet des deux éditeurs")
        first = draft_revision(clinic, summary="Texte de la première éditrice.")
        second = draft_revision(clinic, summary="Texte du second éditeur.")
        overlap = Overlap()

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(publishing, "notice_document", overlap.notice_document)
            errors = run_at_once(
                lambda: Revision.objects.get(pk=first.pk).publish(),
                lambda: Revision.objects.get(pk=second.pk).publish(),
            )

        assert errors == []
        assert overlap.second_waited, "the second publication never waited for the first"
        assert_two_consecutive_versions_and_patients_read_the_last(clinic, [first, second])

    in_a_connection_of_its_own(scenario)


@pytest.mark.faults
@pytest.mark.django_db
def test_an_approval_and_an_admin_publication_at_once_give_versions_2_and_3():
    def scenario():
        clinic = published_clinic(uses=1, name="Cabinet de la relecture pressée")
        editor = member(clinic, MemberRole.EDITOR)
        reviewer = member(clinic, MemberRole.REVIEWER)
        review = submitted(clinic, editor, summary_fr="Texte relu par le médecin.")
        by_admin = draft_revision(
            clinic, summary="Texte publié depuis l’admin. Le médecin lit ce que fait l’outil."
        )
        membership = reviewer.clinic_memberships.get(clinic=clinic)
        overlap = Overlap()

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(publishing, "notice_document", overlap.notice_document)
            errors = run_at_once(
                lambda: notice_approve(
                    membership=membership, user=reviewer, review_pk=review.pk, comment="Bon."
                ),
                lambda: Revision.objects.get(pk=by_admin.pk).publish(),
            )

        assert errors == []
        assert overlap.second_waited, "the second publication never waited for the first"
        assert_two_consecutive_versions_and_patients_read_the_last(
            clinic, [review.revision, by_admin]
        )
        assert NoticeReview.objects.get(pk=review.pk).status == NoticeReview.Status.APPROVED

    in_a_connection_of_its_own(scenario)
