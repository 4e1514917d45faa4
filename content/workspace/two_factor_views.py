"""The second factor's pages: the code after the password, setting up an app, recovery codes.

They serve clinic members and portal editors alike (the admin sends its unverified users here,
`middleware.SecondFactorMiddleware`), in the workspace's frame and under its strict policy.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .two_factor import (
    RECOVERY_CODE_COUNT,
    has_second_factor,
    is_portal_editor,
    recovery_codes_issue,
    recovery_codes_left,
    second_factor_remove,
    second_factor_required,
    second_factor_verify,
    totp_confirm,
    totp_enrolment,
    totp_qr_svg,
    totp_secret,
)

NEW_CODES_SESSION_KEY = "two_factor_new_codes"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code de vérification"),
        max_length=32,
        error_messages={"required": gettext_lazy("Saisissez le code.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
            }
        ),
    )


def _next_url(request, default: str) -> str:
    """The page asked before the code, if it is one of ours; otherwise `default`."""
    asked = request.POST.get("next") or request.GET.get("next") or ""
    if asked and url_has_allowed_host_and_scheme(
        asked, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return asked
    return default


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _home_of(user) -> str:
    return "/admin/" if is_portal_editor(user) else reverse("workspace:dashboard")


@never_cache
@login_required
def two_factor_verify(request):
    """The code after the password: from the app, or one of the recovery codes."""
    user = request.user
    if not has_second_factor(user):
        return redirect("workspace:two_factor_setup")
    next_url = _next_url(request, _home_of(user))
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        verified, wait = second_factor_verify(request=request, code=form.cleaned_data["code"])
        if verified:
            return redirect(next_url)
        if wait:
            form.add_error(
                "code",
                _(
                    "Trop d’essais à la suite. Patientez %(seconds)s secondes, puis saisissez "
                    "un nouveau code."
                )
                % {"seconds": wait},
            )
            status = 429
        else:
            form.add_error(
                "code",
                _(
                    "Ce code ne fonctionne pas. Saisissez le code à 6 chiffres affiché en ce "
                    "moment par votre application, ou l’un de vos codes de secours."
                ),
            )
            status = 400
    elif form.errors:
        status = 400
    response = TemplateResponse(
        request, "workspace/two_factor/verify.html", {"form": form, "next": next_url}, status=status
    )
    if status == 429:
        response["Retry-After"] = str(wait)
    return response


@never_cache
@login_required
def two_factor_setup(request):
    """Set up an authenticator app: its secret as text and QR code, then a code to confirm it."""
    user = request.user
    if has_second_factor(user) and not user.is_verified():
        # Nobody adds an app to an account with a password alone.
        return redirect(_with_next("workspace:two_factor_verify", request.path))
    device = totp_enrolment(user=user, session=request.session)
    next_url = _next_url(request, _home_of(user))
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        codes = totp_confirm(request=request, device=device, code=form.cleaned_data["code"])
        if codes is not None:
            request.session.cycle_key()
            request.session[NEW_CODES_SESSION_KEY] = codes
            return redirect(_with_next("workspace:two_factor_codes", next_url))
        form.add_error(
            "code",
            _(
                "Ce code ne correspond pas. Vérifiez que l’application affiche le compte « IA & "
                "soins » et saisissez son code à 6 chiffres avant qu’il ne change."
            ),
        )
    if form.errors:
        status = 400
    context = {
        "form": form,
        "next": next_url,
        "secret": totp_secret(device),
        "qr_code": totp_qr_svg(device, label=_("QR code à lire avec votre application")),
        "required": second_factor_required(user),
        "replacing": has_second_factor(user),
    }
    return TemplateResponse(request, "workspace/two_factor/setup.html", context, status=status)


@never_cache
@login_required
def two_factor_codes(request):
    """The recovery codes, shown once just after they are made; a new set on request."""
    user = request.user
    if request.method == "POST":
        if not has_second_factor(user):
            return redirect("workspace:two_factor")
        request.session[NEW_CODES_SESSION_KEY] = recovery_codes_issue(user=user)
        return redirect("workspace:two_factor_codes")
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not codes:
        return redirect("workspace:two_factor")
    context = {"codes": codes, "next": _next_url(request, _home_of(user))}
    return TemplateResponse(request, "workspace/two_factor/codes.html", context)


@never_cache
@login_required
def two_factor_overview(request):
    """The account's second factor: on or off, recovery codes left, what may be changed."""
    user = request.user
    context = {
        "enabled": has_second_factor(user),
        "required": second_factor_required(user),
        "codes_left": recovery_codes_left(user),
        "code_count": RECOVERY_CODE_COUNT,
    }
    return TemplateResponse(request, "workspace/two_factor/overview.html", context)


@never_cache
@login_required
@require_POST
def two_factor_disable(request):
    user = request.user
    if second_factor_required(user):
        messages.error(
            request,
            _("Votre rôle demande une double vérification : elle ne peut pas être désactivée."),
        )
    else:
        second_factor_remove(user=user)
        messages.success(
            request,
            _(
                "Double vérification désactivée. Votre mot de passe suffit désormais pour vous connecter."
            ),
        )
    return redirect("workspace:two_factor")


urlpatterns = [
    path("two-factor/", two_factor_overview, name="two_factor"),
    path("two-factor/verify/", two_factor_verify, name="two_factor_verify"),
    path("two-factor/setup/", two_factor_setup, name="two_factor_setup"),
    path("two-factor/recovery-codes/", two_factor_codes, name="two_factor_codes"),
    path("two-factor/disable/", two_factor_disable, name="two_factor_disable"),
]
