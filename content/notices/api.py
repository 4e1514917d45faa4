"""The notices as data: each published notice as JSON, both languages in one document, and its schema.

These views sit outside the language prefix (`portal/urls.py`); anyone may read them. The JSON is
the published record of the notice in force, exactly as approved (`document.published_version`).
"""

from pathlib import Path

from csp.constants import NONE
from csp.decorators import csp
from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control

from content.page_cache import notice_tag, page_cache_tags, site_memo

from .document import published_version
from .links import BADGE_HEIGHT, BADGE_TITLE, BADGE_WIDTH
from .pages import ClinicDirectoryPage

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "notice.schema.json"
# The badge changes only with the portal's design: other sites' readers may keep it a week.
BADGE_CACHE_SECONDS = 7 * 24 * 3600
# Opened on its own, the image may run nothing, load nothing and be framed by no page.
BADGE_POLICY = {
    "default-src": [NONE],
    "base-uri": [NONE],
    "form-action": [NONE],
    "frame-ancestors": [NONE],
}


def _directory_urls(request) -> dict[str, str]:
    """The directory's address in each language (kept in the site memo)."""

    def build():
        urls = {}
        for page in ClinicDirectoryPage.objects.live().select_related("locale"):
            language = page.locale.language_code
            with translation.override(language):
                urls[language] = page.get_url(request)
        return urls

    return site_memo(("directory_urls", request.get_host()), build)


def notice_json(request, slug: str):
    """The published notice of one clinic, both languages, as JSON (schema: notice_schema)."""
    page_cache_tags(request, notice_tag(slug))
    try:
        document = published_version(slug).document
    except Http404:
        # A program asked: it reads JSON, not the HTML page meant for people.
        return JsonResponse({"error": "not_found", "id": slug}, status=404)
    urls = {
        language: request.build_absolute_uri(f"{directory}{slug}/")
        for language, directory in _directory_urls(request).items()
    }
    payload = {
        "$schema": request.build_absolute_uri(reverse("notice_schema")),
        **document,
        "urls": urls,
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 2})
    # Public data, meant for other services to read.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def notice_schema(request):
    page_cache_tags(request)
    response = HttpResponse(SCHEMA_PATH.read_bytes(), content_type="application/schema+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


@csp(BADGE_POLICY)
def notice_badge(request, slug: str, language: str):
    """The badge of a live notice, an SVG image for the clinic's own website, in one language.

    Other sites show it with a plain `<img>` (`links.notice_embed_snippet`): it may be loaded from
    any origin, is kept a week, sets no cookie and reads nothing of the reader. Refuses with 404 a
    language the portal does not speak and a clinic without a notice in force.
    """
    if language not in dict(settings.LANGUAGES):
        raise Http404
    published_version(slug)
    with translation.override(language):
        svg = render_to_string(
            "notices/badge.svg",
            {
                "language": language,
                "title": str(BADGE_TITLE),
                "width": BADGE_WIDTH,
                "height": BADGE_HEIGHT,
            },
        )
    response = HttpResponse(svg, content_type="image/svg+xml")
    patch_cache_control(response, public=True, max_age=BADGE_CACHE_SECONDS)
    # An image for other sites: the default same-site resource policy would refuse them.
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Access-Control-Allow-Origin"] = "*"
    return response
