"""Figures come from the catalogue of figures: no page types one by hand, and correcting a record
corrects every page that quotes it, in both languages, kept copies included."""

import re

import pytest
from wagtail.models import Page

from content.demo import articles_rights, articles_understand, site
from content.demo.loader import translation_key_for
from content.explainers.blocks import BodyBlock
from content.explainers.models import BarometerFigure
from content.explainers.texts import stream_text
from tests.factories import BarometerFigureFactory, SourceFactory
from tests.pages import demo_page

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "en")
NUMBER_WORDS = (
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|one|two|three|four|five|six|seven|eight|nine"
)
# "84 %", "84%", "84 pour cent"; "9 sur 10", "9 professionnels de santé sur 10", "one in two".
HAND_TYPED_FIGURE = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent\b|per\s?cent\b)"
    rf"|\b(?:\d+|{NUMBER_WORDS})\s+(?:[\w’'-]+\s+){{0,3}}(?:sur|out\s+of|in)\s+"
    r"(?:10|100|dix|cent|ten|hundred|deux|two|trois|three|quatre|four|cinq|five)\b",
    re.IGNORECASE,
)

DEMO_PAGE_KEYS = [
    "home",
    *(f"section-{section['key']}" for section in site.SECTIONS),
    *(f"page-{page['key']}" for page in site.STANDARD_PAGES),
    *(article["key"] for article in [*articles_understand.ARTICLES, *articles_rights.ARTICLES]),
]


def page_texts(page) -> list[str]:
    """What a reader reads as text on the page: its title, its intros and its bodies' text blocks
    (the easy-read version's too, where the page has one)."""
    texts = [page.title]
    for name in ("intro", "easy_read_intro"):
        texts.append(getattr(page, name, "") or "")
    for name in ("body", "easy_read_body"):
        body = getattr(page, name, None)
        if body is not None:
            texts.append(stream_text(body.raw_data))
    return texts


@pytest.mark.parametrize(
    "text",
    [
        "84 %",
        "84\u00a0%",
        "84%",
        "45 pour cent",
        "près de 9 Français sur 10",
        "9 professionnels de santé sur 10",
        "nearly 9 people in 10",
        "9 health professionals out of 10",
        "seulement un sur quatre",
        "almost one in two clinicians",
    ],
)
def test_the_detector_finds_a_figure_typed_by_hand(text):
    assert HAND_TYPED_FIGURE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "article L4001-3 du code de la santé publique",
        "le règlement européen sur l’IA (article 50)",
        "la loi du 4 mars 2002",
        "En cas d’urgence, appelez le 15 ou le 112.",
        "un écran de 320 pixels de large",
        "Baromètre IA & Data en santé 2025",
    ],
)
def test_the_detector_lets_dates_and_article_numbers_through(text):
    assert not HAND_TYPED_FIGURE.search(text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", DEMO_PAGE_KEYS)
def test_no_demo_page_types_a_figure_by_hand(key, language):
    page = Page.objects.get(
        translation_key=translation_key_for(key), locale__language_code=language
    ).specific

    found = [
        match.group(0)
        for text in page_texts(page)
        for match in HAND_TYPED_FIGURE.finditer(re.sub(r"<[^>]+>", " ", text))
    ]

    assert not found, f"{key} ({language}) types figures by hand: {found}"


def test_the_demo_quotes_figures_through_lists_and_key_figures():
    kinds = {
        block.block_type
        for key in DEMO_PAGE_KEYS
        for language in LANGUAGES
        for block in getattr(demo_page(key, language), "body", None) or []
    }

    assert {"key_figure", "figure_list"} <= kinds


def page_html(client, key: str, language: str) -> str:
    url = demo_page(key, language).url
    client.get(url)  # the first answer is kept: the second comes from the page cache
    return client.get(url).content.decode()


@pytest.mark.parametrize(("language", "space"), [("fr", "\u00a0"), ("en", "")])
def test_correcting_a_figure_corrects_every_page_that_quotes_it(
    client, django_capture_on_commit_callbacks, language, space
):
    # The home page shows it as a key figure, the article in a list of figures.
    pages = ["home", "how-clinicians-use-ai"]
    figure = BarometerFigure.objects.get(key="public-want-informed")
    before = {key: page_html(client, key, language) for key in pages}
    assert all(f"{figure.value}{space}%" in html for html in before.values())
    assert 'class="key-figure__value">' in before["home"]
    assert 'class="figure-list__value">' in before["how-clinicians-use-ai"]

    # The kept pages expire when the correction is committed, as in the admin.
    with django_capture_on_commit_callbacks(execute=True):
        figure.value = 71
        figure.save()

    for key in pages:
        html = page_html(client, key, language)
        assert f">71{space}%</" in html, key
        assert html.count(f"84{space}%") < before[key].count(f"84{space}%"), key


def test_a_figure_list_shows_each_value_with_its_statement_then_who_was_asked_and_the_source():
    source = SourceFactory(title_fr="Baromètre de test", publisher_fr="Institut", year=2025)
    figures = [
        BarometerFigureFactory(value=52, statement_fr="des soignants font ceci", source=source),
        BarometerFigureFactory(value=43, statement_fr="des soignants font cela", source=source),
    ]
    block = BodyBlock().child_blocks["figure_list"]

    html = block.render(
        block.to_python({"lead": "Ce qu’ils disent :", "figures": [f.pk for f in figures]})
    )

    assert "Ce qu’ils disent :" in html
    assert '<strong class="figure-list__value">52\u00a0%</strong> des soignants font ceci' in html
    assert '<strong class="figure-list__value">43\u00a0%</strong> des soignants font cela' in html
    assert html.count("<li>") == 2
    assert "Personnes interrogées\u00a0: Français (grand public)." in html
    assert html.count("Baromètre de test (Institut, 2025)") == 1


def test_a_figure_list_of_two_populations_names_each_figures_population():
    source = SourceFactory()
    public = BarometerFigureFactory(source=source)
    professionals = BarometerFigureFactory(
        source=source, population=BarometerFigure.Population.PROFESSIONALS
    )
    block = BodyBlock().child_blocks["figure_list"]

    html = block.render(block.to_python({"lead": "", "figures": [public.pk, professionals.pk]}))

    assert "— Français (grand public)</span>" in html
    assert "— professionnels de santé</span>" in html
    assert "Personnes interrogées" not in html
    assert html.count(source.title) == 1


def test_rendering_figure_lists_costs_one_query_for_one_or_many_figures(
    django_assert_num_queries,
):
    block = BodyBlock()
    figures = [BarometerFigureFactory() for _ in range(6)]

    def render(count: int) -> None:
        lists = [{"figures": [f.pk for f in figures[:count]]} for _ in range(count)]
        block.render(block.to_python([{"type": "figure_list", "value": v} for v in lists]))

    with django_assert_num_queries(1):
        render(1)
    with django_assert_num_queries(1):
        render(6)
