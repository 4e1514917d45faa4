"""The readability scores and the syllable counters they rest on, checked against words with known
counts (French: written syllables, a final mute « e » aside, as a French reader says them)."""

import pytest

from content.readability import readability_measure, syllables_count, text_sentences

FRENCH_WORDS = {
    # one syllable
    "le": 1,
    "je": 1,
    "que": 1,
    "vie": 1,
    "rue": 1,
    "joie": 1,
    "trois": 1,
    "oui": 1,
    "eau": 1,
    "cœur": 1,
    "fois": 1,
    "temps": 1,
    "droit": 1,
    "bien": 1,
    "vous": 1,
    "outil": 2,
    "peuvent": 1,
    "parlent": 1,
    "disent": 1,
    "font": 1,
    "hier": 1,
    "plus": 1,
    "mieux": 1,
    "feuille": 1,
    # two
    "idée": 2,
    "idées": 2,
    "rapide": 2,
    "rapides": 2,
    "patient": 2,
    "patients": 2,
    "client": 2,
    "prier": 2,
    "jouer": 2,
    "payer": 2,
    "voyage": 2,
    "naïf": 2,
    "noël": 2,
    "créer": 2,
    "données": 2,
    "maison": 2,
    "souvent": 2,
    "parent": 2,
    "moment": 2,
    "question": 2,
    "guérir": 2,
    "nation": 2,
    "écrit": 2,
    "aider": 2,
    "leurs": 1,
    "aujourd’hui": 3,
    "soignant": 2,
    "médecin": 3,
    "logiciel": 3,
    "réponse": 2,
    "utilisent": 3,
    "étaient": 2,
    "avaient": 2,
    "présent": 2,
    "urgent": 2,
    "argent": 2,
    "accident": 3,
    "dossier": 2,
    # three and more
    "réalité": 4,
    "poésie": 3,
    "aérien": 3,
    "géant": 2,
    "santé": 2,
    "décision": 3,
    "information": 4,
    "intelligence": 4,
    "artificielle": 4,
    "consultation": 4,
    "radiologue": 3,
    "diagnostic": 3,
    "ordinateur": 4,
    "confidentialité": 6,
    "responsabilité": 6,
    "professionnels": 4,
    "européen": 4,
    "hébergement": 4,
    "rendez-vous": 3,
    "compte-rendu": 3,
    "expliquer": 3,
    "vérifier": 3,
    "quelqu’un": 2,
    "généraliste": 4,
    "explication": 4,
    "réellement": 4,
    "éducation": 4,
    "créée": 2,
}

ENGLISH_WORDS = {
    "the": 1,
    "make": 1,
    "use": 1,
    "used": 1,
    "asked": 1,
    "time": 1,
    "times": 1,
    "while": 1,
    "data": 2,
    "doctor": 2,
    "wanted": 2,
    "uses": 2,
    "table": 2,
    "people": 2,
    "little": 2,
    "nation": 2,
    "social": 2,
    "health": 1,
    "patient": 2,
    "every": 3,
    "clinic": 2,
    "period": 3,
    "video": 3,
    "usual": 3,
    "via": 2,
    "different": 3,
    "decision": 3,
    "information": 4,
    "intelligence": 4,
    "artificial": 4,
    "responsible": 4,
    "reliability": 6,
    "appointment": 3,
    "diagnosis": 4,
    "software": 2,
    "review": 2,
    "idea": 3,
    "area": 3,
}


@pytest.mark.parametrize(("word", "expected"), sorted(FRENCH_WORDS.items()))
def test_french_syllables_match_known_counts(word, expected):
    assert syllables_count(word, "fr") == expected


@pytest.mark.parametrize(("word", "expected"), sorted(ENGLISH_WORDS.items()))
def test_english_syllables_match_known_counts(word, expected):
    assert syllables_count(word, "en") == expected


def test_short_plain_french_scores_high_and_long_learned_french_low():
    plain = "Le médecin lit le texte. Il le corrige. Puis il le signe."
    learned = (
        "L’utilisation généralisée des systèmes d’intelligence artificielle dans les "
        "établissements hospitaliers nécessite une évaluation méthodologique rigoureuse de "
        "leur conformité réglementaire et de leurs performances diagnostiques."
    )
    assert readability_measure(plain, "fr").score >= 80
    assert readability_measure(learned, "fr").score < 20


def test_kandel_moles_formula_on_a_counted_text():
    # 2 sentences, 8 words, 10 syllables: 207 - 1.015 x 4 - 73.6 x 1.25 = 110.94, shown as 100.
    result = readability_measure("Le chat dort. Le chien joue dehors ici.", "fr")
    assert (result.sentences, result.words) == (2, 8)
    assert result.syllables == 10
    assert result.score == 100


def test_flesch_formula_on_a_counted_text():
    text = "The information was different from every usual review of the software decision."
    result = readability_measure(text, "en")
    assert (result.sentences, result.words) == (1, 12)
    expected = 206.835 - 1.015 * 12 - 84.6 * result.syllables / 12
    assert result.score == pytest.approx(max(0, expected))


def test_rich_text_blocks_are_sentences_and_tags_are_not_words():
    html = "<p>Un outil aide le médecin</p><ul><li>il écrit</li><li>il relit</li></ul>"
    assert text_sentences(html) == ["Un outil aide le médecin", "il écrit", "il relit"]


def test_the_longest_sentences_come_first():
    text = "Court. Une phrase un peu plus longue que la première. Moyenne ici."
    assert readability_measure(text, "fr", longest=1).longest == (
        "Une phrase un peu plus longue que la première.",
    )


def test_an_empty_text_has_no_score():
    assert readability_measure("  <p></p> ", "fr").score is None


LONG_SENTENCE = (
    "Cette page présente les différentes utilisations de l’intelligence artificielle par les "
    "professionnels de santé, notamment pour la documentation clinique et l’organisation des soins."
)


def test_a_long_sentence_typed_over_several_lines_scores_as_on_one_line():
    broken = LONG_SENTENCE.replace(" par ", "\npar ").replace(" notamment", "\nnotamment")
    assert broken.count("\n") == 2

    on_lines, on_one_line = (
        readability_measure(broken, "fr"),
        readability_measure(LONG_SENTENCE, "fr"),
    )

    assert on_lines.sentences == 1
    assert on_lines.score == on_one_line.score
    assert on_lines.longest == (LONG_SENTENCE,)


def test_a_blank_line_ends_a_paragraph_without_a_full_stop():
    text = "Le médecin relit ce que l’outil écrit\n\nVous pouvez dire non\n  \nDemandez-nous"
    assert text_sentences(text) == [
        "Le médecin relit ce que l’outil écrit",
        "Vous pouvez dire non",
        "Demandez-nous",
    ]


def test_each_item_of_a_plain_text_list_is_a_sentence():
    text = (
        "Vous pouvez :\n- lire la notice\n• poser une question\n* dire non\n"
        "1. parler au médecin\n2) changer d’avis"
    )
    assert text_sentences(text) == [
        "Vous pouvez :",
        "lire la notice",
        "poser une question",
        "dire non",
        "parler au médecin",
        "changer d’avis",
    ]
    assert readability_measure(text, "fr").sentences == 6


def test_a_line_break_in_rich_text_source_is_a_space():
    html = "<p>Le médecin relit\nce que l’outil écrit</p><p>Vous pouvez dire non</p>"
    assert text_sentences(html) == ["Le médecin relit ce que l’outil écrit", "Vous pouvez dire non"]
