"""Every model of the app, for Django alone: it loads the models of the app `content` from here.

Django gives a model to the app whose package holds its module, so each capability keeps its own
models and none of them moved in the database. Code imports a model from the capability that
defines it (`content.notices.models`), never from here.
"""

from content.explainers.models import (
    ArticlePage,
    BarometerFigure,
    FooterLinks,
    GlossaryTerm,
    HomePage,
    PatientExpectation,
    SectionPage,
    Source,
    StandardPage,
)
from content.notices.models import (
    AISystem,
    AIUse,
    Clinic,
    DirectoryEntry,
    DirectoryWord,
    EvidenceLink,
    FormerClinicSlug,
    ModelCard,
    NoticeEasyReadCheck,
    NoticeVersion,
    SystemRequest,
    UseTemplate,
)
from content.notices.pages import ClinicDirectoryPage
from content.notifications.models import NotificationSent
from content.patient_messages.models import ConcernCount, MessageAnswer, PatientMessage
from content.registrations.models import RegistrationRequest
from content.visits.models import ApiToken, VisitCard, VisitCardUse, VisitSet
from content.workspace.models import ClinicMembership, NoticeReview

__all__ = [
    "AISystem",
    "AIUse",
    "ApiToken",
    "ArticlePage",
    "BarometerFigure",
    "Clinic",
    "ClinicDirectoryPage",
    "ClinicMembership",
    "ConcernCount",
    "DirectoryEntry",
    "DirectoryWord",
    "EvidenceLink",
    "FooterLinks",
    "FormerClinicSlug",
    "GlossaryTerm",
    "HomePage",
    "MessageAnswer",
    "ModelCard",
    "NoticeEasyReadCheck",
    "NoticeReview",
    "NoticeVersion",
    "NotificationSent",
    "PatientExpectation",
    "PatientMessage",
    "RegistrationRequest",
    "SectionPage",
    "Source",
    "StandardPage",
    "SystemRequest",
    "UseTemplate",
    "VisitCard",
    "VisitCardUse",
    "VisitSet",
]
