"""Admin configuration: the reference snippets, French and English side by side."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path
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
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import workspace
from .forms import ClinicNoticeForm
from .models import (
    AISystem,
    BarometerFigure,
    Clinic,
    ClinicMembership,
    GlossaryTerm,
    PatientExpectation,
    Source,
)
from .models.disclosures import AIUSE_TEXT_FIELDS
from .vigilance_views import VigilanceView, vigilance_menu_item


def side_by_side(field: str, heading) -> FieldRowPanel:
    """A row with the French and English versions of one translated field."""
    return FieldRowPanel([FieldPanel(f"{field}_fr"), FieldPanel(f"{field}_en")], heading=heading)


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    list_display = ["title", "publisher", "year"]
    search_fields = ["title_fr", "title_en", "publisher_fr"]
    panels = [
        FieldPanel("key"),
        side_by_side("title", _("Titre")),
        side_by_side("publisher", _("Éditeur")),
        FieldPanel("year"),
        FieldPanel("url"),
        side_by_side("description", _("Description")),
    ]


class BarometerFigureViewSet(SnippetViewSet):
    model = BarometerFigure
    icon = "order"
    list_display = ["display_value", "statement", "population", "source"]
    list_filter = ["population", "source"]
    search_fields = ["statement_fr", "statement_en", "key"]
    panels = [
        FieldPanel("key"),
        FieldRowPanel([FieldPanel("comparison"), FieldPanel("value"), FieldPanel("population")]),
        side_by_side("statement", _("Énoncé")),
        FieldPanel("source"),
    ]


class PatientExpectationViewSet(SnippetViewSet):
    model = PatientExpectation
    icon = "user"
    list_display = ["title", "sort_order"]
    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("sort_order")]),
        side_by_side("title", _("Attente")),
        side_by_side("description", _("Ce qu'une notice doit dire")),
        MultiFieldPanel([FieldPanel("figures")], heading=_("Chiffres qui la montrent")),
    ]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    list_display = ["term", "key"]
    search_fields = ["term_fr", "term_en", "definition_fr"]
    panels = [
        FieldPanel("key"),
        side_by_side("term", _("Terme")),
        side_by_side("definition", _("Définition")),
    ]


class ReferenceGroup(SnippetViewSetGroup):
    menu_label = _("Références")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (SourceViewSet, BarometerFigureViewSet, PatientExpectationViewSet, GlossaryTermViewSet)


register_snippet(ReferenceGroup)


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


class ClinicMembershipViewSet(SnippetViewSet):
    """Who works in which clinic's workspace; `manage.py onboard_clinic` invites new members."""

    model = ClinicMembership
    icon = "group"
    menu_label = _("Membres des structures")
    list_display = [
        Column("email", label=_("Adresse e-mail"), accessor="user.email"),
        "clinic",
        "role",
    ]
    list_filter = ["clinic", "role"]
    search_fields = ["user__email", "user__username"]
    search_backend_name = None
    panels = [FieldPanel("user"), FieldPanel("clinic"), FieldPanel("role")]

    def get_queryset(self, request):
        return ClinicMembership.objects.select_related("user", "clinic")


class NoticeGroup(SnippetViewSetGroup):
    menu_label = _("Notices")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (ClinicViewSet, AISystemViewSet, ClinicMembershipViewSet)


register_snippet(NoticeGroup)


@hooks.register("register_log_actions")
def register_notice_review_actions(actions):
    """The clinic workspace's review steps, shown in each clinic's history in the admin."""
    actions.register_action(
        workspace.SUBMIT_ACTION,
        _("Soumise à la relecture"),
        _("Notice soumise à la relecture médicale"),
    )
    actions.register_action(
        workspace.APPROVE_ACTION, _("Approuvée"), _("Notice approuvée par la relecture médicale")
    )
    actions.register_action(
        workspace.REQUEST_CHANGES_ACTION,
        _("Modifications demandées"),
        _("La relecture médicale demande des modifications"),
    )
    actions.register_action(
        workspace.WITHDRAW_ACTION,
        _("Soumission retirée"),
        _("Soumission retirée : un nouveau brouillon a été enregistré"),
    )


@hooks.register("register_admin_urls")
def register_vigilance_url():
    return [path("vigilance/", VigilanceView.as_view(), name="vigilance")]


@hooks.register("register_admin_menu_item")
def register_vigilance_menu_item():
    return vigilance_menu_item()


@hooks.register("register_permissions")
def register_vigilance_permission():
    """Lets a group be given the vigilance page ("Can view compte de demandes") in the admin."""
    return Permission.objects.filter(
        content_type__app_label="content", codename="view_concerncount"
    )


@hooks.register("before_delete_snippet")
def refuse_deleting_a_system_a_draft_uses(request, instances):
    """A draft notice naming a deleted system could no longer be opened: keep the system."""
    systems = [instance for instance in instances if isinstance(instance, AISystem)]
    if not systems:
        return None
    used = workspace.systems_in_drafts(system.pk for system in systems)
    if not used:
        return None
    names = ", ".join(system.name for system in systems if system.pk in used)
    messages.error(
        request,
        _("Suppression refusée : une notice (publiée ou en brouillon) utilise encore %(names)s.")
        % {"names": names},
    )
    return redirect("wagtailsnippets_content_aisystem:list")
