"""The Model Card Toolkit's JSON card (schema v0.0.2), read for the catalogue.

Validated against the vendored draft-07 schema (`model_card_schemas/mct-v0.0.2.schema.json`);
errors name the field's path (`model_details.version.name`). Formats are not checked: the
toolkit's own example dates its version "2020/02/02", which `format: date` would refuse.
"""

import json
from functools import cache
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from jsonschema import Draft7Validator

from content.vocabulary import EvidenceKind

from .model_card_fields import (
    NO_NAME,
    TOO_DEEP,
    CardReading,
    card_refused,
    card_text,
    cut_to_fit,
    fitting,
    kind_from,
    links_in,
    missing_fields,
    plain_text,
    unique_links,
)

SCHEMA_PATH = Path(__file__).resolve().parent / "model_card_schemas" / "mct-v0.0.2.schema.json"
MAX_ERRORS = 10

JSON_MALFORMED = _(
    "Ligne %(line)s, colonne %(column)s : ce fichier n’est pas un JSON valide (%(detail)s)."
)
JSON_NOT_UTF8 = _("Ce fichier JSON n’est pas encodé en UTF-8.")
JSON_INVALID = _("Champ « %(field)s » : %(detail)s")
JSON_MORE_ERRORS = _("… et d’autres erreurs : corrigez d’abord celles-ci.")
ROOT = _("(la fiche entière)")
WRONG_TYPE = _("doit être %(expected)s.")
UNKNOWN_FIELDS = _("champ inconnu du schéma Model Card Toolkit v0.0.2 : %(fields)s.")
ONE_OF = _("ne correspond à aucune des formes permises par le schéma.")
JSON_TYPES = {
    "string": _("un texte"),
    "array": _("une liste"),
    "object": _("un objet"),
    "number": _("un nombre"),
    "integer": _("un nombre entier"),
    "boolean": _("vrai ou faux"),
}
# Second-level sections whose whole content a catalogue field holds, when it does.
NAME = ("model_details", "name")
OVERVIEW = ("model_details", "overview")
USE_CASES = ("considerations", "use_cases")
USERS = ("considerations", "users")
REFERENCES = ("model_details", "references")


@cache
def mct_validator() -> Draft7Validator:
    return Draft7Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def _path(parts) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    return path or str(ROOT)


def _schema_error(error) -> ValidationError:
    if error.validator == "type":
        expected = error.validator_value
        names = [
            str(JSON_TYPES.get(name, name))
            for name in ([expected] if isinstance(expected, str) else expected)
        ]
        detail = WRONG_TYPE % {"expected": " / ".join(names)}
    elif error.validator == "additionalProperties":
        unknown = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        detail = UNKNOWN_FIELDS % {"fields": ", ".join(f"« {name} »" for name in unknown)}
    elif error.validator == "oneOf":
        detail = ONE_OF
    else:
        detail = error.message
    return ValidationError(
        JSON_INVALID, code="schema", params={"field": _path(error.absolute_path), "detail": detail}
    )


def mct_parse(data: bytes) -> dict[str, Any]:
    """The card as a dict, once valid JSON of the schema; refuses with each error's field."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise card_refused(ValidationError(JSON_NOT_UTF8, code="encoding")) from error
    try:
        card = json.loads(text)
    except json.JSONDecodeError as error:
        raise card_refused(
            ValidationError(
                JSON_MALFORMED,
                code="syntax",
                params={"line": error.lineno, "column": error.colno, "detail": error.msg},
            )
        ) from error
    errors = sorted(
        mct_validator().iter_errors(card), key=lambda error: list(map(str, error.absolute_path))
    )
    if errors:
        refused = [_schema_error(error) for error in errors[:MAX_ERRORS]]
        if len(errors) > MAX_ERRORS:
            refused.append(ValidationError(JSON_MORE_ERRORS, code="more"))
        raise card_refused(*refused)
    return card


def _has_content(value: Any) -> bool:
    if isinstance(value, str):
        return bool(card_text(value))
    if isinstance(value, dict):
        return any(_has_content(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_content(item) for item in value)
    return value is not None


def _descriptions(items: list[dict[str, Any]]) -> list[str]:
    return [text for item in items if (text := card_text(item.get("description")))]


def mct_read(data: bytes) -> CardReading:
    """The catalogue's view of a Model Card Toolkit card; refuses a file that is not one."""
    try:
        return _mct_read(data)
    except RecursionError as error:
        # Python's JSON reader, the schema check and the reading recurse: "[[[[…" would end in a
        # server error.
        raise card_refused(ValidationError(TOO_DEEP, code="too_deep")) from error


def _mct_read(data: bytes) -> CardReading:
    card = mct_parse(data)
    details = card.get("model_details", {})
    considerations = card.get("considerations", {})
    name = card_text(details.get("name"))
    if not name:
        raise card_refused(
            ValidationError(NO_NAME, code="no_name", params={"section": "model_details.name"})
        )
    # The catalogue cannot do without a name: one too long or on several lines is cut, to check.
    name, name_cut = cut_to_fit(name, "name")
    fields: dict[str, Any] = {"name": name}
    mapped = {NAME}
    owners = [text for owner in details.get("owners", []) if (text := card_text(owner.get("name")))]
    if vendor := fitting(", ".join(owners), "vendor"):
        fields["vendor"] = vendor
    if label := fitting(plain_text(card_text(details.get("overview"))), "label"):
        fields["label_en"] = label
        mapped.add(OVERVIEW)
    version = details.get("version", {})
    if value := fitting(card_text(version.get("name")), "version"):
        fields["version"] = value
    purpose = _descriptions(considerations.get("use_cases", []))
    if purpose:
        mapped.add(USE_CASES)
    users = _descriptions(considerations.get("users", []))
    if users:
        purpose.append("Intended users: " + "; ".join(users))
        mapped.add(USERS)
    if purpose:
        fields["intended_purpose_en"] = plain_text("\n\n".join(purpose))
    if kind := kind_from(card_text(card.get("model_parameters", {}).get("model_architecture"))):
        fields["kind"] = kind
    evidence = []
    references = details.get("references", [])
    for reference in references:
        evidence += links_in(card_text(reference.get("reference")), EvidenceKind.VENDOR)
    if references and len(evidence) == len(references):
        mapped.add(REFERENCES)
    unmapped = []
    for section, content in card.items():
        if section == "schema_version" or not isinstance(content, dict):
            continue
        for key, value in content.items():
            if (section, key) in mapped or not _has_content(value):
                continue
            if (section, key) == ("model_details", "owners"):
                if any(_has_content(owner.get("contact")) for owner in value) or not vendor:
                    unmapped.append(
                        "model_details.owners" if not vendor else "model_details.owners.contact"
                    )
            elif (section, key) == ("model_details", "version"):
                rest = [part for part in ("date", "diff") if _has_content(value.get(part))]
                unmapped += [f"model_details.version.{part}" for part in rest]
                if not fields.get("version") and _has_content(value.get("name")):
                    unmapped.append("model_details.version.name")
            else:
                unmapped.append(f"{section}.{key}")
    return CardReading(
        format="mct",
        fields=fields,
        evidence=unique_links(evidence),
        unmapped=unmapped,
        missing=missing_fields(fields, cut=("name",) if name_cut else ()),
    )
