"""What a notice must say, use by use, and why: pure functions over plain facts.

The admin form, the publishing gate and the clinic workspace all build `ClinicFacts` from what they
hold (a form's cleaned data here, a model in `content.notices.facts`) and ask the same questions:
which items each use must state (`use_obligations`), and which of them are still missing
(`notice_gaps`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from content.vocabulary import AISystemKind, CareStep, RegulatoryStatus

# Care steps where the law on machine-learning medical devices applies (CSP L4001-3, I).
L4001_3_CARE_STEPS = frozenset({CareStep.PREVENTION, CareStep.DIAGNOSIS, CareStep.CARE})
# Care steps where the AI touches the care itself, so benefits, risks and alternatives are owed.
CLINICAL_CARE_STEPS = L4001_3_CARE_STEPS | {CareStep.TRIAGE}
FEAR_FIELDS = (
    "answer_if_wrong",
    "answer_human_contact",
    "answer_responsibility",
    "answer_reliability",
    "answer_data_access",
)


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


@dataclass(frozen=True)
class UseFacts:
    """One use: its choices, its system, and the names of the texts written in French."""

    care_step: str
    patient_interacts: bool
    decision_role: str
    system: SystemFacts | None
    written: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ClinicFacts:
    written: frozenset[str]
    uses: tuple[UseFacts, ...]


@dataclass(frozen=True)
class Obligation:
    """An item a notice must state: the field that holds it, the rule behind it, and why."""

    field: str
    anchor: str
    reason: Promise | str


@dataclass(frozen=True)
class NoticeGaps:
    """What is missing: for the clinic itself, and for each use by its position."""

    clinic: tuple[Obligation, ...] = ()
    uses: Mapping[int, tuple[Obligation, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.clinic) or any(self.uses.values())

    @property
    def count(self) -> int:
        return len(self.clinic) + sum(len(gaps) for gaps in self.uses.values())


def _always() -> list[Obligation]:
    reason_fear = _("Les patients le demandent d'abord : la notice répond aux cinq craintes.")
    return [
        Obligation(
            "summary",
            "CSP L1111-2",
            _("Le patient a le droit de savoir à quoi sert ce qu'on lui propose."),
        ),
        Obligation(
            "human_oversight",
            _("Règlement européen sur l'IA, art. 14 et 26"),
            _("Un professionnel supervise toujours l'IA : la notice dit qui, et comment."),
        ),
        Obligation(
            "patient_data",
            _("RGPD, art. 13"),
            _("Le patient doit savoir quelles données le concernant sont traitées."),
        ),
        Obligation(
            "retention",
            _("RGPD, art. 13"),
            _("Le patient doit savoir combien de temps ses données sont gardées."),
        ),
        Obligation(
            "how_to_decline",
            "CSP L1111-2",
            _("Le patient peut refuser : la notice dit comment, et ce que cela change."),
        ),
        *(
            Obligation(name, _("Baromètre IA & Data en santé 2025"), reason_fear)
            for name in FEAR_FIELDS
        ),
    ]


def _chosen() -> list[Obligation]:
    reason = _("Sans ces choix, la notice ne peut rien dire de l'outil.")
    return [
        Obligation("ai_system", "CSP L1111-2", reason),
        Obligation("care_step", "CSP L1111-2", reason),
        Obligation("decision_role", _("Règlement européen sur l'IA, art. 14"), reason),
    ]


def use_obligations(use: UseFacts) -> list[Obligation]:
    """Every item this use must state, each once, with the first rule that asks for it."""
    obligations = [*_chosen(), *_always()]
    system = use.system
    if use.care_step in CLINICAL_CARE_STEPS:
        reason = _(
            "L'IA touche vos soins : vous devez en connaître l'utilité, les risques et les autres solutions."
        )
        obligations += [
            Obligation("benefits", "CSP L1111-2", reason),
            Obligation("risks", "CSP L1111-2", reason),
            Obligation("risk_mitigation", "CSP L1111-2", reason),
            Obligation("alternative", "CSP L1111-2", reason),
        ]
    if (
        system is not None
        and system.learns_from_data
        and system.is_medical_device
        and use.care_step in L4001_3_CARE_STEPS
    ):
        obligations += [
            Obligation(
                "when_told",
                "CSP L4001-3",
                _("Dispositif médical qui apprend de données : le patient doit en être informé."),
            ),
            Obligation(
                "interpretation",
                "CSP L4001-3",
                _("Le patient doit savoir comment le résultat de l'outil est interprété pour lui."),
            ),
        ]
    if use.patient_interacts:
        obligations += [
            Obligation(
                "when_told",
                _("Règlement européen sur l'IA, art. 50"),
                _(
                    "Le patient qui échange avec une IA doit le savoir au plus tard au premier échange."
                ),
            ),
            Obligation(
                "alternative",
                "CSP L1111-2",
                _("Le patient doit pouvoir joindre un humain à la place de l'outil."),
            ),
        ]
    if system is not None and system.data_leave_eea:
        obligations.append(
            Obligation(
                "data_transfer",
                _("RGPD, art. 13 et chapitre V"),
                _(
                    "Des données quittent l'Espace économique européen : dites vers où et ce qui les protège."
                ),
            )
        )
    if system is not None and system.kind == AISystemKind.GENERATIVE:
        obligations.append(
            Obligation(
                "identifiable_data",
                _("CSP L1110-4 ; HAS et CNIL sur l'IA générative"),
                _(
                    "Une IA générative ne doit pas recevoir ce qui vous identifie sans nécessité : dites ce qu'elle reçoit."
                ),
            )
        )
    seen: set[str] = set()
    unique = []
    for obligation in obligations:
        if obligation.field not in seen:
            seen.add(obligation.field)
            unique.append(obligation)
    return unique


def clinic_obligations() -> list[Obligation]:
    """What the clinic itself must state, whatever it uses."""
    return [
        Obligation(
            "ai_contact_name",
            _("RGPD, art. 13 ; règlement européen sur l'IA, art. 50"),
            _("Le patient doit savoir à qui poser ses questions sur l'IA."),
        ),
        Obligation(
            "ai_contact_email",
            _("RGPD, art. 13 ; règlement européen sur l'IA, art. 50"),
            _("Un courriel ou un téléphone pour joindre un humain."),
        ),
        Obligation(
            "uses",
            _("CSP L1111-2"),
            _("Une notice décrit au moins un usage de l'IA."),
        ),
    ]


def notice_gaps(facts: ClinicFacts) -> NoticeGaps:
    """The obligations still missing. Empty (falsy) when the notice may be published."""
    clinic_missing = []
    for obligation in clinic_obligations():
        if obligation.field == "uses":
            missing = not facts.uses
        elif obligation.field == "ai_contact_email":
            missing = not ({"ai_contact_email", "ai_contact_phone"} & facts.written)
        else:
            missing = obligation.field not in facts.written
        if missing:
            clinic_missing.append(obligation)
    uses = {}
    for index, use in enumerate(facts.uses):
        chosen = {
            name
            for name, value in (
                ("ai_system", use.system),
                ("care_step", use.care_step),
                ("decision_role", use.decision_role),
            )
            if value
        }
        missing = tuple(o for o in use_obligations(use) if o.field not in use.written | chosen)
        if missing:
            uses[index] = missing
    return NoticeGaps(clinic=tuple(clinic_missing), uses=uses)
