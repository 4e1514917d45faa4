"""The plain text of a page's body, to measure how easy it is to read (content.readability)."""

from collections.abc import Iterable

# In each block, the parts a reader reads as text; figures are read from their records and left out.
_TEXT_PARTS = {
    "heading": None,
    "paragraph": None,
    "callout": ("title", "body"),
    "key_figure": ("comment",),
    "figure_list": ("lead",),
    "do_dont": ("do_title", "do_items", "dont_title", "dont_items"),
    "example": ("title", "text"),
}


def stream_text(blocks: Iterable) -> str:
    """The text of a StreamField's raw data (a list of {"type", "value"}), one block a paragraph.

    Works on a page's `body.raw_data` and on the demo's data alike; HTML is kept for the scorer,
    which reads each paragraph and list item as a sentence.
    """
    parts = []
    for block in blocks:
        kind, value = block["type"], block["value"]
        if kind == "questions":
            for item in value:
                item = item.get("value", item)
                parts += [_sentence(item.get("question", "")), item.get("answer", "")]
        elif kind in _TEXT_PARTS:
            names = _TEXT_PARTS[kind]
            if names is None:
                parts.append(_sentence(value) if kind == "heading" else value)
                continue
            for name in names:
                part = value.get(name) or ""
                if isinstance(part, list):
                    parts += [
                        _sentence(item.get("value", item) if isinstance(item, dict) else item)
                        for item in part
                    ]
                else:
                    parts.append(part if name in ("body", "text") else _sentence(part))
    return "\n".join(
        f"<p>{part}</p>" if part and not part.lstrip().startswith("<") else part
        for part in parts
        if part
    )


def _sentence(text: str) -> str:
    """A heading, title or list item is a sentence of its own."""
    return text.strip()
