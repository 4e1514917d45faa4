"""Patients read the published record of a notice, exactly as approved, until the next approval.

When the catalogue changes a fact the notice relies on, the notice says so above the use concerned,
with the date, the value approved and the value now; it changes nothing else.
"""

import json

import pytest
from django.utils import dateformat, timezone, translation

from content.notices.catalogue_changes import system_facts_stamp
from content.notices.models import AISystem, AIUse, Clinic
from content.vocabulary import Country
from tests.factories import published_clinic
from tests.notices.helpers import LANGUAGES, json_url, notice_url, page_text
from tests.queries import page_cache_forget

pytestmark = pytest.mark.django_db

CHANGE_WORDS = {
    "fr": {
        "title": "L’éditeur a changé ce qu’il déclare sur cet outil",
        "hosting": "Le {date}, pays où les données sont stockées : c’était « France », "
        "c’est maintenant « États-Unis ».",
        "version": "Le {date}, version en service : c’était « 1.0 », c’est maintenant « 2.0 ».",
        "reviewing": "vérifie ce que cela change pour vous et mettra sa notice à jour",
        "summary": "L’éditeur a changé des informations sur cet outil",
    },
    "en": {
        "title": "The publisher has changed what it declares about this tool",
        "hosting": "On {date}, country where the data are stored: it was “France”, "
        "it is now “United States”.",
        "version": "On {date}, version in use: it was “1.0”, it is now “2.0”.",
        "reviewing": "is checking what this changes for you and will update its notice",
        "summary": "The publisher has changed information about this tool",
    },
}


def today_shown(language: str) -> str:
    with translation.override(language):
        return dateformat.format(timezone.localdate(), "j F Y")


def vendor_moves_to_the_united_states(system: AISystem) -> None:
    """What a portal editor records when the vendor moves hosting and ships a new version."""
    system.hosting_country = Country.US
    system.data_leave_eea = True
    system.version = "2.0"
    system.label_fr = "Un libellé que le catalogue a réécrit"
    system.save()


def use_section(html: str, system_name: str) -> str:
    """The part of the page from this tool's section heading to the next section."""
    start = html.index(f"{system_name} – ", html.index('class="notice-use"'))
    end = html.find('<section class="notice-use"', start)
    return html[start : end if end != -1 else len(html)]


def fresh(client, url: str):
    page_cache_forget(url)
    return client.get(url)


@pytest.fixture
def clinic_and_changed_system(django_capture_on_commit_callbacks):
    """A clinic published with two tools; then the catalogue changes the first tool."""
    clinic = published_clinic(uses=2)
    first, _second = [use.ai_system for use in clinic.uses.order_by("sort_order")]
    with django_capture_on_commit_callbacks(execute=True):
        vendor_moves_to_the_united_states(AISystem.objects.get(pk=first.pk))
    return clinic, first


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_notice_says_above_the_use_what_the_publisher_changed_and_when(
    client, clinic_and_changed_system, language
):
    clinic, changed = clinic_and_changed_system
    words = CHANGE_WORDS[language]

    html = page_text(client.get(notice_url(clinic, language)))
    section = use_section(html, changed.name)
    other = use_section(html, clinic.uses.order_by("sort_order")[1].ai_system.name)

    assert words["title"] in section
    assert words["hosting"].format(date=today_shown(language)) in section
    assert words["version"].format(date=today_shown(language)) in section
    assert f"{clinic.name} {words['reviewing']}" in section
    # Above the use's own texts, right under its heading.
    assert section.index(words["title"]) < section.index("Texte summary")
    assert words["title"] not in other
    assert html.count(words["summary"]) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_notice_keeps_the_facts_it_was_approved_with(
    client, clinic_and_changed_system, language
):
    clinic, changed = clinic_and_changed_system

    section = use_section(page_text(client.get(notice_url(clinic, language))), changed.name)
    printed = use_section(
        page_text(client.get(notice_url(clinic, language, "print/"))), changed.name
    )

    for shown in (section, printed):
        # The facts as approved: hosted in France, version 1.0, the label as it was.
        assert (
            "Rédige un brouillon du compte rendu" in shown
            or "Drafts the consultation report" in shown
        )
        assert "Un libellé que le catalogue a réécrit" not in shown
        assert "<dd>1.0</dd>" in shown
        assert "<dd>2.0</dd>" not in shown
    assert CHANGE_WORDS[language]["title"] in printed


def test_the_json_and_the_poster_stay_exactly_as_approved(client, clinic_and_changed_system):
    clinic, changed = clinic_and_changed_system
    approved = clinic.versions.get().document

    document = json.loads(client.get(json_url(clinic)).content)
    poster = client.get(notice_url(clinic, "fr", "poster/"))

    # As approved, with the one thing that depends on the day it is read: its review state.
    assert document["version"].pop("review_state") == "current"
    assert {key: document[key] for key in approved} == approved
    system = next(use["system"] for use in document["uses"] if use["system"]["key"] == changed.key)
    assert system["version"] == "1.0"
    assert system["hosting_country"]["code"] == "FR"
    assert poster.status_code == 200
    assert poster["Content-Type"] == "application/pdf"


def test_nothing_a_patient_reads_comes_from_the_clinic_rows(client):
    clinic = published_clinic(uses=1, name="Cabinet tel que validé")
    # Rows changed behind the published record, as no approval would leave them.
    Clinic.objects.filter(pk=clinic.pk).update(name="Nom jamais validé", city="Ailleurs")
    AIUse.objects.filter(clinic=clinic).update(human_oversight_fr="Texte jamais validé.")

    html = page_text(fresh(client, notice_url(clinic, "fr")))
    document = json.loads(fresh(client, json_url(clinic)).content)

    assert "Cabinet tel que validé" in html
    assert "jamais validé" not in html
    assert document["name"] == "Cabinet tel que validé"
    assert "jamais validé" not in json.dumps(document, ensure_ascii=False)


def test_the_line_is_gone_once_the_clinic_approves_its_notice_again(
    client, clinic_and_changed_system, django_capture_on_commit_callbacks
):
    clinic, changed = clinic_and_changed_system
    assert CHANGE_WORDS["fr"]["title"] in page_text(client.get(notice_url(clinic, "fr")))

    with django_capture_on_commit_callbacks(execute=True):
        Clinic.objects.get(pk=clinic.pk).save_revision().publish()
    html = page_text(client.get(notice_url(clinic, "fr")))

    assert CHANGE_WORDS["fr"]["title"] not in html
    section = use_section(html, changed.name)
    assert "<dd>2.0</dd>" in section
    assert "États-Unis" in section
    assert "Version 2, en vigueur depuis le" in html


def test_a_change_the_notice_does_not_watch_shows_no_line(
    client, django_capture_on_commit_callbacks
):
    clinic = published_clinic(uses=1)
    system = clinic.uses.get().ai_system
    with django_capture_on_commit_callbacks(execute=True):
        system.vendor = "Éditeur racheté"
        system.save()

    html = page_text(client.get(notice_url(clinic, "fr")))

    assert CHANGE_WORDS["fr"]["title"] not in html
    assert "Éditeur racheté" not in html


def test_saving_a_system_dates_each_watched_fact_that_changed_and_only_those():
    clinic = published_clinic(uses=1)
    system = AISystem.objects.get(pk=clinic.uses.get().ai_system_id)

    system.version = "1.1"
    system.vendor = "Autre nom"
    changed = system_facts_stamp(system=system)
    system.save()
    system.refresh_from_db()
    unchanged = system_facts_stamp(system=system)

    assert changed == ["version"]
    assert unchanged == []
    assert system.facts_changed_on == {"version": timezone.localdate().isoformat()}
