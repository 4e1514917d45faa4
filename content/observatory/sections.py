"""The observatory's sections: each chart with its title, description and table, in the reader's
language, built from the figures (`counts`) and drawn by `charts`.

A survey figure is always given as its record says it (value, statement, population, source),
beside what the clinics declare, never merged with it: they count different people.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from content.explainers.models import BarometerFigure

from .charts import BarChart, BarInput, RowInput, bar_chart
from .counts import (
    INFORMED_FIGURE,
    PROFESSIONALS_INFORM_FIGURE,
    SOVEREIGN_FIGURE,
    Observatory,
    Share,
)

PUBLIC = "public"
PROFESSIONALS = "professionals"


def percent_text(value: int) -> str:
    """« 42 % » in French (a no-break space before %), "42%" in English."""
    space = "\u00a0" if get_language() == "fr" else ""
    return f"{value}{space}%"


def number_text(value: int) -> str:
    return number_format(value, force_grouping=True)


@dataclass(frozen=True)
class Table:
    caption: str
    head: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class Section:
    """One chart of the page, with its text alternative."""

    key: str
    title: str
    description: str
    chart: BarChart
    table: Table
    figures: Sequence[BarometerFigure] = field(default_factory=tuple)
    note: str = ""

    @property
    def title_id(self) -> str:
        return f"chart-{self.key}-title"

    @property
    def desc_id(self) -> str:
        return f"chart-{self.key}-desc"


def _shares_text(share: Share) -> str:
    return f"{number_text(share.count)} ({percent_text(share.percent)})"


def _breakdown(
    key: str, *, title: str, description: str, head: str, shares: Sequence[Share]
) -> Section:
    """A chart of declared uses by group: bars of uses, a table with uses, share and clinics."""
    chart = bar_chart(
        [
            RowInput(
                label=capfirst(share.label),
                bars=[BarInput(share.count, _shares_text(share))],
            )
            for share in shares
        ],
        maximum=max((share.count for share in shares), default=0),
    )
    table = Table(
        caption=title,
        head=(head, _("Outils déclarés"), _("Part des outils déclarés"), _("Structures")),
        rows=[
            (
                capfirst(share.label),
                number_text(share.count),
                percent_text(share.percent),
                number_text(share.clinics),
            )
            for share in shares
        ],
    )
    return Section(key=key, title=title, description=description, chart=chart, table=table)


def _public_text(value: int) -> str:
    return _("%(percent)s du public") % {"percent": percent_text(value)}


def _clinics_text(value: int) -> str:
    return _("%(percent)s des structures") % {"percent": percent_text(value)}


def _fears(observatory: Observatory) -> Section:
    rows = []
    table_rows = []
    for fear in observatory.fears:
        bars = [BarInput(fear.every_use_percent, _clinics_text(fear.every_use_percent))]
        if fear.figure is not None:
            bars.append(BarInput(fear.figure.value, _public_text(fear.figure.value), PUBLIC))
        rows.append(RowInput(label=capfirst(fear.name), bars=bars))
        table_rows.append(
            (
                capfirst(fear.name),
                f"{number_text(fear.every_use)} ({percent_text(fear.every_use_percent)})",
                f"{number_text(fear.some_use)} ({percent_text(fear.some_use_percent)})",
                fear.figure.display_value if fear.figure is not None else "–",
            )
        )
    title = _("Les cinq craintes du public, et les notices qui y répondent")
    return Section(
        key="fears",
        title=title,
        description=_(
            "Pour chaque crainte, la première barre donne la part des structures dont la notice "
            "y répond pour chaque outil ; la seconde, la part des Français qui citent cette "
            "crainte parmi les principaux risques de l’IA en santé (baromètre 2025). Ce ne sont "
            "pas les mêmes personnes."
        ),
        chart=bar_chart(rows, maximum=100),
        table=Table(
            caption=title,
            head=(
                _("Crainte"),
                _("Structures dont la notice répond pour chaque outil"),
                _("Structures dont la notice répond pour au moins un outil"),
                _("Français qui citent cette crainte"),
            ),
            rows=table_rows,
        ),
        figures=tuple(fear.figure for fear in observatory.fears if fear.figure is not None),
    )


def _sovereignty(observatory: Observatory) -> Section:
    hosted = observatory.hosted_in_eea
    rows = [
        RowInput(
            label=_("Outils déclarés dont les données sont stockées dans l’EEE"),
            bars=[
                BarInput(
                    hosted.percent,
                    _("%(percent)s des outils") % {"percent": percent_text(hosted.percent)},
                )
            ],
        )
    ]
    table_rows = [
        (
            _("Outils déclarés dont les données sont stockées dans l’EEE"),
            f"{number_text(hosted.count)} / {number_text(hosted.total)}",
            percent_text(hosted.percent),
        )
    ]
    figure = observatory.figures.get(SOVEREIGN_FIGURE)
    figures = ()
    if figure is not None:
        label = _("Français qui veulent choisir d’abord des outils français ou européens")
        rows.append(
            RowInput(label=label, bars=[BarInput(figure.value, _public_text(figure.value), PUBLIC)])
        )
        table_rows.append((label, "–", figure.display_value))
        figures = (figure,)
    title = _("Où sont stockées les données, et ce que veut le public")
    return Section(
        key="sovereignty",
        title=title,
        description=_(
            "La première barre donne la part des outils déclarés dont les données sont stockées "
            "dans l’Espace économique européen ; la seconde, la part des Français qui veulent "
            "choisir d’abord des outils français ou européens (baromètre 2025). Ce ne sont pas "
            "les mêmes mesures."
        ),
        chart=bar_chart(rows, maximum=100),
        table=Table(
            caption=title,
            head=(_("Ce qui est compté"), _("Nombre"), _("Part")),
            rows=table_rows,
        ),
        figures=figures,
    )


def _visits(observatory: Observatory) -> Section:
    visits = observatory.visits
    label = _("Structures ayant remis au moins une carte de visite")
    rows = [
        RowInput(
            label=label,
            bars=[
                BarInput(visits.live_clinics_percent, _clinics_text(visits.live_clinics_percent))
            ],
        )
    ]
    table_rows = [
        (
            label,
            f"{number_text(visits.live_clinics)} / {number_text(visits.published_clinics)}",
            percent_text(visits.live_clinics_percent),
        )
    ]
    figures = []
    public = observatory.figures.get(INFORMED_FIGURE)
    if public is not None:
        label = _("Français qui veulent être informés quand leur soignant utilise l’IA")
        rows.append(
            RowInput(label=label, bars=[BarInput(public.value, _public_text(public.value), PUBLIC)])
        )
        table_rows.append((label, "–", public.display_value))
        figures.append(public)
    professionals = observatory.figures.get(PROFESSIONALS_INFORM_FIGURE)
    if professionals is not None:
        label = _("Soignants utilisant l’IA qui disent en informer leurs patients")
        text = _("%(percent)s des soignants") % {"percent": percent_text(professionals.value)}
        rows.append(
            RowInput(label=label, bars=[BarInput(professionals.value, text, PROFESSIONALS)])
        )
        table_rows.append((label, "–", professionals.display_value))
        figures.append(professionals)
    title = _("Dire au patient quand l’IA a servi")
    return Section(
        key="visits",
        title=title,
        description=_(
            "La première barre donne la part des structures à notice publiée qui ont remis au "
            "moins une carte de visite sur la période ; les suivantes, deux chiffres du baromètre "
            "2025 : la part des Français qui veulent être informés, et la part des soignants "
            "utilisant l’IA qui disent informer leurs patients. Trois populations différentes."
        ),
        chart=bar_chart(rows, maximum=100),
        table=Table(
            caption=title,
            head=(_("Ce qui est compté"), _("Nombre"), _("Part")),
            rows=table_rows,
        ),
        figures=tuple(figures),
    )


def observatory_sections(observatory: Observatory) -> list[Section]:
    """The page's charts in reading order; none when no clinic has declared a tool."""
    if not observatory.uses:
        return []
    breakdowns: list[tuple[str, Promise | str, str, str, Sequence[Share]]] = [
        (
            "kinds",
            _("Quels types d’outils"),
            _("Nombre d’outils déclarés par type d’intelligence artificielle."),
            _("Type d’outil"),
            observatory.kinds,
        ),
        (
            "care-steps",
            _("À quelle étape des soins"),
            _("Nombre d’outils déclarés par étape des soins où ils servent."),
            _("Étape des soins"),
            observatory.care_steps,
        ),
        (
            "roles",
            _("Quel rôle dans la décision"),
            _("Nombre d’outils déclarés selon ce que l’outil fait de la décision du soignant."),
            _("Rôle dans la décision"),
            observatory.roles,
        ),
        (
            "patient-facing",
            _("Le patient parle-t-il à l’outil ?"),
            _("Nombre d’outils déclarés avec lesquels le patient échange lui-même, ou non."),
            _("Qui se sert de l’outil"),
            observatory.patient_facing,
        ),
        (
            "hosting",
            _("Où vont les données"),
            _(
                "Nombre d’outils déclarés selon le lieu où leurs données sont stockées, et selon "
                "que certaines sortent ou non de l’Espace économique européen (EEE)."
            ),
            _("Les données sont…"),
            observatory.hosting,
        ),
        (
            "training",
            _("Les données servent-elles à entraîner l’outil ?"),
            _(
                "Nombre d’outils déclarés selon que leur éditeur réutilise les données des "
                "patients pour entraîner l’IA."
            ),
            _("Réutilisation pour l’entraînement"),
            observatory.training,
        ),
    ]
    sections = [
        _breakdown(key, title=str(title), description=description, head=head, shares=shares)
        for key, title, description, head, shares in breakdowns
    ]
    leave = observatory.data_leave_eea
    sections[4] = replace(
        sections[4],
        note=ngettext(
            "Pour %(count)s outil déclaré sur %(total)s (%(percent)s), des données sortent de "
            "l’EEE : elles sont stockées ou traitées ailleurs, ou lues depuis un pays hors de l’EEE.",
            "Pour %(count)s outils déclarés sur %(total)s (%(percent)s), des données sortent de "
            "l’EEE : elles sont stockées ou traitées ailleurs, ou lues depuis un pays hors de l’EEE.",
            leave.count,
        )
        % {
            "count": number_text(leave.count),
            "total": number_text(leave.total),
            "percent": percent_text(leave.percent),
        },
    )
    return [
        *sections[:5],
        _sovereignty(observatory),
        sections[5],
        _fears(observatory),
        _visits(observatory),
    ]
