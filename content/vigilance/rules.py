"""Vigilance's pure rules: months, tables of counts, and when a system's concerns stand out.

The rule that points at a system is `is_concentrated`; `count_table` arranges counts into rows.
"""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from content.vocabulary import MessageKind

MONTHS_SHOWN = 12
RECENT_MONTHS = 3
CONCENTRATION_FACTOR = 2
CONCENTRATION_MINIMUM = 3

ALL_KINDS = "all"
# The kinds a reader can pick, the default first: reports of a problem with a result.
KIND_FILTERS = {
    MessageKind.CONCERN.value: _("Signalements"),
    MessageKind.QUESTION.value: _("Questions"),
    MessageKind.DECLINE.value: _("Refus d’un outil"),
    MessageKind.ACCESS.value: _("Demandes de données"),
    ALL_KINDS: _("Toutes les demandes"),
}
DEFAULT_KIND = MessageKind.CONCERN.value


def kind_from_query(value: str | None) -> str:
    """The kind named in the query string, or the default (concerns) for anything else."""
    return value if value in KIND_FILTERS else DEFAULT_KIND


def months_ending(*, today: datetime.date, count: int = MONTHS_SHOWN) -> tuple[datetime.date, ...]:
    """The first days of the `count` months that end with today's month, oldest first."""
    last = today.year * 12 + today.month - 1
    return tuple(
        datetime.date(number // 12, number % 12 + 1, 1)
        for number in range(last - count + 1, last + 1)
    )


def is_concentrated(
    *,
    by_month: Sequence[int],
    recent_months: int = RECENT_MONTHS,
    factor: int = CONCENTRATION_FACTOR,
    minimum: int = CONCENTRATION_MINIMUM,
) -> bool:
    """Whether the last `recent_months` of `by_month` (counts, oldest first) stand out.

    True when those months hold at least `minimum` counts in all and their monthly average is at
    least `factor` times the monthly average over the whole of `by_month` (which includes them).
    Refuses (ValueError) a recent window that is empty or longer than the series.
    """
    if not 0 < recent_months <= len(by_month):
        raise ValueError("The recent months must be a part of the series.")
    recent = sum(by_month[-recent_months:])
    # recent / recent_months >= factor * total / len(by_month), kept in integers.
    return recent >= minimum and recent * len(by_month) >= factor * sum(by_month) * recent_months


@dataclass(frozen=True)
class CountRow:
    """One system's (or one clinic's) counts, one per month, oldest first."""

    key: int | None
    label: str
    by_month: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.by_month)

    @property
    def recent(self) -> int:
        return sum(self.by_month[-RECENT_MONTHS:])


@dataclass(frozen=True)
class CountTable:
    months: tuple[datetime.date, ...]
    rows: tuple[CountRow, ...]

    @property
    def month_totals(self) -> tuple[int, ...]:
        return tuple(
            sum(row.by_month[index] for row in self.rows) for index in range(len(self.months))
        )

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


def count_table(
    *,
    records: Iterable[tuple[int | None, str | None, datetime.date, int]],
    months: Sequence[datetime.date],
    unnamed: str,
) -> CountTable:
    """Arrange (key, label, month, count) records into rows, the busiest first.

    A record outside `months` is left out; a record without a label is shown as `unnamed`.
    """
    position = {month: index for index, month in enumerate(months)}
    labels: dict[int | None, str] = {}
    counts: dict[int | None, list[int]] = {}
    for key, label, month, count in records:
        index = position.get(month.replace(day=1))
        if index is None:
            continue
        labels[key] = label or str(unnamed)
        counts.setdefault(key, [0] * len(months))[index] += count
    rows = (CountRow(key, labels[key], tuple(by_month)) for key, by_month in counts.items())
    return CountTable(
        months=tuple(months),
        rows=tuple(sorted(rows, key=lambda row: (-row.total, row.label.casefold()))),
    )
