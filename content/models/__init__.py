from .disclosures import (
    AISystem,
    AIUse,
    Clinic,
    EvidenceLink,
    NoticeVersion,
)
from .messages import ConcernCount, MessageAnswer, MessageKind, PatientMessage
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
    "ConcernCount",
    "EvidenceLink",
    "FooterLinks",
    "GlossaryTerm",
    "HomePage",
    "MemberRole",
    "MessageAnswer",
    "MessageKind",
    "NoticeReview",
    "NoticeVersion",
    "PatientExpectation",
    "PatientMessage",
    "SectionPage",
    "Source",
    "StandardPage",
]
