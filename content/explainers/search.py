"""Search over the explainers and other pages of the reader's language."""

from wagtail.models import Locale, Page


def search_pages(*, query: str, language_code: str):
    """Live public pages of one language matching the query, best first; none for an empty query."""
    if not query:
        return Page.objects.none()
    locale = Locale.objects.get(language_code=language_code)
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=1)
        .search(query, operator="and")
    )
