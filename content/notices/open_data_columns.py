"""The columns of the notices' CSV file: one row per use of AI in a notice in force.

Each column has its name, what it holds (shown on the open data page) and how it is read off the
published document. Choices are given by their code, the schema's (`schemas/notice.schema.json`),
whose labels in French and English each notice's JSON holds; yes/no facts as `true` or `false`,
empty when the notice was published before the portal asked.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .rules.obligations import FEAR_FIELDS

# A cell starting with one of these is a formula to a spreadsheet: it is shown as text instead.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Row = Mapping[str, Any]


@dataclass(frozen=True)
class Column:
    """One column: its name in the header, what it holds, how it is read from a notice's use.

    `read` takes the served notice, one of its uses and that use's system.
    """

    name: str
    meaning: Promise
    read: Callable[[Row, Row, Row], Any]


def _code(value: Row | None) -> str:
    return (value or {}).get("code", "")


def _flag(value: bool | None) -> str:
    if value is None:
        return ""
    return "true" if value else "false"


def _french(value: Row | None) -> str:
    return (value or {}).get("fr") or ""


def _written(value: Row | None) -> str:
    return _flag(bool(_french(value).strip()))


CLINIC_COLUMNS = (
    Column(
        "clinic_id",
        _("identifiant de la structure (celui de l’adresse de sa notice)"),
        lambda n, u, s: n["id"],
    ),
    Column("clinic_name", _("nom de la structure"), lambda n, u, s: n["name"]),
    Column("clinic_kind", _("type de structure (code)"), lambda n, u, s: _code(n["kind"])),
    Column("postcode", _("code postal"), lambda n, u, s: n["address"]["postcode"]),
    Column("city", _("ville"), lambda n, u, s: n["address"]["city"]),
    Column(
        "notice_version",
        _("numéro de la version de la notice en vigueur"),
        lambda n, u, s: n["version"]["number"],
    ),
    Column(
        "published_at",
        _("date et heure de sa publication (ISO 8601)"),
        lambda n, u, s: n["version"]["published_at"],
    ),
    Column(
        "review_due_on",
        _("date avant laquelle la structure doit relire sa notice"),
        lambda n, u, s: n["version"]["review_due_on"] or "",
    ),
    Column(
        "review_state",
        _("« current », ou « to_review » quand cette date est passée"),
        lambda n, u, s: n["version"]["review_state"],
    ),
    Column(
        "second_opinion_on_request",
        _(
            "la structure s’engage à faire revoir un résultat par un autre professionnel si le patient le demande"
        ),
        lambda n, u, s: _flag((n.get("commitments") or {}).get("second_opinion_on_request")),
    ),
    Column(
        "notice_url_fr",
        _("adresse de la notice en français"),
        lambda n, u, s: n["urls"].get("fr", ""),
    ),
    Column(
        "notice_url_en",
        _("adresse de la notice en anglais"),
        lambda n, u, s: n["urls"].get("en", ""),
    ),
    Column("notice_json", _("adresse de la notice en JSON"), lambda n, u, s: n["json"]),
)

USE_COLUMNS = (
    Column(
        "use_id",
        _("identifiant de l’usage, stable d’une version à l’autre"),
        lambda n, u, s: u["id"],
    ),
    Column(
        "use_label",
        _("ce que fait l’outil ici, en quelques mots (en français)"),
        lambda n, u, s: _french(u.get("label")),
    ),
    Column("care_step", _("étape des soins (code)"), lambda n, u, s: _code(u["care_step"])),
    Column(
        "decision_role",
        _("rôle de l’outil dans la décision (code)"),
        lambda n, u, s: _code(u["decision_role"]),
    ),
    Column(
        "patient_interacts",
        _("le patient échange directement avec l’outil"),
        lambda n, u, s: _flag(u["patient_interacts"]),
    ),
    Column(
        "declinable",
        _("la structure s’engage à soigner sans l’outil le patient qui le refuse"),
        lambda n, u, s: _flag(u.get("declinable")),
    ),
    *(
        Column(
            f"answers_{name.removeprefix('answer_')}",
            meaning,
            lambda n, u, s, name=name: _written(u.get(name)),
        )
        for name, meaning in zip(
            FEAR_FIELDS,
            (
                _("la notice dit ce qui se passe si l’outil se trompe"),
                _("la notice dit si le patient voit toujours un soignant"),
                _("la notice dit qui est responsable"),
                _("la notice dit si l’outil est fiable"),
                _("la notice dit qui voit les données"),
            ),
            strict=True,
        )
    ),
)

SYSTEM_COLUMNS = (
    Column("system_key", _("identifiant de l’outil dans le catalogue"), lambda n, u, s: s["key"]),
    Column("system_name", _("nom de l’outil"), lambda n, u, s: s["name"]),
    Column(
        "system_label",
        _("ce que fait l’outil, selon le catalogue (en français)"),
        lambda n, u, s: _french(s.get("label")),
    ),
    Column("vendor", _("éditeur"), lambda n, u, s: s["vendor"]),
    Column(
        "vendor_country",
        _("pays de l’éditeur (code ISO 3166-1)"),
        lambda n, u, s: _code(s["vendor_country"]),
    ),
    Column("system_kind", _("type d’IA (code)"), lambda n, u, s: _code(s["kind"])),
    Column(
        "foundation_model",
        _("modèle de fondation, quand l’outil en utilise un"),
        lambda n, u, s: s["foundation_model"],
    ),
    Column(
        "regulatory_status",
        _("statut de dispositif médical (code)"),
        lambda n, u, s: _code(s["regulatory_status"]),
    ),
    Column(
        "notified_body",
        _("organisme notifié, à partir de la classe IIa"),
        lambda n, u, s: s["notified_body"],
    ),
    Column(
        "hosting_country",
        _("pays où les données sont stockées (code)"),
        lambda n, u, s: _code(s["hosting_country"]),
    ),
    Column(
        "processing_country",
        _("pays où les données sont traitées (code)"),
        lambda n, u, s: _code(s.get("processing_country")),
    ),
    Column(
        "outside_eea_access",
        _(
            "pays hors de l’Espace économique européen d’où l’on peut lire les données (codes séparés par des espaces)"
        ),
        lambda n, u, s: " ".join(_code(country) for country in s.get("outside_eea_access") or []),
    ),
    Column(
        "data_leave_eea",
        _("des données sortent de l’Espace économique européen"),
        lambda n, u, s: _flag(s["data_leave_eea"]),
    ),
    Column(
        "hds_certified",
        _("hébergeur certifié pour les données de santé (HDS)"),
        lambda n, u, s: _flag(s["hds_certified"]),
    ),
    Column(
        "training_reuse",
        _("l’éditeur réutilise les données des patients pour entraîner son IA (code)"),
        lambda n, u, s: _code(s["training_reuse"]),
    ),
    Column("system_version", _("version de l’outil"), lambda n, u, s: s["version"]),
    Column(
        "system_last_reviewed",
        _("date de la dernière vérification de la fiche du catalogue"),
        lambda n, u, s: s["last_reviewed"],
    ),
)

COLUMNS = (*CLINIC_COLUMNS, *USE_COLUMNS, *SYSTEM_COLUMNS)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        # Spreadsheets would run it (CSV injection): a leading apostrophe keeps it text.
        return "'" + text
    return text


def csv_header() -> list[str]:
    return [column.name for column in COLUMNS]


def csv_rows(notice: Row) -> list[list[str]]:
    """The rows of one served notice (`document.notice_served`, with its JSON address in "json")."""
    return [
        [_cell(column.read(notice, use, use["system"] or {})) for column in COLUMNS]
        for use in notice["uses"]
    ]
