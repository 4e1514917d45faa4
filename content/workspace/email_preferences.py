"""The emails a member gets from the portal about one clinic, and the optional ones they may refuse.

Every member reaches the page through `membership_for`; it says which emails their role brings
(clinicians get none) and lets editors and reviewers turn off the optional reminders: the review
date a month ahead, a catalogue change under the live notice. What asks to act (a notice to review,
a decision, a review date passed) always goes. The emails are sent by `content.notifications`.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from content.vocabulary import MemberRole

from .access import EVERY_ROLE, membership_for
from .models import ClinicMembership


class EmailPreferencesForm(forms.ModelForm):
    class Meta:
        model = ClinicMembership
        fields = ["optional_emails"]
        labels = {"optional_emails": gettext_lazy("Recevoir aussi les rappels facultatifs")}
        help_texts = {
            "optional_emails": gettext_lazy(
                "Décochez pour ne plus les recevoir. Les e-mails qui demandent d’agir partent "
                "toujours."
            )
        }


def membership_emails_choose(*, membership: ClinicMembership, optional_emails: bool) -> None:
    """Record whether the member gets the optional emails about this clinic.

    Refuses (PermissionDenied) a clinician's choice: clinicians get no email at all.
    """
    if membership.role == MemberRole.CLINICIAN:
        raise PermissionDenied
    membership.optional_emails = optional_emails
    membership.save(update_fields=["optional_emails"])


def _page(request, membership, *, form, status=200):
    context = {
        "clinic": membership.clinic,
        "membership": membership,
        "form": form,
        "is_editor": membership.role == MemberRole.EDITOR,
        "is_reviewer": membership.role == MemberRole.REVIEWER,
    }
    return TemplateResponse(request, "workspace/email_preferences.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def email_preferences(request, clinic_pk):
    """Which emails the member gets about the clinic; a POST records their choice."""
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=EVERY_ROLE)
    if membership.role == MemberRole.CLINICIAN:
        if request.method == "POST":
            raise PermissionDenied
        return _page(request, membership, form=None)
    if request.method != "POST":
        return _page(request, membership, form=EmailPreferencesForm(instance=membership))
    form = EmailPreferencesForm(request.POST, instance=membership)
    if not form.is_valid():
        return _page(request, membership, form=form, status=400)
    membership_emails_choose(
        membership=membership, optional_emails=form.cleaned_data["optional_emails"]
    )
    if form.cleaned_data["optional_emails"]:
        messages.success(request, _("C’est noté : vous recevrez aussi les rappels facultatifs."))
    else:
        messages.success(
            request,
            _(
                "C’est noté : vous ne recevrez plus les rappels facultatifs, seulement les e-mails "
                "qui demandent d’agir."
            ),
        )
    return redirect("workspace:email_preferences", clinic_pk=membership.clinic_id)
