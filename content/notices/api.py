"""The notices as data: each published notice as JSON, both languages in one document, and its schema.

These views sit outside the language prefix (`portal/urls.py`); anyone may read them. The JSON is
the published record of the notice in force, exactly as approved (`document.published_version`).
"""

import json
from pathlib import Path

from csp.constants import NONE
from csp.decorators import csp
from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from content.page_cache import notice_tag, page_cache_keep_at_most, page_cache_tags

from .addresses import former_slug_redirect
from .document import notice_served, published_version, review_state_seconds
from .links import BADGE_HEIGHT, BADGE_TITLE, BADGE_WIDTH, directory_urls, public_address

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


def notice_urls(request, slug: str) -> dict[str, str]:
    """The absolute addresses of a clinic's notice page, in each language."""
    return {
        language: request.build_absolute_uri(f"{directory}{slug}/")
        for language, directory in directory_urls(request).items()
    }


def notice_json(request, slug: str):
    """The published notice of one clinic, both languages, as JSON (schema: notice_schema).

    It holds its review state, which changes with the day: a kept copy lasts until midnight.
    """
    page_cache_tags(request, notice_tag(slug))
    try:
        version = published_version(slug)
    except Http404:
        moved = former_slug_redirect(request, prefix=reverse("notice_list"), former_slug=slug)
        if moved:
            return moved
        # A program asked: it reads JSON, not the HTML page meant for people.
        return JsonResponse({"error": "not_found", "id": slug}, status=404)
    page_cache_keep_at_most(request, review_state_seconds())
    payload = notice_served(
        version,
        urls=notice_urls(request, slug),
        schema_url=request.build_absolute_uri(reverse("notice_schema")),
        today=timezone.localdate(),
    )
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 2})
    # Public data, meant for other services to read.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def notice_schema_served() -> bytes:
    """The schema, naming as its `$id` its address at the portal's public address."""
    schema = json.loads(SCHEMA_PATH.read_text())
    schema["$id"] = public_address(reverse("notice_schema"))
    return json.dumps(schema, ensure_ascii=False, indent=2).encode()


def notice_schema(request):
    page_cache_tags(request)
    response = HttpResponse(notice_schema_served(), content_type="application/schema+json")
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
    try:
        published_version(slug)
    except Http404:
        # Clinics' websites show the badge for years: a former slug still finds it.
        moved = former_slug_redirect(request, prefix=reverse("notice_list"), former_slug=slug)
        if moved:
            return moved
        raise
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
