"""How a clinic's name reads in a French sentence: its article, contracted after « à » and « de »."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NameArticle(models.TextChoices):
    """The French article a clinic's name takes in a sentence: « écrire au Cabinet… »."""

    LE = "le", "le"
    LA = "la", "la"
    ELIDED = "l’", "l’"
    LES = "les", "les"
    NONE = "", _("aucun (un nom propre : « écrire à Vernouillac »)")


# The article after « à » and « de », contracted as French does: au, aux, du, des.
_CONTRACTED = {
    ("à", "le"): "au ",
    ("à", "les"): "aux ",
    ("de", "le"): "du ",
    ("de", "les"): "des ",
}
_VOWELS = "aàâeéèêëiîïoôuùûyhAÀÂEÉÈÊËIÎÏOÔUÙÛYH"


def clinic_name_with(*, name: str, article: str, preposition: str = "") -> str:
    """The name with its article after « à », « de » or alone: « au Cabinet médical des Tilleuls ».

    `preposition` is "à", "de" or "" (the article alone: « le Cabinet… »). Refuses nothing: an
    unknown article is taken as none.
    """
    if article not in NameArticle.values:
        article = ""
    if (preposition, article) in _CONTRACTED:
        return _CONTRACTED[(preposition, article)] + name
    joined = f"{article} " if article and article != "l’" else article
    if preposition == "de" and not article and name[:1] in _VOWELS:
        return f"d’{name}"
    return f"{preposition} {joined}{name}" if preposition else f"{joined}{name}"
