"""The admin's report « Traductions à revoir »: translations whose French page changed since.

A translation is listed when the live French page of the same translation key has a fingerprint
other than the one the translation recorded when it was last confirmed
(`content.explainers.review`). The pages are few (tens): their texts are read and compared here,
two queries per page type.
"""

from dataclasses import dataclass

from django.apps import apps
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from .models.pages import IntroBodyMixin
from .review import page_fingerprint, source_language, translation_is_stale

PAGE_PERMISSIONS = ["add", "change", "publish"]


@dataclass(frozen=True)
class StaleTranslation:
    page: Page
    source: Page


def stale_translations() -> list[StaleTranslation]:
    """Every translation whose live French page changed since it was last confirmed, by title."""
    stale = []
    for model in apps.get_app_config("content").get_models():
        if not issubclass(model, IntroBodyMixin):
            continue
        sources = {
            page.translation_key: page
            for page in model.objects.filter(locale__language_code=source_language(), live=True)
        }
        translations = model.objects.exclude(locale__language_code=source_language())
        for page in translations.select_related("locale"):
            source = sources.get(page.translation_key)
            if source is not None and translation_is_stale(page, page_fingerprint(source)):
                stale.append(StaleTranslation(page=page, source=source))
    return sorted(stale, key=lambda item: (item.page.locale.language_code, item.page.title))


class StaleTranslationsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_policy = page_permission_policy
    any_permission_required = PAGE_PERMISSIONS
    template_name = "explainers/admin/stale_translations.html"
    page_title = _("Traductions à revoir")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = [
            {
                "page": item.page,
                "source": item.source,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[item.page.pk]),
                "source_edit_url": reverse("wagtailadmin_pages:edit", args=[item.source.pk]),
                "source_url": item.source.get_url(request=self.request),
            }
            for item in stale_translations()
        ]
        return context


class StaleTranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, PAGE_PERMISSIONS)


def stale_translations_menu_item() -> StaleTranslationsMenuItem:
    return StaleTranslationsMenuItem(
        _("Traductions à revoir"),
        reverse_lazy("explainers_stale_translations"),
        name="stale-translations",
        icon_name="warning",
        order=1300,
    )
