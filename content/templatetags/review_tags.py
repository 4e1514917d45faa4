"""Template tags for what a page vouches for: its medical review, and whether its translation
follows the French page (`content.explainers.review`).

The French page's fingerprint and address are kept in the site memo: publishing any page renews
the site's token (`content.explainers.freshness`), so a translation shows its notice as soon as
its French page is published with another text.
"""

from django import template
from django.utils import translation
from wagtail.models import Page

from content.explainers.review import (
    page_fingerprint,
    review_state,
    source_language,
    translation_is_stale,
    translation_source,
)
from content.page_cache import site_memo

register = template.Library()


@register.simple_tag
def medical_review_state(page: Page) -> str:
    """The article's review state: "current" when the reviewer read the text shown, else "updated"."""
    return review_state(page)


def _source_of(page: Page, request) -> dict | None:
    def build():
        source = translation_source(page)
        if source is None:
            return None
        return {"fingerprint": page_fingerprint(source), "url": source.get_url(request)}

    return site_memo(("translation_source", str(page.translation_key)), build)


@register.inclusion_tag("explainers/translation_notice.html", takes_context=True)
def translation_notice(context, page: Page) -> dict:
    """On a translation whose French page changed since it was translated, a notice and a link to
    the French page; nothing on a French page or an up-to-date translation."""
    # A page read in French is the source itself: no query to make sure of it.
    if translation.get_language() == source_language() or not hasattr(
        page, "translation_source_fingerprint"
    ):
        return {"stale": False}
    source = _source_of(page, context.get("request"))
    stale = source is not None and translation_is_stale(page, source["fingerprint"])
    return {"stale": stale, "source_url": source["url"] if stale else ""}
