"""The easy-read (FALC) first screen of each notice: written from the published document in both
languages, it names each tool and who answers, links back to the notice, says whether readers
checked it, and costs a fixed number of queries."""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from content.notices.document import localized, published_version
from content.notices.easy_read import easy_read_notice
from content.notices.models import Clinic, NoticeEasyReadCheck
from content.readability import readability_measure
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import LANGUAGES, notice_url, page_text
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_FALLBACK,
    DEMO_CLINIC_WITH_HISTORY,
)
from tests.queries import queries_for, queries_of_kept_page

pytestmark = pytest.mark.django_db

ROUTES = {"fr": "facile/", "en": "easy-read/"}
NOTICE_BUDGET = 6
# Easy-read texts aim higher than the portal's own (`content.readability.TARGET`, 70). A generated
# screen also quotes the clinic's tool labels and the names of tools, makers and services, which
# it does not write: it is held to 75.
EASY_READ_SCORE = 75
NOT_CHECKED = "Ce texte facile à lire n’a pas encore été vérifié par des lecteurs."


def translated(message: str, language: str, **values) -> str:
    with translation.override(language):
        text = gettext(message)
    return text % values if values else text


def links_to(page: str, href: str) -> list[str]:
    """The texts of the links to `href` in the page, their markup removed."""
    found = re.findall(rf'<a href="{re.escape(href)}"[^>]*>(.*?)</a>', page, re.S)
    return [re.sub(r"<[^>]+>", "", text).strip() for text in found]


def easy_read_url(clinic: Clinic, language: str) -> str:
    return notice_url(clinic, language, ROUTES[language])


def demo_clinics() -> list[Clinic]:
    return list(Clinic.objects.filter(live=True).order_by("slug"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_notice_links_to_its_easy_read_screen_which_names_each_tool_and_who_answers(
    client, language
):
    clinics = demo_clinics()
    assert len(clinics) >= 3
    for clinic in clinics:
        document = published_version(clinic.slug).document
        notice = page_text(client.get(notice_url(clinic, language)))
        url = easy_read_url(clinic, language)
        assert links_to(notice, url) == [translated("Facile à lire", language)], clinic.slug

        response = client.get(url)
        assert response.status_code == 200, clinic.slug
        page = page_text(response)
        assert f'<html lang="{language}">' in page
        for use in document["uses"]:
            assert use["system"]["name"] in page, (clinic.slug, use["system"]["name"])
            assert use["system"]["vendor"] in page, (clinic.slug, use["system"]["vendor"])
        contact, _ = localized(document["contacts"]["ai"]["name"], language)
        answers = translated("Qui vous répond\u00a0: %(contact)s.", language, contact=contact)
        assert page.count(answers) == len(document["uses"]), clinic.slug
        assert document["contacts"]["ai"]["email"] in page
        assert translated("Lire la notice complète", language) in links_to(
            page, notice_url(clinic, language)
        )
        assert translated(NOT_CHECKED, language) in page


def test_easy_read_screen_tells_who_decides_saying_no_and_where_data_go(client):
    chatbot = page_text(
        client.get(easy_read_url(Clinic.objects.get(slug=DEMO_CLINIC_WITH_CHATBOT), "fr"))
    )
    practice = page_text(
        client.get(easy_read_url(Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY), "fr"))
    )
    imaging = page_text(
        client.get(easy_read_url(Clinic.objects.get(slug=DEMO_CLINIC_WITH_FALLBACK), "fr"))
    )

    # The triage chatbot talks with the patient; the practice's tools do not.
    assert "Vous parlez ou vous écrivez avec cet outil." in chatbot
    assert "Vous ne parlez pas avec cet outil." in practice
    assert "L’outil écrit un premier texte." in practice
    assert "C’est le soignant qui décide." in practice
    # The practice's letter tool is processed in the United States and reached from there.
    assert "L’outil utilise vos données aux États-Unis." in practice
    assert "Des personnes peuvent voir vos données depuis les États-Unis." in practice
    assert "Vos données ne sortent pas d’Europe." in practice
    # The imaging centre's dictation cannot be declined for one patient; its X-ray tool's maker
    # may reuse images unless the patient objects.
    assert "Nous ne pouvons pas arrêter cet outil pour une seule personne." in imaging
    assert "Vous pouvez dire non à cela." in imaging
    assert "Pour téléphoner, appelez le" in imaging
    # Written out, then explained: no abbreviation stands alone.
    assert "L’intelligence artificielle est un programme d’ordinateur." in practice


def test_english_screen_shows_an_untranslated_label_in_french_marked_as_french(client):
    clinic = ClinicFactory(ai_contact_name_fr="le secrétariat")
    AIUseFactory(clinic=clinic, ai_system=AISystemFactory(label_en=""))
    Clinic.objects.get(pk=clinic.pk).save_revision().publish()

    page = page_text(client.get(easy_read_url(clinic, "en")))

    assert '<span lang="fr">Rédige un brouillon du compte rendu</span>' in page
    assert '<span lang="fr">le secrétariat</span>' in page


def test_mark_gives_way_to_the_readers_check_once_an_editor_records_it(
    client, admin_client, django_capture_on_commit_callbacks
):
    clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)
    site = Site.objects.get(is_default_site=True)
    for language in LANGUAGES:
        assert translated(NOT_CHECKED, language) in page_text(
            client.get(easy_read_url(clinic, language))
        )
    settings_page = admin_client.get(f"/admin/settings/content/noticeeasyreadcheck/{site.pk}/")
    assert settings_page.status_code == 200
    assert 'name="checked_on"' in settings_page.content.decode()

    check = NoticeEasyReadCheck.for_site(site)
    check.checked_on = datetime.date(2027, 4, 1)
    check.checked_by = "Atelier FALC de Vendôme"
    with django_capture_on_commit_callbacks(execute=True):
        check.save()

    french = page_text(client.get(easy_read_url(clinic, "fr")))
    english = page_text(client.get(easy_read_url(clinic, "en")))
    assert NOT_CHECKED not in french
    assert (
        "Texte vérifié par des lecteurs le 1er avril 2027\u00a0: Atelier FALC de Vendôme." in french
    )
    assert translated(NOT_CHECKED, "en") not in english
    assert (
        translated(
            "Texte vérifié par des lecteurs le %(date)s\u00a0: %(who)s.",
            "en",
            date="1 April 2027",
            who="Atelier FALC de Vendôme",
        )
        in english
    )


def test_easy_read_route_of_the_other_language_or_of_an_unknown_clinic_is_not_found(client):
    clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)

    assert client.get(notice_url(clinic, "fr", "easy-read/")).status_code == 404
    assert client.get(notice_url(clinic, "en", "facile/")).status_code == 404
    assert client.get(notice_url(ClinicFactory(), "fr", "facile/")).status_code == 404


def test_language_switcher_leads_to_the_easy_read_screen_in_the_other_language(client):
    clinic = Clinic.objects.get(slug=DEMO_CLINIC_WITH_HISTORY)

    page = page_text(client.get(easy_read_url(clinic, "fr")))

    assert f'href="{easy_read_url(clinic, "en")}" lang="en"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_easy_read_screen_costs_the_same_few_queries_at_1_or_20_tools_and_none_when_kept(
    client, language
):
    clinics = {size: published_clinic(uses=size) for size in (1, 20)}

    counts = {
        size: queries_for(client, easy_read_url(clinic, language))
        for size, clinic in clinics.items()
    }

    assert counts[1] <= NOTICE_BUDGET, counts
    assert counts[20] == counts[1], counts
    assert queries_of_kept_page(client, easy_read_url(clinics[20], language)) == 0


def screen_text(screen) -> str:
    """The generated screen as a reader meets it: the title, then each sentence and heading."""
    lines = [screen.title, *screen.introduction, *screen.example]
    for tool in screen.tools:
        lines.append(tool.heading)
        for topic in tool.topics:
            lines += [topic.heading, *topic.sentences]
    lines += screen.questions
    return "\n".join(str(line) for line in lines if line)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_generated_easy_read_screen_scores_at_least_75(language):
    for clinic in demo_clinics():
        document = published_version(clinic.slug).document
        with translation.override(language):
            measured = readability_measure(screen_text(easy_read_notice(document)), language)

        assert measured.score >= EASY_READ_SCORE, (clinic.slug, measured.rounded, measured.longest)
