"""The public views of clinic notices: directory, notice, print view, poster, QR code, versions.

The routes of `ClinicDirectoryPage` (`content.notices.pages`) call these with the page being read.
Every form of a notice is rendered from its published record (`document.published_version`), never
from the clinic's rows or today's catalogue; each view names what its page shows to the page cache
(`content.page_cache`) before it reads it.
"""

import hashlib
import json
import logging

from django.core.cache import cache
from django.db.models.fields.json import KT
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode

from content.page_cache import DIRECTORY, notice_tag, page_cache_tags, system_tag
from content.vocabulary import ClinicKind

from .directory import COUNTED_AT_MOST, RANKED_AT_MOST, directory_query_from
from .document import (
    catalogue_changes,
    document_system_keys,
    oversight_lines,
    published_version,
    published_versions,
)
from .expectations import expectations_answered
from .links import notice_links, notice_stable_url
from .listing import directory_page_of_results, directory_systems
from .poster import (
    BILINGUAL_POSTER,
    DESIGN_VERSION,
    PRINTED_FORMS,
    notice_printed_pdf,
    notice_qr_svg,
)
from .printing import qr_png

logger = logging.getLogger(__name__)
POSTER_CACHE_SECONDS = 24 * 60 * 60


def not_indexed(response: HttpResponse) -> HttpResponse:
    """The response, marked for search engines as a form of the notice not to list on its own: the
    notice's page is what they index (posters and QR codes are for printing)."""
    response["X-Robots-Tag"] = "noindex"
    return response


def directory_view(request, *, page):
    page_cache_tags(request, DIRECTORY)
    query = directory_query_from(request.GET)
    results = directory_page_of_results(query=query, page_number=request.GET.get("page"))
    systems = directory_systems()
    kept = {"q": query.text, "kind": query.kind, "system": query.system}
    kept = urlencode({name: value for name, value in kept.items() if value})
    context = {
        "page": page,
        "self": page,
        "directory": query,
        "directory_url": page.get_url(request),
        "results": results,
        "ranked_at_most": RANKED_AT_MOST,
        "counted_at_most": COUNTED_AT_MOST,
        "kinds": ClinicKind.choices,
        "kind_label": ClinicKind(query.kind).label if query.kind else "",
        "systems": systems,
        "system_name": dict(systems).get(query.system, query.system),
        "page_query": f"?{kept}&" if kept else "?",
        "respelt_text": " ".join(results.respelt.words) if results.respelt else "",
        # The unfiltered list's page shown is a page of its own for search engines (its canonical
        # address); a search's results are not indexed.
        "listed_page_number": None if query else results.page.number,
    }
    return TemplateResponse(request, page.template, context)


def _notice_context(request, *, page, clinic_slug, document, route_suffix=""):
    return {
        "page": page,
        "self": page,
        "notice": document,
        "notice_language": translation.get_language(),
        "links": notice_links(page=page, clinic_slug=clinic_slug, request=request),
        "route_suffix": route_suffix,
        "oversight_lines": oversight_lines(document),
    }


def _published(request, clinic_slug: str):
    """The notice in force, after naming it and the systems it describes to the page cache."""
    page_cache_tags(request, notice_tag(clinic_slug))
    version = published_version(clinic_slug)
    page_cache_tags(request, *map(system_tag, document_system_keys(version.document)))
    return version


def notice_view(request, *, page, clinic_slug: str, version_number: int | None = None):
    version = _published(request, clinic_slug)
    if version_number is None or version_number == version.number:
        document = version.document
    else:
        archived = published_versions(clinic_slug).filter(number=version_number).first()
        if archived is None:
            raise Http404
        document = archived.document
    suffix = (
        f"{clinic_slug}/" if version_number is None else f"{clinic_slug}/versions/{version_number}/"
    )
    context = _notice_context(
        request, page=page, clinic_slug=clinic_slug, document=document, route_suffix=suffix
    )
    context["archived"] = version_number is not None and version_number != version.number
    if version_number is None:
        context["catalogue_changes"] = catalogue_changes(document)
        context["expectations"] = expectations_answered(document=document)
        # The notice in force can be shared, at the address no rename breaks; an archive is not.
        context["share_url"] = notice_stable_url(version.clinic_id, page.locale.language_code)
    return TemplateResponse(request, "notices/notice.html", context)


def notice_print_view(request, *, page, clinic_slug: str):
    document = _published(request, clinic_slug).document
    context = _notice_context(
        request,
        page=page,
        clinic_slug=clinic_slug,
        document=document,
        route_suffix=f"{clinic_slug}/print/",
    )
    context["catalogue_changes"] = catalogue_changes(document)
    # On paper every tool's details are open.
    context["print_view"] = True
    return TemplateResponse(request, "notices/notice_print.html", context)


def notice_qr_view(request, *, page, clinic_slug: str):
    url = notice_stable_url(_published(request, clinic_slug).clinic_id)
    return not_indexed(HttpResponse(notice_qr_svg(url), content_type="image/svg+xml"))


def notice_qr_png_view(request, *, page, clinic_slug: str):
    """The QR code as a PNG, for word processors and mail that take no SVG; kept like the SVG."""
    url = notice_stable_url(_published(request, clinic_slug).clinic_id)
    response = HttpResponse(qr_png(url), content_type="image/png")
    language = translation.get_language()
    response["Content-Disposition"] = f'inline; filename="{clinic_slug}-qr-{language}.png"'
    return not_indexed(response)


def _notice_urls_by_language(page, clinic_id: int) -> dict[str, str]:
    """The notice's stable address in each language its directory speaks, French first."""
    languages = page.get_translations(inclusive=True).values_list(
        "locale__language_code", flat=True
    )
    urls = {language: notice_stable_url(clinic_id, language) for language in languages}
    return dict(sorted(urls.items(), key=lambda item: item[0] != "fr"))


def _printed_response(request, *, page, clinic_slug: str, form_name: str):
    """One printed form of the notice in force (`poster.PRINTED_FORMS`), kept until it changes."""
    version = _published(request, clinic_slug)
    document = version.document
    form = PRINTED_FORMS[form_name]
    # What is printed stays on a wall for years: the address that outlives any rename.
    url = notice_stable_url(version.clinic_id)
    other_urls = (
        _notice_urls_by_language(page, version.clinic_id) if form is BILINGUAL_POSTER else {}
    )
    language = translation.get_language()
    # Rendering costs half a second or more: keep each form until what it shows changes.
    fingerprint = hashlib.sha256(
        json.dumps(
            [DESIGN_VERSION, form_name, document, url, other_urls, language], sort_keys=True
        ).encode()
    ).hexdigest()
    try:
        pdf = cache.get_or_set(
            f"notice-poster:{fingerprint}",
            lambda: notice_printed_pdf(
                form=form,
                document=document,
                notice_url=url,
                other_urls=other_urls,
                language=language,
            ),
            timeout=POSTER_CACHE_SECONDS,
        )
    except OSError:
        # WeasyPrint needs the Pango library; a server without it still offers the print view.
        logger.exception("The poster could not be rendered (is Pango installed?)")
        context = _notice_context(request, page=page, clinic_slug=clinic_slug, document=document)
        return TemplateResponse(request, "notices/poster_unavailable.html", context, status=503)
    response = HttpResponse(pdf, content_type="application/pdf")
    suffix = {"poster": "", "bilingual": "-bilingual", "table_card": "-table-card"}[form_name]
    filename = f"{clinic_slug}{suffix}-{language}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return not_indexed(response)


def notice_poster_view(request, *, page, clinic_slug: str):
    return _printed_response(request, page=page, clinic_slug=clinic_slug, form_name="poster")


def notice_poster_bilingual_view(request, *, page, clinic_slug: str):
    return _printed_response(request, page=page, clinic_slug=clinic_slug, form_name="bilingual")


def notice_table_card_view(request, *, page, clinic_slug: str):
    return _printed_response(request, page=page, clinic_slug=clinic_slug, form_name="table_card")


def notice_versions_view(request, *, page, clinic_slug: str):
    page_cache_tags(request, notice_tag(clinic_slug))
    versions = list(
        published_versions(clinic_slug)
        .only("number", "published_at", "changes")
        .annotate(clinic_name=KT("document__name"), name_article=KT("document__name_article"))
    )
    if not versions:
        raise Http404
    context = _notice_context(
        request,
        page=page,
        clinic_slug=clinic_slug,
        document={
            "id": clinic_slug,
            "name": versions[0].clinic_name,
            "name_article": versions[0].name_article or "",
        },
        route_suffix=f"{clinic_slug}/versions/",
    )
    context["versions"] = versions
    return TemplateResponse(request, "notices/notice_versions.html", context)
