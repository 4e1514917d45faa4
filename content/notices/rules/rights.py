"""The patient's rights on one notice, from what applies to each of its uses: pure functions.

Two lists the notice never mixes: the rights the law gives (each citing only keys of
`rules.legal.LEGAL_REFERENCES`, and naming its tools when it does not concern them all), and the
clinic's own commitments, which no text imposes and which appear only where the clinic makes them.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .use_facts import ClinicFacts, UseFacts


@dataclass(frozen=True)
class Right:
    """Something the patient may do or expect: the law's (`cites` its texts) or the clinic's."""

    key: str
    text: Promise
    cites: tuple[str, ...] = ()
    # Positions of the uses it concerns; empty when it concerns them all.
    uses: tuple[int, ...] = ()


@dataclass(frozen=True)
class NoticeRights:
    legal: tuple[Right, ...]
    commitments: tuple[Right, ...]
    # Uses the clinic does not commit to care without: their own "how to decline" says what remains.
    without_commitment: tuple[int, ...] = ()


def _positions(facts: ClinicFacts, applies) -> tuple[int, ...] | None:
    """The positions of the uses it applies to; () when it applies to all, None when to none."""
    positions = tuple(index for index, use in enumerate(facts.uses) if applies(use))
    if not positions:
        return None
    return () if len(positions) == len(facts.uses) else positions


def _for_uses(facts: ClinicFacts, applies, key: str, text, cites: tuple[str, ...] = ()):
    positions = _positions(facts, applies)
    return [] if positions is None else [Right(key, text, cites, positions)]


def _interacts(use: UseFacts) -> bool:
    return use.patient_interacts


def _annex_iii(use: UseFacts) -> bool:
    return use.is_annex_iii


def legal_rights(facts: ClinicFacts) -> list[Right]:
    """The rights the law gives on this notice, the ones that concern some tools only first."""
    if not facts.uses:
        return []
    return [
        Right(
            "information",
            _(
                "Vous avez le droit de savoir quelles données nos outils traitent pour vous, pourquoi, qui les reçoit et "
                "combien de temps elles sont gardées. Cette notice vous le dit."
            ),
            ("gdpr-13",),
        ),
        *_for_uses(
            facts,
            lambda use: use.is_clinical,
            "care-information",
            _(
                "Vous avez le droit d’être informé, lors d’un entretien, de l’utilité de l’outil pour vos soins, de ses "
                "risques fréquents ou graves, des autres solutions et de ce qui se passe si vous "
                "refusez."
            ),
            ("csp-l1111-2",),
        ),
        *_for_uses(
            facts,
            lambda use: use.is_l4001_3_device,
            "device-information",
            _(
                "Votre soignant doit s’assurer que vous êtes informé de l’usage de ce dispositif "
                "médical, qui a appris à partir de données, et, le cas échéant, vous avertir de "
                "l’interprétation qui en résulte."
            ),
            ("csp-l4001-3",),
        ),
        *_for_uses(
            facts,
            _interacts,
            "talking-to-an-ai",
            _(
                "Vous avez le droit de savoir que vous échangez avec une IA, au plus tard au premier échange."
            ),
            ("ai-act-50",),
        ),
        *_for_uses(
            facts,
            _annex_iii,
            "high-risk-information",
            _(
                "Le règlement européen sur l’IA classe cet outil de tri « à haut risque ». Il prévoit "
                "que vous soyez informé qu’il sert pour vous."
            ),
            ("ai-act-26-11",),
        ),
        *_for_uses(
            facts,
            _annex_iii,
            "explanation",
            _(
                "Le même règlement prévoit aussi que vous puissiez demander une explication claire du rôle de l’outil "
                "dans la décision prise pour vous, et des principaux éléments de cette décision."
            ),
            ("ai-act-86",),
        ),
        Right(
            "access",
            _(
                "Vous pouvez obtenir une copie de vos données, et faire corriger celles qui sont fausses, par "
                "exemple dans un compte rendu."
            ),
            ("gdpr-15", "gdpr-16"),
        ),
        Right(
            "objection",
            _(
                "Vous pouvez vous opposer à certains usages de vos données, pour des raisons qui tiennent à votre "
                "situation."
            ),
            ("gdpr-21",),
        ),
        Right(
            "no-machine-alone",
            _(
                "Vous avez le droit de ne pas faire l’objet d’une décision importante prise uniquement par une machine, sauf "
                "exceptions strictement encadrées."
            ),
            ("gdpr-22",),
        ),
        Right(
            "medical-secrecy",
            _(
                "Le secret médical protège vos informations de santé : elles ne sont partagées que dans "
                "les limites prévues par la loi."
            ),
            ("csp-l1110-4",),
        ),
        Right(
            "complaint",
            _(
                "Vous pouvez vous plaindre à la CNIL (Commission nationale de l’informatique et des libertés) au "
                "sujet de vos données. Vous pouvez nous écrire avant si vous le souhaitez, mais "
                "ce n’est pas obligatoire."
            ),
            ("gdpr-77",),
        ),
    ]


def clinic_commitments(facts: ClinicFacts) -> list[Right]:
    """What the clinic commits to beyond the law; empty when it commits to nothing."""
    commitments = _for_uses(
        facts,
        lambda use: use.declinable,
        "care-without-the-tool",
        _("Si vous refusez l’outil, nous vous soignons sans lui, avec le même soin."),
    )
    if facts.second_opinion and facts.uses:
        commitments.append(
            Right(
                "second-opinion",
                _("Si vous le demandez, un autre professionnel relit le résultat d’un outil."),
            )
        )
    return commitments


def notice_rights(facts: ClinicFacts) -> NoticeRights:
    """The notice's rights block: the law's rights, the clinic's commitments, and the tools the
    clinic says it does not commit to care without (none named on a notice that never said)."""
    return NoticeRights(
        legal=tuple(legal_rights(facts)),
        commitments=tuple(clinic_commitments(facts)),
        without_commitment=tuple(
            index for index, use in enumerate(facts.uses) if use.declinable is False
        ),
    )
