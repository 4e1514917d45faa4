from .disclosures import (
    AISystem,
    AIUse,
    Clinic,
    EvidenceLink,
    NoticeVersion,
)
from .pages import ArticlePage, ClinicDirectoryPage, HomePage, SectionPage, StandardPage
from .reference import BarometerFigure, GlossaryTerm, PatientExpectation, Source
from .settings import FooterLinks

__all__ = [
    "AISystem",
    "AIUse",
    "ArticlePage",
    "BarometerFigure",
    "Clinic",
    "ClinicDirectoryPage",
    "EvidenceLink",
    "FooterLinks",
    "GlossaryTerm",
    "HomePage",
    "NoticeVersion",
    "PatientExpectation",
    "SectionPage",
    "Source",
    "StandardPage",
]
