"""The forms of visit cards in the workspace: a card picked tool by tool, and a clinic's usual set.

Neither asks anything about the patient: the tools, the date, who checked, the patient's language.
The tools offered are the uses of the notice in force; `content.visits.cards` decides the rest.
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from content.visits.cards import MAX_TOOLS, checker_errors
from content.visits.models import CHECKER_NAME_MAX_LENGTH, VisitSet
from content.vocabulary import ProfessionalRole

LANGUAGE_NAMES = {"fr": _("français"), "en": _("anglais")}


def use_choices(uses: list[dict], language: str) -> list[tuple[str, str]]:
    """Each published use as « Transcrivia – dossier et comptes rendus »."""
    return [
        (
            use["id"],
            f"{use['system']['name']} – {use['care_step']['label'].get(language) or use['care_step']['label']['fr']}",
        )
        for use in uses
    ]


def _language_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_("Langue du patient"),
        choices=[(code, LANGUAGE_NAMES.get(code, name)) for code, name in settings.LANGUAGES],
        widget=forms.RadioSelect,
        help_text=_("La carte, son adresse et sa page sont dans cette langue."),
        error_messages={"required": _("Choisissez la langue du patient.")},
    )


def _checker_fields() -> dict[str, forms.Field]:
    return {
        "checker_name": forms.CharField(
            label=_("Qui a vérifié le travail de l’outil (facultatif)"),
            required=False,
            max_length=CHECKER_NAME_MAX_LENGTH,
            help_text=_(
                "Le titre et le nom du professionnel, par exemple « Dr Martin ». Rien sur le patient."
            ),
            widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            error_messages={
                "max_length": _("%(limit_value)d caractères au plus."),
            },
        ),
        "checker_role": forms.ChoiceField(
            label=_("Sa profession (facultatif)"),
            required=False,
            choices=[("", _("— non précisée —")), *ProfessionalRole.choices],
        ),
    }


def _tools_field(*, label, required) -> forms.MultipleChoiceField:
    """Checkboxes of the published uses (choices set by the form)."""
    return forms.MultipleChoiceField(
        label=label,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": required,
            "invalid_choice": _("Choisissez les outils dans la liste."),
        },
    )


class VisitCardForm(forms.Form):
    """One card, tool by tool: the uses that served, the date, who checked, the language."""

    uses = _tools_field(
        label=_("Outils utilisés lors du rendez-vous"),
        required=_("Choisissez au moins un outil utilisé lors de ce rendez-vous."),
    )
    visit_date = forms.DateField(
        label=_("Date du rendez-vous"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=_("Aujourd’hui, ou un jour passé. Par exemple 12/03/2026."),
        error_messages={
            "required": _("Indiquez la date du rendez-vous."),
            "invalid": _("Écrivez une date, par exemple 12/03/2026."),
        },
    )

    def __init__(self, *args, uses: list[dict], language: str, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("visit_date", timezone.localdate())
        kwargs["initial"].setdefault("language", language)
        super().__init__(*args, **kwargs)
        self.fields.update(_checker_fields())
        self.fields["language"] = _language_field()
        self.fields["uses"].choices = use_choices(uses, language)

    def clean(self):
        return _checker_clean(self, super().clean())


def _checker_clean(form: forms.BaseForm, data: dict) -> dict:
    """The checker's name and role as a card takes them: errors beside each field."""
    errors = checker_errors(data.get("checker_name", ""), data.get("checker_role", ""))
    for name, messages in errors.items():
        for message in messages:
            form.add_error(name, message)
    return data


class VisitSetForm(forms.ModelForm):
    """A usual set: a name, its tools, and who usually checks them."""

    use_keys = _tools_field(
        label=_("Outils de l’ensemble"), required=_("Choisissez au moins un outil.")
    )

    class Meta:
        model = VisitSet
        fields = ["name", "use_keys", "checker_name", "checker_role"]
        labels = {"name": _("Nom de l’ensemble")}
        help_texts = {"name": _("Par exemple « Consultation avec transcription ».")}
        error_messages = {
            "name": {
                "required": _("Donnez un nom à l’ensemble."),
                "max_length": _("%(limit_value)d caractères au plus."),
            }
        }

    def __init__(self, *args, clinic, uses: list[dict], language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.clinic = clinic
        self.fields.update(_checker_fields())
        self.fields["use_keys"].choices = use_choices(uses, language)
        if len(uses) > MAX_TOOLS:
            self.fields["use_keys"].help_text = _("Dix outils au plus.")

    def clean_use_keys(self):
        keys = self.cleaned_data["use_keys"]
        if len(keys) > MAX_TOOLS:
            raise forms.ValidationError(
                _(
                    "Un ensemble nomme %(count)d outils au plus : une carte n’en nomme pas davantage."
                )
                % {"count": MAX_TOOLS}
            )
        return keys

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        taken = VisitSet.objects.filter(clinic=self.instance.clinic, name__iexact=name)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                _("La structure a déjà un ensemble de ce nom : choisissez-en un autre.")
            )
        return name

    def clean(self):
        return _checker_clean(self, super().clean())
