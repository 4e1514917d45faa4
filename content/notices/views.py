"""The public views of clinic notices: directory, notice, print view, poster, QR code, versions.

The routes of `ClinicDirectoryPage` (`content.notices.pages`) call these with the page being read.
"""

import hashlib
import json
import logging

from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.search.backends import get_search_backend

from .document import current_version, expectations_answered, notice_document, published_clinic
from .links import notice_links
from .models import Clinic, NoticeVersion
from .poster import notice_poster_pdf, notice_qr_svg

logger = logging.getLogger(__name__)
DIRECTORY_QUERY_MAX_LENGTH = 100
POSTER_CACHE_SECONDS = 24 * 60 * 60


def directory_clinics(*, query: str):
    """Clinics with a published notice whose name or city matches the query (all when empty)."""
    clinics = Clinic.objects.filter(live=True).order_by("name")
    if not query:
        return clinics
    return get_search_backend().autocomplete(
        query, clinics, operator="and", order_by_relevance=False
    )


def directory_view(request, *, page):
    query = request.GET.get("q", "").strip()[:DIRECTORY_QUERY_MAX_LENGTH]
    clinics = list(directory_clinics(query=query))
    return TemplateResponse(
        request,
        page.template,
        {"page": page, "self": page, "directory_query": query, "clinics": clinics},
    )


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
    clinic = published_clinic(clinic_slug)
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
    return TemplateResponse(request, "notices/notice.html", context)


def notice_print_view(request, *, page, clinic_slug: str):
    clinic = published_clinic(clinic_slug)
    document = notice_document(clinic=clinic, version=current_version(clinic))
    context = _notice_context(
        request, page=page, clinic=clinic, document=document, route_suffix=f"{clinic.slug}/print/"
    )
    return TemplateResponse(request, "notices/notice_print.html", context)


def notice_qr_view(request, *, page, clinic_slug: str):
    clinic = published_clinic(clinic_slug)
    url = request.build_absolute_uri(page.notice_url(clinic.slug, request=request))
    return HttpResponse(notice_qr_svg(url), content_type="image/svg+xml")


def notice_poster_view(request, *, page, clinic_slug: str):
    clinic = published_clinic(clinic_slug)
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
    clinic = published_clinic(clinic_slug)
    versions = list(clinic.versions.order_by("-number").only("number", "published_at", "changes"))
    context = _notice_context(
        request,
        page=page,
        clinic=clinic,
        document={"id": clinic.slug, "name": clinic.name},
        route_suffix=f"{clinic.slug}/versions/",
    )
    context["versions"] = versions
    return TemplateResponse(request, "notices/notice_versions.html", context)
