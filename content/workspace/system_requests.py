"""« Mon outil n’est pas dans le catalogue » : a clinic's editors ask the portal to add a tool.

The page reaches its clinic through `membership_for` with the editor's role only. A request goes to
the portal's editors (the admin's « Demandes d’ajout au catalogue »), who add the tool or say why
not; meanwhile the clinic goes on with its draft, where a use may wait for its tool.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from content.notices.models import Clinic, SystemRequest
from content.vocabulary import MemberRole

from .access import membership_for

EDITORS = {MemberRole.EDITOR}
# Enough for a clinic that truly lacks several tools; past it, the portal's editors answer first.
MAX_OPEN_REQUESTS = 10


def _formfield(db_field, **kwargs):
    # Addresses typed without a scheme are https, as Django 6 will assume.
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class SystemRequestForm(forms.ModelForm):
    class Meta:
        model = SystemRequest
        fields = ["product", "vendor", "url", "note"]
        formfield_callback = _formfield
        help_texts = {
            "product": gettext_lazy("Tel que l’éditeur le vend, par exemple « Vocaline Dictée »."),
            "vendor": gettext_lazy("L’entreprise qui vend l’outil."),
            "url": gettext_lazy("Facultatif : la page de l’outil sur le site de son éditeur."),
            "note": gettext_lazy(
                "Facultatif : à quoi l’outil vous sert. N’écrivez rien sur un patient."
            ),
        }
        error_messages = {
            "product": {"required": gettext_lazy("Écrivez le nom de l’outil.")},
            "vendor": {
                "required": gettext_lazy(
                    "Écrivez le nom de l’éditeur : sans lui, le portail ne peut pas se renseigner."
                )
            },
            "url": {
                "invalid": gettext_lazy(
                    "Écrivez une adresse web complète, par exemple https://www.exemple.fr."
                )
            },
        }
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}


def system_request_create(
    *, clinic: Clinic, user, product: str, vendor: str, url: str = "", note: str = ""
) -> SystemRequest:
    """Record a clinic's request for a tool the catalogue lacks; return it, open.

    Refuses with a ValidationError when the clinic already has `MAX_OPEN_REQUESTS` open requests.
    """
    open_count = SystemRequest.objects.filter(
        clinic=clinic, status=SystemRequest.Status.OPEN
    ).count()
    if open_count >= MAX_OPEN_REQUESTS:
        raise ValidationError(
            _(
                "Votre structure a déjà %(count)s demandes en attente : l’équipe du portail y "
                "répond avant d’en recevoir d’autres."
            )
            % {"count": open_count}
        )
    return SystemRequest.objects.create(
        clinic=clinic, requested_by=user, product=product, vendor=vendor, url=url, note=note
    )


def _page(request, membership, *, form, status=200):
    clinic = membership.clinic
    context = {
        "clinic": clinic,
        "form": form,
        "requests": SystemRequest.objects.filter(clinic=clinic).select_related("system"),
    }
    return TemplateResponse(request, "workspace/system_request.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def system_request(request, clinic_pk):
    """The form to ask for a tool, and the clinic's requests with the portal's answers."""
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=EDITORS)
    if request.method != "POST":
        return _page(request, membership, form=SystemRequestForm())
    form = SystemRequestForm(request.POST)
    if form.is_valid():
        try:
            system_request_create(clinic=membership.clinic, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _(
                    "Demande envoyée à l’équipe du portail. Continuez votre brouillon sans "
                    "attendre : un usage peut rester sans outil choisi, vous le choisirez quand "
                    "il sera au catalogue."
                ),
            )
            return redirect("workspace:system_request", clinic_pk=membership.clinic_id)
    return _page(request, membership, form=form, status=400)
