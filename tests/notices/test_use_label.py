"""A clinic's own short label for a use: it replaces the catalogue's wherever patients read what the
tool does (notice, print view, posters, JSON, visit page); a notice published before uses had
labels still shows the catalogue's."""

import json

import pypdfium2
import pytest
from jsonschema import Draft202012Validator

from content.notices.models import Clinic
from content.notices.rules.changes import notice_changes
from tests.factories import AIUseFactory, ClinicFactory
from tests.notices.helpers import json_url, notice_url, page_text
from tests.notices.test_api import SCHEMA_PATH
from tests.visits.test_public_page import issued, visit_url

pytestmark = pytest.mark.django_db

OWN = {"fr": "Rédige les courriers aux confrères", "en": "Writes letters to colleagues"}
CATALOGUE = {"fr": "Rédige un brouillon du compte rendu", "en": "Drafts the consultation report"}


def labelled_clinic(**label) -> Clinic:
    """A clinic published with one use whose label is `label` (label_fr, label_en)."""
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic, **label)
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    return clinic


def pdf_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    return " ".join(" ".join(page.get_textpage().get_text_range() for page in document).split())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_use_label_replaces_the_catalogues_on_the_notice_and_its_print_view(client, language):
    clinic = labelled_clinic(label_fr=OWN["fr"], label_en=OWN["en"])

    for route in ("", "print/"):
        shown = page_text(client.get(notice_url(clinic, language, route)))
        assert OWN[language] in shown, route
        assert CATALOGUE[language] not in shown, route


def test_a_use_label_replaces_the_catalogues_on_the_posters(client):
    clinic = labelled_clinic(label_fr=OWN["fr"], label_en=OWN["en"])

    poster = pdf_text(client.get(notice_url(clinic, "fr", "poster/")).content)
    bilingual = pdf_text(client.get(notice_url(clinic, "fr", "poster/bilingual/")).content)

    assert OWN["fr"] in poster and CATALOGUE["fr"] not in poster
    assert OWN["fr"] in bilingual and OWN["en"] in bilingual
    assert CATALOGUE["en"] not in bilingual


def test_a_use_label_is_in_the_json_which_follows_its_schema(client):
    clinic = labelled_clinic(label_fr=OWN["fr"], label_en=OWN["en"])

    notice = client.get(json_url(clinic)).json()

    assert notice["uses"][0]["label"] == OWN
    assert notice["uses"][0]["system"]["label"] == CATALOGUE
    schema = json.loads(SCHEMA_PATH.read_text())
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert list(validator.iter_errors(notice)) == []


def test_a_use_without_its_own_label_says_the_catalogues(client):
    clinic = labelled_clinic()

    notice = client.get(json_url(clinic)).json()

    assert notice["uses"][0]["label"] == CATALOGUE
    assert CATALOGUE["en"] in page_text(client.get(notice_url(clinic, "en")))


def test_a_french_only_label_shows_in_french_on_the_english_notice_not_the_catalogues(client):
    clinic = labelled_clinic(label_fr=OWN["fr"])

    shown = page_text(client.get(notice_url(clinic, "en")))

    assert OWN["fr"] in shown
    assert CATALOGUE["en"] not in shown


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_visit_page_says_what_the_tool_does_in_the_clinics_words(client, language):
    clinic = labelled_clinic(label_fr=OWN["fr"], label_en=OWN["en"])
    card = issued(clinic, language=language)

    shown = page_text(client.get(visit_url(card.code, language)))

    assert OWN[language] in shown
    assert CATALOGUE[language] not in shown


def test_a_notice_published_before_labels_existed_still_shows_the_catalogues(client):
    clinic = labelled_clinic()
    version = clinic.versions.get()
    document = version.document
    for use in document["uses"]:
        del use["label"]
    version.document = document
    version.save(update_fields=["document"])

    shown = page_text(client.get(notice_url(clinic, "fr")))
    poster = pdf_text(client.get(notice_url(clinic, "fr", "poster/")).content)
    card = issued(clinic)

    assert CATALOGUE["fr"] in shown
    assert CATALOGUE["fr"] in poster
    assert CATALOGUE["fr"] in page_text(client.get(visit_url(card.code)))
    assert client.get(json_url(clinic)).json()["uses"][0]["system"]["label"] == CATALOGUE


def test_a_notice_published_before_labels_existed_shows_no_label_change_at_the_next_version():
    system = {"name": "Outil", "label": CATALOGUE}
    old = {"uses": [{"id": "u1", "care_step": {"code": "documentation"}, "system": system}]}
    same = {"uses": [{**old["uses"][0], "label": CATALOGUE}]}
    own = {"uses": [{**old["uses"][0], "label": OWN}]}

    assert notice_changes(previous=old, current=same)["changed"] == []
    assert notice_changes(previous=old, current=own)["changed"][0]["items"] == ["label"]
