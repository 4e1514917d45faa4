"""The public views of the patient message form: the form, its thank-you page, and its refusals.

The notices' directory page routes `<clinic>/contact/` and `<clinic>/contact/sent/` here (see
`wagtail_hooks`). A submission is counted per address (429 past the limits), refused above 10 kB
(413), dropped silently when a robot filled the trap or sent a valid form too fast, shown again with
its errors (400), or stored and announced to the clinic by a link only. Every response is
`no-store`; none of them logs or emails what the patient wrote (PRIV-05, PRIV-10).
"""

import logging

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from content.explainers.models import FooterLinks
from content.notices.document import published_clinic
from content.notices.links import notice_links
from content.notices.models import Clinic
from content.throttle import attempt_key, client_ip, ip_for_log, rate_count

from .emails import message_notify
from .exchange import message_receive
from .forms import STARTED_FIELD, PatientMessageForm, form_started_token, message_preselection

security_log = logging.getLogger("content.security")

# SEC-19: more than 5 submissions a minute or 50 an hour from one address are refused.
MESSAGE_RATE_LIMITS = ((5, 60), (50, 60 * 60))
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
    }


def _body_too_large(request) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > MESSAGE_MAX_BODY_BYTES


def _form_page(request, *, page, clinic, form, status=200):
    context = _context(request, page=page, clinic=clinic, route="contact/")
    context["form"] = form
    return TemplateResponse(request, "patient_messages/message_form.html", context, status=status)


def _dropped(sent, *, ip: str):
    # A robot sees the same thank-you as anyone: nothing stored, nothing sent.
    security_log.info("Patient message dropped as automated, from %s.", ip_for_log(ip))
    return sent


def _too_many(request, *, page, clinic: Clinic, ip: str) -> TemplateResponse | None:
    """The 429 page when this address already sent its share; None while it may send."""
    key = attempt_key(kind="message-ip", value=ip_for_log(ip))
    wait = rate_count(key=key, limits=MESSAGE_RATE_LIMITS)
    if not wait:
        return None
    security_log.warning("Patient message refused: too many from %s.", ip_for_log(ip))
    context = _context(request, page=page, clinic=clinic, route="contact/")
    context["minutes"] = wait // 60
    response = TemplateResponse(request, "patient_messages/too_many.html", context, status=429)
    response["Retry-After"] = str(wait)
    return response


def _message_post(request, *, page, clinic: Clinic):
    ip = client_ip(request)
    if _body_too_large(request):
        security_log.info("Patient message refused: body too large from %s.", ip_for_log(ip))
        context = _context(request, page=page, clinic=clinic, route="contact/")
        return TemplateResponse(request, "patient_messages/too_large.html", context, status=413)

    form = PatientMessageForm(request.POST, clinic=clinic)
    sent = HttpResponseRedirect(page.notice_url(clinic.slug, "contact/sent/", request=request))
    sent.status_code = 303
    # A patient who sends the empty form at once sees what is missing, not a false thank-you;
    # correcting mistakes never counts against the limit.
    if not form.trap_filled() and not form.is_valid():
        return _form_page(request, page=page, clinic=clinic, form=form, status=400)
    # What would be stored or dropped counts: per network (IPv4 /24, IPv6 /48), so that one
    # host cannot step around the limit with the many addresses it holds.
    refused = _too_many(request, page=page, clinic=clinic, ip=ip)
    if refused is not None:
        return refused
    if form.trap_filled() or form.sent_too_fast():
        return _dropped(sent, ip=ip)
    message = message_receive(
        clinic=clinic,
        kind=form.cleaned_data["kind"],
        body=form.cleaned_data["message"],
        use=form.cleaned_data["use"],
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        language=translation.get_language(),
    )
    message_notify(message=message)
    return sent


def message_form_view(request, *, page, clinic_slug: str):
    """The form (GET, ?use= and ?kind= preselect) and its submission (POST, then redirect)."""
    clinic = published_clinic(clinic_slug)
    if request.method == "POST":
        response = _message_post(request, page=page, clinic=clinic)
    elif request.method in ("GET", "HEAD"):
        initial = message_preselection(query=request.GET, clinic=clinic)
        initial[STARTED_FIELD] = form_started_token(clinic=clinic)
        form = PatientMessageForm(clinic=clinic, initial=initial)
        response = _form_page(request, page=page, clinic=clinic, form=form)
    else:
        response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    add_never_cache_headers(response)
    return response


def message_sent_view(request, *, page, clinic_slug: str):
    """The thank-you page: what happens next, and how long the message is kept."""
    clinic = published_clinic(clinic_slug)
    context = _context(request, page=page, clinic=clinic, route="contact/sent/")
    context["retention_months"] = round(settings.PATIENT_MESSAGE_RETENTION_DAYS * 12 / 365)
    response = TemplateResponse(request, "patient_messages/message_sent.html", context)
    add_never_cache_headers(response)
    return response
