"""Signing in and out of the clinic workspace, and setting or resetting a password.

Django's own views with our forms and templates. Wrong passwords are counted by django-axes
(`sign_in_limits`): it refuses a source, or an account from that source, for a while, and slows an
account down (`sign_in_refused` answers with 429). A password is only the first step: a user who has
or needs a second factor goes on to the code (`two_factor`) before any page that asks for it.
Password-reset requests are limited per account and per network of the source.
"""

import logging
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from content.throttle import attempt_key, client_ip, ip_for_log, rate_count

from .members import password_reset_days
from .sign_in_limits import attempted_username, source_wait_seconds
from .two_factor import has_second_factor, second_factor_required

security_log = logging.getLogger("content.security")

RESET_WINDOW_SECONDS = 3600


def _loggable(value: str, *, max_length: int = 150) -> str:
    """A value safe to put in one log line: CR, LF and other control characters escaped."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in value[:max_length]
    )


def sign_in_refused(request, original_response=None, credentials=None):
    """The designed 429 of django-axes (AXES_LOCKOUT_CALLABLE): how long to wait, and what else."""
    seconds = getattr(request, "sign_in_retry_after", None) or source_wait_seconds(
        ip_address=client_ip(request)
    )
    seconds = max(1, seconds)
    security_log.warning(
        "sign-in refused after too many failures: username=%s network=%s wait=%ss",
        _loggable(attempted_username(request, credentials) or ""),
        ip_for_log(client_ip(request)),
        seconds,
    )
    response = TemplateResponse(
        request,
        "workspace/auth/too_many_attempts.html",
        {
            "account_slowed": getattr(request, "sign_in_account_slowed", False),
            "seconds": seconds,
            "minutes": -(-seconds // 60),
        },
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response.render()


class SignInForm(auth_forms.AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "L’adresse e-mail ou le mot de passe est incorrect. Vérifiez les deux ; le mot de "
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
    """Django's sign-in; then the second factor for whoever has or needs one."""

    template_name = "workspace/auth/sign_in.html"
    form_class = SignInForm

    def get_success_url(self):
        next_url = super().get_success_url()
        user = self.request.user
        if has_second_factor(user):
            name = "workspace:two_factor_verify"
        elif second_factor_required(user):
            name = "workspace:two_factor_setup"
        else:
            return next_url
        return f"{reverse(name)}?{urlencode({'next': next_url})}"


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


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset request, limited per network of the source and per account.

    Over the account's limit the page answers as usual and sends nothing, so that nobody learns
    whether an address has an account; over the network's limit it answers 429.
    """

    form_class = PasswordResetForm
    template_name = "workspace/auth/password_reset.html"
    subject_template_name = "workspace/email/password_reset_subject.txt"
    email_template_name = "workspace/email/password_reset_body.txt"
    success_url = reverse_lazy("workspace:password_reset_done")

    def form_valid(self, form):
        network = ip_for_log(client_ip(self.request))
        limits = ((settings.PASSWORD_RESET_NETWORK_LIMIT, RESET_WINDOW_SECONDS),)
        if rate_count(key=attempt_key(kind="reset-network", value=network), limits=limits):
            security_log.warning("password reset refused: network=%s over its limit", network)
            response = TemplateResponse(
                self.request,
                "workspace/auth/too_many_resets.html",
                {"minutes": RESET_WINDOW_SECONDS // 60},
                status=429,
            )
            response["Retry-After"] = str(RESET_WINDOW_SECONDS)
            return response
        email = form.cleaned_data["email"]
        limits = ((settings.PASSWORD_RESET_ACCOUNT_LIMIT, RESET_WINDOW_SECONDS),)
        if rate_count(key=attempt_key(kind="reset-account", value=email), limits=limits):
            security_log.warning("password reset not sent: an address over its limit")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


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


class PasswordSetView(auth_views.PasswordResetConfirmView):
    """Choose a password from an emailed link.

    A reset signs nobody in: the password and the second factor come after. A first password,
    chosen from an invitation (the account had none), signs the new member in, as a sign-in would:
    the link proved the address, and a member who needs a second factor sets it up next.
    """

    form_class = SetPasswordForm
    template_name = "workspace/auth/password_set.html"
    success_url = reverse_lazy("workspace:password_set_done")
    post_reset_login = False

    def form_valid(self, form):
        first_password = self.user.is_active and not self.user.has_usable_password()
        response = super().form_valid(form)
        if not first_password:
            return response
        login(self.request, self.user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(self.request, _("Mot de passe enregistré : vous êtes connecté."))
        return HttpResponseRedirect(reverse("workspace:dashboard"))


urlpatterns = [
    path("sign-in/", SignInView.as_view(), name="sign_in"),
    path(
        "sign-out/",
        auth_views.LogoutView.as_view(next_page=reverse_lazy("workspace:sign_in")),
        name="sign_out",
    ),
    path("password/reset/", PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="workspace/auth/password_reset_done.html",
            extra_context={"password_reset_days": password_reset_days()},
        ),
        name="password_reset_done",
    ),
    path("password/set/<uidb64>/<token>/", PasswordSetView.as_view(), name="password_set"),
    path(
        "password/set/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="workspace/auth/password_set_done.html"
        ),
        name="password_set_done",
    ),
]
