"""The form a patient fills in to write to a clinic about its use of AI, and its traps for robots.

The form asks the minimum (PRIV-03): the kind of request, the use concerned, the message, and a name,
an email and a phone number only for a reply. A refusal needs an email or a phone number: the clinic
can record it in the patient's file only once it knows who the patient is (`clean`). Two traps need no third party (SEC-19): a field only robots fill in,
and a signed time of display that tells a form sent too fast after it was shown. That token lasts
12 hours and sends one message (`form_token_spend`). A link from a visit card's page attaches the
card's code (`visit`), so that the clinic finds the visit in its records; the portal holds no name.
"""

import re
import secrets
import time

from django import forms
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from content.notices.models import AIUse, Clinic
from content.visits.cards import card_expired
from content.visits.codes import code_read
from content.visits.misses import miss_count, miss_wait
from content.visits.models import VisitCard
from content.vocabulary import MessageKind

MESSAGE_MAX_LENGTH = 2000
MESSAGE_MIN_SECONDS = 3
# A form shown this long ago is shown again rather than sent: a page forgotten in a tab, or a replay.
FORM_TOKEN_MAX_AGE = 12 * 60 * 60
HONEYPOT_FIELD = "subject"
STARTED_FIELD = "started"

# What `form_token_spend` answers.
TOKEN_FIRST = "first"
TOKEN_SAME_MESSAGE = "same-message"
TOKEN_OTHER_MESSAGE = "other-message"


class _FormClock(signing.TimestampSigner):
    """Signs a clinic's slug and a random nonce with the time the form was shown.

    The nonce tells apart two forms shown in the same second (a waiting room on one wifi), so
    that each token sends its own message.
    """

    def __init__(self, *, at: float | None = None):
        super().__init__(salt="content.message-form")
        self.at = at

    def timestamp(self) -> str:
        return signing.b62_encode(int(time.time() if self.at is None else self.at))

    def shown_at(self, token: str, *, clinic_slug: str) -> float:
        """When the form holding this token was shown; BadSignature if forged or for another clinic."""
        value = signing.Signer.unsign(self, token)  # the signature only, whatever the age
        shown, timestamp = value.rsplit(self.sep, 1)
        if shown.split(".", 1)[0] != clinic_slug:
            raise signing.BadSignature("token of another clinic")
        return signing.b62_decode(timestamp)


def form_started_token(*, clinic: Clinic, at: float | None = None) -> str:
    """The hidden value that dates the display of a clinic's form (now, or at a given time)."""
    return _FormClock(at=at).sign(f"{clinic.slug}.{secrets.token_urlsafe(6)}")


def form_fill_seconds(*, token: str, clinic: Clinic, now: float | None = None) -> float | None:
    """Seconds since the form holding this token was shown; None for a missing or forged token."""
    try:
        shown_at = _FormClock().shown_at(token, clinic_slug=clinic.slug)
    except (signing.BadSignature, ValueError):
        return None
    return (time.time() if now is None else now) - shown_at


def _digest(value: str) -> str:
    # Keyed: what a patient wrote cannot be confirmed from the cache by hashing a guess.
    return salted_hmac("content.message-form-token", value).hexdigest()[:32]


def _token_key(token: str) -> str:
    return f"message-form-token:{_digest(token)}"


def form_token_spend(*, token: str, content: str) -> str:
    """Mark a form's token as having sent a message with this content; say whether it had already.

    Returns TOKEN_FIRST the first time, TOKEN_SAME_MESSAGE when the token already sent this very
    content (a second click on the button), TOKEN_OTHER_MESSAGE when it sent something else. Kept
    in the default cache (hashed) as long as a token lives.
    """
    key, digest = _token_key(token), _digest(content)
    if cache.add(key, digest, FORM_TOKEN_MAX_AGE + 60):
        return TOKEN_FIRST
    return TOKEN_SAME_MESSAGE if cache.get(key) == digest else TOKEN_OTHER_MESSAGE


def form_token_release(*, token: str) -> None:
    """Let a token send again: its message was refused or could not be stored."""
    cache.delete(_token_key(token))


# The hint under the refusal choice, which the choice names in aria-describedby.
DECLINE_HINT_ID = "kind-decline-hint"
PHONE_DIGITS = re.compile(r"\d")
PHONE_CHARACTERS = re.compile(r"^[\d\s+().\-/]*$")


def phone_number_plausible(phone: str) -> bool:
    """A number the clinic can call back: 10 digits starting with 0 in France, « +33 » and 9
    digits, or another country's « + » and 8 to 15 digits (the international limit)."""
    digits = "".join(PHONE_DIGITS.findall(phone))
    if phone.startswith("+33") or phone.startswith("0033"):
        return len(digits.removeprefix("00").removeprefix("33").removeprefix("0")) == 9
    if phone.startswith("+") or phone.startswith("00"):
        return 8 <= len(digits.removeprefix("00")) <= 15
    return len(digits) == 10 and digits.startswith("0")


class KindRadioSelect(forms.RadioSelect):
    # The error summary links to the first choice, so that a click puts the focus in the group.
    def id_for_label(self, id_, index="0"):
        return super(forms.RadioSelect, self).id_for_label(id_, index)

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value == MessageKind.DECLINE:
            option["attrs"]["aria-describedby"] = DECLINE_HINT_ID
        return option


class PatientMessageForm(forms.Form):
    """What a patient writes to one live clinic; `use` cleans to one of its AIUse, or None."""

    kind = forms.ChoiceField(
        label=_("Votre demande"),
        choices=MessageKind.choices,
        widget=KindRadioSelect,
        error_messages={
            "required": _("Choisissez ce que vous demandez."),
            "invalid_choice": _("Choisissez ce que vous demandez dans la liste."),
        },
    )
    use = forms.ChoiceField(
        label=_("L’outil concerné"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "Cet outil n’est pas dans la notice de cette structure. Choisissez-en un dans la liste."
            )
        },
    )
    message = forms.CharField(
        label=_("Votre message"),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_(
            "2 000 caractères au plus. N’écrivez pas de détails médicaux : "
            "ni symptômes, ni diagnostic, ni numéro de sécurité sociale."
        ),
        widget=forms.Textarea(attrs={"rows": 8, "cols": 40}),
        error_messages={
            "required": _("Écrivez votre message."),
            "max_length": _(
                "Votre message est trop long : 2 000 caractères au plus "
                "(il en compte %(show_value)d). Raccourcissez-le."
            ),
        },
    )
    name = forms.CharField(
        label=_("Votre nom (facultatif)"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "max_length": _("Votre nom est trop long : %(limit_value)d caractères au plus.")
        },
    )
    email = forms.EmailField(
        label=_("Votre adresse e-mail (facultatif)"),
        required=False,
        max_length=254,
        help_text=_(
            "Par exemple nom@exemple.fr. Sans adresse, la structure ne peut pas vous répondre."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "invalid": _("Saisissez une adresse e-mail complète, par exemple nom@exemple.fr."),
            "max_length": _("Cette adresse e-mail est trop longue."),
        },
    )
    phone = forms.CharField(
        label=_("Votre numéro de téléphone (facultatif)"),
        required=False,
        max_length=30,
        help_text=_("Par exemple 06 12 34 56 78."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages={"max_length": _("Ce numéro est trop long : 30 caractères au plus.")},
    )
    # Hidden from sight by CSS; a person who meets it with a screen reader is told to leave it empty.
    subject = forms.CharField(
        label=_("Laissez ce champ vide : il sert à repérer les envois automatiques."),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    # The code of the visit card the patient writes about, from the card's page: never typed.
    visit = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)

    def __init__(self, *args, clinic: Clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.clinic = clinic
        # The clinic's uses as its notice shows them (a live clinic's rows are its published notice).
        self.clinic_uses = {str(use.key): use for use in clinic.uses.all()}
        self.fields["use"].choices = [
            ("", _("La notice dans son ensemble, aucun outil en particulier")),
            *(
                (key, f"{use.ai_system.name} – {use.get_care_step_display()}")
                for key, use in self.clinic_uses.items()
            ),
        ]
        # A patient who writes too much sees an error and keeps the text, not a silent truncation.
        self.fields["message"].widget.attrs.pop("maxlength", None)

    def clean_use(self) -> AIUse | None:
        key = self.cleaned_data["use"]
        return self.clinic_uses[key] if key else None

    def clean_visit(self) -> VisitCard | None:
        """The clinic's card this code names, still online; None otherwise, never an error:
        the patient cannot fix a code they did not type."""
        return visit_card_of(clinic=self.clinic, typed=self.cleaned_data.get("visit") or "")

    @property
    def attached_visit(self) -> VisitCard | None:
        """The visit the form is about, as its page shows it: bound and cleaned, or preselected
        (`message_preselection` gives the card itself, which the hidden field shows as its code)."""
        if self.is_bound:
            return getattr(self, "cleaned_data", {}).get("visit")
        visit = self.initial.get("visit")
        return visit if isinstance(visit, VisitCard) else None

    def clean_phone(self) -> str:
        phone = " ".join(self.cleaned_data["phone"].split())
        if phone and not (PHONE_CHARACTERS.match(phone) and phone_number_plausible(phone)):
            raise forms.ValidationError(
                _(
                    "Saisissez un numéro de téléphone avec ses chiffres, "
                    "par exemple 06 12 34 56 78."
                ),
                code="invalid",
            )
        return phone

    def clean(self):
        """A refusal with no way to reach the patient is refused, next to the email field.

        The clinic cannot record a refusal in a file it cannot find: the patient says it at the
        visit, or leaves an email or a phone number. What they typed is all kept.
        """
        data = super().clean()
        reachable = data.get("email") or data.get("phone")
        typed = self.data.get("email", "").strip() or self.data.get("phone", "").strip()
        if data.get("kind") == MessageKind.DECLINE and not reachable and not typed:
            self.add_error(
                "email",
                forms.ValidationError(
                    _(
                        "Pour un refus, laissez votre adresse e-mail ou votre numéro de "
                        "téléphone : la structure doit savoir qui vous êtes pour noter "
                        "votre refus dans votre dossier. Sinon, dites-le à votre soignant "
                        "lors de votre rendez-vous."
                    ),
                    code="refusal_unreachable",
                ),
            )
        return data

    @property
    def is_refusal(self) -> bool:
        return self.is_bound and self.data.get("kind") == MessageKind.DECLINE

    def trap_filled(self) -> bool:
        """Whether the field only robots see has something in it."""
        return bool(self.data.get(HONEYPOT_FIELD, ""))

    def sent_too_fast(self, *, now: float | None = None) -> bool:
        """Whether the form came back less than MESSAGE_MIN_SECONDS after it was shown, or unsigned."""
        seconds = form_fill_seconds(token=self.token, clinic=self.clinic, now=now)
        return seconds is None or seconds < MESSAGE_MIN_SECONDS

    def token_expired(self, *, now: float | None = None) -> bool:
        """Whether the form was shown more than FORM_TOKEN_MAX_AGE ago (a valid token, too old)."""
        seconds = form_fill_seconds(token=self.token, clinic=self.clinic, now=now)
        return seconds is not None and seconds > FORM_TOKEN_MAX_AGE

    @property
    def token(self) -> str:
        return self.data.get(STARTED_FIELD, "")

    def content(self) -> str:
        """What this valid form would store, as one string (to tell a second click from a new message)."""
        data = self.cleaned_data
        use, visit = data["use"], data.get("visit")
        parts = [data["kind"], str(use.key) if use else "", data["message"], data["name"]]
        parts.append(visit.code if visit else "")
        return "\n".join([*parts, data["email"], data["phone"]])

    def shown_again(self, *, now: float | None = None) -> "PatientMessageForm":
        """The same form, everything typed kept, with a token that lets it be sent as it is.

        The patient already filled it in once: the new token is dated MESSAGE_MIN_SECONDS back.
        """
        data = self.data.copy()
        at = (time.time() if now is None else now) - MESSAGE_MIN_SECONDS
        data[STARTED_FIELD] = form_started_token(clinic=self.clinic, at=at)
        form = PatientMessageForm(data, clinic=self.clinic)
        form.is_valid()  # errors, if any, are shown next to their field
        return form


def visit_card_of(*, clinic: Clinic, typed: str) -> VisitCard | None:
    """The card of this clinic that the code names, if it is still online; else None."""
    code = code_read(typed) if typed else None
    if code is None:
        return None
    card = VisitCard.objects.filter(code=code, clinic=clinic).first()
    return card if card is not None and not card_expired(card) else None


def message_preselection(*, query, clinic: Clinic, request=None) -> dict:
    """The kind, use and visit a link asks to preselect (?kind=…&use=…&visit=…), kept only when
    they exist here: a visit card of this clinic, still online.

    The form shows the visit's date when its code leads to a card: a code that leads nowhere counts
    against the network as the card's page counts it (`content.visits.misses`), and a network past
    the limit is told nothing about any code.
    """
    initial = {}
    if query.get("kind") in MessageKind.values:
        initial["kind"] = query["kind"]
    if any(query.get("use") == str(use.key) for use in clinic.uses.all()):
        initial["use"] = query["use"]
    typed = query.get("visit", "")
    if typed and request is not None and miss_wait(request):
        typed = ""
    card = visit_card_of(clinic=clinic, typed=typed)
    if card is not None:
        # The card itself: the form shows its date without looking it up again.
        initial["visit"] = card
    elif typed and request is not None:
        miss_count(request)
    return initial
