"""The gate of the second factor, in front of the Wagtail admin and the clinic workspace.

A signed-in user whose session no code has verified yet is sent to the code page (or, without an
app, to its setup) before any admin page when they are a portal editor, and before any workspace
page when they are a medical reviewer or have turned the second factor on.
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from .two_factor import has_second_factor, is_medical_reviewer, is_portal_editor

ADMIN_PREFIX = "/admin/"
# Admin pages before or without a session: signing in and out, choosing a password.
ADMIN_OPEN_PAGES = {"wagtailadmin_login", "wagtailadmin_logout"}
# Workspace pages a half signed-in user may see: signing in and out, passwords, the code itself.
WORKSPACE_OPEN_PAGES = {
    "sign_in",
    "sign_out",
    "password_reset",
    "password_reset_done",
    "password_set",
    "password_set_done",
    "two_factor_verify",
    "two_factor_setup",
}


def second_factor_url(user, *, next_url: str) -> str:
    """Where an unverified user goes: the code page, or the app's setup when they have none."""
    name = (
        "workspace:two_factor_verify" if has_second_factor(user) else "workspace:two_factor_setup"
    )
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Other pages never touch the user: reading the session would stop them being kept.
        match = request.resolver_match
        name = match.url_name or ""
        if request.path_info.startswith(ADMIN_PREFIX):
            if name in ADMIN_OPEN_PAGES or name.startswith("wagtailadmin_password_reset"):
                return None
            needs = lambda user: is_portal_editor(user) or has_second_factor(user)  # noqa: E731
        elif match.namespace == "workspace":
            if name in WORKSPACE_OPEN_PAGES:
                return None
            needs = lambda user: has_second_factor(user) or is_medical_reviewer(user)  # noqa: E731
        else:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified() or not needs(user):
            return None
        return redirect(second_factor_url(user, next_url=request.get_full_path()))
