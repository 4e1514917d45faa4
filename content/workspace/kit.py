"""The take-away kit of a clinic's notice: every form in which patients may meet the notice in force.

Shown on the clinic's page of the workspace (`views._clinic_page`) to its editors and reviewers,
as links only: the addresses come from what notices expose (`content.notices.links`), never from
the clinic's rows, and there is no kit while no notice is in force.
"""

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from content.notices.document import published_versions
from content.notices.links import (
    BADGE_HEIGHT,
    BADGE_WIDTH,
    notice_embed_snippet,
    notice_links_by_language,
)
from content.notices.models import Clinic

# "A website in French": how the kit names the language of each badge's code.
LANGUAGE_NAMES = {"fr": _("en français"), "en": _("en anglais")}


def clinic_kit(*, clinic: Clinic, request: HttpRequest) -> dict | None:
    """The kit of the clinic's notice in force, or None while the clinic has none.

    Returns {"languages": {code: links}, "first": the French links, "current": those of the
    language being read, "fr": ..., "en": ..., and the badge's "badge_width" and "badge_height"}. Each language's links are those of
    `notice_links_by_language` ("notice", "print", "poster", "table_card", "poster_bilingual",
    "qr", "qr_png", "public", "badge"...) with "snippet", the HTML of the badge for the clinic's
    own website, and "language_name" ("en français"). A language without a live directory page is
    left out.
    """
    if not clinic.live or not published_versions(clinic.slug).exists():
        return None
    languages = notice_links_by_language(
        clinic_id=clinic.pk, clinic_slug=clinic.slug, request=request
    )
    if not languages:
        return None
    for language, links in languages.items():
        links["snippet"] = notice_embed_snippet(
            notice_url=links["public"], badge_path=links["badge"], language=language
        )
        links["language_name"] = LANGUAGE_NAMES.get(language, language)
    first = next(iter(languages.values()))
    return {
        "languages": languages,
        "first": first,
        "current": languages.get(translation.get_language(), first),
        "badge_width": BADGE_WIDTH,
        "badge_height": BADGE_HEIGHT,
        **languages,
    }
