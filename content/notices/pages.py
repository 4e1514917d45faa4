"""The page that routes notices: the directory of one language, and every form of each notice.

Other capabilities add their own routes under a notice through the `register_notice_routes` hook
(`content.notices.links`; patient messages add `<clinic>/contact/`), so that notices import none
of them.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from . import addresses, easy_read, systems, views
from .links import NOTICE_ROUTES_HOOK


class ClinicDirectoryPage(RoutablePageMixin, Page):
    """The clinics with a published notice, each notice with its print, poster, versions and form.

    One page per language; the routes only pick the clinic and hand it to `content.notices.views`.
    """

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Une ou deux phrases."))

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "notices/clinic_directory_page.html"
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("annuaire des notices")
        verbose_name_plural = _("annuaires des notices")

    @classmethod
    def get_subpage_urls(cls):
        # The routes of other capabilities come after the notices' own (see `links`).
        added = [route for hook in hooks.get_hooks(NOTICE_ROUTES_HOOK) for route in hook()]
        return (*super().get_subpage_urls(), *added)

    def serve(self, request, view=None, args=None, kwargs=None):
        try:
            return super().serve(request, view, args, kwargs)
        except Http404:
            # A clinic's former slug: every form of its notice there leads to the same form today.
            former = (kwargs or {}).get("clinic_slug")
            moved = former and addresses.former_slug_redirect(
                request, prefix=self.get_url(request), former_slug=former
            )
            if moved:
                return moved
            raise

    def notice_url(self, clinic_slug: str, route: str = "", request=None) -> str:
        return self.get_url(request) + clinic_slug + "/" + route

    def system_url(self, system_key: str, request=None) -> str:
        return self.get_url(request) + "systems/" + system_key + "/"

    @path("")
    def directory(self, request):
        return views.directory_view(request, page=self)

    # Before the clinics' routes; a clinic's slug may not be "systems" (`Clinic.clean`).
    @path("systems/<slug:system_key>/")
    def system(self, request, system_key):
        return systems.system_view(request, page=self, system_key=system_key)

    @path("<slug:clinic_slug>/")
    def notice(self, request, clinic_slug):
        return views.notice_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/print/")
    def notice_print(self, request, clinic_slug):
        return views.notice_print_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/poster/")
    def notice_poster(self, request, clinic_slug):
        return views.notice_poster_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/poster/bilingual/")
    def notice_poster_bilingual(self, request, clinic_slug):
        return views.notice_poster_bilingual_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/poster/table-card/")
    def notice_table_card(self, request, clinic_slug):
        return views.notice_table_card_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/qr/")
    def notice_qr(self, request, clinic_slug):
        return views.notice_qr_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/qr/png/")
    def notice_qr_png(self, request, clinic_slug):
        return views.notice_qr_png_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/facile/")
    def notice_easy_read_fr(self, request, clinic_slug):
        return easy_read.notice_easy_read_view(
            request, page=self, clinic_slug=clinic_slug, language="fr"
        )

    @path("<slug:clinic_slug>/easy-read/")
    def notice_easy_read_en(self, request, clinic_slug):
        return easy_read.notice_easy_read_view(
            request, page=self, clinic_slug=clinic_slug, language="en"
        )

    @path("<slug:clinic_slug>/versions/")
    def notice_versions(self, request, clinic_slug):
        return views.notice_versions_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/versions/<int:number>/")
    def notice_archived(self, request, clinic_slug, number):
        return views.notice_view(request, page=self, clinic_slug=clinic_slug, version_number=number)
