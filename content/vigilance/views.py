"""The vigilance page of the Wagtail admin: patients' requests counted per system and per clinic.

Only for users who may view `ConcernCount` (superusers, or a group given "Can view compte de
demandes"); it shows counts, never a message.
"""

from urllib.parse import urlencode

from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from content.patient_messages.models import ConcernCount

from .report import vigilance_report
from .rules import (
    CONCENTRATION_FACTOR,
    CONCENTRATION_MINIMUM,
    DEFAULT_KIND,
    KIND_FILTERS,
    MONTHS_SHOWN,
    RECENT_MONTHS,
    kind_from_query,
)

VIEW_PERMISSION = "content.view_concerncount"


class VigilanceView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    # A refusal raises PermissionDenied; the admin turns it into its usual redirect and message.
    permission_policy = ModelPermissionPolicy(ConcernCount)
    permission_required = "view"
    template_name = "vigilance/index.html"
    page_title = _("Vigilance")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kind = kind_from_query(self.request.GET.get("kind"))
        url = reverse("vigilance")
        context.update(
            report=vigilance_report(kind=kind, today=timezone.localdate()),
            kind_label=KIND_FILTERS[kind],
            kind_filters=[
                {
                    "label": label,
                    "url": url if value == DEFAULT_KIND else f"{url}?{urlencode({'kind': value})}",
                    "current": value == kind,
                    "default": value == DEFAULT_KIND,
                }
                for value, label in KIND_FILTERS.items()
            ],
            months_shown=MONTHS_SHOWN,
            recent_months=RECENT_MONTHS,
            concentration_factor=CONCENTRATION_FACTOR,
            concentration_minimum=CONCENTRATION_MINIMUM,
        )
        return context


class VigilanceMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


def vigilance_menu_item() -> VigilanceMenuItem:
    return VigilanceMenuItem(
        _("Vigilance"), reverse_lazy("vigilance"), name="vigilance", icon_name="warning", order=260
    )
