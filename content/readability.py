"""How easy a text is to read: Kandel-Moles in French, Flesch in English, on 0 (hard) to 100 (easy).

Both formulas weigh the length of sentences (words per sentence) and of words (syllables per word):
- Flesch (1948), English: 206.835 - 1.015 x words/sentence - 84.6 x syllables/word;
- Kandel and Moles (1958), its French adaptation: 207 - 1.015 x words/sentence - 73.6 x syllables/word.

Syllables are counted from the spelling by the rules below, not from hyphenation points (which put
no break in « idée » or « client » and undercount French). French counts written syllables, a final
mute « e » aside (« rapide » 2, « idée » 2, « patient » 2, « parlent » 1). tests/test_readability.py
holds the words with known counts they are checked against.

Pure Python: no model, no Wagtail. Rich text is read as its text, each paragraph, list item or
heading a sentence of its own.
"""

import html as html_module
import re
from dataclasses import dataclass

# A summary below this score in French cannot be published; a body below it is flagged.
MINIMUM = 60
# What the portal's own texts aim at.
TARGET = 70

FRENCH_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
ENGLISH_VOWELS = "aeiouy"

# Words whose final « -ent » is heard (nouns, adjectives, adverbs); in other words it is a verb's
# silent ending (« ils parlent »). Words in « -ment » and « -ient » are heard too (see below).
FRENCH_SOUNDED_ENT = frozenset(
    """absent accent accident adolescent agent apparent argent ardent cent client compétent
    concurrent confident conscient content continent convalescent cohérent décent dent différent
    diligent éloquent équivalent évident excellent fréquent gent imminent impatient impertinent
    impotent imprudent incident incohérent inconscient indécent indifférent indulgent innocent
    insolent intelligent lent omniprésent parent patient permanent pertinent précédent présent
    président prudent récent référent régent résident serpent souvent strident talent torrent
    transparent urgent vent violent""".split()
)

_TAG = re.compile(r"<[^>]+>")
# Where rich text ends a sentence even without a full stop.
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|dt|dd|blockquote|td|th)>|<br\s*/?>", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s»”\")]*\s+|\n+")
# In plain text a single line break is a space (a long sentence typed over several lines stays
# one sentence); a blank line ends a paragraph, and a line starting with a list bullet (-, •, *,
# « 1. », « 2) ») starts an item of its own.
_PLAIN_BREAK = re.compile(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*|[ \t]*\n(?=[ \t]*(?:[-•*]|\d+[.)])\s)")
_ITEM_BREAK = "\x00"
# A list bullet at the start of the text or of an item: not a word of the item.
_BULLET = re.compile(r"(?:^|(?<=\x00))[ \t]*(?:[-•*]|\d+[.)])[ \t]+")
_PLAIN_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s»”\")]*\s+|\x00")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(frozen=True)
class Readability:
    """A text's score (None when it has no word), what it was computed from, its longest sentences."""

    language: str
    score: float | None
    sentences: int
    words: int
    syllables: int
    longest: tuple[str, ...]

    @property
    def passes(self) -> bool:
        """Whether the text reaches the minimum; an empty text is not judged here."""
        return self.score is None or self.score >= MINIMUM

    @property
    def rounded(self) -> int | None:
        return None if self.score is None else round(self.score)


def readability_measure(text: str, language: str, *, longest: int = 3) -> Readability:
    """Score `text` (plain or HTML) in `language` ("fr" or "en"); any other language is read as
    English. `longest` sentences are returned, longest first, to show what to shorten."""
    sentences = text_sentences(text)
    words = [word for sentence in sentences for word in _WORD.findall(sentence)]
    if not words:
        return Readability(language, None, len(sentences), 0, 0, ())
    syllables = sum(syllables_count(word, language) for word in words)
    per_sentence = len(words) / len(sentences)
    per_word = syllables / len(words)
    if language == "fr":
        score = 207 - 1.015 * per_sentence - 73.6 * per_word
    else:
        score = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    by_length = sorted(sentences, key=lambda sentence: -len(_WORD.findall(sentence)))
    return Readability(
        language,
        max(0.0, min(100.0, score)),
        len(sentences),
        len(words),
        syllables,
        tuple(by_length[:longest]),
    )


def text_sentences(text: str) -> list[str]:
    """The sentences of a plain or HTML text: split after . ! ? … and at each block of rich text;
    in plain text also at a blank line and before a list bullet, a single line break being a space."""
    if "<" in text:
        # In HTML a line break in the source is a space: blocks end the sentences.
        text = _BLOCK_END.sub("\n", re.sub(r"\s+", " ", text))
        text = html_module.unescape(_TAG.sub(" ", text))
        parts = _SENTENCE_END.split(text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        # Paragraph and item breaks are marked, then the single line breaks left become spaces.
        text = _PLAIN_BREAK.sub(_ITEM_BREAK, text).replace("\n", " ")
        text = _BULLET.sub("", text)
        parts = _PLAIN_SENTENCE_END.split(text)
    sentences = []
    for part in parts:
        part = " ".join(part.split())
        if _WORD.search(part):
            sentences.append(part)
    return sentences


def syllables_count(word: str, language: str) -> int:
    """The syllables of one word, at least one; a number counts one syllable a digit."""
    word = word.lower()
    if word.isdigit():
        return len(word)
    if language == "fr":
        return max(1, sum(_french_syllables(part) for part in re.split(r"['’\-]", word) if part))
    return max(1, sum(_english_syllables(part) for part in re.split(r"['’\-]", word) if part))


def _french_syllables(word: str) -> int:
    word = "".join(letter for letter in word if letter.isalpha())
    if not word:
        return 0
    # « qu » and « gu » before e or i are one consonant: « question », « guérir ».
    word = re.sub(r"qu", "k", word)
    word = re.sub(r"gu(?=[eéèêiîy])", "g", word)
    word = _french_mute_ending(word)
    count = 0
    previous = ""  # the previous letter, when it was a vowel of the current group
    for index, letter in enumerate(word):
        if letter not in FRENCH_VOWELS:
            previous = ""
            continue
        if (
            letter == "y"
            and previous
            and index + 1 < len(word)
            and word[index + 1] in FRENCH_VOWELS
        ):
            # « payer », « voyage »: y between vowels ends one syllable and starts the next.
            count += 1
            previous = "y"
            continue
        if not previous or _french_hiatus(word, index, previous):
            count += 1
        previous = letter
    return count


def _french_mute_ending(word: str) -> str:
    """The word without its silent ending: a final « e », « es », or a verb's « ent »."""
    if (
        word.endswith("ent")
        and not word.endswith(("ment", "ient"))
        and word not in FRENCH_SOUNDED_ENT
        and not word.endswith("aient")
        and re.search(f"[{FRENCH_VOWELS}]", word[:-3])
    ):
        return word[:-3]
    if word.endswith("aient"):
        return word[:-3]
    # Only when a vowel is left: « le », « les », « que » keep theirs.
    for ending in ("es", "e"):
        if word.endswith(ending) and re.search(f"[{FRENCH_VOWELS}]", word[: -len(ending)]):
            return word[: -len(ending)]
    return word


def _french_hiatus(word: str, index: int, previous: str) -> bool:
    """Whether the vowel at `index`, after the vowel `previous`, starts a syllable of its own."""
    letter = word[index]
    if letter in "ïëü":
        return True  # the diaeresis says so: « naïf », « Noël »
    if previous in "éèê" or letter in "é":
        return True  # « réalité », « créer », « poésie », « aérien »
    if (
        previous == "i"
        and index >= 3
        and word[index - 2] in "lr"
        and word[index - 3] not in FRENCH_VOWELS
    ):
        return True  # « client », « prier »: i after a consonant and l or r
    if previous == "u" and index >= 2 and word[index - 2] == "o" and letter in "aeè":
        return True  # « jouer », « louer »
    return False


def _english_syllables(word: str) -> int:
    word = "".join(letter for letter in word if letter.isalpha())
    if not word:
        return 0
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if len(word) > 2 and word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        count -= 1  # "make", "use": a silent final e
    elif len(word) > 2 and word.endswith("le") and word[-3] in "aeiouy":
        count -= 1  # "while", "mole"
    elif word.endswith("es") and len(word) > 3 and word[-3] not in "sxzhcg" + "aeiouy":
        count -= 1  # "makes", "uses" keep theirs; "times" loses it
    elif word.endswith("ed") and len(word) > 3 and word[-3] not in "td" + "aeiouy":
        count -= 1  # "asked", "used"; "wanted" keeps it
    # "ia", "io", "ua", "eo" are often two: "via", "period", "usual", "video".
    count += len(re.findall(r"[^aeiou]i[ao]|ua|[dr]eo|[^aeiou]ie[rt]|[^aeiou]ea$", word))
    count -= len(re.findall(r"tion|sion|cial|tial|cious|tious", word))
    return max(1, count)
