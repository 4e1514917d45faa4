"""Templates of the usual uses of AI in care: image reading, a patient-facing chatbot, scheduling.

Pure data for `UseTemplate` rows, which the portal's editors then keep in the admin. A clinic that
adds a use from a template starts from these drafts: every text is written for patients, in the
clinic's voice (« nous »), and each passage the clinic must check or complete is a mark
(`content.vocabulary.TEMPLATE_MARK`), « [[à vérifier : …]] » or « [[to check: …]] ». Submitting
refuses a text that still holds one. Field values are `content.vocabulary` codes; the texts are
those of `content.vocabulary.AIUSE_TEXT_FIELDS`, with the template's title, description and label.

Unlike the other demo modules, the French texts here carry their typography already (no-break spaces
typed as U+00A0), because a clinic copies them as they are; `use_templates` spacing them again
changes nothing. Laws are quoted only for what they say:
CSP art. L4001-3 (image reading) and AI Act art. 50 (the chatbot).
"""

TEMPLATES: list[dict] = [
    dict(
        key="image_reading",
        sort_order=40,
        system_kind="machine_learning",
        care_step="diagnosis",
        decision_role="augments",
        patient_interacts=False,
        declinable=True,
        fr=dict(
            title="Aide à la lecture des images",
            description=(
                "Pour les logiciels qui analysent des images médicales : radiographies, "
                "mammographies, photos de la peau. Ils montrent au médecin ce qu’il doit regarder ; "
                "ce sont le plus souvent des dispositifs médicaux marqués CE."
            ),
            label="Signale au médecin ce qu’il doit regarder sur vos images",
            summary=(
                "Quand vous passez un examen d’imagerie, un logiciel analyse vos images. Il signale "
                "au médecin les zones à regarder de plus près. Le médecin lit lui-même toutes vos "
                "images, puis décide."
            ),
            human_oversight=(
                "Le médecin lit chacune de vos images en entier, que l’outil ait signalé quelque "
                "chose ou non. Il garde ou écarte chaque zone signalée. C’est lui qui écrit et "
                "signe le compte rendu."
            ),
            patient_data=(
                "Les images de votre examen, avec ce qui aide à les lire : votre âge, votre sexe et "
                "la partie du corps examinée."
            ),
            retention=(
                "L’éditeur de l’outil garde vos images [[à vérifier : combien de temps, par exemple "
                "« 24 heures au plus »]], le temps de l’analyse, puis les efface. Chez nous, vos "
                "images et votre compte rendu restent dans votre dossier, aussi longtemps que le "
                "prévoient les règles des dossiers médicaux."
            ),
            data_transfer=(
                "Vos images [[à vérifier : « ne quittent pas l’Espace économique européen », ou "
                "vers quel pays elles vont et ce qui les y protège]]."
            ),
            identifiable_data=(
                "L’outil n’a pas besoin de savoir qui vous êtes pour lire vos images. Il les reçoit "
                "[[à vérifier : ce qui les accompagne, par exemple « sans votre nom ni votre numéro "
                "de sécurité sociale »]]."
            ),
            benefits=(
                "Une anomalie petite ou peu visible est moins souvent manquée. C’est surtout utile "
                "quand il y a beaucoup d’examens à lire. L’outil apporte un second regard, sans "
                "remplacer celui du médecin."
            ),
            risks=(
                "L’outil peut manquer une anomalie. Il peut aussi en signaler une qui n’existe pas, "
                "ce qui peut mener à un examen de plus. Il marche moins bien sur des images floues "
                "ou sur des cas rares."
            ),
            risk_mitigation=(
                "Le médecin lit toujours vos images en entier, même quand l’outil ne signale rien. "
                "En cas de doute, il demande l’avis d’un collègue ou un autre examen. Nous "
                "signalons à l’éditeur les erreurs que nous constatons."
            ),
            alternative=(
                "Sans l’outil, le médecin lit vos images seul, comme il l’a toujours fait. C’est la "
                "méthode habituelle."
            ),
            how_to_decline=(
                "Dites-le [[à compléter : à qui, par exemple « au secrétariat à votre arrivée »]], "
                "avant l’examen. Vos images ne seront pas envoyées à l’outil, et le médecin les "
                "lira seul. Votre examen se passe de la même façon."
            ),
            when_told=(
                "Cette notice vous l’annonce, et vous pouvez demander à l’équipe si l’outil sert "
                "pour votre examen. La loi française demande au soignant de s’assurer que vous êtes "
                "informé quand un dispositif médical de ce type sert à votre diagnostic."
            ),
            interpretation=(
                "Le médecin vous explique le résultat, ou votre médecin traitant le fait avec le "
                "compte rendu. Le compte rendu donne la conclusion du médecin, pas celle de "
                "l’outil. Vous pouvez demander l’avis d’un autre médecin."
            ),
            answer_if_wrong=(
                "Le médecin ne suit pas l’outil : il le contrôle. Si une erreur est découverte plus "
                "tard, nous vous prévenons et corrigeons le compte rendu. Nous la signalons à "
                "l’éditeur et, si elle est grave, à l’ANSM, l’agence qui surveille les dispositifs "
                "médicaux."
            ),
            answer_human_contact=(
                "Oui. L’outil ne vous voit pas et ne vous parle pas. L’équipe fait l’examen avec "
                "vous, et le médecin reste là pour vous expliquer le résultat."
            ),
            answer_responsibility=(
                "Le médecin qui signe le compte rendu est responsable du diagnostic, avec ou sans "
                "l’outil. L’éditeur répond des défauts de son outil. Nous répondons de la façon "
                "dont nous l’utilisons."
            ),
            answer_reliability=(
                "[[à compléter : en une ou deux phrases simples, ce que montrent les études citées "
                "plus bas : sur 100 examens, combien d’anomalies l’outil trouve, combien il en "
                "manque, combien il en signale à tort]] Son statut de dispositif médical est "
                "indiqué plus bas. Il reste une aide : le médecin garde la décision."
            ),
            answer_data_access=(
                "Chez nous, l’équipe qui vous prend en charge, comme pour tout examen. L’éditeur "
                "reçoit vos images pour les analyser. Vous pouvez nous demander vos images, votre "
                "compte rendu et ce que l’outil a signalé."
            ),
        ),
        en=dict(
            title="Image-reading aid",
            description=(
                "For software that analyses medical images: X-rays, mammograms, photos of the skin. "
                "It shows the doctor what to look at; it is usually a CE-marked medical device."
            ),
            label="Points the doctor to what to look at on your images",
            summary=(
                "When images are taken for your care, software looks at them. It shows the doctor "
                "where to look more closely. The doctor still reads all your images, then decides."
            ),
            human_oversight=(
                "The doctor reads each of your images in full, whether the tool flagged something "
                "or not. They keep or dismiss each flagged area. They are the one who writes and "
                "signs the report."
            ),
            patient_data=(
                "The images from your test, with what helps to read them: your age, your sex and "
                "the part of the body examined."
            ),
            retention=(
                "The tool’s vendor keeps your images [[to check: how long, for example ‘24 hours at "
                "most’]], for the analysis, then deletes them. Here, your images and your report "
                "stay in your record for as long as the rules on medical records require."
            ),
            data_transfer=(
                "Your images [[to check: ‘do not leave the European Economic Area’, or which "
                "country they go to and what protects them there]]."
            ),
            identifiable_data=(
                "The tool does not need to know who you are to read your images. It receives them "
                "[[to check: what comes with them, for example ‘without your name or social "
                "security number’]]."
            ),
            benefits=(
                "A small or faint abnormality is missed less often. This helps most when there are "
                "many tests to read. The tool adds a second look, without replacing the doctor’s."
            ),
            risks=(
                "The tool can miss an abnormality. It can also flag one that is not there, which "
                "may lead to an extra test. It works less well on blurred images or on rare cases."
            ),
            risk_mitigation=(
                "The doctor always reads your images in full, even when the tool flags nothing. If "
                "in doubt, they ask a colleague’s opinion or order another test. We report the "
                "errors we find to the vendor."
            ),
            alternative=(
                "Without the tool, the doctor reads your images alone, as they always have. It is "
                "the usual method."
            ),
            how_to_decline=(
                "Tell [[to complete: whom, for example ‘the front desk when you arrive’]], before "
                "the test. Your images will not be sent to the tool, and the doctor will read them "
                "alone. Your test goes ahead in the same way."
            ),
            when_told=(
                "This notice tells you so, and you can ask the team whether the tool is used for "
                "your test. French law asks the health professional to make sure you are informed "
                "when a medical device of this kind is used for your diagnosis."
            ),
            interpretation=(
                "The doctor explains the result to you, or your GP does so with the report. The "
                "report gives the doctor’s conclusion, not the tool’s. You can ask for another "
                "doctor’s opinion."
            ),
            answer_if_wrong=(
                "The doctor does not follow the tool: they check it. If an error is found later, we "
                "tell you and correct the report. We report it to the vendor and, if it is serious, "
                "to ANSM, the French agency that monitors medical devices."
            ),
            answer_human_contact=(
                "Yes. The tool does not see you and does not talk to you. The team does the test "
                "with you, and the doctor is there to explain the result."
            ),
            answer_responsibility=(
                "The doctor who signs the report is responsible for the diagnosis, with or without "
                "the tool. The vendor is liable for defects in its tool. We answer for how we use "
                "it."
            ),
            answer_reliability=(
                "[[to complete: in one or two plain sentences, what the studies listed below show: "
                "out of 100 tests, how many abnormalities the tool finds, how many it misses, how "
                "many it flags wrongly]] Its medical device status is shown below. It remains an "
                "aid: the doctor keeps the decision."
            ),
            answer_data_access=(
                "Here, the team caring for you, as for any test. The vendor receives your images to "
                "analyse them. You can ask us for your images, your report and what the tool "
                "flagged."
            ),
        ),
    ),
    dict(
        key="chatbot",
        sort_order=50,
        system_kind="generative",
        care_step="communication",
        decision_role="informs",
        patient_interacts=True,
        declinable=True,
        fr=dict(
            title="Assistant de rendez-vous ou d’orientation",
            description=(
                "Pour les agents conversationnels et les assistants vocaux qui répondent aux "
                "patients, par écrit ou au téléphone. Ils prennent les rendez-vous, demandent le "
                "motif et orientent vers le bon soignant."
            ),
            label="Répond à vos messages et à vos appels pour les rendez-vous",
            summary=(
                "Quand vous nous écrivez en ligne ou nous appelez, un assistant d’intelligence "
                "artificielle peut vous répondre. Il vous propose un rendez-vous et vous demande le "
                "motif de votre venue. Il ne pose pas de diagnostic."
            ),
            human_oversight=(
                "Les demandes transmises par l’assistant sont relues par [[à compléter : qui, et "
                "quand, par exemple « le secrétariat, chaque matin »]]. Notre équipe peut changer "
                "tout rendez-vous. C’est le soignant qui vous reçoit qui décide de vos soins."
            ),
            patient_data=(
                "Ce que vous écrivez ou dites à l’assistant : votre nom, vos coordonnées et le "
                "motif de votre demande. Si vous appelez, l’assistant transforme votre voix en "
                "texte."
            ),
            retention=(
                "Votre rendez-vous et son motif entrent dans notre agenda. L’éditeur garde la "
                "conversation [[à vérifier : combien de temps, par exemple « 30 jours »]], puis "
                "l’efface."
            ),
            data_transfer=(
                "Vos échanges avec l’assistant [[à vérifier : « restent dans l’Espace économique "
                "européen », ou vers quel pays ils vont et ce qui les y protège]]."
            ),
            identifiable_data=(
                "L’assistant reçoit votre nom et vos coordonnées, car il en a besoin pour le "
                "rendez-vous. Il n’a pas besoin de votre dossier médical : ne lui donnez que ce qui "
                "sert au rendez-vous."
            ),
            benefits=(
                "Vous pouvez prendre rendez-vous à toute heure, sans attendre au téléphone. Notre "
                "équipe a plus de temps pour les patients présents et pour les appels délicats."
            ),
            risks=(
                "L’assistant peut mal comprendre votre demande, surtout si elle est rare ou "
                "compliquée. Il peut proposer un rendez-vous trop lointain pour un problème qui ne "
                "peut pas attendre. Il peut aussi donner une réponse fausse à une question."
            ),
            risk_mitigation=(
                "Quand une demande semble urgente ou que l’assistant ne la comprend pas, [[à "
                "vérifier : ce qu’il fait alors, par exemple « il vous rappelle d’appeler le 15 et "
                "vous passe un membre de l’équipe »]]. Nous corrigeons ses réglages quand nous "
                "voyons une erreur."
            ),
            alternative=(
                "Vous pouvez toujours joindre une personne de notre équipe, ou venir à l’accueil "
                "aux heures d’ouverture. Votre demande est traitée de la même façon."
            ),
            how_to_decline=(
                "Vous n’êtes pas obligé d’utiliser l’assistant. Pour parler à une personne, [[à "
                "compléter : comment, par exemple un numéro de téléphone et des horaires, ou le mot "
                "à dire à l’assistant]]. Cela ne change rien à vos soins."
            ),
            when_told=(
                "L’assistant dit qu’il est une intelligence artificielle dès son premier message, "
                "ou dès le début de l’appel. Le règlement européen sur l’IA (article 50) demande "
                "que vous le sachiez au plus tard au premier échange."
            ),
            interpretation=(
                "L’assistant ne vous donne aucun résultat médical. Le soignant qui vous reçoit "
                "décide de la suite. Si une réponse vous paraît étrange, demandez à parler à une "
                "personne."
            ),
            answer_if_wrong=(
                "Si l’assistant se trompe de rendez-vous, notre équipe le corrige. Si votre état "
                "vous inquiète, n’attendez pas sa réponse : en cas d’urgence, appelez le 15 ou le "
                "112. Dites-nous toute erreur, pour que nous puissions la corriger."
            ),
            answer_human_contact=(
                "Oui. L’assistant s’occupe seulement des rendez-vous et des demandes. Vous êtes "
                "toujours reçu et soigné par une personne, et vous pouvez toujours demander à "
                "parler à quelqu’un de l’équipe."
            ),
            answer_responsibility=(
                "Nous sommes responsables des réponses de notre assistant et des rendez-vous qu’il "
                "fixe. Le soignant qui vous reçoit est responsable de vos soins. L’éditeur répond "
                "des défauts de son outil."
            ),
            answer_reliability=(
                "Ces assistants sont faits pour les demandes simples : prendre, déplacer ou annuler "
                "un rendez-vous. Ils peuvent mal comprendre une demande rare ou compliquée. Pour "
                "tout ce qui touche à votre santé, c’est un soignant qui juge."
            ),
            answer_data_access=(
                "Notre équipe voit vos demandes et vos rendez-vous, comme pour un appel au "
                "secrétariat. L’éditeur garde les conversations pour notre compte. Vous pouvez nous "
                "demander une copie de vos échanges avec l’assistant."
            ),
        ),
        en=dict(
            title="Appointment or triage assistant",
            description=(
                "For chatbots and voice assistants that answer patients, in writing or on the "
                "phone. They book appointments, ask the reason for the visit and direct patients to "
                "the right professional."
            ),
            label="Answers your messages and calls about appointments",
            summary=(
                "When you write to us online or call us, an AI assistant may answer. It offers you "
                "an appointment and asks why you want to see us. It does not make a diagnosis."
            ),
            human_oversight=(
                "The requests the assistant passes on are read by [[to complete: whom, and when, "
                "for example ‘the front desk, every morning’]]. Our team can change any "
                "appointment. Only the professional who sees you decides on your care."
            ),
            patient_data=(
                "What you write or say to the assistant: your name, your contact details and the "
                "reason for your request. If you call, the assistant turns your voice into text."
            ),
            retention=(
                "Your appointment and its reason go into our diary. The vendor keeps the "
                "conversation [[to check: how long, for example ‘30 days’]], then deletes it."
            ),
            data_transfer=(
                "Your exchanges with the assistant [[to check: ‘stay in the European Economic "
                "Area’, or which country they go to and what protects them there]]."
            ),
            identifiable_data=(
                "The assistant receives your name and contact details, because it needs them for "
                "the appointment. It does not need your medical record: give it only what the "
                "appointment requires."
            ),
            benefits=(
                "You can book at any time, without waiting on the phone. Our team has more time for "
                "the patients in front of them and for difficult calls."
            ),
            risks=(
                "The assistant may misunderstand your request, especially if it is unusual or "
                "complicated. It may offer an appointment too far away for a problem that cannot "
                "wait. It may also give a wrong answer to a question."
            ),
            risk_mitigation=(
                "When a request seems urgent or the assistant does not understand it, [[to check: "
                "what it does then, for example ‘it reminds you to call 15 and passes you to a team "
                "member’]]. We correct its settings when we find an error."
            ),
            alternative=(
                "You can always reach a person on our team, or come to the front desk during "
                "opening hours. Your request is handled in the same way."
            ),
            how_to_decline=(
                "You do not have to use the assistant. To talk to a person, [[to complete: how, for "
                "example a phone number and opening hours, or the word to say to the assistant]]. "
                "It changes nothing in your care."
            ),
            when_told=(
                "The assistant says it is an artificial intelligence in its first message, or at "
                "the start of the call. The European AI Act (Article 50) requires that you know "
                "this at the latest at the first exchange."
            ),
            interpretation=(
                "The assistant gives you no medical result. The professional who sees you decides "
                "what happens next. If an answer seems odd, ask to talk to a person."
            ),
            answer_if_wrong=(
                "If the assistant books the wrong appointment, our team corrects it. If your health "
                "worries you, do not wait for its answer: in an emergency, call 15 (SAMU) or 112. "
                "Tell us about any error, so that we can fix it."
            ),
            answer_human_contact=(
                "Yes. The assistant only handles appointments and requests. You are always seen and "
                "cared for by a person, and you can always ask to talk to someone on the team."
            ),
            answer_responsibility=(
                "We are responsible for our assistant’s answers and for the appointments it makes. "
                "The professional who sees you is responsible for your care. The vendor is liable "
                "for defects in its tool."
            ),
            answer_reliability=(
                "These assistants are made for simple requests: booking, moving or cancelling an "
                "appointment. They can misunderstand an unusual or complicated request. For "
                "anything about your health, a health professional decides."
            ),
            answer_data_access=(
                "Our team sees your requests and appointments, as for a call to the front desk. The "
                "vendor stores the conversations on our behalf. You can ask us for a copy of your "
                "exchanges with the assistant."
            ),
        ),
    ),
    dict(
        key="scheduling",
        sort_order=60,
        system_kind="machine_learning",
        care_step="administration",
        decision_role="informs",
        patient_interacts=False,
        declinable=False,
        fr=dict(
            title="Organisation des rendez-vous",
            description=(
                "Pour les logiciels qui organisent l’agenda, envoient les rappels de rendez-vous et "
                "gèrent la liste d’attente. Ils servent à l’organisation, pas aux soins."
            ),
            label="Organise les rendez-vous, les rappels et la liste d’attente",
            summary=(
                "Un logiciel nous aide à tenir l’agenda. Il vous envoie un rappel avant votre "
                "rendez-vous et propose les créneaux libérés aux patients en liste d’attente. Il ne "
                "décide rien de vos soins."
            ),
            human_oversight=(
                "L’agenda est surveillé par [[à compléter : qui, par exemple « le secrétariat »]], "
                "qui peut changer tout rendez-vous. Le médecin décide quels patients doivent être "
                "vus en priorité."
            ),
            patient_data=(
                "Votre nom, votre numéro de téléphone, votre adresse électronique, et vos "
                "rendez-vous avec leur motif s’il est noté."
            ),
            retention=(
                "Vos rendez-vous passés et les rappels envoyés sont gardés [[à vérifier : combien "
                "de temps, par exemple « un an »]], puis effacés."
            ),
            data_transfer=(
                "Vos rendez-vous [[à vérifier : « restent dans l’Espace économique européen », ou "
                "vers quel pays ils vont et ce qui les y protège]]."
            ),
            identifiable_data=(
                "Le logiciel a besoin de votre nom et de vos coordonnées pour vous envoyer les "
                "rappels. Il s’en sert seulement pour organiser vos rendez-vous."
            ),
            benefits=(
                "Vous êtes prévenu avant votre rendez-vous et pouvez l’annuler facilement. Un "
                "créneau libéré est vite proposé à un autre patient, ce qui peut raccourcir "
                "l’attente."
            ),
            risks=(
                "Un rappel peut arriver en retard, ou ne pas arriver. Le logiciel peut proposer un "
                "créneau trop lointain pour votre état. Il peut aussi mal placer une demande dans "
                "la liste d’attente."
            ),
            risk_mitigation=(
                "Le médecin peut toujours faire passer en priorité un patient dont l’état le "
                "demande. Notre équipe peut corriger tout rendez-vous à la main. Sans rappel, votre "
                "rendez-vous reste valable."
            ),
            alternative=(
                "Sans l’outil, notre équipe tient l’agenda à la main. Vous pouvez toujours prendre "
                "ou déplacer un rendez-vous en parlant à une personne de l’équipe."
            ),
            how_to_decline=(
                "Notre agenda est tenu avec ce logiciel pour tous les patients : nous ne pouvons "
                "pas l’écarter pour vous seul. Vous pouvez en revanche refuser les rappels et la "
                "liste d’attente : [[à compléter : comment, par exemple « dites-le au "
                "secrétariat »]]."
            ),
            when_told=(
                "Cette notice vous en informe. Les rappels sont des messages automatiques : n’y "
                "répondez pas pour une question médicale, appelez-nous."
            ),
            interpretation=(
                "Le logiciel ne donne aucun résultat sur votre santé. Si un rendez-vous proposé "
                "vous semble trop lointain pour votre état, dites-le à notre équipe ou à votre "
                "médecin."
            ),
            answer_if_wrong=(
                "En cas de doute sur une date, appelez-nous : notre équipe vérifie et corrige. Si "
                "votre état s’aggrave avant le rendez-vous, n’attendez pas : appelez votre médecin, "
                "ou le 15 en cas d’urgence."
            ),
            answer_human_contact=(
                "Oui. Le logiciel tient l’agenda, mais il ne vous soigne pas. Vous pouvez toujours "
                "parler à une personne de l’équipe pour prendre ou changer un rendez-vous."
            ),
            answer_responsibility=(
                "Nous sommes responsables de notre agenda et de l’ordre de la liste d’attente. Le "
                "médecin décide qui doit être vu en priorité. L’éditeur répond des défauts de son "
                "logiciel."
            ),
            answer_reliability=(
                "Ce logiciel fait un travail simple et répétitif : noter, rappeler, proposer des "
                "créneaux. Une erreur reste possible, par exemple un rappel qui n’arrive pas. Notre "
                "équipe garde la main sur chaque rendez-vous."
            ),
            answer_data_access=(
                "Notre équipe, comme pour tout rendez-vous. L’éditeur héberge l’agenda pour notre "
                "compte. Vous pouvez nous demander ce que le logiciel garde sur vous."
            ),
        ),
        en=dict(
            title="Appointment scheduling",
            description=(
                "For software that organises the diary, sends appointment reminders and manages the "
                "waiting list. It is used for organisation, not for care."
            ),
            label="Organises appointments, reminders and the waiting list",
            summary=(
                "Software helps us keep the diary. It sends you a reminder before your appointment. "
                "It offers freed-up slots to patients on the waiting list. It decides nothing about "
                "your care."
            ),
            human_oversight=(
                "The diary is overseen by [[to complete: whom, for example ‘the front desk’]], who "
                "can change any appointment. The doctor decides which patients must be seen first."
            ),
            patient_data=(
                "Your name, phone number and email address, and your appointments with their reason "
                "if it is noted."
            ),
            retention=(
                "Your past appointments and the reminders sent are kept [[to check: how long, for "
                "example ‘one year’]], then deleted."
            ),
            data_transfer=(
                "Your appointments [[to check: ‘stay in the European Economic Area’, or which "
                "country they go to and what protects them there]]."
            ),
            identifiable_data=(
                "The software needs your name and contact details to send you reminders. It uses "
                "them only to organise your appointments."
            ),
            benefits=(
                "You are reminded before your appointment and can cancel it easily. A freed-up slot "
                "is quickly offered to another patient, which can shorten the wait."
            ),
            risks=(
                "A reminder may arrive late, or not at all. The software may offer a slot too far "
                "away for your condition. It may also put a request in the wrong place on the "
                "waiting list."
            ),
            risk_mitigation=(
                "The doctor can always move ahead a patient whose condition requires it. Our team "
                "can correct any appointment by hand. Without a reminder, your appointment still "
                "stands."
            ),
            alternative=(
                "Without the tool, our team keeps the diary by hand. You can always book or move an "
                "appointment by talking to a person on the team."
            ),
            how_to_decline=(
                "Our diary is kept with this software for all patients: we cannot leave it out for "
                "you alone. You can, however, refuse reminders and the waiting list: [[to complete: "
                "how, for example ‘tell the front desk’]]."
            ),
            when_told=(
                "This notice tells you so. Reminders are automatic messages: do not reply to them "
                "with a medical question, call us instead."
            ),
            interpretation=(
                "The software gives no result about your health. If an appointment offered seems "
                "too far away for your condition, tell our team or your doctor."
            ),
            answer_if_wrong=(
                "If you are unsure about a date, call us: our team checks and corrects it. If your "
                "condition gets worse before the appointment, do not wait: call your doctor, or 15 "
                "in an emergency."
            ),
            answer_human_contact=(
                "Yes. The software keeps the diary, but it does not care for you. You can always "
                "talk to a person on the team to book or change an appointment."
            ),
            answer_responsibility=(
                "We are responsible for our diary and for the order of the waiting list. The doctor "
                "decides who must be seen first. The vendor is liable for defects in its software."
            ),
            answer_reliability=(
                "This software does simple, repetitive work: recording, reminding, offering slots. "
                "An error is still possible, for example a reminder that does not arrive. Our team "
                "keeps control of every appointment."
            ),
            answer_data_access=(
                "Our team, as for any appointment. The vendor hosts the diary on our behalf. You "
                "can ask us what the software keeps about you."
            ),
        ),
    ),
]
