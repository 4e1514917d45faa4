"""The page types of the patient explanations: home, section, article and simple pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock


class IntroBodyMixin(models.Model):
    """An introduction and a body of patient-information blocks, with their panels and index."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Une ou deux phrases."))
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(IntroBodyMixin, Page):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "content.SectionPage",
        "content.StandardPage",
        "content.ClinicDirectoryPage",
    ]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().public()
        return context


class SectionPage(IntroBodyMixin, Page):
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ArticlePage"]
    template = "pages/section_page.html"

    class Meta:
        verbose_name = _("rubrique")
        verbose_name_plural = _("rubriques")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = ArticlePage.objects.child_of(self).live().public()
        return context


class ArticlePage(IntroBodyMixin, Page):
    reviewed_by = models.CharField(_("relu par"), max_length=120)
    reviewer_role = models.CharField(_("fonction du relecteur"), max_length=200, blank=True)
    reviewed_on = models.DateField(_("relu le"))
    sources = ParentalManyToManyField(
        "content.Source", verbose_name=_("sources"), blank=True, related_name="articles"
    )

    parent_page_types = ["content.SectionPage"]
    subpage_types = []
    template = "pages/article_page.html"

    content_panels = [
        *IntroBodyMixin.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("reviewed_by"), FieldPanel("reviewed_on")]),
                FieldPanel("reviewer_role"),
            ],
            heading=_("Relecture médicale"),
        ),
        FieldPanel("sources"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")


class StandardPage(IntroBodyMixin, Page):
    """Legal notice, privacy, accessibility statement, glossary: pages with no review line."""

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")


class ClinicDirectoryPage(RoutablePageMixin, Page):
    """The clinics with a published notice, each notice with its print, poster, versions and form.

    One page per language; the routes only pick the clinic and hand it to `content.notices`.
    """

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Une ou deux phrases."))

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/clinic_directory_page.html"
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("annuaire des notices")
        verbose_name_plural = _("annuaires des notices")

    def notice_url(self, clinic_slug: str, route: str = "", request=None) -> str:
        return self.get_url(request) + clinic_slug + "/" + route

    @path("")
    def directory(self, request):
        from ..notice_views import directory_view

        return directory_view(request, page=self)

    @path("<slug:clinic_slug>/")
    def notice(self, request, clinic_slug):
        from ..notice_views import notice_view

        return notice_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/print/")
    def notice_print(self, request, clinic_slug):
        from ..notice_views import notice_print_view

        return notice_print_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/poster/")
    def notice_poster(self, request, clinic_slug):
        from ..notice_views import notice_poster_view

        return notice_poster_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/qr/")
    def notice_qr(self, request, clinic_slug):
        from ..notice_views import notice_qr_view

        return notice_qr_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/contact/")
    def message_form(self, request, clinic_slug):
        from ..message_views import message_form_view

        return message_form_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/contact/sent/")
    def message_sent(self, request, clinic_slug):
        from ..message_views import message_sent_view

        return message_sent_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/versions/")
    def notice_versions(self, request, clinic_slug):
        from ..notice_views import notice_versions_view

        return notice_versions_view(request, page=self, clinic_slug=clinic_slug)

    @path("<slug:clinic_slug>/versions/<int:number>/")
    def notice_archived(self, request, clinic_slug, number):
        from ..notice_views import notice_view

        return notice_view(request, page=self, clinic_slug=clinic_slug, version_number=number)
