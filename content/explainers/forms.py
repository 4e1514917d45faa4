"""The page editor of the explainers: recording a medical review, confirming a translation.

Every page with an introduction and a body (`IntroBodyPageForm`): on a translation, a checkbox
"this translation follows the current French version" records the French page's fingerprint
(`content.explainers.review`); it is ticked while the translation is up to date and unticked when
the French page changed since. On an article (`ArticlePageForm`), the review fields and a checkbox
"I reviewed this version" are for users holding `content.record_medical_review` only: ticking it
records the fingerprint of the version being saved, and today's date unless another was typed. An
editor without that permission never sees them, and a change they make leaves the old fingerprint:
the article then says it was updated since its medical review.

Recording that readers checked the easy-read text (a new date in "easy_read_checked_on") keeps the
fingerprint of the easy-read text saved with it: edited later, the easy-read page says the text
changed since its check until an editor records a new check (a new date).

The panels show where a page stands: its review, and whether the French page changed since its
translation, with a link to the French page.
"""

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .readability_rules import ReadabilityGatedPageForm
from .review import (
    CURRENT,
    REVIEW_PERMISSION,
    easy_read_fingerprint,
    page_fingerprint,
    review_state,
    translation_is_stale,
    translation_source,
)

FOLLOWS_SOURCE = "translation_follows_source"
RECORD_REVIEW = "record_review"
EASY_READ_CHECKED_ON = "easy_read_checked_on"


class IntroBodyPageForm(ReadabilityGatedPageForm):
    translation_follows_source = forms.BooleanField(
        label=_("Cette traduction suit la version française actuelle"),
        required=False,
        help_text=_(
            "Cochez quand ce texte traduit toute la page française publiée aujourd’hui. Décochée, "
            "la page garde son avertissement « la version française a changé »."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.translation_source = translation_source(self.instance) if self.instance else None
        if self.translation_source is None:
            # A French page, or a page with no French page live: nothing to follow.
            self.fields.pop(FOLLOWS_SOURCE, None)
        elif FOLLOWS_SOURCE in self.fields:
            self.source_fingerprint = page_fingerprint(self.translation_source)
            self.fields[FOLLOWS_SOURCE].initial = not translation_is_stale(
                self.instance, self.source_fingerprint
            )

    def save(self, commit=True):
        # `self.instance` already holds the text typed in (the form is valid).
        if self.translation_source is not None and self.cleaned_data.get(FOLLOWS_SOURCE):
            self.instance.translation_source_fingerprint = self.source_fingerprint
        return super().save(commit=commit)


class ArticlePageForm(IntroBodyPageForm):
    record_review = forms.BooleanField(
        label=_("J’ai relu cette version (enregistrer la relecture)"),
        required=False,
        help_text=_(
            "Cochez seulement après avoir relu le titre, l’introduction et tout le contenu de "
            "cette version. La date de relecture devient celle du jour, sauf si vous en tapez une "
            "autre."
        ),
    )

    def clean(self):
        cleaned_data = super().clean()
        may_review = RECORD_REVIEW in self.fields
        if cleaned_data.get(RECORD_REVIEW) and not (cleaned_data.get("reviewed_by") or "").strip():
            self.add_error("reviewed_by", _("Indiquez le nom du professionnel qui a relu."))
        if (
            may_review
            and "reviewed_on" in self.changed_data
            and self.instance.pk is not None
            and not cleaned_data.get(RECORD_REVIEW)
        ):
            self.add_error(
                RECORD_REVIEW,
                _("Pour changer la date de relecture, cochez « J’ai relu cette version »."),
            )
        return cleaned_data

    def save(self, commit=True):
        if self.cleaned_data.get(RECORD_REVIEW):
            page = self.instance
            if "reviewed_on" not in self.changed_data or not page.reviewed_on:
                page.reviewed_on = timezone.localdate()
            page.reviewed_fingerprint = page_fingerprint(page)
        if EASY_READ_CHECKED_ON in self.changed_data:
            # The readers' check is of the easy-read text saved with it; none when the date is gone.
            page = self.instance
            checked = self.cleaned_data.get(EASY_READ_CHECKED_ON)
            page.easy_read_checked_fingerprint = easy_read_fingerprint(page) if checked else ""
        return super().save(commit=commit)


class TranslationStatePanel(Panel):
    """On a translation: whether the French page changed since, with a link to it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "explainers/admin/translation_state_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.source = translation_source(self.instance) if self.instance else None
            self.stale = self.source is not None and translation_is_stale(
                self.instance, page_fingerprint(self.source)
            )

        def is_shown(self):
            return self.source is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(
                source=self.source,
                stale=self.stale,
                source_edit_url=reverse("wagtailadmin_pages:edit", args=[self.source.pk]),
                source_url=self.source.get_url(request=self.request),
            )
            return context


class ReviewStatePanel(Panel):
    """On an article: whether its medical reviewer read the version being edited."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "explainers/admin/review_state_panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(
                page=self.instance,
                current=review_state(self.instance) == CURRENT,
                may_review=self.request is not None
                and self.request.user.has_perm(REVIEW_PERMISSION),
            )
            return context
