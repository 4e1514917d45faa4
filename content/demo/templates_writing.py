"""Templates of the usual uses of AI in care, written for patients: scribe, dictation, assistant.

Pure data, read by whatever loads the portal's use templates (`UseTemplate`). Each template holds a
draft of every text a notice needs (`content.vocabulary.AIUSE_TEXT_FIELDS`), in French and English,
ready to publish except the passages between double square brackets
(`content.vocabulary.TEMPLATE_MARK`): the clinic must check or complete them, and submitting refuses
a text that still holds one. Texts speak as the clinic (« nous ») to the patient, in short sentences.
French strings already carry French typography (’, « », no-break spaces before : ; ? !).

The five ``answer_*`` texts answer the patients' five fears: errors, losing human contact, liability,
reliability, data leaks. As law, they state only what ``shared/reference/disclosure-fields.md``
supports; the HAS and CNIL advice quoted in the assistant's texts is given as advice, not as law.
"""

TEMPLATES = [
    # An ambient scribe: it hears the patient too, so the patient may stop it.
    dict(
        key="scribe",
        sort_order=10,
        system_kind="generative",
        care_step="documentation",
        decision_role="drafts",
        patient_interacts=False,
        declinable=True,
        fr=dict(
            title="Écoute de la consultation et brouillon du compte rendu",
            description=(
                "Pour les outils qui écoutent la consultation, avec l’accord du patient, et "
                "proposent un brouillon du compte rendu (on les appelle aussi « scribes »). Le "
                "médecin relit, corrige et valide le brouillon."
            ),
            label="Rédige un brouillon du compte rendu à partir de la consultation",
            summary=(
                "Avec votre accord, votre médecin met l’outil en marche au début de la consultation. "
                "L’outil écoute la conversation et propose un brouillon du compte rendu. Votre "
                "médecin le relit, le corrige et l’enregistre dans votre dossier."
            ),
            human_oversight=(
                "Votre médecin relit chaque brouillon en entier avant de l’enregistrer. Il vérifie "
                "surtout les noms de médicaments, les doses et les chiffres. Rien n’entre dans votre "
                "dossier sans son accord."
            ),
            patient_data=(
                "Le son de la consultation, c’est-à-dire votre voix et celle de votre médecin. La "
                "transcription écrite de la conversation, et le brouillon que l’outil en tire."
            ),
            retention=(
                "L’enregistrement sonore est effacé [[à vérifier : dès que le compte rendu est "
                "validé ? sous 48 heures ? indiquez les délais de votre éditeur pour le son, la "
                "transcription et le brouillon]]. Seul le compte rendu validé reste dans votre "
                "dossier, comme tout compte rendu."
            ),
            data_transfer=(
                "Vos données restent dans l’Union européenne [[à vérifier : le pays où l’éditeur les "
                "héberge. Si des données quittent l’Espace économique européen, écrivez vers quel "
                "pays et ce qui les protège]]."
            ),
            identifiable_data=(
                "L’outil entend tout ce qui se dit, donc parfois votre nom, votre adresse ou des "
                "détails de votre vie. L’enregistrement n’est donc pas anonyme. Nous le protégeons "
                "comme toutes vos données de santé."
            ),
            benefits=(
                "Votre médecin tape moins pendant la consultation. Il peut davantage vous regarder "
                "et vous écouter. Le compte rendu reprend souvent mieux ce que vous avez dit."
            ),
            risks=(
                "L’outil peut mal entendre un mot, surtout un nom de médicament ou un chiffre. Il "
                "peut aussi ajouter une phrase que personne n’a dite, ou oublier un détail "
                "important. Il comprend moins bien quand plusieurs personnes parlent en même temps, "
                "ou quand il y a du bruit."
            ),
            risk_mitigation=(
                "Votre médecin relit tout le brouillon et vérifie une à une les lignes sur les "
                "médicaments et les doses. Nous signalons les erreurs à l’éditeur. Si l’outil se "
                "trompe trop souvent, nous arrêtons de l’utiliser."
            ),
            alternative=(
                "Sans l’outil, votre médecin prend ses notes au clavier pendant la consultation, "
                "comme avant. Vos soins sont les mêmes."
            ),
            how_to_decline=(
                "Dites-le à votre médecin ou à l’accueil [[à vérifier : à qui le patient le dit chez "
                "vous]], avant ou pendant la consultation. Votre médecin ne met pas l’outil en "
                "marche, ou l’arrête. Vous n’avez pas à vous justifier. Votre refus ne change rien à "
                "vos soins."
            ),
            when_told=(
                "Cette notice et une affiche dans la salle d’attente l’annoncent. Au début de la "
                "consultation, votre médecin vous demande si vous êtes d’accord, avant de lancer "
                "l’outil."
            ),
            interpretation=(
                "L’outil ne donne aucun résultat médical : il écrit seulement un brouillon. Pour "
                "savoir ce que votre médecin a noté, demandez-lui de vous le lire ou de vous en "
                "donner une copie."
            ),
            answer_if_wrong=(
                "Votre médecin corrige les erreurs avant d’enregistrer le compte rendu. Si vous en "
                "voyez une, même plus tard, dites-le-nous : nous corrigeons votre dossier. Les "
                "décisions sur vos soins, c’est votre médecin qui les prend avec vous, pas l’outil."
            ),
            answer_human_contact=(
                "Oui. L’outil ne vous parle pas et ne remplace pas la consultation. Il sert au "
                "contraire à ce que votre médecin regarde moins son écran, et davantage vous."
            ),
            answer_responsibility=(
                "Votre médecin est responsable du compte rendu qu’il valide, comme s’il l’avait "
                "écrit lui-même. Si l’outil a un défaut, son éditeur en répond aussi."
            ),
            answer_reliability=(
                "Ces outils écrivent vite, mais ils font des erreurs, surtout sur les noms de "
                "médicaments et les chiffres. C’est pourquoi votre médecin relit tout, à chaque "
                "fois."
            ),
            answer_data_access=(
                "Votre médecin et l’équipe qui tient votre dossier. L’éditeur garde les données pour "
                "notre compte, pas pour le sien : il ne s’en sert pas pour entraîner son IA [[à "
                "vérifier : dans votre contrat. Sinon, écrivez-le, et comment le patient peut s’y "
                "opposer]]. Vous pouvez nous demander le compte rendu validé."
            ),
        ),
        en=dict(
            title="Listening to the consultation and drafting the note",
            description=(
                "For tools that listen to the consultation, with the patient’s agreement, and "
                "suggest a draft of the note (also called “ambient scribes”). The doctor reads, "
                "corrects and approves the draft."
            ),
            label="Drafts the consultation note from what is said",
            summary=(
                "With your agreement, your doctor switches the tool on at the start of the "
                "consultation. The tool listens to the conversation and suggests a draft of the "
                "note. Your doctor reads it, corrects it and saves it in your record."
            ),
            human_oversight=(
                "Your doctor reads every draft in full before saving it. They check drug names, "
                "doses and figures with particular care. Nothing goes into your record without their "
                "approval."
            ),
            patient_data=(
                "The sound of the consultation, that is your voice and your doctor’s. The written "
                "transcript of the conversation, and the draft the tool makes from it."
            ),
            retention=(
                "The sound recording is deleted [[to check: as soon as the note is approved? within "
                "48 hours? give your vendor’s delays for the sound, the transcript and the draft]]. "
                "Only the approved note stays in your record, like any other note."
            ),
            data_transfer=(
                "Your data stay in the European Union [[to check: the country where the vendor hosts "
                "them. If any data leave the European Economic Area, write to which country and what "
                "protects them]]."
            ),
            identifiable_data=(
                "The tool hears everything that is said, so sometimes your name, your address or "
                "details of your life. The recording is therefore not anonymous. We protect it like "
                "all your health data."
            ),
            benefits=(
                "Your doctor types less during the consultation. They can look at you and listen to "
                "you more. The note often reflects better what you said."
            ),
            risks=(
                "The tool can mishear a word, especially a drug name or a number. It can also add a "
                "sentence nobody said, or leave out an important detail. It understands less well "
                "when several people talk at once, or when there is noise."
            ),
            risk_mitigation=(
                "Your doctor reads the whole draft and checks the lines on medicines and doses one "
                "by one. We report errors to the vendor. If the tool gets things wrong too often, we "
                "stop using it."
            ),
            alternative=(
                "Without the tool, your doctor types notes on the keyboard during the consultation, "
                "as before. Your care is the same."
            ),
            how_to_decline=(
                "Tell your doctor or the reception [[to check: who the patient tells in your "
                "practice]], before or during the consultation. Your doctor does not switch the tool "
                "on, or switches it off. You do not have to give a reason. Refusing changes nothing "
                "in your care."
            ),
            when_told=(
                "This notice and a poster in the waiting room announce it. At the start of the "
                "consultation, your doctor asks whether you agree, before switching the tool on."
            ),
            interpretation=(
                "The tool gives no medical result: it only writes a draft. To find out what your "
                "doctor wrote down, ask them to read it to you or to give you a copy."
            ),
            answer_if_wrong=(
                "Your doctor corrects errors before saving the note. If you see one, even later, "
                "tell us: we correct your record. Decisions about your care are taken by your "
                "doctor, with you, not by the tool."
            ),
            answer_human_contact=(
                "Yes. The tool does not talk to you and does not replace the consultation. Its "
                "purpose is the opposite: your doctor looks less at the screen, and more at you."
            ),
            answer_responsibility=(
                "Your doctor is responsible for the note they approve, as if they had written it "
                "themselves. If the tool has a defect, its vendor is liable too."
            ),
            answer_reliability=(
                "These tools write fast, but they make errors, especially with drug names and "
                "numbers. This is why your doctor reads everything, every time."
            ),
            answer_data_access=(
                "Your doctor and the team that keeps your record. The vendor keeps the data on our "
                "behalf, not its own: it does not use them to train its AI [[to check: in your "
                "contract. If not, write it, and how the patient can object]]. You can ask us for "
                "the approved note."
            ),
        ),
    ),
    # Dictation hears only the doctor and is usually the whole team's way of writing: not
    # declinable by default; its how_to_decline text asks the clinic to check.
    dict(
        key="dictation",
        sort_order=20,
        system_kind="speech",
        care_step="documentation",
        decision_role="drafts",
        patient_interacts=False,
        declinable=False,
        fr=dict(
            title="Dictée vocale des comptes rendus",
            description=(
                "Pour les logiciels de reconnaissance vocale qui transforment en texte ce que le "
                "médecin dicte : compte rendu, courrier, observation. L’outil n’enregistre que la "
                "voix du médecin."
            ),
            label="Transforme en texte ce que le médecin dicte",
            summary=(
                "Après la consultation ou l’examen, votre médecin dicte son compte rendu à voix "
                "haute. L’outil transforme sa voix en texte. Votre médecin relit le texte, le "
                "corrige et le signe."
            ),
            human_oversight=(
                "Votre médecin relit chaque texte avant de le signer. Il vérifie surtout les "
                "chiffres, le côté droit ou gauche, et les petits mots qui changent le sens, comme "
                "« pas »."
            ),
            patient_data=(
                "La voix de votre médecin pendant la dictée, et le texte qui en sort. Ce texte parle "
                "de votre santé. L’outil n’enregistre pas votre voix."
            ),
            retention=(
                "L’enregistrement de la dictée est effacé [[à vérifier : combien de temps après la "
                "signature ? indiquez le délai de votre éditeur, ou écrivez « aussitôt transformé en "
                "texte » si l’outil ne garde rien]]. Le compte rendu signé reste dans votre dossier, "
                "comme tout compte rendu."
            ),
            data_transfer=(
                "Vos données restent dans l’Union européenne [[à vérifier : la voix est-elle "
                "transformée en texte sur vos ordinateurs ou chez l’éditeur, et dans quel pays ? Si "
                "des données quittent l’Espace économique européen, écrivez vers quel pays et ce qui "
                "les protège]]."
            ),
            identifiable_data=(
                "Votre médecin peut dicter votre nom, votre date de naissance ou d’autres détails "
                "qui vous identifient. Le texte n’est donc pas anonyme. Nous le protégeons comme "
                "toutes vos données de santé."
            ),
            benefits=(
                "Votre compte rendu est prêt plus vite. Votre médecin passe moins de temps à taper, "
                "et plus de temps pour vous."
            ),
            risks=(
                "L’outil peut mal comprendre un mot. Le plus grave serait d’écrire « droit » au lieu "
                "de « gauche », d’oublier un « pas » ou de se tromper de chiffre. Il comprend moins "
                "bien quand il y a du bruit."
            ),
            risk_mitigation=(
                "Votre médecin relit le texte avant de le signer, en particulier la conclusion. Nous "
                "signalons à l’éditeur les erreurs qui reviennent souvent."
            ),
            alternative=(
                "Sans l’outil, votre médecin tape lui-même son compte rendu au clavier. Le contenu "
                "est le même : il est seulement prêt moins vite."
            ),
            how_to_decline=(
                "Cet outil ne peut pas être arrêté pour un seul patient : c’est ainsi que nos "
                "médecins écrivent leurs comptes rendus. Il n’entend que leur voix, jamais la vôtre. "
                "Si cela vous gêne, dites-le à l’accueil [[à vérifier : à qui le dire chez vous. Si "
                "votre médecin peut taper le compte rendu à la place, cochez « le patient peut "
                "refuser » et écrivez-le ici]]."
            ),
            when_told=(
                "Cette notice et l’affiche de l’accueil l’annoncent. L’outil sert seulement à votre "
                "médecin, pour écrire."
            ),
            interpretation=(
                "L’outil n’interprète rien : il écrit ce que dit votre médecin. Si un mot de votre "
                "compte rendu vous semble étrange, demandez-nous : c’est peut-être une erreur de "
                "dictée."
            ),
            answer_if_wrong=(
                "Votre médecin corrige les erreurs avant de signer. Si vous en voyez une dans votre "
                "compte rendu, dites-le-nous. Votre médecin vérifie, corrige et envoie la version "
                "corrigée à ceux qui ont reçu la première."
            ),
            answer_human_contact=(
                "Oui. Cet outil ne change rien à votre consultation ni à votre examen : il ne vous "
                "parle jamais. Il aide seulement votre médecin à écrire."
            ),
            answer_responsibility=(
                "Votre médecin est responsable du compte rendu qu’il signe, mot pour mot. Si le "
                "logiciel a un défaut, son éditeur en répond aussi."
            ),
            answer_reliability=(
                "La dictée vocale sert depuis des années dans les hôpitaux et les cabinets. Elle "
                "fait peu d’erreurs, mais elle en fait. C’est pourquoi votre médecin relit tout "
                "avant de signer."
            ),
            answer_data_access=(
                "Votre médecin et l’équipe qui tient votre dossier. L’éditeur ne se sert pas des "
                "enregistrements pour entraîner son outil [[à vérifier : dans votre contrat. Sinon, "
                "écrivez-le, et comment le patient peut s’y opposer]]. Vous pouvez nous demander "
                "votre compte rendu."
            ),
        ),
        en=dict(
            title="Voice dictation of reports",
            description=(
                "For speech recognition software that turns what the doctor dictates into text: a "
                "report, a letter, clinical notes. The tool records only the doctor’s voice."
            ),
            label="Turns what the doctor dictates into text",
            summary=(
                "After the visit or the test, your doctor speaks the report aloud. The tool turns "
                "their voice into text. Your doctor reads the text, corrects it and signs it."
            ),
            human_oversight=(
                "Your doctor reads every text before signing it. They check especially the numbers, "
                "the left or right side, and the small words that change the meaning, such as “no”."
            ),
            patient_data=(
                "Your doctor’s voice during dictation, and the text that comes out of it. This text "
                "is about your health. The tool does not record your voice."
            ),
            retention=(
                "The dictation recording is deleted [[to check: how long after signing? give your "
                "vendor’s delay, or write “as soon as it is turned into text” if the tool keeps "
                "nothing]]. The signed report stays in your record, like any other report."
            ),
            data_transfer=(
                "Your data stay in the European Union [[to check: is the voice turned into text on "
                "your computers or at the vendor’s, and in which country? If any data leave the "
                "European Economic Area, write to which country and what protects them]]."
            ),
            identifiable_data=(
                "Your doctor may dictate your name, your date of birth or other details that "
                "identify you. The text is therefore not anonymous. We protect it like all your "
                "health data."
            ),
            benefits=(
                "Your report is ready sooner. Your doctor spends less time typing, and more time on "
                "you."
            ),
            risks=(
                "The tool can misunderstand a word. The worst would be to write “right” instead of "
                "“left”, to drop a “no” or to get a number wrong. It understands less well when "
                "there is noise."
            ),
            risk_mitigation=(
                "Your doctor reads the text before signing it, especially the conclusion. We report "
                "errors that come up often to the vendor."
            ),
            alternative=(
                "Without the tool, your doctor types the report on the keyboard. The content is the "
                "same: it is only ready later."
            ),
            how_to_decline=(
                "This tool cannot be switched off for one patient: it is how our doctors write their "
                "reports. It only hears their voice, never yours. If this bothers you, tell the "
                "reception [[to check: who to tell in your practice. If your doctor can type the "
                "report instead, tick “the patient may refuse” and write it here]]."
            ),
            when_told=(
                "This notice and the poster at the reception announce it. The tool is only used by "
                "your doctor, for writing."
            ),
            interpretation=(
                "The tool interprets nothing: it writes what your doctor says. If a word in your "
                "report seems odd, ask us: it may be a dictation error."
            ),
            answer_if_wrong=(
                "Your doctor corrects errors before signing. If you see one in your report, tell us. "
                "Your doctor checks, corrects it and sends the corrected version to whoever received "
                "the first one."
            ),
            answer_human_contact=(
                "Yes. This tool changes nothing in your consultation or your examination: it never "
                "talks to you. It only helps your doctor write."
            ),
            answer_responsibility=(
                "Your doctor is responsible for the report they sign, word for word. If the software "
                "has a defect, its vendor is liable too."
            ),
            answer_reliability=(
                "Voice dictation has been used for years in hospitals and practices. It makes few "
                "errors, but it does make some. This is why your doctor reads everything before "
                "signing."
            ),
            answer_data_access=(
                "Your doctor and the team that keeps your record. The vendor does not use the "
                "recordings to train its tool [[to check: in your contract. If not, write it, and "
                "how the patient can object]]. You can ask us for your report."
            ),
        ),
    ),
    # A general-purpose assistant (a chatbot bought off the shelf, not a medical device),
    # given notes without anything that identifies the patient.
    dict(
        key="assistant",
        sort_order=30,
        system_kind="general_assistant",
        care_step="documentation",
        decision_role="drafts",
        patient_interacts=False,
        declinable=True,
        fr=dict(
            title="Assistant d’IA généraliste pour les courriers et les synthèses",
            description=(
                "Pour les assistants d’IA qui écrivent du texte, d’usage général, qui ne sont pas "
                "des dispositifs médicaux. Le soignant s’en sert pour préparer un courrier ou une "
                "synthèse, après avoir retiré le nom, la date de naissance et tout ce qui identifie "
                "le patient."
            ),
            label="Propose un brouillon de courrier ou de synthèse, sans votre nom",
            summary=(
                "Pour certains courriers ou synthèses, le soignant demande un premier jet à un "
                "assistant d’IA qui écrit du texte. Il lui donne ses notes, sans votre nom ni rien "
                "qui permette de vous reconnaître. Il relit ensuite le texte, le corrige et le "
                "signe."
            ),
            human_oversight=(
                "Le soignant qui signe relit chaque phrase avant l’envoi. Il vérifie que le texte "
                "dit ce qu’il veut dire, et rien de plus. Aucun texte ne part, ni n’entre dans votre "
                "dossier, sans sa relecture."
            ),
            patient_data=(
                "Les informations médicales utiles au courrier : le motif, vos symptômes, vos "
                "traitements, vos résultats. Le soignant ajoute lui-même votre nom et vos "
                "coordonnées ensuite, en dehors de l’assistant."
            ),
            retention=(
                "L’éditeur de l’assistant garde les textes [[à vérifier : combien de temps ? "
                "L’historique des conversations est-il désactivé ? Écrivez ce que prévoit votre "
                "abonnement]]. Le courrier signé est gardé dans votre dossier, comme tout courrier."
            ),
            data_transfer=(
                "Les textes envoyés à l’assistant sont traités [[à vérifier : dans quel pays ? "
                "Beaucoup de ces assistants fonctionnent hors d’Europe, par exemple aux États-Unis : "
                "écrivez-le, avec ce qui protège ces données]]. Ils ne contiennent ni votre nom ni "
                "vos coordonnées."
            ),
            identifiable_data=(
                "L’assistant ne reçoit ni votre nom, ni votre date de naissance, ni votre adresse, "
                "ni votre numéro de sécurité sociale : le soignant les retire avant de lui donner "
                "ses notes. La Haute Autorité de santé et la CNIL recommandent cette précaution. Un "
                "détail rare pourrait encore permettre de vous reconnaître : le soignant n’y met "
                "donc que ce dont le texte a besoin."
            ),
            benefits=(
                "Les courriers et les synthèses sont prêts plus vite, et souvent plus clairs. Le "
                "soignant garde ce temps pour vous soigner."
            ),
            risks=(
                "L’assistant peut inventer un détail, comme un examen ou un traitement que vous "
                "n’avez jamais eu. Il peut changer le sens d’une phrase, ou présenter comme certain "
                "ce qui ne l’est pas. Il n’a été ni conçu ni vérifié pour la santé."
            ),
            risk_mitigation=(
                "Le soignant compare le texte à ses notes et retire tout ce qu’il n’a pas écrit "
                "lui-même. Il ne s’en sert pas pour poser un diagnostic ni pour choisir un "
                "traitement. Il ne lui donne jamais votre nom ni vos coordonnées."
            ),
            alternative=(
                "Sans l’assistant, le soignant écrit le courrier lui-même, comme avant. Le courrier "
                "peut alors partir un peu plus tard."
            ),
            how_to_decline=(
                "Dites à l’accueil ou à votre soignant que vous ne voulez pas de l’assistant pour "
                "vos courriers [[à vérifier : à qui le dire chez vous, et comment ce choix est "
                "noté]]. Le soignant écrira vos courriers lui-même. Vos soins restent les mêmes."
            ),
            when_told=(
                "Cette notice et l’affiche de la salle d’attente l’annoncent. La Haute Autorité de "
                "santé recommande d’informer les patients quand les soignants utilisent ce type "
                "d’IA."
            ),
            interpretation=(
                "Le courrier dit ce que le soignant a décidé, pas ce que l’assistant a proposé. Si "
                "une phrase vous semble fausse ou obscure, demandez-lui de vous l’expliquer."
            ),
            answer_if_wrong=(
                "Le soignant relit tout et corrige les erreurs avant de signer. Si vous en voyez une "
                "dans un courrier, dites-le-nous : nous corrigeons le courrier et envoyons la "
                "version corrigée au même destinataire."
            ),
            answer_human_contact=(
                "Oui. L’assistant sert seulement à écrire, après la consultation. Il ne vous parle "
                "pas et ne remplace aucun rendez-vous."
            ),
            answer_responsibility=(
                "Le soignant qui signe le courrier en est responsable, mot pour mot, comme s’il "
                "l’avait écrit seul. Il reste tenu au secret médical, même quand il utilise "
                "l’assistant."
            ),
            answer_reliability=(
                "L’assistant écrit bien, mais il n’est pas fait pour avoir raison sur le fond : il "
                "peut se tromper sur un fait médical. Ce n’est pas un dispositif médical. Sa "
                "fiabilité tient donc à la relecture du soignant."
            ),
            answer_data_access=(
                "Le soignant, et l’éditeur de l’assistant, qui reçoit les textes sans votre nom. "
                "L’éditeur ne s’en sert pas pour entraîner son IA [[à vérifier : l’option qui "
                "l’interdit est-elle activée dans votre abonnement ? Sinon, écrivez-le]]. Le "
                "courrier signé est lu par son destinataire, comme tout courrier médical."
            ),
        ),
        en=dict(
            title="General AI assistant for letters and summaries",
            description=(
                "For general-purpose AI assistants that write text and are not medical devices. The "
                "health professional uses one to prepare a letter or a summary, after removing the "
                "name, the date of birth and anything else that identifies the patient."
            ),
            label="Suggests a draft letter or summary, without your name",
            summary=(
                "For some letters or summaries, the health professional asks an AI assistant that "
                "writes text for a first draft. They give it their notes, without your name or "
                "anything that could identify you. They then read the text, correct it and sign it."
            ),
            human_oversight=(
                "The professional who signs reads every sentence before it is sent. They check that "
                "the text says what they mean, and nothing more. No text goes out, or into your "
                "record, without their reading."
            ),
            patient_data=(
                "The medical information the letter needs: the reason for it, your symptoms, your "
                "treatments, your results. The professional adds your name and contact details "
                "afterwards, outside the assistant."
            ),
            retention=(
                "The assistant’s vendor keeps the texts [[to check: for how long? Is the "
                "conversation history switched off? Write what your subscription provides]]. The "
                "signed letter is kept in your record, like any other letter."
            ),
            data_transfer=(
                "The texts sent to the assistant are processed [[to check: in which country? Many of "
                "these assistants run outside Europe, for example in the United States: write it, "
                "with what protects these data]]. They contain neither your name nor your contact "
                "details."
            ),
            identifiable_data=(
                "The assistant receives neither your name, nor your date of birth, nor your address, "
                "nor your social security number: the professional removes them before giving it the "
                "notes. The French National Authority for Health (HAS) and France’s data protection "
                "authority (CNIL) recommend this precaution. A rare detail could still make it "
                "possible to recognise you, so the professional includes only what the text needs."
            ),
            benefits=(
                "Letters and summaries are ready sooner, and often clearer. The professional keeps "
                "that time for your care."
            ),
            risks=(
                "The assistant can invent a detail, such as a test or a treatment you never had. It "
                "can change the meaning of a sentence, or present as certain something that is not. "
                "It was neither designed nor checked for health care."
            ),
            risk_mitigation=(
                "The professional compares the text with their notes and removes anything they did "
                "not write themselves. They do not use it to make a diagnosis or to choose a "
                "treatment. They never give it your name or contact details."
            ),
            alternative=(
                "Without the assistant, the professional writes the letter themselves, as before. "
                "The letter may then go out a little later."
            ),
            how_to_decline=(
                "Tell the reception or your health professional that you do not want the assistant "
                "used for your letters [[to check: who to tell in your practice, and how this choice "
                "is recorded]]. The professional will write your letters themselves. Your care stays "
                "the same."
            ),
            when_told=(
                "This notice and the poster in the waiting room announce it. The French National "
                "Authority for Health (HAS) recommends telling patients when health professionals "
                "use this kind of AI."
            ),
            interpretation=(
                "The letter says what the professional decided, not what the assistant suggested. If "
                "a sentence seems wrong or unclear, ask them to explain it."
            ),
            answer_if_wrong=(
                "The professional reads everything and corrects errors before signing. If you see "
                "one in a letter, tell us: we correct the letter and send the corrected version to "
                "the same recipient."
            ),
            answer_human_contact=(
                "Yes. The assistant is only used for writing, after the consultation. It does not "
                "talk to you and replaces no appointment."
            ),
            answer_responsibility=(
                "The professional who signs the letter is responsible for it, word for word, as if "
                "they had written it alone. They remain bound by medical confidentiality, even when "
                "they use the assistant."
            ),
            answer_reliability=(
                "The assistant writes well, but it is not made to be right on the substance: it can "
                "get a medical fact wrong. It is not a medical device. Its reliability therefore "
                "rests on the professional’s reading."
            ),
            answer_data_access=(
                "The professional, and the assistant’s vendor, which receives the texts without your "
                "name. The vendor does not use them to train its AI [[to check: is the setting that "
                "forbids it switched on in your subscription? If not, write it]]. The signed letter "
                "is read by the person it is addressed to, like any medical letter."
            ),
        ),
    ),
]
