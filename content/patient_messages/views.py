"""The public views of the patient message form: the form, its thank-you page, and its refusals.

The notices' directory page routes `<clinic>/contact/` and `<clinic>/contact/sent/` here (see
`wagtail_hooks`). A submission is shown again with its errors (400); dropped silently when a robot
filled the trap or sent a valid form too fast or unsigned; shown back, everything typed kept, when
its form was shown more than 12 hours ago or already sent another message (400), when it weighs
more than 10 kB (413), or when its network sent this clinic its share (429, `limits`); or stored,
counted and announced to the clinic by a link only. Refusals give the clinic's phone number. A
patient's refusal of a tool is thanked on a page of its own (`?kind=decline`): what the clinic does
with it and by when. Every response is `no-store`; none of them logs or emails what the patient
wrote (PRIV-05, PRIV-10).
A body over the site's limit never reaches this view: `portal.request_size` answers it.
"""

import logging
import math
import time

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from content.explainers.models import FooterLinks
from content.notices.document import published_clinic
from content.notices.links import notice_links
from content.notices.models import Clinic
from content.throttle import client_ip, ip_for_log
from content.vocabulary import MessageKind

from .emails import message_notify
from .exchange import message_receive
from .forms import (
    STARTED_FIELD,
    TOKEN_OTHER_MESSAGE,
    TOKEN_SAME_MESSAGE,
    PatientMessageForm,
    form_started_token,
    form_token_release,
    form_token_spend,
    message_preselection,
)
from .limits import message_counted, message_wait
from .models import REFUSAL_CONFIRM_WORKING_DAYS

security_log = logging.getLogger("content.security")

MESSAGE_MAX_BODY_BYTES = 10 * 1024


def _privacy_page(request):
    page = FooterLinks.for_request(request).privacy_page
    if page is None:
        return None
    localized = page.localized
    return localized if localized.live else None


def _context(request, *, page, clinic: Clinic, route: str) -> dict:
    return {
        "page": page,
        "self": page,
        "clinic": clinic,
        "links": notice_links(page=page, clinic_slug=clinic.slug, request=request),
        "form_url": page.notice_url(clinic.slug, "contact/", request=request),
        "route_suffix": f"{clinic.slug}/{route}",
        "privacy_page": _privacy_page(request),
        "refusal_days": REFUSAL_CONFIRM_WORKING_DAYS,
    }


def _body_too_large(request) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > MESSAGE_MAX_BODY_BYTES


def _form_page(
    request,
    *,
    page,
    clinic,
    form,
    status=200,
    template="patient_messages/message_form.html",
    **extra,
):
    context = _context(request, page=page, clinic=clinic, route="contact/")
    context.update(form=form, **extra)
    return TemplateResponse(request, template, context, status=status)


def _dropped(sent, *, ip: str):
    # A robot sees the same thank-you as anyone: nothing stored, nothing sent, nothing counted.
    security_log.info("Patient message dropped as automated, from %s.", ip_for_log(ip))
    return sent


def _too_many(request, *, page, clinic: Clinic, form, ip: str, wait: int, now: float):
    """The 429 page: the message shown back, ready to send later, and when; Retry-After."""
    security_log.warning("Patient message refused: too many from %s.", ip_for_log(ip))
    response = _form_page(
        request,
        page=page,
        clinic=clinic,
        form=form.shown_again(now=now),
        status=429,
        template="patient_messages/too_many.html",
        minutes=math.ceil(wait / 60),
    )
    response["Retry-After"] = str(wait)
    return response


def _message_store(form: PatientMessageForm, *, clinic: Clinic, ip: str, now: float) -> None:
    try:
        message = message_receive(
            clinic=clinic,
            kind=form.cleaned_data["kind"],
            body=form.cleaned_data["message"],
            use=form.cleaned_data["use"],
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            phone=form.cleaned_data["phone"],
            language=translation.get_language(),
            visit=form.cleaned_data["visit"],
        )
    except Exception:
        # Not stored: the same form, sent again, must be taken.
        form_token_release(token=form.token)
        raise
    message_counted(clinic=clinic, ip=ip, now=now)
    message_notify(message=message)


def _message_post(request, *, page, clinic: Clinic):
    ip = client_ip(request)
    now = time.time()
    form = PatientMessageForm(request.POST, clinic=clinic)
    where = {"request": request, "page": page, "clinic": clinic}
    if _body_too_large(request):
        # Between 10 kB and the site's limit the body is read, so the patient gets it back.
        security_log.info("Patient message refused: body too large from %s.", ip_for_log(ip))
        return _form_page(
            **where,
            form=form.shown_again(now=now),
            status=413,
            template="patient_messages/too_large.html",
        )

    sent = HttpResponseRedirect(page.notice_url(clinic.slug, "contact/sent/", request=request))
    sent.status_code = 303
    if form.trap_filled():
        return _dropped(sent, ip=ip)
    # A patient who sends the empty form at once sees what is missing, not a false thank-you;
    # correcting mistakes never counts against the limit.
    if not form.is_valid():
        return _form_page(**where, form=form, status=400)
    if form.sent_too_fast(now=now):
        return _dropped(sent, ip=ip)
    if form.token_expired(now=now):
        return _form_page(**where, form=form.shown_again(now=now), status=400, reason="expired")
    if form.cleaned_data["kind"] == MessageKind.DECLINE:
        sent["Location"] += f"?kind={MessageKind.DECLINE}"

    spent = form_token_spend(token=form.token, content=form.content())
    if spent == TOKEN_SAME_MESSAGE:
        return sent  # a second click: the first one stored the message
    if spent == TOKEN_OTHER_MESSAGE:
        return _form_page(**where, form=form.shown_again(now=now), status=400, reason="used")
    # Only stored messages count: ask first, count once stored.
    wait = message_wait(clinic=clinic, ip=ip, now=now)
    if wait:
        form_token_release(token=form.token)
        return _too_many(**where, form=form, ip=ip, wait=wait, now=now)
    _message_store(form, clinic=clinic, ip=ip, now=now)
    return sent


def message_form_view(request, *, page, clinic_slug: str):
    """The form (GET, ?use= and ?kind= preselect) and its submission (POST, then redirect)."""
    clinic = published_clinic(clinic_slug)
    if request.method == "POST":
        response = _message_post(request, page=page, clinic=clinic)
    elif request.method in ("GET", "HEAD"):
        initial = message_preselection(query=request.GET, clinic=clinic, request=request)
        initial[STARTED_FIELD] = form_started_token(clinic=clinic)
        form = PatientMessageForm(clinic=clinic, initial=initial)
        response = _form_page(request, page=page, clinic=clinic, form=form)
    else:
        response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    add_never_cache_headers(response)
    return response


def message_sent_view(request, *, page, clinic_slug: str):
    """The thank-you page: what happens next, by when for a refusal, and how long it is kept."""
    clinic = published_clinic(clinic_slug)
    context = _context(request, page=page, clinic=clinic, route="contact/sent/")
    context["refusal"] = request.GET.get("kind") == MessageKind.DECLINE
    context["retention_months"] = round(settings.PATIENT_MESSAGE_RETENTION_DAYS * 12 / 365)
    response = TemplateResponse(request, "patient_messages/message_sent.html", context)
    add_never_cache_headers(response)
    return response
