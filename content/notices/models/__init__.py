"""The notices' models: the catalogue of AI systems, and the clinics with their uses and versions."""

from .catalogue import AISystem, EvidenceLink
from .clinics import AIUse, Clinic, NoticeVersion

__all__ = ["AISystem", "AIUse", "Clinic", "EvidenceLink", "NoticeVersion"]
