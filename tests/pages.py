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


# The demo clinics a test talks about: the practice with two versions, and the centre whose
# English notice falls back to French for two texts.
DEMO_CLINIC_WITH_HISTORY = "cabinet-medical-des-tilleuls"
DEMO_CLINIC_WITH_FALLBACK = "centre-imagerie-du-parc"
DEMO_CLINIC_WITH_CHATBOT = "urgences-ch-vernouillac"


def directory_url(language: str) -> str:
    from content.notices.pages import ClinicDirectoryPage

    return ClinicDirectoryPage.objects.get(locale__language_code=language).url


def notice_url(clinic_slug: str, language: str, route: str = "") -> str:
    """The address of a demo clinic's notice (or one of its routes) in one language."""
    return directory_url(language) + clinic_slug + "/" + route


# Demo visit cards (content/demo/visits.py): the practice's card naming two tools, and the
# emergency department's, whose triage chatbot talks to the patient.
DEMO_VISIT_TWO_TOOLS = "6T84K-NA3TM-3MPGM"
DEMO_VISIT_CHATBOT = "CD8GG-ZHH4Z-C8B9G"
# A code no card holds: its page is the visit layer's 404.
UNKNOWN_VISIT_CODE = "22222-22222-22222"


def visit_url(code: str, language: str, route: str = "") -> str:
    return f"/{language}/v/{code}/{route}"
