"""Demo articles of the "understand" section (French and English).

Four plain-language explainers for patients: how clinicians use AI, what it can bring, its risks and
the safeguards against each of the five fears, and why AI does not replace the clinician. Figures come
from the 2025 AI & Data in Health Barometer (ACSEL / Toluna Harris Interactive); key_figure blocks point
to BarometerFigure keys. Pure data, read by the demo loader; see FORMAT.md for the shape.
"""

# Figures quoted as a list, the same in both languages.
FIVE_USES = [
    "pro-use-diagnosis",
    "pro-use-training",
    "pro-use-organisation",
    "pro-use-data-analysis",
    "pro-use-research",
]
TRUST_BY_USER = ["public-trust-professionals", "public-trust-self", "public-trust-other-patients"]

ARTICLES = [
    # ------------------------------------------------------------------------------------------------
    {
        "key": "how-clinicians-use-ai",
        "section": "understand",
        "reviewed_by": "Dr Hélène Vasseur",
        "reviewer_role": {
            "fr": "médecin généraliste, comité de relecture du portail",
            "en": "general practitioner, the portal’s review board",
        },
        "reviewed_on": "2026-10-14",
        "sources": ["barometre-2025", "csp-l4001-3", "ai-act"],
        "fr": {
            "title": "Comment les soignants utilisent l’IA",
            "slug": "comment-les-soignants-utilisent-l-ia",
            "intro": (
                "Beaucoup de soignants se servent déjà de l’intelligence artificielle, ou IA. Voici à "
                "quoi elle leur sert, avec des exemples."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle, ou IA, désigne des logiciels qui repèrent des "
                        "régularités dans de grandes quantités de données. Ensuite, ils proposent un "
                        "résultat : un texte, une alerte sur une image, un créneau de rendez-vous. En santé, "
                        "ces outils ne sont plus rares.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-use-ai",
                        "comment": "L’IA fait donc déjà partie du travail de nombreux soignants.",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Beaucoup d’entre eux utilisent une <b>IA générative</b>. C’est une IA qui "
                        "écrit un texte à partir d’une demande, comme ChatGPT. Elle sert surtout à rédiger, "
                        "à résumer ou à chercher une information. Elle peut aussi se tromper avec assurance : "
                        "le soignant doit donc relire ce qu’elle produit.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "pro-genai", "comment": ""},
                },
                {"type": "heading", "value": "Les cinq usages les plus cités"},
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Les usages que les professionnels interrogés citent le plus :",
                        "figures": FIVE_USES,
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un même soignant peut avoir plusieurs de ces usages. Et aider à décider ne veut "
                        "pas dire décider : le soignant garde le dernier mot.</p>"
                    ),
                },
                {"type": "heading", "value": "Des exemples concrets"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Voici des usages que vous pouvez rencontrer :</p>"
                        "<ul>"
                        "<li><b>La prise de notes pendant la consultation.</b> Avec votre accord, un outil "
                        "écoute l’échange et prépare un brouillon du compte rendu. Le médecin le relit et le "
                        "corrige avant de l’enregistrer dans votre dossier. Pendant ce temps, il peut vous "
                        "regarder plutôt que son écran.</li>"
                        "<li><b>L’analyse d’images.</b> Sur une radio, un logiciel peut signaler une "
                        "possible fracture. Le radiologue examine l’image lui-même. C’est lui qui dit s’il y "
                        "a vraiment une fracture.</li>"
                        "<li><b>La rédaction de courriers.</b> L’IA propose un premier jet de lettre pour un "
                        "autre médecin. Le soignant vérifie chaque information avant de signer.</li>"
                        "<li><b>L’orientation par un chatbot.</b> Sur le site d’un cabinet, un assistant en "
                        "ligne vous pose quelques questions. Il aide à savoir si votre demande est urgente "
                        "et vers qui vous orienter. Il ne pose pas de diagnostic.</li>"
                        "<li><b>La planification des rendez-vous.</b> Un outil aide à répartir les "
                        "consultations pour réduire l’attente.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "Ce que prévoit la loi",
                        "body": (
                            "<p>Certains logiciels sont des dispositifs médicaux qui ont appris à partir de "
                            "très grandes quantités de données, comme des outils d’analyse d’images. Quand un "
                            "soignant en utilise un pour la prévention, le diagnostic ou le soin, il doit "
                            "s’assurer que vous en êtes informé (article L4001-3 du code de la santé "
                            "publique). Lors du vote de cette loi, le gouvernement a indiqué que cette "
                            "information pouvait être donnée au moment des résultats.</p>"
                            "<p>Si vous échangez directement avec une IA, comme un chatbot, le règlement "
                            "européen sur l’IA (article 50) prévoit que vous le sachiez, sauf si c’est "
                            "évident.</p>"
                            "<p>Aux urgences, un outil d’IA qui aide à trier les patients est classé « à haut "
                            "risque » par ce règlement. Il prévoit que vous soyez informé qu’il sert pour "
                            "vous, et que vous puissiez demander une explication claire de son rôle dans la "
                            "décision (articles 26 et 86).</p>"
                            "<p>Pour les autres outils, aucune règle propre à l’IA n’oblige à vous prévenir. "
                            "Votre droit général à l’information sur vos soins s’applique quand l’outil sert à "
                            "vos soins.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Serez-vous prévenu ?"},
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Aujourd’hui, les patients ne sont pas toujours prévenus.",
                        "figures": ["pro-inform-patients", "public-want-informed"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>C’est pourquoi ce portail publie les notices des cabinets et des services qui décrivent leurs outils. "
                        "Vous pouvez aussi poser la question directement à votre soignant.</p>"
                        "<p>Pour savoir ce que vous pouvez demander ou refuser, lisez "
                        '<a href="page:consent-and-rights">vos droits et votre consentement</a>. Pour la '
                        'suite, découvrez <a href="page:benefits">ce que l’IA peut apporter</a> et '
                        '<a href="page:risks-and-safeguards">les risques et les garde-fous</a>.</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "How clinicians use AI",
            "slug": "how-clinicians-use-ai",
            "intro": (
                "Many doctors and nurses already use AI. Here is what they use it for, with real "
                "examples."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence, or AI, means software that finds patterns in large "
                        "amounts of data. It then suggests a result: a text, an alert on an image, an "
                        "appointment slot. In health care, these tools are no longer rare.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-use-ai",
                        "comment": "So AI is already part of the daily work of many clinicians.",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Many of them use <b>generative AI</b>. This kind of AI writes a text from a "
                        "request, like ChatGPT. It is used mostly to draft, to summarise or to look up "
                        "information. It can also be wrong while sounding sure of itself, so the clinician "
                        "must read what it produces.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "pro-genai", "comment": ""},
                },
                {"type": "heading", "value": "The five most common uses"},
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "The uses the professionals surveyed name most often:",
                        "figures": FIVE_USES,
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>One clinician can have several of these uses. And helping to decide is not "
                        "deciding: the clinician has the last word.</p>"
                    ),
                },
                {"type": "heading", "value": "Concrete examples"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Here are some uses you may come across:</p>"
                        "<ul>"
                        "<li><b>Taking notes during the consultation.</b> With your agreement, a tool "
                        "listens to the conversation and prepares a draft of the consultation note. The "
                        "doctor reads and corrects it before saving it in your record. Meanwhile, the "
                        "doctor can look at you rather than at a screen.</li>"
                        "<li><b>Analysing images.</b> On an X-ray, software can flag a possible fracture. "
                        "The radiologist looks at the image too. The radiologist is the one who says "
                        "whether there really is a fracture.</li>"
                        "<li><b>Drafting letters.</b> AI suggests a first draft of a letter to another "
                        "doctor. The clinician checks every piece of information before signing.</li>"
                        "<li><b>Guidance by a chatbot.</b> On a practice’s website, an online assistant asks "
                        "you a few questions. It helps to tell whether your request is urgent and who "
                        "should see you. It does not make a diagnosis.</li>"
                        "<li><b>Planning appointments.</b> A tool helps to spread consultations over the "
                        "week to shorten waiting times.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "What the law says",
                        "body": (
                            "<p>Some software tools are medical devices that learned from very large amounts "
                            "of data, such as some image analysis tools. When a clinician uses one for "
                            "prevention, diagnosis or care, the clinician must make sure you have been "
                            "informed (article L4001-3 of the French Public Health Code). When this law was "
                            "voted, the government said this information could be given with the "
                            "results.</p>"
                            "<p>If you talk directly with an AI, such as a chatbot, the European AI Act "
                            "(article 50) provides that you should know it, unless this is obvious.</p>"
                            "<p>In the emergency department, an AI tool that helps to triage patients is "
                            "classed as “high-risk” by this regulation. It provides that you are told it is "
                            "used for you, and that you may ask for a clear explanation of its role in the "
                            "decision (articles 26 and 86).</p>"
                            "<p>For other tools, no rule specific to AI requires that you be told. Your "
                            "general right to information about your care applies when the tool is used for "
                            "your care.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Will you be told?"},
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Today, patients are not always told.",
                        "figures": ["pro-inform-patients", "public-want-informed"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This is why this portal publishes notices in which practices and "
                        "hospital departments describe their tools. You can also ask your clinician "
                        "directly.</p>"
                        "<p>To learn what you can ask for or refuse, read "
                        '<a href="page:consent-and-rights">your rights and your consent</a>. Next, find '
                        'out <a href="page:benefits">what AI can bring</a> and '
                        '<a href="page:risks-and-safeguards">the risks and the safeguards</a>.</p>'
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    {
        "key": "benefits",
        "section": "understand",
        "reviewed_by": "Dr Hélène Vasseur",
        "reviewer_role": {
            "fr": "médecin généraliste, comité de relecture du portail",
            "en": "general practitioner, the portal’s review board",
        },
        "reviewed_on": "2026-10-14",
        "sources": ["barometre-2025", "csp-l1111-2"],
        "fr": {
            "title": "Ce que l’IA peut apporter aux patients et aux soins",
            "slug": "ce-que-l-ia-peut-apporter",
            "intro": (
                "Bien utilisée, l’IA peut libérer du temps pour vous écouter, aider à repérer une maladie "
                "plus tôt et alléger les tâches de bureau. Voici ce qu’en disent les soignants, et les "
                "limites à connaître."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les bénéfices de l’IA en santé ne sont pas automatiques. Ils dépendent de "
                        "l’outil, de la façon de l’utiliser et du contrôle fait par le soignant. Les "
                        "chiffres de cette page viennent du Baromètre IA & Data en santé 2025 "
                        "(ACSEL / Toluna Harris Interactive). Ils disent ce que les professionnels "
                        "constatent ou pensent. Ce ne sont pas des résultats mesurés sur des patients.</p>"
                    ),
                },
                {"type": "heading", "value": "Du temps rendu pour la conversation"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un soignant passe une grande partie de son temps à écrire : notes, comptes "
                        "rendus, courriers. Quand un outil prépare un brouillon, le soignant le relit et le "
                        "corrige. Il n’a plus à tout taper lui-même. Ce temps gagné peut servir à vous "
                        "écouter, à vous examiner et à répondre à vos questions. Pendant la consultation, "
                        "il peut aussi vous regarder au lieu de regarder son clavier.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "pro-benefit-time", "comment": ""},
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-benefit-reports",
                        "comment": "Le compte rendu reste relu et validé par le soignant.",
                    },
                },
                {"type": "heading", "value": "Repérer plus tôt"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Certains logiciels analysent des images, des examens ou des résultats de "
                        "laboratoire. Ils peuvent attirer l’attention sur un détail : une petite tache sur "
                        "une image, ou une valeur qui change au fil des mois. Le soignant regarde alors de "
                        "plus près. Cela peut aider à trouver un problème plus tôt, quand il est souvent "
                        "plus simple à soigner. Le dépistage, par exemple de certains cancers, fait partie "
                        "des domaines où l’on attend beaucoup de ces outils. Mais une alerte de l’outil "
                        "n’est pas un diagnostic. Seul le soignant, après avoir examiné la situation, peut "
                        "vous dire ce qu’il en est.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "pro-benefit-diagnosis", "comment": ""},
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-effective-prevention",
                        "comment": "Ce bénéfice reste à confirmer.",
                    },
                },
                {"type": "heading", "value": "Moins de tâches administratives"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Planifier les rendez-vous, trier le courrier, remplir des formulaires : ces "
                        "tâches occupent toute l’équipe. L’IA peut en prendre une partie. Pour vous, cela "
                        "peut vouloir dire moins d’attente au téléphone et un rendez-vous plus facile à "
                        "obtenir. Pour l’équipe, cela laisse plus de place au soin.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-effective-admin",
                        "comment": "C’est le domaine où les soignants voient le plus l’effet de l’IA.",
                    },
                },
                {"type": "heading", "value": "Les limites, en toute honnêteté"},
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "L’IA n’est pas une solution miracle",
                        "body": (
                            "<ul>"
                            "<li>Le temps gagné ne revient pas toujours au patient. Il peut aussi servir à "
                            "voir plus de patients ou à d’autres tâches.</li>"
                            "<li>Un outil peut se tromper. Il peut oublier une information ou en inventer "
                            "une. Il peut signaler un problème qui n’existe pas, ou en manquer un. C’est "
                            "pour cela que le soignant vérifie.</li>"
                            "<li>Un outil qui marche bien dans un hôpital ne marche pas forcément aussi bien "
                            "ailleurs, ni pour tous les patients.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Les soignants pensent d’abord aux bénéfices pour eux-mêmes :",
                        "figures": ["pro-good-for-professionals", "pro-good-for-patients"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous avez le droit de connaître l’utilité des soins qui vous sont proposés, "
                        "leurs risques et les autres solutions possibles (article L1111-2 du code de la "
                        "santé publique). Vous pouvez donc demander quel rôle un outil d’IA y joue, et ce "
                        "qu’il vous apporte à vous.</p>"
                        "<p>Pour savoir ce qui est fait contre les erreurs, lisez "
                        '<a href="page:risks-and-safeguards">les risques et les garde-fous</a>. Pour '
                        "comprendre le rôle du soignant, lisez "
                        '<a href="page:ai-does-not-replace-your-doctor">l’IA ne remplace pas votre '
                        "médecin</a>.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "What AI can bring to patients and to care",
            "slug": "benefits",
            "intro": (
                "Used well, AI can free up time to listen to you, help to find an illness earlier and "
                "lighten office work. Here is what clinicians say about it, and the limits you should "
                "know."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The benefits of AI in health care do not come on their own. They depend on the "
                        "tool, on how it is used and on the checks made by the clinician. The figures on "
                        "this page come from the 2025 AI & Data in Health Barometer (ACSEL / Toluna Harris "
                        "Interactive). They show what professionals see or believe. They are not results "
                        "measured on patients.</p>"
                    ),
                },
                {"type": "heading", "value": "Time back for the conversation"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Clinicians spend a large part of their time writing: notes, reports, letters. "
                        "When a tool prepares a draft, the clinician reads and corrects it. They no longer "
                        "have to type everything themselves. The time saved can go into listening to you, "
                        "examining you and answering your questions. During the consultation, they can also "
                        "look at you instead of at the keyboard.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "pro-benefit-time", "comment": ""},
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-benefit-reports",
                        "comment": "The clinician still reads and approves the report.",
                    },
                },
                {"type": "heading", "value": "Finding problems earlier"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Some software analyses images, tests or laboratory results. It can draw "
                        "attention to a detail: a small spot on an image, or a value that changes over the "
                        "months. The clinician then takes a closer look. This can help to find a problem "
                        "earlier, when it is often easier to treat. Screening, for example for some "
                        "cancers, is one of the areas where people expect a lot from these tools. But an "
                        "alert from the tool is not a diagnosis. Only the clinician, after looking at your "
                        "situation, can tell you what it means.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {"figure": "pro-benefit-diagnosis", "comment": ""},
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-effective-prevention",
                        "comment": "This benefit still has to be proven.",
                    },
                },
                {"type": "heading", "value": "Fewer administrative tasks"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Planning appointments, sorting mail, filling in forms: these tasks keep the "
                        "whole team busy. AI can take on part of them. For you, this can mean less waiting "
                        "on the phone and an appointment that is easier to get. For the team, it leaves "
                        "more room for care.</p>"
                    ),
                },
                {
                    "type": "key_figure",
                    "value": {
                        "figure": "pro-effective-admin",
                        "comment": "This is where clinicians see the strongest effect of AI.",
                    },
                },
                {"type": "heading", "value": "The limits, honestly"},
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "AI is not a miracle cure",
                        "body": (
                            "<ul>"
                            "<li>The time saved does not always go back to the patient. It can also be used "
                            "to see more patients or for other tasks.</li>"
                            "<li>A tool can be wrong. It can leave out a piece of information or make one "
                            "up. It can flag a problem that does not exist, or miss one. This is why the "
                            "clinician checks.</li>"
                            "<li>A tool that works well in one hospital does not always work as well "
                            "elsewhere, or for every patient.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Clinicians think first of the benefits for themselves:",
                        "figures": ["pro-good-for-professionals", "pro-good-for-patients"],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You have the right to know what the care you are offered is for, its risks "
                        "and the other possible options (article L1111-2 of the French Public Health "
                        "Code). So you can ask what part an AI tool plays in it, and what it brings to "
                        "you.</p>"
                        "<p>To learn what is done against errors, read "
                        '<a href="page:risks-and-safeguards">the risks and the safeguards</a>. To '
                        "understand the clinician’s role, read "
                        '<a href="page:ai-does-not-replace-your-doctor">AI does not replace your '
                        "doctor</a>.</p>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    {
        "key": "risks-and-safeguards",
        "section": "understand",
        "reviewed_by": "Dr Karim Benali",
        "reviewer_role": {
            "fr": "radiologue, comité de relecture du portail",
            "en": "radiologist, the portal’s review board",
        },
        "reviewed_on": "2026-10-21",
        "sources": [
            "barometre-2025",
            "csp-l1111-2",
            "csp-l1111-8",
            "ai-act",
            "gdpr",
            "has-genai-2025",
            "pld-2024",
        ],
        "fr": {
            "title": "Les risques de l’IA en santé et les garde-fous",
            "slug": "risques-et-garde-fous",
            "intro": (
                "Beaucoup de patients ont des craintes face à l’IA. Voici les cinq craintes les plus "
                "citées et ce qui est fait, concrètement, pour y répondre."
            ),
            "body": [
                {
                    "type": "key_figure",
                    "value": {"figure": "public-data-risk", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les Français interrogés citent aussi cinq grandes craintes. Pour chacune, il existe des garde-fous. Aucun "
                        "ne supprime tout risque, mais ensemble ils le réduisent.</p>"
                    ),
                },
                {"type": "heading", "value": "1. Les erreurs médicales"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-errors", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Une IA peut se tromper. Par exemple, elle peut ajouter dans un compte rendu un "
                        "médicament que vous ne prenez pas. <b>Le garde-fou :</b> le soignant relit et "
                        "corrige ce que l’outil produit avant de s’en servir. Pour une image, le radiologue "
                        "fait sa propre lecture. Dans son guide de 2025 sur l’IA générative, la Haute "
                        "Autorité de santé (HAS) demande aux soignants de vérifier chaque résultat. Si vous "
                        "voyez une erreur dans un document, signalez-la.</p>"
                    ),
                },
                {"type": "heading", "value": "2. La perte du contact humain"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-human-contact", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous craignez peut-être de parler à une machine plutôt qu’à une personne. "
                        "<b>Le garde-fou :</b> l’IA ne remplace pas la consultation. La loi prévoit que "
                        "l’information sur vos soins vous soit donnée lors d’un entretien individuel "
                        "(article L1111-2 du code de la santé publique). Si un chatbot vous répond, le "
                        "règlement européen sur l’IA prévoit que vous le sachiez. Vous pouvez en général "
                        "refuser un outil qui n’est pas indispensable, comme l’enregistrement de la "
                        "consultation. Parlez-en à votre soignant.</p>"
                    ),
                },
                {"type": "heading", "value": "3. Qui est responsable en cas d’erreur ?"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-liability", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si une IA se trompe, qui en répond ? <b>Le garde-fou :</b> le soignant qui "
                        "choisit d’utiliser un outil reste en principe responsable de ses décisions "
                        "médicales. Le fabricant, lui, répond des défauts de son produit. Une directive "
                        "européenne de 2024 précise que les logiciels, y compris l’IA, sont des produits "
                        "pour cette responsabilité. Ces règles sont complexes, et cette page ne remplace pas "
                        "un conseil juridique. Pour en savoir plus, lisez "
                        '<a href="page:who-is-responsible">qui est responsable</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "4. La fiabilité des résultats"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-reliability", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un outil peut bien marcher dans un cadre et moins bien dans un autre. <b>Le "
                        "garde-fou :</b> un logiciel destiné au diagnostic ou au soin est un dispositif "
                        "médical. Il doit porter un marquage CE, obtenu après une évaluation de sa sécurité "
                        "et de ses performances. Le soignant doit savoir à quoi sert l’outil et à quoi il "
                        "ne sert pas. Les notices de ce portail indiquent ce statut pour chaque outil. Pour "
                        "une application que vous utilisez seul, lisez "
                        '<a href="page:judging-a-health-app">comment juger une application de santé</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "5. La confidentialité de vos données"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-confidentiality", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vos données de santé sont sensibles. <b>Le garde-fou :</b> un prestataire qui "
                        "héberge des données de santé pour un cabinet ou un hôpital doit être certifié "
                        "« hébergeur de données de santé » (HDS, article L1111-8 du code de la santé "
                        "publique). Quand vos données sont recueillies, le RGPD (article 13) vous donne le "
                        "droit de savoir à quoi elles servent, qui les reçoit et combien de temps elles "
                        "sont gardées. La HAS conseille aussi de ne pas saisir de données confidentielles "
                        "dans une IA grand public. Lisez aussi "
                        '<a href="page:health-data">vos données de santé</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "Questions que vous pouvez poser"},
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Utilisez-vous un outil d’IA pour mes soins ?",
                            "answer": (
                                "<p>Vous pouvez poser cette question à tout moment. Le soignant peut vous "
                                "dire quel outil il utilise, à quelle étape et pourquoi. Beaucoup de "
                                "cabinets publient aussi leur notice sur ce portail.</p>"
                            ),
                        },
                        {
                            "question": "Qui vérifie le résultat de l’outil ?",
                            "answer": (
                                "<p>Demandez qui relit le résultat, et comment. La bonne réponse : un "
                                "professionnel formé, qui garde le dernier mot.</p>"
                            ),
                        },
                        {
                            "question": "Où vont mes données, et servent-elles à entraîner l’outil ?",
                            "answer": (
                                "<p>Demandez où les données sont hébergées, combien de temps elles sont "
                                "gardées et si le fabricant les réutilise pour améliorer son outil. Vous "
                                "pouvez aussi demander si l’hébergeur est certifié HDS.</p>"
                            ),
                        },
                        {
                            "question": "Que se passe-t-il si je refuse ?",
                            "answer": (
                                "<p>Pour un outil qui n’est pas indispensable, le soignant peut en général "
                                "faire autrement, par exemple prendre ses notes lui-même. Il peut vous "
                                "expliquer les autres solutions. Lisez "
                                '<a href="page:consent-and-rights">vos droits et votre consentement</a>.</p>'
                            ),
                        },
                    ],
                },
            ],
        },
        "en": {
            "title": "The risks of AI in health care, and the safeguards",
            "slug": "risks-and-safeguards",
            "intro": (
                "Many patients have fears about AI. Here are the five fears people name most often, and "
                "what is done, in practice, to address them."
            ),
            "body": [
                {
                    "type": "key_figure",
                    "value": {"figure": "public-data-risk", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The people surveyed in France also name five main fears. For each one, there are safeguards. None of them "
                        "removes every risk, but together they reduce it.</p>"
                    ),
                },
                {"type": "heading", "value": "1. Medical errors"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-errors", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>An AI can be wrong. For example, it can add to a report a medicine that you do "
                        "not take. <b>The safeguard:</b> the clinician reads and corrects what the tool "
                        "produces before using it. For an image, the radiologist makes their own reading. "
                        "In its 2025 guide on generative AI, the French National Authority for Health (HAS) "
                        "asks clinicians to check every result. If you see an error in a document, report "
                        "it.</p>"
                    ),
                },
                {"type": "heading", "value": "2. Losing human contact"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-human-contact", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You may fear talking to a machine rather than to a person. <b>The "
                        "safeguard:</b> AI does not replace the consultation. The law provides that "
                        "information about your care is given to you in a one-to-one conversation "
                        "(article L1111-2 of the French Public Health Code). If a chatbot answers you, the "
                        "European AI Act provides that you should know it. You can usually refuse a tool "
                        "that is not essential, such as recording the consultation. Talk to your clinician "
                        "about it.</p>"
                    ),
                },
                {"type": "heading", "value": "3. Who is responsible if something goes wrong?"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-liability", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If an AI is wrong, who answers for it? <b>The safeguard:</b> the clinician who "
                        "chooses to use a tool remains, in principle, responsible for their medical "
                        "decisions. The maker answers for defects in its product. A 2024 European directive "
                        "makes clear that software, including AI, counts as a product for this liability. "
                        "These rules are complex, and this page is not legal advice. To learn more, read "
                        '<a href="page:who-is-responsible">who is responsible</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "4. Reliable results"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-reliability", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A tool can work well in one setting and less well in another. <b>The "
                        "safeguard:</b> software intended for diagnosis or care is a medical device. It "
                        "must carry a CE marking, obtained after an assessment of its safety and "
                        "performance. The clinician must know what the tool is for and what it is not for. "
                        "The notices on this portal give this status for each tool. For an app you use on "
                        'your own, read <a href="page:judging-a-health-app">how to judge a health '
                        "app</a>.</p>"
                    ),
                },
                {"type": "heading", "value": "5. Keeping your data confidential"},
                {
                    "type": "key_figure",
                    "value": {"figure": "public-fear-confidentiality", "comment": ""},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health data are sensitive. <b>The safeguard:</b> a provider that hosts "
                        "health data for a practice or a hospital must be certified as a health data host "
                        "(HDS, article L1111-8 of the French Public Health Code). When your data are "
                        "collected, the GDPR (article 13) gives you the right to know what they are used "
                        "for, who receives them and how long they are kept. The HAS also advises against "
                        "typing confidential data into a public AI tool. Read also "
                        '<a href="page:health-data">your health data</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "Questions you can ask"},
                {
                    "type": "questions",
                    "value": [
                        {
                            "question": "Do you use an AI tool for my care?",
                            "answer": (
                                "<p>You can ask this question at any time. Your clinician can tell you which "
                                "tool they use, at which step and why. Many practices also publish their "
                                "notice on this portal.</p>"
                            ),
                        },
                        {
                            "question": "Who checks the tool’s result?",
                            "answer": (
                                "<p>Ask who reads the result, and how. The right answer: a trained "
                                "professional, who has the last word.</p>"
                            ),
                        },
                        {
                            "question": "Where do my data go, and are they used to train the tool?",
                            "answer": (
                                "<p>Ask where the data are hosted, how long they are kept and whether the "
                                "maker reuses them to improve its tool. You can also ask whether the host "
                                "is HDS-certified.</p>"
                            ),
                        },
                        {
                            "question": "What happens if I say no?",
                            "answer": (
                                "<p>For a tool that is not essential, the clinician can usually work "
                                "without it, for example by taking notes themselves. They can explain the "
                                'other options to you. Read <a href="page:consent-and-rights">your rights '
                                "and your consent</a>.</p>"
                            ),
                        },
                    ],
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    {
        "key": "ai-does-not-replace-your-doctor",
        "section": "understand",
        "reviewed_by": "Dr Hélène Vasseur",
        "reviewer_role": {
            "fr": "médecin généraliste, comité de relecture du portail",
            "en": "general practitioner, the portal’s review board",
        },
        "reviewed_on": "2026-10-21",
        "sources": ["barometre-2025", "gdpr"],
        "fr": {
            "title": "L’IA ne remplace pas votre médecin",
            "slug": "l-ia-ne-remplace-pas-votre-medecin",
            "intro": (
                "Un outil d’IA peut aider votre soignant, mais c’est lui qui décide. Voici pourquoi c’est "
                "important, et ce que vous pouvez faire de votre côté."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Une IA calcule, compare et propose. Elle ne vous connaît pas comme votre "
                        "soignant vous connaît. Elle ne voit pas toujours ce que vous dites à demi-mot, ce "
                        "qui vous inquiète ou ce qui compte pour vous. C’est pourquoi, dans le soin, l’IA "
                        "reste un outil entre les mains d’une personne.</p>"
                    ),
                },
                {"type": "heading", "value": "Le soignant décide, supervise et vérifie"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Concrètement, votre soignant :</p>"
                        "<ul>"
                        "<li><b>décide</b> d’utiliser ou non un outil, selon votre situation ;</li>"
                        "<li><b>supervise</b> son usage, et l’arrête s’il ne fonctionne pas bien ;</li>"
                        "<li><b>vérifie</b> chaque résultat avant qu’il compte pour vos soins ;</li>"
                        "<li><b>vous explique</b> ce qu’il en retient et ce qu’il vous propose.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Les soignants eux-mêmes y tiennent :",
                        "figures": ["pro-want-supervision", "pro-trust-fully"],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "Une décision qui vous concerne",
                        "body": (
                            "<p>Le RGPD (article 22) prévoit en principe que vous ne fassiez pas l’objet "
                            "d’une décision importante prise uniquement par une machine. Les exceptions sont "
                            "strictement encadrées, en particulier pour les données de santé. Dans le soin, "
                            "c’est un professionnel qui prend la décision et qui vous l’explique.</p>"
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Il arrive qu’un outil propose autre chose que ce que pense le soignant. Dans ce "
                        "cas, le soignant peut demander l’avis d’un collègue, prescrire un examen de plus ou "
                        "ne pas suivre l’outil. Un bon soignant ne suit pas une machine les yeux fermés. Il "
                        "ne l’ignore pas non plus sans raison. Vous pouvez lui demander comment il a fait "
                        "son choix, et ce que cela change pour vous.</p>"
                    ),
                },
                {"type": "heading", "value": "La confiance dépend de qui utilise l’IA"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les Français font plus confiance à l’IA quand un professionnel de santé "
                        "l’utilise. Ils ont moins confiance quand ils l’utilisent seuls, par exemple en "
                        "posant une question de santé à un chatbot. Et ils font encore moins confiance à "
                        "une IA utilisée par d’autres patients.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {"lead": "", "figures": TRUST_BY_USER},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce n’est pas un hasard. Un professionnel sait replacer un résultat dans votre "
                        "histoire. Il voit quand un résultat est étrange et quand un autre examen est "
                        "nécessaire. Si vous utilisez vous-même une IA, gardez cette prudence : elle ne "
                        "connaît pas votre dossier. Lisez "
                        '<a href="page:judging-a-health-app">comment juger une application de santé</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "Ce que vous pouvez faire"},
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "À faire",
                        "do_items": [
                            "Demander si un outil d’IA est utilisé pour vos soins, et à quoi il sert.",
                            "Poser des questions sur un résultat que vous ne comprenez pas.",
                            "Signaler une erreur dans un compte rendu ou un courrier.",
                            "Dire si vous préférez qu’un outil ne soit pas utilisé, par exemple "
                            "l’enregistrement de la consultation.",
                            "Montrer à votre soignant ce qu’un chatbot vous a répondu, pour en parler "
                            "ensemble.",
                        ],
                        "dont_title": "À éviter",
                        "dont_items": [
                            "Changer ou arrêter un traitement sur le seul avis d’un chatbot.",
                            "Donner à une IA grand public des informations de santé qui permettent de "
                            "vous reconnaître, sans savoir où elles vont.",
                            "Croire qu’un résultat est juste parce qu’il sort d’un ordinateur.",
                            "Renoncer à consulter parce qu’une application vous a rassuré alors que vous "
                            "vous sentez mal.",
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Pour aller plus loin, lisez "
                        '<a href="page:how-clinicians-use-ai">comment les soignants utilisent l’IA</a>, '
                        '<a href="page:consent-and-rights">vos droits et votre consentement</a> et '
                        '<a href="page:who-is-responsible">qui est responsable</a>.</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "AI does not replace your doctor",
            "slug": "ai-does-not-replace-your-doctor",
            "intro": (
                "An AI tool can help your clinician, but your clinician decides. Here is why this "
                "matters, and what you can do on your side."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>An AI calculates, compares and suggests. It does not know you the way your "
                        "clinician knows you. It does not always notice what you only half say, what "
                        "worries you or what matters to you. This is why, in care, AI remains a tool in "
                        "the hands of a person.</p>"
                    ),
                },
                {"type": "heading", "value": "The clinician decides, supervises and checks"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In practice, your clinician:</p>"
                        "<ul>"
                        "<li><b>decides</b> whether to use a tool, depending on your situation;</li>"
                        "<li><b>supervises</b> how it is used, and stops it if it does not work well;</li>"
                        "<li><b>checks</b> every result before it counts for your care;</li>"
                        "<li><b>explains</b> to you what they take from it and what they suggest.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {
                        "lead": "Clinicians themselves insist on this:",
                        "figures": ["pro-want-supervision", "pro-trust-fully"],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "A decision about you",
                        "body": (
                            "<p>The GDPR (article 22) provides, in principle, that you should not be subject "
                            "to an important decision made only by a machine. The exceptions are strictly "
                            "limited, especially for health data. In care, a professional makes the decision "
                            "and explains it to you.</p>"
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sometimes a tool suggests something different from what the clinician thinks. "
                        "In that case, the clinician can ask a colleague’s opinion, order one more test or "
                        "not follow the tool. A good clinician does not follow a machine blindly. Nor do "
                        "they ignore it without a reason. You can ask how they made their choice, and what "
                        "it changes for you.</p>"
                    ),
                },
                {"type": "heading", "value": "Trust depends on who uses AI"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>People in France trust AI more when a health professional uses it. They trust "
                        "it less when they use it on their own, for example by asking a chatbot a health "
                        "question. And they trust AI used by other patients even less.</p>"
                    ),
                },
                {
                    "type": "figure_list",
                    "value": {"lead": "", "figures": TRUST_BY_USER},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This is no accident. A professional can place a result in your history. They "
                        "can see when a result looks odd and when another test is needed. If you use an AI "
                        "yourself, keep the same caution: it does not know your medical record. Read "
                        '<a href="page:judging-a-health-app">how to judge a health app</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "What you can do"},
                {
                    "type": "do_dont",
                    "value": {
                        "do_title": "Do",
                        "do_items": [
                            "Ask whether an AI tool is used for your care, and what it is for.",
                            "Ask questions about a result you do not understand.",
                            "Report an error in a consultation note or a letter.",
                            "Say if you would rather a tool were not used, for example recording the "
                            "consultation.",
                            "Show your clinician what a chatbot told you, so you can talk about it "
                            "together.",
                        ],
                        "dont_title": "Avoid",
                        "dont_items": [
                            "Changing or stopping a treatment only because a chatbot said so.",
                            "Giving a public AI tool health information that could identify you, "
                            "without knowing where it goes.",
                            "Believing a result is right because it comes from a computer.",
                            "Not seeing a clinician because an app reassured you while you feel unwell.",
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>To learn more, read "
                        '<a href="page:how-clinicians-use-ai">how clinicians use AI</a>, '
                        '<a href="page:consent-and-rights">your rights and your consent</a> and '
                        '<a href="page:who-is-responsible">who is responsible</a>.</p>'
                    ),
                },
            ],
        },
    },
]
