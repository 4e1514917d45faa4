"""The explainers' screens in the Wagtail admin: the reference snippets, French and English side by side."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.page_cache import site_memo, site_memo_peek
from content.panels import side_by_side

from .models import BarometerFigure, GlossaryTerm, PatientExpectation, Source
from .readability_rules import body_warning, page_language, readability_report
from .reports import StaleTranslationsView, stale_translations_menu_item


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    list_display = ["title", "publisher", "year"]
    search_fields = ["title_fr", "title_en", "publisher_fr"]
    panels = [
        FieldPanel("key"),
        side_by_side("title", _("Titre")),
        side_by_side("publisher", _("Éditeur")),
        FieldPanel("year"),
        FieldPanel("url"),
        side_by_side("description", _("Description")),
    ]


class BarometerFigureViewSet(SnippetViewSet):
    model = BarometerFigure
    icon = "order"
    list_display = ["display_value", "statement", "population", "source"]
    list_filter = ["population", "source"]
    search_fields = ["statement_fr", "statement_en", "key"]
    panels = [
        FieldPanel("key"),
        FieldRowPanel([FieldPanel("comparison"), FieldPanel("value"), FieldPanel("population")]),
        side_by_side("statement", _("Énoncé")),
        FieldPanel("source"),
    ]


class PatientExpectationViewSet(SnippetViewSet):
    model = PatientExpectation
    icon = "user"
    list_display = ["title", "sort_order"]
    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("sort_order")]),
        side_by_side("title", _("Attente")),
        side_by_side("description", _("Ce qu’une notice doit dire")),
        MultiFieldPanel([FieldPanel("figures")], heading=_("Chiffres qui la montrent")),
    ]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    list_display = ["term", "key"]
    search_fields = ["term_fr", "term_en", "definition_fr"]
    panels = [
        FieldPanel("key"),
        side_by_side("term", _("Terme")),
        side_by_side("definition", _("Définition")),
    ]


class ReferenceGroup(SnippetViewSetGroup):
    menu_label = _("Références")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (SourceViewSet, BarometerFigureViewSet, PatientExpectationViewSet, GlossaryTermViewSet)


register_snippet(ReferenceGroup)


class KeptPageLinkHandler(PageLinkHandler):
    """Wagtail's links to pages in rich text, their addresses kept in the site memo.

    Wagtail looks each linked page up, then its translation, at every rendering: two queries and
    one more per link. A page's address in a language changes with the page tree only.
    """

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        language = translation.get_language()
        keys = [("page_link", str(attrs.get("id")), language) for attrs in attrs_list]
        links = {key: site_memo_peek(key) for key in keys}
        missing = [attrs for attrs, key in zip(attrs_list, keys, strict=True) if links[key] is None]
        if missing:
            built = super().expand_db_attributes_many(missing)
            for attrs, link in zip(missing, built, strict=True):
                key = ("page_link", str(attrs.get("id")), language)
                links[key] = site_memo(key, lambda link=link: link)
        return [links[key] for key in keys]


@hooks.register("register_rich_text_features", order=100)
def keep_page_links(features):
    # After Wagtail's own registration, which this replaces.
    features.register_link_type(KeptPageLinkHandler)


@hooks.register("register_admin_urls")
def register_stale_translations_url():
    return [
        path(
            "reports/translations-to-review/",
            StaleTranslationsView.as_view(),
            name="explainers_stale_translations",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_stale_translations_menu_item():
    return stale_translations_menu_item()


@hooks.register("register_permissions")
def register_medical_review_permission():
    """Lets a group (« Relecteurs médicaux ») be given « Enregistrer une relecture médicale »."""
    return Permission.objects.filter(
        content_type__app_label="content", codename="record_medical_review"
    )


# -- Readability beside the texts, in the page and snippet editors ---------------------------------

# Longer texts are cut before being measured: the score of a page's first pages is enough live.
READABILITY_TEXT_LIMIT = 50_000


@require_POST
def readability_view(request):
    """The readability of a text the editor is typing: JSON of `readability_report`.

    The language is the page's (`page`: the page edited, or the parent of a new one), else
    `language`, "fr" or "en" (a snippet's field: a clinic's introduction, a use's summary); without
    either the answer is 400. Wagtail's admin URLs ask for a signed-in user with admin access, and
    CSRF applies.
    """
    page_id = request.POST.get("page", "")
    language = request.POST.get("language", "")
    if page_id.isdigit():
        page = Page.objects.filter(pk=int(page_id)).select_related("locale").first()
        if page is not None:
            language = page_language(page)
    if language not in ("fr", "en"):
        return JsonResponse({"error": "language must be fr or en"}, status=400)
    text = request.POST.get("text", "")[:READABILITY_TEXT_LIMIT]
    return JsonResponse({"language": language, **readability_report(text, language)})


@hooks.register("register_admin_urls")
def register_readability_url():
    return [path("readability/", readability_view, name="explainers_readability")]


@hooks.register("insert_editor_js")
def readability_editor_js():
    # Its address in a data attribute: the admin's policy allows the site's own scripts.
    return format_html(
        '<script src="{}" data-readability-admin-url="{}" defer></script>',
        static("js/readability.js"),
        reverse("explainers_readability"),
    )


def _warn_hard_body(request, page):
    if hasattr(page, "body") and hasattr(page, "intro"):
        warning = body_warning(page.body.raw_data, page_language(page))
        if warning:
            messages.warning(request, warning)


@hooks.register("after_edit_page")
def warn_hard_body_after_edit(request, page):
    _warn_hard_body(request, page)


@hooks.register("after_create_page")
def warn_hard_body_after_create(request, page):
    _warn_hard_body(request, page)
