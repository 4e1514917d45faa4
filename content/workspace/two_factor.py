"""The second factor: an authenticator app (TOTP) and ten recovery codes, kept by django-otp.

Who must have one (`second_factor_required`): portal editors, who enter the Wagtail admin, and the
medical reviewers of a clinic, who approve notices and read patients' messages. Clinic editors may
turn it on. A session counts as verified only once `django_otp.login` has recorded the device that
accepted a code (`second_factor_verify`); a password, even a new one, never does.
"""

import math
import re
from base64 import b32encode

import segno
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.vocabulary import MemberRole

from .models import ClinicMembership

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "authenticator app"
RECOVERY_DEVICE_NAME = "recovery codes"
TOTP_CODE = re.compile(r"\d{6}")


def is_portal_editor(user) -> bool:
    """Whether the user may enter the Wagtail admin (superuser or `wagtailadmin.access_admin`)."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
    )


def is_medical_reviewer(user) -> bool:
    """Whether the user is the medical reviewer of at least one clinic."""
    return ClinicMembership.objects.filter(user=user, role=MemberRole.REVIEWER).exists()


def second_factor_required(user) -> bool:
    """Whether the user may not work without a second factor: portal editors, medical reviewers."""
    return is_portal_editor(user) or is_medical_reviewer(user)


def app_device(user) -> TOTPDevice | None:
    """The user's confirmed authenticator app, or None."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def has_second_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


PENDING_DEVICE_SESSION_KEY = "two_factor_pending_device"


def totp_enrolment(*, user: AbstractBaseUser, session) -> TOTPDevice:
    """The authenticator app being set up in this session: a new secret, kept until a code confirms it.

    Only the session that was shown a secret is shown it again: a secret someone else saw (with the
    password alone) is never handed to the account's next setup, which gets a new one.
    """
    pk = session.get(PENDING_DEVICE_SESSION_KEY)
    pending = TOTPDevice.objects.filter(user=user, confirmed=False, pk=pk).first() if pk else None
    if pending is None:
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        pending = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
        session[PENDING_DEVICE_SESSION_KEY] = pending.pk
    return pending


def totp_secret(device: TOTPDevice) -> str:
    """The secret as an app asks for it: base32, in groups of four characters."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def totp_qr_svg(device: TOTPDevice, *, label: str) -> str:
    """The otpauth:// address of the device as an inline SVG image: no script, no style attribute."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=4, border=4, dark="#000", light="#fff", svgclass="qr-code", lineclass=None
    )
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


@transaction.atomic
def totp_confirm(*, request: HttpRequest, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the app being set up with a code it shows; returns new recovery codes, or None.

    The app replaces any earlier one, the session is verified with it, and the recovery codes
    (shown once) replace any earlier ones. Refuses (None) a wrong or reused code.
    """
    code = normalised_code(code)
    if not TOTP_CODE.fullmatch(code) or not device.verify_token(code):
        return None
    TOTPDevice.objects.filter(user=device.user_id).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    request.session.pop(PENDING_DEVICE_SESSION_KEY, None)
    otp_login(request, device)
    return recovery_codes_issue(user=device.user)


@transaction.atomic
def recovery_codes_issue(*, user: AbstractBaseUser) -> list[str]:
    """Ten new recovery codes, each good once; the earlier ones stop working. Returns them."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def second_factor_remove(*, user: AbstractBaseUser) -> None:
    """Remove the user's app and recovery codes."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def normalised_code(code: str) -> str:
    """A code as typed, without spaces or dashes, in lower case (recovery codes are base32)."""
    return re.sub(r"[\s-]", "", code or "").lower()


def second_factor_verify(*, request: HttpRequest, code: str) -> tuple[bool, int]:
    """Check a code of the app (6 digits) or a recovery code; on success, verify the session.

    Returns (verified, seconds to wait). A wrong code makes the next attempt on that device wait
    1, 2, 4... seconds (django-otp's throttling); during that wait every code is refused, the right
    one included, and the seconds left are returned.
    """
    user = request.user
    code = normalised_code(code)
    if TOTP_CODE.fullmatch(code):
        devices = TOTPDevice.objects.filter(user=user, confirmed=True)
    else:
        devices = StaticDevice.objects.filter(user=user, confirmed=True)
    wait = 0
    with transaction.atomic():
        for device in devices.select_for_update():
            allowed, data = device.verify_is_allowed()
            if not allowed:
                left = (data["locked_until"] - timezone.now()).total_seconds()
                wait = max(wait, math.ceil(left), 1)
                continue
            if device.verify_token(code):
                otp_login(request, device)
                # A new session key once verified: a key seen before the code is worth nothing.
                request.session.cycle_key()
                return True, 0
    return False, wait
