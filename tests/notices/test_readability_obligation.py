"""A use's French summary must be easy to read before its notice is published: the rule on plain
facts, the publishing gate, the admin form, and the demo's clinics and templates that pass it."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from content.notices.facts import clinic_facts
from content.notices.models import Clinic, UseTemplate
from content.notices.rules.obligations import HARD_TO_READ, notice_gaps
from content.notices.rules.use_facts import ClinicFacts, SystemFacts, UseFacts
from content.readability import MINIMUM, readability_measure
from content.vocabulary import AIUSE_TEXT_FIELDS
from tests.factories import AIUseFactory, ClinicFactory

HARD_SUMMARY = (
    "L’outil transcrit automatiquement la consultation afin de faciliter la rédaction du compte "
    "rendu médical, que le médecin vérifie systématiquement avant de l’intégrer définitivement à "
    "votre dossier."
)
EASY_SUMMARY = (
    "L’outil écrit un brouillon de la lettre. Le médecin le lit. Il le corrige si besoin."
)


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def facts_with(summary: str) -> ClinicFacts:
    """A clinic with one documentation use where every text is written, the summary as given."""
    use = UseFacts(
        care_step="documentation",
        patient_interacts=False,
        decision_role="drafts",
        system=SystemFacts(kind="speech", regulatory_status="not_medical_device"),
        written=frozenset(AIUSE_TEXT_FIELDS),
        texts={"summary": summary},
    )
    return ClinicFacts(written=frozenset({"ai_contact_name", "ai_contact_email"}), uses=(use,))


def test_a_french_summary_too_hard_to_read_is_a_gap_with_its_score_and_longest_sentence():
    gaps = notice_gaps(facts_with(HARD_SUMMARY))

    (gap,) = gaps.uses[0]
    assert (gap.field, gap.kind) == ("summary", HARD_TO_READ)
    assert gap.score == 2
    assert gap.source.startswith(
        f"difficile à lire\u00a0: score 2 sur 100, il faut au moins {MINIMUM}\u00a0; "
        "raccourcissez d’abord «\u00a0L’outil transcrit automatiquement"
    )
    assert "phrases courtes" in str(gap.reason)


def test_an_easy_french_summary_owes_nothing():
    assert not notice_gaps(facts_with(EASY_SUMMARY))


def test_a_missing_summary_is_missing_not_hard_to_read():
    facts = facts_with("")
    use = facts.uses[0]
    facts = ClinicFacts(
        written=facts.written,
        uses=(UseFacts(**{**use.__dict__, "written": use.written - {"summary"}}),),
    )

    (gap,) = notice_gaps(facts).uses[0]
    assert gap.field == "summary" and gap.kind != HARD_TO_READ


@pytest.mark.django_db
def test_a_notice_whose_summary_is_too_hard_to_read_cannot_be_published():
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic, summary_fr=HARD_SUMMARY, summary_en="Easy to read. Short.")

    with pytest.raises(ValidationError):
        clinic.save_revision().publish()

    clinic.refresh_from_db()
    assert clinic.live is False


@pytest.mark.django_db
def test_a_hard_english_summary_does_not_stop_publishing():
    clinic = ClinicFactory()
    AIUseFactory(clinic=clinic, summary_fr=EASY_SUMMARY, summary_en=HARD_SUMMARY)

    clinic.save_revision().publish()

    clinic.refresh_from_db()
    assert clinic.live is True


@pytest.mark.django_db
def test_every_demo_clinic_and_use_template_summary_is_easy_enough_to_publish():
    for clinic in Clinic.objects.all():
        gaps = notice_gaps(clinic_facts(clinic))
        hard = [g for missing in gaps.uses.values() for g in missing if g.kind == HARD_TO_READ]
        assert not hard, (clinic.slug, [g.source for g in hard])
    for template in UseTemplate.objects.all():
        assert readability_measure(template.summary_fr, "fr").passes, template.summary_fr
