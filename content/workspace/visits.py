"""Issuing visit cards in the workspace: the form, the clinic's usual sets, the card just issued.

Every member issues cards (a clinician does nothing else); editors keep the usual sets. Every page
reaches its clinic through `membership_for`; a set or a card is looked up within that clinic only.
A usual set issues its card in one tap: the dashboard's link, then the set's button.
"""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from content.notices.document import current_version
from content.visits.cards import (
    LANGUAGES,
    VisitCardRefused,
    VisitInput,
    card_expires_at,
    cards_with_everything,
    published_uses,
    visit_card_issue,
    visit_card_read,
)
from content.visits.models import VisitCard, VisitSet
from content.visits.printed import visit_qr_svg
from content.visits.sentence import card_address, card_sentences
from content.vocabulary import MemberRole

from .access import VISIT_ROLES, membership_for
from .visit_forms import LANGUAGE_NAMES, VisitCardForm, VisitSetForm

RECENT_CARDS = 10
# The same card asked again this soon by the same member is the first one (a double tap).
SECOND_TAP_SECONDS = 10


def _published(clinic) -> list[dict]:
    """The uses of the notice in force: what a card issued today may name."""
    return published_uses(current_version(clinic)) if clinic.live else []


def _recent_cards(clinic) -> list[dict]:
    """The clinic's last cards, each tool named as the notice of its day named it."""
    cards = cards_with_everything().filter(clinic=clinic)[:RECENT_CARDS]
    rows = []
    for card in cards:
        names = {use["id"]: use["system"]["name"] for use in card.version.document["uses"]}
        tools = [names.get(str(use.use_key), use.system_key) for use in card.uses.all()]
        rows.append({"card": card, "tools": tools})
    return rows


def _just_issued(membership, user, asked: VisitInput) -> VisitCard | None:
    """The same card, issued by the same member a few seconds ago: a second tap, not a new visit."""
    recent = cards_with_everything().filter(
        clinic=membership.clinic,
        issued_by=user,
        issued_at__gte=timezone.now() - timedelta(seconds=SECOND_TAP_SECONDS),
        visit_date=asked.visit_date,
        language=asked.language,
        checker_name=" ".join(asked.checker_name.split()),
        checker_role=asked.checker_role,
    )
    wanted = {str(key).lower() for key in asked.use_keys}
    return next(
        (card for card in recent if {str(u.use_key) for u in card.uses.all()} == wanted), None
    )


def _issued(request, membership, asked: VisitInput):
    card = _just_issued(membership, request.user, asked) or visit_card_issue(
        clinic=membership.clinic,
        asked=asked,
        channel=VisitCard.Channel.WORKSPACE,
        user=request.user,
    )
    response = redirect("workspace:visit", clinic_pk=membership.clinic_id, code=card.code)
    response.status_code = 303
    return response


def _from_set(request, membership, sets: list[VisitSet]):
    """The card of a usual set, for a visit today; or the reason it cannot be issued."""
    chosen = next((item for item in sets if str(item.pk) == request.POST.get("set")), None)
    if chosen is None:
        raise Http404
    language = request.POST.get("language")
    asked = VisitInput(
        use_keys=chosen.use_keys,
        visit_date=timezone.localdate(),
        language=language if language in LANGUAGES else translation.get_language(),
        checker_name=chosen.checker_name,
        checker_role=chosen.checker_role,
    )
    try:
        return _issued(request, membership, asked), ""
    except VisitCardRefused as refused:
        reasons = " ".join(message for field in refused.errors.values() for message in field)
        return None, _(
            "L’ensemble « %(name)s » ne peut pas servir tel quel : %(reasons)s Choisissez les "
            "outils un par un ci-dessous, et demandez à la rédaction de mettre l’ensemble à jour."
        ) % {"name": chosen.name, "reasons": reasons}


def _from_form(request, membership, form: VisitCardForm):
    if not form.is_valid():
        return None
    data = form.cleaned_data
    asked = VisitInput(
        use_keys=data["uses"],
        visit_date=data["visit_date"],
        language=data["language"],
        checker_name=data["checker_name"],
        checker_role=data["checker_role"],
    )
    try:
        return _issued(request, membership, asked)
    except VisitCardRefused as refused:
        for name, field_messages in refused.errors.items():
            for message in field_messages:
                form.add_error(name if name in form.fields else None, message)
    return None


@never_cache
@login_required
def visit_issue(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=VISIT_ROLES)
    clinic = membership.clinic
    language = translation.get_language()
    uses = _published(clinic)
    sets = list(clinic.visit_sets.all()) if uses else []
    form = VisitCardForm(uses=uses, language=language)
    set_error = ""
    if request.method == "POST" and uses:
        if "set" in request.POST:
            response, set_error = _from_set(request, membership, sets)
        else:
            form = VisitCardForm(request.POST, uses=uses, language=language)
            response = _from_form(request, membership, form)
        if response is not None:
            return response
    context = {
        "membership": membership,
        "clinic": clinic,
        "is_editor": membership.role == MemberRole.EDITOR,
        "uses": uses,
        "sets": sets,
        "set_error": set_error,
        "form": form,
        "languages": [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
        "current_language": language,
        "recent": _recent_cards(clinic),
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "workspace/visits.html", context, status=status)


@never_cache
@login_required
def visit_issued(request, clinic_pk, code):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles=VISIT_ROLES)
    card = get_object_or_404(
        cards_with_everything().select_related("clinic"), code=code, clinic=membership.clinic
    )
    url = card_address(card.code, card.language)
    sentences = [
        {"language": language, "name": LANGUAGE_NAMES[language], "text": text}
        for language, text in card_sentences(card).items()
    ]
    context = {
        "membership": membership,
        "clinic": membership.clinic,
        "card": card,
        "reading": visit_card_read(card, language=translation.get_language()),
        "url": url,
        "pdf_url": card_address(card.code, card.language, "visit_card_pdf"),
        "qr_svg": visit_qr_svg(url),
        "sentences": sorted(sentences, key=lambda item: item["language"] != card.language),
        "expires_at": card_expires_at(card),
        "patient_language": LANGUAGE_NAMES.get(card.language, card.language),
    }
    return TemplateResponse(request, "workspace/visit_card.html", context)


@never_cache
@login_required
def visit_sets(request, clinic_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles={MemberRole.EDITOR})
    clinic = membership.clinic
    language = translation.get_language()
    uses = _published(clinic)
    form = VisitSetForm(
        request.POST if request.method == "POST" else None,
        clinic=clinic,
        uses=uses,
        language=language,
    )
    if form.is_bound and form.is_valid():
        form.save()
        messages.success(request, _("Ensemble enregistré : il apparaît sur la page des cartes."))
        return redirect("workspace:visit_sets", clinic_pk=clinic.pk)
    names = {use["id"]: use["system"]["name"] for use in uses}
    context = {
        "membership": membership,
        "clinic": clinic,
        "form": form,
        "uses": uses,
        "sets": [
            {"set": item, "tools": [names.get(key, _("outil retiré")) for key in item.use_keys]}
            for item in clinic.visit_sets.all()
        ],
    }
    status = 400 if form.is_bound else 200
    return TemplateResponse(request, "workspace/visit_sets.html", context, status=status)


@never_cache
@login_required
@require_POST
def visit_set_delete(request, clinic_pk, set_pk):
    membership = membership_for(user=request.user, clinic_pk=clinic_pk, roles={MemberRole.EDITOR})
    chosen = get_object_or_404(VisitSet, pk=set_pk, clinic=membership.clinic)
    chosen.delete()
    messages.success(request, _("Ensemble « %(name)s » supprimé.") % {"name": chosen.name})
    return redirect("workspace:visit_sets", clinic_pk=membership.clinic_id)
