"""The public form a structure fills in to ask to join the portal, and its trap for robots.

It asks what the editors need to check the structure exists and to open its workspace: its name,
kind and address, its FINESS or SIRET number if it has one (checked here: a FINESS has 9 characters,
a SIRET 14 digits and a valid Luhn key), and who asks, with their professional address and role.
A field only robots fill in (`trap_filled`) drops the request without a word.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from content.vocabulary import ClinicKind

from .models import RegistrationRequest

TRAP_FIELD = "website"
FINESS = re.compile(r"^[0-9][0-9AB][0-9]{7}$")
SIRET = re.compile(r"^[0-9]{14}$")
# La Poste's establishments share one SIREN whose SIRETs follow another rule (sum divisible by 5).
LA_POSTE_SIREN = "356000000"


def luhn_valid(digits: str) -> bool:
    """Whether a string of digits passes the Luhn check (SIREN and SIRET numbers do)."""
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def siret_valid(siret: str) -> bool:
    """Whether 14 digits form a valid SIRET (Luhn, or La Poste's own rule)."""
    if siret.startswith(LA_POSTE_SIREN):
        return sum(int(digit) for digit in siret) % 5 == 0
    return luhn_valid(siret)


class RegistrationForm(forms.ModelForm):
    """A request to register one structure; `identifier` cleans to {"finess": …, "siret": …}."""

    kind = forms.ChoiceField(
        label=_("Type de structure"),
        choices=[("", _("Choisissez dans la liste")), *ClinicKind.choices],
        error_messages={
            "required": _("Choisissez le type de votre structure."),
            "invalid_choice": _("Choisissez le type de votre structure dans la liste."),
        },
    )
    identifier = forms.CharField(
        label=_("Numéro FINESS ou SIRET (facultatif)"),
        required=False,
        max_length=30,
        help_text=_(
            "9 caractères pour un numéro FINESS, 14 chiffres pour un SIRET. Les espaces sont "
            "acceptés. Il aide l’équipe du portail à vérifier votre structure."
        ),
        widget=forms.TextInput(attrs={"spellcheck": "false"}),
        error_messages={"max_length": _("Ce numéro est trop long : 14 chiffres au plus.")},
    )
    # Hidden from sight by CSS (`form-trap`); a screen reader user is told to leave it empty.
    website = forms.CharField(
        label=_("Laissez ce champ vide : il sert à repérer les envois automatiques."),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = RegistrationRequest
        fields = [
            "name",
            "kind",
            "street_address",
            "postcode",
            "city",
            "requester_name",
            "requester_email",
            "requester_role",
        ]
        labels = {
            "name": _("Nom de la structure"),
            "street_address": _("Adresse"),
            "postcode": _("Code postal"),
            "city": _("Ville"),
            "requester_name": _("Votre nom"),
            "requester_email": _("Votre adresse e-mail professionnelle"),
            "requester_role": _("Votre fonction dans la structure"),
        }
        help_texts = {
            "name": _(
                "Tel que les patients le connaissent, par exemple « Cabinet médical des Tilleuls »."
            ),
            "street_address": _("Numéro et rue."),
            "requester_email": _(
                "L’adresse de votre travail, par exemple nom@cabinet-exemple.fr. Le lien de "
                "confirmation y est envoyé, puis l’invitation à l’espace de la structure."
            ),
            "requester_role": _("Par exemple médecin, directrice, secrétaire médicale."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "street_address": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "postcode": forms.TextInput(
                attrs={"autocomplete": "postal-code", "inputmode": "numeric"}
            ),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "requester_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "requester_email": forms.EmailInput(
                attrs={"autocomplete": "email", "spellcheck": "false"}
            ),
            "requester_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }
        error_messages = {
            "name": {
                "required": _("Écrivez le nom de votre structure."),
                "max_length": _("Ce nom est trop long : %(limit_value)d caractères au plus."),
            },
            "street_address": {
                "required": _("Écrivez l’adresse de votre structure."),
                "max_length": _(
                    "Cette adresse est trop longue : %(limit_value)d caractères au plus."
                ),
            },
            "postcode": {
                "required": _("Écrivez le code postal, par exemple 75011."),
                "max_length": _("Le code postal a cinq chiffres."),
            },
            "city": {
                "required": _("Écrivez la ville."),
                "max_length": _("Ce nom est trop long : %(limit_value)d caractères au plus."),
            },
            "requester_name": {
                "required": _("Écrivez votre nom."),
                "max_length": _("Ce nom est trop long : %(limit_value)d caractères au plus."),
            },
            "requester_email": {
                "required": _("Écrivez votre adresse e-mail professionnelle."),
                "invalid": _("Saisissez une adresse e-mail complète, par exemple nom@exemple.fr."),
            },
            "requester_role": {
                "required": _(
                    "Écrivez votre fonction, par exemple médecin ou secrétaire médicale."
                ),
                "max_length": _("Ce texte est trop long : %(limit_value)d caractères au plus."),
            },
        }

    field_order = [
        "name",
        "kind",
        "street_address",
        "postcode",
        "city",
        "identifier",
        "requester_name",
        "requester_email",
        "requester_role",
        "website",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Too long is an error the person sees and fixes, never a silent truncation by the browser.
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)

    def clean_postcode(self) -> str:
        return "".join(self.cleaned_data["postcode"].split())

    def clean_identifier(self) -> dict[str, str]:
        typed = "".join(self.cleaned_data["identifier"].split()).upper()
        if not typed:
            return {"finess": "", "siret": ""}
        if FINESS.match(typed):
            return {"finess": typed, "siret": ""}
        if SIRET.match(typed):
            if not siret_valid(typed):
                raise forms.ValidationError(
                    _("Ce numéro SIRET n’existe pas : vérifiez ses 14 chiffres."),
                    code="siret_key",
                )
            return {"finess": "", "siret": typed}
        raise forms.ValidationError(
            _(
                "Saisissez un numéro FINESS (9 caractères, par exemple 750712184) ou SIRET "
                "(14 chiffres), ou laissez ce champ vide."
            ),
            code="invalid",
        )

    def trap_filled(self) -> bool:
        """Whether the field only robots see has something in it."""
        return bool(self.data.get(TRAP_FIELD, ""))

    @property
    def email(self) -> str:
        """The address typed, as limits count it (before or without cleaning)."""
        return self.data.get("requester_email", "").strip().lower()


class RefusalForm(forms.Form):
    """The reason a portal editor gives for refusing a request; it is emailed to the requester."""

    reason = forms.CharField(
        label=_("Raison du refus"),
        max_length=2000,
        help_text=_(
            "Envoyée telle quelle au demandeur, qui peut alors corriger et redemander. "
            "Par exemple : « Nous ne trouvons pas de structure de soins à cette adresse. »"
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Écrivez la raison du refus : elle est envoyée au demandeur."),
            "max_length": _("La raison est trop longue : %(limit_value)d caractères au plus."),
        },
    )
