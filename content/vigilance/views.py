"""The vigilance pages of the Wagtail admin: patients' requests counted per system and per clinic,
and beside them the visit cards counted per system, care step and month across clinics
(`?format=csv` downloads them for the observatory).

Only for users who may view `ConcernCount` (superusers, or a group given "Can view compte de
demandes"): whoever reads what patients report reads how often tools were named to them. Counts,
never a message or a card.
"""

import csv
from urllib.parse import urlencode

from django.http import HttpResponse
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from content.patient_messages.models import ConcernCount
from content.visits.counts import visit_counts_across_clinics, visit_counts_csv_rows

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


class VisitCountsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    # A refusal raises PermissionDenied; the admin turns it into its usual redirect and message.
    permission_policy = ModelPermissionPolicy(ConcernCount)
    permission_required = "view"
    template_name = "vigilance/visits.html"
    page_title = _("Cartes de visite")
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return visit_counts_csv_response()
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = visit_counts_across_clinics(today=timezone.localdate())
        context.update(
            counts=counts,
            csv_url=f"{reverse('vigilance_visits')}?format=csv",
            vigilance_url=reverse("vigilance"),
        )
        return context


def visit_counts_csv_response() -> HttpResponse:
    """The counts as a CSV file to download: one line per system, care step and month."""
    today = timezone.localdate()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="cartes-de-visite-{today.isoformat()}.csv"'
    )
    writer = csv.writer(response)
    writer.writerows(visit_counts_csv_rows(visit_counts_across_clinics(today=today)))
    return response


def visit_counts_menu_item() -> VigilanceMenuItem:
    return VigilanceMenuItem(
        _("Cartes de visite"),
        reverse_lazy("vigilance_visits"),
        name="vigilance-visits",
        icon_name="table",
        order=261,
    )
