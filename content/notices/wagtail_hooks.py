"""The notices' screens in the Wagtail admin: the catalogue of AI systems and the clinics.

The admin's "Notices" menu groups them with the workspace's memberships (`content.wagtail_hooks`).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from content.panels import side_by_side
from content.vocabulary import AIUSE_TEXT_FIELDS

from .forms import ClinicNoticeForm
from .models import AISystem, Clinic
from .publishing import systems_in_drafts


class AISystemViewSet(SnippetViewSet):
    model = AISystem
    icon = "cogs"
    menu_label = _("Catalogue des systèmes d'IA")
    list_display = ["name", "vendor", "kind", "regulatory_status", "last_reviewed"]
    list_filter = ["kind", "regulatory_status", "hds_certified", "data_leave_eea"]
    search_fields = ["name", "vendor"]
    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("name")]),
        side_by_side("label", _("Ce qu'il fait")),
        FieldRowPanel([FieldPanel("vendor"), FieldPanel("vendor_country")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("foundation_model")]),
        side_by_side("intended_purpose", _("Usage prévu")),
        side_by_side("not_intended_for", _("Ce pour quoi il n'est pas fait")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("regulatory_status"), FieldPanel("notified_body")]),
                InlinePanel(
                    "evidence",
                    label=_("Preuve"),
                    panels=[
                        FieldPanel("kind"),
                        side_by_side("title", _("Titre")),
                        FieldPanel("url"),
                    ],
                ),
            ],
            heading=_("Validation"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("hosting_country"), FieldPanel("hds_certified")]),
                FieldRowPanel([FieldPanel("data_leave_eea"), FieldPanel("training_reuse")]),
            ],
            heading=_("Données"),
        ),
        FieldRowPanel([FieldPanel("version"), FieldPanel("last_reviewed")]),
    ]


USE_TEXT_HEADINGS = {
    "summary": _("Ce que fait l'outil ici"),
    "human_oversight": _("Qui vérifie, et comment"),
    "patient_data": _("Vos données utilisées"),
    "retention": _("Durée de conservation"),
    "data_transfer": _("Sortie de l'Espace économique européen"),
    "identifiable_data": _("Données qui vous identifient"),
    "benefits": _("Bénéfices"),
    "risks": _("Risques et limites"),
    "risk_mitigation": _("Ce que nous faisons contre ces risques"),
    "alternative": _("L'autre solution"),
    "how_to_decline": _("Comment refuser"),
    "when_told": _("Quand le patient est prévenu"),
    "interpretation": _("Comment le résultat est expliqué"),
    "answer_if_wrong": _("Et si l'outil se trompe ?"),
    "answer_human_contact": _("Est-ce que je verrai toujours mon soignant ?"),
    "answer_responsibility": _("Qui est responsable ?"),
    "answer_reliability": _("Est-ce fiable ?"),
    "answer_data_access": _("Qui voit mes données ?"),
}


class ClinicViewSet(SnippetViewSet):
    model = Clinic
    icon = "site"
    menu_label = _("Structures et notices")
    list_display = ["name", "city", "kind"]
    list_filter = ["kind", "live"]
    search_fields = ["name", "city"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
                    FieldPanel("kind"),
                    side_by_side("introduction", _("Mot d'accueil")),
                    FieldPanel("street_address"),
                    FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("website")]),
                ],
                heading=_("Structure"),
            ),
            ObjectList(
                [
                    side_by_side("ai_contact_name", _("Qui répond aux questions sur l'IA")),
                    FieldRowPanel([FieldPanel("ai_contact_email"), FieldPanel("ai_contact_phone")]),
                    FieldRowPanel([FieldPanel("dpo_name"), FieldPanel("dpo_email")]),
                    FieldPanel("responsible_physician"),
                    side_by_side(
                        "responsible_physician_role", _("Fonction du médecin responsable")
                    ),
                ],
                heading=_("Contacts"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "uses",
                        label=_("Usage de l'IA"),
                        panels=[
                            FieldPanel("ai_system"),
                            FieldRowPanel([FieldPanel("care_step"), FieldPanel("decision_role")]),
                            FieldPanel("patient_interacts"),
                            *(
                                side_by_side(name, USE_TEXT_HEADINGS[name])
                                for name in AIUSE_TEXT_FIELDS
                            ),
                        ],
                    )
                ],
                heading=_("Usages de l'IA"),
            ),
        ],
        base_form_class=ClinicNoticeForm,
    )


@hooks.register("before_delete_snippet")
def refuse_deleting_a_system_a_draft_uses(request, instances):
    """A draft notice naming a deleted system could no longer be opened: keep the system."""
    systems = [instance for instance in instances if isinstance(instance, AISystem)]
    if not systems:
        return None
    used = systems_in_drafts(system.pk for system in systems)
    if not used:
        return None
    names = ", ".join(system.name for system in systems if system.pk in used)
    messages.error(
        request,
        _("Suppression refusée : une notice (publiée ou en brouillon) utilise encore %(names)s.")
        % {"names": names},
    )
    return redirect("wagtailsnippets_content_aisystem:list")
