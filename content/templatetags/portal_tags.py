"""Template tags for the site frame: languages, navigation, breadcrumbs, footer, glossary.

What they return depends on the page tree and the site's settings only, so it is kept in the site
memo (`content.page_cache.site_memo`) as plain titles and addresses: the frame of a page costs no
query once the site has been read, until the site changes.
"""

from anyascii import anyascii
from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from content.explainers.models import FooterLinks, GlossaryTerm
from content.notices import links
from content.page_cache import site_memo
from content.routing import site_for

register = template.Library()


def _link(page: Page, request) -> dict:
    return {"pk": page.pk, "title": page.title, "url": page.get_url(request), "path": page.path}


def _site_home(request) -> dict | None:
    site = site_for(request)
    if site is None:
        return None

    def build():
        return _link(site.root_page.localized.specific, request)

    return site_memo(("home", site.pk, translation.get_language()), build)


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """Each language with the URL of the same page in it, current marked; the home on a 404 page."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page):

        def build():
            live = page.get_translations(inclusive=True).live().select_related("locale")
            return {other.locale.language_code: other.get_url(request) for other in live}

        translations = site_memo(("translations", page.pk), build)
    links = []
    # A route of a routable page (a clinic's notice) keeps its place in the other language; a
    # route named in each language's words ({"fr": "facile/", "en": "easy-read/"}) takes its own.
    suffix = context.get("route_suffix", "")
    for code, name in settings.LANGUAGES:
        if context.get("not_found"):
            # A missing page is missing in every language: offer the other language's home.
            with translation.override(code):
                home = _site_home(request)
            url = home["url"] if home else f"/{code}/"
        elif isinstance(page, Page):
            url = translations.get(code)
            if url is None:
                continue
            url += suffix.get(code, "") if isinstance(suffix, dict) else suffix
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[dict]:
    """The home page's menu children in the reader's language: title, url, tree path, pk."""
    request = context["request"]
    site = site_for(request)
    if site is None:
        return []

    def build():
        home = site.root_page.localized.specific
        return [_link(page, request) for page in home.get_children().live().in_menu()]

    return site_memo(("navigation", site.pk, translation.get_language()), build)


@register.simple_tag(takes_context=True)
def site_home(context) -> dict | None:
    """The home page in the reader's language: its title and url."""
    return _site_home(context["request"])


@register.simple_tag(takes_context=True)
def breadcrumbs(context) -> list[dict]:
    """The ancestors of the current page below the tree root, home included: titles and urls."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    request = context["request"]

    def build():
        return [_link(ancestor, request) for ancestor in page.get_ancestors().filter(depth__gt=1)]

    return site_memo(("breadcrumbs", page.pk), build)


@register.simple_tag(takes_context=True)
def footer_pages(context) -> list[dict]:
    """The footer's pages in the reader's language: titles and urls."""
    request = context["request"]
    site = site_for(request)

    def build():
        return [_link(page, request) for page in FooterLinks.for_request(request).pages()]

    return site_memo(("footer", site and site.pk, translation.get_language()), build)


@register.simple_tag
def glossary_terms() -> list[GlossaryTerm]:
    """Every term, sorted alphabetically in the active language."""
    language = translation.get_language()

    def build():
        terms = list(GlossaryTerm.objects.all())
        return sorted(terms, key=lambda term: anyascii(term.term).casefold())

    return site_memo(("glossary", language), build)


@register.filter
def public_address(path: str) -> str:
    """The canonical address of a page of this site (`content.notices.links.public_address`)."""
    return links.public_address(path)
