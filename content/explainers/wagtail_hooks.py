"""The explainers' screens in the Wagtail admin: the reference snippets, French and English side by side."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
        side_by_side("description", _("Ce qu'une notice doit dire")),
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
