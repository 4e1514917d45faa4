"""The workspace in the Wagtail admin: who belongs to which clinic, and the review steps in history."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from . import members, review
from .models import ClinicMembership


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


@hooks.register("register_log_actions")
def register_notice_review_actions(actions):
    """The clinic workspace's review steps, shown in each clinic's history in the admin."""
    actions.register_action(
        review.SUBMIT_ACTION,
        _("Soumise à la relecture"),
        _("Notice soumise à la relecture médicale"),
    )
    actions.register_action(
        review.APPROVE_ACTION, _("Approuvée"), _("Notice approuvée par la relecture médicale")
    )
    actions.register_action(
        review.REQUEST_CHANGES_ACTION,
        _("Modifications demandées"),
        _("La relecture médicale demande des modifications"),
    )
    actions.register_action(
        review.WITHDRAW_ACTION,
        _("Soumission retirée"),
        _("Soumission retirée : un nouveau brouillon a été enregistré"),
    )


@hooks.register("register_log_actions")
def register_team_actions(actions):
    """The team page's steps, shown in each clinic's history in the admin."""
    actions.register_action(
        members.MEMBER_INVITE_ACTION, _("Membre invité"), _("Membre invité depuis l’espace")
    )
    actions.register_action(
        members.MEMBER_REMOVE_ACTION, _("Membre retiré"), _("Membre retiré depuis l’espace")
    )
