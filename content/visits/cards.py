"""Issuing a visit card and reading one back: the rules both the workspace and the API follow.

A card names uses of the notice **in force on the day of the visit** (`notice_in_force_on`): the
version patients could read that day, immutable since. `visit_card_issue` checks what it is given
and refuses with every problem named by field (`VisitCardRefused`); `visit_card_read` turns a card
into what its page, its printed card and its sentence show, read from that version's document.
"""

import calendar
import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from content.notices.document import first_sentence, localized, use_label
from content.notices.models import Clinic, NoticeVersion
from content.vocabulary import DoneInVisit, ProfessionalRole

from .codes import new_code
from .models import CHECKER_NAME_MAX_LENGTH, ApiToken, VisitCard, VisitCardUse

MAX_TOOLS = 10
# A name and a title, as a letter prints them: « Dr Martin », « Mme Léa N’Diaye-Roux ». No digit:
# nothing that could be a date of birth or a record number.
CHECKER_NAME = re.compile(r"^[^\W\d_][^\W\d_ .’'\-]*(?:[ .’'\-]+[^\W\d_]+)*\.?$")
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


class VisitCardRefused(Exception):
    """What was wrong, per field ("uses", "visit_date", "checker_name", "checker_role", "language")."""

    def __init__(self, errors: Mapping[str, list[str]]):
        super().__init__(errors)
        self.errors = dict(errors)


def months_after(moment: datetime.datetime, months: int) -> datetime.datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def card_expires_at(card: VisitCard) -> datetime.datetime:
    """When the card's code stops answering (410): VISIT_CARD_LIFETIME_MONTHS after it was issued."""
    return months_after(card.issued_at, settings.VISIT_CARD_LIFETIME_MONTHS)


def card_expired(card: VisitCard, *, now: datetime.datetime | None = None) -> bool:
    return (now or timezone.now()) >= card_expires_at(card)


def notice_in_force_on(clinic: Clinic, day: datetime.date) -> NoticeVersion | None:
    """The version of the clinic's notice patients could read at the end of that day, or None."""
    end_of_day = timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    )
    return clinic.versions.filter(published_at__lt=end_of_day).order_by("-number").first()


def published_uses(version: NoticeVersion | None) -> list[dict[str, Any]]:
    """The uses of a published version, as its document holds them: what a card may name."""
    return list(version.document.get("uses", [])) if version else []


def checker_errors(name: str, role: str) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if name and (len(name) > CHECKER_NAME_MAX_LENGTH or not CHECKER_NAME.match(name)):
        errors["checker_name"] = [
            _(
                "Écrivez seulement le titre et le nom du professionnel, par exemple « Dr Martin » : "
                "des lettres, sans chiffres, %(limit)d caractères au plus."
            )
            % {"limit": CHECKER_NAME_MAX_LENGTH}
        ]
    if role and role not in ProfessionalRole.values:
        errors["checker_role"] = [_("Choisissez la profession dans la liste.")]
    if role and not name:
        errors["checker_name"] = [
            _("Écrivez le nom du professionnel qui a vérifié, ou ne choisissez pas de profession.")
        ]
    return errors


def _version_for(clinic: Clinic, day: datetime.date, errors) -> NoticeVersion | None:
    today = timezone.localdate()
    if day > today:
        errors["visit_date"] = [_("La date du rendez-vous ne peut pas être dans le futur.")]
        return None
    version = notice_in_force_on(clinic, day)
    if version is None:
        first = clinic.versions.order_by("number").first()
        errors["visit_date"] = [
            _(
                "À cette date, la notice de la structure n’était pas encore publiée : une carte ne "
                "peut nommer que des outils d’une notice publiée."
            )
            if first
            else _("La notice de la structure n’est pas publiée : publiez-la d’abord.")
        ]
    return version


@dataclass
class VisitInput:
    """What a clinician or a program asks for: the uses by id, the date, the checker, the language."""

    use_keys: list[str]
    visit_date: datetime.date
    language: str
    checker_name: str = ""
    checker_role: str = ""
    errors: dict[str, list[str]] = field(default_factory=dict)


def visit_input_check(*, clinic: Clinic, asked: VisitInput) -> tuple[NoticeVersion, list[dict]]:
    """The version in force that day and the uses asked, in the notice's order; or refuses."""
    errors = dict(asked.errors)
    errors.update(checker_errors(asked.checker_name, asked.checker_role))
    if asked.language not in LANGUAGES:
        errors["language"] = [_("Choisissez le français ou l’anglais.")]
    version = _version_for(clinic, asked.visit_date, errors) if "visit_date" not in errors else None
    keys = list(dict.fromkeys(str(key).lower() for key in asked.use_keys))
    chosen: list[dict] = []
    if not keys:
        errors["uses"] = [_("Choisissez au moins un outil utilisé lors de ce rendez-vous.")]
    elif len(keys) > MAX_TOOLS:
        errors["uses"] = [_("Une carte nomme %(count)d outils au plus.") % {"count": MAX_TOOLS}]
    elif version is not None:
        uses = {use["id"]: use for use in published_uses(version)}
        if any(key not in uses for key in keys):
            errors["uses"] = [
                _(
                    "Un outil choisi n’était pas dans la notice publiée le jour du rendez-vous "
                    "(version %(number)d). Choisissez parmi les outils de cette notice."
                )
                % {"number": version.number}
            ]
        chosen = [use for use in published_uses(version) if use["id"] in keys]
    if errors:
        raise VisitCardRefused(errors)
    return version, chosen


def visit_card_issue(
    *,
    clinic: Clinic,
    asked: VisitInput,
    channel: str,
    user=None,
    token: ApiToken | None = None,
    code: str | None = None,
) -> VisitCard:
    """A new card for a live clinic's visit, with a fresh code; VisitCardRefused names what is wrong.

    `code` is for the demo alone, whose cards keep the codes its README lists (each drawn once by
    `new_code`); a code already taken then raises IntegrityError.
    """
    if not clinic.live:
        raise VisitCardRefused(
            {"uses": [_("La notice de la structure n’est pas en ligne : aucune carte possible.")]}
        )
    version, chosen = visit_input_check(clinic=clinic, asked=asked)
    for _attempt in range(1 if code else 3):
        try:
            with transaction.atomic():
                card = VisitCard.objects.create(
                    code=code or new_code(),
                    clinic=clinic,
                    version=version,
                    visit_date=asked.visit_date,
                    language=asked.language,
                    checker_name=" ".join(asked.checker_name.split()),
                    checker_role=asked.checker_role,
                    issued_at=timezone.now(),
                    channel=channel,
                    issued_by=user,
                    token=token,
                )
                VisitCardUse.objects.bulk_create(
                    VisitCardUse(
                        card=card,
                        position=position,
                        use_key=use["id"],
                        system_key=use["system"]["key"],
                        care_step=use["care_step"]["code"],
                    )
                    for position, use in enumerate(chosen, start=1)
                )
                return card
        except IntegrityError:
            if code:
                raise
            # Two codes alike in 2^73: draw again.
            continue
    raise RuntimeError("Could not draw a visit code that is not taken.")


# --- Reading a card back ---------------------------------------------------------------------


@dataclass(frozen=True)
class VisitTool:
    use_id: str
    name: str
    label: str
    done: str
    checked_by: str
    anchor: str
    care_step: str


@dataclass(frozen=True)
class VisitReading:
    """A card as its page, its printed card and its sentence show it, in one language."""

    card: VisitCard
    clinic_slug: str
    clinic_name: str
    name_article: str
    version_number: int
    version_published_at: str
    visit_date: datetime.date
    checker: str
    tools: list[VisitTool]
    expires_at: datetime.datetime
    document: Mapping[str, Any]


def checker_line(card: VisitCard) -> str:
    """« Dr Martin, médecin généraliste », or the name alone, or ""."""
    if not card.checker_name:
        return ""
    if not card.checker_role:
        return card.checker_name
    return f"{card.checker_name}, {ProfessionalRole(card.checker_role).label}"


def visit_card_read(card: VisitCard, *, language: str) -> VisitReading:
    """The card read from the notice version in force that day, in `language` (French fallback)."""
    document = card.version.document
    positions = {use["id"]: index for index, use in enumerate(document.get("uses", []), start=1)}
    uses = {use["id"]: use for use in document.get("uses", [])}
    tools = []
    with override(language):
        checker = checker_line(card)
        for card_use in card.uses.all():
            use = uses.get(str(card_use.use_key))
            if use is None:
                continue
            role = use["decision_role"]["code"]
            oversight, _language = localized(use.get("human_oversight"), language)
            tools.append(
                VisitTool(
                    use_id=use["id"],
                    name=use["system"]["name"],
                    label=localized(use_label(use), language)[0],
                    done=str(DoneInVisit(role).label) if role in DoneInVisit.values else "",
                    checked_by=checker or first_sentence(oversight),
                    anchor=f"use-{positions[use['id']]}",
                    care_step=use["care_step"]["code"],
                )
            )
    return VisitReading(
        card=card,
        clinic_slug=document.get("id", ""),
        clinic_name=document.get("name", ""),
        name_article=document.get("name_article", ""),
        version_number=card.version.number,
        version_published_at=card.version.published_at.isoformat(),
        visit_date=card.visit_date,
        checker=checker,
        tools=tools,
        expires_at=card_expires_at(card),
        document=document,
    )


def cards_with_everything(codes: Iterable[str] | None = None):
    """Cards with their version and uses, in a fixed number of queries."""
    cards = VisitCard.objects.select_related("version").prefetch_related("uses")
    return cards.filter(code__in=list(codes)) if codes is not None else cards
