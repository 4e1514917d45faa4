"""How the directory reads a clinic and a patient's query: pure functions over plain text.

Both sides are folded the same way (no accents, no case, no punctuation), so that "vendome" finds
Vendôme and "SAINT-ETIENNE" finds Saint-Étienne on every database. Numbers are read as a postcode
or a department number: "41" finds the clinics of Loir-et-Cher, "41100" those of one postcode.
"""

import re
from dataclasses import dataclass

from anyascii import anyascii

# Words too common to tell clinics apart, in French and English queries.
STOPWORDS = frozenset(
    "a au aux avec d de des du en et l la le les par pour sur un une "
    "the of and in at for to on by an".split()
)
# A query of more words than this is cut: no name needs more, and each word costs a condition.
MAX_TERMS = 8
# Shorter words are not respelt: too many known words are one letter away from them.
SPELLING_MIN_LENGTH = 4
# The longest word the directory keeps for respelling (longer ones are not names of anything).
WORD_MAX_LENGTH = 60
NUMBER = re.compile(r"^(?:[0-9]{2,5}|2[ab])$")


def folded(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: "Cœur-de-Ville" → "coeur de ville"."""
    ascii_text = anyascii(text or "").casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split())


def padded(text: str) -> str:
    """Folded text between spaces, so that " word" matches a word's start and " word " a word."""
    return f" {folded(text)} "


def department_of(postcode: str) -> str:
    """The department number of a French postcode: "41100" → "41", "20090" → "2A", "97400" → "974"."""
    if not postcode:
        return ""
    if postcode.startswith(("97", "98")):
        return postcode[:3]
    if postcode.startswith("20"):
        return "2A" if postcode < "20200" else "2B"
    return postcode[:2]


@dataclass(frozen=True)
class DirectoryTerms:
    """A query split into words (matched on names, towns, kinds and tools) and numbers."""

    words: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.numbers)


def directory_terms(query: str) -> DirectoryTerms:
    """The words and numbers of a query, folded; common words dropped; at most MAX_TERMS."""
    words, numbers = [], []
    for token in folded(query).split()[:MAX_TERMS]:
        if NUMBER.match(token):
            numbers.append(token.upper())
        elif token not in STOPWORDS:
            words.append(token)
    return DirectoryTerms(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(numbers)))


@dataclass(frozen=True)
class EntryText:
    """What the directory matches a clinic on, folded and padded with spaces."""

    name_sort: str
    name: str
    city: str
    search: str
    system_keys: str


def entry_text(
    *,
    name: str,
    city: str,
    postcode: str,
    kind_labels: list[str],
    systems: list[tuple[str, str]],
) -> EntryText:
    """The folded texts of one clinic: its name, its town, and everything a query may name.

    `systems` holds the (key, name) of each AI system its notice describes.
    """
    names = [system_name for _key, system_name in systems]
    everything = " ".join([name, city, postcode, department_of(postcode), *kind_labels, *names])
    return EntryText(
        name_sort=folded(name),
        name=padded(name),
        city=padded(city),
        search=padded(everything),
        system_keys=" " + " ".join(key for key, _name in systems) + " ",
    )


def entry_words(search_text: str) -> set[str]:
    """The words of a clinic's folded text worth respelling a query to: no numbers, none short."""
    return {
        word
        for word in search_text.split()
        if SPELLING_MIN_LENGTH <= len(word) <= WORD_MAX_LENGTH and not word.isdigit()
    }
