"""The addresses of a notice: what others link to, and the hook through which they add their own.

A function registered with the `register_notice_routes` Wagtail hook returns URL patterns that the
notices' directory page serves under each clinic; their views take (page, request, **kwargs).
"""

from django.urls import reverse

NOTICE_ROUTES_HOOK = "register_notice_routes"


def notice_links(*, page, clinic_slug: str, request) -> dict[str, str]:
    """The addresses of every form of one notice, for the page being read."""
    return {
        "notice": page.notice_url(clinic_slug, request=request),
        "print": page.notice_url(clinic_slug, "print/", request=request),
        "poster": page.notice_url(clinic_slug, "poster/", request=request),
        "qr": page.notice_url(clinic_slug, "qr/", request=request),
        "versions": page.notice_url(clinic_slug, "versions/", request=request),
        "json": reverse("notice_json", args=[clinic_slug]),
    }
