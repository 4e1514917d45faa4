"""A body too large for the site gets the designed 413 page, in the reader's language, unread.

Django's CSRF check reads a POST body before any view does, and past DATA_UPLOAD_MAX_MEMORY_SIZE it
raises RequestDataTooBig: a bare 400 in English. This middleware stands before that check and
decides from the declared Content-Length alone: the body is never parsed nor kept. It is drained
(read and thrown away, 64 kB at a time, up to DRAIN_MAX_BYTES) before the answer, because a server
that closes the connection while the browser is still uploading makes the browser show a reset
connection instead of the page. Public pages and the workspace take no upload; the Wagtail admin,
which takes images and documents, is left to its own limits. Under a contact form's address the
page gives the clinic's phone number.
"""

import logging
import re

from csp.utils import build_policy
from django.conf import settings
from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_from_path

from content.notices.models import Clinic
from portal.middleware import ADMIN_PREFIXES

security_log = logging.getLogger("content.security")

CONTACT_PATH = re.compile(r"/(?P<clinic>[-\w]+)/contact/$")
DRAIN_CHUNK_BYTES = 64 * 1024
# Past this, the connection is closed unread: a client sending that much is not a patient's form.
DRAIN_MAX_BYTES = 64 * 1024 * 1024


def declared_length(request) -> int:
    """The body's length as the client declared it; 0 when it declared none or nonsense."""
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def _drain(request, length: int) -> None:
    if length > DRAIN_MAX_BYTES:
        return
    stream = request.META.get("wsgi.input")
    try:
        while length > 0 and stream is not None:
            chunk = stream.read(min(DRAIN_CHUNK_BYTES, length))
            if not chunk:
                break
            length -= len(chunk)
    except OSError:
        pass  # the client went away: nobody to answer


def _clinic(path: str) -> Clinic | None:
    match = CONTACT_PATH.search(path)
    if match is None:
        return None
    try:
        return Clinic.objects.filter(slug=match["clinic"], live=True).first()
    except DatabaseError:
        return None  # the page without the phone number rather than no page


def too_large(request):
    """The designed 413 page, rendered without the session, the user or the site's navigation."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    clinic = _clinic(request.path_info)
    phone = (clinic.ai_contact_phone or clinic.phone) if clinic else ""
    with translation.override(language):
        context = {"language": language, "clinic": clinic, "phone": phone}
        response = TemplateResponse(request, "413.html", context, status=413).render()
    add_never_cache_headers(response)
    # The policy and framing rules of the inner middleware, which this answer never reaches.
    response["Content-Security-Policy"] = build_policy()
    response["X-Frame-Options"] = "DENY"
    return response


class RequestSizeMiddleware:
    """Refuse, with the 413 page, a body over DATA_UPLOAD_MAX_MEMORY_SIZE outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        length = declared_length(request)
        if (
            limit is not None
            and length > limit
            and not request.path_info.startswith(ADMIN_PREFIXES)
        ):
            security_log.info("Request body of %s bytes refused (limit %s).", length, limit)
            _drain(request, length)
            return too_large(request)
        return self.get_response(request)
