"""The public pages of a visit card: `/<lang>/v/<code>/`, its printed A6 card and its QR code.

A code typed in lower case or without its hyphens is sent (301) to its printed form. An unknown
code gets a designed 404, an expired one a designed 410 (`cards.card_expired`); a network that
asked for too many unknown codes gets a designed 429 before any lookup, so that codes cannot be
crawled. Only misses count. A card's page shows the notice version in force on the day of the
visit; it is kept by the page cache like the notice, sets no cookie, and every answer says
`noindex` and sends no referrer: the code is in the address.
"""

import hashlib
import json
import logging
import math
from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models import Max
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from content.notices.facts import clinic_facts_from_document
from content.notices.links import directory_url
from content.notices.models import Clinic
from content.notices.rules.legal import legal_reference
from content.notices.rules.rights import notice_rights
from content.page_cache import notice_tag, page_cache_tags
from content.throttle import client_ip, ip_for_log

from .cards import VisitReading, card_expired, card_expires_at, cards_with_everything
from .cards import visit_card_read as card_read
from .codes import code_read
from .misses import miss_count, miss_wait
from .models import VisitCard
from .printed import DESIGN_VERSION, visit_card_pdf, visit_qr_svg
from .sentence import card_address

security_log = logging.getLogger("content.security")
logger = logging.getLogger(__name__)

CARD_CACHE_SECONDS = 24 * 60 * 60


def visit_tag(code: str) -> str:
    return f"visit:{code}"


def _kept_at_most() -> timedelta:
    """How long a kept copy of a page may still be served, by the page cache or a shared cache."""
    return timedelta(
        seconds=max(
            settings.PAGE_CACHE_SECONDS,
            settings.PAGE_CACHE_SHARED_SECONDS
            + settings.PAGE_CACHE_STALE_SECONDS
            + settings.PAGE_CACHE_STALE_IF_ERROR_SECONDS,
        )
    )


def _private_headers(response: HttpResponse) -> HttpResponse:
    """No search engine lists it, no site it links to learns its address (the code is in it)."""
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _page(request, template: str, context: dict, *, status: int = 200) -> TemplateResponse:
    context = {"directory_url": directory_url(request), **context}
    return _private_headers(TemplateResponse(request, template, context, status=status))


def _too_many(request, *, wait: int) -> TemplateResponse:
    security_log.warning(
        "Visit codes refused: too many unknown codes from %s.", ip_for_log(client_ip(request))
    )
    response = _page(request, "visits/too_many.html", {"minutes": math.ceil(wait / 60)}, status=429)
    response["Retry-After"] = str(wait)
    return response


def _not_found(request) -> TemplateResponse:
    miss_count(request)
    return _page(request, "visits/not_found.html", {}, status=404)


def _clinic_now(card: VisitCard) -> dict | None:
    """The clinic's slug and the number of its notice in force, if its notice is still online."""
    return (
        Clinic.objects.filter(pk=card.clinic_id, live=True)
        .annotate(latest=Max("versions__number"))
        .values("slug", "latest")
        .first()
    )


def _notice_urls(request, clinic: dict | None, version_number: int) -> dict[str, str]:
    """The addresses of the clinic's notice in force, of the version of the card and its form."""
    directory = directory_url(request)
    if clinic is None or not directory:
        return {}
    base = f"{directory}{clinic['slug']}/"
    return {
        "notice": base,
        "version": f"{base}versions/{version_number}/",
        "contact": f"{base}contact/",
    }


def _gone(request, *, card: VisitCard) -> TemplateResponse:
    document = card.version.document
    clinic = _clinic_now(card)
    context = {
        "clinic": document,
        "lifetime_months": settings.VISIT_CARD_LIFETIME_MONTHS,
        "expired_at": card_expires_at(card),
        "links": _notice_urls(request, clinic, card.version.number),
        "phone": (document.get("contacts", {}).get("ai") or {}).get("phone")
        or document.get("phone", ""),
    }
    return _page(request, "visits/gone.html", context, status=410)


def _card_or_refusal(request, code: str, *, route: str) -> VisitCard | HttpResponse:
    """The live card this address names, or the answer that refuses it (429, 301, 404, 410)."""
    wait = miss_wait(request)
    if wait:
        return _too_many(request, wait=wait)
    printed = code_read(code)
    if printed is None:
        return _not_found(request)
    if printed != code:
        return _private_headers(
            HttpResponsePermanentRedirect(reverse(route, kwargs={"code": printed}))
        )
    # What the page shows is named before it is read (content.page_cache).
    page_cache_tags(request, visit_tag(printed))
    card = cards_with_everything([printed]).first()
    if card is None:
        return _not_found(request)
    if card_expired(card):
        return _gone(request, card=card)
    page_cache_tags(request, notice_tag(card.version.document.get("id", "")))
    return card


def _refusing(view: Callable, *, route: str) -> Callable:
    """The view of one card at `route`: it gets the card, or the request gets the refusal."""

    def wrapped(request, code: str):
        found = _card_or_refusal(request, code, route=route)
        if isinstance(found, HttpResponse):
            return found
        response = _private_headers(view(request, found))
        # A kept page must not outlive its card, in the page cache or in a shared cache in front,
        # which may serve it stale while the portal is down: near its end, it is not kept.
        if card_expires_at(found) - timezone.now() < _kept_at_most():
            patch_cache_control(response, private=True, no_cache=True)
        return response

    return wraps(view)(wrapped)


# --- What the page says ----------------------------------------------------------------------


def _tools_named(reading: VisitReading, positions, anchors: dict[int, dict]) -> list[dict]:
    return [anchors[index] for index in positions if index in anchors]


def visit_rights(reading: VisitReading) -> dict:
    """The rights of the notice that concern this visit's tools (or all tools), naming its tools.

    Each right has its text, its legal references (none for a commitment) and, when it concerns
    only some of the visit's tools, those tools (name, anchor on the notice).
    """
    document = reading.document
    uses = document.get("uses", [])
    anchors = {
        index: {"name": tool.name, "anchor": tool.anchor}
        for index, use in enumerate(uses)
        for tool in reading.tools
        if tool.use_id == use["id"]
    }
    rights = notice_rights(clinic_facts_from_document(document))

    def shown(right) -> dict | None:
        concerned = _tools_named(reading, right.uses, anchors) if right.uses else []
        if right.uses and not concerned:
            return None
        return {
            "key": right.key,
            "text": right.text,
            "references": [legal_reference(key) for key in right.cites],
            # Naming the one tool of a visit says nothing more.
            "tools": concerned if len(concerned) < len(anchors) else [],
        }

    return {
        "legal": [entry for entry in map(shown, rights.legal) if entry],
        "commitments": [entry for entry in map(shown, rights.commitments) if entry],
        "without_commitment": _tools_named(reading, rights.without_commitment, anchors),
    }


def _visit_page(request, card: VisitCard):
    """The visit's page: its tools, who checked them, the notice of that day, the rights."""
    reading = card_read(card, language=translation.get_language())
    clinic = _clinic_now(card)
    links = _notice_urls(request, clinic, reading.version_number)
    context = {
        "reading": reading,
        "code": card.code,
        "clinic": reading.document,
        "links": links,
        "notice_changed": bool(clinic) and clinic["latest"] != reading.version_number,
        "rights": visit_rights(reading),
        "pdf_url": reverse("visit_card_pdf", kwargs={"code": card.code}),
    }
    return _page(request, "visits/visit.html", context)


def _card_pdf(request, card: VisitCard):
    """The printed A6 card in the address's language, kept until its design changes."""
    language = translation.get_language()
    url = card_address(card.code, language)
    fingerprint = hashlib.sha256(
        json.dumps([DESIGN_VERSION, card.code, card.version_id, url, language]).encode()
    ).hexdigest()
    try:
        pdf = cache.get_or_set(
            f"visit-card:{fingerprint}",
            lambda: visit_card_pdf(card_read(card, language=language), url=url, language=language),
            timeout=CARD_CACHE_SECONDS,
        )
    except OSError:
        # WeasyPrint needs the Pango library; without it the page still says everything.
        logger.exception("The visit card could not be rendered (is Pango installed?)")
        return _page(request, "visits/card_unavailable.html", {"code": card.code}, status=503)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="carte-{card.code}-{language}.pdf"'
    return response


def _card_qr(request, card: VisitCard):
    """The QR code of the card's page, carrying its canonical address (PORTAL_PUBLIC_URL)."""
    address = card_address(card.code, translation.get_language())
    return HttpResponse(visit_qr_svg(address), content_type="image/svg+xml")


visit_view = _refusing(_visit_page, route="visit")
visit_card_pdf_view = _refusing(_card_pdf, route="visit_card_pdf")
visit_qr_view = _refusing(_card_qr, route="visit_qr")
