"""The legal texts the portal may cite, each with its exact name and what it says.

Every rule (`obligations`, `rights`) cites a text by its key here, and a test refuses any other: the
portal states as law only what `shared/reference/disclosure-fields.md` supports. What patients expect
(the barometer) is not law and is kept in `expected.EXPECTED_FIGURES`, apart from this list.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class LegalReference:
    """A text that binds: its short name as the portal writes it, and what it says, in plain French."""

    key: str
    name: Promise
    says: Promise


_REFERENCES = (
    # France: Code de la santé publique.
    LegalReference(
        "csp-l1111-2",
        _("Code de la santé publique, art. L1111-2"),
        _(
            "Le patient est informé, lors d’un entretien, de l’utilité des soins proposés, de leurs "
            "risques fréquents ou graves, des autres solutions possibles et de ce qui se passe s’il "
            "refuse."
        ),
    ),
    LegalReference(
        "csp-l1110-4",
        _("Code de la santé publique, art. L1110-4"),
        _(
            "Le secret médical : les informations de santé du patient ne sont partagées que dans les "
            "limites prévues par la loi."
        ),
    ),
    LegalReference(
        "csp-l4001-3",
        _("Code de la santé publique, art. L4001-3"),
        _(
            "Le professionnel qui utilise, pour la prévention, le diagnostic ou le soin, un dispositif "
            "médical dont l’algorithme a appris sur de grandes quantités de données s’assure que le "
            "patient en est informé et, le cas échéant, averti de l’interprétation qui en résulte."
        ),
    ),
    # European Union: GDPR (Regulation 2016/679).
    LegalReference(
        "gdpr-13",
        _("RGPD, art. 13"),
        _(
            "Quand ses données sont recueillies, la personne apprend qui les traite, pourquoi, qui les "
            "reçoit, si elles quittent l’Union, combien de temps elles sont gardées et quels sont ses "
            "droits."
        ),
    ),
    LegalReference(
        "gdpr-15",
        _("RGPD, art. 15"),
        _(
            "La personne peut obtenir une copie de ses données et savoir comment elles sont utilisées."
        ),
    ),
    LegalReference(
        "gdpr-16",
        _("RGPD, art. 16"),
        _("La personne peut faire corriger ses données inexactes."),
    ),
    LegalReference(
        "gdpr-21",
        _("RGPD, art. 21"),
        _(
            "La personne peut s’opposer à certains traitements de ses données, pour des raisons qui "
            "tiennent à sa situation."
        ),
    ),
    LegalReference(
        "gdpr-22",
        _("RGPD, art. 22"),
        _(
            "La personne a le droit de ne pas faire l’objet d’une décision importante prise uniquement "
            "par une machine, sauf exceptions strictement encadrées."
        ),
    ),
    LegalReference(
        "gdpr-77",
        _("RGPD, art. 77"),
        _(
            "La personne peut se plaindre auprès d’une autorité de protection des données, en France la "
            "CNIL."
        ),
    ),
    LegalReference(
        "gdpr-chapter-5",
        _("RGPD, chapitre V"),
        _(
            "Des données ne quittent l’Espace économique européen qu’avec les garanties que le règlement "
            "prévoit."
        ),
    ),
    # European Union: AI Act (Regulation 2024/1689).
    LegalReference(
        "ai-act-26",
        _("Règlement européen sur l’IA, art. 26"),
        _(
            "Celui qui utilise un système d’IA à haut risque confie son contrôle humain à des personnes "
            "compétentes, formées et qui ont autorité pour le faire."
        ),
    ),
    LegalReference(
        "ai-act-26-11",
        _("Règlement européen sur l’IA, art. 26, paragraphe 11"),
        _(
            "Celui qui utilise un système à haut risque de l’annexe III, comme le tri des patients aux "
            "urgences, informe les personnes que ce système est utilisé pour elles."
        ),
    ),
    LegalReference(
        "ai-act-50",
        _("Règlement européen sur l’IA, art. 50"),
        _(
            "Une personne qui échange directement avec une IA doit le savoir, au plus tard au premier "
            "échange, sauf si c’est évident."
        ),
    ),
    LegalReference(
        "ai-act-86",
        _("Règlement européen sur l’IA, art. 86"),
        _(
            "Une personne concernée par une décision prise avec un système à haut risque de l’annexe III "
            "peut demander des explications claires sur le rôle du système et sur les principaux "
            "éléments de la décision."
        ),
    ),
)

LEGAL_REFERENCES: dict[str, LegalReference] = {
    reference.key: reference for reference in _REFERENCES
}


def legal_reference(key: str) -> LegalReference:
    """The reference of that key. Refuses (KeyError) a key the portal may not cite."""
    return LEGAL_REFERENCES[key]
