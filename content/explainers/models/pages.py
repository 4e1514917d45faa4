"""The page types of the patient explanations: home, section, article and simple pages.

The home page also holds the notices' directory (`content.notices.pages`), named here by its label
only: explainers know nothing of notices.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock, EasyReadBlock


class IntroBodyMixin(models.Model):
    """An introduction and a body of patient-information blocks, with their panels and index."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Une ou deux phrases."))
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)
    # On a translation: the fingerprint of its source page's text when it was last translated
    # (content.explainers.review); a different fingerprint now means the translation may be stale.
    translation_source_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

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
    template = "explainers/home_page.html"

    class Meta:
        verbose_name = _("page d’accueil")
        verbose_name_plural = _("pages d’accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().public()
        return context


class SectionPage(IntroBodyMixin, Page):
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ArticlePage"]
    template = "explainers/section_page.html"

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
    # The fingerprint of the title, introduction and body the reviewer read (content.explainers.review).
    reviewed_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    easy_read_intro = models.TextField(
        _("introduction facile à lire"),
        blank=True,
        help_text=_("Une ou deux phrases courtes : de quoi parle la page."),
    )
    easy_read_body = StreamField(EasyReadBlock(), verbose_name=_("texte facile à lire"), blank=True)
    easy_read_checked_on = models.DateField(
        _("relu par des lecteurs le"),
        null=True,
        blank=True,
        help_text=_(
            "La date où des personnes avec une déficience intellectuelle ont relu la version "
            "facile à lire. Vide : la page dit qu’elle n’a pas encore été relue par des lecteurs."
        ),
    )
    easy_read_checked_by = models.CharField(
        _("relu par"),
        max_length=200,
        blank=True,
        help_text=_("Le groupe de relecteurs, par exemple « atelier FALC de l’ESAT de … »."),
    )
    sources = ParentalManyToManyField(
        "content.Source", verbose_name=_("sources"), blank=True, related_name="articles"
    )

    parent_page_types = ["content.SectionPage"]
    subpage_types = []
    template = "explainers/article_page.html"

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
        permissions = [("record_medical_review", _("Enregistrer une relecture médicale"))]


class StandardPage(IntroBodyMixin, Page):
    """Legal notice, privacy, accessibility statement, glossary: pages with no review line."""

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    template = "explainers/standard_page.html"

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")
