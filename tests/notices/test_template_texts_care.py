"""The care templates (image reading, chatbot, scheduling): complete, plain, marked and typeset."""

import re

import pytest

from content.demo.templates_care import TEMPLATES
from content.vocabulary import (
    AIUSE_TEXT_FIELDS,
    TEMPLATE_MARK,
    CareStep,
    DecisionRole,
)

NBSP = "\u00a0"
FIELDS = ("title", "description", "label", *AIUSE_TEXT_FIELDS)
LANGUAGES = ("fr", "en")
MARK_OPENINGS = {
    "fr": (f"à vérifier{NBSP}:", f"à compléter{NBSP}:"),
    "en": ("to check:", "to complete:"),
}
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")
WORD = re.compile(r"[\w’-]+")
BY_KEY = {template["key"]: template for template in TEMPLATES}


def _texts(language: str) -> list:
    return [
        pytest.param(template[language][field], id=f"{template['key']}-{language}-{field}")
        for template in TEMPLATES
        for field in FIELDS
    ]


def _sentence_lengths(text: str) -> list[int]:
    """Words per sentence, each mark counted as one word: the clinic replaces it."""
    readable = TEMPLATE_MARK.sub("mark", text)
    return [len(WORD.findall(part)) for part in SENTENCE_END.split(readable) if WORD.search(part)]


def test_the_three_care_templates_come_in_order():
    assert [(t["key"], t["sort_order"]) for t in TEMPLATES] == [
        ("image_reading", 40),
        ("chatbot", 50),
        ("scheduling", 60),
    ]


def test_only_the_chatbot_talks_with_patients_and_says_so_at_the_first_exchange():
    assert [t["key"] for t in TEMPLATES if t["patient_interacts"]] == ["chatbot"]
    assert "premier échange" in BY_KEY["chatbot"]["fr"]["when_told"]
    assert "first exchange" in BY_KEY["chatbot"]["en"]["when_told"]


def test_the_image_reading_aid_helps_the_doctor_who_decides():
    image_reading = BY_KEY["image_reading"]
    assert image_reading["decision_role"] == DecisionRole.AUGMENTS
    assert image_reading["care_step"] == CareStep.DIAGNOSIS


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template["key"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_field_is_written_in_both_languages(template, language):
    texts = template[language]
    assert set(texts) == set(FIELDS)
    empty = [field for field in FIELDS if not texts[field].strip()]
    assert not empty
    assert len(texts["title"]) <= 120
    assert len(texts["label"]) <= 120
    assert not TEMPLATE_MARK.search(texts["title"] + texts["label"] + texts["description"])


@pytest.mark.parametrize("text", [*_texts("fr"), *_texts("en")])
def test_sentences_stay_short(text):
    lengths = _sentence_lengths(text)
    assert lengths
    assert sum(lengths) / len(lengths) <= 25, lengths
    assert max(lengths) <= 35, lengths


@pytest.mark.parametrize("text", [*_texts("fr"), *_texts("en")])
def test_marks_are_well_formed(text):
    marks = TEMPLATE_MARK.findall(text)
    assert text.count("[[") == text.count("]]") == len(marks)
    openings = MARK_OPENINGS["fr"] + MARK_OPENINGS["en"]
    assert all(mark.startswith(openings) for mark in marks), marks


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template["key"])
def test_marks_are_few_and_the_same_in_both_languages(template):
    def marked(language: str) -> dict[str, list[str]]:
        return {
            field: TEMPLATE_MARK.findall(template[language][field])
            for field in FIELDS
            if TEMPLATE_MARK.search(template[language][field])
        }

    french, english = marked("fr"), marked("en")
    assert 2 <= sum(len(marks) for marks in french.values()) <= 5
    assert {f: len(m) for f, m in french.items()} == {f: len(m) for f, m in english.items()}
    for language, by_field in (("fr", french), ("en", english)):
        for marks in by_field.values():
            assert all(mark.startswith(MARK_OPENINGS[language]) for mark in marks), marks


@pytest.mark.parametrize("text", _texts("fr"))
def test_french_typography(text):
    assert "'" not in text and '"' not in text
    for match in re.finditer(r"[:;?!»]", text):
        assert text[match.start() - 1] == NBSP, text[max(0, match.start() - 20) : match.end()]
    for match in re.finditer("«", text):
        assert text[match.end()] == NBSP, text[match.start() : match.end() + 20]


@pytest.mark.parametrize("text", _texts("en"))
def test_english_typography(text):
    assert "'" not in text and '"' not in text
    assert "«" not in text and NBSP not in text
