"""The sentence a clinician pastes at the top of a letter or report, in French or in English.

« Lors de votre rendez-vous du 12 mars 2026 au Cabinet médical des Tilleuls, l’outil d’IA
Transcrivia a préparé un brouillon, relu par un soignant. Le Dr Martin, médecin généraliste, a vérifié
son travail. Pour en savoir plus ou refuser : https://…/fr/v/XXXXX-XXXXX-XXXXX/ »
"""

import datetime

from django.urls import reverse
from django.utils import dateformat
from django.utils.translation import gettext as _
from django.utils.translation import override

from content.notices.links import public_address
from content.notices.models.names import clinic_name_with

from .cards import LANGUAGES, VisitReading, visit_card_read
from .models import VisitCard


def spoken_date(day: datetime.date, language: str) -> str:
    """« 1er mars 2026 », « 12 mars 2026 »; "12 March 2026". Call it in that language."""
    if language == "fr" and day.day == 1:
        return dateformat.format(day, r"j\e\r F Y")
    return dateformat.format(day, "j F Y")


# French opens a sentence with « Le Dr Martin », « Le Pr Diallo »; « Mme Leroy » takes no article.
_TITLES_WITH_ARTICLE = ("Dr ", "Dr. ", "Pr ", "Pr. ", "Docteur ", "Professeur ")


def _subject(checker: str, language: str) -> str:
    if language == "fr" and checker.startswith(_TITLES_WITH_ARTICLE):
        return f"Le {checker}"
    return checker


def _clinic_at(reading: VisitReading, language: str) -> str:
    if language == "fr":
        return clinic_name_with(
            name=reading.clinic_name, article=reading.name_article, preposition="à"
        )
    return f"at {reading.clinic_name}"


def visit_sentence(reading: VisitReading, *, language: str, url: str) -> str:
    """The whole sentence in `language`, the card's address at its end."""
    with override(language):
        date = spoken_date(reading.visit_date, language)
        at = _clinic_at(reading, language)
        tools = reading.tools
        if len(tools) == 1:
            used = _("l’outil d’IA %(name)s %(done)s") % {
                "name": tools[0].name,
                "done": tools[0].done,
            }
        else:
            used = _("des outils d’IA ont servi : %(list)s") % {
                "list": _(" ; ").join(f"{tool.name} {tool.done}" for tool in tools),
            }
        parts = [
            _("Lors de votre rendez-vous du %(date)s %(at)s, %(used)s.")
            % {"date": date, "at": at, "used": used}
        ]
        if reading.checker:
            parts.append(
                (
                    _("%(checker)s a vérifié son travail.")
                    if len(tools) == 1
                    else _("%(checker)s a vérifié leur travail.")
                )
                # « Le Dr Martin, médecin généraliste, a vérifié » : the role between commas.
                % {
                    "checker": _subject(reading.checker, language)
                    + ("," if reading.card.checker_role else "")
                }
            )
        parts.append(_("Pour en savoir plus ou refuser : %(url)s") % {"url": url})
    return " ".join(parts)


def card_address(code: str, language: str, route: str = "visit") -> str:
    """The canonical address of a card's page (or its "visit_card_pdf", its "visit_qr")."""
    with override(language):
        return public_address(reverse(route, kwargs={"code": code}))


def card_sentences(card: VisitCard) -> dict[str, str]:
    """The sentence for the letter in each language, each ending with the page in that language."""
    return {
        language: visit_sentence(
            visit_card_read(card, language=language),
            language=language,
            url=card_address(card.code, language),
        )
        for language in LANGUAGES
    }
