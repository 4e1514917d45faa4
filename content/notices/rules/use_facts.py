"""The plain facts the rules decide from: a clinic, its uses of AI and their systems.

`content.notices.facts` reads them off a clinic, a form or a published document; the rules
(`obligations`, `rights`, `coverage`) read nothing else.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from content.vocabulary import TEMPLATE_MARK, AISystemKind, CareStep, RegulatoryStatus

# Care steps where the law on machine-learning medical devices applies (CSP L4001-3, I).
L4001_3_CARE_STEPS = frozenset({CareStep.PREVENTION, CareStep.DIAGNOSIS, CareStep.CARE})
# Care steps where the AI touches the care itself, so benefits, risks and alternatives are owed.
CLINICAL_CARE_STEPS = L4001_3_CARE_STEPS | {CareStep.TRIAGE}
# Kinds that write text from a prompt: what they receive of the patient's identity must be told.
GENERATIVE_KINDS = frozenset({AISystemKind.GENERATIVE, AISystemKind.GENERAL_ASSISTANT})
# Emergency patient triage is high-risk under the AI Act, Annex III 5(d): art. 26 and 86 apply.
# AI medical devices are high-risk through Annex I instead, which art. 26(11) and 86 do not reach.
ANNEX_III_CARE_STEPS = frozenset({CareStep.TRIAGE})


@dataclass(frozen=True)
class SystemFacts:
    """What the catalogue says of a system, as far as the rules need it."""

    kind: str
    regulatory_status: str
    data_leave_eea: bool = False
    hosting_country: str = ""
    hds_certified: bool = False
    has_evidence: bool = False

    @property
    def learns_from_data(self) -> bool:
        return self.kind != AISystemKind.RULES

    @property
    def is_medical_device(self) -> bool:
        return self.regulatory_status != RegulatoryStatus.NOT_MEDICAL_DEVICE

    @property
    def is_generative(self) -> bool:
        return self.kind in GENERATIVE_KINDS


def template_marks(text: str | None) -> list[str]:
    """The passages of a template's draft still marked in this text, « [[à vérifier : …]] »,
    each without its brackets, in order; an empty list when none is left."""
    return [match.group(1).strip() for match in TEMPLATE_MARK.finditer(text or "")]


@dataclass(frozen=True)
class UseFacts:
    """One use: its choices, its system, and the names of the texts written in French."""

    care_step: str
    patient_interacts: bool
    decision_role: str
    system: SystemFacts | None
    written: frozenset[str] = field(default_factory=frozenset)
    # The clinic commits to care without the tool for a patient who declines it; None when the
    # notice was published before clinics could say (then the notice says nothing either way).
    declinable: bool | None = False
    # The texts that still hold a template's marked passage, in French or English:
    # (("retention", ("à vérifier : la durée chez l’éditeur",)), ...), in the order of the texts.
    marked: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The French of the texts whose readability is checked (`obligations.READABLE_USE_FIELDS`).
    texts: Mapping[str, str] = field(default_factory=dict)
    # The chosen system is still a draft of the catalogue (imported from a model card, incomplete).
    system_draft: bool = False

    @property
    def is_annex_iii(self) -> bool:
        """High-risk under the AI Act's Annex III (emergency triage): art. 26(11) and 86 apply."""
        return self.care_step in ANNEX_III_CARE_STEPS

    @property
    def is_clinical(self) -> bool:
        return self.care_step in CLINICAL_CARE_STEPS

    @property
    def is_l4001_3_device(self) -> bool:
        """A machine-learning medical device used for prevention, diagnosis or care."""
        system = self.system
        return (
            system is not None
            and system.learns_from_data
            and system.is_medical_device
            and self.care_step in L4001_3_CARE_STEPS
        )


@dataclass(frozen=True)
class ClinicFacts:
    written: frozenset[str]
    uses: tuple[UseFacts, ...]
    # The clinic commits to have another professional review a tool's result on request.
    second_opinion: bool = False
