"""The small files every site is asked for at fixed addresses, outside the language prefixes.

/favicon.ico and /apple-touch-icon.png (browsers and phones ask for them whatever the page says),
/.well-known/security.txt (RFC 9116: whom to tell of a security flaw, and until when that holds)
and /humans.txt (who made the portal, with what). None sets a cookie or touches the database.
"""

import hashlib
from datetime import UTC, datetime, time, timedelta
from functools import cache

from django.conf import settings
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import etag, require_safe

from content.notices.links import public_address

# Icons made from static/images/favicon.svg by deploy/favicon.py: the same bytes as the static files.
ICONS = {
    "favicon.ico": "image/vnd.microsoft.icon",
    "apple-touch-icon.png": "image/png",
}
# Their address carries no fingerprint, so a changed icon must reach browsers within a week.
ICON_SECONDS = 7 * 24 * 3600
# security.txt and humans.txt change with a deployment; a day in any cache is short enough.
TEXT_SECONDS = 24 * 3600
PLAIN_TEXT = "text/plain; charset=utf-8"

# Whom the demo names when SECURITY_TXT_CONTACTS is unset: a reserved domain, never a real inbox.
DEMO_SECURITY_CONTACT = "mailto:securite@example.org"
# The demo's expiry rolls forward, within the year RFC 9116 recommends; a deployment sets a date.
DEMO_SECURITY_EXPIRY_DAYS = 180
SECURITY_TXT_LANGUAGES = "fr, en"
# The RFC recommends an expiry less than a year ahead, so that a forgotten file goes stale.
SECURITY_TXT_MAX_AHEAD = timedelta(days=365)


@cache
def icon_bytes(name: str) -> bytes:
    """The bytes of one committed icon, read once per process."""
    return (settings.BASE_DIR / "static" / "images" / name).read_bytes()


def _icon_etag(request, name: str) -> str:
    return hashlib.sha256(icon_bytes(name)).hexdigest()[:32]


@require_safe
@etag(_icon_etag)
@cache_control(public=True, max_age=ICON_SECONDS)
def icon(request, name: str) -> HttpResponse:
    """One of ICONS, answered 200 at the site's root, where browsers ask without reading pages."""
    return HttpResponse(icon_bytes(name), content_type=ICONS[name])


def security_contacts() -> list[str]:
    """The Contact values to publish: the configured ones, else the demo's."""
    return settings.SECURITY_TXT_CONTACTS or [DEMO_SECURITY_CONTACT]


def security_expiry(*, now: datetime | None = None) -> datetime:
    """The Expires instant to publish (UTC): the configured one, else midnight 180 days ahead."""
    if settings.SECURITY_TXT_EXPIRES:
        return settings.SECURITY_TXT_EXPIRES
    today = (now or timezone.now()).astimezone(UTC).date()
    return datetime.combine(today, time(), tzinfo=UTC) + timedelta(days=DEMO_SECURITY_EXPIRY_DAYS)


def security_txt_lines() -> list[str]:
    """The fields of security.txt, in the RFC's words, one per line; Policy only when set."""
    expiry = security_expiry().strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        "# Signaler une faille de sécurité du portail / Report a security flaw in this portal",
        *(f"Contact: {contact}" for contact in security_contacts()),
        f"Expires: {expiry}",
        f"Preferred-Languages: {SECURITY_TXT_LANGUAGES}",
        f"Canonical: {public_address(reverse('security_txt'))}",
    ]
    if settings.SECURITY_TXT_POLICY:
        lines.append(f"Policy: {settings.SECURITY_TXT_POLICY}")
    return lines


@require_safe
@cache_control(public=True, max_age=TEXT_SECONDS)
def security_txt(request) -> HttpResponse:
    """/.well-known/security.txt, plain UTF-8 text as RFC 9116 asks."""
    return HttpResponse("\n".join(security_txt_lines()) + "\n", content_type=PLAIN_TEXT)


def security_txt_legacy(request) -> HttpResponsePermanentRedirect:
    """/security.txt, the address older tools ask: the RFC lets it lead to the real one."""
    return HttpResponsePermanentRedirect(reverse("security_txt"))


@require_safe
@cache_control(public=True, max_age=TEXT_SECONDS)
def humans_txt(request) -> HttpResponse:
    """/humans.txt: the project, its makers, its standards and components, French then English."""
    return HttpResponse(
        render_to_string("discovery/humans.txt", {"public_url": settings.PORTAL_PUBLIC_URL}),
        content_type=PLAIN_TEXT,
    )


def security_txt_check(app_configs=None, **kwargs):
    """`check --deploy`: security.txt must name a real contact and an expiry within the year."""
    from django.core.checks import Warning as CheckWarning

    warnings = []
    if DEMO_SECURITY_CONTACT in security_contacts():
        warnings.append(
            CheckWarning(
                f"security.txt names the demo's contact, {DEMO_SECURITY_CONTACT}: reports of "
                "security flaws would reach nobody.",
                hint="Set SECURITY_TXT_CONTACTS to the mailto: or https:// address that answers.",
                id="content.W010",
            )
        )
    expiry = settings.SECURITY_TXT_EXPIRES
    now = timezone.now()
    if expiry is None:
        problem = "is not set: the published expiry rolls forward, so the file never goes stale"
    elif expiry <= now:
        problem = f"is past ({expiry:%Y-%m-%d}): readers must ignore the file"
    elif expiry > now + SECURITY_TXT_MAX_AHEAD:
        problem = f"is more than a year ahead ({expiry:%Y-%m-%d}), against RFC 9116's advice"
    else:
        problem = ""
    if problem:
        warnings.append(
            CheckWarning(
                f"SECURITY_TXT_EXPIRES {problem}.",
                hint="Set SECURITY_TXT_EXPIRES to a date within the year, and renew it in time.",
                id="content.W011",
            )
        )
    return warnings
