"""The Coalition for Health AI's Applied Model Card (XML, schema v0.2), read for the catalogue.

The XML is parsed with no network, no DTD and no entity expansion, then validated against the
vendored schema (`model_card_schemas/chai-v0.2.xsd`). Errors name their line and element.
"""

import re
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from lxml import etree

from content.vocabulary import EvidenceKind

from .model_card_fields import (
    NO_NAME,
    NOT_A_CARD,
    TOO_DEEP,
    CardReading,
    card_refused,
    card_text,
    cut_to_fit,
    first_sentence,
    fitting,
    kind_from,
    links_in,
    missing_fields,
    plain_text,
    regulatory_status_from,
    unique_links,
)

NAMESPACE = "https://mc.chai.org/v0.2/schema.xsd"
SCHEMA_PATH = Path(__file__).resolve().parent / "model_card_schemas" / "chai-v0.2.xsd"
XS = "http://www.w3.org/2001/XMLSchema"
XMLDSIG = "http://www.w3.org/2000/09/xmldsig#"
MAX_ERRORS = 10

# Sections whose whole text a catalogue field holds (the others are listed as unmapped).
FIELD_SECTIONS = {
    "name": ("BasicInfo", "ModelName"),
    "vendor": ("BasicInfo", "ModelDeveloper"),
    "version": ("ReleaseInfo", "ReleaseVersion"),
    "foundation_model": ("TrustIngredients", "AISystemFacts", "FoundationModels"),
    "not_intended_for_en": ("UsesAndDirections", "CautionedOutOfScopeSettings"),
}
PURPOSE_SECTIONS = (
    ("IntendedUseAndWorkflow", ""),
    ("PrimaryIntendedUsers", "Intended users: "),
    ("TargetedPatientPopulation", "Patients: "),
)
# Where a card's links are evidence, and of what kind (the first mention of an address wins).
EVIDENCE_SECTIONS = (
    (("ReleaseInfo", "RegulatoryApproval"), EvidenceKind.AUTHORITY),
    (("Resources", "ClinicalTrial"), EvidenceKind.CLINICAL_TRIAL),
    (("Resources", "PeerReviewedPublications"), EvidenceKind.PEER_REVIEWED),
    (("Resources", "EvaluationReferences"), EvidenceKind.VENDOR),
)

XML_MALFORMED = _("Ligne %(line)s : ce fichier n’est pas un XML bien formé (%(detail)s).")
XML_DOCTYPE = _(
    "Ce fichier XML déclare un DOCTYPE : une fiche CHAI n’en a pas, et le portail ne lit pas les "
    "fichiers qui en déclarent."
)
XML_NOT_CHAI = _(
    "Ce fichier XML n’est pas une fiche CHAI Applied Model Card v0.2 : son élément racine est "
    "« %(root)s », le portail attend « AppliedModelCard » de l’espace de noms %(namespace)s."
)
XML_INVALID = _("Ligne %(line)s, élément « %(element)s » : %(detail)s")
XML_MORE_ERRORS = _("… et d’autres erreurs : corrigez d’abord celles-ci.")
# libxml2's messages of the schema check, said in the editor's language.
MISSING_CHILD = _("il manque l’élément « %(expected)s ».")
UNEXPECTED_CHILD = _("cet élément n’est pas attendu ici ; le schéma attend « %(expected)s ».")
UNEXPECTED = _("cet élément n’est pas attendu ici.")
TEXT_NOT_ALLOWED = _("du texte se trouve là où le schéma n’accepte que des éléments.")
SCHEMA_DETAILS = (
    (re.compile(r"Missing child element\(s\)\. Expected is(?: one of)? \( (.+) \)"), MISSING_CHILD),
    (
        re.compile(r"This element is not expected\. Expected is(?: one of)? \( (.+) \)"),
        UNEXPECTED_CHILD,
    ),
    (re.compile(r"This element is not expected\."), UNEXPECTED),
    (re.compile(r"Character content other than whitespace is not allowed"), TEXT_NOT_ALLOWED),
)
ELEMENT = re.compile(r"^Element '([^']+)'(?:, attribute '[^']+')?: ")


def _parser() -> etree.XMLParser:
    """A parser that reads only the bytes given: no network, no DTD, no entity, no huge tree."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


@cache
def chai_schema() -> etree.XMLSchema:
    """The v0.2 schema, its XML Signature left unchecked.

    The schema imports the W3C XML-Signature schema from the network; the portal never fetches
    it, so the optional `ds:Signature` is accepted as any element of that namespace.
    """
    tree = etree.parse(str(SCHEMA_PATH), _parser())
    root = tree.getroot()
    for node in root.findall(f"{{{XS}}}import"):
        if node.get("namespace") == XMLDSIG:
            root.remove(node)
    for node in list(root.iter(f"{{{XS}}}element")):
        if node.get("ref") == "ds:Signature":
            node.getparent().replace(
                node,
                etree.Element(
                    f"{{{XS}}}any", namespace=XMLDSIG, processContents="lax", minOccurs="0"
                ),
            )
    return etree.XMLSchema(tree)


def _local(name: str) -> str:
    return re.sub(r"\{[^}]*\}", "", name)


def _schema_error(entry) -> ValidationError:
    message = _local(entry.message)
    element = ""
    if match := ELEMENT.match(message):
        element, message = match.group(1), message[match.end() :]
    detail = message
    for pattern, french in SCHEMA_DETAILS:
        if found := pattern.search(message):
            expected = found.group(1) if found.groups() else ""
            detail = french % {"expected": expected}
            break
    return ValidationError(
        XML_INVALID,
        code="schema",
        params={"line": entry.line, "element": element, "detail": detail},
    )


def chai_parse(data: bytes) -> etree._Element:
    """The card's root element, once well-formed and valid; refuses with each error's line."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        # libxml2 stops at 256 levels of elements (no huge_tree): not a card anyone wrote.
        if "Excessive depth" in str(error.msg or error):
            raise card_refused(ValidationError(TOO_DEEP, code="too_deep")) from error
        detail = re.sub(r"\s*\(<string>, line \d+\)$", "", str(error.msg or error))
        raise card_refused(
            ValidationError(
                XML_MALFORMED, code="syntax", params={"line": error.lineno, "detail": detail}
            )
        ) from error
    if root is None:
        raise card_refused(ValidationError(NOT_A_CARD, code="not_a_card"))
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise card_refused(ValidationError(XML_DOCTYPE, code="doctype"))
    if root.tag != f"{{{NAMESPACE}}}AppliedModelCard":
        raise card_refused(
            ValidationError(
                XML_NOT_CHAI,
                code="not_chai",
                params={"root": _local(str(root.tag)), "namespace": NAMESPACE},
            )
        )
    schema = chai_schema()
    if not schema.validate(root):
        entries = list(schema.error_log)
        errors = [_schema_error(entry) for entry in entries[:MAX_ERRORS]]
        if len(entries) > MAX_ERRORS:
            errors.append(ValidationError(XML_MORE_ERRORS, code="more"))
        raise card_refused(*errors)
    return root


def _sections(root: etree._Element) -> dict[tuple[str, ...], str]:
    """Every leaf section of the card by its path of element names, with its text.

    Key metrics are kept whole, by their group (`KeyMetrics/FairnessEquity`), as are keywords and
    EHRs: their parts mean nothing alone.
    """
    sections = {}

    def walk(node, path):
        children = [child for child in node if isinstance(child.tag, str)]
        whole = path[:1] == ("KeyMetrics",) and len(path) == 2
        if children and not whole and path[-1:] not in (("Keywords",), ("EHRCompatibility",)):
            for child in children:
                walk(child, (*path, _local(child.tag)))
            return
        sections[path] = card_text(" ".join(node.itertext()) if children else node.text)

    for child in root:
        if isinstance(child.tag, str):
            walk(child, (_local(child.tag),))
    return sections


def chai_read(data: bytes) -> CardReading:
    """The catalogue's view of a CHAI card; refuses (ValidationError) a file that is not one."""
    sections = _sections(chai_parse(data))

    def text(*path):
        return sections.get(path, "")

    name = plain_text(text("BasicInfo", "ModelName"))
    if not name:
        raise card_refused(
            ValidationError(NO_NAME, code="no_name", params={"section": "BasicInfo/ModelName"})
        )
    # The catalogue cannot do without a name: one too long or on several lines is cut, to check.
    name, name_cut = cut_to_fit(name, "name")
    mapped = {FIELD_SECTIONS["name"]}
    fields = {"name": name}
    for field_name, path in FIELD_SECTIONS.items():
        if field_name == "name":
            continue
        value = plain_text(text(*path))
        if field_name in ("vendor", "version", "foundation_model"):
            value = fitting(value, field_name)
        if value:
            fields[field_name] = value
            mapped.add(path)
    purpose = []
    for section, heading in PURPOSE_SECTIONS:
        if value := text("UsesAndDirections", section):
            purpose.append(heading + plain_text(value))
            mapped.add(("UsesAndDirections", section))
    if purpose:
        fields["intended_purpose_en"] = "\n\n".join(purpose)
    summary = plain_text(text("ModelSummary", "Summary"))
    if label := fitting(first_sentence(summary), "label"):
        fields["label_en"] = label
        if label == summary:
            mapped.add(("ModelSummary", "Summary"))
    facts = ("TrustIngredients", "AISystemFacts")
    if kind := kind_from(text(*facts, "ModelType"), text(*facts, "FoundationModels")):
        fields["kind"] = kind
    regulatory = [text("ReleaseInfo", part) for part in ("ReleaseStage", "RegulatoryApproval")]
    regulatory += [text("ReleaseInfo", "GlobalAvailability"), text("Warnings", "ClinicalRiskLevel")]
    if status := regulatory_status_from(*regulatory):
        fields["regulatory_status"] = status
    evidence = []
    for path, kind in EVIDENCE_SECTIONS:
        evidence += links_in(text(*path), kind)
    return CardReading(
        format="chai",
        fields=fields,
        evidence=unique_links(evidence),
        unmapped=[
            "/".join(path) for path, value in sections.items() if value and path not in mapped
        ],
        missing=missing_fields(fields, cut=("name",) if name_cut else ()),
    )
