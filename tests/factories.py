"""Factories that build only what a test needs."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from content.models import ArticlePage, BarometerFigure, SectionPage, Source


class SourceFactory(factory.django.DjangoModelFactory):
    key = factory.Sequence(lambda n: f"source-{n}")
    title_fr = "Enquête de test"
    title_en = "Test survey"
    publisher_fr = "Institut de test"
    publisher_en = "Test institute"
    year = 2025

    class Meta:
        model = Source


class BarometerFigureFactory(factory.django.DjangoModelFactory):
    key = factory.Sequence(lambda n: f"figure-{n}")
    value = 42
    population = BarometerFigure.Population.PUBLIC
    statement_fr = "des personnes interrogées sont d'accord"
    statement_en = "of the people asked agree"
    source = factory.SubFactory(SourceFactory)

    class Meta:
        model = BarometerFigure


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rubrique {n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        model = SectionPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    intro = "Une introduction."
    reviewed_by = "Dr Test"
    reviewed_on = datetime.date(2026, 10, 1)
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        model = ArticlePage
