"""What a notice must say, use by use, and why: pure functions over plain facts.

The admin form, the publishing gate and the clinic workspace all build `ClinicFacts` from what they
hold (a form's cleaned data here, a model in `content.notices.facts`) and ask the same questions:
which items each use must state (`use_obligations`), and which of them are still missing
(`notice_gaps`).

Each item says why it is asked, as one of four kinds that are never mixed up:
- `LEGAL`: a text binds this use; it cites only keys of `rules.legal.LEGAL_REFERENCES`;
- `EXPECTED`: no text binds it, but patients expect it; it cites a barometer figure
  (`EXPECTED_FIGURES`), which binds no one;
- `NEEDED`: the portal needs the choice to know what else the notice owes (or, for a system still
  a draft of the catalogue, a complete one);
- `TO_CHECK`: the text is written, but still holds a passage of a template that the clinic must
  check or complete (`vocabulary.TEMPLATE_MARK`); it names the passages, never a law;
- `HARD_TO_READ`: the French summary is written, but scores below the readability minimum
  (`content.readability`); it gives the score and quotes the longest sentences, never a law.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from content.readability import MINIMUM, readability_measure

from .expected import BAROMETER, EXPECTED_FIGURES, FEAR_FIELDS, FEAR_FIGURES
from .legal import LEGAL_REFERENCES
from .use_facts import ClinicFacts, UseFacts

LEGAL = "legal"
EXPECTED = "expected"
NEEDED = "needed"
TO_CHECK = "to_check"
HARD_TO_READ = "hard_to_read"
# The French texts that must reach the readability minimum: what patients read first of a use.
READABLE_USE_FIELDS = ("summary",)
# A marked passage is quoted whole up to this length, then cut.
PASSAGE_SHOWN = 120


@dataclass(frozen=True)
class Obligation:
    """An item a notice must state: the field that holds it, why, and what it cites.

    `cites` holds keys of `rules.legal.LEGAL_REFERENCES` for a `LEGAL` item, one key of
    `EXPECTED_FIGURES` for an `EXPECTED` one, nothing for a `NEEDED` or `TO_CHECK` one; `passages`
    holds the marked passages of a `TO_CHECK` one.
    """

    field: str
    cites: tuple[str, ...]
    reason: Promise | str
    kind: str = LEGAL
    passages: tuple[str, ...] = ()
    # A `HARD_TO_READ` item's readability score, rounded.
    score: int | None = None

    @property
    def anchor(self) -> str:
        """What the item rests on, as the workspace and the admin show it after its kind."""
        if self.kind == TO_CHECK:
            return " ; ".join(f"« {_shortened(passage)} »" for passage in self.passages)
        if self.kind == HARD_TO_READ:
            return _(
                "score %(score)s sur 100, il faut au moins %(minimum)s ; raccourcissez "
                "d’abord %(passages)s"
            ) % {
                "score": self.score,
                "minimum": MINIMUM,
                "passages": " ; ".join(f"« {_shortened(p)} »" for p in self.passages),
            }
        if self.kind == LEGAL:
            return " ; ".join(str(LEGAL_REFERENCES[key].name) for key in self.cites)
        if self.kind == EXPECTED:
            figures = " ; ".join(str(EXPECTED_FIGURES[key]) for key in self.cites)
            return f"{figures} ({BAROMETER})"
        return ""

    @property
    def kind_label(self) -> str:
        if self.kind == TO_CHECK and len(self.passages) > 1:
            return str(_("contient des passages à vérifier"))
        return str(
            {
                LEGAL: _("obligation légale"),
                EXPECTED: _("attendu par les patients"),
                NEEDED: _("choix nécessaire"),
                TO_CHECK: _("contient un passage à vérifier"),
                HARD_TO_READ: _("difficile à lire"),
            }[self.kind]
        )

    @property
    def source(self) -> str:
        """Its kind, then what it rests on: « obligation légale : RGPD, art. 13 »."""
        if not self.anchor:
            return self.kind_label
        return _("%(kind)s : %(anchor)s") % {"kind": self.kind_label, "anchor": self.anchor}


def _shortened(passage: str) -> str:
    passage = " ".join(passage.split())
    if len(passage) <= PASSAGE_SHOWN:
        return passage
    return passage[: PASSAGE_SHOWN - 1].rstrip() + "…"


def _to_check(name: str, passages: tuple[str, ...]) -> Obligation:
    return Obligation(
        name,
        (),
        _(
            "Un passage du modèle attend votre vérification : corrigez-le ou complétez-le, puis "
            "retirez ses doubles crochets [[ ]]. La notice ne peut pas être soumise avant."
        ),
        TO_CHECK,
        passages,
    )


def _hard_to_read(name: str, text: str) -> Obligation | None:
    """The item a French text owes when it scores below the readability minimum, else None."""
    measure = readability_measure(text, "fr", longest=2)
    if measure.passes:
        return None
    return Obligation(
        name,
        (),
        _(
            "Les patients lisent ce texte en premier : il doit être facile à lire. Faites des "
            "phrases courtes, une idée par phrase, avec des mots de tous les jours."
        ),
        HARD_TO_READ,
        measure.longest,
        measure.rounded,
    )


def _legal(name: str, cites: tuple[str, ...], reason) -> Obligation:
    return Obligation(name, cites, reason, LEGAL)


def _expected(name: str, figure: str, reason) -> Obligation:
    return Obligation(name, (figure,), reason, EXPECTED)


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


def _always(use: UseFacts) -> list[Obligation]:
    fear_reason = _("Les patients le demandent d’abord : la notice répond à leurs cinq craintes.")
    if use.is_annex_iii:
        oversight = _legal(
            "human_oversight",
            ("ai-act-26",),
            _(
                "Système à haut risque : des personnes compétentes le contrôlent ; la notice dit qui."
            ),
        )
    else:
        oversight = _expected(
            "human_oversight",
            "fear-errors",
            _("Les patients veulent savoir qui vérifie le résultat de l’outil, et comment."),
        )
    if use.is_clinical:
        decline = _legal(
            "how_to_decline",
            ("csp-l1111-2",),
            _(
                "La loi demande que le patient apprenne, lors d’un entretien, ce qui se passe s’il "
                "refuse. La notice prépare cet entretien : elle dit comment refuser."
            ),
        )
    else:
        decline = _expected(
            "how_to_decline",
            "fear-human-contact",
            _("Les patients veulent savoir comment dire non, et ce que cela change pour eux."),
        )
    return [
        _legal(
            "summary",
            ("gdpr-13",),
            _("Le patient doit savoir à quoi servent les données que l’outil traite pour lui."),
        ),
        oversight,
        _legal(
            "patient_data",
            ("gdpr-13",),
            _("Le patient doit savoir quelles données le concernant sont traitées."),
        ),
        _legal(
            "retention",
            ("gdpr-13",),
            _("Le patient doit savoir combien de temps ses données sont gardées."),
        ),
        decline,
        *(_expected(name, FEAR_FIGURES[name], fear_reason) for name in FEAR_FIELDS),
    ]


def _chosen() -> list[Obligation]:
    reason = _("Sans ces choix, la notice ne peut rien dire de l’outil.")
    return [
        Obligation("ai_system", (), reason, NEEDED),
        Obligation("care_step", (), reason, NEEDED),
        Obligation("decision_role", (), reason, NEEDED),
    ]


def _system_draft() -> Obligation:
    return Obligation(
        "ai_system",
        (),
        _("L’outil choisi est encore un brouillon du catalogue : attendez qu’il soit complété."),
        NEEDED,
    )


def _merged(obligations: list[Obligation]) -> list[Obligation]:
    """Each field once, where it first comes: legal citations add up, a legal item outranks an
    expected one, and the first expected figure stays."""
    by_field: dict[str, Obligation] = {}
    for obligation in obligations:
        known = by_field.get(obligation.field)
        if known is None:
            by_field[obligation.field] = obligation
        elif obligation.kind == LEGAL and known.kind == LEGAL:
            cites = known.cites + tuple(c for c in obligation.cites if c not in known.cites)
            by_field[obligation.field] = Obligation(known.field, cites, known.reason, LEGAL)
        elif obligation.kind == LEGAL:
            by_field[obligation.field] = obligation
    return list(by_field.values())


def use_obligations(use: UseFacts) -> list[Obligation]:
    """Every item this use must state, each once, with every text that asks for it, in order."""
    obligations = [*_chosen(), *_always(use)]
    system = use.system
    if use.is_clinical:
        reason = _(
            "L’IA touche les soins : la loi demande que le patient en apprenne l’utilité, les risques "
            "et les autres solutions lors d’un entretien. La notice prépare cet entretien."
        )
        obligations += [
            _legal("benefits", ("csp-l1111-2",), reason),
            _legal("risks", ("csp-l1111-2",), reason),
            _expected(
                "risk_mitigation",
                "public-benefits-risks",
                _("Les patients veulent savoir ce qui est fait contre les risques qu’on leur dit."),
            ),
            _legal("alternative", ("csp-l1111-2",), reason),
        ]
    if use.is_l4001_3_device:
        obligations += [
            _legal(
                "when_told",
                ("csp-l4001-3",),
                _("Dispositif médical qui apprend de données : le patient doit en être informé."),
            ),
            _legal(
                "interpretation",
                ("csp-l4001-3",),
                _("Le patient doit être averti de l’interprétation qui découle du résultat."),
            ),
        ]
    if use.patient_interacts:
        obligations += [
            _legal(
                "when_told",
                ("ai-act-50",),
                _(
                    "Le patient qui échange avec une IA doit le savoir au plus tard au premier échange."
                ),
            ),
            _expected(
                "alternative",
                "fear-human-contact",
                _("Les patients veulent pouvoir joindre une personne à la place de l’outil."),
            ),
        ]
    if use.is_annex_iii:
        obligations.append(
            _legal(
                "when_told",
                ("ai-act-26-11",),
                _(
                    "Système à haut risque de l’annexe III : le patient est informé qu’il sert pour lui."
                ),
            )
        )
    if system is not None and system.data_leave_eea:
        obligations.append(
            _legal(
                "data_transfer",
                ("gdpr-13", "gdpr-chapter-5"),
                _(
                    "Des données quittent l’Espace économique européen : dites vers où et ce qui les "
                    "protège."
                ),
            )
        )
    if system is not None and system.is_generative:
        obligations.append(
            _legal(
                "identifiable_data",
                ("csp-l1110-4",),
                _(
                    "Le secret médical limite ce que l’IA générative reçoit ; la HAS et la CNIL "
                    "recommandent de ne pas y mettre ce qui identifie le patient : dites ce qu’elle "
                    "reçoit."
                ),
            )
        )
    return _merged(obligations)


def clinic_obligations() -> list[Obligation]:
    """What the clinic itself must state, whatever it uses."""
    return [
        _legal(
            "ai_contact_name",
            ("gdpr-13",),
            _("Le patient doit savoir à qui s’adresser au sujet de ses données."),
        ),
        _legal(
            "ai_contact_email",
            ("gdpr-13",),
            _("Un courriel ou un téléphone pour joindre la structure."),
        ),
        Obligation(
            "uses",
            (),
            _("Une notice décrit au moins un usage de l’IA."),
            NEEDED,
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
        missing = [o for o in use_obligations(use) if o.field not in use.written | chosen]
        # A system still a draft of the catalogue reaches no patient: chosen, but not ready.
        if use.system_draft:
            missing.insert(0, _system_draft())
        # A text still holding a template's marked passage is not written yet, asked or not.
        missing_fields = {o.field for o in missing}
        missing += [
            _to_check(name, passages)
            for name, passages in use.marked
            if passages and name not in missing_fields
        ]
        # A written text that patients would struggle to read is not ready either.
        missing_fields = {o.field for o in missing}
        for name in READABLE_USE_FIELDS:
            text = use.texts.get(name, "")
            if name not in missing_fields and text.strip():
                hard = _hard_to_read(name, text)
                if hard is not None:
                    missing.append(hard)
        if missing:
            uses[index] = tuple(missing)
    return NoticeGaps(clinic=tuple(clinic_missing), uses=uses)
