"""The page types of the patient explanations: home, section, article and simple pages.

The home page also holds the notices' directory (`content.notices.pages`), named here by its label
only: explainers know nothing of notices.
"""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock, EasyReadBlock
from ..forms import ArticlePageForm, IntroBodyPageForm, ReviewStatePanel, TranslationStatePanel
from ..publishing import ReadablePagePublishAction
from ..review import REVIEW_PERMISSION, easy_read_check_current


class IntroBodyMixin(models.Model):
    """An introduction and a body of patient-information blocks, with their panels and index."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Une ou deux phrases."))
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)
    # On a translation: the fingerprint of its source page's text when it was last translated
    # (content.explainers.review); a different fingerprint now means the translation may be stale.
    translation_source_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = [
        MultiFieldPanel(
            [TranslationStatePanel(), FieldPanel("translation_follows_source")],
            heading=_("Traduction"),
        ),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    base_form_class = IntroBodyPageForm
    # Every way to publish (bulk publish, workflow approval, scheduler) meets the readability gate.
    publish_action_class = ReadablePagePublishAction
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    def publish(self, revision, user=None, skip_permission_checks=False, **options):
        action = self.publish_action_class(revision, user=user, **options)
        return action.execute(skip_permission_checks=skip_permission_checks)


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


# The easy-read version of an article, in the words of each language: /fr/…/facile/, /en/…/easy-read/.
EASY_READ_ROUTES = {"fr": "facile/", "en": "easy-read/"}


class ArticlePage(RoutablePageMixin, IntroBodyMixin, Page):
    reviewed_by = models.CharField(_("relu par"), max_length=120, blank=True)
    reviewer_role = models.CharField(_("fonction du relecteur"), max_length=200, blank=True)
    # Empty until a medical reviewer records a first review: the page then says it is not reviewed.
    reviewed_on = models.DateField(_("relu le"), null=True, blank=True)
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
    # The fingerprint of the easy-read text the readers checked: a later edit undoes the check.
    easy_read_checked_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
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
    base_form_class = ArticlePageForm

    content_panels = [
        *IntroBodyMixin.content_panels,
        MultiFieldPanel(
            [
                ReviewStatePanel(),
                FieldRowPanel(
                    [
                        FieldPanel("reviewed_by", permission=REVIEW_PERMISSION),
                        FieldPanel("reviewed_on", permission=REVIEW_PERMISSION),
                    ]
                ),
                FieldPanel("reviewer_role", permission=REVIEW_PERMISSION),
                FieldPanel("record_review", permission=REVIEW_PERMISSION),
            ],
            heading=_("Relecture médicale"),
        ),
        FieldPanel("sources"),
        MultiFieldPanel(
            [
                FieldPanel("easy_read_intro"),
                FieldPanel("easy_read_body"),
                FieldRowPanel(
                    [FieldPanel("easy_read_checked_on"), FieldPanel("easy_read_checked_by")]
                ),
            ],
            heading=_("Facile à lire"),
            classname="collapsed",
        ),
    ]
    preview_modes = [("", _("Article")), ("easy_read", _("Facile à lire"))]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("record_medical_review", _("Enregistrer une relecture médicale"))]

    @property
    def has_easy_read(self) -> bool:
        return bool(self.easy_read_intro.strip() or self.easy_read_body)

    def get_cached_paths(self):
        # Wagtail's frontend cache purges these at publication: the article and its easy-read
        # version in the page's language, even when it has none any more (it then answers 404).
        route = EASY_READ_ROUTES.get(self.locale.language_code, EASY_READ_ROUTES["fr"])
        return [*super().get_cached_paths(), route]

    def easy_read_url(self, request=None) -> str:
        """The address of the easy-read version, in the article's language ("" when it has none)."""
        if not self.has_easy_read:
            return ""
        route = EASY_READ_ROUTES.get(translation.get_language(), EASY_READ_ROUTES["fr"])
        return self.get_url(request) + route

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["easy_read_url"] = self.easy_read_url(request)
        return context

    def easy_read_serve(self, request, *, language: str, preview: bool = False):
        """The easy-read page: its own template, 404 when the article has no easy-read text."""
        if translation.get_language() != language or not (self.has_easy_read or preview):
            raise Http404
        context = self.get_context(request)
        # "Checked by readers" holds only for the easy-read text they checked.
        changed = bool(self.easy_read_checked_on) and not easy_read_check_current(self)
        context["easy_read_check_changed"] = changed
        # The language switcher leads to the easy-read version in the other language.
        context["route_suffix"] = EASY_READ_ROUTES
        return TemplateResponse(request, "explainers/article_easy_read.html", context)

    @path("facile/")
    def easy_read_fr(self, request):
        return self.easy_read_serve(request, language="fr")

    @path("easy-read/")
    def easy_read_en(self, request):
        return self.easy_read_serve(request, language="en")

    def serve_preview(self, request, mode_name):
        if mode_name == "easy_read":
            request.is_preview = True
            with translation.override(self.locale.language_code):
                response = self.easy_read_serve(
                    request, language=self.locale.language_code, preview=True
                )
                return response.render()
        return super().serve_preview(request, mode_name)


class StandardPage(IntroBodyMixin, Page):
    """Legal notice, privacy, accessibility statement, glossary: pages with no review line."""

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    template = "explainers/standard_page.html"

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")
