"""Template tags for the site frame: languages, navigation, breadcrumbs, footer, glossary."""

from anyascii import anyascii
from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from content.explainers.models import FooterLinks, GlossaryTerm

register = template.Library()


def _site_home(request):
    site = Site.find_for_request(request)
    return site.root_page.localized.specific if site else None


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """Each language with the URL of the same page in it (not the home page), current first marked."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated.get_url(request)
    links = []
    # A route of a routable page (a clinic's notice) keeps its place in the other language.
    suffix = context.get("route_suffix", "")
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = translations.get(code)
            if url is None:
                continue
            url += suffix
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[Page]:
    """The home page's menu children in the reader's language."""
    home = _site_home(context["request"])
    if home is None:
        return []
    return list(home.get_children().live().in_menu())


@register.simple_tag(takes_context=True)
def site_home(context):
    return _site_home(context["request"])


@register.simple_tag(takes_context=True)
def breadcrumbs(context) -> list[Page]:
    """The ancestors of the current page below the tree root, home included."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    return list(page.get_ancestors().filter(depth__gt=1))


@register.simple_tag(takes_context=True)
def footer_pages(context) -> list[Page]:
    return FooterLinks.for_request(context["request"]).pages()


@register.simple_tag
def glossary_terms() -> list[GlossaryTerm]:
    """Every term, sorted alphabetically in the active language."""
    return sorted(GlossaryTerm.objects.all(), key=lambda term: anyascii(term.term).casefold())
