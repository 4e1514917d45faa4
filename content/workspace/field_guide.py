"""What the notice form tells a clinic about each field: what to write, an example, and why it is asked.

`help` speaks to the clinic's staff; `example` is written as the patient reads it in the notice; `why`
names the law (France, EU) and/or the patient expectation of the Baromètre IA & Data en santé 2025
behind the field. The anchors follow `shared/reference/disclosure-fields.md`;
`content.notices.rules.obligations` decides which fields a notice must fill before it is published.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class FieldGuide:
    help: Promise  # what to write, for the clinic's staff (1-2 short sentences, plain French)
    example: Promise  # a realistic example answer, as a patient would read it (1-3 sentences)
    why: Promise  # why it is asked: the law and/or the patient expectation, with its figure


CLINIC_GUIDE: dict[str, FieldGuide] = {
    "name": FieldGuide(
        help=_("Indiquez le nom de votre structure, tel que vos patients le connaissent."),
        example=_("Notice d’information sur l’usage de l’IA – Maison de santé des Tilleuls"),
        why=_(
            "RGPD, art. 13 : le patient doit savoir quelle structure est responsable du traitement de ses données."
        ),
    ),
    "kind": FieldGuide(
        help=_("Choisissez le type de structure le plus proche de la vôtre."),
        example=_("Maison ou centre de santé, Lyon."),
        why=_(
            "Le patient reconnaît le lieu de ses soins. 84 % des Français veulent être informés par leur soignant quand il utilise l’IA pour eux. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "introduction": FieldGuide(
        help=_(
            "(facultatif) Une ou deux phrases d’accueil, écrites au patient. Elles s’affichent en tête de la notice."
        ),
        example=_(
            "Bienvenue. Dans notre maison de santé, quelques outils d’IA aident l’équipe. Cette notice vous dit lesquels, à quoi ils servent et comment les refuser."
        ),
        why=_(
            "Aucune loi ne l’exige, mais un mot de l’équipe rend la notice plus proche. 84 % des Français veulent que leur soignant leur dise quand il utilise l’IA. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "street_address": FieldGuide(
        help=_("Indiquez le numéro et le nom de la rue où vous recevez les patients."),
        example=_("Adresse : 12 rue des Lilas, 69003 Lyon"),
        why=_(
            "RGPD, art. 13 : le patient doit avoir les coordonnées de la structure qui traite ses données."
        ),
    ),
    "postcode": FieldGuide(
        help=_("Indiquez le code postal, en cinq chiffres."),
        example=_("Adresse : 12 rue des Lilas, 69003 Lyon"),
        why=_(
            "RGPD, art. 13 : le patient doit avoir les coordonnées de la structure qui traite ses données."
        ),
    ),
    "city": FieldGuide(
        help=_("Indiquez la ville ou la commune."),
        example=_("Adresse : 12 rue des Lilas, 69003 Lyon"),
        why=_(
            "RGPD, art. 13 : le patient doit avoir les coordonnées de la structure qui traite ses données. La ville permet aussi de trouver votre notice dans l’annuaire du portail."
        ),
    ),
    "phone": FieldGuide(
        help=_("(facultatif) Le numéro principal de la structure, par exemple celui de l’accueil."),
        example=_("Adresse : 12 rue des Lilas, 69003 Lyon – 04 72 00 00 00"),
        why=_(
            "RGPD, art. 13 : le patient doit avoir les coordonnées de la structure qui traite ses données. Un numéro aide celui qui préfère appeler."
        ),
    ),
    "website": FieldGuide(
        help=_(
            "(facultatif) L’adresse complète de votre site web, si vous en avez un, avec https au début."
        ),
        example=_("Notre site web : https://www.maison-sante-exemple.fr"),
        why=_("Aucune loi ne l’exige. Le patient peut y trouver vos autres informations."),
    ),
    "ai_contact_name": FieldGuide(
        help=_(
            "Indiquez qui répond aux questions des patients sur l’IA : une personne ou une fonction. Ce champ est obligatoire pour publier."
        ),
        example=_(
            "Vos questions sur l’IA : l’accueil de la maison de santé, du lundi au vendredi de 8 h à 19 h."
        ),
        why=_(
            "RGPD, art. 13 : le patient doit savoir à qui s’adresser au sujet de ses données. 42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques : un interlocuteur identifié y répond. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "ai_contact_email": FieldGuide(
        help=_(
            "Indiquez un courriel que quelqu’un lit chaque semaine. Il faut un courriel ou un téléphone pour publier."
        ),
        example=_("Vos questions sur l’IA : ia@maison-sante-exemple.fr"),
        why=_(
            "RGPD, art. 13 : le patient doit avoir vos coordonnées. 42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques : il doit pouvoir écrire ou parler à une personne. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "ai_contact_phone": FieldGuide(
        help=_(
            "Indiquez un numéro où une personne répond. Il faut un courriel ou un téléphone pour publier."
        ),
        example=_("Vos questions sur l’IA : 04 72 00 00 01"),
        why=_(
            "RGPD, art. 13 : le patient doit avoir vos coordonnées. 42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques : il doit pouvoir écrire ou parler à une personne. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "dpo_name": FieldGuide(
        help=_(
            "(facultatif) Si votre structure a un délégué à la protection des données (DPO), indiquez son nom ou sa fonction."
        ),
        example=_("Délégué à la protection des données : Mme Claire Martin"),
        why=_(
            "RGPD, art. 13 : si vous avez un délégué à la protection des données, le patient doit avoir ses coordonnées."
        ),
    ),
    "dpo_email": FieldGuide(
        help=_(
            "(facultatif) Le courriel du délégué à la protection des données, si vous en avez un."
        ),
        example=_("Délégué à la protection des données : dpo@maison-sante-exemple.fr"),
        why=_(
            "RGPD, art. 13 : si vous avez un délégué à la protection des données, le patient doit avoir ses coordonnées."
        ),
    ),
    "responsible_physician": FieldGuide(
        help=_(
            "(facultatif) Le nom du médecin qui répond de l’usage de l’IA dans votre structure."
        ),
        example=_("Médecin responsable : Dr Paul Durand"),
        why=_(
            "34 % des Français citent une responsabilité floue en cas d’erreur parmi les principaux risques : le nom d’un médecin responsable y répond. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "responsible_physician_role": FieldGuide(
        help=_(
            "(facultatif) Sa fonction, en quelques mots : sa spécialité, son rôle dans l’équipe."
        ),
        example=_(
            "Médecin responsable : Dr Paul Durand, médecin généraliste et coordinateur de la maison de santé"
        ),
        why=_(
            "Le patient comprend qui est ce médecin et pourquoi il répond de l’IA. 34 % des Français citent une responsabilité floue en cas d’erreur parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "second_opinion_on_request": FieldGuide(
        help=_(
            "Cochez si, à la demande du patient, un autre professionnel relit le résultat d’un outil. La notice le présente comme votre engagement, pas comme une loi."
        ),
        example=_(
            "Ce que nous nous engageons à faire : si vous le demandez, un autre professionnel relit le résultat d’un outil."
        ),
        why=_(
            "Aucun texte ne l’impose : lors du vote de l’art. L4001-3 du Code de la santé publique, le gouvernement l’a évoqué sans l’écrire dans la loi. 42 % des Français citent les erreurs médicales dues à l’IA parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
}

USE_GUIDE: dict[str, FieldGuide] = {
    "ai_system": FieldGuide(
        help=_(
            "Choisissez l’outil dans le catalogue du portail. S’il n’y est pas, demandez à l’équipe du portail de l’ajouter."
        ),
        example=_(
            "Assistant de compte rendu – Rédige un brouillon du compte rendu de consultation."
        ),
        why=_(
            "La fiche de l’outil dit au patient qui l’a conçu, s’il est un dispositif médical et où sont hébergées ses données. 86 % des Français préfèrent des outils d’IA français ou européens. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "care_step": FieldGuide(
        help=_(
            "Choisissez l’étape des soins où l’outil sert. Ce choix décide des informations que la notice doit donner."
        ),
        example=_("Utilisé pour : dossier et comptes rendus."),
        why=_(
            "Pour la prévention, le diagnostic, les soins et le tri, la notice doit dire les bénéfices, les risques et les autres solutions (Code de la santé publique, art. L1111-2). Pour un dispositif médical qui apprend de données, utilisé en prévention, diagnostic ou soins, l’art. L4001-3 demande aussi d’informer le patient et de le prévenir de l’interprétation du résultat."
        ),
    ),
    "patient_interacts": FieldGuide(
        help=_(
            "Cochez si le patient échange lui-même avec l’outil : agent conversationnel, assistant vocal, questionnaire en ligne qui répond."
        ),
        example=_(
            "Vous échangez directement avec cet outil, qui est une IA. Vous pouvez à tout moment demander à parler à une personne."
        ),
        why=_(
            "Règlement européen sur l’IA, art. 50 : une personne qui échange avec une IA doit le savoir, au plus tard au premier échange. Ce texte ne demande pas de contact humain, mais 42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques : dites comment joindre une personne. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "decision_role": FieldGuide(
        help=_(
            "Choisissez le rôle de l’outil dans la décision : il informe, il aide, il prépare un brouillon ou il décide seul."
        ),
        example=_("Son rôle : prépare un brouillon que le soignant valide."),
        why=_(
            "RGPD, art. 22 : le patient a le droit de ne pas faire l’objet d’une décision importante prise uniquement par une machine. Le règlement européen sur l’IA (art. 26) impose un contrôle humain aux seuls systèmes à haut risque, comme le tri des patients aux urgences. Chez les professionnels de santé, 96 % jugent indispensable ou préférable que l’IA soit supervisée par un professionnel. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "declinable": FieldGuide(
        help=_(
            "Cochez si vous soignez sans l’outil le patient qui le refuse. Ne cochez pas si l’outil ne peut pas être écarté pour un seul patient : dites alors dans « comment refuser » ce qui reste possible."
        ),
        example=_(
            "Ce que nous nous engageons à faire : si vous refusez l’outil, nous vous soignons sans lui, avec le même soin."
        ),
        why=_(
            "C’est un engagement de votre structure, que la notice sépare des droits que donne la loi. 42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques : ils veulent savoir s’ils peuvent dire non. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "summary": FieldGuide(
        help=_(
            "Dites en deux ou trois phrases simples ce que l’outil fait pour le patient, chez vous."
        ),
        example=_(
            "Pendant la consultation, l’outil écoute l’échange et prépare un brouillon du compte rendu. Votre médecin le relit et le corrige avant de l’ajouter à votre dossier."
        ),
        why=_(
            "RGPD, art. 13 : le patient doit savoir à quoi servent les données que l’outil traite pour lui. 84 % des Français souhaitent être informés par le professionnel de santé quand il utilise l’IA dans leur prise en charge. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "human_oversight": FieldGuide(
        help=_(
            "Dites qui relit ou contrôle le résultat de l’outil (sa fonction), et à quel moment."
        ),
        example=_(
            "Votre médecin relit chaque brouillon et le corrige si besoin avant de le signer. Rien n’entre dans votre dossier sans son accord."
        ),
        why=_(
            "Pour un système à haut risque, comme le tri des patients aux urgences, le règlement européen sur l’IA (art. 26) demande de confier son contrôle à des personnes compétentes et formées. Pour les autres outils, aucun texte ne l’impose, mais les patients l’attendent : 42 % des Français citent les erreurs médicales dues à l’IA parmi les principaux risques. Chez les professionnels de santé, 96 % jugent indispensable ou préférable que l’IA soit supervisée. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "patient_data": FieldGuide(
        help=_(
            "Dites concrètement quelles données du patient l’outil utilise : l’enregistrement de la consultation, les radios, une partie du dossier…"
        ),
        example=_(
            "L’outil utilise l’enregistrement de la consultation. Il n’a pas accès au reste de votre dossier."
        ),
        why=_(
            "RGPD, art. 13 : le patient doit savoir quelles données le concernant sont traitées, et pourquoi. 89 % des Français estiment que l’IA en santé comporte des risques liés au traitement des données de santé. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "retention": FieldGuide(
        help=_(
            "Dites combien de temps l’outil et son éditeur gardent les données, et ce qu’elles deviennent ensuite."
        ),
        example=_(
            "L’enregistrement est effacé dans les 24 heures. Le compte rendu validé reste dans votre dossier médical, comme les autres."
        ),
        why=_(
            "RGPD, art. 13 : le patient doit savoir combien de temps ses données sont gardées. 89 % des Français estiment que l’IA en santé comporte des risques liés au traitement des données de santé. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "data_transfer": FieldGuide(
        help=_(
            "Si des données quittent l’Espace économique européen, dites vers quel pays et ce qui les protège. Sinon, laissez vide."
        ),
        example=_(
            "Une partie du traitement a lieu aux États-Unis. Ce transfert est encadré par les clauses types de la Commission européenne, qui protègent vos données."
        ),
        why=_(
            "RGPD, art. 13 et chapitre V : le patient doit savoir si ses données quittent l’Espace économique européen, et ce qui les protège. 86 % des Français préfèrent des outils d’IA français ou européens. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "identifiable_data": FieldGuide(
        help=_(
            "Pour une IA générative : dites ce que l’outil reçoit de l’identité du patient, et ce qui est retiré avant l’envoi."
        ),
        example=_(
            "Avant d’envoyer le texte à l’outil, nous retirons votre nom, votre date de naissance et votre adresse. L’outil ne reçoit que le contenu médical."
        ),
        why=_(
            "Code de la santé publique, art. L1110-4 (secret médical). La HAS (guide A.V.E.C.) et la CNIL (questions-réponses sur l’IA générative) recommandent de ne pas saisir dans une IA générative de données qui identifient le patient. 29 % des Français citent les atteintes à la confidentialité des données de santé parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "benefits": FieldGuide(
        help=_(
            "Dites ce que le patient y gagne, concrètement : plus de temps d’écoute, un résultat plus rapide…"
        ),
        example=_(
            "Votre médecin tape moins pendant la consultation : il peut vous regarder et vous écouter. Vous recevez votre compte rendu plus vite."
        ),
        why=_(
            "Pour la prévention, le diagnostic, les soins et le tri, le Code de la santé publique (art. L1111-2) demande de dire l’utilité des soins proposés. 80 % des Français veulent des informations claires sur les bénéfices et les risques de ces usages. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "risks": FieldGuide(
        help=_(
            "Dites les erreurs possibles et les limites de l’outil, sans jargon. Reprenez celles de la fiche de l’éditeur."
        ),
        example=_(
            "L’outil peut mal comprendre un mot ou un nom de médicament, ou ajouter une phrase qui n’a pas été dite. Il comprend moins bien quand plusieurs personnes parlent en même temps."
        ),
        why=_(
            "Pour la prévention, le diagnostic, les soins et le tri, le Code de la santé publique (art. L1111-2) demande de dire les risques fréquents ou graves. 80 % des Français veulent des informations claires sur les bénéfices et les risques de ces usages. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "risk_mitigation": FieldGuide(
        help=_(
            "Dites ce que vous faites contre ces risques : relecture, double lecture, arrêt de l’outil en cas de problème."
        ),
        example=_(
            "Votre médecin relit tout le brouillon et vérifie chaque nom de médicament. Si l’outil se trompe souvent, nous arrêtons de l’utiliser et prévenons l’éditeur."
        ),
        why=_(
            "Aucun texte ne demande de dire comment vous limitez les risques, mais les patients l’attendent : 42 % des Français citent les erreurs médicales dues à l’IA parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "alternative": FieldGuide(
        help=_(
            "Dites comment les choses se passent sans l’outil. Si le patient échange avec l’outil, dites comment joindre une personne à la place."
        ),
        example=_(
            "Sans l’outil, votre médecin prend des notes et rédige lui-même le compte rendu. Vos soins restent les mêmes."
        ),
        why=_(
            "Pour la prévention, le diagnostic, les soins et le tri, le Code de la santé publique (art. L1111-2) demande de dire les autres solutions possibles. 42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "how_to_decline": FieldGuide(
        help=_(
            "Dites à qui le patient peut dire non, et ce que cela change (ou non) pour ses soins."
        ),
        example=_(
            "Si vous ne voulez pas de l’outil, dites-le à votre médecin au début de la consultation. Il ne l’utilisera pas, et vos soins seront les mêmes."
        ),
        why=_(
            "Pour la prévention, le diagnostic, les soins et le tri, le Code de la santé publique (art. L1111-2) demande de dire ce qui se passe si le patient refuse. Pour les autres usages, aucun texte ne l’impose, mais 42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques : ils veulent savoir comment dire non. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "when_told": FieldGuide(
        help=_(
            "Dites quand et comment le patient est prévenu : à la prise de rendez-vous, en début de consultation, à la remise des résultats…"
        ),
        example=_(
            "Votre médecin vous prévient au début de la consultation, avant de lancer l’outil. Une affiche dans la salle d’attente le signale aussi."
        ),
        why=_(
            "Code de la santé publique, art. L4001-3 : le patient est informé quand un dispositif médical qui a appris à partir de données sert pour lui en prévention, diagnostic ou soins. Règlement européen sur l’IA : s’il échange avec une IA, il le sait au plus tard au premier échange (art. 50) ; pour le tri des patients aux urgences, il est informé que le système sert pour lui (art. 26). 84 % des Français souhaitent être informés. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "interpretation": FieldGuide(
        help=_(
            "Dites qui explique le résultat de l’outil au patient, et comment il peut demander l’avis d’un autre soignant."
        ),
        example=_(
            "Votre radiologue examine lui-même vos images et vous explique le résultat. Vous pouvez demander qu’un autre médecin relise l’examen."
        ),
        why=_(
            "Code de la santé publique, art. L4001-3 : pour un dispositif médical qui a appris à partir de données, le patient est averti, le cas échéant, de l’interprétation qui en résulte. 42 % des Français citent les erreurs médicales dues à l’IA parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "answer_if_wrong": FieldGuide(
        help=_(
            "Répondez à la question « Et si l’outil se trompe ? » : qui voit l’erreur, et ce que vous faites."
        ),
        example=_(
            "Votre médecin relit tout et corrige les erreurs avant de signer. Si vous voyez une erreur dans votre compte rendu, dites-le-nous : nous la corrigeons."
        ),
        why=_(
            "42 % des Français citent les erreurs médicales dues à l’IA parmi les principaux risques : c’est le premier cité, à égalité avec la perte de lien humain. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "answer_human_contact": FieldGuide(
        help=_(
            "Répondez à la question « Est-ce que je verrai toujours mon soignant ? » : dites ce que l’outil ne remplace pas."
        ),
        example=_(
            "Oui. L’outil ne remplace aucun rendez-vous. Vous voyez toujours votre médecin, qui prend les décisions avec vous."
        ),
        why=_(
            "42 % des Français citent la perte de lien humain avec le professionnel parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "answer_responsibility": FieldGuide(
        help=_(
            "Répondez à la question « Qui est responsable ? » : qui répond des décisions de soins, et qui répond d’un défaut de l’outil."
        ),
        example=_(
            "Votre médecin reste responsable de vos soins et de ce qu’il signe. Si l’outil a un défaut, son fabricant en répond aussi."
        ),
        why=_(
            "34 % des Français citent une responsabilité floue en cas d’erreur parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "answer_reliability": FieldGuide(
        help=_(
            "Répondez à la question « Est-ce fiable ? » : ce que montrent les études ou les contrôles, et vos propres vérifications."
        ),
        example=_(
            "L’outil a été évalué dans une étude publiée, sur plusieurs centaines de consultations. Dans notre cabinet, nous relisons chaque mois quelques comptes rendus pour vérifier sa qualité."
        ),
        why=_(
            "33 % des Français citent la fiabilité des résultats parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
    "answer_data_access": FieldGuide(
        help=_(
            "Répondez à la question « Qui voit mes données ? » : qui peut y accéder, chez vous et chez l’éditeur."
        ),
        example=_(
            "Seuls votre médecin et le secrétariat voient votre compte rendu. L’éditeur n’a pas accès à vos données et ne s’en sert pas pour entraîner son IA."
        ),
        why=_(
            "RGPD, art. 13 : le patient doit savoir qui reçoit ses données. 29 % des Français citent les atteintes à la confidentialité des données de santé parmi les principaux risques. Source : Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)."
        ),
    ),
}


def guide_for(field: str) -> FieldGuide | None:
    """The guide of a Clinic or AIUse field by name, or None."""
    return CLINIC_GUIDE.get(field) or USE_GUIDE.get(field)
