"""The forms of the clinic workspace: the notice (clinic and uses), its layout, submission, review."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import ClusterForm

from content.notices.models import Clinic
from content.vocabulary import AIUSE_TEXT_FIELDS

from .field_guide import guide_for

LANGUAGES = ("fr", "en")
# What a clinic may change. Its address on the portal (slug) and its publication state are not here:
# a crafted POST that names them changes nothing.
CLINIC_TEXT_FIELDS = ("introduction", "ai_contact_name", "responsible_physician_role")
CLINIC_FIELDS = (
    "name",
    "name_article",
    "kind",
    "introduction",
    "street_address",
    "postcode",
    "city",
    "phone",
    "website",
    "ai_contact_name",
    "ai_contact_email",
    "ai_contact_phone",
    "dpo_name",
    "dpo_email",
    "responsible_physician",
    "responsible_physician_role",
    "second_opinion_on_request",
)
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


class NoticeForm(ClusterForm):
    """The clinic's identity and contacts with its uses of AI, French and English side by side.

    A draft may be incomplete: the only required fields are those the clinic was onboarded with, and
    a use may wait for its tool or its choices. The obligations decide what submitting needs.
    """

    class Meta:
        model = Clinic
        fields = _form_names(CLINIC_FIELDS, CLINIC_TEXT_FIELDS)
        formfield_callback = notice_formfield
        formsets = {
            "uses": {
                "fields": [*USE_CHOICE_FIELDS, *_form_names(AIUSE_TEXT_FIELDS, AIUSE_TEXT_FIELDS)],
                "extra": 0,
            }
        }

    # The revision this form was loaded from: a save on top of someone else's newer one is refused.
    base_revision = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, extra_uses: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        # Without JavaScript, "add a use" shows the form again with blank uses at the end.
        self.formsets["uses"].extra = extra_uses
        for form in self.formsets["uses"].forms:
            for name in ("ai_system", "care_step", "decision_role"):
                form.fields[name].required = False


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


CLINIC_GROUPS = (
    (
        "identity",
        (
            "name",
            "name_article",
            "kind",
            "street_address",
            "postcode",
            "city",
            "phone",
            "website",
            "introduction",
        ),
    ),
    (
        "contacts",
        (
            "ai_contact_name",
            "ai_contact_email",
            "ai_contact_phone",
            "dpo_name",
            "dpo_email",
            "responsible_physician",
            "responsible_physician_role",
            "second_opinion_on_request",
        ),
    ),
)


def _field_rows(form, names) -> list[dict]:
    """Each field with its guide; a translated field holds its French and English inputs."""
    rows = []
    for name in names:
        if f"{name}_fr" in form.fields:
            rows.append(
                {
                    "name": name,
                    "label": form[f"{name}_fr"].label.removesuffix(" [fr]"),
                    "guide": guide_for(name),
                    "fr": form[f"{name}_fr"],
                    "en": form[f"{name}_en"],
                }
            )
        else:
            rows.append(
                {
                    "name": name,
                    "label": form[name].label,
                    "guide": guide_for(name),
                    "field": form[name],
                }
            )
    return rows


def notice_form_layout(form) -> dict:
    """The notice form as the template lays it out: clinic groups, then one block per use."""
    uses = []
    for index, use_form in enumerate(form.formsets["uses"].forms):
        system = None
        if use_form.is_bound and hasattr(use_form, "cleaned_data"):
            system = use_form.cleaned_data.get("ai_system")
        elif use_form.instance.ai_system_id:
            system = use_form.instance.ai_system
        uses.append(
            {
                "number": index + 1,
                "form": use_form,
                "system": system,
                "choices": _field_rows(use_form, USE_CHOICE_FIELDS),
                "texts": _field_rows(use_form, AIUSE_TEXT_FIELDS),
            }
        )
    return {
        "groups": [(key, _field_rows(form, names)) for key, names in CLINIC_GROUPS],
        "uses": uses,
    }


def gap_links(gaps, form) -> list[dict]:
    """The missing obligations, each with the id of the input that holds it."""
    links = []
    for obligation in gaps.clinic:
        name = obligation.field
        target = f"{name}_fr" if f"{name}_fr" in form.fields else name
        links.append({"use": None, "obligation": obligation, "target": f"id_{target}"})
    prefix = form.formsets["uses"].prefix
    for index, missing in gaps.uses.items():
        for obligation in missing:
            name = obligation.field
            target = name if name in USE_CHOICE_FIELDS else f"{name}_fr"
            links.append(
                {
                    "use": index + 1,
                    "obligation": obligation,
                    "target": f"id_{prefix}-{index}-{target}",
                }
            )
    return links
