"""The team page of a clinic's workspace: who works on it, and for its editors, inviting and
removing colleagues (editor, medical reviewer, clinician).

Reviewers and editors see the team; only editors change it. The last medical reviewer and the last
editor cannot be removed (`members.member_remove`). Each step is in Wagtail's audit log.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from content.throttle import attempt_key, rate_add, rate_wait
from content.vocabulary import MemberRole

from .access import NOTICE_ROLES, membership_for
from .members import member_add, member_remove, password_reset_days
from .models import ClinicMembership

EDITOR_ONLY = frozenset({MemberRole.EDITOR})
ROLE_HINTS = {
    MemberRole.EDITOR: _("rédige la notice, invite et retire des collègues"),
    MemberRole.REVIEWER: _("relit la notice et la publie"),
    MemberRole.CLINICIAN: _("émet les cartes de visite, et rien d’autre"),
}


# Invitations a clinic may send, per hour and per day: a team grows by a few people at a time.
INVITATION_LIMITS = ((10, 3600), (30, 24 * 3600))


class TeamInviteForm(forms.Form):
    """A colleague's professional address and role."""

    email = forms.EmailField(
        label=_("Adresse e-mail professionnelle"),
        max_length=254,
        help_text=_("L’invitation y est envoyée, avec un lien pour choisir un mot de passe."),
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        error_messages={
            "required": _("Écrivez l’adresse e-mail de votre collègue."),
            "invalid": _("Saisissez une adresse e-mail complète, par exemple nom@exemple.fr."),
            "max_length": _("Cette adresse e-mail est trop longue."),
        },
    )
    role = forms.ChoiceField(
        label=_("Rôle"),
        choices=[(value, f"{label} – {ROLE_HINTS[value]}") for value, label in MemberRole.choices],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choisissez le rôle de votre collègue."),
            "invalid_choice": _("Choisissez un rôle dans la liste."),
        },
    )


def _team_page(request, membership, form, *, status=200):
    clinic = membership.clinic
    team = (
        ClinicMembership.objects.filter(clinic=clinic)
        .select_related("user")
        .order_by("role", "user__email", "user__username")
    )
    context = {
        "clinic": clinic,
        "membership": membership,
        "is_editor": membership.role == MemberRole.EDITOR,
        "team": team,
        "form": form,
        "password_reset_days": password_reset_days(),
    }
    return TemplateResponse(request, "workspace/team.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def team(request, clinic_pk):
    """The team (editors and reviewers); for editors, the invitation form (POST)."""
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=NOTICE_ROLES)
    if request.method != "POST":
        # Without a medical reviewer nobody can publish: the first colleague invited is likely one.
        has_reviewer = membership.clinic.memberships.filter(role=MemberRole.REVIEWER).exists()
        initial = {} if has_reviewer else {"role": MemberRole.REVIEWER}
        return _team_page(request, membership, TeamInviteForm(initial=initial))
    if membership.role != MemberRole.EDITOR:
        raise PermissionDenied
    form = TeamInviteForm(request.POST)
    limit_key = attempt_key(kind="invitation-clinic", value=str(membership.clinic_id))
    if form.is_valid() and rate_wait(key=limit_key, limits=INVITATION_LIMITS):
        # The portal emails whom an editor names: not without end (an invite-remove loop).
        form.add_error(
            "email",
            gettext(
                "Votre structure a envoyé beaucoup d’invitations aujourd’hui : réessayez demain."
            ),
        )
    if form.is_valid():
        try:
            invited = member_add(
                clinic=membership.clinic,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                by=request.user,
                language=translation.get_language(),
                base_url=settings.WAGTAILADMIN_BASE_URL,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            rate_add(key=limit_key, limits=INVITATION_LIMITS)
            messages.success(
                request,
                gettext("Invitation envoyée à %(email)s.") % {"email": invited.email},
            )
            response = redirect("workspace:team", clinic_pk=membership.clinic_id)
            response.status_code = 303
            return response
    return _team_page(request, membership, form, status=400)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def team_remove(request, clinic_pk, member_pk):
    """Confirm (GET), then remove (POST) a colleague; only an editor, only of their own clinic."""
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=EDITOR_ONLY)
    removed = get_object_or_404(
        ClinicMembership.objects.select_related("user"), pk=member_pk, clinic=membership.clinic
    )
    context = {"clinic": membership.clinic, "membership": membership, "removed": removed}
    context["is_self"] = removed.pk == membership.pk
    if request.method != "POST":
        return TemplateResponse(request, "workspace/team_remove.html", context)
    try:
        member_remove(clinic=membership.clinic, removed=removed, by=request.user)
    except ValidationError as error:
        context["refusal"] = error.messages[0]
        return TemplateResponse(request, "workspace/team_remove.html", context, status=409)
    name = removed.user.email or removed.user.get_username()
    messages.success(request, gettext("%(name)s ne fait plus partie de l’équipe.") % {"name": name})
    if context["is_self"]:
        return redirect("workspace:dashboard")
    response = redirect("workspace:team", clinic_pk=membership.clinic_id)
    response.status_code = 303
    return response
