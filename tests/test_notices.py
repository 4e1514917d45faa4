"""A clinic's published notice, as patients read it: web page, print view, poster, QR code, JSON."""

import base64
import datetime
import html as html_lib
import io
import json
import re

import pypdfium2
import pytest
import weasyprint
import zxingcpp
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import dateformat, timezone, translation
from django.utils.timezone import localtime
from jsonschema import Draft202012Validator

from content.models import AISystem, AIUse, Clinic, ClinicDirectoryPage, EvidenceLink, NoticeVersion
from content.models.disclosures import (
    AISystemKind,
    CareStep,
    ClinicKind,
    Country,
    DecisionRole,
    RegulatoryStatus,
    TrainingReuse,
)
from content.notice_views import SCHEMA_PATH
from tests.factories import (
    AISystemFactory,
    AIUseFactory,
    ClinicFactory,
    EvidenceLinkFactory,
    published_clinic,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en"]
OTHER = {"fr": "en", "en": "fr"}
NOTICE_ROUTES = ["", "print/", "poster/", "qr/", "versions/", "versions/1/"]


def directory(language: str) -> ClinicDirectoryPage:
    return ClinicDirectoryPage.objects.get(locale__language_code=language)


def notice_url(clinic: Clinic, language: str, route: str = "") -> str:
    return directory(language).notice_url(clinic.slug, route)


def json_url(clinic: Clinic) -> str:
    return f"/api/notices/{clinic.slug}.json"


def page_text(response) -> str:
    """The page's HTML with entities decoded, so that texts read as they were typed."""
    return html_lib.unescape(response.content.decode())


def systems_of(clinic: Clinic) -> list[str]:
    return [use.ai_system.name for use in clinic.uses.order_by("sort_order")]


def shown_date(moment, language: str) -> str:
    with translation.override(language):
        return dateformat.format(localtime(moment), "j F Y")


def schema_validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(document: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in schema_validator().iter_errors(document)
    ]


# The notice page


NOTICE_WORDS = {
    "fr": {
        "summary": "En bref",
        "rights": "Vos droits et nos contacts",
        "expectations": "Ce que cette notice vous dit",
        "version": "Version 1, en vigueur depuis le {date}.",
        "figure": "<strong>84\u00a0%</strong>",
    },
    "en": {
        "summary": "In short",
        "rights": "Your rights and our contact details",
        "expectations": "What this notice tells you",
        "version": "Version 1, in force since {date}.",
        "figure": "<strong>84%</strong>",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_notice_shows_summary_each_use_rights_version_and_what_patients_expect(client, language):
    clinic = published_clinic(uses=2)
    version = clinic.versions.get()
    words = NOTICE_WORDS[language]

    response = client.get(notice_url(clinic, language))

    assert response.status_code == 200
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    assert f"<h1>{clinic.name}</h1>" in html
    assert f'<h2 id="notice-summary-title">{words["summary"]}</h2>' in html
    for number, name in enumerate(systems_of(clinic), start=1):
        assert re.search(rf'<h2 id="use-{number}-title">{name}\W', html)
    for use in clinic.uses.all():
        assert use.summary_fr in html
    assert html.count('class="notice-use"') == 2
    assert f'<h2 id="notice-rights-title">{words["rights"]}</h2>' in html
    assert clinic.ai_contact_email in html
    assert words["version"].format(date=shown_date(version.published_at, language)) in html
    assert words["expectations"] in html
    assert words["figure"] in html


@pytest.mark.parametrize(
    "french_heading",
    ["En bref", "Vos droits et nos contacts", "Ce que cette notice vous dit", "Qui vérifie"],
)
def test_english_notice_has_no_french_headings(client, french_heading):
    clinic = published_clinic(uses=1)

    html = page_text(client.get(notice_url(clinic, "en")))

    assert french_heading not in html


def test_english_notice_shows_an_untranslated_text_in_french_marked_as_such(client):
    clinic = ClinicFactory()
    AIUseFactory(
        clinic=clinic,
        summary_fr="Rédige le compte rendu pendant que le médecin vous écoute.",
        summary_en="",
        human_oversight_en="Your doctor reads and corrects every draft.",
    )
    clinic.save_revision().publish()

    html = page_text(client.get(notice_url(clinic, "en")))

    assert (
        '<div lang="fr" class="fallback"><p>Rédige le compte rendu pendant que le médecin vous écoute.'
        in html
    )
    assert '<p class="fallback-note">(in French: not translated yet)</p>' in html
    assert "<p>Your doctor reads and corrects every draft.</p>" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_clinic_texts_are_shown_as_text_never_as_markup(client, language):
    clinic = ClinicFactory(ai_contact_name_fr="<b>Accueil</b>")
    AIUseFactory(clinic=clinic, summary_fr='<script>alert("notice")</script> Résumé.')
    clinic.save_revision().publish()

    html = client.get(notice_url(clinic, language)).content.decode()

    assert "<script>alert" not in html
    assert "<b>Accueil</b>" not in html
    assert "&lt;script&gt;alert" in html
    assert "&lt;b&gt;Accueil&lt;/b&gt;" in html


def test_french_notice_has_no_fallback_note(client):
    clinic = published_clinic(uses=1)

    html = page_text(client.get(notice_url(clinic, "fr")))

    assert "fallback" not in html


def test_notice_links_to_its_other_forms_and_its_json(client):
    clinic = published_clinic(uses=1)

    html = page_text(client.get(notice_url(clinic, "fr")))

    assert f'href="{json_url(clinic)}"' in html
    for route in ("print/", "poster/", "versions/"):
        assert f'href="{notice_url(clinic, "fr", route)}"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_on_a_notice_leads_to_the_same_notice_in_the_other_language(
    client, language
):
    clinic = published_clinic(uses=1)
    other = OTHER[language]

    html = page_text(client.get(notice_url(clinic, language)))

    link = re.search(rf'<a href="([^"]*)" lang="{other}" hreflang="{other}"', html)
    assert link is not None
    assert link.group(1).endswith(f"/{clinic.slug}/")
    assert link.group(1) == notice_url(clinic, other)


# Unpublished and unknown notices


@pytest.fixture
def draft_clinic() -> Clinic:
    """A clinic with a complete use, saved as a draft revision but never published."""
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic)
    clinic.save_revision()
    return clinic


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("route", NOTICE_ROUTES)
def test_notice_never_published_is_not_found_in_any_form(client, draft_clinic, route, language):
    assert client.get(notice_url(draft_clinic, language, route)).status_code == 404


def test_json_of_a_notice_never_published_is_not_found(client, draft_clinic):
    assert client.get(json_url(draft_clinic)).status_code == 404


@pytest.mark.parametrize(
    ("language", "title"), [("fr", "Page introuvable"), ("en", "Page not found")]
)
def test_unknown_clinic_gets_the_designed_404_page(client, language, title):
    response = client.get(directory(language).url + "structure-inconnue/")

    assert response.status_code == 404
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    assert title in html


def test_archived_version_that_does_not_exist_is_not_found(client):
    clinic = published_clinic(uses=1)

    assert client.get(notice_url(clinic, "fr", "versions/9/")).status_code == 404


# Print view and QR code


def qr_text_of_svg(svg: bytes) -> str:
    """What a phone reads from an SVG QR code, drawn on a page as a browser would draw it."""
    data_uri = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    pdf = weasyprint.HTML(
        string=f'<img src="{data_uri}" style="width: 8cm; margin: 2cm">'
    ).write_pdf()
    return qr_text_of_pdf(pdf)


def qr_text_of_pdf(pdf: bytes) -> str:
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=3).to_pil()
    codes = zxingcpp.read_barcodes(image)
    assert len(codes) == 1
    return codes[0].text


def test_print_view_holds_the_whole_notice_and_its_qr_code(client):
    clinic = published_clinic(uses=2)

    response = client.get(notice_url(clinic, "fr", "print/"))

    assert response.status_code == 200
    html = page_text(response)
    assert "En bref" in html
    for name in systems_of(clinic):
        assert name in html
    assert html.count('class="notice-use"') == 2
    assert "Vos droits et nos contacts" in html
    assert re.search(
        rf'<img src="{re.escape(notice_url(clinic, "fr", "qr/"))}"[^>]* alt="[^"]+"', html
    )
    assert f"http://testserver{notice_url(clinic, 'fr')}" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_qr_code_is_an_svg_that_leads_to_the_notice(client, language):
    clinic = published_clinic(uses=1)

    response = client.get(notice_url(clinic, language, "qr/"))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert qr_text_of_svg(response.content) == f"http://testserver{notice_url(clinic, language)}"


# Poster


def poster(client, clinic: Clinic, language: str) -> bytes:
    response = client.get(notice_url(clinic, language, "poster/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


def poster_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


@pytest.mark.parametrize("language", LANGUAGES)
def test_poster_is_a_pdf_whose_qr_code_leads_to_the_notice_in_its_language(client, language):
    clinic = published_clinic(uses=2)

    pdf = poster(client, clinic, language)

    assert qr_text_of_pdf(pdf) == f"http://testserver{notice_url(clinic, language)}"
    text = poster_text(pdf)
    for name in systems_of(clinic):
        assert name in text


@pytest.mark.parametrize("uses", [2, 5, 8])
def test_poster_is_a_single_a4_page_with_its_qr_code_whatever_the_number_of_tools(client, uses):
    clinic = published_clinic(uses=uses)

    pdf = poster(client, clinic, "fr")

    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)
    assert qr_text_of_pdf(pdf) == f"http://testserver{notice_url(clinic, 'fr')}"


FRENCH_SPACING_MISTAKES = [
    (re.compile(r" [:;!?»]"), "an ordinary space before : ; ! ? »"),
    (re.compile(r"« "), "an ordinary space after «"),
    (re.compile(r"(?m)^[:;!?»]"), "a line that starts with : ; ! ? »"),
]


def test_french_poster_keeps_punctuation_with_its_word(client):
    clinic = ClinicFactory(ai_contact_name_fr="Accueil : Mme Durand")
    system = AISystemFactory(label_fr="Rédige le « brouillon » du compte rendu ; vous validez !")
    AIUseFactory(clinic=clinic, ai_system=system, patient_interacts=True)
    AIUseFactory(clinic=clinic)
    clinic.save_revision().publish()

    text = poster_text(poster(client, clinic, "fr"))

    assert "Mme Durand" in text
    mistakes = [
        f"{what}: …{text[max(0, m.start() - 30) : m.end() + 5]!r}"
        for pattern, what in FRENCH_SPACING_MISTAKES
        for m in pattern.finditer(text)
    ]
    assert mistakes == []


# JSON


def test_json_notice_follows_its_schema_with_both_languages_and_catalogue_facts(client):
    clinic = ClinicFactory()
    system = AISystemFactory(
        kind=AISystemKind.MACHINE_LEARNING,
        regulatory_status=RegulatoryStatus.CE_IIA,
        notified_body="Organisme de test 0123",
    )
    EvidenceLinkFactory(ai_system=system)
    AIUseFactory(
        clinic=clinic,
        ai_system=system,
        care_step=CareStep.DIAGNOSIS,
        summary_fr="Repère les fractures sur vos radios.",
        summary_en="Spots fractures on your X-rays.",
    )
    AIUseFactory(clinic=clinic, summary_en="")
    clinic.save_revision().publish()

    response = client.get(json_url(clinic))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    notice = response.json()
    assert schema_errors(notice) == []
    assert notice["id"] == clinic.slug
    assert notice["version"]["number"] == 1
    first, second = notice["uses"]
    assert first["summary"] == {
        "fr": "Repère les fractures sur vos radios.",
        "en": "Spots fractures on your X-rays.",
    }
    assert second["summary"]["en"] is None
    assert first["system"]["regulatory_status"]["code"] == "ce_iia"
    assert first["system"]["notified_body"] == "Organisme de test 0123"
    assert len(first["system"]["evidence"]) == 1
    assert notice["urls"] == {
        "fr": f"http://testserver{notice_url(clinic, 'fr')}",
        "en": f"http://testserver{notice_url(clinic, 'en')}",
    }


def test_json_schema_is_served_and_names_itself_in_each_notice(client):
    clinic = published_clinic(uses=1)

    schema = client.get("/api/notices/schema.json")
    notice = client.get(json_url(clinic)).json()

    assert schema.status_code == 200
    assert schema["Content-Type"] == "application/schema+json"
    Draft202012Validator.check_schema(schema.json())
    assert notice["$schema"] == "http://testserver/api/notices/schema.json"


def test_every_live_clinic_of_the_demo_publishes_valid_json(client):
    clinics = list(Clinic.objects.filter(live=True))
    assert clinics, "the demo publishes clinics"

    errors = {clinic.slug: schema_errors(client.get(json_url(clinic)).json()) for clinic in clinics}

    assert errors == {clinic.slug: [] for clinic in clinics}


SCHEMA_CHOICES = [
    (("properties", "kind"), ClinicKind),
    (("$defs", "use", "properties", "care_step"), CareStep),
    (("$defs", "use", "properties", "decision_role"), DecisionRole),
    (("$defs", "system", "properties", "kind"), AISystemKind),
    (("$defs", "system", "properties", "regulatory_status"), RegulatoryStatus),
    (("$defs", "system", "properties", "training_reuse"), TrainingReuse),
    (("$defs", "system", "properties", "vendor_country"), Country),
    (("$defs", "system", "properties", "hosting_country"), Country),
    (
        ("$defs", "system", "properties", "evidence", "items", "properties", "kind"),
        EvidenceLink.Kind,
    ),
]


@pytest.mark.parametrize(
    ("path", "choices"), SCHEMA_CHOICES, ids=["/".join(path) for path, _ in SCHEMA_CHOICES]
)
def test_schema_codes_are_the_models_choices(path, choices):
    node = json.loads(SCHEMA_PATH.read_text())
    for key in path:
        node = node[key]

    assert sorted(node["properties"]["code"]["enum"]) == sorted(choices.values)


# Versions


@pytest.fixture
def republished_clinic() -> Clinic:
    """A clinic published with two uses, then again with a third use and the first's retention edited."""
    clinic = published_clinic(uses=2)
    first = clinic.uses.order_by("sort_order").first()
    first.retention_fr = "L'enregistrement est effacé sous 7 jours."
    first.save()
    AIUseFactory(clinic=clinic, ai_system=AISystemFactory(name="Outil arrivé en version 2"))
    Clinic.objects.get(pk=clinic.pk).save_revision().publish()
    return clinic


VERSION_WORDS = {
    "fr": {
        "added": "Ajouté",
        "changed": "Modifié",
        "retention": "combien de temps elles sont gardées",
        "first": "Première publication",
        "archived": "Ancienne version",
    },
    "en": {
        "added": "Added",
        "changed": "Changed",
        "retention": "how long they are kept",
        "first": "First publication",
        "archived": "Earlier version",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_versions_page_lists_each_version_with_what_was_added_and_changed(
    client, republished_clinic, language
):
    first, second, _added = systems_of(republished_clinic)
    words = VERSION_WORDS[language]

    response = client.get(notice_url(republished_clinic, language, "versions/"))

    assert response.status_code == 200
    html = page_text(response)
    assert html.index("Version 2") < html.index("Version 1")
    assert re.search(rf"{words['added']}\W+Outil arrivé en version 2", html)
    changed = re.search(rf"{words['changed']}\W+{first}\b.*?</li>", html, re.S)
    assert changed is not None
    assert words["retention"] in changed.group(0)
    assert not re.search(rf"{words['changed']}\W+{second}\b", html)
    assert words["first"] in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_archived_version_shows_the_notice_as_it_was_with_a_banner(
    client, republished_clinic, language
):
    response = client.get(notice_url(republished_clinic, language, "versions/1/"))

    assert response.status_code == 200
    html = page_text(response)
    assert VERSION_WORDS[language]["archived"] in html
    assert f'href="{notice_url(republished_clinic, language)}"' in html
    assert "Outil arrivé en version 2" not in html
    assert "Version 1" in html
    assert "effacé sous 7 jours" not in html


def test_versions_page_names_a_use_withdrawn_since_the_previous_version(client):
    clinic = published_clinic(uses=2)
    kept, withdrawn = clinic.uses.order_by("sort_order")
    withdrawn_name = withdrawn.ai_system.name
    withdrawn.delete()
    Clinic.objects.get(pk=clinic.pk).save_revision().publish()

    html = page_text(client.get(notice_url(clinic, "fr", "versions/")))

    assert re.search(rf"Retiré\W+{withdrawn_name}\b", html)
    assert not re.search(rf"(Retiré|Modifié|Ajouté)\W+{kept.ai_system.name}\b", html)


def test_current_notice_after_republishing_shows_the_new_use_and_no_banner(
    client, republished_clinic
):
    html = page_text(client.get(notice_url(republished_clinic, "fr")))

    assert "Outil arrivé en version 2" in html
    assert "effacé sous 7 jours" in html
    assert "Version 2" in html
    assert "Ancienne version" not in html
    assert NoticeVersion.objects.filter(clinic=republished_clinic).count() == 2


def test_republishing_keeps_each_use_identity_across_versions(republished_clinic):
    old, new = (
        NoticeVersion.objects.get(clinic=republished_clinic, number=number).document
        for number in (1, 2)
    )

    old_ids = [use["id"] for use in old["uses"]]
    new_ids = [use["id"] for use in new["uses"]]
    assert new_ids[:2] == old_ids
    assert str(AIUse.objects.get(ai_system__name="Outil arrivé en version 2").key) == new_ids[2]


# Directory


@pytest.fixture
def listed_clinic() -> Clinic:
    return published_clinic(uses=1, name="Maison de santé Zéphyrine", city="Montbrison-sur-Lez")


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_lists_live_clinics_only(client, listed_clinic, draft_clinic, language):
    html = page_text(client.get(directory(language).url))

    assert f'<a href="{notice_url(listed_clinic, language)}">{listed_clinic.name}</a>' in html
    assert draft_clinic.name not in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", ["Zéphyrine", "Montbrison-sur-Lez", "Montbr"])
def test_directory_finds_a_clinic_by_its_name_its_city_or_the_start_of_its_city(
    client, listed_clinic, language, query
):
    other = published_clinic(uses=1, name="Centre Ailleurs", city="Quimperlé")

    html = page_text(client.get(directory(language).url, {"q": query}))

    assert listed_clinic.name in html
    assert other.name not in html
    assert html.count('class="card"') == 1


def test_directory_says_when_nothing_matches(client, listed_clinic):
    html = page_text(client.get(directory("fr").url, {"q": "Xqzwv"}))

    assert "Aucune structure ne correspond" in html
    assert listed_clinic.name not in html


def test_english_directory_says_in_english_when_nothing_matches(client, listed_clinic):
    html = page_text(client.get(directory("en").url, {"q": "Xqzwv"}))

    assert "No care provider matches" in html
    assert listed_clinic.name not in html


def test_directory_does_not_list_a_clinic_only_saved_as_draft_even_when_searched(
    client, draft_clinic
):
    html = page_text(client.get(directory("fr").url, {"q": draft_clinic.name}))

    assert 'class="card"' not in html


# Publishing, whatever the path


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


def test_scheduled_notice_that_no_longer_meets_the_rules_does_not_block_other_publications():
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

    call_command("publish_scheduled", stdout=io.StringIO())

    complete.refresh_from_db()
    incomplete.refresh_from_db()
    assert complete.live is True
    assert incomplete.live is False
