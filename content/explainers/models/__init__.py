"""The explainers' models: the page types, the reference snippets they cite, the footer's links."""

from .pages import ArticlePage, HomePage, SectionPage, StandardPage
from .reference import BarometerFigure, GlossaryTerm, PatientExpectation, Source
from .settings import FooterLinks

__all__ = [
    "ArticlePage",
    "BarometerFigure",
    "FooterLinks",
    "GlossaryTerm",
    "HomePage",
    "PatientExpectation",
    "SectionPage",
    "Source",
    "StandardPage",
]
