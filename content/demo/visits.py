"""Demo visit cards: each demo clinic's usual sets of tools, and one visit card per set.

The codes are fixed so that the README can list them: each was drawn once with
`content.visits.codes.new_code` and means nothing, like any code. A card is dated a few days back,
never before the clinic's first published notice (the loader publishes the radiology centre's and
the emergency department's on the day it runs), and issued when the loader runs, so that it
answers for VISIT_CARD_LIFETIME_MONTHS from then. Like the demo accounts, they exist only in the
local demo (settings.DEMO_MODE); what already exists (a set by its name, a card by its code) is
left as it is.
"""

import datetime
from typing import NamedTuple

from django.conf import settings
from django.utils import timezone

from content.notices.models import Clinic, NoticeVersion
from content.visits.cards import VisitCardRefused, VisitInput, visit_card_issue
from content.visits.models import VisitCard, VisitSet
from content.vocabulary import ProfessionalRole

from .clinics import (
    PARC_DICTATION,
    PARC_FRACTURES,
    TILLEULS_LETTERS,
    TILLEULS_SCRIBE,
    VERNOUILLAC_TRIAGE,
)

DAYS_BACK = 3


class DemoVisit(NamedTuple):
    """A clinic's usual set of tools, and the code of the one card issued with it."""

    clinic_slug: str
    set_name: str
    use_keys: tuple[str, ...]
    checker_name: str
    checker_role: str
    code: str


DEMO_VISITS = [
    DemoVisit(
        "cabinet-medical-des-tilleuls",
        "Consultation avec transcription",
        (TILLEULS_SCRIBE,),
        "Dr Martin",
        ProfessionalRole.GP,
        "VYJMH-MQQ4Z-48RE3",
    ),
    DemoVisit(
        "cabinet-medical-des-tilleuls",
        "Consultation et courrier",
        (TILLEULS_SCRIBE, TILLEULS_LETTERS),
        "Dr Martin",
        ProfessionalRole.GP,
        "6T84K-NA3TM-3MPGM",
    ),
    DemoVisit(
        "centre-imagerie-du-parc",
        "Radio avec détection de fracture",
        (PARC_FRACTURES,),
        "Dr Benali",
        ProfessionalRole.RADIOLOGIST,
        "84NE7-686JG-PBT5W",
    ),
    DemoVisit(
        "centre-imagerie-du-parc",
        "Radio et compte rendu dicté",
        (PARC_FRACTURES, PARC_DICTATION),
        "Dr Benali",
        ProfessionalRole.RADIOLOGIST,
        "7Y8W2-5MYWS-38RBD",
    ),
    DemoVisit(
        "urgences-ch-vernouillac",
        "Accueil aux urgences avec la tablette",
        (VERNOUILLAC_TRIAGE,),
        "Mme Leroy",
        ProfessionalRole.NURSE_F,
        "CD8GG-ZHH4Z-C8B9G",
    ),
]


def _visit_day(clinic: Clinic, today: datetime.date) -> datetime.date:
    """A few days back, but never before the clinic's first published notice."""
    first = NoticeVersion.objects.filter(clinic=clinic).order_by("number").first()
    day = today - datetime.timedelta(days=DAYS_BACK)
    return max(day, timezone.localdate(first.published_at)) if first else day


def demo_visits_load() -> dict[str, int]:
    """Create the demo clinics' usual sets and their cards that are missing; count them.

    Creates nothing outside the local demo (settings.DEMO_MODE), nor for a clinic not loaded yet or
    not online. A card whose tools are no longer in the notice of its day is left out.
    """
    created = {"visit_sets": 0, "visit_cards": 0}
    if not settings.DEMO_MODE:
        return created
    clinics = Clinic.objects.in_bulk(
        {visit.clinic_slug for visit in DEMO_VISITS}, field_name="slug"
    )
    taken = set(
        VisitCard.objects.filter(code__in=[visit.code for visit in DEMO_VISITS]).values_list(
            "code", flat=True
        )
    )
    today = timezone.localdate()
    for visit in DEMO_VISITS:
        clinic = clinics.get(visit.clinic_slug)
        if clinic is None or not clinic.live:
            continue
        _, new = VisitSet.objects.get_or_create(
            clinic=clinic,
            name=visit.set_name,
            defaults={
                "use_keys": list(visit.use_keys),
                "checker_name": visit.checker_name,
                "checker_role": visit.checker_role,
            },
        )
        created["visit_sets"] += new
        if visit.code in taken:
            continue
        asked = VisitInput(
            use_keys=list(visit.use_keys),
            visit_date=_visit_day(clinic, today),
            language="fr",
            checker_name=visit.checker_name,
            checker_role=visit.checker_role,
        )
        try:
            visit_card_issue(
                clinic=clinic, asked=asked, channel=VisitCard.Channel.WORKSPACE, code=visit.code
            )
        except VisitCardRefused:
            continue
        created["visit_cards"] += 1
    return created
