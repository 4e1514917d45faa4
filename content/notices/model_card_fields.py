"""What a vendor's model card gives the catalogue, whatever its format: the reading of one card.

Pure: no model, no database. `model_card_chai` and `model_card_mct` read each format into a
`CardReading`; `model_cards` turns it into a draft catalogue system.
"""

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from content.vocabulary import NOTIFIED_BODY_STATUSES, AISystemKind, EvidenceKind, RegulatoryStatus

# A model card is a few dozen kilobytes; the largest published ones stay well under this.
MAX_CARD_BYTES = 2 * 1024 * 1024
# EvidenceLink.url is a URLField of Django's default length.
MAX_URL_LENGTH = 200

# The catalogue's fields no card format has (CHAI and the Model Card Toolkit say nothing of where
# the data go, of HDS, or of reuse for training): an editor always completes or confirms them.
ALWAYS_MISSING = (
    "vendor_country",
    "hosting_country",
    "processing_country",
    "outside_eea_access",
    "data_leave_eea",
    "hds_certified",
    "training_reuse",
    # Set to the day of the import; an editor who checked the system dates it.
    "last_reviewed",
)
# The catalogue's required fields a card may fill, in the order of the admin's form.
REQUIRED_FROM_CARD = (
    "name",
    "label",
    "vendor",
    "kind",
    "intended_purpose",
    "not_intended_for",
    "regulatory_status",
    "version",
)
# Translated fields: the card's English goes to `<field>_en`, the French waits for a translator.
TRANSLATED = ("label", "intended_purpose", "not_intended_for")
# Maximum lengths of the catalogue's short fields (AISystem).
MAX_LENGTHS = {"name": 120, "label": 120, "vendor": 120, "foundation_model": 200, "version": 60}

# What vendors write in a section they leave empty.
PLACEHOLDERS = {"", "n/a", "na", "none", "-", "--", "not applicable", "not available", "tbd"}
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")
BARE_URL = re.compile(r"(?<![(\w])https?://[^\s)<>\]\"']+")
GENERIC_LINK_TEXTS = {"link", "here", "click here", "this", "this link", "website", "pdf"}

# The kind of AI, from the words a card uses for its model (first match wins: a speech tool that
# writes with a language model is generative).
KIND_WORDS = (
    (
        AISystemKind.GENERATIVE,
        re.compile(
            r"\b(large language models?|llms?|slms?|small language models?|generative|gpt[\w-]*|"
            r"llama[\w.-]*|mistral|gemini|claude|foundation models?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        AISystemKind.SPEECH,
        re.compile(r"\b(speech[- ]recognition|speech[- ]to[- ]text|asr|voice recognition)\b", re.I),
    ),
    (
        AISystemKind.MACHINE_LEARNING,
        re.compile(
            r"\b(neural networks?|deep learning|machine learning|convolutional|cnns?|"
            r"random forests?|gradient[- ]boost\w*|xgboost|logistic regression|classifiers?)\b",
            re.IGNORECASE,
        ),
    ),
    (AISystemKind.RULES, re.compile(r"\b(rules?[- ]based|expert system)\b", re.IGNORECASE)),
)
# A European class: "IIa (EU)", "CE class IIb", "MDR Class I".
EU_CLASS = (
    re.compile(r"\b(III|IIb|IIa|I)\s*\((?:EU|CE|MDR)\b", re.IGNORECASE),
    re.compile(r"\b(?:CE|EU|MDR)\b[^.;/\n]{0,40}?\bclass\s+(III|IIb|IIa|I)\b", re.IGNORECASE),
)
EU_CLASS_STATUS = {
    "i": RegulatoryStatus.CE_I,
    "iia": RegulatoryStatus.CE_IIA,
    "iib": RegulatoryStatus.CE_IIB,
    "iii": RegulatoryStatus.CE_III,
}


@dataclass(frozen=True)
class CardLink:
    """A link the card gives, kept as evidence of the system."""

    kind: EvidenceKind
    title: str
    url: str


@dataclass(frozen=True)
class CardReading:
    """One model card, read.

    `fields` holds the AISystem values the card gives (English texts in `<field>_en`);
    `unmapped` the card's own names of the sections no field holds; `missing` the names of the
    AISystem fields an editor must complete or confirm (`<field>_fr` for a French translation).
    """

    format: str
    fields: dict[str, Any]
    evidence: list[CardLink] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def card_text(value: str | None) -> str:
    """The text of a section: invisible characters gone, lines trimmed, placeholders ("N/A",
    "None") read as nothing."""
    if value is None:
        return ""
    text = INVISIBLE.sub("", value).replace("\r\n", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return "" if text.lower().rstrip(".") in PLACEHOLDERS else text


def plain_text(value: str) -> str:
    """The text without Markdown links and emphasis (patients read the catalogue as plain text)."""
    text = MARKDOWN_LINK.sub(lambda match: match.group(1), value)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)


def fitting(value: str, name: str) -> str:
    """The value if it fits the catalogue's field `name` on one line, else "" (left to an editor)."""
    if "\n" in value or len(value) > MAX_LENGTHS[name]:
        return ""
    return value


def cut_to_fit(value: str, name: str) -> tuple[str, bool]:
    """The value cut to its first line and the length of the catalogue's field `name`, and
    whether it was cut (then an editor checks it: a name the catalogue cannot do without)."""
    short = value.split("\n", 1)[0][: MAX_LENGTHS[name]].rstrip()
    return short, short != value


def first_sentence(value: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", value, re.DOTALL)
    return (match.group(1) if match else value).strip()


def kind_from(*texts: str) -> str:
    """The kind of AI the card's description of its model names, or ""."""
    text = " ".join(texts)
    for kind, words in KIND_WORDS:
        if words.search(text):
            return kind
    return ""


def regulatory_status_from(*texts: str) -> str:
    """The CE class the card states for the European Union, or "" (a US clearance says nothing of
    the CE marking)."""
    text = " ".join(texts)
    for pattern in EU_CLASS:
        if match := pattern.search(text):
            return EU_CLASS_STATUS[match.group(1).lower()]
    return ""


def _link_title(text: str, url: str) -> str:
    text = " ".join(text.split())
    if len(text) >= 4 and text.lower() not in GENERIC_LINK_TEXTS:
        return text[:255]
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}".rstrip("/")[:255]


def links_in(text: str, kind: EvidenceKind) -> list[CardLink]:
    """The http(s) links of a section, Markdown or bare, that fit the catalogue's link field."""
    found = [(match.group(1), match.group(2)) for match in MARKDOWN_LINK.finditer(text)]
    found += [("", match.group(0).rstrip(".,;:")) for match in BARE_URL.finditer(text)]
    links = []
    for label, url in found:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            continue
        if len(url) <= MAX_URL_LENGTH:
            links.append(CardLink(kind=kind, title=_link_title(label, url), url=url))
    return links


def unique_links(links: list[CardLink]) -> list[CardLink]:
    """Each address once, with the kind of its first mention."""
    seen = {}
    for link in links:
        seen.setdefault(link.url, link)
    return list(seen.values())


def missing_fields(fields: dict[str, Any], *, cut: tuple[str, ...] = ()) -> list[str]:
    """The AISystem fields an editor must complete or confirm after importing `fields`; `cut`,
    the fields whose value the card gave too long and the import cut."""
    missing = []
    for name in REQUIRED_FROM_CARD:
        if name in TRANSLATED:
            missing.append(f"{name}_fr" if fields.get(f"{name}_en") else name)
        elif not fields.get(name) or name in cut:
            missing.append(name)
        if name == "regulatory_status" and fields.get(name) in NOTIFIED_BODY_STATUSES:
            missing.append("notified_body")
    return [*missing, *ALWAYS_MISSING]


def card_refused(*messages: ValidationError) -> ValidationError:
    return ValidationError(list(messages))


NOT_A_CARD = _(
    "Ce fichier n’est pas une fiche modèle lisible : envoyez une fiche CHAI Applied Model Card "
    "(XML, v0.2) ou une fiche Model Card Toolkit (JSON, v0.0.2)."
)
NO_NAME = _("La fiche ne donne pas le nom du modèle (%(section)s) : le catalogue en a besoin.")
TOO_DEEP = _(
    "Le fichier est imbriqué trop profondément : une fiche modèle n’a que quelques niveaux "
    "d’éléments les uns dans les autres, ce fichier en a des centaines."
)
