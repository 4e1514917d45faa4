"""Registration requests in the Wagtail admin: the list, filtered by state, and the page where a
portal editor accepts a confirmed request (which opens the structure's workspace) or refuses it
with a reason. Only users with the change permission on requests see any of it; nobody adds one
by hand: requests come from the public form.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import RefusalForm
from .models import RegistrationRequest
from .services import registration_accept, registration_refuse

DECIDE_URL = "wagtailsnippets_content_registrationrequest:decide"
LIST_URL = "wagtailsnippets_content_registrationrequest:list"


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """The change permission opens everything (list, decision, deletion of spam); adding is no one's."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        if action in ("view", "delete") and not super().user_has_permission(user, "change"):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"] or ["change"])


class RegistrationDecideView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """One request in full; for a confirmed one, "Accepter" and "Refuser" (with the reason)."""

    permission_policy = RegistrationPermissionPolicy(RegistrationRequest)
    permission_required = "change"
    template_name = "registrations/admin/decide.html"
    header_icon = "form"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.registration = get_object_or_404(RegistrationRequest, pk=kwargs["pk"])

    def get_page_title(self):
        return str(self.registration)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(LIST_URL), "label": RegistrationRequest._meta.verbose_name_plural},
            {"url": "", "label": str(self.registration)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("refusal_form", RefusalForm())
        context.update(
            registration=self.registration,
            pending=self.registration.status == RegistrationRequest.Status.PENDING,
        )
        return context

    def post(self, request, *args, **kwargs):
        registration = self.registration
        try:
            if request.POST.get("decision") == "accept":
                clinic = registration_accept(registration=registration, user=request.user)
                messages.success(
                    request,
                    gettext(
                        "Demande acceptée : la structure « %(clinic)s » est créée en brouillon, "
                        "et %(email)s reçoit l’invitation à son espace."
                    )
                    % {"clinic": clinic.name, "email": registration.requester_email},
                )
                return redirect(LIST_URL)
            form = RefusalForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(refusal_form=form), status=400)
            emailed = registration_refuse(
                registration=registration, user=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError:
            messages.error(
                request,
                gettext("Cette demande n’attend plus de décision : quelqu’un l’a déjà traitée."),
            )
            return redirect(DECIDE_URL, pk=registration.pk)
        if emailed:
            messages.success(
                request,
                gettext("Demande refusée : la raison est envoyée à %(email)s.")
                % {"email": registration.requester_email},
            )
        else:
            messages.warning(
                request,
                gettext(
                    "Demande refusée, mais l’e-mail n’a pas pu partir : écrivez vous-même "
                    "à %(email)s."
                )
                % {"email": registration.requester_email},
            )
        return redirect(LIST_URL)


def _decide_url(registration: RegistrationRequest) -> str:
    return reverse(DECIDE_URL, args=[registration.pk])


class RegistrationRequestViewSet(SnippetViewSet):
    """The requests, newest first, filtered by state; each opens its decision page."""

    model = RegistrationRequest
    icon = "form"
    menu_label = _("Demandes d’inscription")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        TitleColumn("name", label=_("Structure"), get_url=_decide_url),
        "city",
        Column("requester_email", label=_("Demandeur")),
        StatusTagColumn(
            "get_status_display",
            label=_("État"),
            primary=lambda registration: registration.status == RegistrationRequest.Status.PENDING,
            sort_key="status",
        ),
        DateColumn("created_at", label=_("Demandée le")),
    ]
    list_filter = ["status", "kind"]
    search_fields = ["name", "city", "requester_email"]
    search_backend_name = None
    # Read-only: a request changes only through its decision page.
    panels = [
        FieldPanel(name, read_only=True)
        for name in (
            "name",
            "kind",
            "street_address",
            "postcode",
            "city",
            "finess",
            "siret",
            "requester_name",
            "requester_email",
            "requester_role",
            "status",
            "refusal_reason",
            "clinic",
        )
    ]

    @property
    def permission_policy(self):
        return RegistrationPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("decide/<int:pk>/", RegistrationDecideView.as_view(), name="decide"),
        ]


register_snippet(RegistrationRequestViewSet)
