"""The notice block "Ce que cette notice vous répond": the public's expectations with the public's
figures, the professionals' only under their own label, each source once, and easy to read.

Readability is measured on the block as a patient reads it, in both languages, on the demo notices:
Kandel and Moles (1958) in French, KM = 207 − 1.015 × words/sentences − 73.6 × syllables/words,
and Flesch (1948) in English, 206.835 − 1.015 × words/sentences − 84.6 × syllables/words. Syllables
are counted with Pyphen's hyphenation dictionaries (hyphenation points + 1, as textstat does; an
elided word such as "l’IA" is one word, as in textstat);
textstat itself is not used because its English count downloads NLTK's CMU dictionary at run time.
Each heading, paragraph and list item is one unit of text, one without a final stop ending a
sentence; the block must also pass read as one run of text, a sentence ending only at a stop.
"""

import re

import html5lib
import pyphen
import pytest
from django.utils import translation

from content.explainers.models import BarometerFigure
from content.notices.models import Clinic
from tests.notices.helpers import LANGUAGES, notice_url

pytestmark = pytest.mark.django_db

KANDEL_MOLES_MIN = 70
FLESCH_MIN = 60
WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")
BLOCKS = ("h2", "p", "li")
PROFESSIONALS = (
    BarometerFigure.Population.PROFESSIONALS,
    BarometerFigure.Population.AI_PROFESSIONALS,
)


def coverage_block(client, clinic: Clinic, language: str):
    response = client.get(notice_url(clinic, language))
    assert response.status_code == 200
    document = html5lib.parse(response.content, namespaceHTMLElements=False)
    block = document.find(".//section[@class='notice-coverage']")
    assert block is not None
    return block


def text_of(element) -> str:
    # Collapses the layout's white space and keeps the no-break spaces of French typography.
    return re.sub(r"[ \t\r\n]+", " ", "".join(element.itertext())).strip()


def units(block) -> list[str]:
    """The block's text, one string per heading, paragraph or list item that holds no other."""
    found = []
    for element in block.iter():
        if element.tag in BLOCKS and not any(
            child.tag in BLOCKS for child in element.iter() if child is not element
        ):
            text = text_of(element)
            if text:
                found.append(text)
    return found


def syllables(word: str, dictionary: pyphen.Pyphen) -> int:
    parts = re.sub(r"[’']", "", word).split("-")
    return sum(len(dictionary.positions(part)) + 1 for part in parts if part)


def readability(texts: list[str], language: str) -> dict[str, float]:
    """Words, sentences, syllables and the language's reading-ease score of these units of text."""
    dictionary = pyphen.Pyphen(lang="fr" if language == "fr" else "en_US")
    words = sentences = syllable_count = 0
    for text in texts:
        found = WORD.findall(text)
        if not found:
            continue
        words += len(found)
        syllable_count += sum(syllables(word, dictionary) for word in found)
        ends = len(SENTENCE_END.findall(text))
        sentences += ends + (0 if SENTENCE_END.search(text.rstrip(" »”)")) else 1)
    per_sentence, per_word = words / sentences, syllable_count / words
    if language == "fr":
        score = 207 - 1.015 * per_sentence - 73.6 * per_word
    else:
        score = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return {
        "words": words,
        "sentences": sentences,
        "words_per_sentence": round(per_sentence, 1),
        "syllables_per_word": round(per_word, 2),
        "score": round(score, 1),
    }


def demo_clinics():
    return list(Clinic.objects.filter(live=True).order_by("slug"))


def test_the_readability_measure_follows_the_published_formulas():
    # "Le chat dort." 3 words, 1 sentence, 3 syllables: 207 − 3.045 − 73.6 = 130.4.
    assert readability(["Le chat dort."], "fr")["score"] == 130.4
    # A heading without a stop ends its sentence; an elided "l’IA" is one word, as in textstat.
    assert readability(["Titre", "Il voit l’IA."], "fr")["sentences"] == 2
    assert readability(["Il voit l’IA."], "fr")["words"] == 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_block_reads_easily_on_every_demo_notice(client, language):
    threshold = KANDEL_MOLES_MIN if language == "fr" else FLESCH_MIN
    name = "Kandel-Moles" if language == "fr" else "Flesch"
    for clinic in demo_clinics():
        block = coverage_block(client, clinic, language)
        by_unit = readability(units(block), language)
        # Stricter: the block as one run of text, a sentence ending only at a stop.
        as_one_text = readability([text_of(block)], language)
        print(f"\n{name} {language} {clinic.slug}: by unit {by_unit}; as one text {as_one_text}")
        assert by_unit["score"] >= threshold, (clinic.slug, by_unit)
        assert as_one_text["score"] >= threshold, (clinic.slug, as_one_text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_figures_come_as_measured_and_professionals_only_under_their_label(client, language):
    label = {"fr": "Côté soignants\u00a0:", "en": "Among health professionals:"}[language]
    public = {"fr": "des Français", "en": "of French people"}[language]
    clinic = demo_clinics()[0]
    block = coverage_block(client, clinic, language)
    html = text_of(block)

    assert {"fr": "Ce que cette notice vous répond", "en": "What this notice answers"}[
        language
    ] in html
    figures = block.findall(".//p[@class='coverage__figure']")
    labelled = block.findall(".//p[@class='coverage__figure coverage__figure--professionals']")
    assert figures and labelled
    assert all(public in text_of(p) for p in figures)
    assert all(text_of(p).startswith(label) for p in labelled)
    with translation.override(language):
        for figure in BarometerFigure.objects.filter(expectations__isnull=False).distinct():
            shown = [p for p in figures + labelled if figure.statement in text_of(p)]
            assert shown, figure.key
            in_label = all(p in labelled for p in shown)
            assert in_label == (figure.population in PROFESSIONALS), figure.key
    # Fears are what people cite among the main risks, as the survey asked them.
    risks = {"fr": "parmi les principaux risques", "en": "among the main risks"}[language]
    errors = {
        "fr": "42\u00a0% des Français citent les erreurs médicales",
        "en": "42% of French people name medical errors",
    }
    assert errors[language] in html
    assert html.count(risks) >= 5
    # The consumer-app figure says it is about consumer apps.
    assert {"fr": "applis de suivi de santé", "en": "consumer health-tracking apps"}[
        language
    ] in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_source_is_cited_once_at_the_end_and_no_line_ends_in_a_question_and_a_stop(
    client, language
):
    for clinic in demo_clinics():
        block = coverage_block(client, clinic, language)
        html = text_of(block)
        assert not re.search(r"\?[\s\u00a0]*\.", html), clinic.slug
        assert html.count("Barom") == 1, clinic.slug
        last = list(block)[-1]
        assert last.get("class") == "coverage__source"
        assert text_of(last).startswith({"fr": "Source\u00a0:", "en": "Source:"}[language])
