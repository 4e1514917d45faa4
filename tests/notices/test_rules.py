"""The notice's rules on plain facts: what each use owes, what patients are answered, what changed,
and when a published notice must be reviewed again.
"""

import datetime

import pytest
from django.utils import translation

from content.notices.rules.changes import notice_changes
from content.notices.rules.coverage import EXPECTATION_FIELDS, expectation_coverage
from content.notices.rules.legal import LEGAL_REFERENCES
from content.notices.rules.obligations import (
    EXPECTED,
    EXPECTED_FIGURES,
    LEGAL,
    NEEDED,
    clinic_obligations,
    notice_gaps,
    use_obligations,
)
from content.notices.rules.review_triggers import ReviewFlag, review_flags
from content.notices.rules.use_facts import ClinicFacts, SystemFacts, UseFacts
from content.vocabulary import AIUSE_TEXT_FIELDS

ALWAYS_OWED = {
    # The choices without which the notice can say nothing of the tool.
    "ai_system",
    "care_step",
    "decision_role",
    "summary",
    "human_oversight",
    "patient_data",
    "retention",
    "how_to_decline",
    "answer_if_wrong",
    "answer_human_contact",
    "answer_responsibility",
    "answer_reliability",
    "answer_data_access",
}
EVERY_TEXT = frozenset(AIUSE_TEXT_FIELDS)
CONTACTS = frozenset({"ai_contact_name", "ai_contact_email"})


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def system(**facts) -> SystemFacts:
    """A speech-to-text tool hosted in France, not a medical device, unless told otherwise."""
    return SystemFacts(
        **{
            "kind": "speech",
            "regulatory_status": "not_medical_device",
            "hosting_country": "FR",
            **facts,
        }
    )


def use(**facts) -> UseFacts:
    """A use that drafts the clinical record, with nothing written, unless told otherwise."""
    return UseFacts(
        **{
            "care_step": "documentation",
            "patient_interacts": False,
            "decision_role": "drafts",
            "system": system(),
            **facts,
        }
    )


def owed(use_facts: UseFacts) -> dict[str, tuple[str, ...]]:
    """Each owed field with what it cites: legal keys, or the barometer figure it rests on."""
    return {o.field: o.cites for o in use_obligations(use_facts)}


def kinds(use_facts: UseFacts) -> dict[str, str]:
    return {o.field: o.kind for o in use_obligations(use_facts)}


ML_DEVICE = system(kind="machine_learning", regulatory_status="ce_iia")
TRIAGE_CHATBOT = dict(care_step="triage", patient_interacts=True, decision_role="informs")


# Obligations


def test_every_use_owes_oversight_the_five_fears_how_to_decline_data_retention_and_summary():
    assert set(owed(use())) == ALWAYS_OWED


def test_machine_learning_medical_device_used_for_diagnosis_owes_when_told_and_interpretation():
    fields = owed(use(care_step="diagnosis", system=ML_DEVICE))

    assert fields["when_told"] == ("csp-l4001-3",)
    assert fields["interpretation"] == ("csp-l4001-3",)


def test_same_device_used_for_documentation_owes_no_l4001_3_information():
    fields = owed(use(care_step="documentation", system=ML_DEVICE))

    assert "when_told" not in fields
    assert "interpretation" not in fields


def test_rules_based_medical_device_owes_no_l4001_3_information():
    rules_device = system(kind="rules", regulatory_status="ce_iia")

    fields = owed(use(care_step="diagnosis", system=rules_device))

    assert "when_told" not in fields
    assert "interpretation" not in fields


def test_use_touching_care_owes_benefits_risks_and_alternative_under_l1111_2():
    fields = owed(use(care_step="diagnosis"))

    assert fields["benefits"] == fields["risks"] == fields["alternative"] == ("csp-l1111-2",)
    assert fields["how_to_decline"] == ("csp-l1111-2",)
    # L1111-2 names risks, not what is done against them: patients expect it, no text binds it.
    assert kinds(use(care_step="diagnosis"))["risk_mitigation"] == EXPECTED


def test_tool_the_patient_talks_to_owes_when_told_under_art_50_and_a_human_as_an_expectation():
    # Art. 50 asks that the patient know it is an AI; it asks for no contact. Reaching a human is
    # what patients expect (barometer), not a legal duty: L1111-2 does not say it.
    fields = owed(use(patient_interacts=True))
    told = kinds(use(patient_interacts=True))

    assert fields["when_told"] == ("ai-act-50",)
    assert told["alternative"] == EXPECTED
    assert fields["alternative"] == ("fear-human-contact",)


def test_dictation_tool_cites_no_ai_act_article():
    # Art. 14 and 26 bind high-risk systems only, art. 50 tools the patient talks to.
    scribe = use(care_step="documentation", decision_role="drafts")

    cited = {key for o in use_obligations(scribe) if o.kind == LEGAL for key in o.cites}

    assert not {key for key in cited if key.startswith("ai-act")}
    assert kinds(scribe)["human_oversight"] == EXPECTED


def test_emergency_triage_is_annex_iii_and_owes_oversight_and_information_under_art_26():
    fields = owed(use(**TRIAGE_CHATBOT))

    assert fields["human_oversight"] == ("ai-act-26",)
    # Both texts ask that the patient be told: both are cited, the first rule first.
    assert fields["when_told"] == ("ai-act-50", "ai-act-26-11")


def test_medical_device_for_diagnosis_is_not_annex_iii():
    fields = owed(use(care_step="diagnosis", system=ML_DEVICE))

    assert "ai-act-26-11" not in fields["when_told"]
    assert kinds(use(care_step="diagnosis", system=ML_DEVICE))["human_oversight"] == EXPECTED


def test_fears_are_what_patients_expect_with_the_barometer_figure_not_legal_obligations():
    obligations = {o.field: o for o in use_obligations(use())}

    with_errors = obligations["answer_if_wrong"]

    assert with_errors.kind == EXPECTED
    assert with_errors.source.startswith("attendu par les patients\u00a0: 42\u00a0%")
    assert "parmi les principaux risques" in with_errors.source
    assert "Baromètre IA & Data en santé 2025" in with_errors.source
    assert obligations["retention"].source == "obligation légale\u00a0: RGPD, art. 13"


def test_every_rule_cites_only_the_texts_the_portal_keeps():
    every_rule = [
        use(
            care_step=step,
            patient_interacts=talks,
            system=system(kind=kind, regulatory_status=status, data_leave_eea=leaves),
        )
        for step in ("diagnosis", "triage", "documentation", "communication")
        for talks in (False, True)
        for kind in ("machine_learning", "generative", "rules")
        for status in ("not_medical_device", "ce_iia")
        for leaves in (False, True)
    ]
    obligations = [o for u in every_rule for o in use_obligations(u)] + clinic_obligations()

    for obligation in obligations:
        known = {LEGAL: LEGAL_REFERENCES, EXPECTED: EXPECTED_FIGURES, NEEDED: {}}[obligation.kind]
        assert set(obligation.cites) <= set(known), obligation
        assert (obligation.kind == NEEDED) == (not obligation.cites), obligation


def test_data_leaving_the_eea_owes_the_transfer():
    assert "data_transfer" in owed(use(system=system(data_leave_eea=True, hosting_country="US")))
    assert "data_transfer" not in owed(use())


def test_generative_system_owes_what_identifying_data_it_receives():
    assert owed(use(system=system(kind="generative")))["identifiable_data"] == ("csp-l1110-4",)
    assert "identifiable_data" not in owed(use())


def test_no_field_is_owed_twice_and_each_text_that_asks_for_it_is_cited_in_order():
    every_rule = use(
        care_step="diagnosis",
        patient_interacts=True,
        system=system(kind="generative", regulatory_status="ce_iib", data_leave_eea=True),
    )

    fields = [o.field for o in use_obligations(every_rule)]

    assert len(fields) == len(set(fields))
    assert owed(every_rule)["when_told"] == ("csp-l4001-3", "ai-act-50")
    # The legal duty outranks the expectation on the same field.
    assert owed(every_rule)["alternative"] == ("csp-l1111-2",)


def test_a_use_with_no_system_chosen_yet_still_owes_the_basics():
    assert set(owed(use(system=None))) == ALWAYS_OWED


def test_a_draft_use_without_its_tool_and_choices_cannot_be_published_yet():
    undecided = use(system=None, care_step="", decision_role="", written=EVERY_TEXT)

    gaps = notice_gaps(ClinicFacts(written=CONTACTS, uses=(undecided,)))

    assert {o.field for o in gaps.uses[0]} == {"ai_system", "care_step", "decision_role"}
    assert {o.kind for o in gaps.uses[0]} == {NEEDED}


# Gaps


def test_notice_with_everything_written_has_no_gaps():
    gaps = notice_gaps(ClinicFacts(written=CONTACTS, uses=(use(written=EVERY_TEXT),)))

    assert not gaps
    assert gaps.count == 0


def test_gaps_list_each_missing_field_under_the_position_of_its_use():
    incomplete = use(written=EVERY_TEXT - {"human_oversight", "retention"})
    facts = ClinicFacts(written=CONTACTS, uses=(use(written=EVERY_TEXT), incomplete))

    gaps = notice_gaps(facts)

    assert gaps
    assert list(gaps.uses) == [1]
    assert {o.field for o in gaps.uses[1]} == {"human_oversight", "retention"}
    assert gaps.clinic == ()


def test_clinic_with_no_use_cannot_publish():
    gaps = notice_gaps(ClinicFacts(written=CONTACTS, uses=()))

    assert [o.field for o in gaps.clinic] == ["uses"]


@pytest.mark.parametrize("reachable_by", ["ai_contact_email", "ai_contact_phone"])
def test_contact_is_satisfied_by_an_email_or_a_phone(reachable_by):
    facts = ClinicFacts(
        written=frozenset({"ai_contact_name", reachable_by}), uses=(use(written=EVERY_TEXT),)
    )

    assert not notice_gaps(facts)


def test_contact_with_a_name_but_no_email_nor_phone_is_a_gap():
    facts = ClinicFacts(written=frozenset({"ai_contact_name"}), uses=(use(written=EVERY_TEXT),))

    assert [o.field for o in notice_gaps(facts).clinic] == ["ai_contact_email"]


def test_gaps_count_every_missing_item_of_the_clinic_and_its_uses():
    facts = ClinicFacts(
        written=frozenset({"ai_contact_email"}),
        uses=(
            use(written=EVERY_TEXT - {"summary"}),
            use(written=EVERY_TEXT),
            use(written=EVERY_TEXT - {"retention", "how_to_decline"}),
        ),
    )

    assert notice_gaps(facts).count == 4


# Coverage of patient expectations


def covered(facts: ClinicFacts, *keys: str) -> dict:
    return {c.expectation: c for c in expectation_coverage(facts, keys or list(EXPECTATION_FIELDS))}


def test_every_expectation_is_met_when_every_use_answers_it():
    device = system(kind="machine_learning", regulatory_status="ce_iia")
    studied = system(has_evidence=True)
    facts = ClinicFacts(
        written=CONTACTS,
        uses=(use(written=EVERY_TEXT, system=studied), use(written=EVERY_TEXT, system=device)),
    )

    coverage = covered(facts)

    assert [key for key, c in coverage.items() if not c.met] == []
    assert all(c.assessed and c.uses_short == () for c in coverage.values())


def test_expectation_is_unmet_and_names_the_use_that_does_not_answer_it():
    device = system(regulatory_status="ce_i")
    facts = ClinicFacts(
        written=CONTACTS,
        uses=(
            use(written=EVERY_TEXT, system=device),
            use(written=EVERY_TEXT - {"answer_if_wrong"}, system=device),
        ),
    )

    fear_errors = covered(facts, "fear-errors")["fear-errors"]

    assert not fear_errors.met
    assert fear_errors.uses_short == (1,)
    assert "answer_if_wrong" in fear_errors.fields


def test_human_supervision_is_unmet_when_the_tool_decides_alone():
    facts = ClinicFacts(written=CONTACTS, uses=(use(written=EVERY_TEXT, decision_role="decides"),))

    supervision = covered(facts, "human-supervision")["human-supervision"]

    assert not supervision.met
    assert supervision.uses_short == (0,)


def test_unknown_expectation_is_neither_met_nor_assessed():
    facts = ClinicFacts(written=CONTACTS, uses=(use(written=EVERY_TEXT),))

    unknown = covered(facts, "added-by-an-editor-later")["added-by-an-editor-later"]

    assert unknown.met is False
    assert unknown.assessed is False


def test_notice_without_uses_meets_no_expectation():
    coverage = covered(ClinicFacts(written=CONTACTS, uses=()))

    assert [key for key, c in coverage.items() if c.met] == []


# Changes between versions


def use_document(use_id: str, **items) -> dict:
    return {
        "id": use_id,
        "care_step": {"code": "documentation", "label": {"fr": "", "en": ""}},
        "system": {"name": f"Outil {use_id}", "version": "1.0"},
        "retention": {"fr": "Effacé sous 24 heures.", "en": None},
        "summary": {"fr": "Rédige le compte rendu.", "en": None},
        **items,
    }


def notice(*uses: dict, **items) -> dict:
    return {
        "name": "Cabinet du Parc",
        "introduction": {"fr": "", "en": None},
        "address": {"street": "1 rue du Parc", "postcode": "75001", "city": "Paris"},
        "contacts": {"ai": {"name": {"fr": "L’accueil", "en": None}, "email": "a@b.fr"}},
        "uses": list(uses),
        **items,
    }


def test_first_version_lists_every_use_as_added():
    changes = notice_changes(previous=None, current=notice(use_document("a"), use_document("b")))

    assert changes["first"] is True
    assert [use["id"] for use in changes["added"]] == ["a", "b"]
    assert changes["removed"] == changes["changed"] == changes["clinic"] == []


def test_use_added_since_the_previous_version_is_added_and_nothing_else_changes():
    changes = notice_changes(
        previous=notice(use_document("a")), current=notice(use_document("a"), use_document("b"))
    )

    assert changes["first"] is False
    assert changes["added"] == [{"id": "b", "system": "Outil b", "care_step": "documentation"}]
    assert changes["removed"] == changes["changed"] == changes["clinic"] == []


def test_use_removed_since_the_previous_version_is_removed():
    changes = notice_changes(
        previous=notice(use_document("a"), use_document("b")), current=notice(use_document("a"))
    )

    assert [use["id"] for use in changes["removed"]] == ["b"]
    assert changes["added"] == []


def test_use_edited_is_changed_with_the_items_that_differ():
    edited = use_document("a", retention={"fr": "Effacé sous 7 jours.", "en": None})

    changes = notice_changes(previous=notice(use_document("a")), current=notice(edited))

    assert changes["added"] == changes["removed"] == []
    assert [(use["id"], use["items"]) for use in changes["changed"]] == [("a", ["retention"])]


def test_catalogue_change_of_the_system_shows_as_a_system_change():
    updated = use_document("a", system={"name": "Outil a", "version": "2.0"})

    changes = notice_changes(previous=notice(use_document("a")), current=notice(updated))

    assert changes["changed"][0]["items"] == ["system"]


def test_clinic_contact_change_is_listed_among_clinic_items():
    contacts = {"ai": {"name": {"fr": "Dr Martin", "en": None}, "email": "a@b.fr"}}

    changes = notice_changes(
        previous=notice(use_document("a")), current=notice(use_document("a"), contacts=contacts)
    )

    assert changes["clinic"] == ["contacts"]
    assert changes["changed"] == []


def test_a_commitment_the_clinic_drops_is_listed_among_clinic_items():
    kept = notice(use_document("a"), commitments={"second_opinion_on_request": True})
    dropped = notice(use_document("a"), commitments={"second_opinion_on_request": False})

    changes = notice_changes(previous=kept, current=dropped)

    assert changes["clinic"] == ["commitments"]


# Review triggers


TODAY = datetime.date(2026, 6, 15)


def system_facts(**changes) -> dict:
    facts = {
        "key": "transcrivia",
        "name": "Transcrivia",
        "version": "1.0",
        "hosting_country": {"code": "FR", "label": {"fr": "France", "en": "France"}},
        "hds_certified": True,
        "data_leave_eea": False,
        "regulatory_status": {"code": "not_medical_device", "label": {}},
        "training_reuse": {"code": "no", "label": {}},
    }
    return {**facts, **changes}


def published_with(*systems) -> dict:
    return {"uses": [{"system": system} for system in systems]}


def test_review_flags_none_without_a_published_notice():
    assert review_flags(published=None, catalogue={}, review_due_on=None, today=TODAY) == []


def test_review_flags_none_when_the_catalogue_still_says_the_same():
    flags = review_flags(
        published=published_with(system_facts()),
        catalogue={"transcrivia": system_facts()},
        review_due_on=TODAY,
        today=TODAY,
    )

    assert flags == []


def test_review_flags_name_the_system_the_fact_and_both_values():
    flags = review_flags(
        published=published_with(system_facts()),
        catalogue={
            "transcrivia": system_facts(
                version="2.0", hosting_country={"code": "US", "label": {}}, data_leave_eea=True
            )
        },
        review_due_on=None,
        today=TODAY,
    )

    assert [(f.fact, f.before, f.after) for f in flags] == [
        ("version", "1.0", "2.0"),
        ("hosting_country", system_facts()["hosting_country"], {"code": "US", "label": {}}),
        ("data_leave_eea", False, True),
    ]
    assert {f.system for f in flags} == {"Transcrivia"}


def test_review_flags_ignore_a_relabelled_choice_and_unwatched_facts():
    relabelled = {"code": "FR", "label": {"fr": "La France", "en": "France"}}

    flags = review_flags(
        published=published_with(system_facts()),
        catalogue={"transcrivia": system_facts(hosting_country=relabelled, vendor="Autre")},
        review_due_on=None,
        today=TODAY,
    )

    assert flags == []


def test_review_flags_count_a_system_used_twice_once_and_skip_one_gone_from_the_catalogue():
    gone = system_facts(key="retire", name="Retiré")

    flags = review_flags(
        published=published_with(system_facts(), system_facts(), gone),
        catalogue={"transcrivia": system_facts(version="2.0")},
        review_due_on=None,
        today=TODAY,
    )

    assert flags == [
        ReviewFlag("catalogue", "Transcrivia", "version", "1.0", "2.0", system_key="transcrivia")
    ]


def test_review_flags_the_review_date_only_once_it_has_passed():
    published = published_with(system_facts())
    catalogue = {"transcrivia": system_facts()}

    on_the_day = review_flags(
        published=published, catalogue=catalogue, review_due_on=TODAY, today=TODAY
    )
    after = review_flags(
        published=published,
        catalogue=catalogue,
        review_due_on=TODAY,
        today=TODAY + datetime.timedelta(days=1),
    )

    assert on_the_day == []
    assert after == [ReviewFlag("review_date", before=TODAY)]
