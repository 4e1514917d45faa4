"""How easy the portal's texts are to read, as editors see it beside each text (`content.readability`).

- `readability_report`: the score of a text, its plain word (easy, fairly easy, hard) and, below
  the minimum, its longest sentences: what the admin and the workspace show beside a field;
- `introduction_refusal`: a French introduction below the minimum is not published (the page form
  refuses it when the editor publishes, submits or approves it; a draft may be saved; every other
  way to publish meets the same gate in `content.explainers.publishing`);
- `body_warning`: a body below the minimum is published, with a warning.

Only French is refused: English texts are measured and shown, not gated.
"""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from content.readability import MINIMUM, TARGET, Readability, readability_measure

from .texts import stream_text

GATED_LANGUAGES = frozenset({"fr"})
# The buttons of Wagtail's page editor that ask for the page to go live (now or after moderation).
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")
# The editor's workflow actions (`workflow-action-name` with `action-workflow-action`) that move the
# page towards publication: the moderator's "Approve" and "Approve and publish".
APPROVING_WORKFLOW_ACTIONS = ("approve",)
# Beyond this length a quoted sentence is cut: the editor finds it from its start.
QUOTED_LENGTH = 200
# The longest sentences quoted in a refusal or beside a field.
QUOTED_SENTENCES = 2
EASY, FAIRLY_EASY, HARD = "easy", "fairly-easy", "hard"


def readability_level(measure: Readability) -> str:
    """`EASY` at the target or above, `FAIRLY_EASY` from the minimum, `HARD` below; "" for no text."""
    if measure.score is None:
        return ""
    if measure.score >= TARGET:
        return EASY
    return FAIRLY_EASY if measure.score >= MINIMUM else HARD


def _quoted(sentences) -> str:
    shown = []
    for sentence in sentences[:QUOTED_SENTENCES]:
        if len(sentence) > QUOTED_LENGTH:
            sentence = sentence[: QUOTED_LENGTH - 1].rstrip() + "…"
        shown.append(f"« {sentence} »")
    return " ; ".join(shown)


def readability_report(text: str, language: str) -> dict:
    """What is shown beside a text: {"score", "level", "word", "line", "longest"}, plain values.

    `line` reads « Lisibilité : 72 / 100, facile (visé : 70 au moins ; minimum 60) »; `longest`
    quotes the longest sentences when the text is below the minimum, else is "".
    """
    measure = readability_measure(text or "", language)
    level = readability_level(measure)
    if measure.score is None:
        return {
            "score": None,
            "level": "",
            "word": "",
            "line": _("Lisibilité : pas encore de texte à mesurer."),
            "longest": "",
        }
    word = {
        EASY: _("facile"),
        FAIRLY_EASY: _("assez facile"),
        HARD: _("difficile"),
    }[level]
    line = _(
        "Lisibilité : %(score)s / 100, %(word)s (visé : %(target)s au moins ; minimum %(minimum)s)"
    ) % {"score": measure.rounded, "word": word, "target": TARGET, "minimum": MINIMUM}
    longest = ""
    if level == HARD and measure.longest:
        longest = _("Raccourcissez d’abord : %(sentences)s") % {
            "sentences": _quoted(measure.longest)
        }
    return {
        "score": measure.rounded,
        "level": level,
        "word": word,
        "line": line,
        "longest": longest,
    }


def introduction_refusal(text: str, language: str) -> str | None:
    """Why a page's introduction in `language` cannot be published, or None when it may be.

    Refuses a French introduction whose score is below the minimum, naming its score, the minimum
    and its longest sentences; an empty introduction and any English one pass.
    """
    if language not in GATED_LANGUAGES:
        return None
    measure = readability_measure(text or "", language)
    if measure.passes:
        return None
    return _(
        "Cette introduction est difficile à lire : score %(score)s sur 100, il faut au moins "
        "%(minimum)s (visé : %(target)s). Raccourcissez d’abord : %(sentences)s."
    ) % {
        "score": measure.rounded,
        "minimum": MINIMUM,
        "target": TARGET,
        "sentences": _quoted(measure.longest),
    }


def body_warning(raw_blocks, language: str) -> str | None:
    """A warning when a page's body (a StreamField's raw data) scores below the minimum, or None."""
    measure = readability_measure(stream_text(raw_blocks or []), language)
    if measure.passes:
        return None
    return _(
        "Le contenu de la page est difficile à lire : score %(score)s sur 100, le minimum est "
        "%(minimum)s. La page est enregistrée ; raccourcissez d’abord : %(sentences)s."
    ) % {"score": measure.rounded, "minimum": MINIMUM, "sentences": _quoted(measure.longest)}


def page_language(page) -> str:
    """The language of a page's texts: its locale's, French when it has none yet."""
    locale = getattr(page, "locale", None) if getattr(page, "locale_id", None) else None
    return locale.language_code if locale is not None else "fr"


class ReadabilityGatedPageForm(WagtailAdminPageForm):
    """A page editor that refuses to publish a French introduction below the readability minimum.

    Saving a draft is allowed: the editor keeps their work and sees the score beside the field.
    Wagtail's "publish", "submit for moderation", "restart workflow" and a moderator's "approve"
    are refused, with the reason on the introduction field. Publications that do not go through
    this form meet the same gate in `content.explainers.publishing`.
    """

    def publishing_requested(self) -> bool:
        if any(self.data.get(action) for action in PUBLISHING_ACTIONS):
            return True
        return bool(self.data.get("action-workflow-action")) and (
            self.data.get("workflow-action-name") in APPROVING_WORKFLOW_ACTIONS
        )

    def clean(self):
        cleaned_data = super().clean()
        if "intro" in self.fields and self.publishing_requested():
            refusal = introduction_refusal(
                cleaned_data.get("intro") or "", page_language(self.instance)
            )
            if refusal:
                self.add_error("intro", refusal)
        return cleaned_data
