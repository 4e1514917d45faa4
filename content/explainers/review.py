"""What a medical review and a translation vouch for: the fingerprint of a page's text.

A page's fingerprint is a SHA-256 over its title, introduction and body. An article keeps the
fingerprint of the version its medical reviewer read (`reviewed_fingerprint`); a translation keeps
the fingerprint of the French page it follows (`translation_source_fingerprint`). When the text
changes, the fingerprints differ: the article says it was updated since its review, and the
translation says it may be out of date. An article's easy-read text has its own fingerprint
(`easy_read_fingerprint`), kept when an editor records that readers checked it: the easy-read page
says the text changed since that check when it no longer matches.

The fingerprint reads the text, not how it is stored: block identifiers, the order of a block's
keys, the HTML escaping of rich text and the admin editor's paragraph keys do not change it, so a
page saved again unchanged in the admin keeps its review.
"""

import hashlib
import json
from html.parser import HTMLParser
from typing import Literal

from django.conf import settings
from wagtail import blocks
from wagtail.models import Page

REVIEW_PERMISSION = "content.record_medical_review"
CURRENT = "current"
UPDATED = "updated"
# Attributes the admin's rich text editor adds or changes at each save; they carry no text.
IGNORED_ATTRIBUTES = {"data-block-key"}

ReviewState = Literal["current", "updated"]


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


class _RichTextReader(HTMLParser):
    """Rich text as a list of tags and texts, escaping and editor keys left aside."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list = []

    def handle_starttag(self, tag, attrs):
        kept = sorted(
            (name, value or "") for name, value in attrs if name not in IGNORED_ATTRIBUTES
        )
        self.parts.append(["<", tag, kept])

    def handle_endtag(self, tag):
        self.parts.append(["</", tag])

    def handle_data(self, data):
        if data.strip():
            self.parts.append(" ".join(data.split()) if data.split() else "")


def _rich_text(source: str) -> list:
    reader = _RichTextReader()
    reader.feed(source or "")
    reader.close()
    return reader.parts


def _text_of(block: blocks.Block, value):
    """The value of a block as plain data, rich text read as tags and texts."""
    if isinstance(block, blocks.RichTextBlock):
        return _rich_text(getattr(value, "source", value))
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": child.block_type, "value": _text_of(child.block, child.value)}
            for child in value
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: _text_of(child, value.get(name)) for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [_text_of(block.child_block, item) for item in value]
    return block.get_prep_value(value)


def page_fingerprint(page: Page) -> str:
    """The SHA-256 (hexadecimal) of the page's title, introduction and body as a reader sees them."""
    body = getattr(page, "body", None)
    text = {
        "title": _words(page.title),
        "intro": _words(getattr(page, "intro", "")),
        "body": _text_of(body.stream_block, body) if body is not None else [],
    }
    serialised = json.dumps(text, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(serialised.encode("utf-8")).hexdigest()


def review_state(page: Page) -> ReviewState:
    """The review state: "current" when the reviewer read this very text, "updated" otherwise.

    A page whose review never recorded a fingerprint (written before reviews were fingerprinted)
    is "updated": nothing says its reviewer read this version.
    """
    recorded = getattr(page, "reviewed_fingerprint", "")
    return CURRENT if recorded and recorded == page_fingerprint(page) else UPDATED


def source_language() -> str:
    """The language pages are written in first and translated from: French."""
    return settings.LANGUAGE_CODE


def translation_source(page: Page) -> Page | None:
    """The live French page this page translates, or None (a French page, or no French page live)."""
    if page.translation_key is None or page.locale_id is None:
        return None
    if page.locale.language_code == source_language():
        return None
    return (
        type(page)
        .objects.filter(
            translation_key=page.translation_key,
            locale__language_code=source_language(),
            live=True,
        )
        .exclude(pk=page.pk)
        .first()
    )


def translation_is_stale(page: Page, source_fingerprint: str | None) -> bool:
    """Whether a translation may be out of date: its French source changed since it was last
    confirmed (or was never confirmed). False when there is no French source."""
    if source_fingerprint is None:
        return False
    return page.translation_source_fingerprint != source_fingerprint


def easy_read_fingerprint(page: Page) -> str:
    """The SHA-256 (hexadecimal) of an article's easy-read introduction and body, as read.

    Kept when an editor records that readers checked the easy-read text
    (`ArticlePage.easy_read_checked_fingerprint`): a later edit of that text undoes the check.
    """
    body = getattr(page, "easy_read_body", None)
    text = {
        "intro": _words(getattr(page, "easy_read_intro", "")),
        "body": _text_of(body.stream_block, body) if body is not None else [],
    }
    serialised = json.dumps(text, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(serialised.encode("utf-8")).hexdigest()


def easy_read_check_current(page: Page) -> bool:
    """Whether the readers' recorded check is of this very easy-read text (False: none recorded)."""
    recorded = getattr(page, "easy_read_checked_fingerprint", "")
    return bool(recorded) and recorded == easy_read_fingerprint(page)
