"""Signing in and out of the clinic workspace, and setting or resetting a password.

Django's own views with our forms and templates. Failed sign-ins are counted per username and per
IP address (`content.throttle`): past the limit, attempts are refused for a while with HTTP 429.
"""

import logging

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from content.throttle import WINDOW_SECONDS, attempt_blocked, attempt_failed, attempt_key, client_ip

from .members import password_reset_days

security_log = logging.getLogger("content.security")

USERNAME_FAILURE_LIMIT = 10
IP_FAILURE_LIMIT = 30


def _loggable(value: str, *, max_length: int = 150) -> str:
    """A value safe to put in one log line: CR, LF and other control characters escaped."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in value[:max_length]
    )


class SignInForm(auth_forms.AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "L'adresse e-mail ou le mot de passe est incorrect. Vérifiez les deux ; le mot de "
            "passe distingue les majuscules des minuscules."
        ),
        "inactive": _("Ce compte est désactivé."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.label = _("Adresse e-mail")
        username.error_messages["required"] = _("Saisissez votre adresse e-mail.")
        # No autofocus: it would skip the page's heading and introduction for screen reader users.
        username.widget.attrs.pop("autofocus", None)
        username.widget.attrs.update(
            {
                "autocomplete": "username",
                "inputmode": "email",
                "autocapitalize": "none",
                "spellcheck": "false",
            }
        )
        password = self.fields["password"]
        password.label = _("Mot de passe")
        password.error_messages["required"] = _("Saisissez votre mot de passe.")

    def clean_username(self):
        # Accounts are stored under their address in lower case (`members`).
        return self.cleaned_data["username"].strip().lower()

    def clean(self):
        try:
            return super().clean()
        except ValidationError as error:
            # Shown next to the password, so that the summary links to a field to correct.
            self.add_error("password", error)
            return self.cleaned_data


class SignInView(auth_views.LoginView):
    """Django's sign-in, refused with 429 for a while after too many failures."""

    template_name = "workspace/auth/sign_in.html"
    form_class = SignInForm

    def _attempt_keys(self) -> dict[str, int]:
        keys = {attempt_key(kind="ip", value=client_ip(self.request)): IP_FAILURE_LIMIT}
        username = self.request.POST.get("username", "")
        if username.strip():
            keys[attempt_key(kind="username", value=username)] = USERNAME_FAILURE_LIMIT
        return keys

    def post(self, request, *args, **kwargs):
        if any(attempt_blocked(key=key) for key in self._attempt_keys()):
            security_log.warning(
                "sign-in refused after too many failures: username=%s ip=%s",
                _loggable(request.POST.get("username", "")),
                _loggable(client_ip(request)),
            )
            response = TemplateResponse(
                request,
                "workspace/auth/too_many_attempts.html",
                {"minutes": WINDOW_SECONDS // 60},
                status=429,
            )
            response["Retry-After"] = str(WINDOW_SECONDS)
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        for key, limit in self._attempt_keys().items():
            attempt_failed(key=key, limit=limit)
        return super().form_invalid(form)


class PasswordResetForm(auth_forms.PasswordResetForm):
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        error_messages={
            "required": _("Saisissez votre adresse e-mail."),
            "invalid": _("Saisissez une adresse e-mail complète, par exemple nom@exemple.fr."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )

    def get_users(self, email):
        """Active accounts with this address, invited members who never set a password included."""
        user_model = get_user_model()
        field = user_model.get_email_field_name()
        return (
            user
            for user in user_model._default_manager.filter(
                **{f"{field}__iexact": email, "is_active": True}
            )
            if getattr(user, field).casefold() == email.casefold()
        )


class SetPasswordForm(auth_forms.SetPasswordForm):
    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        first, second = self.fields["new_password1"], self.fields["new_password2"]
        first.label = _("Nouveau mot de passe")
        first.error_messages["required"] = _("Choisissez un mot de passe.")
        second.label = _("Le même mot de passe, une seconde fois")
        second.help_text = ""
        second.error_messages["required"] = _("Saisissez le mot de passe une seconde fois.")
        self.error_messages = {
            **self.error_messages,
            "password_mismatch": _("Les deux mots de passe sont différents."),
        }

    def clean(self):
        self.validate_passwords("new_password1", "new_password2")
        # Next to the password the rules are about, not next to its confirmation.
        self.validate_password_for_user(self.user, "new_password1")
        return forms.Form.clean(self)


urlpatterns = [
    path("sign-in/", SignInView.as_view(), name="sign_in"),
    path(
        "sign-out/",
        auth_views.LogoutView.as_view(next_page=reverse_lazy("workspace:sign_in")),
        name="sign_out",
    ),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(
            form_class=PasswordResetForm,
            template_name="workspace/auth/password_reset.html",
            subject_template_name="workspace/email/password_reset_subject.txt",
            email_template_name="workspace/email/password_reset_body.txt",
            success_url=reverse_lazy("workspace:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="workspace/auth/password_reset_done.html",
            extra_context={"password_reset_days": password_reset_days()},
        ),
        name="password_reset_done",
    ),
    path(
        "password/set/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            form_class=SetPasswordForm,
            template_name="workspace/auth/password_set.html",
            success_url=reverse_lazy("workspace:password_set_done"),
        ),
        name="password_set",
    ),
    path(
        "password/set/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="workspace/auth/password_set_done.html"
        ),
        name="password_set_done",
    ),
]
