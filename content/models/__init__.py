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
from .workspace import ClinicMembership, MemberRole, NoticeReview

__all__ = [
    "AISystem",
    "AIUse",
    "ArticlePage",
    "BarometerFigure",
    "Clinic",
    "ClinicDirectoryPage",
    "ClinicMembership",
    "EvidenceLink",
    "FooterLinks",
    "GlossaryTerm",
    "HomePage",
    "MemberRole",
    "NoticeReview",
    "NoticeVersion",
    "PatientExpectation",
    "SectionPage",
    "Source",
    "StandardPage",
]
