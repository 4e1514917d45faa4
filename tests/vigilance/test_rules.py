"""The rule that points at a system: the months counted, and when concerns concentrate."""

import datetime

import pytest

from content.vigilance.rules import count_table, is_concentrated, months_ending

pytestmark = pytest.mark.django_db


def test_months_ending_are_the_twelve_first_days_up_to_todays_month():
    months = months_ending(today=datetime.date(2026, 2, 15))

    assert len(months) == 12
    assert months[0] == datetime.date(2025, 3, 1)
    assert months[-1] == datetime.date(2026, 2, 1)


def test_steady_concerns_are_not_a_concentration():
    assert not is_concentrated(by_month=[1] * 12)
    assert not is_concentrated(by_month=[3] * 12)


def test_concerns_arriving_in_the_last_three_months_are_a_concentration():
    assert is_concentrated(by_month=[0] * 9 + [1, 1, 1])
    assert is_concentrated(by_month=[1] * 9 + [2, 4, 5])


def test_fewer_than_three_recent_concerns_are_never_a_concentration():
    assert not is_concentrated(by_month=[0] * 9 + [0, 1, 1])


def test_concentration_starts_at_twice_the_yearly_monthly_average():
    # 6 concerns in 3 months (2 a month) against 12 in 12 months (1 a month): exactly twice.
    at_threshold = [1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 2]
    assert is_concentrated(by_month=at_threshold)
    assert not is_concentrated(by_month=[2, *at_threshold[1:]])


def test_concentration_refuses_a_recent_window_outside_the_series():
    with pytest.raises(ValueError):
        is_concentrated(by_month=[1, 2], recent_months=3)
    with pytest.raises(ValueError):
        is_concentrated(by_month=[1, 2], recent_months=0)


def test_count_table_puts_the_busiest_first_and_leaves_out_other_months():
    months = months_ending(today=datetime.date(2026, 2, 15))
    table = count_table(
        records=[
            (1, "Outil A", datetime.date(2026, 2, 1), 2),
            (2, "Outil B", datetime.date(2026, 1, 1), 5),
            (None, None, datetime.date(2025, 3, 1), 1),
            (1, "Outil A", datetime.date(2025, 2, 1), 9),
        ],
        months=months,
        unnamed="Sans outil",
    )

    assert [row.label for row in table.rows] == ["Outil B", "Outil A", "Sans outil"]
    assert [row.total for row in table.rows] == [5, 2, 1]
    assert table.month_totals == (1, *[0] * 9, 5, 2)
    assert table.total == 8


def test_an_empty_count_table_has_a_zero_per_month():
    months = months_ending(today=datetime.date(2026, 2, 15))
    table = count_table(records=[], months=months, unnamed="Sans outil")

    assert table.rows == ()
    assert table.month_totals == (0,) * 12
