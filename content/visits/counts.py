"""How many visit cards were issued, per tool and month: counts, never content.

A card is counted in the month it was issued (`VisitCard.issued_at`, local time), once for each
tool it names; a card naming two tools counts once in each tool's row, and once in the month's
total of cards. Nothing here reads a card's date of visit, checker or code. A table costs a few
queries, always the same number, however many cards, tools and clinics there are.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Count, DateField, OuterRef, QuerySet, Subquery
from django.db.models.functions import TruncMonth
from django.utils import timezone

from content.notices.models import AISystem, Clinic
from content.vocabulary import CareStep

from .models import VisitCard, VisitCardUse

MONTHS_SHOWN = 12

CSV_HEADER = (
    "month",
    "system_key",
    "system_name",
    "care_step",
    "care_step_label",
    "cards",
    "clinics",
)


@dataclass(frozen=True)
class VisitCountRow:
    """One tool's cards (in one care step, across clinics), one count per month, newest first."""

    system_key: str
    system_name: str
    by_month: tuple[int, ...]
    care_step: str = ""
    # Across clinics: how many clinics issued these cards, in each month and over the period.
    clinics_by_month: tuple[int, ...] = ()
    clinics: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_month)

    @property
    def care_step_label(self) -> str:
        return str(CareStep(self.care_step).label) if self.care_step in CareStep.values else ""


@dataclass(frozen=True)
class VisitCounts:
    """A table a template loops on: months (newest first), one row per tool, cards per month."""

    months: tuple[datetime.date, ...]
    rows: tuple[VisitCountRow, ...]
    cards_by_month: tuple[int, ...]
    # Across clinics: how many clinics issued cards over the period.
    clinics: int = 0

    @property
    def cards(self) -> int:
        return sum(self.cards_by_month)


def months_back(*, today: datetime.date, months: int) -> tuple[datetime.date, ...]:
    """The first days of the `months` months that end with today's month, newest first."""
    last = today.year * 12 + today.month - 1
    return tuple(
        datetime.date(number // 12, number % 12 + 1, 1) for number in range(last, last - months, -1)
    )


def _since(month: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(month, datetime.time.min))


def _month_of(value) -> datetime.date:
    # TruncMonth reads the month in local time; a database may still answer a datetime.
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.date().replace(day=1)
    return value.replace(day=1)


def _uses_by_month(uses: QuerySet, months: tuple[datetime.date, ...]) -> QuerySet:
    """The clinics' card uses of the period, with their month and the catalogue name of their tool."""
    return (
        uses.filter(card__issued_at__gte=_since(months[-1]))
        .annotate(
            month=TruncMonth("card__issued_at", output_field=DateField()),
            system_name=Subquery(
                AISystem.objects.filter(key=OuterRef("system_key")).values("name")[:1]
            ),
        )
        .order_by()
    )


def _cards_by_month(cards: QuerySet, months: tuple[datetime.date, ...]) -> tuple[int, ...]:
    """One query: the cards issued in each month, newest first."""
    counted = {
        _month_of(row["month"]): row["cards"]
        for row in cards.filter(issued_at__gte=_since(months[-1]))
        .annotate(month=TruncMonth("issued_at", output_field=DateField()))
        .order_by()
        .values("month")
        .annotate(cards=Count("pk"))
    }
    return tuple(counted.get(month, 0) for month in months)


def _rows(records, months, *, clinics_over_period: dict | None = None) -> tuple[VisitCountRow, ...]:
    """Arrange (system, name, care step, month, cards, clinics) records into rows, the busiest first.

    With `clinics_over_period` ((system, care step) -> clinics), rows count clinics too.
    """
    position = {month: index for index, month in enumerate(months)}
    names: dict[tuple[str, str], str] = {}
    cards: dict[tuple[str, str], list[int]] = {}
    clinics: dict[tuple[str, str], list[int]] = {}
    for system_key, system_name, care_step, month, card_count, clinic_count in records:
        index = position.get(_month_of(month))
        if index is None:
            continue
        key = (system_key, care_step)
        names[key] = system_name or system_key
        cards.setdefault(key, [0] * len(months))[index] += card_count
        clinics.setdefault(key, [0] * len(months))[index] += clinic_count
    rows = (
        VisitCountRow(
            system_key=system_key,
            system_name=names[(system_key, care_step)],
            care_step=care_step,
            by_month=tuple(cards[(system_key, care_step)]),
            clinics_by_month=(
                tuple(clinics[(system_key, care_step)]) if clinics_over_period is not None else ()
            ),
            clinics=(clinics_over_period or {}).get((system_key, care_step), 0),
        )
        for system_key, care_step in cards
    )
    return tuple(
        sorted(rows, key=lambda row: (-row.total, row.system_name.casefold(), row.care_step))
    )


def clinic_visit_counts(
    clinic: Clinic, *, months: int = MONTHS_SHOWN, today: datetime.date | None = None
) -> VisitCounts:
    """The cards the clinic issued per tool and month over the last `months` months (this one too).

    Two queries, whatever the number of cards. A tool no longer in the catalogue is named by its key.
    """
    shown = months_back(today=today or timezone.localdate(), months=months)
    records = (
        _uses_by_month(VisitCardUse.objects.filter(card__clinic=clinic), shown)
        .values("system_key", "system_name", "month")
        .annotate(cards=Count("card", distinct=True))
    )
    rows = _rows(
        (
            (row["system_key"], row["system_name"], "", row["month"], row["cards"], 0)
            for row in records
        ),
        shown,
    )
    if not rows:
        return VisitCounts(months=shown, rows=(), cards_by_month=(0,) * len(shown))
    return VisitCounts(
        months=shown,
        rows=rows,
        cards_by_month=_cards_by_month(VisitCard.objects.filter(clinic=clinic), shown),
    )


def visit_counts_across_clinics(
    *, months: int = MONTHS_SHOWN, today: datetime.date | None = None
) -> VisitCounts:
    """Cards per system, care step and month across every clinic, with how many clinics issued them.

    For the portal's editors and the observatory. Four queries, whatever the number of cards.
    """
    shown = months_back(today=today or timezone.localdate(), months=months)
    uses = _uses_by_month(VisitCardUse.objects.all(), shown)
    records = uses.values("system_key", "system_name", "care_step", "month").annotate(
        cards=Count("card", distinct=True), clinics=Count("card__clinic", distinct=True)
    )
    over_period = {
        (row["system_key"], row["care_step"]): row["clinics"]
        for row in uses.values("system_key", "care_step").annotate(
            clinics=Count("card__clinic", distinct=True)
        )
    }
    rows = _rows(
        (
            (
                row["system_key"],
                row["system_name"],
                row["care_step"],
                row["month"],
                row["cards"],
                row["clinics"],
            )
            for row in records
        ),
        shown,
        clinics_over_period=over_period,
    )
    cards = VisitCard.objects.filter(issued_at__gte=_since(shown[-1]))
    return VisitCounts(
        months=shown,
        rows=rows,
        cards_by_month=_cards_by_month(cards, shown),
        clinics=cards.values("clinic").distinct().count() if rows else 0,
    )


def visit_counts_csv_rows(counts: VisitCounts) -> Iterator[tuple]:
    """The CSV export: the header, then one line per system, care step and month, oldest first.

    Months without a card are written too (0), so that each series is complete.
    """
    yield CSV_HEADER
    for row in counts.rows:
        for index in reversed(range(len(counts.months))):
            yield (
                counts.months[index].strftime("%Y-%m"),
                row.system_key,
                row.system_name,
                row.care_step,
                row.care_step_label,
                row.by_month[index],
                row.clinics_by_month[index] if row.clinics_by_month else 0,
            )
