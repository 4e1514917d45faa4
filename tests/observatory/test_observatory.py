"""The observatory: what clinics declare, counted right, beside the barometer's records, in both
languages, kept by the page cache, at a fixed number of queries."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from content.explainers.models import BarometerFigure
from content.notices.models import AIUse, Clinic
from content.observatory.counts import observatory_figures
from content.observatory.views import KEPT_AT_MOST
from content.page_cache import record_key
from content.visits.models import VisitCard
from content.vocabulary import (
    AISystemKind,
    CareStep,
    Country,
    DecisionRole,
    TrainingReuse,
)
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory
from tests.queries import page_cache_forget, queries_for
from tests.visits.test_counts import issue, uses_of

pytestmark = pytest.mark.django_db

URLS = {"fr": "/fr/observatoire/", "en": "/en/observatory/"}
NBSP = "\u00a0"


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def squeezed(text: str) -> str:
    """Runs of ordinary white space made one space; no-break spaces kept, as French needs them."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def page_text(response) -> str:
    return squeezed(soup(response).get_text(" "))


def table(page: BeautifulSoup, caption: str) -> list[list[str]]:
    """The rows (header row first) of the table with this caption, each cell's text."""
    found = page.find("caption", string=caption)
    assert found is not None, caption
    return [
        [squeezed(cell.get_text(" ")) for cell in row.find_all(["th", "td"])]
        for row in found.find_parent("table").find_all("tr")
    ]


# A summary any reader reads at first go: publishing refuses hard-to-read ones.
READABLE_SUMMARY = "L’outil écrit un brouillon. Votre médecin le relit."


def published(name: str | None = None, *uses: dict) -> Clinic:
    """A clinic whose notice names these uses (AIUse fields), published the Wagtail way."""
    clinic = ClinicFactory(**({"name": name} if name else {}))
    for fields in uses or ({},):
        AIUseFactory(clinic=clinic, **{"summary_fr": READABLE_SUMMARY, **fields})
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    return clinic


@pytest.fixture
def no_demo_clinic():
    """The demo clinics withdrawn and their cards gone, in this test's transaction only."""
    Clinic.objects.filter(live=True).update(live=False)
    VisitCard.objects.all().delete()


@pytest.fixture
def declared(no_demo_clinic):
    """Three published clinics and four declared uses, one draft clinic, two visit cards.

    - the practice: a speech tool hosted in France (documentation), and a generative chatbot
      hosted in the United States that reuses data unless the patient objects (communication,
      the patient talks to it), whose answer « et si l’outil se trompe ? » is empty;
    - the imaging centre: a machine-learning tool stored in Germany, computed in the US;
    - the health centre: the same speech tool;
    - a draft clinic, never published, with the chatbot: not counted.
    """
    speech = AISystemFactory(kind=AISystemKind.SPEECH)
    chatbot = AISystemFactory(
        kind=AISystemKind.GENERATIVE,
        hosting_country=Country.US,
        data_leave_eea=True,
        training_reuse=TrainingReuse.OPT_OUT,
    )
    imaging = AISystemFactory(
        kind=AISystemKind.MACHINE_LEARNING,
        hosting_country=Country.DE,
        processing_country=Country.US,
        data_leave_eea=True,
    )
    practice = published(
        "Cabinet des Lilas",
        {"ai_system": speech},
        {
            "ai_system": chatbot,
            "care_step": CareStep.COMMUNICATION,
            "decision_role": DecisionRole.INFORMS,
            "patient_interacts": True,
        },
    )
    centre = published(
        "Centre d’imagerie des Lilas",
        {
            "ai_system": imaging,
            "care_step": CareStep.DIAGNOSIS,
            "decision_role": DecisionRole.AUGMENTS,
        },
    )
    published("Maison de santé des Lilas", {"ai_system": speech})
    draft = ClinicFactory(name="Cabinet jamais publié")
    AIUseFactory(clinic=draft, ai_system=chatbot)
    # A notice published before every use had to answer: its chatbot leaves one fear unanswered.
    AIUse.objects.filter(clinic=practice, ai_system=chatbot).update(answer_if_wrong_fr="")
    practice_uses = uses_of(practice)
    issue(practice, *practice_uses.values())
    issue(centre, *uses_of(centre).values())
    return {"practice": practice, "centre": centre}


def shares(breakdown) -> dict[str, tuple[int, int, int]]:
    return {share.key: (share.count, share.percent, share.clinics) for share in breakdown}


def test_figures_count_live_clinics_and_their_uses_only(declared):
    figures = observatory_figures()

    assert figures.clinics == 3
    assert figures.uses == 4
    assert shares(figures.kinds) == {
        "machine_learning": (1, 25, 1),
        "generative": (1, 25, 1),
        "speech": (2, 50, 2),
    }
    assert shares(figures.care_steps) == {
        "diagnosis": (1, 25, 1),
        "documentation": (2, 50, 2),
        "communication": (1, 25, 1),
    }
    assert shares(figures.roles) == {
        "informs": (1, 25, 1),
        "augments": (1, 25, 1),
        "drafts": (2, 50, 2),
    }
    assert shares(figures.patient_facing) == {"yes": (1, 25, 1), "no": (3, 75, 3)}
    assert shares(figures.training) == {"no": (3, 75, 3), "opt_out": (1, 25, 1)}


def test_hosting_tells_apart_data_kept_in_the_eea_leaving_it_and_stored_outside(declared):
    figures = observatory_figures()

    assert shares(figures.hosting) == {
        "eea_only": (2, 50, 2),
        "eea_but_leave": (1, 25, 1),
        "outside": (1, 25, 1),
    }
    assert (figures.hosted_in_eea.count, figures.hosted_in_eea.percent) == (3, 75)
    assert (figures.data_leave_eea.count, figures.data_leave_eea.percent) == (2, 50)


def test_a_fear_is_covered_by_a_clinic_when_every_use_answers_it_and_also_counted_on_one(declared):
    fears = {fear.field: fear for fear in observatory_figures().fears}

    errors = fears["answer_if_wrong"]
    assert (errors.every_use, errors.some_use, errors.clinics) == (2, 3, 3)
    assert (errors.every_use_percent, errors.some_use_percent) == (67, 100)
    assert fears["answer_data_access"].every_use == 3


def test_visit_cards_count_cards_tools_and_the_clinics_that_issued_them(declared):
    visits = observatory_figures().visits

    assert (visits.cards, visits.tools, visits.clinics) == (2, 3, 2)
    assert (visits.live_clinics, visits.published_clinics, visits.live_clinics_percent) == (
        2,
        3,
        67,
    )


def test_the_page_shows_each_breakdown_as_a_chart_and_a_table(client, declared):
    page = soup(client.get(URLS["fr"]))

    assert table(page, "Quels types d’outils") == [
        ["Type d’outil", "Outils déclarés", "Part des outils déclarés", "Structures"],
        ["Apprentissage automatique", "1", f"25{NBSP}%", "1"],
        ["IA générative", "1", f"25{NBSP}%", "1"],
        ["Reconnaissance vocale", "2", f"50{NBSP}%", "2"],
    ]
    fears = table(page, "Les cinq craintes du public, et les notices qui y répondent")
    assert fears[1] == ["Les erreurs de l’outil", f"2 (67{NBSP}%)", f"3 (100{NBSP}%)", f"42{NBSP}%"]


def test_each_chart_is_an_image_with_a_title_a_description_and_a_table(client, declared):
    page = soup(client.get(URLS["fr"]))
    charts = page.find_all("svg", class_="chart")

    assert len(charts) == 9
    for chart in charts:
        assert chart["role"] == "img"
        title_id, desc_id = chart["aria-labelledby"].split()
        assert chart.find("title", id=title_id).get_text().strip()
        assert chart.find("desc", id=desc_id).get_text().strip()
        assert chart["viewbox"].startswith("0 0 300 ")
        alternative = chart.find_next_sibling("details")
        assert alternative.find("table").find("caption").get_text().strip()


def test_the_page_has_no_style_attribute_no_style_element_and_no_script(client, declared):
    page = soup(client.get(URLS["fr"]))

    assert page.find_all(style=True) == []
    assert page.find_all("style") == []
    assert page.find_all("script") == []


def test_survey_figures_come_from_their_records_with_population_and_source(client, declared):
    BarometerFigure.objects.filter(key="public-fear-errors").update(value=45)
    text = page_text(client.get(URLS["fr"]))

    assert f"45{NBSP}% des Français citent les erreurs médicales dues à l’IA" in text
    assert f"42{NBSP}% des Français citent les erreurs" not in text
    assert f"86{NBSP}% des Français veulent choisir en priorité des outils d’IA" in text
    assert "Personnes interrogées : Français (grand public)".replace(" :", f"{NBSP}:") in text
    assert (
        "Personnes interrogées : professionnels de santé qui utilisent l’IA".replace(
            " :", f"{NBSP}:"
        )
        in text
    )
    assert "Baromètre IA & Data en santé 2025" in text
    assert "Ce ne sont pas les mêmes personnes." in text


def test_the_page_says_how_a_fear_is_counted(client, declared):
    text = page_text(client.get(URLS["fr"]))

    assert "Une notice répond à une crainte quand chacun de ses outils a une réponse écrite" in text
    assert "pour au moins un outil" in text


def test_an_empty_portal_says_no_notice_is_published_yet(client, no_demo_clinic):
    response = client.get(URLS["fr"])
    page = soup(response)

    assert response.status_code == 200
    assert "Aucune structure de soins n’a encore publié de notice" in page_text(response)
    assert page.find_all("svg", class_="chart") == []


def test_the_english_page_speaks_english_with_the_english_statements(client, declared):
    response = client.get(URLS["en"])
    page = soup(response)

    assert page.html["lang"] == "en"
    assert "of French people want to choose French or European AI tools first" in page_text(
        response
    )
    assert len(page.find_all("svg", class_="chart")) == 9


@pytest.mark.parametrize(("language", "address"), URLS.items())
def test_each_language_has_its_own_word_for_the_address(client, language, address):
    with translation.override(language):
        assert reverse("observatory") == address
    assert client.get(address).status_code == 200


@pytest.mark.parametrize(
    ("wrong", "right"),
    [("/fr/observatory/", URLS["fr"]), ("/en/observatoire/", URLS["en"])],
)
def test_the_other_languages_word_redirects_to_this_languages(client, wrong, right):
    response = client.get(wrong)

    assert response.status_code == 301
    assert response["Location"] == right


def test_the_language_switcher_leads_to_the_same_page_in_the_other_language(client):
    page = soup(client.get(URLS["fr"]))
    switcher = page.find("nav", class_="language-switcher")

    assert switcher.find("a", lang="en")["href"] == URLS["en"]


def test_the_footer_links_to_the_observatory_in_each_language(client):
    for language, address in URLS.items():
        footer = soup(client.get(f"/{language}/search/")).find("footer")
        assert address in [link["href"] for link in footer.find_all("a")]


def test_the_page_is_kept_a_quarter_of_an_hour_even_across_a_publication(
    client, no_demo_clinic, django_capture_on_commit_callbacks
):
    assert client.get(URLS["fr"])["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        published()

    kept = client.get(URLS["fr"])
    assert kept["X-Page-Cache"] == "hit"
    assert "Aucune structure de soins n’a encore publié de notice" in page_text(kept)
    pages = caches["pages"]
    key = pages.make_and_validate_key(record_key(RequestFactory().get(URLS["fr"])))
    assert 0 < pages._expire_info[key] - time.time() <= KEPT_AT_MOST

    # A quarter of an hour later the kept copy is gone: the next reader sees the new notice.
    page_cache_forget(URLS["fr"])
    fresh = client.get(URLS["fr"])
    assert fresh["X-Page-Cache"] == "miss"
    assert "1 structure de soins a publié sa notice" in page_text(fresh)


def test_a_corrected_barometer_figure_renews_the_kept_page(
    client, declared, django_capture_on_commit_callbacks
):
    assert client.get(URLS["fr"])["X-Page-Cache"] == "miss"
    figure = BarometerFigure.objects.get(key="public-prefer-sovereign")
    figure.value = 87
    with django_capture_on_commit_callbacks(execute=True):
        figure.save()

    response = client.get(URLS["fr"])
    assert response["X-Page-Cache"] == "miss"
    assert f"87{NBSP}% des Français veulent choisir en priorité" in page_text(response)


def test_the_page_costs_the_same_queries_with_3_or_30_clinics(client, no_demo_clinic):
    def build(count: int) -> None:
        for _ in range(count):
            clinic = published(None, {}, {})
            issue(clinic, *uses_of(clinic).values())

    build(3)
    few = queries_for(client, URLS["fr"])
    build(27)
    many = queries_for(client, URLS["fr"])

    assert observatory_figures().clinics == 30
    assert many == few
    assert few <= 6
