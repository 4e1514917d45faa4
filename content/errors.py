"""The designed error pages of the whole site: 400, 403 (and a stale form token), 404 and 500.

A 500 caused by a database or cache that is down or hung is a 503 (`server_error`): a page in the
address's language, JSON under /api/, and a patient's unsent message shown back, ready to resend.
"""

import logging
import re
import sys
import time

from django import db
from django import forms as django_forms
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from content.notices.models import Clinic
from content.patient_messages.forms import (
    HONEYPOT_FIELD,
    MESSAGE_MIN_SECONDS,
    STARTED_FIELD,
    PatientMessageForm,
    form_started_token,
)

logger = logging.getLogger(__name__)

# What a request meets when a server it needs is down or hung (see portal.resilience): not a bug.
UNAVAILABLE = (db.OperationalError, db.InterfaceError, RedisConnectionError, RedisTimeoutError)
RETRY_AFTER_SECONDS = 30
CONTACT_PATH = re.compile(r"^/(?:fr|en)/(?:[^/]+/)*(?P<clinic_slug>[-\w]+)/contact/$")


def csrf_failure(request, reason=""):
    # The form's safety token was missing or stale (cookies blocked, a page left open for days).
    return TemplateResponse(request, "403_csrf.html", status=403).render()


def bad_request(request, exception=None):
    # A body the site cannot read (malformed, too many fields): rendered without the database,
    # since the request may have failed before the session or the language were set up.
    language = get_language_from_path(request.path_info) or "fr"
    with translation.override(language):
        response = TemplateResponse(request, "400.html", {"language": language}, status=400)
        return response.render()


def permission_denied(request, exception=None):
    return TemplateResponse(request, "403.html", status=403).render()


def page_not_found(request, exception=None):
    # A program reading the data (under /api/, or any .json address) gets JSON, not a page; an
    # unknown address under /api/ is first sent to its language's /<lang>/api/, which answers JSON.
    path = request.path_info
    language = get_language_from_path(path)
    if language and path.startswith(f"/{language}/"):
        path = path[len(language) + 1 :]
    if path.startswith("/api/") or path.endswith(".json"):
        return JsonResponse({"error": "not_found"}, status=404)
    return TemplateResponse(request, "404.html", {"not_found": True}, status=404).render()


def _unavailable_cause(error: BaseException | None) -> BaseException | None:
    """The database or cache failure behind this exception, if one is in its chain."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, UNAVAILABLE):
            return error
        seen.add(id(error))
        # Only what an exception was raised *from*: a bug raised while handling a failure is a bug.
        error = error.__cause__
    return None


class _MessageShownBack(django_forms.Form):
    """The patient message form as it was sent, to send again; built without the database."""

    kind = PatientMessageForm.base_fields["kind"]
    use = django_forms.CharField(required=False, widget=django_forms.HiddenInput)
    message = PatientMessageForm.base_fields["message"]
    name = PatientMessageForm.base_fields["name"]
    email = PatientMessageForm.base_fields["email"]
    started = django_forms.CharField(required=False, widget=django_forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].widget.attrs.pop("maxlength", None)


def _message_shown_back(request) -> _MessageShownBack | None:
    """What a patient typed in the message form whose sending failed, with a fresh form token."""
    match = CONTACT_PATH.match(request.path_info)
    if request.method != "POST" or match is None:
        return None
    try:
        data = request.POST
    except Exception:  # a body that cannot be read again
        return None
    if not data.get("message") or data.get(HONEYPOT_FIELD):
        return None
    # An unsaved clinic: the token signs the slug only, and this page reads no database.
    token = form_started_token(
        clinic=Clinic(slug=match["clinic_slug"]), at=time.time() - MESSAGE_MIN_SECONDS
    )
    initial = {field: data.get(field, "") for field in ("kind", "use", "message", "name", "email")}
    return _MessageShownBack(initial={**initial, STARTED_FIELD: token})


def _service_unavailable(request, *, cause: BaseException, language: str):
    """The designed 503: a page in the address's language, JSON under /api/, never the database."""
    form = _message_shown_back(request)
    # One line, without what was typed or who sent it; Django's own traceback is not needed.
    # The database's or Redis's own words say which part failed and how; they hold no form data.
    logger.warning(
        "Service unavailable (%s: %s): %s %s answered 503%s.",
        type(cause).__name__,
        str(cause).strip().splitlines()[0][:200] if str(cause).strip() else "",
        request.method,
        request.path,
        ", the message shown back unsent" if form is not None else "",
    )
    if request.path_info.startswith("/api/"):
        messages = {}
        for code in ("fr", "en"):
            with translation.override(code):
                messages[code] = _(
                    "Le service est momentanément indisponible. Réessayez dans quelques minutes."
                )
        response = JsonResponse(
            {
                "error": "service_unavailable",
                "message": messages,
                "retry_after": RETRY_AFTER_SECONDS,
            },
            status=503,
            json_dumps_params={"ensure_ascii": False},
        )
    else:
        with translation.override(language):
            context = {"language": language, "form": form, "form_url": request.path}
            response = TemplateResponse(request, "503.html", context, status=503)
            response.template_name = "503.html"
            response.render()
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    response._has_been_logged = True
    return response


@requires_csrf_token
def server_error(request):
    # Rendered without the database or context processors: whatever broke must not break this page.
    # Django calls it inside its `except`: a server that is down or hung is told from a bug.
    language = get_language_from_path(request.path_info) or "fr"
    cause = _unavailable_cause(sys.exc_info()[1])
    if cause is not None:
        return _service_unavailable(request, cause=cause, language=language)
    if request.path_info.startswith("/api/"):
        return JsonResponse({"error": "server_error"}, status=500)
    with translation.override(language):
        response = TemplateResponse(request, "500.html", {"language": language}, status=500)
        response.template_name = "500.html"
        return response.render()
