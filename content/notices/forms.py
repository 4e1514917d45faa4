"""The admin form of a clinic: drafts may be incomplete, publishing names every missing item."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from content.vocabulary import AIUSE_TEXT_FIELDS

from .facts import CLINIC_WRITTEN_FIELDS, clinic_facts_from_data
from .models import AISystem, AIUse
from .rules.obligations import Obligation, notice_gaps
from .rules.use_facts import ClinicFacts

USE_CHOICE_FIELDS = ("care_step", "patient_interacts", "decision_role", "ai_system")
TRANSLATED_CLINIC_FIELDS = {"ai_contact_name"}


def obligation_message(obligation: Obligation) -> str:
    return _("Obligatoire pour publier : %(reason)s (%(source)s)") % {
        "reason": obligation.reason,
        "source": obligation.source,
    }


def _french(cleaned: dict, names) -> dict:
    return {name: cleaned.get(f"{name}_fr", cleaned.get(name)) for name in names}


STILL_IN_NOTICES = gettext_lazy(
    "Cet outil ne peut pas redevenir un brouillon : la notice publiée de %(clinics)s l’utilise. "
    "Retirez-le d’abord de cette notice, ou laissez-le au catalogue."
)


def _complete_systems_offered(form) -> None:
    """A use's choice of system: the catalogue's complete systems, and the one it already names
    (a system put back to draft since stays that use's choice, and publishing refuses it)."""
    field = form.fields.get("ai_system")
    if field is not None:
        field.queryset = AISystem.objects.filter(
            Q(draft=False) | Q(pk=form.instance.ai_system_id)
        ).order_by("name")


class AISystemForm(WagtailAdminModelForm):
    """The catalogue's form: a system that published notices use cannot go back to draft."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("draft") and self.instance.pk:
            clinics = sorted(
                set(
                    AIUse.objects.filter(ai_system=self.instance, clinic__live=True).values_list(
                        "clinic__name", flat=True
                    )
                )
            )
            if clinics:
                self.add_error(
                    "draft",
                    ValidationError(
                        STILL_IN_NOTICES,
                        code="live_notices",
                        params={"clinics": ", ".join(clinics)},
                    ),
                )
        return cleaned


class ClinicNoticeForm(WagtailAdminModelForm):
    """Saving a draft checks only the fields' own rules; publishing also checks the obligations."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Every form of the uses, the empty one the "add" button copies included.
        uses = self.formsets["uses"]
        add_fields = uses.add_fields

        def add_fields_offering_complete_systems(form, index):
            add_fields(form, index)
            _complete_systems_offered(form)

        uses.add_fields = add_fields_offering_complete_systems

    def live_use_forms(self) -> list:
        return [
            form
            for form in self.formsets["uses"].forms
            if hasattr(form, "cleaned_data") and not form.cleaned_data.get("DELETE")
        ]

    def notice_facts(self) -> ClinicFacts:
        uses = []
        for form in self.live_use_forms():
            values = _french(form.cleaned_data, AIUSE_TEXT_FIELDS)
            # The English too: a template's marked passage left there would reach the notice.
            values.update({f"{n}_en": form.cleaned_data.get(f"{n}_en") for n in AIUSE_TEXT_FIELDS})
            values.update({name: form.cleaned_data.get(name) for name in USE_CHOICE_FIELDS})
            uses.append(values)
        return clinic_facts_from_data(_french(self.cleaned_data, CLINIC_WRITTEN_FIELDS), uses)

    def is_valid(self):
        valid = super().is_valid()
        if self.is_deferred_validation:
            return valid
        gaps = notice_gaps(self.notice_facts())
        if not gaps:
            return valid
        for obligation in gaps.clinic:
            if obligation.field == "uses":
                self.add_error(None, obligation_message(obligation))
                continue
            name = obligation.field
            self.add_error(
                f"{name}_fr" if name in TRANSLATED_CLINIC_FIELDS else name,
                obligation_message(obligation),
            )
        use_forms = self.live_use_forms()
        for index, missing in gaps.uses.items():
            for obligation in missing:
                use_form = use_forms[index]
                name = obligation.field
                use_form.add_error(
                    name if name in use_form.fields else f"{name}_fr",
                    obligation_message(obligation),
                )
        message = ngettext(
            "La notice n’est pas publiée : il manque %(count)s information obligatoire, "
            "signalée à côté de son champ. Vous pouvez enregistrer le brouillon sans rien perdre.",
            "La notice n’est pas publiée : il manque %(count)s informations obligatoires, "
            "signalées à côté de chaque champ. Vous pouvez enregistrer le brouillon sans rien perdre.",
            gaps.count,
        )
        self.add_error(None, message % {"count": gaps.count})
        return False
