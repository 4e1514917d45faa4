"""How clinics declare AI: the observatory's figures, counted in the database.

A clinic counts when its notice is live: its row and its uses are the published revision (a draft
lives in revisions only). Each use counts once, with the facts the catalogue holds today for its
tool: a tool that two clinics declare counts twice. Visit cards count over the last
`MONTHS_SHOWN` months, as the portal's editors see them (`content.visits.counts`).

Every figure is aggregated by the database: `observatory_figures` costs four queries (clinics,
uses, visit cards, barometer figures), whatever the number of clinics, uses and cards.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Case, Count, F, IntegerField, Q, Sum, When
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from content.explainers.models import BarometerFigure
from content.notices.models import AIUse, Clinic
from content.notices.rules.obligations import FEAR_FIELDS
from content.visits.counts import MONTHS_SHOWN, months_back
from content.visits.models import VisitCard
from content.vocabulary import (
    EEA_COUNTRIES,
    AISystemKind,
    CareStep,
    DecisionRole,
    TrainingReuse,
)

# The public's fear that each answer of a notice speaks to (BarometerFigure keys).
FEAR_FIGURES = dict(
    zip(
        FEAR_FIELDS,
        (
            "public-fear-errors",
            "public-fear-human-contact",
            "public-fear-liability",
            "public-fear-reliability",
            "public-fear-confidentiality",
        ),
        strict=True,
    )
)
FEAR_NAMES: dict[str, Promise] = {
    "answer_if_wrong": _("les erreurs de l’outil"),
    "answer_human_contact": _("la perte du lien avec le soignant"),
    "answer_responsibility": _("qui est responsable"),
    "answer_reliability": _("la fiabilité des résultats"),
    "answer_data_access": _("la confidentialité des données"),
}
SOVEREIGN_FIGURE = "public-prefer-sovereign"
INFORMED_FIGURE = "public-want-informed"
PROFESSIONALS_INFORM_FIGURE = "pro-inform-patients"
FIGURE_KEYS = (
    *FEAR_FIGURES.values(),
    SOVEREIGN_FIGURE,
    INFORMED_FIGURE,
    PROFESSIONALS_INFORM_FIGURE,
)

# Where a tool keeps the data, and whether any leave the EEA: three groups, each use in one.
HOSTING_GROUPS: dict[str, tuple[Q, Promise]] = {
    "eea_only": (
        Q(ai_system__hosting_country__in=EEA_COUNTRIES, ai_system__data_leave_eea=False),
        _("stockées dans l’EEE, et aucune n’en sort"),
    ),
    "eea_but_leave": (
        Q(ai_system__hosting_country__in=EEA_COUNTRIES, ai_system__data_leave_eea=True),
        _("stockées dans l’EEE, mais certaines en sortent (calcul ou accès)"),
    ),
    "outside": (
        ~Q(ai_system__hosting_country__in=EEA_COUNTRIES),
        _("stockées hors de l’EEE"),
    ),
}
PATIENT_FACING: dict[str, tuple[Q, Promise]] = {
    "yes": (Q(patient_interacts=True), _("le patient échange lui-même avec l’outil")),
    "no": (Q(patient_interacts=False), _("seuls les soignants ou l’équipe s’en servent")),
}


def percent(count: int, total: int) -> int:
    """`count` out of `total` in whole percent: never 0 when some, never 100 when not all."""
    if not total:
        return 0
    value = round(100 * count / total)
    if count and value == 0:
        return 1
    if count < total and value == 100:
        return 99
    return value


@dataclass(frozen=True)
class Share:
    """One group of declared uses: how many, out of how many, and in how many clinics."""

    key: str
    label: str | Promise
    count: int
    total: int
    clinics: int = 0

    @property
    def percent(self) -> int:
        return percent(self.count, self.total)


@dataclass(frozen=True)
class FearCoverage:
    """How many clinics' notices answer one of the public's five fears, beside the public's figure."""

    field: str
    name: str | Promise
    every_use: int
    some_use: int
    clinics: int
    figure: BarometerFigure | None

    @property
    def every_use_percent(self) -> int:
        return percent(self.every_use, self.clinics)

    @property
    def some_use_percent(self) -> int:
        return percent(self.some_use, self.clinics)


@dataclass(frozen=True)
class VisitFigures:
    """The visit cards issued since `since`, the tools they name, and the clinics that issued them."""

    since: datetime.date
    months: int
    cards: int
    tools: int
    clinics: int
    live_clinics: int
    published_clinics: int

    @property
    def live_clinics_percent(self) -> int:
        return percent(self.live_clinics, self.published_clinics)


@dataclass(frozen=True)
class Observatory:
    """Every figure of the observatory page."""

    clinics: int
    uses: int
    kinds: tuple[Share, ...]
    care_steps: tuple[Share, ...]
    roles: tuple[Share, ...]
    hosting: tuple[Share, ...]
    hosted_in_eea: Share
    data_leave_eea: Share
    training: tuple[Share, ...]
    patient_facing: tuple[Share, ...]
    fears: tuple[FearCoverage, ...]
    visits: VisitFigures
    figures: dict[str, BarometerFigure]


def _blank(field: str) -> Q:
    # French is the language every notice must be written in; English falls back to it.
    return Q(**{f"uses__{field}_fr": ""}) | Q(**{f"uses__{field}_fr__isnull": True})


def _clinic_figures() -> dict[str, int]:
    """One query: live clinics, their uses, and per fear the clinics answering on every use or one."""
    per_clinic = Clinic.objects.filter(live=True).annotate(
        use_count=Count("uses"),
        **{f"blank_{field}": Count("uses", filter=_blank(field)) for field in FEAR_FIELDS},
    )
    flags = {}
    for field in FEAR_FIELDS:
        flags[f"every_{field}"] = Case(
            When(Q(use_count__gt=0) & Q(**{f"blank_{field}": 0}), then=1),
            default=0,
            output_field=IntegerField(),
        )
        flags[f"some_{field}"] = Case(
            When(use_count__gt=F(f"blank_{field}"), then=1),
            default=0,
            output_field=IntegerField(),
        )
    totals = per_clinic.annotate(**flags).aggregate(
        clinics=Count("pk"),
        uses=Sum("use_count"),
        **{f"{name}_total": Sum(name) for name in flags},
    )
    return {key: value or 0 for key, value in totals.items()}


def _groups(prefix: str, groups: dict[str, Q]) -> dict:
    """Count of uses and of distinct clinics in each group, as aggregate expressions."""
    expressions = {}
    for key, condition in groups.items():
        expressions[f"{prefix}_{key}_uses"] = Count("pk", filter=condition)
        expressions[f"{prefix}_{key}_clinics"] = Count("clinic", filter=condition, distinct=True)
    return expressions


def _choices(field: str, choices) -> dict[str, Q]:
    return {value: Q(**{field: value}) for value in choices.values}


def _use_groups() -> dict[str, dict[str, Q]]:
    return {
        "kind": _choices("ai_system__kind", AISystemKind),
        "care_step": _choices("care_step", CareStep),
        "role": _choices("decision_role", DecisionRole),
        "hosting": {key: condition for key, (condition, _label) in HOSTING_GROUPS.items()},
        "leave": {"yes": Q(ai_system__data_leave_eea=True)},
        "training": _choices("ai_system__training_reuse", TrainingReuse),
        "patient": {key: condition for key, (condition, _label) in PATIENT_FACING.items()},
    }


def _shares(counted: dict, prefix: str, labels: dict, total: int) -> tuple[Share, ...]:
    """The groups of one breakdown in their vocabulary's order, those with no use left out."""
    shares = (
        Share(
            key=key,
            label=label,
            count=counted[f"{prefix}_{key}_uses"],
            total=total,
            clinics=counted[f"{prefix}_{key}_clinics"],
        )
        for key, label in labels.items()
    )
    return tuple(share for share in shares if share.count)


def _visit_figures(*, today: datetime.date, published_clinics: int) -> VisitFigures:
    """One query: the cards of the period, the tools they name, the clinics that issued them."""
    since = months_back(today=today, months=MONTHS_SHOWN)[-1]
    start = timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))
    counted = VisitCard.objects.filter(issued_at__gte=start).aggregate(
        cards=Count("pk", distinct=True),
        tools=Count("uses"),
        clinics=Count("clinic", distinct=True),
        live_clinics=Count("clinic", distinct=True, filter=Q(clinic__live=True)),
    )
    return VisitFigures(
        since=since,
        months=MONTHS_SHOWN,
        published_clinics=published_clinics,
        **{key: value or 0 for key, value in counted.items()},
    )


def observatory_figures(*, today: datetime.date | None = None) -> Observatory:
    """Every figure of the observatory, in four queries at any number of clinics, uses and cards.

    A figure of the barometer missing from the records is left out (`figures` lacks its key).
    """
    clinic_figures = _clinic_figures()
    groups = _use_groups()
    expressions = {}
    for prefix, conditions in groups.items():
        expressions.update(_groups(prefix, conditions))
    counted = AIUse.objects.filter(clinic__live=True).aggregate(**expressions)
    uses = clinic_figures["uses"]
    figures = {figure.key: figure for figure in BarometerFigure.objects.filter(key__in=FIGURE_KEYS)}
    hosting = _shares(
        counted,
        "hosting",
        {key: label for key, (_condition, label) in HOSTING_GROUPS.items()},
        uses,
    )
    in_eea = sum(share.count for share in hosting if share.key != "outside")
    return Observatory(
        clinics=clinic_figures["clinics"],
        uses=uses,
        kinds=_shares(counted, "kind", dict(AISystemKind.choices), uses),
        care_steps=_shares(counted, "care_step", dict(CareStep.choices), uses),
        roles=_shares(counted, "role", dict(DecisionRole.choices), uses),
        hosting=hosting,
        hosted_in_eea=Share(key="in_eea", label="", count=in_eea, total=uses),
        data_leave_eea=Share(
            key="leave",
            label="",
            count=counted["leave_yes_uses"],
            total=uses,
            clinics=counted["leave_yes_clinics"],
        ),
        training=_shares(counted, "training", dict(TrainingReuse.choices), uses),
        patient_facing=_shares(
            counted,
            "patient",
            {key: label for key, (_condition, label) in PATIENT_FACING.items()},
            uses,
        ),
        fears=tuple(
            FearCoverage(
                field=field,
                name=FEAR_NAMES[field],
                every_use=clinic_figures[f"every_{field}_total"],
                some_use=clinic_figures[f"some_{field}_total"],
                clinics=clinic_figures["clinics"],
                figure=figures.get(FEAR_FIGURES[field]),
            )
            for field in FEAR_FIELDS
        ),
        visits=_visit_figures(
            today=today or timezone.localdate(), published_clinics=clinic_figures["clinics"]
        ),
        figures=figures,
    )
