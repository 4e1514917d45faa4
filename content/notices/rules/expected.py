"""What patients expect a notice to answer, with the barometer figures that show it.

The barometer binds no one: these figures say why an item is expected, never that a law asks for it
(`rules.legal` holds what the law asks).
"""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

FEAR_FIELDS = (
    "answer_if_wrong",
    "answer_human_contact",
    "answer_responsibility",
    "answer_reliability",
    "answer_data_access",
)

BAROMETER = _("Baromètre IA & Data en santé 2025, ACSEL / Toluna Harris Interactive")
# What the public told the barometer, phrased as it was measured; the population is in each text.
EXPECTED_FIGURES: dict[str, Promise] = {
    "public-benefits-risks": _(
        "80 % des Français veulent des informations claires sur les bénéfices et les risques de ces "
        "usages"
    ),
    "fear-errors": _(
        "42 % des Français citent les erreurs médicales dues à l’IA parmi les principaux risques"
    ),
    "fear-human-contact": _(
        "42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux "
        "risques"
    ),
    "fear-responsibility": _(
        "34 % des Français citent une responsabilité floue en cas d’erreur parmi les principaux risques"
    ),
    "fear-reliability": _(
        "33 % des Français citent la fiabilité des résultats parmi les principaux risques"
    ),
    "fear-confidentiality": _(
        "29 % des Français citent les atteintes à la confidentialité des données de santé parmi les "
        "principaux risques"
    ),
}
FEAR_FIGURES = dict(
    zip(
        FEAR_FIELDS,
        (
            "fear-errors",
            "fear-human-contact",
            "fear-responsibility",
            "fear-reliability",
            "fear-confidentiality",
        ),
        strict=True,
    )
)
