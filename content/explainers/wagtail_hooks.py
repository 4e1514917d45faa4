"""The explainers' screens in the Wagtail admin: the reference snippets, French and English side by side."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.page_cache import site_memo, site_memo_peek
from content.panels import side_by_side

from .models import BarometerFigure, GlossaryTerm, PatientExpectation, Source


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
