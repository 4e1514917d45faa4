"""The notice form in pages: where it stands, the structure, its contacts, one page per use.

Each page applies what was typed to the saved draft and saves it as a new draft revision
(`review.notice_draft_save`); on an error or a conflict it shows again what was typed, with the
errors beside each field. Editors only: a reviewer reads the preview and the review page.
"""

from csp.constants import SELF
from csp.decorators import csp_update
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from content.explainers.models import PatientExpectation
from content.explainers.readability_rules import readability_report
from content.notices.facts import clinic_facts
from content.notices.models import UseTemplate
from content.notices.publishing import clinic_draft
from content.notices.rules.coverage import expectation_coverage
from content.notices.rules.obligations import notice_gaps
from content.throttle import rate_count
from content.vocabulary import MemberRole

from .access import membership_for
from .forms import (
    CONTACT_FIELDS,
    MOVED_USE,
    NOT_OWN_USE,
    STRUCTURE_FIELDS,
    USE_CHOICE_FIELDS,
    ContactsForm,
    StructureForm,
    UseChoiceForm,
    UseForm,
    UseRemoveForm,
    field_anchor,
    field_rows,
    use_text_sections,
)
from .models import NoticeReview
from .notice_progress import (
    CONTACTS,
    STRUCTURE,
    USE,
    draft_systems_load,
    draft_uses,
    missing_by_field,
    notice_parts,
    use_add,
    use_at,
    use_remove,
    use_title,
)
from .review import notice_draft_save

# The texts whose readability is shown under their inputs, and updated as they are typed by
# static/js/readability.js: that script and its requests are all these pages allow beyond the
# public policy.
READABLE_FIELDS = ("summary", "introduction")
READABILITY_POLICY = {"script-src": [SELF], "connect-src": [SELF]}
# A member typing sends a request after each pause; this leaves room for a fast typist.
READABILITY_LIMITS = ((120, 60), (1200, 3600))
READABILITY_TEXT_LIMIT = 20_000

CLINIC_PAGES = {
    STRUCTURE: (StructureForm, STRUCTURE_FIELDS, gettext_lazy("La structure")),
    CONTACTS: (ContactsForm, CONTACT_FIELDS, gettext_lazy("Les contacts")),
}


def _editor(request, clinic_pk):
    return membership_for(user=request.user, clinic_pk=clinic_pk, roles={MemberRole.EDITOR})


def _draft_read(clinic):
    """The saved draft with its systems, what it misses, and its parts."""
    draft = clinic_draft(clinic)
    draft_systems_load(draft)
    # Read before a form writes what was typed into the draft: the markers speak of what is saved.
    gaps = notice_gaps(clinic_facts(draft))
    return draft, gaps, notice_parts(draft=draft, gaps=gaps)


def _saved(request, form, draft) -> bool:
    """Save the draft as the form changed it; on a conflict, the form says so and keeps its data."""
    try:
        notice_draft_save(
            draft=draft, user=request.user, base_revision_id=form.cleaned_data["base_revision"]
        )
    except ValidationError as error:
        form.add_error(None, error)
        return False
    messages.success(request, _("Brouillon enregistré. La notice publiée ne change pas."))
    return True


def _page_url(clinic, kind: str, number: int | None = None) -> str:
    if kind == USE:
        return reverse("workspace:notice_use", args=[clinic.pk, number])
    if kind in CLINIC_PAGES:
        return reverse(f"workspace:notice_{kind}", args=[clinic.pk])
    return reverse("workspace:notice_edit", args=[clinic.pk])


def _next_url(request, clinic, parts, kind: str, number: int | None = None) -> str:
    """This page again when asked ("save and stay"), else the next part, else the progress page."""
    if "stay" in request.POST:
        return _page_url(clinic, kind, number)
    order = [(part.kind, part.number) for part in parts]
    position = order.index((kind, number)) if (kind, number) in order else len(order)
    if position + 1 < len(order):
        return _page_url(clinic, *order[position + 1])
    if not any(part_kind == USE for part_kind, _number in order):
        # A notice describes at least one use: the first one comes next.
        return reverse("workspace:notice_use_new", args=[clinic.pk])
    return _page_url(clinic, "progress")


def _context(membership, parts, **extra) -> dict:
    return {"clinic": membership.clinic, "membership": membership, "parts": parts, **extra}


def _response(request, template, context, form):
    return TemplateResponse(
        request, template, context, status=400 if form.is_bound and form.errors else 200
    )


def _submittable(clinic) -> bool:
    """Whether the latest draft is new (not the live version) and no review waits on it."""
    if clinic.latest_revision_id is None:
        return False
    if clinic.live and clinic.latest_revision_id == clinic.live_revision_id:
        return False
    return not clinic.reviews.filter(status=NoticeReview.Status.PENDING).exists()


@never_cache
@login_required
def notice_progress_page(request, clinic_pk):
    """Where the notice stands: its parts, each done or missing items, and what to do next."""
    membership = _editor(request, clinic_pk)
    draft, gaps, parts = _draft_read(membership.clinic)
    facts = clinic_facts(draft)
    expectations = list(PatientExpectation.objects.all())
    coverage = expectation_coverage(facts, [e.key for e in expectations])
    context = _context(
        membership,
        parts,
        gaps=gaps,
        no_use=any(o.field == "uses" for o in gaps.clinic),
        # Submitted from here when nothing is missing and the draft is new and not under review.
        can_submit=not gaps and _submittable(membership.clinic),
        expectations=[
            {"expectation": e, "coverage": c} for e, c in zip(expectations, coverage, strict=True)
        ],
    )
    return TemplateResponse(request, "workspace/notice/progress.html", context)


def _clinic_page(request, clinic_pk, kind: str):
    membership = _editor(request, clinic_pk)
    clinic = membership.clinic
    draft, _gaps, parts = _draft_read(clinic)
    form_class, names, title = CLINIC_PAGES[kind]
    part = next(p for p in parts if p.kind == kind)
    if request.method == "POST":
        form = form_class(request.POST, instance=draft)
        if form.is_valid() and _saved(request, form, draft):
            return redirect(_next_url(request, clinic, parts, kind))
    else:
        form = form_class(instance=draft, initial={"base_revision": clinic.latest_revision_id})
    missing = missing_by_field(part.missing)
    context = _context(
        membership,
        parts,
        current=part,
        title=title,
        form=form,
        rows=_with_readability(field_rows(form, names, missing=missing), clinic),
        missing_links=_missing_links(form, part.missing),
        readability_script=any(name in READABLE_FIELDS for name in names),
    )
    return _response(request, "workspace/notice/clinic_part.html", context, form)


def _with_readability(rows, clinic) -> list[dict]:
    """The rows, each readable text with what `readability_report` says of its French and English
    as shown in the form (the saved text, or what was typed when the form comes back)."""
    url = reverse("workspace:readability", args=[clinic.pk])
    for row in rows:
        if row["name"] not in READABLE_FIELDS or "fr" not in row:
            continue
        for language in ("fr", "en"):
            bound = row[language]
            row[f"readability_{language}"] = {
                "id": f"{bound.auto_id}-readability",
                "field_id": bound.auto_id,
                "language": language,
                "url": url,
                **readability_report(bound.value() or "", language),
            }
    return rows


@require_POST
@login_required
def readability_check(request, clinic_pk):
    """JSON: the readability of a text an editor of this clinic is typing (`readability_report`).

    Editors only, CSRF-protected as every POST, and limited per user: 429 beyond the limits.
    """
    _editor(request, clinic_pk)
    if rate_count(key=f"readability:{request.user.pk}", limits=READABILITY_LIMITS):
        return JsonResponse({"error": "too many requests"}, status=429)
    language = request.POST.get("language", "fr")
    if language not in ("fr", "en"):
        language = "fr"
    text = request.POST.get("text", "")[:READABILITY_TEXT_LIMIT]
    return JsonResponse({"language": language, **readability_report(text, language)})


def _missing_links(form, obligations) -> list[dict]:
    links = []
    for obligation in obligations:
        if obligation.field in form.fields or f"{obligation.field}_fr" in form.fields:
            links.append({"obligation": obligation, "target": field_anchor(form, obligation.field)})
    return links


@never_cache
@csp_update(READABILITY_POLICY)
@login_required
def notice_structure(request, clinic_pk):
    return _clinic_page(request, clinic_pk, STRUCTURE)


@never_cache
@login_required
def notice_contacts(request, clinic_pk):
    return _clinic_page(request, clinic_pk, CONTACTS)


def _template_kind(use) -> str:
    if not use.template_id:
        return ""
    kind = UseTemplate.objects.filter(pk=use.template_id).values_list("system_kind", flat=True)
    return kind.first() or ""


@never_cache
@csp_update(READABILITY_POLICY)
@login_required
def notice_use(request, clinic_pk, number):
    membership = _editor(request, clinic_pk)
    clinic = membership.clinic
    draft, _gaps, parts = _draft_read(clinic)
    use = use_at(draft=draft, number=number)
    if use is None:
        raise Http404
    part = next(p for p in parts if p.kind == USE and p.number == number)
    system = use.ai_system if use.ai_system_id else None
    form_kwargs = {
        "instance": use,
        "own_keys": [u.key for u in draft_uses(draft)],
        "system_kind": _template_kind(use),
    }
    if request.method == "POST":
        form = UseForm(request.POST, **form_kwargs)
        if form.is_valid() and _saved(request, form, draft):
            return redirect(_next_url(request, clinic, parts, USE, number))
    else:
        form = UseForm(initial={"base_revision": clinic.latest_revision_id}, **form_kwargs)
    missing = missing_by_field(part.missing)
    context = _context(
        membership,
        parts,
        current=part,
        title=part.title,
        form=form,
        use=use,
        system=system,
        choices=field_rows(form, USE_CHOICE_FIELDS, missing=missing),
        label=field_rows(form, ("label",), missing=missing)[0],
        sections=[
            {**section, "rows": _with_readability(section["rows"], clinic)}
            for section in use_text_sections(form, missing=missing)
        ],
        missing_links=_missing_links(form, part.missing),
        readability_script=True,
    )
    return _response(request, "workspace/notice/use.html", context, form)


@never_cache
@login_required
def notice_use_new(request, clinic_pk):
    membership = _editor(request, clinic_pk)
    clinic = membership.clinic
    draft, _gaps, parts = _draft_read(clinic)
    templates = list(UseTemplate.objects.all())
    if request.method == "POST":
        form = UseChoiceForm(request.POST, templates=templates)
        if form.is_valid():
            number = use_add(
                draft=draft, template=form.template, ai_system=form.cleaned_data["ai_system"]
            )
            if _saved(request, form, draft):
                return redirect("workspace:notice_use", clinic_pk=clinic.pk, number=number)
    else:
        form = UseChoiceForm(
            templates=templates, initial={"base_revision": clinic.latest_revision_id}
        )
    context = _context(
        membership,
        parts,
        current=None,
        form=form,
        templates=[(template, form["start"][i]) for i, template in enumerate(templates)],
        blank=form["start"][len(templates)],
    )
    return _response(request, "workspace/notice/use_new.html", context, form)


@never_cache
@login_required
def notice_use_remove(request, clinic_pk, number):
    """Asks, then takes the use out of the draft; the published notice keeps it until approved."""
    membership = _editor(request, clinic_pk)
    clinic = membership.clinic
    draft, _gaps, parts = _draft_read(clinic)
    use = use_at(draft=draft, number=number)
    if use is None:
        raise Http404
    if request.method == "POST":
        form = UseRemoveForm(request.POST)
        if form.is_valid():
            key = form.cleaned_data["use_key"]
            if key not in {u.key for u in draft_uses(draft)}:
                form.add_error(None, NOT_OWN_USE)
            elif key != use.key:
                form.add_error(None, MOVED_USE)
            else:
                use_remove(draft=draft, key=key)
                if _saved(request, form, draft):
                    return redirect("workspace:notice_edit", clinic_pk=clinic.pk)
    else:
        form = UseRemoveForm(
            initial={"base_revision": clinic.latest_revision_id, "use_key": use.key}
        )
    context = _context(
        membership,
        parts,
        current=next(p for p in parts if p.kind == USE and p.number == number),
        form=form,
        use=use,
        title=use_title(use, number),
    )
    return _response(request, "workspace/notice/use_remove.html", context, form)
