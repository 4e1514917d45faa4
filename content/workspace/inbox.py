"""The inbox pages of the workspace: the patients' messages to a clinic, each with its answers.

Every view reaches its clinic through `membership_for`, then loads a message only among that
clinic's messages: a message of another clinic is a 404, whatever the clinic in the URL.
"""

from functools import wraps

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.handlers.exception import response_for_exception
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from content.patient_messages.emails import answer_notify
from content.patient_messages.exchange import message_answer, message_close
from content.patient_messages.inbox import (
    inbox_messages,
    inbox_status,
    message_use_name,
    status_counts,
    use_system_names,
)
from content.patient_messages.models import PatientMessage

from .access import membership_for

MESSAGES_PER_PAGE = 50
EXCERPT_LENGTH = 90
FILTER_LABELS = {
    "": gettext_lazy("Tous"),
    PatientMessage.Status.NEW: gettext_lazy("Nouveaux"),
    PatientMessage.Status.ANSWERED: gettext_lazy("Répondus"),
    PatientMessage.Status.CLOSED: gettext_lazy("Clos"),
}


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Votre réponse"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": gettext_lazy("Écrivez votre réponse avant de l’envoyer.")},
    )


def no_store(view):
    """Like never_cache, and on the 403 and 404 the gate raises too: no inbox page is ever stored."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except (Http404, PermissionDenied) as error:
            response = response_for_exception(request, error)
        add_never_cache_headers(response)
        return response

    return wrapped


def _clinic_message(membership, message_pk) -> PatientMessage:
    # The clinic filter is the boundary: the pk alone would reach any clinic's message.
    return get_object_or_404(
        PatientMessage.objects.select_related("ai_system", "visit"),
        pk=message_pk,
        clinic=membership.clinic,
    )


# Editors and reviewers alike read and answer: patients write to the clinic, not to a role.


@no_store
@login_required
def inbox(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk)
    clinic = membership.clinic
    status = inbox_status(request.GET.get("status"))
    page = Paginator(inbox_messages(clinic=clinic, status=status), MESSAGES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    names = use_system_names(clinic)
    counts = status_counts(clinic)
    filters = [
        {
            "status": key,
            "label": label,
            "count": counts[key] if key else sum(counts.values()),
            "current": key == status,
        }
        for key, label in FILTER_LABELS.items()
    ]
    context = {
        "membership": membership,
        "clinic": clinic,
        "status": status,
        "filters": filters,
        "page": page,
        "rows": [
            {"message": message, "use_name": message_use_name(message, names)} for message in page
        ],
        "excerpt_length": EXCERPT_LENGTH,
    }
    return TemplateResponse(request, "workspace/inbox.html", context)


@no_store
@login_required
def message_detail(request, clinic_pk, message_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk)
    message = _clinic_message(membership, message_pk)
    form = AnswerForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        answer = message_answer(
            clinic=membership.clinic,
            message=message,
            user=request.user,
            body=form.cleaned_data["body"],
        )
        message.clinic = membership.clinic
        if answer_notify(message=message, answer=answer):
            messages.success(request, _("Réponse enregistrée et envoyée au patient par courriel."))
        elif message.email:
            messages.error(
                request,
                _(
                    "Réponse enregistrée, mais le courriel au patient n’a pas pu partir. "
                    "Prévenez l’équipe du portail plutôt que de répondre une seconde fois."
                ),
            )
        else:
            messages.success(
                request,
                _(
                    "Réponse enregistrée. Le patient n’a pas laissé d’adresse : "
                    "il ne la recevra pas par courriel."
                ),
            )
        return redirect("workspace:message", clinic_pk=membership.clinic_id, message_pk=message.pk)
    languages = {code for code, _name in settings.LANGUAGES}
    context = {
        "membership": membership,
        "clinic": membership.clinic,
        "message": message,
        "message_language": message.language if message.language in languages else "",
        "use_name": message_use_name(message, use_system_names(membership.clinic)),
        "answers": list(message.answers.select_related("author")),
        "form": form,
        "retention_days": settings.PATIENT_MESSAGE_RETENTION_DAYS,
    }
    return TemplateResponse(
        request, "workspace/message.html", context, status=400 if form.errors else 200
    )


@no_store
@login_required
@require_POST
def message_close_view(request, clinic_pk, message_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk)
    message = _clinic_message(membership, message_pk)
    if message.status == PatientMessage.Status.CLOSED:
        # Closing again would restart the retention period.
        messages.success(request, _("Ce message était déjà clos."))
    else:
        message_close(clinic=membership.clinic, message=message, user=request.user)
        days = settings.PATIENT_MESSAGE_RETENTION_DAYS
        messages.success(
            request,
            ngettext(
                "Échange clos. Le message sera effacé dans %(days)s jour.",
                "Échange clos. Le message sera effacé dans %(days)s jours.",
                days,
            )
            % {"days": days},
        )
    return redirect("workspace:inbox", clinic_pk=membership.clinic_id)
