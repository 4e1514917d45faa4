"""Vendors' model cards in: a draft catalogue system, the card kept and linked, nothing on error."""

import json
from pathlib import Path, PurePath

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from content.notices.model_cards import model_card_import, model_card_url
from content.notices.models import AISystem, EvidenceLink, ModelCard
from content.notices.models.model_cards import model_card_storage
from content.vocabulary import AISystemKind, EvidenceKind, RegulatoryStatus
from portal import environment
from portal.settings import test as portal_settings
from tests.factories import AISystemFactory
from tests.notices.helpers import directory, page_text
from tests.workspace.helpers import sign_in_verified, soup_of, text

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "model-cards"
CHAI = REFERENCE / "chai-v0.2"
MCT = REFERENCE / "model-card-toolkit-v0.0.2"
VENDORED = Path(__file__).resolve().parents[2] / "content" / "notices" / "model_card_schemas"
IMPORT_URL = "wagtailsnippets_content_aisystem:import_card"
SOVEREIGNTY = [
    "hosting_country",
    "processing_country",
    "outside_eea_access",
    "data_leave_eea",
    "hds_certified",
    "training_reuse",
]


@pytest.fixture(autouse=True)
def media(settings, tmp_path, monkeypatch):
    """Where files may land: the public media and the cards' private storage, both in tmp_path.

    The cards' storage is the FileField's, chosen when the model loads: the test gives it a
    folder of its own, as STORAGES["model_cards"] would.
    """
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PORTAL_PUBLIC_URL = "https://portail.example"
    private = FileSystemStorage(location=tmp_path / "private")
    monkeypatch.setattr(ModelCard._meta.get_field("file"), "storage", private)
    return tmp_path


@pytest.fixture
def editor():
    """A portal editor who may add and change catalogue systems, and nothing else."""
    group = Group.objects.create(name="Catalogue (test)")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "add_aisystem", "change_aisystem"])
    )
    user = get_user_model().objects.create_user("catalogue@portail.example", is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def as_catalogue_editor(client, editor):
    sign_in_verified(client, editor)
    return client


def upload(path_or_name, content: bytes | None = None) -> SimpleUploadedFile:
    if content is None:
        return SimpleUploadedFile(path_or_name.name, path_or_name.read_bytes())
    return SimpleUploadedFile(path_or_name, content)


def files_in(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def chai_card(**sections: str) -> bytes:
    """The smallest valid CHAI card: every required element, short texts; `sections` replace."""
    values = {
        "ModelName": "Minimal Scribe",
        "ModelDeveloper": "Tiny Vendor",
        "DeveloperContact": "contact@tiny.example",
        "ReleaseStage": "Commercial",
        "ReleaseDate": "2026",
        "ReleaseVersion": "3.1",
        "GlobalAvailability": "EU",
        "Summary": "Drafts the visit report.",
        "IntendedUseAndWorkflow": "Drafting visit reports.",
        "PrimaryIntendedUsers": "GPs.",
        "HowToUse": "Record, then review.",
        "TargetedPatientPopulation": "Adults.",
        "CautionedOutOfScopeSettings": "Diagnosis.",
        "KnownRisksAndLimitations": "Mishears names.",
        "KnownBiasesOrEthicalConsiderations": "N/A",
        "ClinicalRiskLevel": "Low",
        "OutcomesAndOutputs": "A draft.",
        "ModelType": "Rule-based templates.",
        "InputDataSource": "Audio.",
        "OutputAndInputDataTypes": "Audio in, text out.",
        "DevelopmentDataCharacterization": "Synthetic.",
        "BiasMitigationApproaches": "None",
        "OngoingMaintenance": "Monthly.",
        "FundingSource": "Self-funded.",
        "StakeholdersConsulted": "GPs.",
        "PeerReviewedPublications": "N/A",
        "PatientConsentOrDisclosure": "N/A",
        **sections,
    }
    metric = (
        "<MetricGoal>G</MetricGoal><Results><MetricResult><Label>L</Label>"
        '<ValueJson>{"kind":"single","value":1}</ValueJson></MetricResult></Results>'
        "<Interpretation>I</Interpretation><TestType>T</TestType>"
        "<TestingDataDescription>D</TestingDataDescription>"
        "<ValidationProcessAndJustification>V</ValidationProcessAndJustification>"
    )
    v = values
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<AppliedModelCard xmlns="https://mc.chai.org/v0.2/schema.xsd">
<BasicInfo><ModelName>{v["ModelName"]}</ModelName><ModelDeveloper>{v["ModelDeveloper"]}</ModelDeveloper><DeveloperContact>{v["DeveloperContact"]}</DeveloperContact></BasicInfo>
<ReleaseInfo><ReleaseStage>{v["ReleaseStage"]}</ReleaseStage><ReleaseDate>{v["ReleaseDate"]}</ReleaseDate><ReleaseVersion>{v["ReleaseVersion"]}</ReleaseVersion><GlobalAvailability>{v["GlobalAvailability"]}</GlobalAvailability>{v.get("extra_release", "")}</ReleaseInfo>
<ModelSummary><Summary>{v["Summary"]}</Summary><Keywords/></ModelSummary>
<UsesAndDirections><IntendedUseAndWorkflow>{v["IntendedUseAndWorkflow"]}</IntendedUseAndWorkflow><PrimaryIntendedUsers>{v["PrimaryIntendedUsers"]}</PrimaryIntendedUsers><HowToUse>{v["HowToUse"]}</HowToUse><TargetedPatientPopulation>{v["TargetedPatientPopulation"]}</TargetedPatientPopulation><CautionedOutOfScopeSettings>{v["CautionedOutOfScopeSettings"]}</CautionedOutOfScopeSettings></UsesAndDirections>
<Warnings><KnownRisksAndLimitations>{v["KnownRisksAndLimitations"]}</KnownRisksAndLimitations><KnownBiasesOrEthicalConsiderations>{v["KnownBiasesOrEthicalConsiderations"]}</KnownBiasesOrEthicalConsiderations><ClinicalRiskLevel>{v["ClinicalRiskLevel"]}</ClinicalRiskLevel></Warnings>
<TrustIngredients><AISystemFacts><OutcomesAndOutputs>{v["OutcomesAndOutputs"]}</OutcomesAndOutputs><ModelType>{v["ModelType"]}</ModelType><InputDataSource>{v["InputDataSource"]}</InputDataSource><OutputAndInputDataTypes>{v["OutputAndInputDataTypes"]}</OutputAndInputDataTypes><DevelopmentDataCharacterization>{v["DevelopmentDataCharacterization"]}</DevelopmentDataCharacterization><BiasMitigationApproaches>{v["BiasMitigationApproaches"]}</BiasMitigationApproaches><OngoingMaintenance>{v["OngoingMaintenance"]}</OngoingMaintenance></AISystemFacts>
<TransparencyInformation><FundingSource>{v["FundingSource"]}</FundingSource><StakeholdersConsulted>{v["StakeholdersConsulted"]}</StakeholdersConsulted></TransparencyInformation></TrustIngredients>
<KeyMetrics><UsefulnessUsabilityEfficacy>{metric}</UsefulnessUsabilityEfficacy><FairnessEquity>{metric}</FairnessEquity><SafetyReliability>{metric}</SafetyReliability></KeyMetrics>
<Resources><PeerReviewedPublications>{v["PeerReviewedPublications"]}</PeerReviewedPublications><PatientConsentOrDisclosure>{v["PatientConsentOrDisclosure"]}</PatientConsentOrDisclosure></Resources>
<Bibliography/>{v.get("signature", "")}
</AppliedModelCard>
""".encode()


def refused(upload_file) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model_card_import(upload=upload_file, user=None)
    return caught.value.messages


def saved_counts() -> tuple[int, int, int]:
    return AISystem.objects.count(), ModelCard.objects.count(), EvidenceLink.objects.count()


@pytest.fixture
def before():
    """What the database holds before the test: the demo portal's catalogue."""
    return saved_counts()


def assert_nothing_saved(media: Path, before) -> None:
    assert saved_counts() == before
    assert files_in(media) == []


# --- the schemas the importer carries -----------------------------------------------------------


@pytest.mark.parametrize(
    ("vendored", "reference"),
    [
        ("chai-v0.2.xsd", CHAI / "schema.xsd"),
        ("mct-v0.0.2.schema.json", MCT / "model_card.schema.json"),
    ],
)
def test_the_vendored_schemas_are_the_published_ones_byte_for_byte(vendored, reference):
    assert (VENDORED / vendored).read_bytes() == reference.read_bytes()


# --- the published example cards ----------------------------------------------------------------

EXAMPLES = {
    "Aidoc_BA-01.xml": {
        "name": "BriefCase-Triage for Brain Aneurysm",
        "vendor": "Aidoc",
        "version": "BA-01",
        "kind": AISystemKind.MACHINE_LEARNING,
        "regulatory_status": RegulatoryStatus.CE_IIA,
        "foundation_model": "",
        "intended_purpose_en": "BriefCase is a radiological computer aided triage",
        "not_intended_for_en": "Notifications include compressed preview images",
    },
    "Aidoc_PE-03-RT.xml": {
        "name": "BriefCase-Triage for Pulmonary Embolism",
        "vendor": "Aidoc",
        "version": "PE-03-RT",
        "kind": AISystemKind.MACHINE_LEARNING,
        "regulatory_status": RegulatoryStatus.CE_IIA,
        "foundation_model": "",
        "intended_purpose_en": "BriefCase-Triage is a radiological computer aided triage",
        "not_intended_for_en": "Only for use in workflow triage",
    },
    "OrbDoc_Voice-to-SOAP.xml": {
        "name": "OrbDoc Voice-to-SOAP Documentation System",
        "vendor": "OrbDoc",
        "version": "2.0",
        "kind": AISystemKind.GENERATIVE,
        "regulatory_status": "",
        "foundation_model": "DeepGram Medical Nova 2 for clinical speech recognition.",
        "intended_purpose_en": "For clinical documentation including SOAP notes",
        "not_intended_for_en": "The system is not designed for emergency alerting",
    },
    "Penguin-Ai_PA-SLM.xml": {
        "name": "Prior Authorization",
        "vendor": "Penguin AI",
        "version": "V1",
        "kind": AISystemKind.GENERATIVE,
        "regulatory_status": "",
        "foundation_model": "Llama3",
        "intended_purpose_en": "- The solution is intended to augment payer PA",
        "not_intended_for_en": "Not intended for decision-making without human review",
    },
}


@pytest.mark.parametrize("example", EXAMPLES)
def test_each_chai_example_becomes_a_draft_with_its_mapped_fields(example, client, media):
    path = CHAI / "examples" / example
    expected = EXAMPLES[example]

    card = model_card_import(upload=upload(path), user=None)

    system = AISystem.objects.get(draft=True)
    assert system.draft is True
    assert card.system == system and card.format == "chai"
    for name in ("name", "vendor", "version", "kind", "regulatory_status", "foundation_model"):
        assert getattr(system, name) == expected[name], name
    assert system.intended_purpose_en.startswith(expected["intended_purpose_en"])
    assert "Intended users: " in system.intended_purpose_en
    assert system.not_intended_for_en.startswith(expected["not_intended_for_en"])
    # The card is English: the French waits for a translator, listed with what no card says.
    assert not system.intended_purpose_fr and not system.not_intended_for_fr
    assert {"intended_purpose_fr", "not_intended_for_fr", *SOVEREIGNTY} <= set(card.missing)
    assert "label" in card.missing  # no summary of theirs opens with a short enough sentence
    assert (system.regulatory_status == RegulatoryStatus.CE_IIA) == (
        "notified_body" in card.missing
    )
    # Sections no field holds, by the card's own names; the mapped ones are not listed.
    assert {
        "BasicInfo/DeveloperContact",
        "UsesAndDirections/HowToUse",
        "Warnings/KnownRisksAndLimitations",
        "KeyMetrics/UsefulnessUsabilityEfficacy",
        "TrustIngredients/AISystemFacts/Security",
    } <= set(card.unmapped)
    assert "BasicInfo/ModelName" not in card.unmapped
    assert "UsesAndDirections/CautionedOutOfScopeSettings" not in card.unmapped
    assert_card_kept_and_linked(client, card, path.read_bytes(), "application/xml")


def test_the_aidoc_cards_links_become_evidence_of_their_kind():
    model_card_import(upload=upload(CHAI / "examples" / "Aidoc_BA-01.xml"), user=None)

    links = [
        (link.kind, link.title_fr, link.url)
        for link in AISystem.objects.get(draft=True).evidence.all()
    ]
    assert links[1:] == [
        (
            EvidenceKind.AUTHORITY,
            "510(k) summary",
            "https://www.accessdata.fda.gov/cdrh_docs/pdf21/K213721.pdf",
        ),
        (
            EvidenceKind.PEER_REVIEWED,
            "www.aidoc.com/learn/ebooks-whitepapers/aidoc-clinical-compendium",
            "https://www.aidoc.com/learn/ebooks-whitepapers/aidoc-clinical-compendium/",
        ),
    ]


def test_the_model_card_toolkit_example_becomes_a_draft(client):
    path = MCT / "examples" / "full.json"

    card = model_card_import(upload=upload(path), user=None)

    system = card.system
    assert card.format == "mct" and system.draft
    assert (system.name, system.vendor, system.version) == ("name", "name1, name2", "v1.0")
    assert (system.label_en, system.intended_purpose_en) == ("overview", "use_cases")
    assert system.label_fr == ""
    assert card.missing[:6] == [
        "label_fr",
        "kind",
        "intended_purpose_fr",
        "not_intended_for",
        "regulatory_status",
        "vendor_country",
    ]
    assert card.unmapped == [
        "model_details.documentation",
        "model_details.owners.contact",
        "model_details.version.date",
        "model_details.version.diff",
        "model_details.licenses",
        "model_details.citations",
        "model_details.path",
        "model_parameters.data",
        "model_parameters.input_format",
        "model_parameters.output_format_map",
        "quantitative_analysis.performance_metrics",
        "quantitative_analysis.graphics",
        "considerations.limitations",
        "considerations.ethical_considerations",
    ]
    assert [link.url for link in system.evidence.all()][1:] == [
        "https://www.kaggle.com/c/dogs-vs-cats",
        "https://arxiv.org/abs/1801.04381",
    ]
    assert_card_kept_and_linked(client, card, path.read_bytes(), "application/json")


def assert_card_kept_and_linked(client, card, original: bytes, content_type: str) -> None:
    first = card.system.evidence.first()
    assert first.kind == EvidenceKind.VENDOR
    assert first.title_fr.startswith("Fiche modèle de l’éditeur")
    assert first.url.startswith("https://portail.example/api/catalogue/model-cards/")
    path = first.url.removeprefix("https://portail.example")
    # A draft's card is for the catalogue's editors; once the system is complete, for everyone.
    assert client.get(path).status_code == 404
    card.system.draft = False
    card.system.save()
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert b"".join(response.streaming_content) == original
    assert card.sha256 and len(card.sha256) == 64


# --- cards of our own: any valid card, not only the examples ------------------------------------


def test_a_minimal_chai_card_fills_what_it_says_and_lists_the_rest():
    data = chai_card(
        extra_release="<RegulatoryApproval>CE marked under the MDR, class IIb (notified body 0123)"
        "</RegulatoryApproval>"
    )

    card = model_card_import(upload=upload("minimal.xml", data), user=None)

    system = card.system
    assert (system.name, system.vendor, system.version) == ("Minimal Scribe", "Tiny Vendor", "3.1")
    # A one-sentence summary short enough is the label, and then it is mapped.
    assert system.label_en == "Drafts the visit report."
    assert system.kind == AISystemKind.RULES
    assert system.regulatory_status == RegulatoryStatus.CE_IIB
    assert system.intended_purpose_en == (
        "Drafting visit reports.\n\nIntended users: GPs.\n\nPatients: Adults."
    )
    assert system.not_intended_for_en == "Diagnosis."
    assert system.foundation_model == ""
    assert system.key == "minimal-scribe"
    assert "ModelSummary/Summary" not in card.unmapped
    # "N/A" and "None" are no content.
    assert "Warnings/KnownBiasesOrEthicalConsiderations" not in card.unmapped
    assert "Resources/PeerReviewedPublications" not in card.unmapped
    assert "ReleaseInfo/RegulatoryApproval" in card.unmapped
    assert card.missing == [
        "label_fr",
        "intended_purpose_fr",
        "not_intended_for_fr",
        "notified_body",
        "vendor_country",
        *SOVEREIGNTY,
        "last_reviewed",
    ]


def test_a_signed_chai_card_is_read_without_fetching_the_signature_schema():
    signature = (
        '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/>'
        "</ds:Signature>"
    )

    card = model_card_import(upload=upload("signed.xml", chai_card(signature=signature)), user=None)

    assert card.system.name == "Minimal Scribe"


def test_a_minimal_model_card_toolkit_card_needs_only_a_name():
    data = json.dumps({"model_details": {"name": "Tiny classifier"}}).encode()

    card = model_card_import(upload=upload("tiny.json", data), user=None)

    assert card.system.name == "Tiny classifier" and card.system.vendor == ""
    assert card.unmapped == []
    assert card.missing[:3] == ["label", "vendor", "kind"]


def test_each_import_of_one_card_gets_a_key_of_its_own():
    first = model_card_import(upload=upload("a.xml", chai_card()), user=None)
    second = model_card_import(upload=upload("a.xml", chai_card()), user=None)

    assert (first.system.key, second.system.key) == ("minimal-scribe", "minimal-scribe-2")


def test_a_name_too_long_is_cut_and_left_to_check():
    name = "Minimal Scribe " + "with a very long name " * 8

    card = model_card_import(upload=upload("long.xml", chai_card(ModelName=name)), user=None)

    assert card.system.name == name[:120].rstrip()
    assert card.missing[0] == "name"


def test_a_name_on_several_lines_keeps_its_first_line_and_is_left_to_check():
    card = model_card_import(
        upload=upload("lines.xml", chai_card(ModelName="Minimal Scribe\nfor GPs")), user=None
    )

    assert card.system.name == "Minimal Scribe"
    assert card.missing[0] == "name"


def test_a_model_card_toolkit_name_too_long_is_cut_and_left_to_check():
    data = json.dumps({"model_details": {"name": "Tiny classifier " * 10}}).encode()

    card = model_card_import(upload=upload("tiny.json", data), user=None)

    assert card.system.name == ("Tiny classifier " * 10)[:120].rstrip()
    assert card.missing[:2] == ["name", "label"]


# --- the kept card is private: served by the portal only ----------------------------------------


def test_the_configured_card_storage_is_outside_the_public_media():
    configured = Path(model_card_storage().location)

    assert configured == Path(portal_settings.MODEL_CARD_ROOT)
    assert not configured.is_relative_to(Path(portal_settings.MEDIA_ROOT))


def test_a_bucket_for_the_cards_is_private_and_gives_no_address():
    storage = environment.s3_private_storage(bucket="fiches", region="eu-west-3")

    assert storage["OPTIONS"]["default_acl"] == "private"
    assert storage["OPTIONS"]["querystring_auth"] is True
    assert "custom_domain" not in storage["OPTIONS"]


def test_a_kept_card_is_never_under_media_and_only_the_view_serves_it(client, editor, media):
    data = chai_card()

    card = model_card_import(upload=upload("minimal.xml", data), user=None)
    other = model_card_import(upload=upload("minimal.xml", data), user=None)

    assert files_in(media / "media") == []
    stored = media / "private" / card.file.name
    assert stored.read_bytes() == data
    # A random part in the stored name: the name of one card does not give another's.
    assert card.file.name != other.file.name
    assert PurePath(card.file.name).stem.startswith("minimal-")
    assert len(PurePath(card.file.name).stem) > len("minimal-") + 16
    assert client.get("/media/" + card.file.name).status_code == 404
    # The portal's address serves it: a draft's card to the catalogue's editors only.
    path = model_card_url(card).removeprefix("https://portail.example")
    assert client.get(path).status_code == 404
    sign_in_verified(client, editor)
    served = client.get(path)
    assert served.status_code == 200 and served["Cache-Control"] == "private, no-store"
    assert b"".join(served.streaming_content) == data


# --- bad files: a clear error, nothing saved ----------------------------------------------------


def test_an_xml_syntax_error_names_its_line_and_nothing_is_saved(media, before):
    data = chai_card().replace(b"<ModelDeveloper>", b"<ModelDeveloper><b>", 1)

    messages = refused(upload("broken.xml", data))

    assert len(messages) == 1
    assert messages[0].startswith("Ligne 3 : ce fichier n’est pas un XML bien formé")
    assert_nothing_saved(media, before)


def test_a_schema_violation_names_the_element_and_its_line(media, before):
    data = chai_card().replace(
        b"<ModelDeveloper>Tiny Vendor</ModelDeveloper>", b"<Developer>Tiny Vendor</Developer>"
    )

    messages = refused(upload("invalid.xml", data))

    assert messages == [
        "Ligne 3, élément « Developer » : cet élément n’est pas attendu ici ; le schéma attend "
        "« ModelDeveloper »."
    ]
    assert_nothing_saved(media, before)


def test_a_missing_element_is_named_with_its_parent(media, before):
    data = chai_card().replace(b"<HowToUse>Record, then review.</HowToUse>", b"")

    messages = refused(upload("invalid.xml", data))

    assert messages == [
        "Ligne 6, élément « TargetedPatientPopulation » : cet élément n’est pas attendu ici ; "
        "le schéma attend « HowToUse »."
    ]
    assert_nothing_saved(media, before)


def test_a_json_schema_error_names_the_field(media, before):
    data = json.dumps(
        {"model_details": {"name": "X", "version": {"name": 2}, "owners": [{"name": ["A"]}]}}
    ).encode()

    messages = refused(upload("bad.json", data))

    assert messages == [
        "Champ « model_details.owners[0].name » : doit être un texte.",
        "Champ « model_details.version.name » : doit être un texte.",
    ]
    assert_nothing_saved(media, before)


def test_a_json_card_with_a_field_of_another_format_is_refused(media, before):
    data = json.dumps({"model_details": {"name": "X"}, "intended_use": "triage"}).encode()

    messages = refused(upload("other.json", data))

    assert messages == [
        "Champ « (la fiche entière) » : champ inconnu du schéma Model Card Toolkit v0.0.2 : "
        "« intended_use »."
    ]
    assert_nothing_saved(media, before)


def test_a_json_syntax_error_names_its_line(media, before):
    messages = refused(upload("bad.json", b'{\n  "model_details": {"name": "X",}\n}'))

    assert messages[0].startswith("Ligne 2, colonne 33 : ce fichier n’est pas un JSON valide")
    assert_nothing_saved(media, before)


@pytest.mark.parametrize(
    ("name", "content", "start"),
    [
        ("card.xml", b"%PDF-1.7 not a card", "Ce fichier n’est pas une fiche modèle lisible"),
        ("card.txt", b"Model name: X", "Le portail lit les fiches modèles en XML"),
        ("card.json", b"", "Ce fichier est vide."),
        (
            "card.xml",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
            "Ce fichier XML n’est pas une fiche CHAI Applied Model Card v0.2 : son élément racine "
            "est « svg »",
        ),
        ("card.json", b"{}", "La fiche ne donne pas le nom du modèle (model_details.name)"),
    ],
)
def test_a_file_that_is_no_card_is_refused(media, before, name, content, start):
    messages = refused(upload(name, content))

    assert messages[0].startswith(start)
    assert_nothing_saved(media, before)


TOO_DEEP = "Le fichier est imbriqué trop profondément"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.json", b"[" * 100_000),
        (
            "deep.json",
            b'{"model_details": {"name": "X"}, "x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
        ),
        # libxml2 stops at 256 levels (no huge_tree): the same clear answer, not a syntax error.
        ("deep.xml", b"<a>" * 100_000 + b"</a>" * 100_000),
    ],
)
def test_a_file_nested_too_deep_is_refused_clearly(media, before, name, content):
    messages = refused(upload(name, content))

    assert len(messages) == 1 and messages[0].startswith(TOO_DEEP)
    assert_nothing_saved(media, before)


def test_an_upload_nested_too_deep_is_answered_beside_the_field(as_catalogue_editor, media, before):
    deep = SimpleUploadedFile("deep.json", b"[" * 100_000)

    response = as_catalogue_editor.post(reverse(IMPORT_URL), {"card": deep})

    assert response.status_code == 400
    field = soup_of(response).find(id="id_card").find_parent(class_="w-field__wrapper")
    assert TOO_DEEP in text(field)
    assert_nothing_saved(media, before)


def test_entities_are_never_expanded(media, before):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<AppliedModelCard xmlns="https://mc.chai.org/v0.2/schema.xsd">&lol2;</AppliedModelCard>'
    )

    messages = refused(upload("bomb.xml", bomb))

    assert messages == [
        "Ce fichier XML déclare un DOCTYPE : une fiche CHAI n’en a pas, et le portail ne lit pas "
        "les fichiers qui en déclarent."
    ]
    assert_nothing_saved(media, before)


def test_a_file_too_large_is_refused_before_it_is_read(media, before):
    data = chai_card(HowToUse="x" * (2 * 1024 * 1024))

    messages = refused(upload("huge.xml", data))

    assert messages == [
        "Ce fichier pèse 2,0 Mo : une fiche modèle en pèse bien moins. Le portail accepte "
        "jusqu’à 2 Mo."
    ]
    assert_nothing_saved(media, before)


# --- a draft is shown to no patient -------------------------------------------------------------


def system_page(key: str) -> str:
    return directory("fr").url + f"systems/{key}/"


def test_a_draft_has_no_public_page_until_an_editor_completes_it(client):
    system = model_card_import(upload=upload("a.xml", chai_card()), user=None).system

    assert client.get(system_page(system.key)).status_code == 404

    system.draft = False
    system.save()
    assert client.get(system_page(system.key)).status_code == 200


def test_the_site_search_and_the_directory_do_not_list_a_draft(client):
    AISystemFactory(name="Minimal Classifier")
    model_card_import(upload=upload("a.xml", chai_card()), user=None)

    found = page_text(client.get("/fr/search/", {"q": "minimal"}))
    assert "Minimal Classifier" in found
    assert "Minimal Scribe" not in found
    listing = page_text(client.get(directory("fr").url))
    assert "Minimal Classifier" in listing
    assert "Minimal Scribe" not in listing


# --- the admin ----------------------------------------------------------------------------------


def test_an_editor_imports_a_card_and_lands_on_the_draft_with_what_to_do(as_catalogue_editor):
    listing = soup_of(as_catalogue_editor.get(reverse("wagtailsnippets_content_aisystem:list")))
    button = listing.find("a", href=reverse(IMPORT_URL))
    assert button is not None and "Importer une fiche modèle" in text(button)

    with (CHAI / "examples" / "OrbDoc_Voice-to-SOAP.xml").open("rb") as card_file:
        response = as_catalogue_editor.post(reverse(IMPORT_URL), {"card": card_file})

    system = AISystem.objects.get(draft=True)
    edit_url = reverse("wagtailsnippets_content_aisystem:edit", args=[system.pk])
    assert response.status_code == 302 and response["Location"] == edit_url
    page = soup_of(as_catalogue_editor.get(edit_url))
    message = text(page.select_one(".messages"))
    assert "Brouillon « OrbDoc Voice-to-SOAP Documentation System » créé" in message
    assert "BasicInfo/DeveloperContact" in message
    panel = text(page.find(id="model-card-" + str(system.model_cards.get().pk)).parent)
    assert "OrbDoc_Voice-to-SOAP.xml" in panel
    assert "Pays où les données sont stockées" in panel
    assert "Usage prévu : traduction française" in panel
    assert "KeyMetrics/FairnessEquity" in panel
    link = page.find("a", string="OrbDoc_Voice-to-SOAP.xml")
    served = as_catalogue_editor.get(link["href"].removeprefix("https://portail.example"))
    assert (
        b"".join(served.streaming_content)
        == (CHAI / "examples" / "OrbDoc_Voice-to-SOAP.xml").read_bytes()
    )


def test_a_refused_card_comes_back_with_its_error_beside_the_field(
    as_catalogue_editor, media, before
):
    bad = SimpleUploadedFile("bad.json", b'{"model_details": {"name": 3}}')

    response = as_catalogue_editor.post(reverse(IMPORT_URL), {"card": bad})

    assert response.status_code == 400
    field = soup_of(response).find(id="id_card").find_parent(class_="w-field__wrapper")
    assert "Champ « model_details.name » : doit être un texte." in text(field)
    assert_nothing_saved(media, before)


def test_only_who_may_add_a_system_imports_a_card(client):
    user = get_user_model().objects.create_user("lecteur@portail.example", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in_verified(client, user)

    assert client.get(reverse(IMPORT_URL)).status_code in (302, 403)
