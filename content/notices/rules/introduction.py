"""What a clinic's introduction may not say: how many tools it uses, or which ones.

The notice counts and names the tools itself, under « En bref », from its uses: an introduction
that counts them (« deux outils », "three AI tools") or lists them goes wrong the day a use is
added or removed, and patients read two numbers.
"""

import re
from collections.abc import Iterable

# Numbers a sentence counts tools with, in French and in English; « un » and "a" alone are left
# out: « un outil d’IA nous aide » describes a tool more often than it counts them.
_NUMBERS = (
    r"\d+",
    *"deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt".split(),
    r"un\s+seul",
    r"une\s+seule",
    *"two three four five six seven eight nine ten eleven twelve fifteen twenty both".split(),
    r"only\s+one",
    r"a\s+single",
    r"one\s+single",
)
# What a tool is called: « outils », « logiciels d’IA », « IA », "AI systems", "applications"…
_TOOLS = (
    r"outils?|logiciels?|solutions?|syst[èe]mes?|applications?|programmes?|assistants?|"
    r"algorithmes?|intelligences?\s+artificielles?|IA|tools?|systems?|software|apps?|"
    r"programs?|algorithms?|AIs?"
)
# Words that start another phrase: « depuis 10 ans nos outils » counts years, not tools.
_JOINING = r"nos|vos|les|des|de|du|avec|et|ou|pour|par|sur|our|your|the|with|and|or|of|for|by|on"
# A number, at most two words between (« deux nouveaux outils », "two AI tools"), then a tool;
# no punctuation in between, so that « depuis deux ans, nos outils » is not a count.
_COUNT = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(_NUMBERS)})"
    rf"(?:\s+(?!(?:{_JOINING})(?![\w’'-]))[\w’'-]+){{0,2}}?\s+(?:{_TOOLS})(?![\w-])",
    re.IGNORECASE,
)


def introduction_counts_tools(text: str) -> bool:
    """Whether the text counts tools: « deux outils », « 3 logiciels d’IA », "two AI tools"."""
    return bool(text) and _COUNT.search(text) is not None


def introduction_names_tools(text: str, *, tool_names: Iterable[str]) -> list[str]:
    """The tool names the text holds, each once, in the order of `tool_names`."""
    if not text:
        return []
    return [
        name
        for name in dict.fromkeys(tool_names)
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None
    ]


def introduction_lists_tools(text: str, *, tool_names: Iterable[str]) -> bool:
    """Whether the text counts the tools or lists them (names two or more of `tool_names`)."""
    return (
        introduction_counts_tools(text)
        or len(introduction_names_tools(text, tool_names=tool_names)) >= 2
    )
