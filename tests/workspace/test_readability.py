"""Readability in the notice form: the score under the summary and the introduction without
JavaScript, the gap a hard summary leaves, the JSON measure for the live update, and the policy
that lets only these pages run the site's own script."""

import pytest
from django.urls import reverse
from django.utils import translation

from content.vocabulary import MemberRole
from tests.factories import ClinicFactory, member
from tests.workspace.helpers import draft_save, sign_in_verified, soup_of, text

pytestmark = pytest.mark.django_db

HARD_SUMMARY = (
    "L’outil transcrit automatiquement la consultation afin de faciliter la rédaction du compte "
    "rendu médical, que le médecin vérifie systématiquement avant de l’intégrer définitivement à "
    "votre dossier."
)
EASY_SUMMARY = (
    "L’outil écrit un brouillon de la lettre. Le médecin le lit. Il le corrige si besoin."
)


def page(name: str, clinic, *args, language: str = "fr") -> str:
    with translation.override(language):
        return reverse(f"workspace:{name}", args=[clinic.pk, *args])


def measured(client, clinic, **data):
    return client.post(page("readability", clinic), data)


def test_the_use_page_shows_the_summarys_readability_under_it(as_editor, clinic):
    draft_save(clinic, summary_fr=EASY_SUMMARY, summary_en="The tool writes a draft. We read it.")

    soup = soup_of(as_editor.get(page("notice_use", clinic, 1)))

    french = soup.find(id="id_summary_fr-readability")
    assert text(french) == "Lisibilité : 96 / 100, facile (visé : 70 au moins ; minimum 60)"
    assert french["aria-live"] == "polite"
    assert "id_summary_fr-readability" in soup.find(id="id_summary_fr")["aria-describedby"]
    english = soup.find(id="id_summary_en-readability")
    assert text(english).startswith("Lisibilité : ")
    # Only the texts patients read first are measured.
    assert soup.find(id="id_retention_fr-readability") is None


def test_a_hard_summary_is_saved_but_marked_with_its_score_and_longest_sentence(as_editor, clinic):
    draft_save(clinic, summary_fr=HARD_SUMMARY)

    soup = soup_of(as_editor.get(page("notice_use", clinic, 1)))

    status = text(soup.find(id="id_summary_fr-readability"))
    assert status.startswith("Lisibilité : 2 / 100, difficile")
    assert "Raccourcissez d’abord : « L’outil transcrit automatiquement" in status
    marker = text(soup.find(id="id_summary_fr-missing"))
    assert marker.startswith("À compléter difficile à lire : score 2 sur 100, il faut au moins 60")
    progress = text(soup_of(as_editor.get(page("notice_edit", clinic))).select_one("main"))
    assert "difficile à lire" in progress


def test_the_structure_page_shows_the_introductions_readability(as_editor, clinic):
    soup = soup_of(as_editor.get(page("notice_structure", clinic)))

    assert text(soup.find(id="id_introduction_fr-readability")).startswith("Lisibilité : ")


def test_only_the_pages_with_a_measured_text_may_run_the_sites_script(as_editor, clinic):
    use_page = as_editor.get(page("notice_use", clinic, 1))
    contacts = as_editor.get(page("notice_contacts", clinic))

    policy = use_page["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert soup_of(use_page).select_one("script[src$='js/readability.js']") is not None
    assert "script-src" not in contacts["Content-Security-Policy"]
    assert soup_of(contacts).select_one("script") is None


def test_the_live_measure_answers_json_in_the_language_asked(as_editor, clinic):
    answer = measured(as_editor, clinic, text=HARD_SUMMARY, language="fr").json()

    assert answer["score"] == 2
    assert answer["level"] == "hard"
    assert answer["line"].startswith("Lisibilité\u00a0: 2 / 100, difficile")
    assert answer["longest"].startswith("Raccourcissez d’abord")
    english = measured(as_editor, clinic, text="We read it. You can say no.", language="en")
    assert english.json()["level"] == "easy"


@pytest.mark.parametrize("role", [MemberRole.REVIEWER, MemberRole.CLINICIAN])
def test_the_live_measure_is_for_the_clinics_editors(client, clinic, role):
    assert measured(client, clinic, text=EASY_SUMMARY).status_code == 302  # to sign in
    sign_in_verified(client, member(clinic, role))
    assert measured(client, clinic, text=EASY_SUMMARY).status_code == 403
    sign_in_verified(client, member(ClinicFactory(), MemberRole.EDITOR))
    assert measured(client, clinic, text=EASY_SUMMARY).status_code == 404


def test_the_live_measure_needs_the_csrf_token_and_a_post(as_editor, clinic):
    assert as_editor.get(page("readability", clinic)).status_code == 405
    as_editor.handler.enforce_csrf_checks = True
    assert measured(as_editor, clinic, text=EASY_SUMMARY).status_code == 403


def test_the_live_measure_is_limited_per_member(as_editor, clinic):
    answers = [measured(as_editor, clinic, text="Un mot.").status_code for _ in range(121)]

    assert answers[:120] == [200] * 120
    assert answers[120] == 429
