"""The small defects a patient notices: dates, articles, repeated words, empty lists, French
typography, JSON 404s, the 404 page's language switch and the demo's version dates.

The checks over whole pages read the demo pages of the HTML checker (tests/test_html_validity.py),
rendered once per test process.
"""

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import html5lib
import pytest
from django.utils import translation

from content.notices.models.names import clinic_name_with
from content.templatetags.french_tags import clinic_name, datetime_attr, long_date
from tests.pages import DEMO_CLINIC_WITH_HISTORY, notice_url
from tests.test_html_validity import rendered_demo_pages

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Text a patient does not read as prose: code, scripts, styles, and the print-only QR code.
NOT_PROSE = {"script", "style", "code", "pre", "svg", "textarea", "template"}
# French repeats its pronouns in reflexive verbs: « nous nous engageons », « vous vous opposez ».
LEGITIMATE_REPEATS = {"nous", "vous"}
# A word, or two or three words, said twice in a row within a sentence (not an e-mail address).
REPEATED = re.compile(r"\b(\w+(?:\s+\w+){0,2})[\s:;,()«»\u00a0–-]+\1\b(?![@.]\w)", re.IGNORECASE)
# The elements whose text reads as one piece: a repeat across two of them is layout, not prose.
BLOCKS = {
    "p",
    "li",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "caption",
    "figcaption",
    "label",
    "button",
    "legend",
    "summary",
    "blockquote",
    "title",
    "option",
}


def _prose(html: str) -> list[str]:
    """The text nodes of a page's <body>, outside code, scripts and styles, in document order."""
    body = html5lib.parse(html, namespaceHTMLElements=False).find("body")
    texts = []

    def walk(element):
        if element.tag in NOT_PROSE:
            return
        if element.text:
            texts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                texts.append(child.tail)

    walk(body)
    return texts


def _blocks(html: str) -> list[str]:
    """The text of each innermost block (paragraph, item, heading, cell...), spaces collapsed."""
    body = html5lib.parse(html, namespaceHTMLElements=False).find("body")
    blocks = []

    def walk(element) -> list[str]:
        """The inline text of element; blocks inside it are collected apart."""
        if element.tag in NOT_PROSE:
            return []
        own = [element.text or ""]
        for child in element:
            inner = walk(child)
            if child.tag in BLOCKS:
                blocks.append(" ".join("".join(inner).split()))
            else:
                own.extend(inner)
            own.append(child.tail or "")
        return own

    blocks.append(" ".join("".join(walk(body)).split()))
    return [block for block in blocks if block]


@pytest.fixture
def demo_pages(db) -> dict[tuple[str, str], tuple[int, str]]:
    return rendered_demo_pages()


def test_french_dates_say_1er_for_the_first_day_of_a_month_and_english_ones_do_not():
    first, other = date(2026, 12, 1), date(2026, 12, 14)
    moment = datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=UTC)
    with translation.override("fr"):
        assert long_date(first) == "1er décembre 2026"
        assert long_date(other) == "14 décembre 2026"
        assert long_date("2026-12-01") == "1er décembre 2026"
        assert long_date(moment, "j F Y, H:i") == "1er décembre 2026, 10:30"
        assert long_date(None) == ""
    with translation.override("en"):
        assert long_date(first) == "1 December 2026"


def test_no_template_prints_a_date_without_the_french_date_filter():
    offending = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in TEMPLATES.rglob("*.*")
        for match in re.finditer(r"\|date:[\"'](?:j |c)[^\"']*[\"']", path.read_text())
    ]
    assert not offending, "use |long_date or |datetime_attr:\n" + "\n".join(offending)


def test_time_elements_carry_a_datetime_without_microseconds():
    moment = datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=UTC)
    assert datetime_attr(moment) == "2026-12-01T09:30:15+00:00"
    assert datetime_attr(date(2026, 12, 1)) == "2026-12-01"
    assert datetime_attr("2026-12-01T09:30:15.123456+00:00") == "2026-12-01T09:30:15+00:00"
    # A date stored as text keeps its day, whatever the time zone.
    assert datetime_attr("2026-06-11") == "2026-06-11"


TILLEULS, MAISON, HOPITAL, URGENCES = (
    "Cabinet médical des Tilleuls",
    "Maison de santé",
    "Hôpital Nord",
    "Urgences de Vernouillac",
)


@pytest.mark.parametrize(
    ("name", "article", "preposition", "expected"),
    [
        (TILLEULS, "le", "à", "au Cabinet médical des Tilleuls"),
        (TILLEULS, "le", "de", "du Cabinet médical des Tilleuls"),
        (TILLEULS, "le", "", "le Cabinet médical des Tilleuls"),
        (MAISON, "la", "à", "à la Maison de santé"),
        (MAISON, "la", "de", "de la Maison de santé"),
        (HOPITAL, "l’", "à", "à l’Hôpital Nord"),
        (HOPITAL, "l’", "de", "de l’Hôpital Nord"),
        (URGENCES, "les", "à", "aux Urgences de Vernouillac"),
        (URGENCES, "les", "de", "des Urgences de Vernouillac"),
        ("Vernouillac", "", "à", "à Vernouillac"),
        ("Vernouillac", "", "de", "de Vernouillac"),
        ("Orléans Santé", "", "de", "d’Orléans Santé"),
    ],
)
def test_clinic_names_take_their_article_after_a_and_de(name, article, preposition, expected):
    assert clinic_name_with(name=name, article=article, preposition=preposition) == expected


def test_a_clinic_name_keeps_no_french_article_in_english():
    notice = {"name": "Cabinet médical des Tilleuls", "name_article": "le"}
    with translation.override("en"):
        assert clinic_name(notice, "à") == "Cabinet médical des Tilleuls"
    with translation.override("fr"):
        assert clinic_name(notice, "à") == "au Cabinet médical des Tilleuls"
        # A notice published before the article was stored reads as before.
        assert clinic_name({"name": "Cabinet X"}, "à") == "à Cabinet X"


def test_the_patient_writes_to_the_practice_with_its_article(demo_pages):
    notice = " ".join(" ".join(_prose(demo_pages[("notice_practice", "fr")][1])).split())
    contact = " ".join(" ".join(_prose(demo_pages[("contact", "fr")][1])).split())

    assert "Écrire au Cabinet médical des Tilleuls" in notice
    assert "Écrire à Cabinet" not in notice
    assert "Écrire au Cabinet médical des Tilleuls" in contact
    assert "de Cabinet médical" not in contact


def test_no_demo_page_says_a_word_twice_in_a_row(demo_pages):
    repeats = []
    for (name, language), (_, html) in demo_pages.items():
        for block in _blocks(html):
            for match in REPEATED.finditer(block):
                if match.group(1).casefold() not in LEGITIMATE_REPEATS:
                    repeats.append(f"{name} ({language}): …{match.group(0)}… in {block[:160]!r}")
    assert not repeats, "\n".join(repeats)


def test_no_demo_page_shows_an_empty_list(demo_pages):
    empty = []
    for (name, language), (_, html) in demo_pages.items():
        document = html5lib.parse(html, namespaceHTMLElements=False)
        for tag, items in (("ul", {"li"}), ("ol", {"li"}), ("dl", {"dt", "dd", "div"})):
            for element in document.iter(tag):
                if not any(child.tag in items for child in element):
                    empty.append(f"{name} ({language}): an empty <{tag} {element.attrib}>")
    assert not empty, "\n".join(empty)


def test_french_demo_pages_use_french_typography(demo_pages):
    """’ not ', a no-break space before : ; ? ! and … not "..." (fixed by /tmp/typo/codemod.py)."""
    faults = []
    for (name, language), (_, html) in demo_pages.items():
        if language != "fr":
            continue
        for text in _prose(html):
            for pattern, what in (
                (r"\w'|'\w", "straight apostrophe"),
                (r"\w[ \t\n]+[:;?!](?!\w)", "plain space before : ; ? !"),
                (r"\.\.\.", "three dots"),
            ):
                for match in re.finditer(pattern, text):
                    start = max(match.start() - 30, 0)
                    faults.append(f"{name}: {what}: …{text[start : match.end() + 30]!r}…")
    assert not faults, f"{len(faults)} faults:\n" + "\n".join(faults[:60])


def test_the_practice_versions_are_dated_months_apart(client):
    response = client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "versions/"))
    html = response.content.decode()

    stamps = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', html)
    assert len(stamps) == 2
    (newest, newest_text), (oldest, oldest_text) = stamps
    assert newest_text != oldest_text
    days = (datetime.fromisoformat(newest) - datetime.fromisoformat(oldest)).days
    assert 300 <= days <= 340, days
    for value, _ in stamps:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", value), value


def test_an_unknown_notice_answers_json_404_in_json(client):
    for path in ("/api/notices/no-such-clinic.json", "/fr/no-such-page.json", "/api/no-such-thing"):
        # An unknown address under /api/ is first sent to its language's /<lang>/api/.
        response = client.get(path, follow=True)

        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert json.loads(response.content)["error"] == "not_found"


def test_the_404_page_offers_the_other_languages_home(demo_pages):
    for language, other, home in (("fr", "en", "/en/"), ("en", "fr", "/fr/")):
        html = demo_pages[("not_found", language)][1]
        switch = re.search(rf'<a href="([^"]+)" lang="{other}" hreflang="{other}"', html)
        assert switch is not None
        assert switch.group(1) == home
