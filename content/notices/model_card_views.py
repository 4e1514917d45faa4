"""Model cards in the admin (import a card, see what it left to do) and the kept card, served.

The import screen hangs under the catalogue's snippet (`AISystemViewSet`): a button on its
listing, its own address, the catalogue's "add" permission.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.panels import Panel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView

from .model_card_fields import MAX_CARD_BYTES
from .model_cards import EXTENSIONS, model_card_filename, model_card_import, model_card_url
from .models import AISystem, ModelCard

IMPORT_URL_NAME = "wagtailsnippets_content_aisystem:import_card"
EDIT_URL_NAME = "wagtailsnippets_content_aisystem:edit"
CHANGE_PERMISSION = "content.change_aisystem"

IMPORTED = _(
    "Brouillon « %(name)s » créé depuis la fiche modèle. Complétez ou vérifiez les "
    "%(missing)s champs listés sous « Fiche modèle de l’éditeur », puis décochez "
    "« brouillon ». Sections de la fiche non reprises : %(unmapped)s."
)
NOTHING = _("aucune")
FRENCH_TRANSLATION = _("%(field)s : traduction française")


class ModelCardForm(forms.Form):
    card = forms.FileField(
        label=_("Fiche modèle de l’éditeur"),
        help_text=_(
            "Une fiche CHAI Applied Model Card (XML, version 0.2) ou Model Card Toolkit (JSON, "
            "version 0.0.2), de 2 Mo au plus. Rien n’est enregistré si la fiche est refusée."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
        allow_empty_file=True,
    )


class ModelCardImportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Upload a vendor's model card; on success, edit the draft system it made."""

    permission_policy = ModelPermissionPolicy(AISystem)
    permission_required = "add"
    form_class = ModelCardForm
    template_name = "notices/model_card_import.html"
    page_title = _("Importer une fiche modèle")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_content_aisystem:list"),
                "label": capfirst(AISystem._meta.verbose_name_plural),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(max_megabytes=MAX_CARD_BYTES // 1024 // 1024, **kwargs)

    def form_valid(self, form):
        try:
            card = model_card_import(upload=form.cleaned_data["card"], user=self.request.user)
        except ValidationError as error:
            for message in error.messages:
                form.add_error("card", message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            IMPORTED
            % {
                "name": card.system.name,
                "missing": len(card.missing),
                "unmapped": ", ".join(card.unmapped) or NOTHING,
            },
        )
        return redirect(EDIT_URL_NAME, card.system_id)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class AISystemIndexView(IndexView):
    """The catalogue's listing, with the button that imports a model card."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(
                    _("Importer une fiche modèle"), url=reverse(IMPORT_URL_NAME), icon_name="upload"
                )
            )
        return buttons


def missing_label(name: str) -> str:
    """The admin's label of a field a card left to complete (`ModelCard.missing`)."""
    if name.endswith("_fr"):
        field = AISystem._meta.get_field(name.removesuffix("_fr"))
        return FRENCH_TRANSLATION % {"field": capfirst(field.verbose_name)}
    return capfirst(AISystem._meta.get_field(name).verbose_name)


def _still_empty(system: AISystem, name: str) -> bool:
    value = getattr(system, name, None)
    return value in ("", None) if not isinstance(value, bool | list) else False


class ModelCardPanel(Panel):
    """On a system imported from a card: the card, its sections no field holds, what to complete."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "notices/model_card_panel.html"

        @cached_property
        def cards(self) -> list[ModelCard]:
            if not self.instance.pk:
                return []
            return list(self.instance.model_cards.all())

        def is_shown(self):
            return bool(self.cards)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["cards"] = [
                {
                    "card": card,
                    "url": model_card_url(card),
                    "to_complete": [
                        missing_label(name)
                        for name in card.missing
                        if _still_empty(self.instance, name)
                    ],
                    "to_confirm": [
                        missing_label(name)
                        for name in card.missing
                        if not _still_empty(self.instance, name)
                    ],
                }
                for card in self.cards
            ]
            return context


def model_card_file(request, pk: int, filename: str):
    """The kept card, as uploaded. A draft's card only for those who may change the catalogue.

    The only way to the card: its storage is private (STORAGES["model_cards"]), not under /media/.
    """
    card = get_object_or_404(ModelCard.objects.select_related("system"), pk=pk)
    if filename != model_card_filename(card):
        raise Http404
    draft = card.system.draft
    if draft and not request.user.has_perm(CHANGE_PERMISSION):
        raise Http404
    suffix = "." + filename.rsplit(".", 1)[-1]
    response = FileResponse(
        card.file.storage.open(card.file.name, "rb"),
        content_type=EXTENSIONS.get(suffix, "application/octet-stream"),
        as_attachment=False,
        filename=filename,
    )
    # A draft's card is personal to its editors; a published one is public and never changes.
    response["Cache-Control"] = "private, no-store" if draft else "public, max-age=86400"
    if not draft:
        response["Access-Control-Allow-Origin"] = "*"
    return response
