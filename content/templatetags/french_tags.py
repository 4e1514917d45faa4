"""Template filters that write dates and clinic names as French writes them, English unchanged.

- `long_date`: « 1er décembre 2026 » (French) / "1 December 2026"; takes a Django date format,
  "j F Y" by default, and a date, a datetime or an ISO string (as notice documents keep them).
- `datetime_attr`: the value of a `<time datetime>`, without microseconds: `2026-12-01` for a date,
  `2026-12-01T09:30:00+00:00` for a moment.
- `clinic_name`: a clinic's name with its article after « à » or « de » (« au Cabinet médical des
  Tilleuls », « de la Maison de santé »); the name alone in English. Takes a Clinic or a notice
  document (a mapping with `name` and `name_article`).
"""

import re
from datetime import UTC, date, datetime

from django import template
from django.template import defaultfilters
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime

from content.notices.models.names import clinic_name_with

register = template.Library()

# A "j" (day of the month) that is not escaped in a Django date format.
_DAY = re.compile(r"(?<!\\)j")


def _as_date(value) -> date | datetime | None:
    if isinstance(value, str):
        parsed = parse_datetime(value) or parse_date(value)
        if isinstance(parsed, datetime) and timezone.is_aware(parsed):
            parsed = timezone.localtime(parsed)
        return parsed
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value if isinstance(value, date) else None


@register.filter
def long_date(value, arg: str = "j F Y") -> str:
    """The date in words; « 1er » for the first day of a month in French; "" for no date."""
    moment = _as_date(value)
    if moment is None:
        return ""
    date_format = arg
    if translation.get_language() == "fr" and moment.day == 1:
        date_format = _DAY.sub(r"j\\e\\r", date_format)
    return defaultfilters.date(moment, date_format)


@register.filter
def datetime_attr(value) -> str:
    """A valid `<time datetime>` value: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS+00:00 (UTC)."""
    if isinstance(value, str):
        # A plain date stays a date: parse_datetime would read it as midnight and shift its day.
        value = (parse_date(value) if len(value) == 10 else None) or parse_datetime(value)
    if isinstance(value, datetime):
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value.astimezone(UTC).replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return ""


@register.filter
def clinic_name(clinic, preposition: str = "") -> str:
    """« au Cabinet… » for "à", « du Cabinet… » for "de", « le Cabinet… » for ""; in English the name."""
    if isinstance(clinic, dict):
        name, article = clinic.get("name", ""), clinic.get("name_article", "")
    else:
        name, article = clinic.name, getattr(clinic, "name_article", "")
    if translation.get_language() != "fr":
        return name
    return clinic_name_with(name=name, article=article or "", preposition=preposition)
