"""The rights a notice shows follow from what applies to each of its uses, and the clinic's own
commitments are told apart from the law and shown only where the clinic makes them."""

import re

import pytest
from django.utils import translation

from content.notices.models import Clinic
from content.notices.rules.legal import LEGAL_REFERENCES
from content.notices.rules.rights import notice_rights
from content.notices.rules.use_facts import ClinicFacts, SystemFacts, UseFacts
from content.vocabulary import MemberRole
from tests.factories import member, published_clinic
from tests.notices.helpers import notice_url, page_text
from tests.workspace.helpers import rendered_form_data, sign_in_verified, soup_of, text, use_url

SCRIBE = UseFacts(
    care_step="documentation",
    patient_interacts=False,
    decision_role="drafts",
    system=SystemFacts(kind="speech", regulatory_status="not_medical_device"),
    declinable=True,
)
TRIAGE_CHATBOT = UseFacts(
    care_step="triage",
    patient_interacts=True,
    decision_role="informs",
    system=SystemFacts(kind="machine_learning", regulatory_status="not_medical_device"),
)
FRACTURE_DEVICE = UseFacts(
    care_step="diagnosis",
    patient_interacts=False,
    decision_role="augments",
    system=SystemFacts(kind="machine_learning", regulatory_status="ce_iia"),
    declinable=True,
)


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def cited(facts: ClinicFacts) -> dict[str, tuple[int, ...]]:
    """Each legal text the rights cite, with the positions of the uses it concerns (() for all)."""
    return {key: right.uses for right in notice_rights(facts).legal for key in right.cites}


# The rules, on plain facts


def test_every_right_cites_only_the_texts_the_portal_keeps_and_commitments_cite_none():
    facts = ClinicFacts(
        written=frozenset(),
        uses=(SCRIBE, TRIAGE_CHATBOT, FRACTURE_DEVICE),
        second_opinion=True,
    )

    rights = notice_rights(facts)

    assert {key for right in rights.legal for key in right.cites} <= set(LEGAL_REFERENCES)
    assert all(right.cites for right in rights.legal)
    assert [right.cites for right in rights.commitments] == [(), ()]


def test_triage_chatbot_gets_art_50_26_11_and_86_for_itself_only():
    rights = cited(ClinicFacts(written=frozenset(), uses=(SCRIBE, TRIAGE_CHATBOT)))

    assert rights["ai-act-50"] == rights["ai-act-26-11"] == rights["ai-act-86"] == (1,)
    assert rights["csp-l1111-2"] == (1,)
    assert rights["gdpr-13"] == rights["gdpr-77"] == ()


def test_scribe_alone_gets_the_gdpr_rights_and_no_ai_act_nor_care_article():
    rights = cited(ClinicFacts(written=frozenset(), uses=(SCRIBE,)))

    assert set(rights) == {
        "gdpr-13",
        "gdpr-15",
        "gdpr-16",
        "gdpr-21",
        "gdpr-22",
        "gdpr-77",
        "csp-l1110-4",
    }


def test_machine_learning_device_for_diagnosis_gets_l4001_3_and_no_annex_iii_right():
    rights = cited(ClinicFacts(written=frozenset(), uses=(SCRIBE, FRACTURE_DEVICE)))

    assert rights["csp-l4001-3"] == (1,)
    assert "ai-act-86" not in rights
    assert "ai-act-26-11" not in rights


def test_commitments_appear_only_where_the_clinic_makes_them():
    none_made = notice_rights(ClinicFacts(written=frozenset(), uses=(TRIAGE_CHATBOT,)))
    both_made = notice_rights(
        ClinicFacts(written=frozenset(), uses=(SCRIBE, TRIAGE_CHATBOT), second_opinion=True)
    )

    assert none_made.commitments == ()
    assert none_made.without_commitment == (0,)
    assert [(right.key, right.uses) for right in both_made.commitments] == [
        ("care-without-the-tool", (0,)),
        ("second-opinion", ()),
    ]
    assert both_made.without_commitment == (1,)


def test_a_notice_published_before_clinics_could_commit_says_nothing_either_way():
    legacy = UseFacts(
        care_step="documentation",
        patient_interacts=False,
        decision_role="drafts",
        system=None,
        declinable=None,
    )

    rights = notice_rights(ClinicFacts(written=frozenset(), uses=(legacy,)))

    assert rights.commitments == ()
    assert rights.without_commitment == ()


# The demo notices, as a patient reads them


def rights_section(client, slug: str, language: str = "fr") -> str:
    html = page_text(client.get(notice_url(Clinic.objects.get(slug=slug), language)))
    section = re.search(r'<section class="notice-rights".*?</section>', html, re.S)
    assert section, "the notice shows its rights"
    return re.sub(r"[ \t\r\n]+", " ", section.group(0))


def law_and_commitments(section: str) -> tuple[str, str]:
    law, _, rest = section.partition("Ce que nous nous engageons à faire")
    return law, rest.partition("Nos contacts")[0]


OVERSTATED = (
    "le droit de savoir quand un outil d’IA est utilisé",
    "le droit de savoir quand un outil d’IA est utilisé",
    "puis de la CNIL",
    "sans que la qualité de vos soins en souffre",
)


@pytest.mark.django_db
def test_emergency_triage_notice_names_art_26_11_and_86_and_art_50_for_the_chatbot(client):
    section = rights_section(client, "urgences-ch-vernouillac")
    law, commitments = law_and_commitments(section)

    assert "Règlement européen sur l’IA, art. 26, paragraphe 11" in law
    assert "Règlement européen sur l’IA, art. 86" in law
    assert "Règlement européen sur l’IA, art. 50" in law
    assert "Vous avez le droit de savoir que vous échangez avec une IA" in law
    assert "vous nous soignons" not in law
    assert "Si vous refusez l’outil, nous vous soignons sans lui" in commitments
    assert "un autre professionnel relit" not in section
    assert not [phrase for phrase in OVERSTATED if phrase in section]


@pytest.mark.django_db
def test_practice_notice_with_a_scribe_cites_no_ai_act_article(client):
    section = rights_section(client, "cabinet-medical-des-tilleuls")
    law, commitments = law_and_commitments(section)

    assert "Règlement européen sur l’IA" not in section
    assert "L4001-3" not in section
    assert "RGPD, art. 77" in law
    assert "Vous pouvez vous plaindre à la CNIL" in law
    assert "ce n’est pas obligatoire" in law
    # Both tools can be declined: the commitment names no tool, and no tool is left out.
    assert "Si vous refusez l’outil, nous vous soignons sans lui, avec le même soin." in commitments
    assert "nous ne nous engageons pas" not in section
    assert not [phrase for phrase in OVERSTATED if phrase in section]


@pytest.mark.django_db
def test_imaging_notice_shows_l4001_3_for_the_device_the_second_opinion_and_the_fixed_tool(client):
    section = rights_section(client, "centre-imagerie-du-parc")
    law, commitments = law_and_commitments(section)

    device_right = re.search(r"<li[^>]*>[^<]*dispositif médical.*?</li>", law).group(0)
    assert "Outil concerné\u00a0:" in device_right
    assert "Fractolux" in device_right
    assert "Vocaline" not in device_right
    assert "Code de la santé publique, art. L4001-3" in device_right
    assert "Règlement européen sur l’IA" not in section
    assert "Ces engagements sont les nôtres\u00a0: la loi ne les impose pas." in commitments
    assert "un autre professionnel relit le résultat" in commitments
    assert re.search(
        r"nous ne nous engageons pas à vous soigner sans lui.*Vocaline Dictée", section
    )


@pytest.mark.django_db
def test_english_notice_shows_the_same_rights_and_commitments(client):
    french = rights_section(client, "urgences-ch-vernouillac", "fr")
    english = rights_section(client, "urgences-ch-vernouillac", "en")

    assert english.count("<li") == french.count("<li")
    assert english.count('href="#use-1"') == french.count('href="#use-1"')


# The workspace: a legal obligation and a patient expectation are told apart


@pytest.mark.django_db
def test_workspace_gaps_say_which_item_the_law_requires_and_which_patients_expect(client):
    clinic = published_clinic(uses=1)
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))
    use_page = use_url(clinic)
    data = rendered_form_data(client.get(use_page))
    for name in ("retention", "answer_if_wrong", "human_oversight"):
        data[f"{name}_fr"] = ""
    client.post(use_page, {**data, "stay": ""})

    soup = soup_of(client.get(use_page))

    # Each missing field is marked where it is; `text` reads every space as one, no-break too.
    why = {
        name: text(soup.find(id=f"id_{name}_fr-missing").select_one(".field__missing-why"))
        for name in ("retention", "answer_if_wrong", "human_oversight")
    }
    assert why["retention"] == "obligation légale : RGPD, art. 13"
    assert why["answer_if_wrong"].startswith("attendu par les patients : 42 %")
    # A dictation tool is not high-risk: its oversight is expected by patients, no AI Act article.
    assert "attendu par les patients" in why["human_oversight"]
    assert "art." not in why["human_oversight"]
