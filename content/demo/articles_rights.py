"""Demo articles for the "rights" and "professionals" sections of the portal.

Five explainers, each in French and English, written in plain language (B1) for the demo portal:
consent and rights, health data, who is responsible, judging a health app (section "rights"), and a
guide for health professionals on informing their patients (section "professionals").

Pure data read by the demo loader; the shape, block types and keys are fixed by FORMAT.md in this
folder. Figures come from the Baromètre IA & Data en santé 2025 (ACSEL / Toluna Harris Interactive)
and are always attributed. Legal points are general information, not legal advice; points that the
shared reference marks as seen only in secondary sources are worded as such.
"""

# Figures quoted as a list, the same in both languages.
APP_TRUST = ["public-trust-self", "public-trust-professionals", "public-want-validated-apps"]
INFORMING = ["pro-inform-patients", "pro-never-inform", "public-want-informed"]
WAYS_OF_INFORMING = ["pro-inform-website", "pro-inform-explain", "pro-inform-documents"]

ARTICLES = [
    # ------------------------------------------------------------------------------------------------
    # 1. Consent and your rights
    # ------------------------------------------------------------------------------------------------
    {
        "key": "consent-and-rights",
        "section": "rights",
        "reviewed_by": "Dr Hélène Vasseur",
        "reviewer_role": {
            "fr": "médecin généraliste, comité de relecture du portail",
            "en": "general practitioner, the portal’s review board",
        },
        "reviewed_on": "2026-10-14",
        "sources": ["barometre-2025", "csp-l1111-2", "csp-l4001-3", "gdpr"],
        "fr": {
            "title": "Consentement et droits : ce que vous pouvez demander quand l’IA est utilisée",
            "slug": "consentement-et-droits",
            "intro": (
                "Quand un soignant utilise un outil d’IA pour vos soins, vous avez des droits. "
                "Vous pouvez être informé, poser des questions, refuser un usage et consulter vos données."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Beaucoup de soignants utilisent aujourd’hui des outils d’intelligence artificielle (IA). "
                        "Certains aident à lire une radio. D’autres aident à rédiger un courrier ou un compte rendu. "
                        "Le soignant reste responsable de vos soins. Mais vous avez le droit de savoir ce qui se passe "
                        "et de donner votre avis. Cette page explique vos droits avec des mots simples.</p>"
                    ),
                },
                {"type": "heading", "value": "Le droit d’être informé"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En France, la loi donne à chaque patient un droit à l’information sur ses soins "
                        "(article L1111-2 du Code de la santé publique). Votre soignant doit vous expliquer ce qu’il "
                        "propose, à quoi cela sert, les risques fréquents ou graves, les autres solutions possibles et "
                        "ce qui se passe si vous refusez. Cette information se fait lors d’un échange avec vous. "
                        "Elle vaut aussi quand un outil d’IA joue un rôle dans vos soins.</p>"
                        "<p>Pour certains dispositifs médicaux qui utilisent l’apprentissage automatique, un autre "
                        "article (L4001-3) ajoute une règle. Le soignant doit s’assurer que vous avez été informé. "
                        "Il doit aussi, le cas échéant, vous dire comment il interprète le résultat.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "public-want-informed",
                        "comment": "Être prévenu est une attente forte des patients.",
                    },
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-inform-patients",
                        "comment": "Les soignants ne le disent donc pas toujours.",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>N’hésitez pas à poser la question. Elle est normale, et un bon soignant y répondra "
                        "volontiers.</p>"
                    ),
                },
                {"type": "heading", "value": "Le droit de poser des questions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pouvez poser vos questions à tout moment : avant, pendant ou après la consultation. "
                        "Une bonne réponse vous dit :</p>"
                        "<ul><li>ce que fait l’outil, et ce qu’il ne fait pas ;</li>"
                        "<li>ce qu’il vous apporte, par exemple du temps ou un résultat plus précis ;</li>"
                        "<li>ses limites et les erreurs qu’il peut faire ;</li>"
                        "<li>qui vérifie le résultat avant de l’utiliser.</li></ul>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "public-want-benefits-risks", "comment": ""},
                },
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Quelles questions puis-je poser à mon soignant ?",
                            "answer": (
                                "<p>Par exemple : « Utilisez-vous un outil d’IA pour mes soins ? », « À quoi sert-il ? », "
                                "« Qui vérifie le résultat ? », « Quels sont les risques pour moi ? », "
                                "« Peut-on faire sans ? ». Vous pouvez aussi lire la notice de votre cabinet ou de "
                                "votre service sur ce portail.</p>"
                            ),
                        },
                        {
                            "question": "Dois-je signer un formulaire de consentement ?",
                            "answer": (
                                "<p>En général, non. Il n’existe pas de formulaire propre à l’IA pour la plupart des "
                                "usages. La loi demande surtout que vous soyez informé. Votre accord aux soins reste "
                                "nécessaire, comme toujours, et vous pouvez le retirer à tout moment.</p>"
                            ),
                        },
                        {
                            "question": "Est-ce que l’IA décide à ma place ?",
                            "answer": (
                                "<p>Non. L’IA propose une lecture, une alerte ou un brouillon. Votre soignant vérifie "
                                "et prend la décision. Le règlement européen sur la protection des données (RGPD, "
                                "art. 22) vous protège contre les décisions importantes prises par une machine seule, "
                                'sauf exceptions encadrées. Pour en savoir plus, lisez <a href="page:ai-does-not-replace-your-doctor">'
                                "L’IA ne remplace pas votre médecin</a>.</p>"
                            ),
                        },
                    ],
                },
                {"type": "heading", "value": "Refuser un usage de l’IA"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pouvez dire que vous ne voulez pas qu’un outil soit utilisé pour vous. Par exemple, "
                        "vous pouvez refuser que la consultation soit enregistrée pour rédiger le compte rendu. "
                        "Refuser un outil, ce n’est pas refuser les soins. Votre prise en charge continue. Souvent, "
                        "votre soignant peut faire autrement : il rédige lui-même le compte rendu, ou il lit "
                        "l’image sans l’outil. La notice de votre cabinet dit, outil par outil, si elle s’engage à "
                        "vous soigner sans lui.</p>"
                        "<p>Parfois, l’outil fait partie d’un appareil, par exemple dans certains équipements "
                        "d’imagerie. Il ne peut pas toujours être arrêté. Quand l’outil sert à vos soins, votre "
                        "soignant doit vous dire les autres solutions possibles et ce qui se passe si vous refusez "
                        "(article L1111-2). Vous pouvez aussi demander qu’un autre professionnel relise le "
                        "résultat. Aucune loi ne l’impose, mais certaines structures s’y engagent dans leur "
                        "notice.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "success",
                        "title": "Si vous refusez",
                        "body": (
                            "<p>Dites-le à votre soignant, ou au contact indiqué dans la notice de votre cabinet. "
                            "Vous n’avez pas à vous justifier. Demandez quelle est la solution de remplacement, et si "
                            "elle change quelque chose pour vous, par exemple un délai plus long.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Accéder à vos données et au résultat de l’IA"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous avez le droit d’obtenir une copie de vos données personnelles (RGPD, art. 15). "
                        "Vous pouvez aussi demander votre dossier médical. Si un résultat produit par l’IA a servi à "
                        "vos soins et figure dans votre dossier, vous pouvez demander à le voir. Demandez aussi à votre "
                        "soignant ce qu’il signifie pour vous. Si un compte rendu rédigé avec l’IA contient une "
                        "erreur, demandez qu’elle soit corrigée.</p>"
                        '<p>Pour savoir ce que deviennent vos données, lisez <a href="page:health-data">Vos données '
                        'de santé</a>. En cas de problème, lisez <a href="page:who-is-responsible">Qui est '
                        "responsable en cas d’erreur ?</a>.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Consent and your rights: what you can ask when AI is used",
            "slug": "consent-and-rights",
            "intro": (
                "When a clinician uses an AI tool in your care, you have rights. "
                "You can be informed, ask questions, say no to a use and see your data."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Many clinicians now use artificial intelligence (AI) tools. Some help to read an X-ray. "
                        "Others help to write a letter or a report. Your clinician stays in charge of your care. "
                        "But you have the right to know what happens, and to have your say. This page explains your "
                        "rights in simple words.</p>"
                    ),
                },
                {"type": "heading", "value": "Your right to be informed"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In France, the law gives every patient a right to information about their care "
                        "(article L1111-2 of the Public Health Code). Your clinician must explain what they propose, "
                        "why it is useful, the frequent or serious risks, the other possible options and what happens "
                        "if you say no. This is done in a conversation with you. It also applies when an AI tool "
                        "plays a part in your care.</p>"
                        "<p>For some medical devices that use machine learning, another article (L4001-3) adds a rule. "
                        "The clinician must make sure that you have been informed. Where relevant, they must also tell "
                        "you how they interpret the result.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "public-want-informed",
                        "comment": "Being told is something patients clearly expect.",
                    },
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-inform-patients",
                        "comment": "So clinicians do not always say it.",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Feel free to ask. It is a normal question, and a good clinician will be glad to answer "
                        "it.</p>"
                    ),
                },
                {"type": "heading", "value": "Your right to ask questions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can ask questions at any time: before, during or after your visit. A good answer "
                        "tells you:</p>"
                        "<ul><li>what the tool does, and what it does not do;</li>"
                        "<li>what it brings you, for example time or a more precise result;</li>"
                        "<li>its limits and the mistakes it can make;</li>"
                        "<li>who checks the result before it is used.</li></ul>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "public-want-benefits-risks", "comment": ""},
                },
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "What questions can I ask my clinician?",
                            "answer": (
                                "<p>For example: “Do you use an AI tool for my care?”, “What is it for?”, "
                                "“Who checks the result?”, “What are the risks for me?”, “Can we do without it?”. "
                                "You can also read the notice of your practice or department on this portal.</p>"
                            ),
                        },
                        {
                            "question": "Do I have to sign a consent form?",
                            "answer": (
                                "<p>In general, no. For most uses, there is no consent form just for AI. The law "
                                "mainly asks that you be informed. Your agreement to care is still needed, as always, "
                                "and you can withdraw it at any time.</p>"
                            ),
                        },
                        {
                            "question": "Does the AI decide for me?",
                            "answer": (
                                "<p>No. The AI suggests a reading, an alert or a draft. Your clinician checks it and "
                                "makes the decision. The European data protection regulation (GDPR, Art. 22) protects "
                                "you against important decisions made by a machine alone, with limited exceptions. "
                                'To learn more, read <a href="page:ai-does-not-replace-your-doctor">AI does not '
                                "replace your doctor</a>.</p>"
                            ),
                        },
                    ],
                },
                {"type": "heading", "value": "Saying no to an AI use"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can say that you do not want a tool to be used for you. For example, you can refuse "
                        "to have your visit recorded to draft the report. Saying no to a tool is not saying no to "
                        "care. Your care goes on. Often your clinician can do without it: they write the report "
                        "themselves, or they read the image without the tool. Your practice’s notice says, tool by "
                        "tool, whether it commits to caring for you without it.</p>"
                        "<p>Sometimes the tool is part of a machine, for example in some imaging equipment. It cannot "
                        "always be switched off. When the tool is used for your care, your clinician must tell you "
                        "the other possible options and what happens if you refuse (article L1111-2). You can also "
                        "ask for another professional to review the result. No law requires it, but some "
                        "practices commit to it in their notice.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "success",
                        "title": "If you say no",
                        "body": (
                            "<p>Tell your clinician, or the contact named in your practice’s notice. You do not have "
                            "to give a reason. Ask what the other option is, and whether it changes anything for you, "
                            "for example a longer wait.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Access to your data and to the AI result"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You have the right to get a copy of your personal data (GDPR, Art. 15). You can also ask "
                        "for your medical record. If an AI result was used in your care and is kept in your record, "
                        "you can ask to see it. Ask your clinician, too, what it means for you. If a report drafted "
                        "with AI contains a mistake, ask for it to be corrected.</p>"
                        '<p>To find out what happens to your data, read <a href="page:health-data">Your health '
                        'data</a>. If something goes wrong, read <a href="page:who-is-responsible">Who is '
                        "responsible if something goes wrong?</a>.</p>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # 2. Your health data
    # ------------------------------------------------------------------------------------------------
    {
        "key": "health-data",
        "section": "rights",
        "reviewed_by": "Karim Benali",
        "reviewer_role": {
            "fr": "délégué à la protection des données, comité de relecture du portail",
            "en": "data protection officer, the portal’s review board",
        },
        "reviewed_on": "2026-10-21",
        "sources": ["barometre-2025", "csp-l1111-8", "gdpr", "cnil-genai-faq"],
        "fr": {
            "title": "Vos données de santé",
            "slug": "vos-donnees-de-sante",
            "intro": (
                "Un outil d’IA a besoin de données pour fonctionner. Voici ce que vous pouvez demander : "
                "quelles données, où elles sont gardées, et si elles sont réutilisées."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les données de santé sont très personnelles. Elles disent beaucoup de vous : vos "
                        "maladies, vos traitements, parfois votre voix ou vos images. Quand un soignant utilise un "
                        "outil d’IA, une partie de ces données peut passer par cet outil. Vous avez le droit de "
                        "savoir comment.</p>"
                        "<p>Ce traitement des données inquiète les Français. Ils craignent par exemple une "
                        "cyberattaque ou un accès non autorisé.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "public-data-risk",
                        "comment": "C’est l’inquiétude la plus partagée sur l’IA en santé.",
                    },
                },
                {"type": "heading", "value": "Quelles données l’outil utilise-t-il ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chaque outil utilise des données différentes. Un outil qui lit les radios utilise vos "
                        "images. Un outil qui rédige le compte rendu de la consultation peut utiliser un "
                        "enregistrement de la conversation. Un outil d’aide à la prescription peut utiliser une partie "
                        "de votre dossier médical.</p>"
                        "<p>Le RGPD (art. 13) oblige l’organisme qui traite vos données à vous dire à quoi elles "
                        "servent, qui les reçoit et combien de temps elles sont gardées. Demandez ces informations à "
                        "votre cabinet, ou lisez sa notice sur ce portail.</p>"
                    ),
                },
                {"type": "heading", "value": "Où les données sont-elles hébergées ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’hébergement, c’est l’endroit où les données sont stockées et traitées : les serveurs. "
                        "En France, une entreprise qui stocke des données de santé pour un soignant ou un hôpital doit "
                        "avoir une certification appelée HDS, pour « hébergeur de données de santé ». Cette règle "
                        "vient de l’article L1111-8 du Code de la santé publique.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "Ce que veut dire « certifié HDS »",
                        "body": (
                            "<p>Un hébergeur certifié HDS a été contrôlé par un organisme de certification "
                            "indépendant. Les contrôles portent sur la sécurité, les accès, les sauvegardes et la "
                            "confidentialité. La certification HDS ne dit pas si l’outil est bon pour votre santé. "
                            "Elle dit que vos données sont gardées par un hébergeur qui a passé ces contrôles.</p>"
                        ),
                    },
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Beaucoup de personnes préfèrent des outils français ou européens :",
                        "figures": ["public-prefer-sovereign", "pro-prefer-sovereign"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’Espace économique européen (EEE) réunit l’Union européenne, l’Islande, le Liechtenstein "
                        "et la Norvège. Le RGPD y protège vos données. Certains outils envoient des données vers des "
                        "serveurs situés ailleurs, par exemple aux États-Unis. C’est permis seulement avec les "
                        "garanties prévues par le RGPD, et vous devez en être informé. Demandez : « Mes données "
                        "quittent-elles l’Europe ? Si oui, où, et avec quelle protection ? »</p>"
                    ),
                },
                {"type": "heading", "value": "Mes données servent-elles à entraîner l’IA ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Certains éditeurs réutilisent les données qu’ils reçoivent pour améliorer ou entraîner "
                        "leur IA. Ce n’est pas le même but que vos soins. La CNIL, l’autorité française de protection "
                        "des données, conseille aux organismes de vérifier si un fournisseur réutilise les données "
                        "qu’on lui confie. Vous pouvez demander à votre cabinet si c’est le cas pour ses outils.</p>"
                        "<p>Si c’est le cas, demandez comment vous y opposer. Le RGPD prévoit un droit d’opposition "
                        "dans certaines situations (art. 21). Le nouveau règlement européen sur l’espace européen des "
                        "données de santé (2025) prévoit aussi un droit de refuser certaines utilisations secondaires "
                        "de vos données, par exemple pour la recherche ou le développement d’outils d’IA. Il "
                        "s’applique par étapes au cours des prochaines années.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "public-fear-confidentiality",
                        "comment": "",
                    },
                },
                {"type": "heading", "value": "Les bons réflexes"},
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "À demander",
                        "do_items": [
                            "Quelles données de mon dossier l’outil utilise-t-il ?",
                            "Où sont-elles hébergées, et l’hébergeur est-il certifié HDS ?",
                            "Mes données quittent-elles l’Espace économique européen ?",
                            "L’éditeur réutilise-t-il mes données pour entraîner son IA ?",
                            "Comment m’y opposer, et à qui m’adresser ?",
                        ],
                        "dont_title": "À éviter",
                        "dont_items": [
                            "Taper votre nom ou votre dossier médical dans un assistant conversationnel public",
                            "Croire qu’une application gratuite protège forcément vos données",
                            "Envoyer des photos de vos documents médicaux par une application inconnue",
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        '<p>Pour connaître tous vos droits, lisez <a href="page:consent-and-rights">Consentement et '
                        "droits</a>. Avant d’installer une application, lisez "
                        '<a href="page:judging-a-health-app">Évaluer une application de santé</a>.</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "Your health data",
            "slug": "health-data",
            "intro": (
                "An AI tool needs data to work. Here is what you can ask: which data, where they are kept, "
                "and whether they are reused."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Health data are very personal. They say a lot about you: your illnesses, your treatments, "
                        "sometimes your voice or your images. When a clinician uses an AI tool, some of these data may "
                        "go through it. You have the right to know how.</p>"
                        "<p>This use of data worries people in France. They fear, for example, a cyberattack or "
                        "unauthorised access.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "public-data-risk",
                        "comment": "This is the most widely shared worry about AI in health.",
                    },
                },
                {"type": "heading", "value": "Which data does the tool use?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Each tool uses different data. A tool that reads X-rays uses your images. A tool that "
                        "drafts the report of your visit may use a recording of the conversation. A tool that helps "
                        "with prescriptions may use part of your medical record.</p>"
                        "<p>Under the GDPR (Art. 13), the organisation that processes your data must tell you what "
                        "they are used for, who receives them and how long they are kept. Ask your practice for this "
                        "information, or read its notice on this portal.</p>"
                    ),
                },
                {"type": "heading", "value": "Where are the data hosted?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Hosting is the place where data are stored and processed: the servers. In France, a "
                        "company that stores health data for a clinician or a hospital must hold a certification "
                        "called HDS, for “hébergeur de données de santé” (health data host). This rule comes from "
                        "article L1111-8 of the Public Health Code.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "What “HDS-certified” means",
                        "body": (
                            "<p>An HDS-certified host has been checked by an independent certification body. The "
                            "checks cover security, access, backups and confidentiality. HDS certification does not "
                            "say whether the tool is good for your health. It says that your data are kept by a host "
                            "that has passed these checks.</p>"
                        ),
                    },
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Many people prefer French or European tools:",
                        "figures": ["public-prefer-sovereign", "pro-prefer-sovereign"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The European Economic Area (EEA) is the European Union plus Iceland, Liechtenstein and "
                        "Norway. There, the GDPR protects your data. Some tools send data to servers elsewhere, for "
                        "example in the United States. This is allowed only with the safeguards set by the GDPR, and "
                        "you must be told about it. Ask: “Do my data leave Europe? If so, where, and with what "
                        "protection?”</p>"
                    ),
                },
                {"type": "heading", "value": "Are my data used to train AI?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Some vendors reuse the data they receive to improve or train their AI. This is not the "
                        "same purpose as your care. The CNIL, the French data protection authority, advises "
                        "organisations to check whether a provider reuses the data they give it. You can ask your "
                        "practice whether this happens with its tools.</p>"
                        "<p>If it does, ask how to object. The GDPR gives a right to object in some situations "
                        "(Art. 21). The new European Health Data Space regulation (2025) also provides a right to "
                        "refuse some secondary uses of your data, for example for research or for developing AI "
                        "tools. It applies in stages over the coming years.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "public-fear-confidentiality",
                        "comment": "",
                    },
                },
                {"type": "heading", "value": "Good habits"},
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "Ask",
                        "do_items": [
                            "Which data from my record does the tool use?",
                            "Where are they hosted, and is the host HDS-certified?",
                            "Do my data leave the European Economic Area?",
                            "Does the vendor reuse my data to train its AI?",
                            "How can I object, and whom do I contact?",
                        ],
                        "dont_title": "Avoid",
                        "dont_items": [
                            "Typing your name or your medical record into a public chatbot",
                            "Assuming that a free app always protects your data",
                            "Sending photos of your medical documents through an app you do not know",
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        '<p>To learn about all your rights, read <a href="page:consent-and-rights">Consent and your '
                        "rights</a>. Before you install an app, read "
                        '<a href="page:judging-a-health-app">Judging a health app</a>.</p>'
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # 3. Who is responsible
    # ------------------------------------------------------------------------------------------------
    {
        "key": "who-is-responsible",
        "section": "rights",
        "reviewed_by": "Claire Roussel",
        "reviewer_role": {
            "fr": "juriste en droit de la santé, comité de relecture du portail",
            "en": "health law specialist, the portal’s review board",
        },
        "reviewed_on": "2026-10-28",
        "sources": ["barometre-2025", "csp-l1111-2", "pld-2024", "gdpr"],
        "fr": {
            "title": "Qui est responsable en cas d’erreur ?",
            "slug": "qui-est-responsable",
            "intro": (
                "Un outil d’IA peut se tromper. Voici qui répond de quoi, et comment signaler un problème "
                "ou faire une réclamation."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Aucun outil n’est parfait. Un outil d’IA peut manquer un détail sur une image ou écrire "
                        "une information fausse dans un compte rendu. Qui en répond alors ? Cette question inquiète "
                        "les patients comme les soignants.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Le flou sur la responsabilité fait partie des principaux risques cités :",
                        "figures": ["public-fear-liability", "pro-risk-liability"],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "Information générale, pas un conseil juridique",
                        "body": (
                            "<p>Cette page explique des principes généraux. Chaque situation est différente. Pour "
                            "votre cas, adressez-vous à un avocat, à une association de patients ou aux contacts "
                            "indiqués plus bas.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Votre soignant reste responsable de ses décisions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’IA aide, mais elle ne décide pas. Votre soignant choisit d’utiliser un outil, vérifie "
                        "son résultat et prend la décision de soin. En règle générale, il répond de ses décisions, "
                        "avec ou sans IA. S’il suit une suggestion fausse sans la vérifier, c’est son choix qui est en "
                        "cause. C’est pourquoi un professionnel doit toujours relire le résultat de l’IA. Pour en "
                        'savoir plus, lisez <a href="page:ai-does-not-replace-your-doctor">L’IA ne remplace pas votre '
                        "médecin</a>.</p>"
                    ),
                },
                {"type": "heading", "value": "L’hôpital ou la clinique"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’établissement où vous êtes soigné choisit les outils, les installe et forme son "
                        "personnel. Il doit organiser des soins sûrs. À l’hôpital, c’est souvent l’établissement qui "
                        "répond des dommages causés par son personnel pendant les soins. Il peut aussi être "
                        "responsable si un outil a été mal choisi, mal réglé ou mal entretenu.</p>"
                    ),
                },
                {"type": "heading", "value": "L’éditeur, pour un produit défectueux"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’entreprise qui fabrique l’outil doit livrer un produit sûr. Une nouvelle directive "
                        "européenne sur la responsabilité du fait des produits défectueux (directive (UE) 2024/2853) "
                        "dit clairement qu’un logiciel, y compris une IA, est un produit. Si un défaut du logiciel "
                        "cause un dommage, son fabricant peut être tenu responsable. Vous n’avez pas à prouver qu’il a "
                        "commis une faute. Il faut montrer le défaut, le dommage et le lien entre les deux. Ces "
                        "nouvelles règles visent les produits mis sur le marché après le 9 décembre 2026.</p>"
                    ),
                },
                {"type": "heading", "value": "Signaler un problème ou faire une réclamation"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si vous pensez qu’un outil d’IA a fait une erreur dans vos soins, voici ce que vous "
                        "pouvez faire. L’ordre ci-dessous est un conseil, pas une obligation :</p>"
                        "<ol><li>Parlez d’abord à votre soignant. Demandez-lui de revoir le résultat et de corriger "
                        "votre dossier si besoin.</li>"
                        "<li>Contactez la personne indiquée dans la notice de votre cabinet, ou le service des "
                        "relations avec les usagers de l’établissement. Dans les hôpitaux et cliniques, la commission "
                        "des usagers examine les réclamations.</li>"
                        "<li>Si un dispositif médical a pu causer un dommage, vous pouvez le signaler sur le portail "
                        "national de signalement des événements sanitaires indésirables.</li>"
                        "<li>Pour un problème lié à vos données personnelles, vous pouvez porter plainte auprès de "
                        "la CNIL, à tout moment : le RGPD (art. 77) ne vous oblige pas à vous adresser d’abord au "
                        "cabinet.</li>"
                        "<li>Si vous avez subi un dommage grave, une commission de conciliation et d’indemnisation "
                        "(CCI) peut examiner votre dossier, gratuitement.</li></ol>"
                    ),
                },
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Puis-je me plaindre si on ne m’a pas dit que l’IA était utilisée ?",
                            "answer": (
                                "<p>Oui. Vous avez droit à l’information sur vos soins, et certaines règles visent "
                                "l’IA : les dispositifs médicaux qui apprennent à partir de données, les outils avec "
                                "lesquels vous échangez, le tri aux urgences. Vous pouvez en parler à votre soignant "
                                "ou au service des relations avec les usagers de l’établissement. "
                                'Vos droits sont expliqués dans <a href="page:consent-and-rights">Consentement et '
                                "droits</a>.</p>"
                            ),
                        },
                        {
                            "question": "Une réclamation peut-elle nuire à mes soins ?",
                            "answer": (
                                "<p>Non, elle ne doit pas. Faire une réclamation est un droit. Vos soins doivent "
                                "continuer de la même façon.</p>"
                            ),
                        },
                        {
                            "question": "Que dois-je garder ?",
                            "answer": (
                                "<p>Gardez les dates, les noms, les documents reçus et, s’il existe, une copie de la "
                                "notice IA de votre cabinet. Notez ce qui s’est passé tant que vos souvenirs sont "
                                "précis.</p>"
                            ),
                        },
                    ],
                },
            ],
        },
        "en": {
            "title": "Who is responsible if something goes wrong?",
            "slug": "who-is-responsible",
            "intro": (
                "An AI tool can make mistakes. Here is who answers for what, and how to report a problem "
                "or make a complaint."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>No tool is perfect. An AI tool can miss a detail on an image or write something wrong in "
                        "a report. Who answers for it then? This question worries patients and clinicians alike.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Unclear responsibility is among the main risks people name:",
                        "figures": ["public-fear-liability", "pro-risk-liability"],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "General information, not legal advice",
                        "body": (
                            "<p>This page explains general principles. Every situation is different. For your own "
                            "case, ask a lawyer, a patients’ association or the contacts listed below.</p>"
                        ),
                    },
                },
                {
                    "type": "heading",
                    "value": "Your clinician stays responsible for their decisions",
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>AI helps, but it does not decide. Your clinician chooses to use a tool, checks its result "
                        "and makes the care decision. As a general rule, they answer for their decisions, with or "
                        "without AI. If they follow a wrong suggestion without checking it, it is their choice that "
                        "is in question. That is why a professional must always review the AI result. To learn more, "
                        'read <a href="page:ai-does-not-replace-your-doctor">AI does not replace your doctor</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "The hospital or clinic"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The place where you are treated chooses the tools, sets them up and trains its staff. It "
                        "must organise safe care. In a hospital, it is often the hospital that answers for harm "
                        "caused by its staff during care. It can also be responsible if a tool was badly chosen, "
                        "badly set up or badly maintained.</p>"
                    ),
                },
                {"type": "heading", "value": "The vendor, for a defective product"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The company that makes the tool must deliver a safe product. A new European directive on "
                        "liability for defective products (Directive (EU) 2024/2853) states clearly that software, "
                        "including AI, is a product. If a defect in the software causes harm, its maker can be held "
                        "liable. You do not have to prove that the maker was at fault. You need to show the defect, "
                        "the harm and the link between them. These new rules cover products placed on the market "
                        "after 9 December 2026.</p>"
                    ),
                },
                {"type": "heading", "value": "Reporting a problem or making a complaint"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you think an AI tool made a mistake in your care, here is what you can do. The order "
                        "below is advice, not an obligation:</p>"
                        "<ol><li>Talk to your clinician first. Ask them to look at the result again and to correct "
                        "your record if needed.</li>"
                        "<li>Contact the person named in your practice’s notice, or the patient relations service of "
                        "the hospital or clinic. In hospitals and clinics, a users’ committee (commission des "
                        "usagers) reviews complaints.</li>"
                        "<li>If a medical device may have caused harm, you can report it on the French national "
                        "portal for reporting adverse health events.</li>"
                        "<li>For a problem with your personal data, you can complain to the CNIL at any time: the "
                        "GDPR (Art. 77) does not require you to contact the practice first.</li>"
                        "<li>If you suffered serious harm, a conciliation and compensation commission (CCI) can "
                        "examine your case, free of charge.</li></ol>"
                    ),
                },
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Can I complain if nobody told me AI was used?",
                            "answer": (
                                "<p>Yes. You have a right to information about your care, and some rules target AI: "
                                "medical devices that learned from data, tools you talk to, emergency triage. You can "
                                "raise it with your clinician or with the patient relations service of the hospital "
                                "or clinic. Your rights "
                                'are explained in <a href="page:consent-and-rights">Consent and your rights</a>.</p>'
                            ),
                        },
                        {
                            "question": "Can a complaint harm my care?",
                            "answer": (
                                "<p>No, it must not. Making a complaint is your right. Your care must go on in the "
                                "same way.</p>"
                            ),
                        },
                        {
                            "question": "What should I keep?",
                            "answer": (
                                "<p>Keep the dates, the names, the documents you received and, if there is one, a "
                                "copy of your practice’s AI notice. Write down what happened while you still "
                                "remember it clearly.</p>"
                            ),
                        },
                    ],
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # 4. Judging a health app
    # ------------------------------------------------------------------------------------------------
    {
        "key": "judging-a-health-app",
        "section": "rights",
        "reviewed_by": "Dr Hélène Vasseur",
        "reviewer_role": {
            "fr": "médecin généraliste, comité de relecture du portail",
            "en": "general practitioner, the portal’s review board",
        },
        "reviewed_on": "2026-11-04",
        "sources": ["barometre-2025", "ai-act", "gdpr", "cnil-genai-faq"],
        "fr": {
            "title": "Évaluer une application de santé avant de lui faire confiance",
            "slug": "evaluer-une-application-de-sante",
            "intro": (
                "Beaucoup d’applis et de chatbots promettent des conseils de santé. Quelques questions "
                "simples vous aident à repérer un outil fiable."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les applications de santé sont partout : podomètres, montres connectées, outils qui "
                        "analysent vos symptômes, assistants conversationnels. Beaucoup de Français s’en servent pour "
                        "leur santé, parfois avec une IA générative comme ChatGPT ou Copilot.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "",
                        "figures": ["public-use-ai-health", "public-ai-users-genai"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Pourtant, la confiance baisse quand on utilise ces outils seul. Et beaucoup de "
                        "personnes veulent que ces applications soient testées et validées.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {"lead": "", "figures": APP_TRUST},
                },
                {
                    "type": "heading",
                    "value": "Cinq questions à vous poser avant de faire confiance",
                },
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Qui la fabrique ?",
                            "answer": (
                                "<p>Cherchez le nom de l’entreprise, son pays et un moyen de la contacter. Une "
                                "application sérieuse dit qui elle est. Méfiez-vous si vous ne trouvez pas ces "
                                "informations.</p>"
                            ),
                        },
                        {
                            "question": "A-t-elle un marquage CE, et qu’est-ce que cela veut dire ?",
                            "answer": (
                                "<p>Certaines applications sont des dispositifs médicaux : elles aident à "
                                "diagnostiquer, à surveiller ou à traiter. Dans l’Union européenne, elles doivent "
                                "porter le marquage CE. Il montre que le fabricant déclare respecter les règles "
                                "européennes sur les dispositifs médicaux. Pour la plupart de ces logiciels, un "
                                "organisme indépendant, appelé « organisme notifié », a aussi fait des contrôles.</p>"
                                "<p>Le marquage CE est un minimum. Il ne prouve pas que l’application vous convient, "
                                "ni qu’elle fait aussi bien qu’un médecin. Beaucoup d’applications de bien-être ne sont "
                                "pas des dispositifs médicaux.</p>"
                            ),
                        },
                        {
                            "question": "Où vont mes données ?",
                            "answer": (
                                "<p>Lisez la politique de confidentialité. Elle doit dire quelles données sont "
                                "collectées, pourquoi, où elles sont stockées et combien de temps (RGPD, art. 13). "
                                "Vérifiez si elles quittent l’Europe et si elles servent à entraîner une IA. "
                                'Lisez aussi <a href="page:health-data">Vos données de santé</a>.</p>'
                            ),
                        },
                        {
                            "question": "Qui l’a validée ?",
                            "answer": (
                                "<p>Cherchez des preuves : des études, l’avis d’une autorité de santé, des hôpitaux "
                                "qui l’utilisent. Cinq étoiles dans une boutique d’applications ne sont pas une "
                                "validation. Demandez l’avis de votre médecin ou de votre pharmacien. Si c’est un "
                                "assistant conversationnel, il doit vous dire clairement que vous parlez à une IA : "
                                "le règlement européen sur l’IA l’exige à partir d’août 2026.</p>"
                            ),
                        },
                        {
                            "question": "Remplace-t-elle mon médecin ?",
                            "answer": (
                                "<p>Non. Une application peut vous aider à suivre votre santé ou à préparer une "
                                "consultation. Elle ne doit pas poser de diagnostic ni changer votre traitement sans "
                                "un professionnel. Méfiez-vous de celles qui le promettent. Lisez "
                                '<a href="page:ai-does-not-replace-your-doctor">L’IA ne remplace pas votre '
                                "médecin</a>.</p>"
                            ),
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "Assistants conversationnels et données personnelles",
                        "body": (
                            "<p>Ne tapez pas votre nom, votre numéro de sécurité sociale ou votre dossier médical dans "
                            "un assistant conversationnel public. Ce que vous écrivez peut être conservé, et parfois "
                            "réutilisé pour améliorer l’outil. Posez plutôt une question générale, puis vérifiez la "
                            "réponse avec un professionnel.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "La liste de contrôle"},
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "Bons signes",
                        "do_items": [
                            "Le nom, le pays et le contact du fabricant sont faciles à trouver",
                            "L’application porte le marquage CE si elle annonce un usage médical",
                            "La politique de confidentialité est claire et dit où sont stockées les données",
                            "Des études ou des professionnels de santé la soutiennent",
                            "Elle vous conseille de voir un professionnel quand c’est nécessaire",
                        ],
                        "dont_title": "Signaux d’alerte",
                        "dont_items": [
                            "Elle promet un diagnostic ou une guérison",
                            "Elle demande plus de données qu’il n’en faut",
                            "Vous ne savez pas qui la fabrique",
                            "Elle vous pousse à arrêter ou à changer un traitement",
                            "Elle cache que vous parlez à une IA",
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si votre soignant vous propose une application, demandez-lui pourquoi, et comment il "
                        "utilisera les données. Vos questions sont les bienvenues : lisez "
                        '<a href="page:consent-and-rights">Consentement et droits</a>.</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "Judging a health app before you trust it",
            "slug": "judging-a-health-app",
            "intro": (
                "Many apps and chatbots promise health advice. A few simple checks help you spot a tool you "
                "can rely on."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Health apps are everywhere: step counters, smartwatches, symptom checkers, chatbots. "
                        "Many people in France use them for their health, sometimes through generative AI such as "
                        "ChatGPT or Copilot.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "",
                        "figures": ["public-use-ai-health", "public-ai-users-genai"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Yet trust drops when people use these tools on their own. And many people want these "
                        "apps to be tested and validated.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {"lead": "", "figures": APP_TRUST},
                },
                {"type": "heading", "value": "Five questions to ask before you trust an app"},
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Who makes it?",
                            "answer": (
                                "<p>Look for the name of the company, its country and a way to contact it. A serious "
                                "app says who it is. Be careful if you cannot find this information.</p>"
                            ),
                        },
                        {
                            "question": "Does it have CE marking, and what does that mean?",
                            "answer": (
                                "<p>Some apps are medical devices: they help to diagnose, monitor or treat. In the "
                                "European Union, they must carry CE marking. It shows that the maker declares that "
                                "the app meets the European rules on medical devices. For most of this software, an "
                                "independent body, called a “notified body”, has also carried out checks.</p>"
                                "<p>CE marking is a minimum. It does not prove that the app is right for you, or "
                                "that it does as well as a doctor. Many wellness apps are not medical devices at "
                                "all.</p>"
                            ),
                        },
                        {
                            "question": "Where do my data go?",
                            "answer": (
                                "<p>Read the privacy policy. It must say which data are collected, why, where they "
                                "are stored and for how long (GDPR, Art. 13). Check whether they leave Europe and "
                                'whether they are used to train an AI. Read also <a href="page:health-data">Your '
                                "health data</a>.</p>"
                            ),
                        },
                        {
                            "question": "Who validated it?",
                            "answer": (
                                "<p>Look for evidence: studies, an opinion from a health authority, hospitals that "
                                "use it. Five stars in an app store are not a validation. Ask your doctor or your "
                                "pharmacist what they think. If it is a chatbot, it must tell you clearly that you "
                                "are talking to an AI: the European AI Act requires this from August 2026.</p>"
                            ),
                        },
                        {
                            "question": "Does it replace my doctor?",
                            "answer": (
                                "<p>No. An app can help you follow your health or prepare a visit. It must not make "
                                "a diagnosis or change your treatment without a professional. Be wary of apps that "
                                'promise this. Read <a href="page:ai-does-not-replace-your-doctor">AI does not '
                                "replace your doctor</a>.</p>"
                            ),
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "Chatbots and your personal data",
                        "body": (
                            "<p>Do not type your name, your social security number or your medical record into a "
                            "public chatbot. What you write may be stored, and sometimes reused to improve the tool. "
                            "Ask a general question instead, then check the answer with a professional.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "The checklist"},
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "Good signs",
                        "do_items": [
                            "The maker’s name, country and contact are easy to find",
                            "The app has CE marking if it claims a medical use",
                            "The privacy policy is clear and says where data are stored",
                            "Studies or health professionals support it",
                            "It tells you to see a professional when needed",
                        ],
                        "dont_title": "Warning signs",
                        "dont_items": [
                            "It promises a diagnosis or a cure",
                            "It asks for more data than it needs",
                            "You cannot find out who makes it",
                            "It pushes you to stop or change a treatment",
                            "It hides that you are talking to an AI",
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If your clinician suggests an app, ask them why, and how they will use its data. Your "
                        'questions are welcome: read <a href="page:consent-and-rights">Consent and your '
                        "rights</a>.</p>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # 5. Informing your patients (for health professionals)
    # ------------------------------------------------------------------------------------------------
    {
        "key": "informing-your-patients",
        "section": "professionals",
        "reviewed_by": "Dr Thomas Lemaire",
        "reviewer_role": {
            "fr": "radiologue, comité de relecture du portail",
            "en": "radiologist, the portal’s review board",
        },
        "reviewed_on": "2026-11-12",
        "sources": [
            "barometre-2025",
            "csp-l1111-2",
            "csp-l4001-3",
            "ai-act",
            "gdpr",
            "has-genai-2025",
            "cnil-genai-faq",
        ],
        "fr": {
            "title": "Informer vos patients sur l’IA que vous utilisez : guide pour les professionnels de santé",
            "slug": "informer-vos-patients",
            "intro": (
                "Vos patients veulent savoir quand l’IA intervient dans leurs soins. Ce guide vous donne des "
                "phrases à utiliser, le contenu d’une bonne notice et les bons moments pour en parler."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous utilisez peut-être l’IA chaque jour : pour rédiger un compte rendu, lire une image "
                        "ou chercher une information. Vos patients, eux, ne le savent pas toujours.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {"lead": "", "figures": INFORMING},
                },
                {"type": "heading", "value": "Comment les professionnels informent aujourd’hui"},
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Le baromètre relève trois façons d’informer :",
                        "figures": WAYS_OF_INFORMING,
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ces façons marchent mieux ensemble : une phrase dite à l’oral, puis un document ou un "
                        "lien pour plus tard.</p>"
                        "<p>La formation compte aussi. Mieux vous connaissez votre outil, plus il est facile de "
                        "l’expliquer.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-well-trained",
                        "comment": "",
                    },
                },
                {"type": "heading", "value": "Que dire : des exemples"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Quelques phrases simples suffisent. Adaptez-les à votre outil :</p>"
                        "<ul><li>« Pour ce compte rendu, j’utilise un outil qui prépare un résumé de notre échange. "
                        "Je relis et je corrige tout avant que cela entre dans votre dossier. »</li>"
                        "<li>« Le logiciel signale des zones à regarder sur votre radio. Je regarde l’image moi-même, "
                        "et c’est moi qui pose le diagnostic. »</li>"
                        "<li>« Si vous préférez, je peux faire sans. Vos soins restent les mêmes, cela me prendra "
                        "juste un peu plus de temps. »</li></ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "success",
                        "title": "Trois points en une phrase",
                        "body": (
                            "<p>Une bonne phrase courte dit ce que fait l’outil, qui vérifie le résultat, et que le "
                            "patient peut refuser. Proposez ensuite un document ou la notice de votre cabinet sur ce "
                            "portail pour les détails.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Ce que doit contenir une notice"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sur ce portail, la notice de votre cabinet décrit chaque outil. Elle suit le devoir "
                        "d’information (article L1111-2 du Code de la santé publique) et le RGPD (art. 13) :</p>"
                        "<ul><li>le nom de l’outil, son éditeur et ce qu’il fait chez vous ;</li>"
                        "<li>son rôle : il informe, il aide, ou il rédige un texte que vous validez ;</li>"
                        "<li>qui vérifie ses résultats, et comment ;</li>"
                        "<li>les données du patient utilisées, leur hébergement (hébergeur certifié HDS, dans l’EEE "
                        "ou non) et leur éventuelle réutilisation par l’éditeur pour entraîner son IA ;</li>"
                        "<li>les bénéfices, les risques connus et la façon de les limiter ;</li>"
                        "<li>la solution de remplacement, et comment refuser ;</li>"
                        "<li>son statut réglementaire : dispositif médical marqué CE ou non ;</li>"
                        "<li>un contact pour joindre une personne, et la façon de faire une réclamation.</li></ul>"
                    ),
                },
                {"type": "heading", "value": "Quand informer"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le plus tôt est le mieux, de vive voix si possible. Trois règles sont précises :</p>"
                        "<ul><li><b>Les outils avec lesquels le patient échange</b> (assistant conversationnel, agent "
                        "vocal, orientation en ligne) : selon le règlement européen sur l’IA (art. 50), les personnes "
                        "doivent savoir qu’elles échangent avec une IA, au plus tard lors du premier échange, sauf si "
                        "c’est évident. Cette règle s’applique à partir du 2 août 2026.</li>"
                        "<li><b>Les dispositifs médicaux à apprentissage automatique</b> utilisés pour la prévention, "
                        "le diagnostic ou le soin : l’article L4001-3 du Code de la santé publique vous demande de "
                        "vous assurer que le patient a été informé et, le cas échéant, averti de l’interprétation qui "
                        "en résulte. Il ne vise pas les outils généralistes comme ChatGPT. Vérifiez sur Légifrance "
                        "où en est son arrêté d’application.</li>"
                        "<li><b>Le tri des patients aux urgences</b> : le règlement européen sur l’IA le classe "
                        "« à haut risque » (annexe III). Il prévoit que les patients soient informés que le "
                        "système sert pour eux (art. 26, paragraphe 11) et qu’ils puissent demander une "
                        "explication de son rôle dans la décision (art. 86). Les autres dispositifs médicaux, "
                        "qui ne servent pas à ce tri, n’entrent pas dans ces deux articles.</li></ul>"
                        "<p>Pour les autres usages, il n’existe souvent pas de texte propre à l’IA. Votre devoir "
                        "général d’information sur les soins (L1111-2) reste le bon repère.</p>"
                    ),
                },
                {"type": "heading", "value": "IA générative : les repères de la HAS"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En octobre 2025, la Haute Autorité de santé (HAS) a publié de premiers repères sur "
                        "l’usage de l’IA générative en santé. D’après les présentations publiées de ce guide, ils "
                        "tiennent en quatre mots, A.V.E.C. :</p>"
                        "<ul><li><b>Apprendre</b> : comprendre l’outil et ses limites ;</li>"
                        "<li><b>Vérifier</b> : contrôler chaque résultat, et ne mettre aucune donnée confidentielle "
                        "dans vos demandes ;</li>"
                        "<li><b>Estimer</b> : peser dans la durée les bénéfices, les risques et les effets sur "
                        "votre organisation ;</li>"
                        "<li><b>Communiquer</b> : informer les patients et partager les retours d’expérience.</li></ul>"
                        "<p>La CNIL recommande elle aussi de ne pas saisir de données identifiantes de patients dans "
                        "des outils publics. Consultez le guide de la HAS lui-même avant de vous appuyer sur ces "
                        "points.</p>"
                    ),
                },
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "À faire",
                        "do_items": [
                            "Informer le patient en une ou deux phrases simples",
                            "Dire qui vérifie le résultat",
                            "Proposer une solution de remplacement quand elle existe",
                            "Remettre un document ou le lien vers votre notice",
                            "Noter dans le dossier que le patient a été informé",
                        ],
                        "dont_title": "À éviter",
                        "dont_items": [
                            "Le jargon technique : modèle, algorithme, réseau de neurones",
                            "Promettre que l’outil ne se trompe jamais",
                            "Coller des données identifiantes d’un patient dans un outil public",
                            "Attendre que le patient pose la question",
                            "Traiter un refus de l’outil comme un refus de soins",
                        ],
                    },
                },
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Dois-je recueillir un consentement écrit ?",
                            "answer": (
                                "<p>En général, les textes cités demandent une information, pas un formulaire signé. "
                                "Votre obligation habituelle de recueillir le consentement aux soins s’applique "
                                "toujours. Suivez les règles de votre établissement et, en cas de doute, interrogez "
                                "votre ordre professionnel ou votre assureur.</p>"
                            ),
                        },
                        {
                            "question": "Que faire si le patient refuse ?",
                            "answer": (
                                "<p>Notez-le, proposez la solution de remplacement et poursuivez les soins. Expliquez "
                                "honnêtement les conséquences éventuelles, par exemple un délai plus long. Orientez "
                                'le patient vers <a href="page:consent-and-rights">Consentement et droits</a> et '
                                '<a href="page:health-data">Vos données de santé</a>.</p>'
                            ),
                        },
                    ],
                },
            ],
        },
        "en": {
            "title": "Informing your patients about the AI you use: a guide for health professionals",
            "slug": "informing-your-patients",
            "intro": (
                "Your patients want to know when AI plays a part in their care. This guide gives you words to "
                "use, the content of a good notice and the right moments to speak."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You may use AI every day: to draft a report, read an image or look up information. "
                        "Your patients do not always know it.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {"lead": "", "figures": INFORMING},
                },
                {"type": "heading", "value": "How professionals inform today"},
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "The barometer finds three ways of informing:",
                        "figures": WAYS_OF_INFORMING,
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>These ways work best together: a spoken sentence first, then a document or a link for "
                        "later.</p>"
                        "<p>Training matters too. The better you know your tool, the easier it is to explain.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-well-trained",
                        "comment": "",
                    },
                },
                {"type": "heading", "value": "What to say: examples"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A few simple sentences are enough. Adapt them to your tool:</p>"
                        "<ul><li>“For this report, I use a tool that prepares a summary of our conversation. I read "
                        "and correct everything before it goes into your record.”</li>"
                        "<li>“The software points out areas to look at on your X-ray. I look at the image myself, "
                        "and I make the diagnosis.”</li>"
                        "<li>“If you prefer, I can do without it. Your care stays the same; it will just take me a "
                        "little longer.”</li></ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "success",
                        "title": "Three points in one sentence",
                        "body": (
                            "<p>A good short sentence says what the tool does, who checks the result, and that the "
                            "patient can say no. Then offer a document, or your practice’s notice on this portal, "
                            "for the details.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "What a notice must contain"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>On this portal, your practice’s notice describes each tool. It follows the duty to "
                        "inform (article L1111-2 of the Public Health Code) and the GDPR (Art. 13):</p>"
                        "<ul><li>the name of the tool, its vendor and what it does in your practice;</li>"
                        "<li>its role: it informs, it helps, or it drafts a text that you validate;</li>"
                        "<li>who checks its results, and how;</li>"
                        "<li>the patient data it uses, where they are hosted (HDS-certified host, inside the EEA or "
                        "not) and whether the vendor reuses them to train its AI;</li>"
                        "<li>the benefits, the known risks and how you limit them;</li>"
                        "<li>the other option, and how to say no;</li>"
                        "<li>its regulatory status: CE-marked medical device or not;</li>"
                        "<li>a contact to reach a person, and how to make a complaint.</li></ul>"
                    ),
                },
                {"type": "heading", "value": "When to inform"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The earlier, the better, face to face if possible. Three rules are specific:</p>"
                        "<ul><li><b>Tools the patient talks to</b> (chatbot, voice agent, online triage): under the "
                        "EU AI Act (Art. 50), people must be told that they are interacting with an AI, at the "
                        "latest at the first interaction, unless it is obvious. This rule applies from 2 August "
                        "2026.</li>"
                        "<li><b>Medical devices using machine learning</b>, used for prevention, diagnosis or care: "
                        "article L4001-3 of the Public Health Code asks you to make sure that the patient has been "
                        "informed and, where relevant, told about the resulting interpretation. It does not cover "
                        "general tools such as ChatGPT. Check on Légifrance where its implementing order "
                        "stands.</li>"
                        "<li><b>Emergency patient triage</b>: the EU AI Act classes it as “high-risk” (Annex III). "
                        "It provides that patients are told that the system is used for them (Art. 26(11)) and "
                        "that they may ask for an explanation of its role in the decision (Art. 86). Other medical "
                        "devices, which are not used for this triage, fall outside these two articles.</li></ul>"
                        "<p>For other uses, there is often no text specific to AI. Your general duty to inform "
                        "patients about their care (L1111-2) remains the right guide.</p>"
                    ),
                },
                {"type": "heading", "value": "Generative AI: the HAS guidance"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In October 2025, the Haute Autorité de santé (HAS), France’s national health authority, "
                        "published first guidance on using generative AI in health. According to published summaries "
                        "of the guide, it fits in four words, A.V.E.C.:</p>"
                        "<ul><li><b>Apprendre</b> (learn): understand the tool and its limits;</li>"
                        "<li><b>Vérifier</b> (check): check every output, and put no confidential data in your "
                        "requests;</li>"
                        "<li><b>Estimer</b> (assess): weigh benefits, risks and effects on your organisation over "
                        "time;</li>"
                        "<li><b>Communiquer</b> (communicate): inform patients and share feedback.</li></ul>"
                        "<p>The CNIL also advises against entering identifiable patient data into public tools. Read "
                        "the HAS guide itself before you rely on these points.</p>"
                    ),
                },
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "Do",
                        "do_items": [
                            "Inform the patient in one or two plain sentences",
                            "Say who checks the result",
                            "Offer another option when there is one",
                            "Hand out a document or the link to your notice",
                            "Note in the record that the patient was informed",
                        ],
                        "dont_title": "Avoid",
                        "dont_items": [
                            "Technical jargon: model, algorithm, neural network",
                            "Promising that the tool never makes mistakes",
                            "Pasting identifiable patient data into a public tool",
                            "Waiting for the patient to ask",
                            "Treating a refusal of the tool as a refusal of care",
                        ],
                    },
                },
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Do I need written consent?",
                            "answer": (
                                "<p>In general, the texts above require information, not a signed form. Your usual "
                                "duty to obtain consent to care still applies. Follow your establishment’s rules and, "
                                "if in doubt, ask your professional council or your insurer.</p>"
                            ),
                        },
                        {
                            "question": "What if the patient says no?",
                            "answer": (
                                "<p>Note it, offer the other option and go on with care. Explain any consequence "
                                "honestly, for example a longer wait. Point the patient to "
                                '<a href="page:consent-and-rights">Consent and your rights</a> and '
                                '<a href="page:health-data">Your health data</a>.</p>'
                            ),
                        },
                    ],
                },
            ],
        },
    },
]
