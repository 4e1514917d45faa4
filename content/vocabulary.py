"""The portal's shared vocabulary: the choices that models, rules and forms all speak.

Nothing here imports from the project, so that the pure rules and the models can both stand on it.
Changing a label changes what patients read; changing a code changes stored data (a migration).
"""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    """Countries where vendors sit and data are hosted: the EEA first, then frequent elsewhere."""

    FR = "FR", _("France")
    DE = "DE", _("Allemagne")
    AT = "AT", _("Autriche")
    BE = "BE", _("Belgique")
    BG = "BG", _("Bulgarie")
    CY = "CY", _("Chypre")
    HR = "HR", _("Croatie")
    DK = "DK", _("Danemark")
    ES = "ES", _("Espagne")
    EE = "EE", _("Estonie")
    FI = "FI", _("Finlande")
    GR = "GR", _("Grèce")
    HU = "HU", _("Hongrie")
    IE = "IE", _("Irlande")
    IS = "IS", _("Islande")
    IT = "IT", _("Italie")
    LV = "LV", _("Lettonie")
    LI = "LI", _("Liechtenstein")
    LT = "LT", _("Lituanie")
    LU = "LU", _("Luxembourg")
    MT = "MT", _("Malte")
    NO = "NO", _("Norvège")
    NL = "NL", _("Pays-Bas")
    PL = "PL", _("Pologne")
    PT = "PT", _("Portugal")
    CZ = "CZ", _("République tchèque")
    RO = "RO", _("Roumanie")
    SK = "SK", _("Slovaquie")
    SI = "SI", _("Slovénie")
    SE = "SE", _("Suède")
    CH = "CH", _("Suisse")
    GB = "GB", _("Royaume-Uni")
    US = "US", _("États-Unis")
    CA = "CA", _("Canada")
    IL = "IL", _("Israël")
    IN = "IN", _("Inde")
    JP = "JP", _("Japon")
    KR = "KR", _("Corée du Sud")
    CN = "CN", _("Chine")
    SG = "SG", _("Singapour")
    AU = "AU", _("Australie")


# The European Economic Area: the EU's 27 states with Iceland, Liechtenstein and Norway.
EEA_COUNTRIES = frozenset(
    "FR DE AT BE BG CY HR DK ES EE FI GR HU IE IS IT LV LI LT LU MT NO NL PL PT CZ RO SK SI SE".split()
)

# The countries outside the EEA, in the order of `Country`: where someone may reach data from.
NON_EEA_COUNTRIES = tuple(
    (code, label) for code, label in Country.choices if code not in EEA_COUNTRIES
)

# How French says "in" and "from" a country: « en France », « aux États-Unis », « à Chypre »;
# « depuis la France », « depuis l’Inde », « depuis Israël ». Codes absent take « en » and « la ».
COUNTRY_IN_FR = {
    **dict.fromkeys(("DK", "LI", "LU", "PT", "GB", "CA", "JP"), "au "),
    **dict.fromkeys(("NL", "US"), "aux "),
    **dict.fromkeys(("CY", "MT", "SG"), "à "),
}
COUNTRY_ARTICLE_FR = {
    **dict.fromkeys(("DE", "AT", "ES", "EE", "IE", "IS", "IT", "IN", "AU"), "l’"),
    **dict.fromkeys(("DK", "LI", "LU", "PT", "GB", "CA", "JP"), "le "),
    **dict.fromkeys(("NL", "US"), "les "),
    **dict.fromkeys(("CY", "MT", "SG", "IL"), ""),
}
# English names that take "the": "in the United States", "from the Netherlands".
COUNTRY_THE_EN = frozenset(("NL", "US", "GB"))


class AISystemKind(models.TextChoices):
    RULES = "rules", _("à base de règles")
    MACHINE_LEARNING = "machine_learning", _("apprentissage automatique")
    GENERATIVE = "generative", _("IA générative")
    SPEECH = "speech", _("reconnaissance vocale")
    # A chatbot for any task (letters, summaries), bought off the shelf: not a medical device.
    GENERAL_ASSISTANT = "general_assistant", _("assistant généraliste d’IA générative")


class RegulatoryStatus(models.TextChoices):
    NOT_MEDICAL_DEVICE = "not_medical_device", _("pas un dispositif médical")
    CE_I = "ce_i", _("dispositif médical marqué CE, classe I")
    CE_IIA = "ce_iia", _("dispositif médical marqué CE, classe IIa")
    CE_IIB = "ce_iib", _("dispositif médical marqué CE, classe IIb")
    CE_III = "ce_iii", _("dispositif médical marqué CE, classe III")


# Classes above I are assessed by a notified body, whose name and number the marking carries.
NOTIFIED_BODY_STATUSES = frozenset(
    {RegulatoryStatus.CE_IIA, RegulatoryStatus.CE_IIB, RegulatoryStatus.CE_III}
)


class TrainingReuse(models.TextChoices):
    NO = "no", _("non")
    OPT_OUT = "opt_out", _("oui, sauf si vous vous y opposez")
    YES = "yes", _("oui")


class EvidenceKind(models.TextChoices):
    PEER_REVIEWED = "peer_reviewed", _("étude publiée dans une revue à comité de lecture")
    CLINICAL_TRIAL = "clinical_trial", _("essai clinique")
    AUTHORITY = "authority", _("avis d’une autorité de santé")
    VENDOR = "vendor", _("document de l’éditeur")


class ClinicKind(models.TextChoices):
    GP_PRACTICE = "gp_practice", _("cabinet de médecine générale")
    HEALTH_CENTRE = "health_centre", _("maison ou centre de santé")
    RADIOLOGY = "radiology", _("centre d’imagerie médicale")
    HOSPITAL_DEPARTMENT = "hospital_department", _("service hospitalier")
    OTHER = "other", _("autre structure de soins")


class CareStep(models.TextChoices):
    PREVENTION = "prevention", _("prévention")
    DIAGNOSIS = "diagnosis", _("diagnostic")
    CARE = "care", _("soins et traitement")
    DOCUMENTATION = "documentation", _("dossier et comptes rendus")
    ADMINISTRATION = "administration", _("organisation et administration")
    COMMUNICATION = "communication", _("échanges avec les patients")
    TRIAGE = "triage", _("tri des patients aux urgences")
    RESEARCH = "research", _("recherche")


class DecisionRole(models.TextChoices):
    INFORMS = "informs", _("donne une information au soignant")
    AUGMENTS = "augments", _("aide le soignant à décider")
    DRAFTS = "drafts", _("prépare un brouillon que le soignant valide")
    DECIDES = "decides", _("décide seul")


# The clinic's texts for each use of AI, in the order the notice tells them.
# A passage of a template's draft that the clinic must check or complete, kept in the text itself:
# « [[à vérifier : la durée de conservation chez votre éditeur]] ». Submitting refuses a text with one.
TEMPLATE_MARK = re.compile(r"\[\[([^\[\]]{1,400})\]\]")

AIUSE_TEXT_FIELDS = (
    "summary",
    "human_oversight",
    "patient_data",
    "retention",
    "data_transfer",
    "identifiable_data",
    "benefits",
    "risks",
    "risk_mitigation",
    "alternative",
    "how_to_decline",
    "when_told",
    "interpretation",
    "answer_if_wrong",
    "answer_human_contact",
    "answer_responsibility",
    "answer_reliability",
    "answer_data_access",
)


class MemberRole(models.TextChoices):
    EDITOR = "editor", _("rédaction")
    REVIEWER = "reviewer", _("relecture médicale")
    # Issues visit cards, and nothing else: no notice, no inbox, no token.
    CLINICIAN = "clinician", _("soignant (cartes de visite)")


class DoneInVisit(models.TextChoices):
    """What a tool did in one visit, by its role in the decision (`DecisionRole`), in the past."""

    INFORMS = "informs", _("a donné une information au soignant")
    AUGMENTS = "augments", _("a aidé le soignant à décider")
    DRAFTS = "drafts", _("a préparé un brouillon, relu par un soignant")
    DECIDES = "decides", _("a donné un résultat sans attendre la vérification d’un soignant")


class ProfessionalRole(models.TextChoices):
    """The profession of whoever checked a tool's work in a visit (the visit card names it)."""

    GP = "gp", _("médecin généraliste")
    DOCTOR = "doctor", _("médecin")
    SPECIALIST = "specialist", _("médecin spécialiste")
    RADIOLOGIST = "radiologist", _("médecin radiologue")
    EMERGENCY = "emergency", _("médecin urgentiste")
    RESIDENT = "resident", _("interne")
    # A letter names one person: the feminine and the masculine are two choices.
    NURSE_F = "nurse_f", _("infirmière")
    NURSE_M = "nurse_m", _("infirmier")
    MIDWIFE = "midwife", _("sage-femme")
    RADIOGRAPHER_F = "radiographer_f", _("manipulatrice en radiologie")
    RADIOGRAPHER_M = "radiographer_m", _("manipulateur en radiologie")
    PHYSIOTHERAPIST = "physio", _("kinésithérapeute")
    PHARMACIST_F = "pharmacist_f", _("pharmacienne")
    PHARMACIST_M = "pharmacist_m", _("pharmacien")
    DENTIST = "dentist", _("chirurgien-dentiste")


class MessageKind(models.TextChoices):
    QUESTION = "question", _("poser une question")
    CONCERN = "concern", _("signaler un problème avec un résultat")
    DECLINE = "decline", _("refuser l’usage d’un outil")
    ACCESS = "access", _("demander mes données et le résultat de l’outil")
