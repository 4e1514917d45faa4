"""The reviewer sees what the draft changes, word by word, each added use whole, what is missing
and what the English notice will show in French; approving untranslated texts needs a tick."""

import pytest

from content.notices.models import AIUse, NoticeVersion
from content.vocabulary import AIUSE_TEXT_FIELDS
from content.workspace.review import notice_submit
from content.workspace.review_diff import DELETED, EQUAL, INSERTED, Segment, word_diff
from tests.factories import AISystemFactory, member, published_clinic
from tests.workspace.helpers import (
    draft_save,
    error_next_to,
    error_summary,
    sign_in_verified,
    soup_of,
    submitted,
    text,
    url,
)

pytestmark = pytest.mark.django_db

OLD_OVERSIGHT = "Le médecin relit le compte rendu avant de le signer."
NEW_OVERSIGHT = "Le médecin relit et corrige le compte rendu avant de le signer."


def visible(node) -> str:
    """The text a sighted reader sees: without the words only screen readers hear."""
    for hidden in node.select(".visually-hidden"):
        hidden.extract()
    return text(node)


def changed_item(response, label: str):
    """The <dd> of the changed item whose <dt> starts with `label`."""
    for term in soup_of(response).select(".review-diff__item dt"):
        if text(term).startswith(label):
            return term.find_next_sibling("dd")
    raise AssertionError(f"no changed item {label!r} on the page")


def test_words_are_compared_whole():
    assert word_diff("le médecin relit", "le radiologue relit") == [
        Segment(EQUAL, "le"),
        Segment(DELETED, "médecin"),
        Segment(INSERTED, "radiologue"),
        Segment(EQUAL, "relit"),
    ]
    assert word_diff("", "tout nouveau") == [Segment(INSERTED, "tout nouveau")]


def test_a_changed_text_shows_the_words_removed_and_added(client):
    clinic = published_clinic(uses=1, responsible_physician_role_fr="Médecin généraliste")
    editor, reviewer = member(clinic), member(clinic, "reviewer")
    draft_save(clinic, user=editor, human_oversight_fr=OLD_OVERSIGHT)
    draft = clinic.latest_revision.as_object()
    draft.save_revision(user=editor).publish()
    clinic.refresh_from_db()
    submitted(clinic, editor, human_oversight_fr=NEW_OVERSIGHT, label_fr="Rédige les courriers")
    sign_in_verified(client, reviewer)

    response = client.get(url("notice_review", clinic))

    assert response.status_code == 200
    oversight = changed_item(response, "Qui vérifie, et comment (en français)")
    assert [text(node) for node in oversight.select("ins")] == ["et corrige"]
    assert oversight.select("del") == []
    assert "début de l’ajout" in text(oversight)
    assert visible(oversight) == NEW_OVERSIGHT
    label = changed_item(response, "Ce que fait l’outil ici, en quelques mots (en français)")
    assert [text(node) for node in label.select("del")] == ["un brouillon du compte rendu"]
    assert [text(node) for node in label.select("ins")] == ["les courriers"]
    # Texts that did not change are not listed.
    assert "Les bénéfices" not in text(soup_of(response).select_one(".review-diff"))


def test_an_added_use_is_shown_whole(client):
    clinic = published_clinic(uses=1)
    editor, reviewer = member(clinic), member(clinic, "reviewer")
    draft = clinic.latest_revision.as_object()
    system = AISystemFactory(name="Vocaline Dictée")
    draft.uses.add(
        AIUse(
            ai_system=system,
            care_step="documentation",
            decision_role="drafts",
            label_fr="Transforme en texte le compte rendu que le médecin dicte",
            # Plain short sentences: a summary must be easy to read to be submitted.
            **{
                f"{name}_fr": f"Nouveau texte {name}. Le médecin lit ce que fait l’outil."
                for name in ("summary", "how_to_decline")
            },
            **{
                f"{name}_fr": f"Réponse {name}."
                for name in (
                    "human_oversight",
                    "patient_data",
                    "retention",
                    "answer_if_wrong",
                    "answer_human_contact",
                    "answer_responsibility",
                    "answer_reliability",
                    "answer_data_access",
                )
            },
        )
    )
    draft.save_revision(user=editor)
    clinic.refresh_from_db()
    notice_submit(membership=editor.clinic_memberships.get(), user=editor)
    sign_in_verified(client, reviewer)

    response = client.get(url("notice_review", clinic))

    added = soup_of(response).select_one(".review-use--added")
    assert added is not None, error_summary(response)
    assert text(added.select_one("summary")).startswith("Ajouté : Vocaline Dictée")
    shown = text(added)
    for typed in (
        "Transforme en texte le compte rendu que le médecin dicte",
        "Nouveau texte summary.",
        "Nouveau texte how_to_decline.",
        "Réponse answer_data_access.",
    ):
        assert typed in shown


def test_untranslated_texts_are_listed_and_approval_asks_to_confirm_them(client):
    clinic = published_clinic(uses=1)
    editor, reviewer = member(clinic), member(clinic, "reviewer")
    submitted(
        clinic,
        editor,
        summary_fr="Un résumé corrigé. Le médecin lit ce que fait l’outil.",
        summary_en="A corrected summary.",
    )
    sign_in_verified(client, reviewer)
    review = clinic.reviews.get(status="pending")

    page = client.get(url("notice_review", clinic))

    listed = text(soup_of(page).select_one("#review-untranslated-title").parent)
    # The factory writes every text in French only: all but the summary, and the AI contact.
    use_name = clinic.uses.get().ai_system.name
    assert f"{use_name} (" in listed
    assert "qui vérifie, et comment" in listed
    assert "qui répond aux questions sur l’IA" in listed
    assert "ce que fait l’outil ici" not in listed  # the catalogue's label has its English
    label = text(soup_of(page).find("label", attrs={"for": "id_untranslated_confirmed"}))
    assert label == (
        "Je publie en sachant que 18 textes paraîtront en français sur la notice anglaise"
    )

    refused = client.post(
        url("notice_review", clinic), {"approve": "", "comment": "", "review": review.pk}
    )

    assert refused.status_code == 400
    assert "Cochez cette case" in error_next_to(refused, "id_untranslated_confirmed")
    assert NoticeVersion.objects.filter(clinic=clinic).count() == 1

    accepted = client.post(
        url("notice_review", clinic),
        {"approve": "", "comment": "", "untranslated_confirmed": "on", "review": review.pk},
    )

    assert accepted.status_code == 302, error_summary(accepted)
    assert NoticeVersion.objects.filter(clinic=clinic).count() == 2


def test_requesting_changes_needs_no_confirmation_of_untranslated_texts(client):
    clinic = published_clinic(uses=1)
    editor, reviewer = member(clinic), member(clinic, "reviewer")
    review = submitted(
        clinic, editor, summary_fr="Un résumé corrigé. Le médecin lit ce que fait l’outil."
    )
    sign_in_verified(client, reviewer)

    response = client.post(
        url("notice_review", clinic),
        {"request_changes": "", "comment": "Traduisez, svp.", "review": review.pk},
    )

    assert response.status_code == 302, error_summary(response)
    review.refresh_from_db()
    assert review.status == "changes_requested"


def test_a_fully_translated_notice_asks_no_confirmation(client):
    clinic = published_clinic(uses=1, ai_contact_name_en="The practice's front desk")
    editor, reviewer = member(clinic), member(clinic, "reviewer")
    english = {f"{name}_en": f"English {name}." for name in AIUSE_TEXT_FIELDS}
    review = submitted(
        clinic,
        editor,
        summary_fr="Un résumé corrigé. Le médecin lit ce que fait l’outil.",
        **english,
    )
    sign_in_verified(client, reviewer)

    page = client.get(url("notice_review", clinic))

    assert soup_of(page).find(id="id_untranslated_confirmed") is None
    assert "tous les textes de la notice sont traduits" in text(soup_of(page))
    response = client.post(
        url("notice_review", clinic), {"approve": "", "comment": "", "review": review.pk}
    )
    assert response.status_code == 302, error_summary(response)
