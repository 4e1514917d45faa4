"""The charts' geometry: bars in proportion, labels cut between words, nothing wider than the box."""

from content.observatory.charts import (
    LABEL_CHARACTERS,
    TEXT_ROOM,
    WIDTH,
    BarInput,
    RowInput,
    bar_chart,
    label_lines,
)
from content.observatory.counts import percent


def test_bars_are_in_proportion_and_the_largest_fills_the_bar_area():
    chart = bar_chart(
        [RowInput("Diagnostic", [BarInput(10, "10")]), RowInput("Soins", [BarInput(5, "5")])],
        maximum=10,
    )

    first, second = (row.bars[0] for row in chart.rows)
    assert first.width == WIDTH - TEXT_ROOM
    assert second.width == first.width / 2
    assert first.text_x > first.width
    assert chart.view_box == f"0 0 {WIDTH} {chart.height}"


def test_a_small_value_still_shows_and_zero_draws_nothing():
    chart = bar_chart(
        [RowInput("Rare", [BarInput(1, "1")]), RowInput("Aucun", [BarInput(0, "0")])],
        maximum=10_000,
    )

    assert chart.rows[0].bars[0].width == 1
    assert chart.rows[1].bars[0].width == 0


def test_a_value_above_the_maximum_is_drawn_at_the_maximum():
    chart = bar_chart([RowInput("Trop", [BarInput(150, "150 %")])], maximum=100)

    assert chart.rows[0].bars[0].width == WIDTH - TEXT_ROOM


def test_rows_follow_each_other_without_overlapping():
    chart = bar_chart(
        [
            RowInput(
                "Une étiquette assez longue pour tenir sur deux lignes au moins",
                [
                    BarInput(3, "3 %"),
                    BarInput(42, "42 % du public", "public"),
                ],
            ),
            RowInput("Courte", [BarInput(1, "1 %")]),
        ],
        maximum=100,
    )

    first, second = chart.rows
    assert len(first.lines) >= 2
    assert first.bars[0].y > first.lines[-1].y
    assert first.bars[1].y > first.bars[0].y
    assert second.lines[0].y > first.bars[1].y
    assert chart.height > second.bars[0].y
    assert first.bars[1].series == "public"


def test_labels_are_cut_between_words_and_a_long_word_stays_whole():
    label = "prépare un brouillon que le soignant valide avant de le signer"
    lines = label_lines(label)

    assert " ".join(lines) == label
    assert all(len(line) <= LABEL_CHARACTERS for line in lines)
    assert label_lines("anticonstitutionnellement" * 2, characters=10) == [
        "anticonstitutionnellement" * 2
    ]


def test_no_row_gives_an_empty_chart():
    chart = bar_chart([], maximum=0)

    assert chart.rows == ()
    assert chart.height >= 1


def test_a_share_is_never_0_when_some_nor_100_when_not_all():
    assert percent(0, 0) == 0
    assert percent(1, 1000) == 1
    assert percent(999, 1000) == 99
    assert percent(1000, 1000) == 100
    assert percent(2, 3) == 67
