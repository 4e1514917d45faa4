"""Factories that build only what a test needs."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from content.explainers.models import ArticlePage, BarometerFigure, SectionPage, Source
from content.notices.models import AISystem, AIUse, Clinic, EvidenceLink
from content.patient_messages.models import ConcernCount, MessageAnswer, PatientMessage
from content.vocabulary import (
    AIUSE_TEXT_FIELDS,
    AISystemKind,
    CareStep,
    ClinicKind,
    Country,
    DecisionRole,
    EvidenceKind,
    MemberRole,
    MessageKind,
    RegulatoryStatus,
    TrainingReuse,
)
from content.workspace.models import ClinicMembership


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
    statement_fr = "des personnes interrogées sont d’accord"
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
    # Easy to read: a French page below the readability minimum cannot be published.
    intro = "Un texte court pour le test."
    reviewed_by = "Dr Test"
    reviewed_on = datetime.date(2026, 10, 1)
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        model = ArticlePage


class AISystemFactory(factory.django.DjangoModelFactory):
    """A speech-to-text tool hosted in France, not a medical device."""

    key = factory.Sequence(lambda n: f"systeme-{n}")
    name = factory.Sequence(lambda n: f"Outil {n}")
    label_fr = "Rédige un brouillon du compte rendu"
    label_en = "Drafts the consultation report"
    vendor = "Éditeur de test"
    vendor_country = Country.FR
    kind = AISystemKind.SPEECH
    intended_purpose_fr = "Transcrire la consultation pour le médecin."
    not_intended_for_fr = "Poser un diagnostic."
    regulatory_status = RegulatoryStatus.NOT_MEDICAL_DEVICE
    hosting_country = Country.FR
    processing_country = factory.LazyAttribute(lambda system: system.hosting_country)
    hds_certified = True
    training_reuse = TrainingReuse.NO
    version = "1.0"
    last_reviewed = datetime.date(2026, 9, 1)

    class Meta:
        model = AISystem


class EvidenceLinkFactory(factory.django.DjangoModelFactory):
    ai_system = factory.SubFactory(AISystemFactory)
    kind = EvidenceKind.PEER_REVIEWED
    title_fr = factory.Sequence(lambda n: f"Étude de test {n}")
    url = "https://example.org/etude"

    class Meta:
        model = EvidenceLink


def use_text(name: str, number: int) -> str:
    """A French text for one item of a use, recognisable in a page.

    Its second sentence keeps it easy to read whatever the number (each digit counts a syllable):
    a summary must reach the readability minimum to be published.
    """
    return (
        f"Texte {name} de l'usage {number}. Il dit ce que fait l’outil, en mots de tous les jours."
    )


class AIUseFactory(factory.django.DjangoModelFactory):
    """A complete use: every text written in French, none in English unless given."""

    clinic = factory.SubFactory("tests.factories.ClinicFactory")
    ai_system = factory.SubFactory(AISystemFactory)
    care_step = CareStep.DOCUMENTATION
    decision_role = DecisionRole.DRAFTS
    patient_interacts = False
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = AIUse

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for name in AIUSE_TEXT_FIELDS:
            kwargs.setdefault(f"{name}_fr", use_text(name, kwargs["sort_order"]))
        return kwargs


class ClinicFactory(factory.django.DjangoModelFactory):
    """A clinic never published: its notice is a draft until it is published through a revision."""

    name = factory.Sequence(lambda n: f"Cabinet de test {n}")
    slug = factory.Sequence(lambda n: f"cabinet-de-test-{n}")
    kind = ClinicKind.GP_PRACTICE
    street_address = "1 rue de la Paix"
    postcode = "75002"
    city = "Paris"
    ai_contact_name_fr = "L’accueil du cabinet"
    ai_contact_email = "ia@cabinet.example"
    live = False

    class Meta:
        model = Clinic


def published_clinic(*, uses: int = 1, **overrides) -> Clinic:
    """A clinic with `uses` complete uses, each with its own system, published the Wagtail way.

    Publishing goes through `save_revision().publish()`, so it meets the obligations and records
    NoticeVersion 1. Returns the clinic as saved (live).
    """
    clinic = ClinicFactory(**overrides)
    for _ in range(uses):
        AIUseFactory(clinic=clinic)
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    return clinic


class ClinicUserFactory(factory.django.DjangoModelFactory):
    """A clinic member's account as onboarding makes it: no staff flag, no group, no permission."""

    username = factory.Sequence(lambda n: f"membre-{n}@cabinet.example")
    email = factory.LazyAttribute(lambda user: user.username)
    is_staff = False
    is_superuser = False

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class MembershipFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(ClinicUserFactory)
    clinic = factory.SubFactory(ClinicFactory)
    role = MemberRole.EDITOR

    class Meta:
        model = ClinicMembership


def member(clinic: Clinic, role: str = MemberRole.EDITOR, **user_fields):
    """A new user holding `role` in the clinic and nothing else. Returns the user."""
    return MembershipFactory(clinic=clinic, role=role, user=ClinicUserFactory(**user_fields)).user


class PatientMessageFactory(factory.django.DjangoModelFactory):
    """A new question to a clinic, about no particular use, from a patient who gave no name."""

    clinic = factory.SubFactory(ClinicFactory)
    kind = MessageKind.QUESTION
    body = "Qui relit le compte rendu ?"

    class Meta:
        model = PatientMessage


class MessageAnswerFactory(factory.django.DjangoModelFactory):
    message = factory.SubFactory(PatientMessageFactory)
    body = "Votre médecin le relit avant de le signer."

    class Meta:
        model = MessageAnswer


class ConcernCountFactory(factory.django.DjangoModelFactory):
    """Counts only: how many concerns a clinic received about a system in one month."""

    clinic = factory.SubFactory(ClinicFactory)
    ai_system = factory.SubFactory(AISystemFactory)
    kind = MessageKind.CONCERN
    month = datetime.date(2026, 1, 1)
    count = 1

    class Meta:
        model = ConcernCount
