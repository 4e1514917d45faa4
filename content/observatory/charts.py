"""Horizontal bar charts as SVG geometry: positions and sizes a template draws, no database.

The chart is drawn on a 300-unit-wide view box and shown at the width of its column (at most
about 26rem, `static/css/portal.css`), so that its text stays about as large as the page's on a
320 px phone. SVG text does not wrap: labels are cut into lines here, at a width in characters
that fits the view box. Each row is a label, then one bar per series, each followed by its text.
"""

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 300
FONT_SIZE = 14
LINE_HEIGHT = 18
BAR_HEIGHT = 16
BAR_GAP = 6
ROW_GAP = 14
# Room kept right of the longest bar for its text: « 100 % des structures ».
TEXT_ROOM = 150
TEXT_GAP = 6
# Characters of a label on one line at FONT_SIZE in a system font, with a margin.
LABEL_CHARACTERS = 36


@dataclass(frozen=True)
class BarInput:
    """One bar as a chart is asked for it: its value out of `maximum`, its text, its series."""

    value: float
    text: str
    series: str = "declared"


@dataclass(frozen=True)
class RowInput:
    label: str
    bars: Sequence[BarInput]


@dataclass(frozen=True)
class Bar:
    y: int
    width: float
    text: str
    text_x: float
    text_y: int
    series: str


@dataclass(frozen=True)
class LabelLine:
    text: str
    y: int


@dataclass(frozen=True)
class Row:
    lines: tuple[LabelLine, ...]
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    rows: tuple[Row, ...]
    bar_height: int = BAR_HEIGHT
    font_size: int = FONT_SIZE

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


def label_lines(label: str, *, characters: int = LABEL_CHARACTERS) -> list[str]:
    """The label cut between words into lines of at most `characters` (a longer word stays whole)."""
    lines: list[str] = []
    line = ""
    for word in label.split():
        candidate = f"{line} {word}" if line else word
        if line and len(candidate) > characters:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines or [""]


def bar_chart(rows: Sequence[RowInput], *, maximum: float) -> BarChart:
    """The geometry of a chart of `rows`, bars scaled so that `maximum` fills the bar area.

    A bar of a positive value is at least one unit wide, so that it shows; a value above
    `maximum` is drawn at `maximum`. Refuses nothing: no row gives an empty chart.
    """
    area = WIDTH - TEXT_ROOM
    y = 0
    drawn = []
    for row in rows:
        lines = []
        for text in label_lines(row.label):
            y += LINE_HEIGHT
            lines.append(LabelLine(text=text, y=y - 4))
        y += 4
        bars = []
        for bar in row.bars:
            share = min(bar.value / maximum, 1) if maximum else 0
            width = max(round(area * share, 1), 1 if bar.value > 0 else 0)
            bars.append(
                Bar(
                    y=y,
                    width=width,
                    text=bar.text,
                    text_x=width + TEXT_GAP,
                    text_y=y + BAR_HEIGHT - 3,
                    series=bar.series,
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        y += ROW_GAP - BAR_GAP
        drawn.append(Row(lines=tuple(lines), bars=tuple(bars)))
    return BarChart(width=WIDTH, height=max(y, 1), rows=tuple(drawn))
