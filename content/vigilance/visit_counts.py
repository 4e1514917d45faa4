"""The visit cards page of the Wagtail admin, beside vigilance: cards counted across clinics.

Per AI system, care step and month, with how many clinics issued them; `?format=csv` downloads the
same counts for the observatory. The permission is vigilance's (view `ConcernCount`): whoever reads
what patients report reads how often tools were named to them. Counts, never a card.
"""

import csv

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

# The vigilance page's permission (content.vigilance.views.VIEW_PERMISSION).
VIEW_PERMISSION = "content.view_concerncount"


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


class VisitCountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


def visit_counts_menu_item() -> VisitCountsMenuItem:
    return VisitCountsMenuItem(
        _("Cartes de visite"),
        reverse_lazy("vigilance_visits"),
        name="vigilance-visits",
        icon_name="table",
        order=261,
    )
