"""The public views of clinic notices: directory, notice, print view, poster, QR code, versions, JSON.

The routes of `ClinicDirectoryPage` call these; the JSON views sit outside the language prefix.
"""

import hashlib
import json
import logging
from pathlib import Path

import segno
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.search.backends import get_search_backend

from .models import Clinic, ClinicDirectoryPage, NoticeVersion
from .notices import current_version, expectations_answered, notice_document, published_clinics

logger = logging.getLogger(__name__)
DIRECTORY_QUERY_MAX_LENGTH = 100
POSTER_CACHE_SECONDS = 24 * 60 * 60
SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "notice.schema.json"


def _published(clinic_slug: str) -> Clinic:
    return get_object_or_404(published_clinics(), slug=clinic_slug)


def directory_clinics(*, query: str):
    """Clinics with a published notice whose name or city matches the query (all when empty)."""
    clinics = Clinic.objects.filter(live=True).order_by("name")
    if not query:
        return clinics
    return get_search_backend().autocomplete(
        query, clinics, operator="and", order_by_relevance=False
    )


def directory_view(request, *, page: ClinicDirectoryPage):
    query = request.GET.get("q", "").strip()[:DIRECTORY_QUERY_MAX_LENGTH]
    clinics = list(directory_clinics(query=query))
    return TemplateResponse(
        request,
        page.template,
        {"page": page, "self": page, "directory_query": query, "clinics": clinics},
    )


def notice_links(*, page: ClinicDirectoryPage, clinic_slug: str, request) -> dict[str, str]:
    """The addresses of every form of one notice, for the page being read."""
    return {
        "notice": page.notice_url(clinic_slug, request=request),
        "print": page.notice_url(clinic_slug, "print/", request=request),
        "poster": page.notice_url(clinic_slug, "poster/", request=request),
        "qr": page.notice_url(clinic_slug, "qr/", request=request),
        "versions": page.notice_url(clinic_slug, "versions/", request=request),
        "json": reverse("notice_json", args=[clinic_slug]),
    }


def _notice_context(request, *, page, clinic, document, route_suffix=""):
    return {
        "page": page,
        "self": page,
        "clinic": clinic,
        "notice": document,
        "notice_language": translation.get_language(),
        "links": notice_links(page=page, clinic_slug=clinic.slug, request=request),
        "route_suffix": route_suffix,
    }


def notice_view(request, *, page, clinic_slug: str, version_number: int | None = None):
    clinic = _published(clinic_slug)
    version = current_version(clinic)
    if version_number is None:
        document = notice_document(clinic=clinic, version=version)
        suffix = f"{clinic.slug}/"
    else:
        archived = get_object_or_404(NoticeVersion, clinic=clinic, number=version_number)
        document = archived.document
        suffix = f"{clinic.slug}/versions/{version_number}/"
    context = _notice_context(
        request, page=page, clinic=clinic, document=document, route_suffix=suffix
    )
    context["archived"] = version_number is not None and (
        version is None or version.number != version_number
    )
    if version_number is None:
        context["expectations"] = expectations_answered(clinic=clinic)
    return TemplateResponse(request, "pages/notice.html", context)


def notice_print_view(request, *, page, clinic_slug: str):
    clinic = _published(clinic_slug)
    document = notice_document(clinic=clinic, version=current_version(clinic))
    context = _notice_context(
        request, page=page, clinic=clinic, document=document, route_suffix=f"{clinic.slug}/print/"
    )
    return TemplateResponse(request, "pages/notice_print.html", context)


def notice_qr_svg(url: str) -> str:
    """An SVG QR code for the address, dark on light, with a quiet zone, medium error correction."""
    return segno.make(url, error="m").svg_inline(scale=4, dark="#111", light="#fff")


def notice_qr_view(request, *, page, clinic_slug: str):
    clinic = _published(clinic_slug)
    url = request.build_absolute_uri(page.notice_url(clinic.slug, request=request))
    return HttpResponse(notice_qr_svg(url), content_type="image/svg+xml")


def notice_poster_pdf(*, clinic: Clinic, document: dict, notice_url: str, language: str) -> bytes:
    """The A4 waiting-room poster of a notice, as PDF bytes, in the language asked."""
    import weasyprint

    svg = segno.make(notice_url, error="m").svg_data_uri(scale=4, dark="#111")
    with translation.override(language):
        html = render_to_string(
            "notices/poster.html",
            {
                "clinic": clinic,
                "notice": document,
                "notice_language": language,
                "notice_url": notice_url,
                "qr_data_uri": svg,
                "ai_decides": any(
                    use["decision_role"]["code"] == "decides" for use in document["uses"]
                ),
            },
        )
    stylesheet = weasyprint.CSS(filename=str(settings.BASE_DIR / "static" / "css" / "poster.css"))
    # The poster may load nothing but the QR code it carries: no file, no network.
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(stylesheets=[stylesheet])


def notice_poster_view(request, *, page, clinic_slug: str):
    clinic = _published(clinic_slug)
    document = notice_document(clinic=clinic, version=current_version(clinic))
    url = request.build_absolute_uri(page.notice_url(clinic.slug, request=request))
    language = translation.get_language()
    # Rendering costs about half a second: keep each poster until what it shows changes.
    fingerprint = hashlib.sha256(
        json.dumps([document, url, language], sort_keys=True).encode()
    ).hexdigest()
    try:
        pdf = cache.get_or_set(
            f"notice-poster:{fingerprint}",
            lambda: notice_poster_pdf(
                clinic=clinic, document=document, notice_url=url, language=language
            ),
            timeout=POSTER_CACHE_SECONDS,
        )
    except OSError:
        # WeasyPrint needs the Pango library; a server without it still offers the print view.
        logger.exception("The poster could not be rendered (is Pango installed?)")
        context = _notice_context(request, page=page, clinic=clinic, document=document)
        return TemplateResponse(request, "notices/poster_unavailable.html", context, status=503)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"{clinic.slug}-{language}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def notice_versions_view(request, *, page, clinic_slug: str):
    clinic = _published(clinic_slug)
    versions = list(clinic.versions.order_by("-number").only("number", "published_at", "changes"))
    context = _notice_context(
        request,
        page=page,
        clinic=clinic,
        document={"id": clinic.slug, "name": clinic.name},
        route_suffix=f"{clinic.slug}/versions/",
    )
    context["versions"] = versions
    return TemplateResponse(request, "pages/notice_versions.html", context)


def _directory_pages() -> dict[str, ClinicDirectoryPage]:
    return {
        page.locale.language_code: page
        for page in ClinicDirectoryPage.objects.live().select_related("locale")
    }


def notice_json(request, slug: str):
    """The published notice of one clinic, both languages, as JSON (schema: notice_schema)."""
    clinic = _published(slug)
    document = notice_document(clinic=clinic, version=current_version(clinic))
    urls = {}
    for language, directory in _directory_pages().items():
        with translation.override(language):
            urls[language] = request.build_absolute_uri(directory.notice_url(slug))
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
    response = HttpResponse(SCHEMA_PATH.read_bytes(), content_type="application/schema+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response
