"""The clinic workspace's pages. Each one reaches its clinic through `membership_for`, and only so."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import ModelLogEntry

from .coverage import expectation_coverage
from .field_guide import guide_for
from .inbox import new_message_counts
from .models import (
    AISystem,
    Clinic,
    MemberRole,
    NoticeReview,
    NoticeVersion,
    PatientExpectation,
)
from .models.disclosures import AIUSE_TEXT_FIELDS
from .notices import (
    current_version,
    notice_document,
    notice_preview_context,
    system_document,
)
from .obligations import clinic_facts, notice_gaps
from .review_triggers import review_flags
from .versions import notice_changes
from .workspace import (
    clinic_draft,
    clinic_state,
    membership_for,
    memberships_of,
    notice_approve,
    notice_draft_save,
    notice_request_changes,
    notice_submit,
    pending_review,
)
from .workspace_forms import USE_CHOICE_FIELDS, NoticeForm, ReviewForm, SubmitForm

MAX_EXTRA_USES = 3


def clinics_flags(clinics) -> dict[int, list]:
    """Why each live notice needs review now (catalogue changes, review date passed).

    A fixed number of queries whatever the number of clinics: their current versions, then the
    systems those versions describe.
    """
    live = [clinic.pk for clinic in clinics if clinic.live]
    newest = NoticeVersion.objects.filter(clinic=OuterRef("clinic")).order_by("-number")
    versions = NoticeVersion.objects.filter(
        clinic_id__in=live, pk=Subquery(newest.values("pk")[:1])
    )
    versions = {version.clinic_id: version for version in versions}
    keys = {
        use["system"]["key"]
        for version in versions.values()
        for use in version.document.get("uses", [])
    }
    catalogue = {
        system.key: system_document(system)
        for system in AISystem.objects.filter(key__in=keys).prefetch_related("evidence")
    }
    today = timezone.localdate()
    return {
        clinic_id: review_flags(
            published=version.document,
            catalogue=catalogue,
            review_due_on=version.review_due_on,
            today=today,
        )
        for clinic_id, version in versions.items()
    }


def _clinic_contexts(memberships) -> list[dict]:
    clinics = [membership.clinic for membership in memberships]
    reviews = {
        review.clinic_id: review
        for review in NoticeReview.objects.filter(
            clinic__in=clinics, status=NoticeReview.Status.PENDING
        ).select_related("revision", "submitted_by")
    }
    flags = clinics_flags(clinics)
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
    clinics = _clinic_contexts(memberships_of(request.user))
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
    return TemplateResponse(request, "workspace/clinic.html", context, status=status)


CLINIC_GROUPS = (
    (
        "identity",
        ("name", "kind", "street_address", "postcode", "city", "phone", "website", "introduction"),
    ),
    (
        "contacts",
        (
            "ai_contact_name",
            "ai_contact_email",
            "ai_contact_phone",
            "dpo_name",
            "dpo_email",
            "responsible_physician",
            "responsible_physician_role",
        ),
    ),
)


def _field_rows(form, names) -> list[dict]:
    """Each field with its guide; a translated field holds its French and English inputs."""
    rows = []
    for name in names:
        if f"{name}_fr" in form.fields:
            rows.append(
                {
                    "name": name,
                    "label": form[f"{name}_fr"].label.removesuffix(" [fr]"),
                    "guide": guide_for(name),
                    "fr": form[f"{name}_fr"],
                    "en": form[f"{name}_en"],
                }
            )
        else:
            rows.append(
                {
                    "name": name,
                    "label": form[name].label,
                    "guide": guide_for(name),
                    "field": form[name],
                }
            )
    return rows


def notice_form_layout(form) -> dict:
    """The notice form as the template lays it out: clinic groups, then one block per use."""
    uses = []
    for index, use_form in enumerate(form.formsets["uses"].forms):
        system = None
        if use_form.is_bound and hasattr(use_form, "cleaned_data"):
            system = use_form.cleaned_data.get("ai_system")
        elif use_form.instance.ai_system_id:
            system = use_form.instance.ai_system
        uses.append(
            {
                "number": index + 1,
                "form": use_form,
                "system": system,
                "choices": _field_rows(use_form, USE_CHOICE_FIELDS),
                "texts": _field_rows(use_form, AIUSE_TEXT_FIELDS),
            }
        )
    return {
        "groups": [(key, _field_rows(form, names)) for key, names in CLINIC_GROUPS],
        "uses": uses,
    }


def gap_links(gaps, form) -> list[dict]:
    """The missing obligations, each with the id of the input that holds it."""
    links = []
    for obligation in gaps.clinic:
        name = obligation.field
        target = f"{name}_fr" if f"{name}_fr" in form.fields else name
        links.append({"use": None, "obligation": obligation, "target": f"id_{target}"})
    prefix = form.formsets["uses"].prefix
    for index, missing in gaps.uses.items():
        for obligation in missing:
            name = obligation.field
            target = name if name in USE_CHOICE_FIELDS else f"{name}_fr"
            links.append(
                {
                    "use": index + 1,
                    "obligation": obligation,
                    "target": f"id_{prefix}-{index}-{target}",
                }
            )
    return links


def _expectation_rows(facts) -> list[dict]:
    expectations = list(PatientExpectation.objects.all())
    coverage = expectation_coverage(facts, [e.key for e in expectations])
    return [{"expectation": e, "coverage": c} for e, c in zip(expectations, coverage, strict=True)]


@never_cache
@login_required
def notice_edit(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles={MemberRole.EDITOR})
    clinic = membership.clinic
    draft = clinic_draft(clinic)
    # The panel speaks of the saved draft, before the form writes what was typed into it.
    facts = clinic_facts(draft)
    add = request.GET.get("add", "")
    extra = min(int(add), MAX_EXTRA_USES) if add.isdecimal() and len(add) == 1 else 0
    if request.method == "POST":
        form = NoticeForm(request.POST, instance=draft)
        if form.is_valid():
            try:
                notice_draft_save(
                    clinic_form=form,
                    user=request.user,
                    base_revision_id=form.cleaned_data["base_revision"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Brouillon enregistré. La notice publiée ne change pas.")
                )
                url = reverse("workspace:notice_edit", args=[clinic.pk])
                if "add_use" in request.POST:
                    new_number = len(form.formsets["uses"].forms) + 1
                    return redirect(f"{url}?add=1#use-{new_number}")
                return redirect(url)
    else:
        form = NoticeForm(
            instance=draft, extra_uses=extra, initial={"base_revision": clinic.latest_revision_id}
        )
    context = _clinic_context(membership)
    gaps = notice_gaps(facts)
    context.update(
        form=form,
        layout=notice_form_layout(form),
        gaps=gaps,
        gap_links=gap_links(gaps, form),
        expectations=_expectation_rows(facts),
    )
    return TemplateResponse(
        request, "workspace/notice_form.html", context, status=400 if form.errors else 200
    )


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
    return TemplateResponse(request, "pages/notice.html", notice_preview_context(clinic=shown))


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
    form = ReviewForm(request.POST or None, initial={"review": review.pk if review else None})
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
        else:
            return redirect("workspace:clinic", clinic_pk=clinic.pk)
    context = _clinic_context(membership)
    context["form"] = form
    context["review"] = review
    if review is not None:
        reviewed = review.revision.as_object()
        version = current_version(clinic)
        context["changes"] = notice_changes(
            previous=version.document if version else None,
            current=notice_document(clinic=reviewed),
        )
        context["gaps"] = notice_gaps(clinic_facts(reviewed))
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
