"""The vigilance report: patients' requests counted per AI system and per clinic, month by month.

Everything here reads `ConcernCount`, never a `PatientMessage`: the counts hold no content, and they
outlive the messages they counted.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from content.patient_messages.models import ConcernCount
from content.vocabulary import MessageKind

from .rules import ALL_KINDS, CountRow, CountTable, count_table, is_concentrated, months_ending


def _records(*, field: str, kind: str | None, months: Sequence[datetime.date]):
    """One query: the sum of counts per `field` (ai_system or clinic) and month."""
    first = months[0]
    after = (months[-1] + datetime.timedelta(days=31)).replace(day=1)
    counts = ConcernCount.objects.filter(month__gte=first, month__lt=after)
    if kind is not None:
        counts = counts.filter(kind=kind)
    rows = counts.values(field, f"{field}__name", "month").annotate(total=Sum("count")).order_by()
    return [(row[field], row[f"{field}__name"], row["month"], row["total"]) for row in rows]


@dataclass(frozen=True)
class VigilanceReport:
    kind: str
    by_system: CountTable
    by_clinic: CountTable
    concentrated: tuple[CountRow, ...]

    @property
    def months(self) -> tuple[datetime.date, ...]:
        return self.by_system.months


def vigilance_report(*, kind: str, today: datetime.date) -> VigilanceReport:
    """The counts of `kind` (a MessageKind value or "all") over the 12 months ending today.

    `concentrated` lists the AI systems whose concerns stand out (`is_concentrated`), whatever
    `kind` is. Two or three queries, however many systems and clinics there are. Refuses
    (ValueError) any other kind.
    """
    months = months_ending(today=today)
    selected = None if kind == ALL_KINDS else MessageKind(kind).value

    def table(field: str, of_kind: str | None) -> CountTable:
        records = _records(field=field, kind=of_kind, months=months)
        return count_table(records=records, months=months, unnamed=_("Sans outil précisé"))

    by_system = table("ai_system", selected)
    concerns = (
        by_system
        if selected == MessageKind.CONCERN
        else table("ai_system", MessageKind.CONCERN.value)
    )
    return VigilanceReport(
        kind=kind,
        by_system=by_system,
        by_clinic=table("clinic", selected),
        concentrated=tuple(
            row
            for row in concerns.rows
            if row.key is not None and is_concentrated(by_month=row.by_month)
        ),
    )
