"""A clinic's notice as patients read it: the page, print view, QR code, versions, directory."""

import base64
import re

import pytest
import weasyprint
from django.conf import settings
from django.utils import dateformat, translation
from django.utils.timezone import localtime

from content.notices.models import AIUse, Clinic, NoticeVersion
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import (
    LANGUAGES,
    directory,
    json_url,
    notice_url,
    page_text,
    printed_qr_code,
    systems_of,
)

pytestmark = pytest.mark.django_db

OTHER = {"fr": "en", "en": "fr"}
NOTICE_ROUTES = ["", "print/", "poster/", "qr/", "versions/", "versions/1/"]


def shown_date(moment, language: str) -> str:
    with translation.override(language):
        return dateformat.format(localtime(moment), "j F Y")


# The notice page


NOTICE_WORDS = {
    "fr": {
        "summary": "En bref\u00a0: 2 outils d’IA",
        "rights": "Vos droits et nos contacts",
        "expectations": "Ce que cette notice vous répond",
        "version": "Version 1, en vigueur depuis le {date}.",
        "figure": "<strong>84\u00a0%</strong>",
    },
    "en": {
        "summary": "In short: 2 AI tools",
        "rights": "Your rights and our contact details",
        "expectations": "What this notice answers",
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
    ["En bref", "Vos droits et nos contacts", "Ce que cette notice vous répond", "Qui vérifie"],
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
    AIUseFactory(
        clinic=clinic,
        summary_fr='<script>alert("notice")</script> Résumé. Le médecin lit ce que fait l’outil.',
    )
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


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("route", NOTICE_ROUTES)
def test_notice_never_published_is_not_found_in_any_form(client, draft_clinic, route, language):
    assert client.get(notice_url(draft_clinic, language, route)).status_code == 404


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
    return printed_qr_code(pdf)[0]


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
    # The address no rename breaks, at settings.PORTAL_PUBLIC_URL, not the request's host; it
    # leads to the notice in the language of the phone that reads it.
    address = qr_text_of_svg(response.content)
    assert address == f"{settings.PORTAL_PUBLIC_URL}/n/{clinic.pk}/"
    led = client.get(
        address.removeprefix(settings.PORTAL_PUBLIC_URL), HTTP_ACCEPT_LANGUAGE=language
    )
    assert led.status_code == 302 and led["Location"] == notice_url(clinic, language)


# Versions


@pytest.fixture
def republished_clinic() -> Clinic:
    """A clinic published with two uses, then again with a third use and the first's retention edited."""
    clinic = published_clinic(uses=2)
    first = clinic.uses.order_by("sort_order").first()
    first.retention_fr = "L’enregistrement est effacé sous 7 jours."
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
