"""Find the demo pages a test talks about, by their demo key and language."""

from wagtail.models import Page

from content.demo.loader import translation_key_for

# One page of each type, with the demo key that names it.
PAGE_TYPES = {
    "home": "home",
    "section": "section-understand",
    "article": "how-clinicians-use-ai",
    "standard": "page-legal",
    "glossary": "page-glossary",
}


def demo_page(key: str, language: str) -> Page:
    return Page.objects.get(
        translation_key=translation_key_for(key), locale__language_code=language
    ).specific


def demo_url(key: str, language: str) -> str:
    return demo_page(key, language).url
