"""The notices' models: the catalogue of AI systems, and the clinics with their uses and versions."""

from .catalogue import AISystem, EvidenceLink
from .clinics import AIUse, Clinic, NoticeVersion
from .directory import DirectoryEntry, DirectoryWord

__all__ = [
    "AISystem",
    "AIUse",
    "Clinic",
    "DirectoryEntry",
    "DirectoryWord",
    "EvidenceLink",
    "NoticeVersion",
]
