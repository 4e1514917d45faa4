"""The notices' models: the catalogue of AI systems, and the clinics with their uses and versions."""

from .addresses import FormerClinicSlug
from .catalogue import AISystem, EvidenceLink, SystemRequest
from .clinics import AIUse, Clinic, NoticeVersion, UseTexts
from .directory import DirectoryEntry, DirectoryWord
from .easy_read import NoticeEasyReadCheck
from .model_cards import ModelCard
from .templates import UseTemplate

__all__ = [
    "AISystem",
    "AIUse",
    "Clinic",
    "DirectoryEntry",
    "DirectoryWord",
    "EvidenceLink",
    "FormerClinicSlug",
    "ModelCard",
    "NoticeEasyReadCheck",
    "NoticeVersion",
    "SystemRequest",
    "UseTemplate",
    "UseTexts",
]
