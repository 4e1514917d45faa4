"""What a page says about itself in its <head>: its canonical address, the same page in the other
language, a plain description and the card shown when it is shared (Open Graph).

Every address is absolute at `PORTAL_PUBLIC_URL` (`content.notices.links.public_address`),
whatever host the request named: it is what a search engine keeps and what a share carries. The
other languages come from the language switcher's links, so the alternates and the switcher always
agree. Nothing here asks the database.
"""

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from content.explainers.models import ArticlePage
from content.notices.links import public_address

# Search engines show about this many characters of a description; a share card fewer.
DESCRIPTION_MAX_LENGTH = 160
# The page's language as Open Graph names a locale.
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
# The language an address without a language leads to, and the one search engines fall back to.
DEFAULT_LANGUAGE = "fr"
# The share card: one PNG per language in static/images/ (see static/images/README.md).
SHARE_CARD_WIDTH = 1200
SHARE_CARD_HEIGHT = 630
SHARE_CARD_PATH = "images/share-card-{language}.png"
SHARE_CARD_ALT = _(
    "IA & soins : ce que l’on doit vous dire quand l’IA est utilisée pour vous soigner."
)
SITE_NAME = _("IA & soins")
# A page that says nothing of itself (a form, a list) is described by what the portal is.
SITE_DESCRIPTION = _(
    "Comment les structures de soins utilisent l’intelligence artificielle, et ce que cela "
    "change pour vous, expliqué simplement aux patients."
)
# Ordinary white space only: the no-break spaces of French typography (« : », « 84 % ») stay.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


@dataclass(frozen=True)
class Alternate:
    """The same page in one language (`hreflang`: "fr", "en" or "x-default")."""

    hreflang: str
    url: str


@dataclass(frozen=True)
class PageMetadata:
    """Everything a page's <head> says about it besides its title tag."""

    title: str
    description: str
    canonical: str
    alternates: list[Alternate] = field(default_factory=list)
    open_graph: list[tuple[str, str]] = field(default_factory=list)


def spaces_collapsed(text: str) -> str:
    """`text` on one line, its runs of ordinary white space made one space; no-break spaces kept."""
    return _SPACES.sub(" ", text).strip()


def plain_text(rendered: str) -> str:
    """The text of rendered HTML on one line: tags dropped, entities read, spaces collapsed."""
    return spaces_collapsed(html.unescape(strip_tags(rendered)))


def description_shortened(text: str) -> str:
    """`text` cut to at most DESCRIPTION_MAX_LENGTH characters, at a word, ending with « … »."""
    if len(text) <= DESCRIPTION_MAX_LENGTH:
        return text
    cut = text[: DESCRIPTION_MAX_LENGTH - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–-") + "…"


def canonical_address(url: str, *, page_number: int | None = None) -> str:
    """The address of the page at `url`, absolute at PORTAL_PUBLIC_URL, without its query string.

    A list's later page is a page of its own: `page_number`, the number of the page of the list
    the view showed (not the one asked: a number past the end shows the last), keeps `?page=N`
    when above 1. A search or a filter leads back to the unfiltered list.
    """
    path = urlsplit(url).path
    if page_number is not None and page_number > 1:
        path += f"?page={page_number}"
    return public_address(path)


def language_alternates(
    *, languages: list[dict], current_url: str, page_number: int | None = None
) -> list[Alternate]:
    """The page in each language it exists in, then "x-default" at the French one.

    `languages` are the language switcher's links (`portal_tags.language_links`): code, url,
    current. A link that leads back to this very address for another language means the page has
    no version there (Django's `translate_url` keeps an address it cannot translate): refused.
    """
    current_path = urlsplit(current_url).path
    alternates = []
    for language in languages:
        path = urlsplit(language["url"]).path
        if not language["current"] and path == current_path:
            continue
        url = canonical_address(
            current_url if language["current"] else language["url"], page_number=page_number
        )
        alternates.append(Alternate(hreflang=language["code"], url=url))
    default = next((a for a in alternates if a.hreflang == DEFAULT_LANGUAGE), None)
    if default is not None and len(alternates) > 1:
        alternates.append(Alternate(hreflang="x-default", url=default.url))
    elif len(alternates) == 1:
        # A page in one language only has no alternate to declare.
        alternates = []
    return alternates


def share_card_url(language: str) -> str:
    """The absolute address of the share card's PNG in `language` (French when it has none)."""
    language = language if language in OPEN_GRAPH_LOCALES else DEFAULT_LANGUAGE
    return public_address(static(SHARE_CARD_PATH.format(language=language)))


def open_graph_properties(
    *, page, language: str, title: str, description: str, canonical: str, other_languages
) -> list[tuple[str, str]]:
    """The Open Graph and Twitter card properties of a page, as (property, content) pairs.

    An article is an "article", every other page a "website". The image is the portal's own card,
    served from the portal itself: sharing a page loads nothing from another host.
    """
    properties = [
        ("og:type", "article" if isinstance(page, ArticlePage) else "website"),
        ("og:title", title),
        ("og:description", description),
        ("og:url", canonical),
        ("og:site_name", str(SITE_NAME)),
        ("og:locale", OPEN_GRAPH_LOCALES.get(language, OPEN_GRAPH_LOCALES[DEFAULT_LANGUAGE])),
    ]
    properties += [
        ("og:locale:alternate", OPEN_GRAPH_LOCALES[code])
        for code in other_languages
        if code in OPEN_GRAPH_LOCALES and code != language
    ]
    properties += [
        ("og:image", share_card_url(language)),
        ("og:image:type", "image/png"),
        ("og:image:width", str(SHARE_CARD_WIDTH)),
        ("og:image:height", str(SHARE_CARD_HEIGHT)),
        ("og:image:alt", str(SHARE_CARD_ALT)),
    ]
    return properties


def page_metadata(
    *,
    request,
    page,
    language: str,
    title: str,
    description: str,
    languages: list[dict],
    not_found: bool = False,
    page_number: int | None = None,
) -> PageMetadata:
    """The canonical address, alternates, description and share card of the page being answered.

    `title` and `description` are the page's own, as plain text; an empty description becomes the
    portal's. A missing page (`not_found`) exists in no language: it declares no alternate.
    `page_number` is the page of an unfiltered list the view showed (`canonical_address`).
    """
    current_url = request.get_full_path()
    canonical = canonical_address(current_url, page_number=page_number)
    description = description_shortened(plain_text(description) or str(SITE_DESCRIPTION))
    alternates = (
        []
        if not_found
        else language_alternates(
            languages=languages, current_url=current_url, page_number=page_number
        )
    )
    other_languages = [a.hreflang for a in alternates if a.hreflang != "x-default"]
    title = plain_text(title) or str(SITE_NAME)
    return PageMetadata(
        title=title,
        description=description,
        canonical=canonical,
        alternates=alternates,
        open_graph=open_graph_properties(
            page=page,
            language=language,
            title=title,
            description=description,
            canonical=canonical,
            other_languages=other_languages,
        ),
    )
