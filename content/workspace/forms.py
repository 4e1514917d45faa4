"""The forms of the clinic workspace: the notice page by page, its layout, submission, review."""

from django import forms
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from content.notices.models import AISystem, AIUse, Clinic
from content.notices.rules.obligations import TO_CHECK
from content.vocabulary import AIUSE_TEXT_FIELDS

from .field_guide import guide_for

LANGUAGES = ("fr", "en")
CLINIC_TEXT_FIELDS = ("introduction", "ai_contact_name", "responsible_physician_role")
USE_CHOICE_FIELDS = ("ai_system", "care_step", "patient_interacts", "decision_role", "declinable")


def _form_names(names, translated) -> list[str]:
    result = []
    for name in names:
        if name in translated:
            result += [f"{name}_{language}" for language in LANGUAGES]
        else:
            result.append(name)
    return result


def notice_formfield(db_field, **kwargs):
    # Addresses typed without a scheme are https, as Django 6 will assume.
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class SubmitForm(forms.Form):
    note = forms.CharField(
        label=_("Message au relecteur (facultatif)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReviewForm(forms.Form):
    # The review the reviewer read; deciding on any other is refused.
    review = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("Commentaire"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Obligatoire pour demander des modifications : dites ce qu’il faut changer."),
    )
    # Shown only when texts are not translated: approving then needs it ticked (`clean`).
    untranslated_confirmed = forms.BooleanField(required=False)

    def __init__(self, *args, untranslated: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.untranslated = untranslated
        self.fields["untranslated_confirmed"].label = ngettext(
            "Je publie en sachant que %(count)s texte paraîtra en français sur la notice anglaise",
            "Je publie en sachant que %(count)s textes paraîtront en français sur la notice anglaise",
            untranslated,
        ) % {"count": untranslated}

    def clean(self):
        """Refuses to approve texts left untranslated unless the reviewer ticked that they know."""
        cleaned = super().clean()
        approving = "approve" in self.data
        if approving and self.untranslated and not cleaned.get("untranslated_confirmed"):
            self.add_error(
                "untranslated_confirmed",
                _(
                    "Cochez cette case pour publier avec ces textes en français sur la notice "
                    "anglaise, ou demandez leur traduction."
                ),
            )
        return cleaned


# The notice form in pages: the structure, its contacts, one page per use. What a clinic may
# change: its address on the portal (slug) and its publication state are not here, so a crafted
# POST that names them changes nothing.
STRUCTURE_FIELDS = (
    "name",
    "name_article",
    "kind",
    "street_address",
    "postcode",
    "city",
    "phone",
    "website",
    "introduction",
)
CONTACT_FIELDS = (
    "ai_contact_name",
    "ai_contact_email",
    "ai_contact_phone",
    "dpo_name",
    "dpo_email",
    "responsible_physician",
    "responsible_physician_role",
    "second_opinion_on_request",
)
USE_LABEL_FIELDS = ("label_fr", "label_en")
# A use's texts in the groups its page folds: a group opens when something in it is missing.
USE_TEXT_SECTIONS = (
    (
        _("Ce que fait l’outil"),
        ("summary", "human_oversight", "benefits", "risks", "risk_mitigation", "alternative"),
    ),
    (
        _("Les données du patient"),
        ("patient_data", "retention", "data_transfer", "identifiable_data"),
    ),
    (_("Prévenir, expliquer, refuser"), ("when_told", "interpretation", "how_to_decline")),
    (
        _("Les réponses aux craintes des patients"),
        (
            "answer_if_wrong",
            "answer_human_contact",
            "answer_responsibility",
            "answer_reliability",
            "answer_data_access",
        ),
    ),
)
NOT_OWN_USE = _(
    "Cet usage n’est pas un usage de la notice de votre structure : rien n’a été enregistré. "
    "Rechargez la page de l’usage."
)
MOVED_USE = _(
    "Les usages de la notice ont changé depuis l’ouverture de cette page : rien n’a été "
    "enregistré. Vos saisies sont ci-dessous : copiez ce qui compte, puis rechargez la page."
)


class DraftPageForm(forms.ModelForm):
    """One page of the notice, applied to the draft in memory; the page then saves the draft.

    A draft may be incomplete: the only required fields are those the clinic was onboarded with.
    The obligations decide what submitting needs.
    """

    # The revision this page was loaded from: a save on top of someone else's newer one is refused.
    base_revision = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea):
                # Short boxes that grow as the clinic writes: a page stays a few screens long.
                field.widget.attrs.update(rows=3, cols=40)


class StructureForm(DraftPageForm):
    class Meta:
        model = Clinic
        fields = _form_names(STRUCTURE_FIELDS, CLINIC_TEXT_FIELDS)
        formfield_callback = notice_formfield


class ContactsForm(DraftPageForm):
    class Meta:
        model = Clinic
        fields = _form_names(CONTACT_FIELDS, CLINIC_TEXT_FIELDS)
        formfield_callback = notice_formfield


class UseForm(DraftPageForm):
    """One use of the draft: its tool, its own short label, its choices, then its texts.

    `own_keys` are the keys of the draft's uses: a posted `use_key` that is not one of them (a use
    of another clinic, or none) is refused, never added; one that is not this page's use is
    refused too (the uses moved since the page was loaded).
    """

    use_key = forms.UUIDField(widget=forms.HiddenInput)

    class Meta:
        model = AIUse
        fields = [
            *USE_CHOICE_FIELDS,
            *USE_LABEL_FIELDS,
            *_form_names(AIUSE_TEXT_FIELDS, AIUSE_TEXT_FIELDS),
        ]
        formfield_callback = notice_formfield

    def __init__(self, *args, own_keys=(), system_kind: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.own_keys = {str(key) for key in own_keys}
        self.initial.setdefault("use_key", self.instance.key)
        for name in ("ai_system", "care_step", "decision_role"):
            self.fields[name].required = False
        # A draft is offered to no clinic; a use keeps the system it already names.
        systems = AISystem.objects.filter(
            Q(draft=False) | Q(pk=self.instance.ai_system_id)
        ).order_by("name")
        if system_kind:
            # The tools of the template's kind first, then the others.
            systems = systems.annotate(
                first=Case(When(kind=system_kind, then=Value(0)), default=Value(1))
            ).order_by("first", "name")
        self.fields["ai_system"].queryset = systems
        self.fields["ai_system"].empty_label = _("Choisissez l’outil")
        system = self.instance.ai_system if self.instance.ai_system_id else None
        for name in USE_LABEL_FIELDS:
            field = self.fields[name]
            if system is not None:
                catalogue = getattr(system, name, "") or system.label
                field.widget.attrs["placeholder"] = catalogue

    def clean_use_key(self):
        key = self.cleaned_data["use_key"]
        if str(key) not in self.own_keys:
            raise forms.ValidationError(NOT_OWN_USE, code="not_own")
        if key != self.instance.key:
            raise forms.ValidationError(MOVED_USE, code="moved")
        return key


class UseChoiceForm(forms.Form):
    """What a new use starts from: a template of the usual uses, or a blank page; its tool, if known."""

    BLANK = "blank"

    base_revision = forms.IntegerField(required=False, widget=forms.HiddenInput)
    start = forms.ChoiceField(
        label=_("Point de départ"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choisissez un modèle, ou une page vierge.")},
    )
    ai_system = forms.ModelChoiceField(
        label=_("L’outil (facultatif)"),
        queryset=AISystem.objects.filter(draft=False).order_by("name"),
        required=False,
        empty_label=_("Je le choisirai plus tard"),
        help_text=_("Vous pourrez le choisir ou le changer sur la page de l’usage."),
    )

    def __init__(self, *args, templates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.templates = {template.key: template for template in templates}
        self.fields["start"].choices = [
            *((template.key, template.title) for template in templates),
            (self.BLANK, _("Partir d’une page vierge")),
        ]

    @property
    def template(self):
        """The template chosen, or None for a blank page (once the form is valid)."""
        return self.templates.get(self.cleaned_data.get("start"))


class UseRemoveForm(forms.Form):
    """Taking a use out of the draft: which one, and from which revision."""

    base_revision = forms.IntegerField(required=False, widget=forms.HiddenInput)
    use_key = forms.UUIDField(widget=forms.HiddenInput)


def field_rows(form, names, *, missing=None) -> list[dict]:
    """Each field with its guide and, when an obligation misses it, that obligation.

    A translated field holds its French and English inputs.
    """
    missing = missing or {}
    rows = []
    for name in names:
        row = {"name": name, "guide": guide_for(name), "missing": missing.get(name)}
        if f"{name}_fr" in form.fields:
            row.update(
                label=form[f"{name}_fr"].label.removesuffix(" [fr]"),
                help=form[f"{name}_fr"].help_text,
                fr=form[f"{name}_fr"],
                en=form[f"{name}_en"],
            )
        else:
            row.update(label=form[name].label, help=form[name].help_text, field=form[name])
        anchor = field_anchor(form, name)
        # What the input's aria-describedby names: its guide and its missing marker, when shown.
        row["guide_id"] = f"{anchor}-guide" if row["guide"] or row["help"] else ""
        row["missing_id"] = f"{anchor}-missing" if row["missing"] else ""
        rows.append(row)
    return rows


def field_anchor(form, name: str) -> str:
    """The id of the input that holds this field (its French one when it is translated)."""
    return form[f"{name}_fr"].auto_id if f"{name}_fr" in form.fields else form[name].auto_id


def use_text_sections(form, *, missing) -> list[dict]:
    """The use's texts by group, each with its rows, what it misses, and whether it opens.

    The texts that still hold a template's passage to check come first, in a group of their own
    that opens: written but for a detail, they are what the clinic has left to do. Then the
    groups: one opens when a field in it shows an error, and the first group that misses
    something opens too: one group of blank texts at a time keeps the page a few phone screens long.
    """
    grouped = [
        (title, field_rows(form, names, missing=missing)) for title, names in USE_TEXT_SECTIONS
    ]
    to_check = [
        row
        for _title, rows in grouped
        for row in rows
        if row["missing"] and row["missing"].kind == TO_CHECK
    ]
    sections = []
    if to_check:
        sections.append(
            {
                "title": _("Passages à vérifier"),
                "rows": to_check,
                "missing": len(to_check),
                "open": True,
            }
        )
    first_missing = True
    for title, all_rows in grouped:
        rows = [row for row in all_rows if row not in to_check]
        if not rows:
            continue
        missing_count = sum(1 for row in rows if row["missing"])
        errors = any(row["fr"].errors or row["en"].errors for row in rows)
        opens = errors or (bool(missing_count) and first_missing)
        first_missing = first_missing and not missing_count
        sections.append({"title": title, "rows": rows, "missing": missing_count, "open": opens})
    return sections
