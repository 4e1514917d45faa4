"""French typography: the no-break spaces that keep « », : ; ! ? and % with their words."""

import re

NO_BREAK_SPACE = "\u00a0"

_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;!?%»])")
_AFTER_OPENING_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_TAG = re.compile(r"(<[^>]*>)")


def french_spacing(text: str) -> str:
    """Return plain text with no-break spaces before : ; ! ? % » and after «; nothing else changes."""
    text = _BEFORE.sub(lambda match: NO_BREAK_SPACE + match.group(1), text)
    return _AFTER_OPENING_QUOTE.sub("«" + NO_BREAK_SPACE, text)


def french_spacing_html(html: str) -> str:
    """Return the HTML with french_spacing applied to its text only, never inside a tag."""
    return "".join(
        part if part.startswith("<") else french_spacing(part) for part in _TAG.split(html)
    )
