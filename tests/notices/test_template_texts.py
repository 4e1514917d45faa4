"""The drafts of the usual writing uses (scribe, dictation, assistant) read well and are complete.

What a clinic gets when it adds a use from one of these templates: every text in French and English,
short sentences, French typography, and well-formed « [[à vérifier : …]] » marks where it must check.
"""

import re

import pytest

from content.demo.templates_care import TEMPLATES as CARE_TEMPLATES
from content.demo.templates_writing import TEMPLATES
from content.notices.models import UseTemplate
from content.vocabulary import (
    AIUSE_TEXT_FIELDS,
    TEMPLATE_MARK,
    AISystemKind,
    CareStep,
    DecisionRole,
)

LANGUAGES = ("fr", "en")
# What the clinic chooses a template by, then what the notice tells patients.
HEADINGS = ("title", "description", "label")
TEXT_FIELDS = (*HEADINGS, *AIUSE_TEXT_FIELDS)
MARK_OPENINGS = {
    "fr": ("à vérifier\u00a0: ", "à compléter\u00a0: "),
    "en": ("to check: ", "to complete: "),
}
NBSP = "\u00a0"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"[\w’-]+")

TEXTS = [
    pytest.param(template, language, field, id=f"{template['key']}-{language}-{field}")
    for template in TEMPLATES
    for language in LANGUAGES
    for field in TEXT_FIELDS
]


def published(text: str) -> str:
    """The text as a patient reads it once the clinic has settled its marks (here: removed)."""
    return re.sub(r"\s+", " ", TEMPLATE_MARK.sub("", text)).replace(" .", ".").strip()


def sentences(text: str) -> list[str]:
    return [sentence for sentence in SENTENCE_END.split(published(text)) if sentence]


def test_the_three_writing_templates_come_in_order():
    assert [(template["key"], template["sort_order"]) for template in TEMPLATES] == [
        ("scribe", 10),
        ("dictation", 20),
        ("assistant", 30),
    ]


@pytest.mark.parametrize(
    "template", [*TEMPLATES, *CARE_TEMPLATES], ids=lambda template: template["key"]
)
def test_each_template_makes_only_choices_the_form_offers(template):
    assert template["system_kind"] in AISystemKind.values
    assert template["care_step"] in CareStep.values
    assert template["decision_role"] in DecisionRole.values
    assert isinstance(template["patient_interacts"], bool)
    assert isinstance(template["declinable"], bool)


def test_the_assistant_template_is_of_the_general_assistant_kind():
    kinds = {template["key"]: template["system_kind"] for template in TEMPLATES}
    assert kinds == {
        "scribe": AISystemKind.GENERATIVE,
        "dictation": AISystemKind.SPEECH,
        "assistant": AISystemKind.GENERAL_ASSISTANT,
    }


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template["key"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_template_holds_every_text_and_nothing_else(template, language):
    assert set(template[language]) == set(TEXT_FIELDS)


@pytest.mark.parametrize(("template", "language", "field"), TEXTS)
def test_each_text_is_written(template, language, field):
    text = template[language][field]
    assert isinstance(text, str)
    assert published(text), "a text must say something beyond its marks"
    assert text == text.strip()
    assert "  " not in text


@pytest.mark.parametrize(("template", "language", "field"), TEXTS)
def test_each_text_is_short_sentences(template, language, field):
    found = sentences(template[language][field])
    lengths = [len(WORD.findall(sentence)) for sentence in found]
    assert len(found) <= 4, found
    assert sum(lengths) / len(lengths) <= 25, found
    assert max(lengths) <= 35, found


@pytest.mark.parametrize(("template", "language", "field"), TEXTS)
def test_each_text_for_patients_ends_as_a_sentence(template, language, field):
    if field in ("title", "label"):
        assert not template[language][field].endswith(".")
    else:
        assert template[language][field].endswith((".", "?", "!"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template["key"])
@pytest.mark.parametrize("field", ("title", "label"))
def test_titles_and_labels_fit_their_fields(template, field):
    max_length = UseTemplate._meta.get_field(field).max_length
    for language in LANGUAGES:
        assert len(template[language][field]) <= max_length


@pytest.mark.parametrize(("template", "language", "field"), TEXTS)
def test_marks_are_well_formed(template, language, field):
    text = template[language][field]
    marks = TEMPLATE_MARK.findall(text)
    # Every bracket belongs to a mark: nothing nested, nothing left open.
    assert text.count("[[") == text.count("]]") == len(marks)
    assert "[" not in TEMPLATE_MARK.sub("", text)
    assert "]" not in TEMPLATE_MARK.sub("", text)
    for mark in marks:
        assert mark.startswith(MARK_OPENINGS[language]), mark
        assert mark == mark.strip()
    if field in HEADINGS:
        assert not marks, "the clinic chooses a template by its title: no mark there"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template["key"])
def test_marks_are_few_and_the_same_in_both_languages(template):
    counts = {
        language: {
            field: len(TEMPLATE_MARK.findall(template[language][field])) for field in TEXT_FIELDS
        }
        for language in LANGUAGES
    }
    assert counts["fr"] == counts["en"]
    assert 2 <= sum(counts["fr"].values()) <= 5


@pytest.mark.parametrize(
    ("template", "field"),
    [
        pytest.param(template, field, id=f"{template['key']}-{field}")
        for template in TEMPLATES
        for field in TEXT_FIELDS
    ],
)
def test_french_texts_follow_french_typography(template, field):
    text = template["fr"][field]
    assert "'" not in text, "French takes the apostrophe ’"
    assert '"' not in text, "French takes « guillemets »"
    assert not re.search(r"[^\u00a0][:;?!»]", text), "a no-break space goes before : ; ? ! »"
    assert not re.search(r"«[^\u00a0]", text), "a no-break space goes after «"
    assert not re.search(r" [:;?!»]", text)


@pytest.mark.parametrize(
    ("template", "field"),
    [
        pytest.param(template, field, id=f"{template['key']}-{field}")
        for template in TEMPLATES
        for field in TEXT_FIELDS
    ],
)
def test_english_texts_use_english_punctuation(template, field):
    text = template["en"][field]
    assert "'" not in text, "the apostrophe is ’, as in the rest of the portal"
    assert NBSP not in text
    assert "«" not in text and "»" not in text


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template["key"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_texts_use_plain_words(template, language):
    words = " ".join(template[language].values())
    for jargon in ("LLM", "prompt", "hallucin", "algorithme", "algorithm", "modèle de langue"):
        assert jargon.lower() not in words.lower(), jargon
