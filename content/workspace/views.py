"""The clinic workspace's pages. Each one reaches its clinic through `membership_for`, and only so."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import ModelLogEntry

from content.notices.facts import clinic_facts
from content.notices.models import Clinic
from content.notices.publishing import clinic_draft, notice_preview_context, review_flags_by_clinic
from content.notices.rules.obligations import notice_gaps
from content.patient_messages.inbox import new_message_counts
from content.visits.counts import clinic_visit_counts
from content.vocabulary import MemberRole

from .access import membership_for, memberships_of
from .forms import ReviewForm, SubmitForm
from .kit import clinic_kit
from .models import NoticeReview
from .review import (
    clinic_state,
    notice_approve,
    notice_request_changes,
    notice_submit,
    pending_review,
)
from .review_diff import review_diff


def _clinic_contexts(memberships) -> list[dict]:
    clinics = [membership.clinic for membership in memberships]
    reviews = {
        review.clinic_id: review
        for review in NoticeReview.objects.filter(
            clinic__in=clinics, status=NoticeReview.Status.PENDING
        ).select_related("revision", "submitted_by")
    }
    flags = review_flags_by_clinic(clinics)
    contexts = []
    for membership in memberships:
        clinic = membership.clinic
        review, clinic_flags = reviews.get(clinic.pk), flags.get(clinic.pk, [])
        contexts.append(
            {
                "membership": membership,
                "clinic": clinic,
                "is_editor": membership.role == MemberRole.EDITOR,
                "is_reviewer": membership.role == MemberRole.REVIEWER,
                "is_clinician": membership.role == MemberRole.CLINICIAN,
                "review": review,
                "flags": clinic_flags,
                "state": clinic_state(
                    clinic=clinic, review=review, needs_review=bool(clinic_flags)
                ),
            }
        )
    return contexts


def _clinic_context(membership) -> dict:
    return _clinic_contexts([membership])[0]


@never_cache
@login_required
def dashboard(request):
    memberships = memberships_of(request.user)
    if len(memberships) == 1 and memberships[0].role == MemberRole.CLINICIAN:
        # A clinician of one clinic does one thing here: straight to its visit cards.
        return redirect("workspace:visits", clinic_pk=memberships[0].clinic_id)
    clinics = _clinic_contexts(memberships)
    new_messages = new_message_counts(item["clinic"].pk for item in clinics)
    for item in clinics:
        item["new_messages"] = new_messages.get(item["clinic"].pk, 0)
    return TemplateResponse(request, "workspace/dashboard.html", {"clinics": clinics})


@never_cache
@login_required
def clinic_overview(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk)
    return _clinic_page(request, membership, SubmitForm())


def _clinic_page(request, membership, submit_form, status=200):
    context = _clinic_context(membership)
    draft = clinic_draft(membership.clinic)
    context["gaps"] = notice_gaps(clinic_facts(draft))
    context["last_decision"] = (
        membership.clinic.reviews.exclude(status=NoticeReview.Status.PENDING)
        .select_related("decided_by")
        .first()
    )
    context["submit_form"] = submit_form
    context["new_messages"] = new_message_counts([membership.clinic_id]).get(
        membership.clinic_id, 0
    )
    context["visit_counts"] = clinic_visit_counts(membership.clinic)
    context["kit"] = clinic_kit(clinic=membership.clinic, request=request)
    return TemplateResponse(request, "workspace/clinic.html", context, status=status)


@never_cache
@login_required
def notice_preview(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk)
    clinic = membership.clinic
    asked = request.GET.get("revision", "")
    if asked.isdecimal() and len(asked) < 12:
        # A revision under review, read exactly as it would be published; this clinic's only.
        shown = get_object_or_404(clinic.revisions, pk=int(asked)).as_object()
    else:
        shown = clinic_draft(clinic)
    return TemplateResponse(request, "notices/notice.html", notice_preview_context(clinic=shown))


@never_cache
@login_required
@require_POST
def notice_submit_view(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles={MemberRole.EDITOR})
    form = SubmitForm(request.POST)
    if not form.is_valid():
        # The note is kept, with its error beside it: nothing is submitted without it.
        return _clinic_page(request, membership, form, status=400)
    try:
        notice_submit(membership=membership, user=request.user, note=form.cleaned_data["note"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Notice soumise à la relecture médicale."))
    return redirect("workspace:clinic", clinic_pk=membership.clinic_id)


@never_cache
@login_required
def notice_review(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles={MemberRole.REVIEWER})
    clinic = membership.clinic
    review = pending_review(clinic)
    diff = review_diff(clinic=clinic, revision=review.revision) if review else None
    form = ReviewForm(
        request.POST or None,
        initial={"review": review.pk if review else None},
        untranslated=diff.untranslated_count if diff else 0,
    )
    if request.method == "POST" and review is not None and form.is_valid():
        decided = {
            "membership": membership,
            "user": request.user,
            "review_pk": form.cleaned_data["review"],
            "comment": form.cleaned_data["comment"],
        }
        try:
            if "approve" in request.POST:
                notice_approve(**decided)
                messages.success(request, _("Notice approuvée : la nouvelle version est en ligne."))
            else:
                notice_request_changes(**decided)
                messages.success(request, _("Modifications demandées à la rédaction."))
        except ValidationError as error:
            form.add_error("comment", error)
            # A new submission may have replaced the one read: show that one now.
            review = pending_review(clinic)
            diff = review_diff(clinic=clinic, revision=review.revision) if review else None
        else:
            return redirect("workspace:clinic", clinic_pk=clinic.pk)
    context = _clinic_context(membership)
    context["form"] = form
    context["review"] = review
    context["diff"] = diff
    return TemplateResponse(
        request, "workspace/review.html", context, status=400 if form.errors else 200
    )


@never_cache
@login_required
def notice_history(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk)
    clinic = membership.clinic
    context = _clinic_context(membership)
    versions = list(clinic.versions.order_by("-number"))
    # Who published each version: the audit log knows (the revision's author only wrote it).
    publishers = {
        entry.revision_id: entry.user
        for entry in ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Clinic),
            object_id=str(clinic.pk),
            action__in=("wagtail.publish", "wagtail.publish.scheduled"),
        ).select_related("user")
    }
    for version in versions:
        version.published_by = publishers.get(version.revision_id)
    context["versions"] = versions
    context["reviews"] = list(clinic.reviews.select_related("submitted_by", "decided_by"))
    return TemplateResponse(request, "workspace/history.html", context)
