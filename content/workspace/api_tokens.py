"""The clinic's API tokens for its practice software: editors create and revoke them.

Both pages reach the clinic through `membership_for` with the editor's role only, then a token only
among that clinic's tokens: another clinic's token in the address is a 404. A new token is shown
once, on the page that answers its creation, and is never put in the session or a message.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from content.notices.links import public_address
from content.visits import tokens
from content.visits.cards import notice_in_force_on, published_uses
from content.visits.models import ApiToken
from content.vocabulary import MemberRole

from .access import membership_for

EDITORS = {MemberRole.EDITOR}


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Nom du logiciel ou du poste"),
        help_text=gettext_lazy(
            "Pour reconnaître la clé dans la liste, par exemple « Logiciel du cabinet, accueil »."
        ),
        max_length=80,
        error_messages={
            "required": gettext_lazy("Donnez un nom à la clé pour la reconnaître plus tard.")
        },
    )


def _page(request, membership, *, form, created=None, raw=None, status=200):
    clinic = membership.clinic
    clinic_tokens = ApiToken.objects.filter(clinic=clinic).select_related(
        "created_by", "revoked_by"
    )
    uses = published_uses(notice_in_force_on(clinic, timezone.localdate()))
    context = {
        "clinic": clinic,
        "tokens": clinic_tokens,
        "form": form,
        "created": created,
        "raw_token": raw,
        "api_url": public_address(reverse("visit_api")),
        "example_use_id": uses[0]["id"] if uses else "",
    }
    return TemplateResponse(request, "workspace/api_tokens.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request, clinic_pk):
    """The clinic's tokens; a POST creates one and shows it, this once."""
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=EDITORS)
    if request.method != "POST":
        return _page(request, membership, form=ApiTokenForm())
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return _page(request, membership, form=form, status=400)
    token, raw = tokens.api_token_create(
        clinic=membership.clinic, name=form.cleaned_data["name"], user=request.user
    )
    return _page(request, membership, form=ApiTokenForm(), created=token, raw=raw)


@never_cache
@login_required
@require_POST
def api_token_revoke(request, clinic_pk, token_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=EDITORS)
    # The clinic filter is the boundary: the pk alone would reach any clinic's token.
    token = get_object_or_404(ApiToken, pk=token_pk, clinic=membership.clinic)
    tokens.api_token_revoke(token=token, user=request.user)
    messages.success(
        request,
        _("La clé « %(name)s » est révoquée : elle ne crée plus aucune carte.")
        % {"name": token.name},
    )
    return redirect("workspace:api_tokens", clinic_pk=membership.clinic_id)
