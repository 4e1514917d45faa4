"""The notices' screens in the Wagtail admin: the catalogue of AI systems and the clinics.

The admin's "Notices" menu groups them with the workspace's memberships (`content.wagtail_hooks`).
"""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet, UnpublishView

from content.panels import side_by_side
from content.vocabulary import AIUSE_TEXT_FIELDS

from .forms import AISystemForm, ClinicNoticeForm
from .model_card_views import AISystemIndexView, ModelCardImportView, ModelCardPanel
from .models import AISystem, Clinic, SystemRequest, UseTemplate
from .publishing import systems_in_drafts

logger = logging.getLogger(__name__)

PUBLICATION_FAILED = _(
    "La notice n’a pas été publiée : une erreur est survenue pendant la publication. "
    "Rien n’a changé pour les patients et votre brouillon est enregistré. "
    "Réessayez dans quelques minutes ; si l’erreur revient, prévenez l’équipe technique du portail."
)
UNPUBLICATION_FAILED = _(
    "La notice n’a pas été retirée : une erreur est survenue. "
    "Elle reste en ligne telle quelle. Réessayez dans quelques minutes ; "
    "si l’erreur revient, prévenez l’équipe technique du portail."
)


class AISystemViewSet(SnippetViewSet):
    model = AISystem
    icon = "cogs"
    menu_label = _("Catalogue des systèmes d’IA")
    index_view_class = AISystemIndexView
    list_display = ["name", "vendor", "kind", "regulatory_status", "last_reviewed", "draft"]
    list_filter = ["draft", "kind", "regulatory_status", "hds_certified", "data_leave_eea"]
    search_fields = ["name", "vendor"]
    panels = [
        # A system imported from a vendor's model card: the card, and what it left to do.
        ModelCardPanel(heading=_("Fiche modèle de l’éditeur")),
        FieldPanel("draft"),
        FieldRowPanel([FieldPanel("key"), FieldPanel("name")]),
        side_by_side("label", _("Ce qu’il fait")),
        FieldRowPanel([FieldPanel("vendor"), FieldPanel("vendor_country")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("foundation_model")]),
        side_by_side("intended_purpose", _("Usage prévu")),
        side_by_side("not_intended_for", _("Ce pour quoi il n’est pas fait")),
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
                FieldRowPanel([FieldPanel("hosting_country"), FieldPanel("processing_country")]),
                FieldPanel("outside_eea_access"),
                FieldRowPanel([FieldPanel("data_leave_eea"), FieldPanel("hds_certified")]),
                FieldPanel("training_reuse"),
            ],
            heading=_("Données"),
        ),
        FieldRowPanel([FieldPanel("version"), FieldPanel("last_reviewed")]),
    ]
    # Refuses putting back to draft a system that published notices use.
    edit_handler = ObjectList(panels, base_form_class=AISystemForm)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", ModelCardImportView.as_view(), name="import_card"),
        ]


USE_TEXT_HEADINGS = {
    "summary": _("Ce que fait l’outil ici"),
    "human_oversight": _("Qui vérifie, et comment"),
    "patient_data": _("Vos données utilisées"),
    "retention": _("Durée de conservation"),
    "data_transfer": _("Sortie de l’Espace économique européen"),
    "identifiable_data": _("Données qui vous identifient"),
    "benefits": _("Bénéfices"),
    "risks": _("Risques et limites"),
    "risk_mitigation": _("Ce que nous faisons contre ces risques"),
    "alternative": _("L’autre solution"),
    "how_to_decline": _("Comment refuser"),
    "when_told": _("Quand le patient est prévenu"),
    "interpretation": _("Comment le résultat est expliqué"),
    "answer_if_wrong": _("Et si l’outil se trompe ?"),
    "answer_human_contact": _("Est-ce que je verrai toujours mon soignant ?"),
    "answer_responsibility": _("Qui est responsable ?"),
    "answer_reliability": _("Est-ce fiable ?"),
    "answer_data_access": _("Qui voit mes données ?"),
}


class UseTemplateViewSet(SnippetViewSet):
    """The templates of the usual uses, from which a clinic starts a use's texts."""

    model = UseTemplate
    icon = "clipboard-list"
    menu_label = _("Modèles d’usage")
    list_display = ["title", "key", "system_kind", "care_step", "sort_order"]
    list_filter = ["system_kind", "care_step"]
    search_fields = ["title", "description"]
    panels = [
        HelpPanel(
            content=_(
                "Chaque texte est un brouillon écrit pour les patients, que la structure reprend "
                "et modifie. Entourez de doubles crochets ce qu’elle doit vérifier ou compléter : "
                "« [[à vérifier : la durée de conservation chez votre éditeur]] ». Tant qu’un "
                "passage reste entre crochets, la structure ne peut pas soumettre sa notice."
            )
        ),
        FieldRowPanel([FieldPanel("key"), FieldPanel("sort_order")]),
        side_by_side("title", _("Nom du modèle")),
        side_by_side("description", _("Pour quels outils")),
        FieldPanel("system_kind"),
        side_by_side("label", _("Ce que fait l’outil, en quelques mots")),
        FieldRowPanel([FieldPanel("care_step"), FieldPanel("decision_role")]),
        FieldRowPanel([FieldPanel("patient_interacts"), FieldPanel("declinable")]),
        *(side_by_side(name, USE_TEXT_HEADINGS[name]) for name in AIUSE_TEXT_FIELDS),
    ]


class RequestsPermissionPolicy(ModelPermissionPolicy):
    """Requests come from the clinics' workspace: editors answer them, never write one."""

    def user_has_permission(self, user, action):
        if action in {"add", "copy"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class SystemRequestViewSet(SnippetViewSet):
    """Clinics' requests for a tool the catalogue lacks: added (with its entry) or declined."""

    model = SystemRequest
    icon = "help"
    menu_label = _("Demandes d’ajout au catalogue")
    list_display = ["product", "vendor", "clinic", "status", "requested_at"]
    list_filter = ["status"]
    search_fields = ["product", "vendor"]
    copy_view_enabled = False
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("clinic", read_only=True),
                FieldRowPanel(
                    [FieldPanel("product", read_only=True), FieldPanel("vendor", read_only=True)]
                ),
                FieldPanel("url", read_only=True),
                FieldPanel("note", read_only=True),
            ],
            heading=_("La demande"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Ajoutez d’abord l’outil au catalogue, puis choisissez sa fiche ici. Si "
                        "vous ne l’ajoutez pas, dites pourquoi : la structure lit votre réponse "
                        "dans son espace."
                    )
                ),
                FieldPanel("status"),
                FieldPanel("system"),
                FieldPanel("answer"),
            ],
            heading=_("Votre décision"),
        ),
    ]

    @property
    def permission_policy(self):
        return RequestsPermissionPolicy(self.model)


class NoticePublishFailureMixin:
    """A publication that fails is undone whole (`NoticePublishAction`): say so, keep the draft.

    Wagtail has saved the draft revision before publishing it; the editor comes back to it with a
    message instead of a server error.
    """

    def publish_action(self):
        try:
            return super().publish_action()
        except PermissionDenied:
            raise
        except ValidationError as error:
            message = " ".join(error.messages)
        except Exception:
            logger.exception("Publishing %s failed: nothing was published.", self.object)
            message = str(PUBLICATION_FAILED)
        if self.expects_json_response:
            return self.json_error_response("publish_failed", message)
        messages.error(self.request, message)
        return redirect(self.get_edit_url())


class ClinicCreateView(NoticePublishFailureMixin, CreateView):
    pass


class ClinicEditView(NoticePublishFailureMixin, EditView):
    pass


class ClinicUnpublishView(UnpublishView):
    """Unpublishing is one transaction too: out of the directory and offline together, or neither."""

    def unpublish(self):
        with transaction.atomic():
            return super().unpublish()

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except PermissionDenied:
            raise
        except Exception:
            logger.exception("Unpublishing %s failed: the notice stays online.", self.object)
            messages.error(request, UNPUBLICATION_FAILED)
            return redirect(self.edit_url_name, self.object.pk)


class ClinicViewSet(SnippetViewSet):
    model = Clinic
    add_view_class = ClinicCreateView
    edit_view_class = ClinicEditView
    unpublish_view_class = ClinicUnpublishView
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
                    FieldPanel("name_article"),
                    FieldPanel("kind"),
                    side_by_side("introduction", _("Mot d’accueil")),
                    FieldPanel("street_address"),
                    FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("website")]),
                ],
                heading=_("Structure"),
            ),
            ObjectList(
                [
                    side_by_side("ai_contact_name", _("Qui répond aux questions sur l’IA")),
                    FieldRowPanel([FieldPanel("ai_contact_email"), FieldPanel("ai_contact_phone")]),
                    FieldRowPanel([FieldPanel("dpo_name"), FieldPanel("dpo_email")]),
                    FieldPanel("responsible_physician"),
                    side_by_side(
                        "responsible_physician_role", _("Fonction du médecin responsable")
                    ),
                    FieldPanel("second_opinion_on_request"),
                ],
                heading=_("Contacts"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "uses",
                        label=_("Usage de l’IA"),
                        panels=[
                            # A list, not the snippet chooser: it offers only the catalogue's
                            # complete systems (forms.ClinicNoticeForm), never a draft.
                            FieldPanel("ai_system", widget=forms.Select),
                            FieldRowPanel([FieldPanel("care_step"), FieldPanel("decision_role")]),
                            FieldPanel("patient_interacts"),
                            FieldPanel("declinable"),
                            *(
                                side_by_side(name, USE_TEXT_HEADINGS[name])
                                for name in AIUSE_TEXT_FIELDS
                            ),
                        ],
                    )
                ],
                heading=_("Usages de l’IA"),
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
