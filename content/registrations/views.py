"""The public pages of the registration form: the form, "check your inbox", and the confirmation.

A submission is shown again with its errors next to each field (400); dropped silently when a robot
filled the trap; shown back, everything typed kept, when its network, its address or the portal
sent its share (429 with Retry-After, `limits`); or stored, counted and confirmed by an email
link. The link confirms the address once (the request then goes to the portal's editors); a link
used again, too old or unknown gets a page of its own. Every response is `no-store`.
"""

import logging
import math
import time

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from content.throttle import client_ip, ip_for_log

from .forms import RegistrationForm
from .limits import registration_counted, registration_wait
from .services import (
    ALREADY_CONFIRMED,
    CONFIRMATION_DAYS,
    CONFIRMED,
    EXPIRED,
    registration_confirm,
    registration_submit,
)

security_log = logging.getLogger("content.security")


def _form_page(request, form, *, status=200, template="registrations/register.html", **extra):
    return TemplateResponse(request, template, {"form": form, **extra}, status=status)


def _registration_store(form: RegistrationForm) -> None:
    data = form.cleaned_data
    registration_submit(
        name=data["name"],
        kind=data["kind"],
        street_address=data["street_address"],
        postcode=data["postcode"],
        city=data["city"],
        requester_name=data["requester_name"],
        requester_email=data["requester_email"],
        requester_role=data["requester_role"],
        language=translation.get_language(),
        **data["identifier"],
    )


def _sent():
    response = redirect("registrations:sent")
    response.status_code = 303
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def register(request):
    """The form (GET) and its submission (POST, then "check your inbox")."""
    if request.method != "POST":
        return _form_page(request, RegistrationForm())
    form = RegistrationForm(request.POST)
    ip = client_ip(request)
    if form.trap_filled():
        # A robot sees the same page as anyone: nothing stored, nothing sent, nothing counted.
        security_log.info("Registration request dropped as automated, from %s.", ip_for_log(ip))
        return _sent()
    if not form.is_valid():
        return _form_page(request, form, status=400)
    now = time.time()
    wait = registration_wait(ip=ip, email=form.email, now=now)
    if wait:
        security_log.warning("Registration request refused: too many from %s.", ip_for_log(ip))
        response = _form_page(
            request,
            form,
            status=429,
            template="registrations/too_many.html",
            minutes=math.ceil(wait / 60),
        )
        response["Retry-After"] = str(wait)
        return response
    _registration_store(form)
    registration_counted(ip=ip, email=form.email, now=now)
    return _sent()


@never_cache
@require_GET
def register_sent(request):
    """Check your inbox: the link, how long it works, what to do when nothing arrives."""
    return TemplateResponse(request, "registrations/sent.html", {"days": CONFIRMATION_DAYS})


@never_cache
@require_GET
def register_confirm(request, secret: str):
    """The link of the confirmation email: confirms once, then says it already did."""
    registration, outcome = registration_confirm(secret=secret, now=timezone.now())
    context = {"registration": registration, "days": CONFIRMATION_DAYS}
    if outcome == CONFIRMED:
        return TemplateResponse(request, "registrations/confirmed.html", context)
    if outcome == ALREADY_CONFIRMED:
        context["already"] = True
        return TemplateResponse(request, "registrations/confirmed.html", context)
    context["expired"] = outcome == EXPIRED
    return TemplateResponse(
        request,
        "registrations/link_invalid.html",
        context,
        status=410 if context["expired"] else 404,
    )
