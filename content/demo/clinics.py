"""Demo clinics, the AI systems they use, and the directory page of their notices.

Pure data, read by the demo loader (see FORMAT.md in this folder). Every clinic, vendor, product,
notified body, study and person here is fictional; addresses and links point to example.org.

- AI_SYSTEMS: the catalogue (AISystem fields, with ``evidence`` as a list of EvidenceLink fields).
- CLINICS: the clinics (Clinic fields) with their ``uses`` (AIUse fields; ``ai_system`` is a system key,
  ``key`` a stable UUID so that a use keeps its identity from one published version to the next).
- CLINIC_HISTORY: earlier published versions of a clinic's notice, oldest first. Each says which uses
  it had (``uses``: use key → fields that differed then) and which clinic fields differed (``clinic``).
  The loader publishes them in order, then the clinic as CLINICS describes it.
- DIRECTORY: the directory page in each language.

Translated fields are written ``<field>_fr`` and ``<field>_en``. An empty English text is shown in French
on the English notice. French strings use ordinary spaces before ":", ";", "!", "?", "%" and "»", and
after "«"; the loader applies French typography.
"""

# Stable ids of the uses (AIUse.key).
TILLEULS_SCRIBE = "bea77d9f-d718-48a9-8892-5462b0f53557"
TILLEULS_LETTERS = "7d81c56d-bb80-4bb0-b041-a12af25fe431"
PARC_FRACTURES = "7a9d4c2a-3901-4b37-b7e4-d796444efa32"
PARC_DICTATION = "2a057b2d-5e17-4385-a32f-35d9e7fb3898"
VERNOUILLAC_TRIAGE = "821cb6e9-7bc7-4953-82e4-2df5d47de886"

AI_SYSTEMS = [
    dict(
        key="transcrivia-consultation",
        name="Transcrivia Consultation",
        label_fr="Rédige un brouillon du compte rendu à partir de la conversation",
        label_en="Drafts the consultation note from the conversation",
        vendor="Transcrivia SAS",
        vendor_country="FR",
        kind="generative",
        foundation_model="Merle 2 (Transcrivia SAS, France)",
        intended_purpose_fr=(
            "Aider les médecins de ville à rédiger le compte rendu de consultation. L’outil écoute la "
            "conversation entre le médecin et le patient et la transcrit. Il propose ensuite un brouillon "
            "rangé par rubriques, que le médecin relit et corrige."
        ),
        intended_purpose_en=(
            "Helping community doctors write the consultation note. The tool listens to the conversation "
            "between the doctor and the patient and transcribes it. It then suggests a draft sorted into "
            "headings, which the doctor reads and corrects."
        ),
        not_intended_for_fr=(
            "Il ne pose pas de diagnostic et ne propose pas de traitement. Il n’est pas fait pour les "
            "appels d’urgence, ni pour une consultation sans médecin présent. Le brouillon ne doit jamais "
            "entrer dans le dossier sans relecture."
        ),
        not_intended_for_en=(
            "It does not make a diagnosis and does not suggest treatment. It is not designed for "
            "emergency calls, nor for a consultation without a doctor present. The draft must never go "
            "into the record without being read."
        ),
        regulatory_status="not_medical_device",
        notified_body="",
        hosting_country="FR",
        processing_country="FR",
        outside_eea_access=[],
        hds_certified=True,
        data_leave_eea=False,
        training_reuse="no",
        version="3.4",
        last_reviewed="2026-09-15",
        evidence=[
            dict(
                kind="vendor",
                title_fr="Notice d’utilisation de Transcrivia Consultation, version 3.4",
                title_en="Instructions for use of Transcrivia Consultation, version 3.4",
                url="https://example.org/transcrivia/notice-utilisation-3-4",
            ),
            dict(
                kind="vendor",
                title_fr="Résumé public de l’analyse d’impact sur la protection des données",
                title_en="Public summary of the data protection impact assessment",
                url="https://example.org/transcrivia/analyse-impact-resume",
            ),
        ],
    ),
    dict(
        key="missivia-courrier",
        name="Missivia Courrier",
        label_fr="Propose un brouillon de courrier médical à partir des notes du médecin",
        label_en="Suggests a draft medical letter from the doctor’s notes",
        vendor="Missivia SAS",
        vendor_country="FR",
        kind="generative",
        foundation_model="Quillmark 4 (Quillmark Labs Inc., USA)",
        intended_purpose_fr=(
            "Aider les soignants à rédiger leurs courriers : lettre à un spécialiste, synthèse remise au "
            "patient, certificat simple. Le soignant donne ses notes, sans le nom du patient. L’outil "
            "propose un texte clair, que le soignant relit, corrige et signe."
        ),
        intended_purpose_en=(
            "Helping health professionals write their letters: a letter to a specialist, a summary given "
            "to the patient, a simple certificate. The professional gives their notes, without the "
            "patient’s name. The tool suggests a clear text, which the professional reads, corrects and "
            "signs."
        ),
        not_intended_for_fr=(
            "Il ne remplace pas l’avis du médecin et ne sert pas à chercher un diagnostic ou un "
            "traitement. Il n’est pas fait pour les ordonnances, les certificats de décès ou les documents "
            "juridiques. L’éditeur demande de ne jamais y saisir le nom, l’adresse ou le numéro de "
            "sécurité sociale du patient."
        ),
        not_intended_for_en=(
            "It does not replace the doctor’s opinion and is not used to look for a diagnosis or a "
            "treatment. It is not designed for prescriptions, death certificates or legal documents. The "
            "vendor asks users never to type in the patient’s name, address or social security number."
        ),
        regulatory_status="not_medical_device",
        notified_body="",
        hosting_country="FR",
        # Notes stored in France; the language model runs on servers in the United States.
        processing_country="US",
        outside_eea_access=["US"],
        hds_certified=True,
        data_leave_eea=True,
        training_reuse="no",
        version="2.1",
        last_reviewed="2026-10-02",
        evidence=[
            dict(
                kind="vendor",
                title_fr="Missivia Courrier : où vont les données et combien de temps elles restent",
                title_en="Missivia Courrier: where the data go and how long they stay",
                url="https://example.org/missivia/traitement-des-donnees",
            ),
            dict(
                kind="vendor",
                title_fr="Guide de bon usage de Missivia Courrier pour les soignants",
                title_en="Missivia Courrier good-practice guide for health professionals",
                url="https://example.org/missivia/guide-bon-usage",
            ),
        ],
    ),
    dict(
        key="fractolux",
        name="Fractolux",
        label_fr="Signale au radiologue les fractures possibles sur les radiographies",
        label_en="Flags possible fractures on X-rays for the radiologist",
        vendor="Strahlwerk Medical GmbH",
        vendor_country="DE",
        kind="machine_learning",
        foundation_model="",
        intended_purpose_fr=(
            "Aider les radiologues et les médecins urgentistes à repérer les fractures sur les "
            "radiographies des membres, du bassin et des côtes, chez l’adulte et l’enfant de plus de "
            "2 ans. L’outil entoure sur l’image les zones où il suspecte une fracture. Le médecin garde "
            "toujours la décision."
        ),
        intended_purpose_en=(
            "Helping radiologists and emergency physicians spot fractures on X-rays of the limbs, pelvis "
            "and ribs, in adults and in children over 2 years old. The tool circles the areas of the "
            "image where it suspects a fracture. The doctor always keeps the decision."
        ),
        not_intended_for_fr=(
            "Il ne sert pas pour le crâne ni pour la colonne vertébrale, ni pour les scanners et les IRM. "
            "Il n’est pas validé chez l’enfant de moins de 2 ans. Il ne doit jamais être utilisé sans "
            "qu’un médecin lise l’image."
        ),
        not_intended_for_en=(
            "It is not used for the skull or the spine, nor for CT or MRI scans. It is not validated in "
            "children under 2 years old. It must never be used without a doctor reading the image."
        ),
        regulatory_status="ce_iia",
        notified_body="Ardentis Certification (n° 9931)",
        hosting_country="DE",
        processing_country="DE",
        outside_eea_access=[],
        hds_certified=True,
        data_leave_eea=False,
        training_reuse="opt_out",
        version="5.2",
        last_reviewed="2026-08-27",
        evidence=[
            dict(
                kind="peer_reviewed",
                title_fr=(
                    "Détection des fractures par Fractolux sur 4 200 radiographies de six services "
                    "d’urgences européens (2025)"
                ),
                title_en=(
                    "Fracture detection by Fractolux on 4,200 X-rays from six European emergency "
                    "departments (2025)"
                ),
                url="https://example.org/etudes/fractolux-six-services-2025",
            ),
            dict(
                kind="vendor",
                title_fr="Notice d’utilisation et résumé des performances de Fractolux 5",
                title_en="Fractolux 5 instructions for use and performance summary",
                url="https://example.org/strahlwerk/fractolux-5-notice",
            ),
        ],
    ),
    dict(
        key="triavel-accueil",
        name="Triavel Accueil Urgences",
        label_fr="Recueille vos symptômes à l’arrivée aux urgences pour l’infirmier d’accueil",
        label_en="Collects your symptoms on arrival at the emergency department for the triage nurse",
        vendor="Triavel Health SA",
        vendor_country="CH",
        kind="machine_learning",
        foundation_model="",
        intended_purpose_fr=(
            "Aider l’infirmier organisateur de l’accueil des urgences à classer les patients par degré "
            "d’urgence. Sur une tablette, le patient répond à des questions simples sur ses symptômes. "
            "L’outil résume les réponses et propose un niveau de priorité, que l’infirmier confirme ou "
            "change."
        ),
        intended_purpose_en=(
            "Helping the emergency department’s triage nurse sort patients by how urgent their case is. "
            "On a tablet, the patient answers simple questions about their symptoms. The tool summarises "
            "the answers and suggests a priority level, which the nurse confirms or changes."
        ),
        not_intended_for_fr=(
            "Il ne pose pas de diagnostic et ne donne aucun conseil de traitement. Il n’est pas fait pour "
            "les urgences vitales, pour les enfants de moins de 15 ans, ni pour les personnes qui ne "
            "peuvent pas répondre seules. Il ne remplace jamais l’évaluation par l’infirmier."
        ),
        not_intended_for_en=(
            "It does not make a diagnosis and gives no treatment advice. It is not designed for "
            "life-threatening emergencies, for children under 15, or for people who cannot answer on "
            "their own. It never replaces the nurse’s assessment."
        ),
        regulatory_status="ce_iia",
        notified_body="Valcert Santé (n° 9862)",
        hosting_country="FR",
        # The vendor sits in Switzerland but cannot reach the answers (answer_data_access below).
        processing_country="FR",
        outside_eea_access=[],
        hds_certified=True,
        data_leave_eea=False,
        training_reuse="no",
        version="1.8",
        last_reviewed="2026-07-20",
        evidence=[
            dict(
                kind="peer_reviewed",
                title_fr=(
                    "Priorité proposée par Triavel et priorité retenue par l’infirmier : étude dans "
                    "trois services d’urgences (2025)"
                ),
                title_en=(
                    "Priority suggested by Triavel and priority decided by the nurse: a study in three "
                    "emergency departments (2025)"
                ),
                url="https://example.org/etudes/triavel-trois-services-2025",
            ),
            dict(
                kind="vendor",
                title_fr="Notice d’utilisation de Triavel Accueil Urgences, version 1.8",
                title_en="Instructions for use of Triavel Accueil Urgences, version 1.8",
                url="https://example.org/triavel/notice-utilisation-1-8",
            ),
        ],
    ),
    dict(
        key="vocaline-dictee",
        name="Vocaline Dictée",
        label_fr="Transforme en texte le compte rendu que le radiologue dicte",
        label_en="Turns the report the radiologist dictates into text",
        vendor="Vocaline SRL",
        vendor_country="BE",
        kind="speech",
        foundation_model="",
        intended_purpose_fr=(
            "Permettre aux médecins de dicter leurs comptes rendus et de les obtenir sous forme de texte. "
            "L’outil connaît le vocabulaire médical. Le médecin relit le texte et le corrige avant de le "
            "signer."
        ),
        intended_purpose_en=(
            "Letting doctors dictate their reports and get them as text. The tool knows medical "
            "vocabulary. The doctor reads the text and corrects it before signing it."
        ),
        not_intended_for_fr=(
            "Il ne rédige rien de lui-même : il écrit seulement ce que le médecin dit. Il n’est pas fait "
            "pour enregistrer les conversations avec les patients."
        ),
        not_intended_for_en=(
            "It writes nothing of its own: it only writes what the doctor says. It is not designed to "
            "record conversations with patients."
        ),
        regulatory_status="not_medical_device",
        notified_body="",
        hosting_country="FR",
        processing_country="FR",
        outside_eea_access=[],
        hds_certified=True,
        data_leave_eea=False,
        training_reuse="no",
        version="7.0",
        last_reviewed="2026-06-11",
        evidence=[
            dict(
                kind="vendor",
                title_fr="Notice d’utilisation de Vocaline Dictée, version 7",
                title_en="Instructions for use of Vocaline Dictée, version 7",
                url="https://example.org/vocaline/notice-utilisation-7",
            ),
        ],
    ),
    # A general-purpose assistant, as most clinicians use one: bought for any writing task, not a
    # medical device. No demo clinic uses it yet; the "assistant" template starts from it.
    dict(
        key="polymnia-assistant",
        name="Polymnia Assistant",
        label_fr="Propose des brouillons de courriers et de résumés à partir d’un texte sans nom",
        label_en="Suggests drafts of letters and summaries from a text without names",
        vendor="Polymnia SAS",
        vendor_country="FR",
        kind="general_assistant",
        foundation_model="Aster 3 (Polymnia SAS, France)",
        intended_purpose_fr=(
            "Un assistant d’écriture pour les entreprises et les professionnels : rédiger un courrier, "
            "résumer un document, reformuler un texte, traduire. L’éditeur ne le destine pas à un métier "
            "en particulier. Dans une structure de soins, il sert à préparer des textes à partir "
            "d’informations qui ne permettent pas de reconnaître le patient."
        ),
        intended_purpose_en=(
            "A writing assistant for businesses and professionals: writing a letter, summarising a "
            "document, rewording a text, translating. The vendor does not design it for any particular "
            "trade. In a place of care, it helps prepare texts from information that does not let anyone "
            "recognise the patient."
        ),
        not_intended_for_fr=(
            "Ce n’est pas un dispositif médical : l’éditeur exclut tout usage pour poser un diagnostic, "
            "choisir un traitement ou trier des patients. Ses réponses peuvent être fausses et doivent "
            "toujours être relues. L’éditeur demande de ne pas y saisir de données de santé qui "
            "identifient une personne."
        ),
        not_intended_for_en=(
            "It is not a medical device: the vendor excludes any use to make a diagnosis, choose a "
            "treatment or sort patients. Its answers can be wrong and must always be checked. The vendor "
            "asks users not to type in health data that identify a person."
        ),
        regulatory_status="not_medical_device",
        notified_body="",
        # Stored and run in the vendor's own data centres near Paris; support staff in France only.
        hosting_country="FR",
        processing_country="FR",
        outside_eea_access=[],
        hds_certified=False,
        data_leave_eea=False,
        training_reuse="no",
        version="3.2",
        last_reviewed="2026-11-18",
        evidence=[
            dict(
                kind="vendor",
                title_fr="Polymnia Assistant pour les organisations : conditions de traitement des données",
                title_en="Polymnia Assistant for organisations: data processing terms",
                url="https://example.org/polymnia/conditions-traitement-donnees",
            ),
        ],
    ),
]

# What the catalogue recorded after the demo's notices were published: the radiology centre's
# notice tells its patients that the publisher of its dictation tool changed a fact, until the
# centre approves its notice again (content.notices.catalogue_changes).
CATALOGUE_CHANGES = {"vocaline-dictee": {"version": "7.2"}}

CLINICS = [
    dict(
        name="Cabinet médical des Tilleuls",
        name_article="le",
        slug="cabinet-medical-des-tilleuls",
        second_opinion_on_request=False,
        # Months between this version's publication and the demo's load (version 1: CLINIC_HISTORY).
        published_months_ago=3,
        kind="gp_practice",
        introduction_fr=(
            "Au cabinet, l’intelligence artificielle nous aide à écrire, par exemple le compte rendu "
            "de consultation et les courriers. Elle ne soigne pas et ne décide de rien. Cette page vous "
            "dit, outil par outil, comment nous l’utilisons et comment la refuser."
        ),
        introduction_en=(
            "At the practice, artificial intelligence helps us write, for example the consultation "
            "note and letters. It does not treat you and decides nothing. This page tells you, tool by "
            "tool, how we use it and how to refuse it."
        ),
        street_address="12 rue des Tilleuls",
        postcode="41100",
        city="Vendôme",
        phone="02 61 91 24 10",
        website="https://example.org/cabinet-des-tilleuls",
        ai_contact_name_fr="l’accueil du cabinet",
        ai_contact_name_en="the practice reception",
        ai_contact_email="ia.cabinet-tilleuls@example.org",
        ai_contact_phone="02 61 91 24 10",
        dpo_name="Claire Joubert",
        dpo_email="dpo.cabinet-tilleuls@example.org",
        responsible_physician="Dr Anne Marchal",
        responsible_physician_role_fr="médecin généraliste, responsable des outils numériques du cabinet",
        responsible_physician_role_en="general practitioner, in charge of the practice’s digital tools",
        uses=[
            dict(
                key=TILLEULS_SCRIBE,
                ai_system="transcrivia-consultation",
                care_step="documentation",
                patient_interacts=False,
                decision_role="drafts",
                declinable=True,
                summary_fr=(
                    "Avec votre accord, le médecin met l’outil en marche au début de la consultation. "
                    "L’outil écoute la conversation et l’écrit. À la fin, il propose un brouillon du "
                    "compte rendu. Le médecin le relit, le corrige et l’enregistre dans votre dossier."
                ),
                summary_en=(
                    "With your agreement, the doctor switches the tool on at the start of the "
                    "consultation. The tool listens to the conversation and writes it down. At the end, "
                    "it suggests a draft of the consultation note. The doctor reads it, corrects it and "
                    "saves it in your record."
                ),
                human_oversight_fr=(
                    "Votre médecin relit chaque brouillon en entier avant de l’enregistrer, le jour "
                    "même. Il vérifie avec un soin particulier les noms de médicaments, les doses, les "
                    "chiffres et vos antécédents. Rien n’entre dans votre dossier sans sa validation."
                ),
                human_oversight_en=(
                    "Your doctor reads every draft in full before saving it, on the same day. They "
                    "check drug names, doses, figures and your medical history with particular care. "
                    "Nothing goes into your record until they approve it."
                ),
                patient_data_fr=(
                    "Le son de la consultation, c’est-à-dire votre voix et celle du médecin. La "
                    "transcription écrite de la conversation. Le brouillon du compte rendu. L’outil ne "
                    "lit pas le reste de votre dossier médical."
                ),
                patient_data_en=(
                    "The sound of the consultation, that is your voice and the doctor’s. The written "
                    "transcript of the conversation. The draft note. The tool does not read the rest of "
                    "your medical record."
                ),
                retention_fr=(
                    "L’enregistrement sonore est effacé dès que le médecin a validé le compte rendu, et "
                    "au plus tard 48 heures après la consultation. La transcription et le brouillon sont "
                    "effacés chez l’éditeur au bout de 7 jours. Seul le compte rendu validé reste dans "
                    "votre dossier, comme tout compte rendu."
                ),
                retention_en=(
                    "The sound recording is deleted as soon as the doctor approves the note, and at the "
                    "latest 48 hours after the consultation. The transcript and the draft are deleted "
                    "from the vendor’s servers after 7 days. Only the approved note stays in your "
                    "record, like any other consultation note."
                ),
                data_transfer_fr="",
                data_transfer_en="",
                identifiable_data_fr=(
                    "L’outil entend tout ce qui se dit, donc parfois votre nom ou votre adresse. Il ne "
                    "reçoit ni votre numéro de sécurité sociale ni votre dossier. Il est relié à votre "
                    "dossier par un numéro de consultation, pas par votre nom. Les données restent en "
                    "France, chez un hébergeur certifié pour les données de santé."
                ),
                identifiable_data_en=(
                    "The tool hears everything that is said, so sometimes your name or your address. It "
                    "receives neither your social security number nor your record. It is linked to your "
                    "record by a consultation number, not by your name. The data stay in France, with a "
                    "host certified for health data."
                ),
                benefits_fr=(
                    "Le médecin tape moins pendant la consultation. Il peut davantage vous regarder et "
                    "vous écouter. Le compte rendu est souvent plus complet, car il reprend ce que vous "
                    "avez dit avec vos mots."
                ),
                benefits_en=(
                    "The doctor types less during the consultation. They can look at you and listen to "
                    "you more. The note is often more complete, because it uses what you said in your "
                    "own words."
                ),
                risks_fr=(
                    "L’outil peut mal entendre un mot, surtout un nom de médicament ou un chiffre, ou "
                    "écrire « hypotension » au lieu de « hypertension ». Il peut aussi ajouter une phrase "
                    "que personne n’a dite, ou oublier un détail important. Il comprend moins bien quand "
                    "plusieurs personnes parlent en même temps, quand il y a du bruit, ou avec un accent "
                    "qu’il connaît mal."
                ),
                risks_en=(
                    "The tool can mishear a word, especially a drug name or a number, or write "
                    "'hypotension' instead of 'hypertension'. It can also add a sentence nobody said, or "
                    "leave out an important detail. It understands less well when several people talk at "
                    "once, when there is noise, or with an accent it does not know well."
                ),
                risk_mitigation_fr=(
                    "Le médecin relit tout le brouillon le jour même, quand la consultation est encore "
                    "fraîche dans sa mémoire. Il vérifie une à une les lignes sur les médicaments et les "
                    "doses. Les erreurs trouvées sont signalées à l’éditeur chaque mois. Si l’outil fait "
                    "trop d’erreurs, nous arrêtons de l’utiliser."
                ),
                risk_mitigation_en=(
                    "The doctor reads the whole draft on the same day, while the consultation is still "
                    "fresh in their mind. They check the lines on medicines and doses one by one. The "
                    "errors found are reported to the vendor every month. If the tool makes too many "
                    "errors, we stop using it."
                ),
                alternative_fr=(
                    "Sans l’outil, le médecin prend ses notes au clavier pendant la consultation, comme "
                    "avant. Vos soins sont les mêmes."
                ),
                alternative_en=(
                    "Without the tool, the doctor types notes on the keyboard during the consultation, "
                    "as before. Your care is the same."
                ),
                how_to_decline_fr=(
                    "Dites-le à l’accueil ou au médecin, avant ou pendant la consultation. Le médecin "
                    "arrête l’outil. Vous n’avez pas à vous justifier. Vous pouvez aussi demander que ce "
                    "choix soit noté pour toutes vos consultations. Votre refus ne change rien à vos "
                    "soins."
                ),
                how_to_decline_en=(
                    "Tell the reception or the doctor, before or during the consultation. The doctor "
                    "switches the tool off. You do not have to give a reason. You can also ask for this "
                    "choice to be noted for all your consultations. Refusing changes nothing in your "
                    "care."
                ),
                when_told_fr=(
                    "Une affiche dans la salle d’attente l’annonce. Au début de la consultation, le "
                    "médecin vous demande si vous êtes d’accord. Un petit voyant sur l’écran montre quand "
                    "l’outil écoute."
                ),
                when_told_en=(
                    "A poster in the waiting room announces it. At the start of the consultation, the "
                    "doctor asks whether you agree. A small light on the screen shows when the tool is "
                    "listening."
                ),
                interpretation_fr=(
                    "L’outil ne produit aucun résultat médical : il écrit seulement un compte rendu. Pour "
                    "savoir ce que le médecin a noté, demandez-lui de vous le lire ou de vous en donner "
                    "une copie."
                ),
                interpretation_en=(
                    "The tool produces no medical result: it only writes a note. To find out what the "
                    "doctor wrote down, ask them to read it to you or to give you a copy."
                ),
                answer_if_wrong_fr=(
                    "Si le compte rendu contient une erreur, dites-le au médecin, même des semaines "
                    "après. Il corrige le compte rendu dans votre dossier et note la date de la "
                    "correction. Une erreur d’écriture ne change pas les décisions prises pendant la "
                    "consultation : c’est le médecin qui les prend, avec vous."
                ),
                answer_if_wrong_en=(
                    "If the note contains an error, tell the doctor, even weeks later. They correct the "
                    "note in your record and write down the date of the correction. A writing error does "
                    "not change the decisions taken during the consultation: the doctor takes them, with "
                    "you."
                ),
                answer_human_contact_fr=(
                    "Oui. L’outil ne vous parle pas et ne vous pose aucune question. Il ne remplace pas "
                    "la consultation. Le but est même l’inverse : que le médecin regarde moins son écran "
                    "et davantage vous."
                ),
                answer_human_contact_en=(
                    "Yes. The tool does not talk to you and asks you no questions. It does not replace "
                    "the consultation. The aim is the opposite: the doctor looks less at the screen and "
                    "more at you."
                ),
                answer_responsibility_fr=(
                    "Le médecin qui valide le compte rendu en est responsable, comme d’un compte rendu "
                    "écrit à la main. S’il laisse passer une erreur, c’est sa responsabilité. Si l’outil a "
                    "un défaut, l’éditeur Transcrivia en répond aussi. Le Dr Marchal répond de l’usage "
                    "de l’outil au cabinet."
                ),
                answer_responsibility_en=(
                    "The doctor who approves the note is responsible for it, as for a note written by "
                    "hand. If they let an error through, it is their responsibility. If the tool has a "
                    "defect, the vendor Transcrivia is liable too. Dr Marchal answers for the use of the "
                    "tool at the practice."
                ),
                answer_reliability_fr=(
                    "Pendant nos premières semaines d’utilisation, le médecin a corrigé en moyenne deux "
                    "ou trois éléments par compte rendu, le plus souvent un nom de médicament ou un "
                    "chiffre. C’est pourquoi la relecture complète est obligatoire. L’outil n’est pas un "
                    "dispositif médical : il n’a pas été évalué pour aider au diagnostic, et il ne sert "
                    "pas à cela."
                ),
                answer_reliability_en=(
                    "During our first weeks of use, the doctor corrected two or three items per note on "
                    "average, most often a drug name or a number. This is why a full reading is "
                    "compulsory. The tool is not a medical device: it has not been assessed as an aid to "
                    "diagnosis, and it is not used for that."
                ),
                answer_data_access_fr=(
                    "Le son et la transcription ne sont accessibles qu’à votre médecin. Les techniciens "
                    "de l’éditeur, tenus au secret, n’y accèdent qu’en cas de panne. L’éditeur ne s’en "
                    "sert pas pour entraîner son IA. Vous pouvez demander au cabinet le compte rendu "
                    "validé, et le brouillon tant qu’il n’est pas effacé."
                ),
                answer_data_access_en=(
                    "Only your doctor can access the sound and the transcript. The vendor’s technicians, "
                    "bound by confidentiality, access them only in case of a fault. The vendor does not "
                    "use them to train its AI. You can ask the practice for the approved note, and for "
                    "the draft as long as it has not been deleted."
                ),
            ),
            dict(
                key=TILLEULS_LETTERS,
                ai_system="missivia-courrier",
                care_step="documentation",
                patient_interacts=False,
                decision_role="drafts",
                declinable=True,
                summary_fr=(
                    "Quand le médecin doit écrire un courrier, par exemple à un spécialiste, il peut "
                    "demander un brouillon à l’outil. Il lui donne ses notes, sans votre nom. L’outil "
                    "propose un texte. Le médecin le relit, le corrige et le signe."
                ),
                summary_en=(
                    "When the doctor has to write a letter, for example to a specialist, they can ask "
                    "the tool for a draft. They give it their notes, without your name. The tool suggests "
                    "a text. The doctor reads it, corrects it and signs it."
                ),
                human_oversight_fr=(
                    "Le médecin qui signe le courrier relit chaque phrase avant l’envoi. Il vérifie que "
                    "le texte dit bien ce qu’il veut dire, et rien de plus. Aucun courrier ne part sans "
                    "sa signature."
                ),
                human_oversight_en=(
                    "The doctor who signs the letter reads every sentence before it is sent. They check "
                    "that the text says exactly what they mean, and nothing more. No letter goes out "
                    "without their signature."
                ),
                patient_data_fr=(
                    "Les notes du médecin utiles au courrier : le motif, vos symptômes, vos traitements, "
                    "vos résultats d’examens. Le médecin remplace votre nom par « le patient » ou « la "
                    "patiente ». Il ajoute vos coordonnées à la fin, dans le logiciel du cabinet, en "
                    "dehors de l’outil."
                ),
                patient_data_en=(
                    "The doctor’s notes needed for the letter: the reason for it, your symptoms, your "
                    "treatments, your test results. The doctor replaces your name with 'the patient'. "
                    "They add your contact details at the end, in the practice software, outside the "
                    "tool."
                ),
                retention_fr=(
                    "L’éditeur garde les notes envoyées et le brouillon 30 jours, puis les efface. Le "
                    "fournisseur du modèle de langue efface le texte au bout de 30 jours au plus. Le "
                    "courrier signé est gardé dans votre dossier, comme tout courrier."
                ),
                retention_en=(
                    "The vendor keeps the notes sent and the draft for 30 days, then deletes them. The "
                    "language model provider deletes the text after 30 days at most. The signed letter is "
                    "kept in your record, like any other letter."
                ),
                data_transfer_fr=(
                    "Oui, une partie quitte l’Europe. Pour écrire le brouillon, l’outil envoie les notes "
                    "du médecin au modèle de langue Quillmark 4, qui tourne sur des serveurs aux "
                    "États-Unis. Ce transfert est encadré par les clauses contractuelles types de la "
                    "Commission européenne. Le texte ne contient pas votre nom, il est chiffré pendant "
                    "le trajet et il ne sert pas à entraîner le modèle."
                ),
                data_transfer_en=(
                    "Yes, part of them leave Europe. To write the draft, the tool sends the doctor’s "
                    "notes to the Quillmark 4 language model, which runs on servers in the United "
                    "States. This transfer is covered by the European Commission’s standard contractual "
                    "clauses. The text does not contain your name, it is encrypted on the way and it is "
                    "not used to train the model."
                ),
                identifiable_data_fr=(
                    "L’outil ne reçoit ni votre nom, ni votre date de naissance, ni votre adresse, ni "
                    "votre numéro de sécurité sociale. Le médecin les retire avant d’envoyer ses notes. "
                    "Mais les notes décrivent votre santé : un détail rare pourrait, en théorie, "
                    "permettre de vous reconnaître. C’est pourquoi le médecin n’y met que ce dont le "
                    "courrier a besoin."
                ),
                identifiable_data_en=(
                    "The tool receives neither your name, nor your date of birth, nor your address, nor "
                    "your social security number. The doctor removes them before sending the notes. But "
                    "the notes describe your health: a rare detail could, in theory, make it possible to "
                    "recognise you. This is why the doctor includes only what the letter needs."
                ),
                benefits_fr=(
                    "Les courriers sont prêts plus vite. Ils sont souvent plus clairs et mieux rangés. Le "
                    "médecin garde ce temps pour les consultations."
                ),
                benefits_en=(
                    "Letters are ready sooner. They are often clearer and better organised. The doctor "
                    "keeps that time for consultations."
                ),
                risks_fr=(
                    "L’outil peut inventer un détail absent des notes, comme une ancienne maladie ou un "
                    "résultat d’examen. En reformulant, il peut aussi changer le sens d’une phrase, ou "
                    "présenter comme certain ce qui ne l’est pas encore. Enfin, une partie des données "
                    "est traitée hors d’Europe."
                ),
                risks_en=(
                    "The tool can invent a detail that is not in the notes, such as a past illness or a "
                    "test result. When rewording, it can also change the meaning of a sentence, or "
                    "present as certain something that is not yet certain. Lastly, part of the data is "
                    "processed outside Europe."
                ),
                risk_mitigation_fr=(
                    "Le médecin compare le brouillon à ses notes avant de signer. Il retire tout ce qu’il "
                    "n’a pas écrit lui-même. Il n’utilise pas l’outil pour les courriers où chaque mot "
                    "compte, comme l’annonce d’une maladie grave. Les noms et les numéros qui vous "
                    "identifient sont retirés avant l’envoi des notes."
                ),
                risk_mitigation_en=(
                    "The doctor compares the draft with their notes before signing. They remove anything "
                    "they did not write themselves. They do not use the tool for letters where every "
                    "word matters, such as news of a serious illness. The names and numbers that "
                    "identify you are removed before the notes are sent."
                ),
                alternative_fr=(
                    "Sans l’outil, le médecin écrit le courrier lui-même, comme avant. Le courrier peut "
                    "alors mettre un peu plus de temps à partir."
                ),
                alternative_en=(
                    "Without the tool, the doctor writes the letter themselves, as before. The letter "
                    "may then take a little longer to go out."
                ),
                how_to_decline_fr=(
                    "Dites à l’accueil ou au médecin que vous ne voulez pas de l’outil pour vos "
                    "courriers. Ce choix est noté dans votre dossier et vaut pour tous vos courriers. Vos "
                    "soins restent les mêmes."
                ),
                how_to_decline_en=(
                    "Tell the reception or the doctor that you do not want the tool used for your "
                    "letters. Your choice is noted in your record and applies to all your letters. Your "
                    "care stays the same."
                ),
                when_told_fr=(
                    "Cette notice et l’affiche de la salle d’attente le disent. Le courrier porte aussi, "
                    "en bas, la mention « Brouillon préparé avec l’aide d’un outil d’IA, relu et validé "
                    "par le médecin »."
                ),
                when_told_en=(
                    "This notice and the poster in the waiting room say so. The letter also carries, at "
                    "the bottom, the words 'Draft prepared with the help of an AI tool, read and approved "
                    "by the doctor'."
                ),
                interpretation_fr=(
                    "Le courrier dit ce que le médecin a décidé, pas ce que l’outil a proposé. Si une "
                    "phrase vous semble fausse ou difficile à comprendre, demandez au médecin de vous "
                    "l’expliquer."
                ),
                interpretation_en=(
                    "The letter says what the doctor decided, not what the tool suggested. If a sentence "
                    "seems wrong or hard to understand, ask the doctor to explain it."
                ),
                answer_if_wrong_fr=(
                    "Si vous lisez une erreur dans un courrier, dites-le au cabinet. Le médecin corrige "
                    "le courrier et envoie la version corrigée au même destinataire. Il note aussi "
                    "l’erreur, pour savoir si elle vient de l’outil."
                ),
                answer_if_wrong_en=(
                    "If you read an error in a letter, tell the practice. The doctor corrects the letter "
                    "and sends the corrected version to the same recipient. They also record the error, "
                    "to find out whether it came from the tool."
                ),
                answer_human_contact_fr=(
                    "Oui. L’outil sert seulement à écrire, après la consultation. Il ne vous parle pas "
                    "et ne remplace aucun rendez-vous."
                ),
                answer_human_contact_en=(
                    "Yes. The tool is only used for writing, after the consultation. It does not talk to "
                    "you and replaces no appointment."
                ),
                answer_responsibility_fr=(
                    "Le médecin qui signe le courrier en est responsable, mot pour mot. L’éditeur "
                    "Missivia répond des défauts de son outil et de la protection des données qu’il "
                    "traite. Le Dr Marchal répond de l’usage de l’outil au cabinet."
                ),
                answer_responsibility_en=(
                    "The doctor who signs the letter is responsible for it, word for word. The vendor "
                    "Missivia is liable for defects in its tool and for protecting the data it "
                    "processes. Dr Marchal answers for the use of the tool at the practice."
                ),
                answer_reliability_fr=(
                    "L’outil écrit bien, mais il n’est pas conçu pour avoir raison sur le fond : il peut "
                    "se tromper sur un fait médical. Ce n’est pas un dispositif médical. Sa fiabilité "
                    "repose donc sur la relecture du médecin, pas sur l’outil lui-même."
                ),
                answer_reliability_en=(
                    "The tool writes well, but it is not designed to be right on the substance: it can "
                    "get a medical fact wrong. It is not a medical device. Its reliability therefore "
                    "rests on the doctor’s reading, not on the tool itself."
                ),
                answer_data_access_fr=(
                    "Le médecin, l’éditeur Missivia et, le temps du calcul, le fournisseur américain du "
                    "modèle de langue. Aucun d’eux ne reçoit votre nom, et aucun ne se sert des notes "
                    "pour entraîner une IA. Le courrier signé est lu par son destinataire, comme tout "
                    "courrier médical."
                ),
                answer_data_access_en=(
                    "The doctor, the vendor Missivia and, while the text is being processed, the American "
                    "language model provider. None of them receives your name, and none uses the notes "
                    "to train an AI. The signed letter is read by the person it is addressed to, like any "
                    "medical letter."
                ),
            ),
        ],
    ),
    dict(
        name="Centre d’imagerie médicale du Parc",
        name_article="le",
        slug="centre-imagerie-du-parc",
        second_opinion_on_request=True,
        kind="radiology",
        introduction_fr=(
            "Dans notre centre, l’IA aide les radiologues à repérer les fractures et à écrire leurs "
            "comptes rendus. Un radiologue lit toujours vos images et signe votre compte rendu."
        ),
        introduction_en=(
            "In our centre, AI helps the radiologists spot fractures and write their reports. A "
            "radiologist always reads your images and signs your report."
        ),
        street_address="8 avenue du Parc",
        postcode="81000",
        city="Albi",
        phone="05 36 49 31 20",
        website="https://example.org/imagerie-du-parc",
        ai_contact_name_fr="le secrétariat du centre",
        ai_contact_name_en="the centre’s front desk",
        ai_contact_email="ia.imagerie-du-parc@example.org",
        ai_contact_phone="05 36 49 31 20",
        dpo_name="Julien Ferrand",
        dpo_email="dpo.imagerie-du-parc@example.org",
        responsible_physician="Dr Karim Benali",
        responsible_physician_role_fr="radiologue, médecin responsable du centre",
        responsible_physician_role_en="radiologist, head of the centre",
        uses=[
            dict(
                key=PARC_FRACTURES,
                ai_system="fractolux",
                care_step="diagnosis",
                patient_interacts=False,
                decision_role="augments",
                declinable=True,
                summary_fr=(
                    "Quand vous passez une radiographie d’un os, par exemple après une chute, l’outil "
                    "analyse l’image. Il entoure les endroits où il voit peut-être une fracture. Le "
                    "radiologue lit l’image lui-même, regarde ce que l’outil a signalé, puis décide."
                ),
                summary_en=(
                    "When you have an X-ray of a bone, for example after a fall, the tool analyses the "
                    "image. It circles the places where it may see a fracture. The radiologist reads the "
                    "image themselves, looks at what the tool flagged, then decides."
                ),
                human_oversight_fr=(
                    "Un radiologue lit chaque radiographie en entier. Il lit d’abord l’image seul, puis "
                    "il regarde les zones signalées par l’outil. Il peut accepter ou rejeter chaque "
                    "signalement. C’est lui qui écrit et signe le compte rendu."
                ),
                human_oversight_en=(
                    "A radiologist reads every X-ray in full. They first read the image on their own, "
                    "then look at the areas the tool flagged. They can accept or reject each flag. They "
                    "are the one who writes and signs the report."
                ),
                patient_data_fr=(
                    "Vos images de radiographie, avec votre âge, votre sexe et la partie du corps "
                    "examinée. L’outil ne reçoit ni votre nom ni le reste de votre dossier."
                ),
                patient_data_en=(
                    "Your X-ray images, with your age, your sex and the part of the body examined. The "
                    "tool receives neither your name nor the rest of your record."
                ),
                retention_fr=(
                    "L’éditeur garde vos images 24 heures au plus, le temps de l’analyse, puis les "
                    "efface. Une exception : sauf si vous vous y opposez, il peut garder une copie de "
                    "certaines images, sans votre nom, pendant 5 ans au plus, pour améliorer l’outil. "
                    "Vos images et votre compte rendu restent au centre aussi longtemps que le prévoient "
                    "les règles des dossiers médicaux, en général 20 ans après votre dernière venue."
                ),
                retention_en=(
                    "The vendor keeps your images for 24 hours at most, for the analysis, then deletes "
                    "them. One exception: unless you object, it may keep a copy of some images, without "
                    "your name, for 5 years at most, to improve the tool. Your images and your report "
                    "stay at the centre for as long as the rules on medical records require, usually 20 "
                    "years after your last visit."
                ),
                data_transfer_fr="",
                data_transfer_en="",
                identifiable_data_fr="",
                identifiable_data_en="",
                benefits_fr=(
                    "Une fracture fine, facile à manquer, est moins souvent oubliée. C’est surtout utile "
                    "la nuit et les jours de forte affluence. Ce second regard, même automatique, aide le "
                    "radiologue à ne rien laisser passer."
                ),
                benefits_en=(
                    "A thin fracture that is easy to miss is overlooked less often. This helps most at "
                    "night and on busy days. This second look, even an automatic one, helps the "
                    "radiologist let nothing slip through."
                ),
                risks_fr=(
                    "L’outil ne voit pas toutes les fractures : il en manque environ une sur douze. Il "
                    "signale aussi des fractures qui n’existent pas, par exemple sur une ancienne "
                    "fracture guérie ou une forme inhabituelle de l’os. Il est moins performant chez "
                    "l’enfant, dont les os grandissent encore, et sur les images de mauvaise qualité."
                ),
                risks_en=(
                    "The tool does not see every fracture: it misses about one in twelve. It also flags "
                    "fractures that do not exist, for example on an old healed fracture or an unusual "
                    "bone shape. It performs less well in children, whose bones are still growing, and "
                    "on poor-quality images."
                ),
                risk_mitigation_fr=(
                    "Le radiologue lit toujours l’image avant de voir les signalements, pour ne pas être "
                    "influencé. L’absence de signalement ne suffit jamais à conclure qu’il n’y a pas de "
                    "fracture. En cas de doute, il demande une autre incidence ou un scanner, ou vous "
                    "propose un contrôle. Chaque trimestre, nous comparons les signalements de l’outil "
                    "aux diagnostics finaux."
                ),
                risk_mitigation_en=(
                    "The radiologist always reads the image before seeing the flags, so as not to be "
                    "influenced. The absence of a flag is never enough to conclude that there is no "
                    "fracture. If in doubt, they ask for another view or a CT scan, or suggest a "
                    "follow-up check. Every quarter, we compare the tool’s flags with the final "
                    "diagnoses."
                ),
                alternative_fr=(
                    "Sans l’outil, le radiologue lit l’image seul, comme il l’a toujours fait. C’est la "
                    "méthode de référence."
                ),
                alternative_en=(
                    "Without the tool, the radiologist reads the image alone, as they always have. It is "
                    "the standard method."
                ),
                how_to_decline_fr=(
                    "Dites-le au secrétariat à votre arrivée, ou au manipulateur avant l’examen. Vos "
                    "images ne seront pas envoyées à l’outil et le radiologue les lira seul. Le délai de "
                    "votre résultat ne change pas. Pour refuser seulement que l’éditeur garde une copie "
                    "de vos images, dites-le de la même façon ou écrivez au délégué à la protection des "
                    "données."
                ),
                how_to_decline_en=(
                    "Tell the front desk when you arrive, or the radiographer before the examination. "
                    "Your images will not be sent to the tool and the radiologist will read them alone. "
                    "The wait for your result does not change. To refuse only that the vendor keeps a "
                    "copy of your images, say so in the same way or write to the data protection "
                    "officer."
                ),
                when_told_fr=(
                    "Une affiche à l’accueil l’annonce. Le compte rendu que vous recevez dit si l’outil a "
                    "servi pour votre examen. Vous pouvez aussi poser la question au manipulateur."
                ),
                when_told_en=(
                    "A poster at the front desk announces it. The report you receive says whether the "
                    "tool was used for your examination. You can also ask the radiographer."
                ),
                interpretation_fr=(
                    "Le radiologue vous explique le résultat, ou votre médecin le fait avec le compte "
                    "rendu. Le compte rendu donne la conclusion du radiologue, pas celle de l’outil. Si "
                    "vous le souhaitez, un autre radiologue du centre peut relire vos images."
                ),
                # Left empty on purpose: the English notice shows the French text (fallback demo).
                interpretation_en="",
                answer_if_wrong_fr=(
                    "Le radiologue ne suit pas l’outil : il le contrôle. Si l’outil manque une fracture "
                    "que le radiologue voit, la fracture figure dans le compte rendu. Si vous avez "
                    "encore mal quelques jours après une radio normale, consultez de nouveau : certaines "
                    "fractures n’apparaissent qu’au second examen. Si une erreur est découverte plus "
                    "tard, le centre vous prévient, corrige le compte rendu et la déclare à l’ANSM, "
                    "l’agence qui surveille les dispositifs médicaux."
                ),
                answer_if_wrong_en=(
                    "The radiologist does not follow the tool: they check it. If the tool misses a "
                    "fracture that the radiologist sees, the fracture is in the report. If you still "
                    "have pain a few days after a normal X-ray, see a doctor again: some fractures only "
                    "show on a second examination. If an error is found later, the centre tells you, "
                    "corrects the report and reports the error to ANSM, the agency that monitors medical "
                    "devices."
                ),
                answer_human_contact_fr=(
                    "Oui. L’outil ne vous voit pas et ne vous parle pas. Le manipulateur fait l’examen "
                    "avec vous, et le radiologue reste disponible pour vous expliquer vos images."
                ),
                answer_human_contact_en=(
                    "Yes. The tool does not see you and does not talk to you. The radiographer does the "
                    "examination with you, and the radiologist remains available to explain your images."
                ),
                answer_responsibility_fr=(
                    "Le radiologue qui signe le compte rendu est responsable du diagnostic, avec ou sans "
                    "l’outil. L’éditeur Strahlwerk Medical répond des défauts de son outil, qui est un "
                    "dispositif médical marqué CE. Le Dr Benali répond de l’usage de l’outil au centre."
                ),
                answer_responsibility_en=(
                    "The radiologist who signs the report is responsible for the diagnosis, with or "
                    "without the tool. The vendor Strahlwerk Medical is liable for defects in its tool, "
                    "which is a CE-marked medical device. Dr Benali answers for the use of the tool at "
                    "the centre."
                ),
                answer_reliability_fr=(
                    "Dans l’étude publiée citée plus bas, sur 100 radiographies avec une fracture, "
                    "l’outil en a trouvé 92 et en a manqué 8. Sur 100 radiographies sans fracture, il en "
                    "a signalé 10 à tort. C’est un dispositif médical de classe IIa, évalué par un "
                    "organisme notifié. Notre propre contrôle au centre, en 2026, donne des chiffres "
                    "proches."
                ),
                # Left empty on purpose: the English notice shows the French text (fallback demo).
                answer_reliability_en="",
                answer_data_access_fr=(
                    "Au centre : les radiologues, les manipulateurs et le secrétariat, comme pour tout "
                    "examen. L’éditeur ne reçoit pas votre nom. Pendant l’analyse, vos images sont "
                    "hébergées en Allemagne, chez un hébergeur certifié pour les données de santé. Vous "
                    "pouvez demander au centre vos images, votre compte rendu et les zones signalées "
                    "par l’outil."
                ),
                answer_data_access_en=(
                    "At the centre: the radiologists, the radiographers and the front desk, as for any "
                    "examination. The vendor does not receive your name. During the analysis, your "
                    "images are hosted in Germany, by a host certified for health data. You can ask the "
                    "centre for your images, your report and the areas the tool flagged."
                ),
            ),
            dict(
                key=PARC_DICTATION,
                ai_system="vocaline-dictee",
                care_step="documentation",
                patient_interacts=False,
                decision_role="drafts",
                declinable=False,
                summary_fr=(
                    "Après avoir lu vos images, le radiologue dicte son compte rendu à voix haute. "
                    "L’outil transforme sa voix en texte. Le radiologue relit le texte, le corrige et le "
                    "signe."
                ),
                summary_en=(
                    "The radiologist reads your images, then speaks the report aloud. A tool turns the "
                    "voice into text. The doctor then reads the text, corrects it and signs it."
                ),
                human_oversight_fr=(
                    "Le radiologue relit chaque compte rendu avant de le signer. Il vérifie surtout les "
                    "mesures, le côté droit ou gauche, et les négations comme « pas de fracture »."
                ),
                human_oversight_en=(
                    "The radiologist reads every report before signing it. They check especially the "
                    "measurements, the left or right side, and negatives such as 'no fracture'."
                ),
                patient_data_fr=(
                    "La voix du radiologue pendant la dictée, et le texte du compte rendu. Votre voix "
                    "n’est pas enregistrée : l’outil ne sert pas pendant l’examen."
                ),
                patient_data_en=(
                    "The radiologist’s voice during dictation, and the text of the report. Your voice is "
                    "not recorded: the tool is not used during the examination."
                ),
                retention_fr=(
                    "L’enregistrement de la dictée est effacé 7 jours après la signature du compte "
                    "rendu. Le compte rendu signé reste dans votre dossier d’imagerie."
                ),
                retention_en=(
                    "The dictation recording is deleted 7 days after the report is signed. The signed "
                    "report stays in your imaging record."
                ),
                data_transfer_fr="",
                data_transfer_en="",
                identifiable_data_fr="",
                identifiable_data_en="",
                benefits_fr=(
                    "Votre compte rendu est prêt plus vite, souvent avant que vous quittiez le centre. "
                    "Le radiologue passe moins de temps à taper et plus de temps sur vos images."
                ),
                benefits_en=(
                    "Your report is ready sooner, often before you leave the centre. The radiologist "
                    "spends less time typing and more time on your images."
                ),
                risks_fr=(
                    "L’outil peut mal comprendre un mot. Le plus grave serait d’écrire « droit » au lieu "
                    "de « gauche », ou d’oublier le « pas » de « pas de fracture ». Il peut aussi se "
                    "tromper sur un chiffre, comme une mesure en millimètres."
                ),
                risks_en=(
                    "The tool can misunderstand a word. The worst would be to write 'right' instead of "
                    "'left', or to drop the 'no' in 'no fracture'. It can also get a number wrong, such "
                    "as a measurement in millimetres."
                ),
                risk_mitigation_fr=(
                    "Le radiologue relit le texte avant de signer, en particulier la conclusion. Le "
                    "logiciel surligne les mots « droit » et « gauche » et les chiffres pour attirer son "
                    "attention. Les erreurs fréquentes sont ajoutées au vocabulaire de l’outil pour "
                    "qu’il ne les refasse pas."
                ),
                risk_mitigation_en=(
                    "The radiologist reads the text before signing, especially the conclusion. The "
                    "software highlights the words 'right' and 'left' and the numbers to draw their "
                    "attention. Frequent errors are added to the tool’s vocabulary so that it does not "
                    "repeat them."
                ),
                alternative_fr=(
                    "Le centre n’a plus de secrétaire qui tape les dictées : tous les radiologues "
                    "dictent avec l’outil. Il ne reçoit que leur voix, ni la vôtre ni vos images."
                ),
                alternative_en=(
                    "The centre no longer has a secretary who types up dictations: all the radiologists "
                    "dictate with the tool. It receives only their voice, neither yours nor your images."
                ),
                how_to_decline_fr=(
                    "L’outil ne peut pas être arrêté pour un seul patient : c’est l’outil de dictée de "
                    "tout le centre. Si cela vous gêne, dites-le au secrétariat. Le radiologue relira "
                    "votre compte rendu avec vous si vous le souhaitez."
                ),
                how_to_decline_en=(
                    "The tool cannot be switched off for one patient: it is the whole centre’s dictation "
                    "tool. If this bothers you, tell the front desk. The radiologist will go through your "
                    "report with you if you wish."
                ),
                when_told_fr=(
                    "Cette notice et l’affiche de l’accueil le disent. L’outil ne sert qu’après votre "
                    "examen, sans vous."
                ),
                when_told_en=(
                    "This notice and the poster at the front desk say so. The tool is only used after "
                    "your examination, without you."
                ),
                interpretation_fr=(
                    "L’outil n’interprète rien : il écrit ce que le radiologue dit. Si un mot du compte "
                    "rendu vous semble étrange, demandez au centre : c’est peut-être une erreur de "
                    "dictée."
                ),
                interpretation_en=(
                    "The tool interprets nothing: it writes what the radiologist says. If a word in the "
                    "report seems odd, ask the centre: it may be a dictation error."
                ),
                answer_if_wrong_fr=(
                    "Si vous repérez une erreur dans votre compte rendu, appelez le secrétariat. Le "
                    "radiologue vérifie, corrige, puis envoie le compte rendu rectifié à vous et à votre "
                    "médecin."
                ),
                answer_if_wrong_en=(
                    "If you spot an error in your report, call the front desk. The radiologist checks, "
                    "corrects it, then sends the corrected report to you and to your doctor."
                ),
                answer_human_contact_fr=(
                    "Oui. Cet outil ne change rien à votre examen : vous ne le croisez jamais. Il sert "
                    "seulement au radiologue pour écrire."
                ),
                answer_human_contact_en=(
                    "Yes. This tool changes nothing about your examination: you never come across it. "
                    "It only helps the radiologist write."
                ),
                answer_responsibility_fr=(
                    "Le radiologue qui signe le compte rendu en est responsable, mot pour mot. L’éditeur "
                    "Vocaline répond des défauts de son logiciel."
                ),
                answer_responsibility_en=(
                    "The radiologist who signs the report is responsible for it, word for word. The "
                    "vendor Vocaline is liable for defects in its software."
                ),
                answer_reliability_fr=(
                    "La dictée vocale est utilisée en radiologie depuis des années. Elle fait peu "
                    "d’erreurs, mais elle en fait : en moyenne moins d’un mot mal compris sur cent, "
                    "d’après notre suivi au centre. La relecture avant signature reste donc "
                    "indispensable."
                ),
                answer_reliability_en=(
                    "Voice dictation has been used in radiology for years. It makes few errors, but it "
                    "does make some: on average fewer than one word in a hundred is misheard, according "
                    "to our own monitoring at the centre. Reading before signing therefore remains "
                    "essential."
                ),
                answer_data_access_fr=(
                    "Les radiologues et le secrétariat du centre. L’éditeur Vocaline n’accède aux "
                    "enregistrements qu’en cas de panne, avec l’accord du centre, et ne s’en sert pas "
                    "pour entraîner son outil. Les données restent en France, chez un hébergeur certifié "
                    "pour les données de santé."
                ),
                answer_data_access_en=(
                    "The radiologists and the centre’s front desk. The vendor Vocaline accesses the "
                    "recordings only in case of a fault, with the centre’s agreement, and does not use "
                    "them to train its tool. The data stay in France, with a host certified for health "
                    "data."
                ),
            ),
        ],
    ),
    dict(
        name="Service des urgences, Centre hospitalier de Vernouillac",
        name_article="le",
        slug="urgences-ch-vernouillac",
        second_opinion_on_request=False,
        kind="hospital_department",
        introduction_fr=(
            "Aux urgences, une tablette peut vous poser quelques questions à votre arrivée. C’est un "
            "outil d’IA. Il aide l’infirmier d’accueil à savoir qui doit être vu en premier. Il ne pose "
            "aucun diagnostic."
        ),
        introduction_en=(
            "In the emergency department, a tablet may ask you a few questions when you arrive. It is "
            "an AI tool. It helps the triage nurse know who must be seen first. It makes no diagnosis."
        ),
        street_address="1 rue de l’Hôpital",
        postcode="26160",
        city="Vernouillac",
        phone="04 65 71 20 00",
        website="https://example.org/ch-vernouillac/urgences",
        ai_contact_name_fr="le cadre de santé des urgences",
        ai_contact_name_en="the emergency department’s nurse manager",
        ai_contact_email="ia.urgences-vernouillac@example.org",
        ai_contact_phone="04 65 71 20 15",
        dpo_name="Sophie Lambert",
        dpo_email="dpo.ch-vernouillac@example.org",
        responsible_physician="Dr Nadia Roussel",
        responsible_physician_role_fr="médecin urgentiste, cheffe du service des urgences",
        responsible_physician_role_en="emergency physician, head of the emergency department",
        uses=[
            dict(
                key=VERNOUILLAC_TRIAGE,
                ai_system="triavel-accueil",
                care_step="triage",
                patient_interacts=True,
                decision_role="informs",
                declinable=True,
                summary_fr=(
                    "À votre arrivée, si votre état le permet, une tablette vous pose des questions "
                    "simples : ce qui vous amène, depuis quand, où vous avez mal. L’outil résume vos "
                    "réponses et propose un niveau de priorité. L’infirmier d’accueil lit ce résumé, "
                    "vous voit et décide de la priorité."
                ),
                summary_en=(
                    "When you arrive, if you are well enough, a tablet asks you simple questions: why "
                    "you came, since when, where it hurts. The tool sums up your answers and suggests how "
                    "urgent your case is. The triage nurse reads this, sees you and decides."
                ),
                human_oversight_fr=(
                    "Un infirmier organisateur de l’accueil, formé à l’outil, voit chaque patient en "
                    "personne. Il confirme ou change le niveau proposé par l’outil. Un médecin urgentiste "
                    "peut revoir la priorité à tout moment."
                ),
                human_oversight_en=(
                    "A triage nurse trained on the tool sees every patient in person. They confirm or "
                    "change the level the tool suggests. An emergency physician can review the priority "
                    "at any time."
                ),
                patient_data_fr=(
                    "Vos réponses aux questions de la tablette : symptômes, douleur, début des troubles, "
                    "traitements, allergies. Votre âge et votre sexe. Si l’infirmier les mesure, votre "
                    "tension, votre pouls et votre température."
                ),
                patient_data_en=(
                    "Your answers to the tablet’s questions: symptoms, pain, when the problem started, "
                    "treatments, allergies. Your age and sex. If the nurse measures them, your blood "
                    "pressure, pulse and temperature."
                ),
                retention_fr=(
                    "Le résumé validé par l’infirmier entre dans votre dossier des urgences, gardé "
                    "20 ans comme tout dossier hospitalier. Les réponses brutes de la tablette sont "
                    "effacées chez l’éditeur au bout de 30 jours."
                ),
                retention_en=(
                    "The summary approved by the nurse goes into your emergency record, kept for 20 "
                    "years like any hospital record. The raw answers from the tablet are deleted from "
                    "the vendor’s servers after 30 days."
                ),
                data_transfer_fr="",
                data_transfer_en="",
                identifiable_data_fr="",
                identifiable_data_en="",
                benefits_fr=(
                    "Les signes inquiétants sont repérés plus tôt, même quand la salle d’attente est "
                    "pleine. L’infirmier a vos informations avant de vous voir et peut se concentrer sur "
                    "vous. Vous pouvez répondre en français, en anglais, en arabe, en espagnol ou en "
                    "portugais."
                ),
                benefits_en=(
                    "Worrying signs are spotted sooner, even when the waiting room is full. The nurse has "
                    "your information before seeing you and can focus on you. You can answer in French, "
                    "English, Arabic, Spanish or Portuguese."
                ),
                risks_fr=(
                    "L’outil peut sous-estimer la gravité, par exemple si vous minimisez votre douleur ou "
                    "si vous comprenez mal une question. Il peut aussi la surestimer. Il connaît mal les "
                    "situations rares. Il fonctionne moins bien quand la personne a du mal à lire ou à "
                    "décrire ce qu’elle ressent."
                ),
                risks_en=(
                    "The tool can underestimate how serious things are, for example if you play down "
                    "your pain or misunderstand a question. It can also overestimate it. It knows rare "
                    "situations poorly. It works less well when the person finds it hard to read or to "
                    "describe how they feel."
                ),
                risk_mitigation_fr=(
                    "L’infirmier voit chaque patient, même quand l’outil propose une priorité basse. À "
                    "la moindre réponse qui évoque un signe de gravité, comme une douleur dans la "
                    "poitrine, une gêne pour respirer ou une faiblesse d’un côté du corps, la tablette "
                    "vous demande d’aller tout de suite à l’accueil et prévient l’infirmier. Chaque mois, "
                    "un médecin compare les priorités proposées et les priorités retenues."
                ),
                risk_mitigation_en=(
                    "The nurse sees every patient, even when the tool suggests a low priority. At the "
                    "slightest answer that points to a sign of severity, such as chest pain, trouble "
                    "breathing or weakness on one side of the body, the tablet asks you to go straight "
                    "to the desk and alerts the nurse. Every month, a doctor compares the priorities "
                    "suggested with the priorities decided."
                ),
                alternative_fr=(
                    "Vous pouvez toujours vous adresser directement à l’infirmier d’accueil, sans "
                    "utiliser la tablette. Il vous pose lui-même les questions. Vous êtes pris en charge "
                    "de la même façon, selon la même règle de priorité."
                ),
                alternative_en=(
                    "You can always go straight to the triage nurse, without using the tablet. They ask "
                    "you the questions themselves. You are cared for in the same way, under the same "
                    "priority rule."
                ),
                how_to_decline_fr=(
                    "Ne prenez pas la tablette, ou dites à l’accueil que vous préférez parler à "
                    "l’infirmier. Vous pouvez aussi arrêter à tout moment en touchant le bouton « Parler "
                    "à un soignant ». Votre refus ne retarde pas votre prise en charge."
                ),
                how_to_decline_en=(
                    "Do not take the tablet, or tell the desk that you prefer to talk to the nurse. You "
                    "can also stop at any time by tapping the 'Talk to a nurse' button. Refusing does not "
                    "delay your care."
                ),
                when_told_fr=(
                    "Avant la première question, la tablette affiche : « Vous échangez avec un outil "
                    "d’intelligence artificielle. Il ne pose pas de diagnostic. Un infirmier lira vos "
                    "réponses. » L’agent d’accueil vous le dit aussi en vous remettant la tablette."
                ),
                when_told_en=(
                    "Before the first question, the tablet shows: 'You are interacting with an "
                    "artificial intelligence tool. It does not make a diagnosis. A nurse will read your "
                    "answers.' The reception agent also tells you so when handing you the tablet."
                ),
                interpretation_fr=(
                    "Le niveau de priorité n’est pas un diagnostic. Il dit seulement dans quel ordre les "
                    "patients sont vus. Si vous le demandez, l’infirmier vous dit quel niveau il a retenu "
                    "et pourquoi. Le médecin vous explique ensuite votre diagnostic."
                ),
                interpretation_en=(
                    "The priority level is not a diagnosis. It only says in which order patients are "
                    "seen. If you ask, the nurse tells you which level they chose and why. The doctor "
                    "then explains your diagnosis."
                ),
                answer_if_wrong_fr=(
                    "Si l’outil se trompe, l’infirmier corrige la priorité en vous voyant. Si votre état "
                    "change pendant l’attente, ne comptez pas sur la tablette : prévenez tout de suite "
                    "l’accueil. L’équipe analyse chaque écart important entre l’outil et l’infirmier, et "
                    "le signale à l’éditeur et aux autorités si besoin."
                ),
                answer_if_wrong_en=(
                    "If the tool gets it wrong, the nurse corrects the priority when seeing you. If your "
                    "condition changes while you wait, do not rely on the tablet: tell the desk straight "
                    "away. The team reviews every major gap between the tool and the nurse, and reports "
                    "it to the vendor and to the authorities if needed."
                ),
                answer_human_contact_fr=(
                    "Oui. Un infirmier vous voit dans tous les cas, et un médecin vous examine. La "
                    "tablette ne remplace ni l’un ni l’autre. Si vous êtes inquiet, vous pouvez aller "
                    "parler à l’accueil à tout moment."
                ),
                answer_human_contact_en=(
                    "Yes. A nurse sees you in every case, and a doctor examines you. The tablet replaces "
                    "neither of them. If you are worried, you can go and talk to the desk at any time."
                ),
                answer_responsibility_fr=(
                    "L’infirmier d’accueil est responsable du niveau de priorité qu’il retient, et le "
                    "médecin de votre diagnostic et de vos soins. Le centre hospitalier répond de "
                    "l’organisation du service. L’éditeur Triavel Health répond des défauts de son "
                    "outil, qui est un dispositif médical marqué CE. La Dr Roussel répond de l’usage de "
                    "l’outil dans le service."
                ),
                answer_responsibility_en=(
                    "The triage nurse is responsible for the priority level they decide, and the doctor "
                    "for your diagnosis and your care. The hospital answers for how the department is "
                    "organised. The vendor Triavel Health is liable for defects in its tool, which is a "
                    "CE-marked medical device. Dr Roussel answers for the use of the tool in the "
                    "department."
                ),
                answer_reliability_fr=(
                    "Dans l’étude citée plus bas, menée dans trois services d’urgences, la priorité "
                    "proposée par l’outil était la même que celle de l’infirmier pour 8 patients sur 10. "
                    "Quand elles différaient, l’outil avait le plus souvent surestimé la gravité. C’est "
                    "un dispositif médical de classe IIa, évalué par un organisme notifié. Il reste une "
                    "aide : la décision appartient à l’infirmier."
                ),
                answer_reliability_en=(
                    "In the study listed below, carried out in three emergency departments, the priority "
                    "the tool suggested was the same as the nurse’s for 8 patients out of 10. When they "
                    "differed, the tool had most often overestimated how serious things were. It is a "
                    "class IIa medical device, assessed by a notified body. It remains an aid: the "
                    "decision belongs to the nurse."
                ),
                answer_data_access_fr=(
                    "L’équipe des urgences qui vous prend en charge, comme pour tout dossier. L’éditeur, "
                    "installé en Suisse, n’a pas accès aux réponses des patients : elles restent en "
                    "France, chez un hébergeur certifié pour les données de santé. Elles ne servent pas "
                    "à entraîner l’outil. Vous pouvez demander une copie de vos réponses et du résumé."
                ),
                answer_data_access_en=(
                    "The emergency team caring for you, as for any record. The vendor, based in "
                    "Switzerland, has no access to patients’ answers: they stay in France, with a host "
                    "certified for health data. They are not used to train the tool. You can ask for a "
                    "copy of your answers and of the summary."
                ),
            ),
        ],
    ),
]

# Version 1 of the GP practice's notice: the scribe alone, when its recordings were kept longer.
# Version 2 (CLINICS above) adds the letter assistant and shortens the scribe's retention.
CLINIC_HISTORY = {
    "cabinet-medical-des-tilleuls": [
        dict(
            published_months_ago=14,
            clinic=dict(
                introduction_fr=(
                    "Au cabinet, un outil d’intelligence artificielle nous aide à écrire le compte rendu "
                    "de consultation. Il ne soigne pas et ne décide de rien. Cette page vous dit comment "
                    "nous l’utilisons et comment le refuser."
                ),
                introduction_en=(
                    "At the practice, an artificial intelligence tool helps us write the consultation "
                    "note. It does not treat you and decides nothing. This page tells you how we use it "
                    "and how to refuse it."
                ),
            ),
            uses={
                TILLEULS_SCRIBE: dict(
                    retention_fr=(
                        "L’éditeur garde l’enregistrement sonore 30 jours, pour que le médecin puisse "
                        "réécouter un passage en cas de doute. Il l’efface ensuite. La transcription et "
                        "le brouillon sont aussi effacés au bout de 30 jours. Seul le compte rendu "
                        "validé reste dans votre dossier, comme tout compte rendu."
                    ),
                    retention_en=(
                        "The vendor keeps the sound recording for 30 days, so that the doctor can listen "
                        "to a passage again if in doubt. It then deletes it. The transcript and the draft "
                        "are also deleted after 30 days. Only the approved note stays in your record, "
                        "like any other consultation note."
                    ),
                ),
            },
        ),
    ],
}

DIRECTORY = {
    "fr": {
        "title": "Les notices IA des lieux de soins",
        "slug": "notices",
        "intro": (
            "Cherchez le cabinet, le centre ou le service qui vous soigne. Sa notice dit quels outils "
            "d’IA il utilise, qui les contrôle et comment les refuser."
        ),
    },
    "en": {
        "title": "Care providers’ AI notices",
        "slug": "notices",
        "intro": (
            "Find the practice, centre or department that treats you. Its notice says which AI tools it "
            "uses, who checks them and how to refuse them."
        ),
    },
}
