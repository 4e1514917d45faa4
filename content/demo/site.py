"""Demo content for the portal's home page, section pages and standard pages.

Pure data, read by the demo loader (see FORMAT.md in this folder).

- HOME: the home page in each language.
- SECTIONS: the three section pages ("understand", "rights", "professionals").
- STANDARD_PAGES: legal notice, privacy policy, accessibility statement and glossary.

Bodies are StreamField raw data. The French and English bodies have the same blocks in the same order.
French strings use ordinary spaces before ":", ";", "!", "?" and "%"; the loader applies French typography.
"""

HOME = {
    "fr": {
        "title": "IA & soins : votre droit de savoir",
        "intro": (
            "Des soignants utilisent déjà l’intelligence artificielle. Ce portail vous explique comment, "
            "et ce que l’on doit vous dire."
        ),
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Bienvenue. Ce portail explique avec des mots simples comment les professionnels de "
                    "santé utilisent l’intelligence artificielle (IA) : pour rédiger un compte rendu, lire "
                    "une image, organiser les rendez-vous. Vous y trouverez aussi vos droits et des questions "
                    "à poser à votre soignant.</p>"
                    '<p>Pour commencer, lisez <a href="page:how-clinicians-use-ai">comment les soignants '
                    'utilisent l’IA</a> ou <a href="page:consent-and-rights">vos droits quand l’IA est '
                    "utilisée</a>.</p>"
                ),
            },
            {"type": "heading", "value": "Ce que montrent les chiffres"},
            {
                "type": "key_figure",
                "value": {
                    "figure": "public-want-informed",
                    "comment": "Vous avez donc toutes les raisons de poser la question à votre soignant.",
                },
            },
            {
                "type": "key_figure",
                "value": {
                    "figure": "pro-inform-patients",
                    "comment": "Les patients ne sont donc pas toujours prévenus.",
                },
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": "Les notices des structures de soins",
                    "body": (
                        "<p>Des cabinets, des centres de santé et des services hospitaliers publient ici une "
                        "notice sur les outils d’IA qu’ils utilisent. Chaque notice dit à quoi sert l’outil, "
                        "qui vérifie ses résultats, quelles données il utilise, où elles vont et comment le "
                        "refuser.</p>"
                        '<p><a href="page:clinic-directory">Trouvez la notice de votre structure dans '
                        "l’annuaire</a>, ou scannez le code QR affiché dans sa salle d’attente. Sur ce portail "
                        "de démonstration, les structures et leurs notices sont fictives.</p>"
                    ),
                },
            },
        ],
    },
    "en": {
        "title": "AI in care: your right to know",
        "intro": (
            "Doctors and nurses already use AI. This portal explains how, and what they should tell "
            "you."
        ),
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Welcome. This portal explains in plain words how health professionals use artificial "
                    "intelligence (AI): to write a report, read an image, organise appointments. You will "
                    "also find your rights and questions to ask your clinician.</p>"
                    '<p>To start, read <a href="page:how-clinicians-use-ai">how clinicians use AI</a> or '
                    '<a href="page:consent-and-rights">your rights when AI is used</a>.</p>'
                ),
            },
            {"type": "heading", "value": "What the figures show"},
            {
                "type": "key_figure",
                "value": {
                    "figure": "public-want-informed",
                    "comment": "So you have every reason to ask your clinician.",
                },
            },
            {
                "type": "key_figure",
                "value": {
                    "figure": "pro-inform-patients",
                    "comment": "So patients are not always told.",
                },
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": "Notices from care providers",
                    "body": (
                        "<p>GP practices, health centres and hospital departments publish here a notice about "
                        "the AI tools they use. Each notice says what the tool is for, who checks its results, "
                        "which data it uses, where they go and how to decline it.</p>"
                        '<p><a href="page:clinic-directory">Find your care provider’s notice in the '
                        "directory</a>, or scan the QR code shown in its waiting room. On this demonstration "
                        "portal, the care providers and their notices are fictional.</p>"
                    ),
                },
            },
        ],
    },
}


SECTIONS = [
    {
        "key": "understand",
        "fr": {
            "title": "Comprendre l’IA dans les soins",
            "slug": "comprendre-l-ia-dans-les-soins",
            "intro": (
                "Ce que fait l’IA dans les soins, ce qu’elle apporte, ses risques, et pourquoi elle ne "
                "remplace pas votre soignant."
            ),
        },
        "en": {
            "title": "Understanding AI in care",
            "slug": "understanding-ai-in-care",
            "intro": (
                "What AI does in care, what it brings, its risks, and why it does not replace your clinician."
            ),
        },
    },
    {
        "key": "rights",
        "fr": {
            "title": "Vos droits et vos données",
            "slug": "vos-droits-et-vos-donnees",
            "intro": (
                "Vous avez le droit d’être informé et de refuser. Voici aussi ce que deviennent vos données, "
                "qui est responsable et comment juger une appli de santé."
            ),
        },
        "en": {
            "title": "Your rights and your data",
            "slug": "your-rights-and-your-data",
            "intro": (
                "Your right to be informed and to say no, what happens to your data, who is responsible and "
                "how to judge a health app."
            ),
        },
    },
    {
        "key": "professionals",
        "fr": {
            "title": "Pour les professionnels de santé",
            "slug": "pour-les-professionnels-de-sante",
            "intro": (
                "Des repères pour parler à vos patients des outils d’IA que vous utilisez et publier la "
                "notice de votre structure."
            ),
        },
        "en": {
            "title": "For health professionals",
            "slug": "for-health-professionals",
            "intro": (
                "How to tell your patients about the AI tools you use, and how to publish your practice’s "
                "notice."
            ),
        },
    },
]


STANDARD_PAGES = [
    # Legal notice
    {
        "key": "legal",
        "fr": {
            "title": "Mentions légales",
            "slug": "mentions-legales",
            "intro": "Qui publie ce portail, qui l’héberge et comment nous joindre. Ce site est une démonstration.",
            "body": [
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "Un portail de démonstration",
                        "body": (
                            "<p>Ce site montre comment pourrait fonctionner un portail d’information sur l’IA "
                            "dans les soins. L’association qui l’édite, les établissements, les personnes et "
                            "les notices qui y figurent sont fictifs. Ne prenez aucune décision de santé à "
                            "partir de ces notices.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Éditeur du site"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Éditeur : <b>Association Transparence IA Santé (démo)</b>, association à but non "
                        "lucratif fictive.</li>"
                        "<li>Responsable de la publication : la personne qui préside l’association.</li>"
                        '<li>Contact : <a href="mailto:contact@example.org">contact@example.org</a></li>'
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Hébergement"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le site et ses données sont hébergés sur des serveurs situés en France. Pour une "
                        "mise en service réelle, le nom, l’adresse et le téléphone de l’hébergeur seront "
                        "indiqués ici.</p>"
                    ),
                },
                {"type": "heading", "value": "Contenus et sources"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les explications sont rédigées par l’équipe du portail et relues par des "
                        "professionnels de santé. Les chiffres viennent du Baromètre IA & Data en santé 2025 "
                        "(ACSEL, avec Toluna Harris Interactive) ; chaque chiffre est affiché avec sa source.</p>"
                        "<p>Ces pages donnent une information générale. Elles ne remplacent pas un échange avec "
                        "votre soignant. En cas d’urgence, appelez le 15 ou le 112.</p>"
                    ),
                },
                {"type": "heading", "value": "Liens vers d’autres sites"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Nous renvoyons vers des textes officiels, par exemple sur Légifrance, EUR-Lex ou le "
                        "site de la CNIL. Nous ne sommes pas responsables du contenu de ces sites.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Legal notice",
            "slug": "legal-notice",
            "intro": "Who publishes this portal, who hosts it and how to reach us. This site is a demonstration.",
            "body": [
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "A demonstration portal",
                        "body": (
                            "<p>This site shows how a portal about AI in care could work. Everything on it is "
                            "made up: the association that runs it, the care providers, the people and the "
                            "notices. Do not make any health decision based on these notices.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Publisher"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Publisher: <b>Association Transparence IA Santé (démo)</b>, a fictional "
                        "non-profit association.</li>"
                        "<li>Head of publication: the person who chairs the association.</li>"
                        '<li>Contact: <a href="mailto:contact@example.org">contact@example.org</a></li>'
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Hosting"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The site and its data are hosted on servers in France. For a real launch, we will "
                        "give the host’s name, address and phone number here.</p>"
                    ),
                },
                {"type": "heading", "value": "Content and sources"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The portal team writes the texts, and health professionals review them. The "
                        "figures come from a survey, the AI & Data in Health Barometer, by ACSEL and Toluna "
                        "Harris Interactive. Each figure is shown with its source.</p>"
                        "<p>These pages give general information. They do not replace a talk with your "
                        "clinician. In an emergency, call 15 or 112.</p>"
                    ),
                },
                {"type": "heading", "value": "Links to other sites"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>We link to official texts, for example on Légifrance, EUR-Lex or the CNIL website. "
                        "We are not responsible for the content of those sites.</p>"
                    ),
                },
            ],
        },
    },
    # Privacy policy
    {
        "key": "privacy",
        "fr": {
            "title": "Données personnelles et cookies",
            "slug": "donnees-personnelles-et-cookies",
            "intro": (
                "Ce portail recueille le moins de données possible. Voici lesquelles, pourquoi, et quels sont "
                "vos droits."
            ),
            "body": [
                {"type": "heading", "value": "Qui est responsable de vos données"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le responsable du traitement est l’Association Transparence IA Santé (démo), "
                        "éditrice de ce portail de démonstration. Pour toute question : "
                        '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "Quand vous lisez le site"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous n’avez pas besoin de compte pour lire le portail. Nous n’utilisons :</p>"
                        "<ul>"
                        "<li>aucun outil de mesure d’audience ;</li>"
                        "<li>aucune publicité ni aucun traceur ;</li>"
                        "<li>aucun service extérieur : les polices, images et scripts viennent tous de notre "
                        "serveur. Votre navigateur ne contacte aucun autre site quand vous lisez nos pages.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Cookies"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Nous ne déposons qu’un seul cookie, et seulement quand une page contient un "
                        "formulaire : le cookie de sécurité CSRF. Il empêche un autre site d’envoyer un faux "
                        "formulaire à votre place. Il ne contient aucune information sur vous et ne sert pas à "
                        "vous suivre. Comme il est indispensable au fonctionnement du site, il ne demande pas "
                        "votre accord.</p>"
                    ),
                },
                {"type": "heading", "value": "Journaux du serveur"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Comme tout site web, notre serveur note chaque visite de page : adresse IP, date et "
                        "heure, page demandée et type de navigateur. Ces journaux servent uniquement à protéger "
                        "le site et à corriger les pannes. Ils sont effacés au bout de 30 jours. Cet usage "
                        "repose sur notre intérêt légitime à assurer la sécurité du service.</p>"
                    ),
                },
                {"type": "heading", "value": "Vos messages aux structures"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Depuis la notice d’une structure de soins, vous pouvez lui écrire : poser une "
                        "question, signaler un problème avec un résultat, refuser l’usage d’un outil ou "
                        "demander vos données. Nous gardons seulement :</p>"
                        "<ul>"
                        "<li>le type de demande ;</li>"
                        "<li>l’outil concerné ;</li>"
                        "<li>votre message ;</li>"
                        "<li>votre nom, votre adresse e-mail et votre numéro de téléphone, si vous les "
                        "donnez. Ils servent seulement à vous répondre. Ils ne sont pas obligatoires, sauf "
                        "pour un refus : il faut alors votre e-mail ou votre téléphone, pour noter le refus "
                        "dans votre dossier.</li>"
                        "</ul>"
                        "<p>Seule l’équipe de cette structure peut lire votre message, sur le portail. Les "
                        "personnes qui éditent le portail ne le lisent jamais. La structure reçoit un e-mail "
                        "qui contient seulement un lien vers votre message, jamais son contenu.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "N’écrivez pas de détails médicaux",
                        "body": (
                            "<p>Votre message n’a pas besoin de détails sur votre santé : pas de maladie, de "
                            "traitement ni de résultat d’examen. Pour parler de votre santé, adressez-vous "
                            "directement à votre soignant. N’envoyez pas non plus ces informations à notre "
                            "adresse de contact.</p>"
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Votre message et les réponses de la structure sont effacés 12 mois après la "
                        "clôture de l’échange. Tant que l’échange n’est pas clos, nous les gardons pour que "
                        "la structure puisse vous répondre.</p>"
                        "<p>Pour la vigilance, nous gardons aussi des comptes, sans aucun contenu : combien de "
                        "demandes de chaque type une structure et un outil ont reçues chaque mois. Ces comptes "
                        "ne contiennent ni votre message, ni votre nom, ni votre adresse. Ils aident à repérer "
                        "un outil qui pose problème.</p>"
                    ),
                },
                {"type": "heading", "value": "Vos droits"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le RGPD vous donne le droit :</p>"
                        "<ul>"
                        "<li>de savoir quelles données nous avons sur vous et d’en obtenir une copie ;</li>"
                        "<li>de les faire corriger si elles sont fausses ;</li>"
                        "<li>de les faire effacer ;</li>"
                        "<li>de vous opposer à leur usage ou d’en demander la limitation.</li>"
                        "</ul>"
                        '<p>Écrivez-nous à <a href="mailto:contact@example.org">contact@example.org</a>. '
                        "Nous vous répondrons dans un délai d’un mois.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "Faire une réclamation",
                        "body": (
                            "<p>Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une "
                            "réclamation à la CNIL (Commission nationale de l’informatique et des libertés), "
                            'sur son site <a href="https://www.cnil.fr">cnil.fr</a> ou par courrier.</p>'
                        ),
                    },
                },
            ],
        },
        "en": {
            "title": "Personal data and cookies",
            "slug": "personal-data-and-cookies",
            "intro": (
                "This portal collects as little data as possible. Here is what it collects, why, and what your "
                "rights are."
            ),
            "body": [
                {"type": "heading", "value": "Who is responsible for your data"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The data controller is Association Transparence IA Santé (démo), which publishes "
                        "this demonstration portal. For any question: "
                        '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                    ),
                },
                {"type": "heading", "value": "When you read the site"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You do not need an account to read the portal. We use:</p>"
                        "<ul>"
                        "<li>no audience measurement tool;</li>"
                        "<li>no advertising and no trackers;</li>"
                        "<li>no outside services: fonts, images and scripts all come from our own server. Your "
                        "browser contacts no other site when you read our pages.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Cookies"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>We set only one cookie, and only when a page contains a form: the CSRF security "
                        "cookie. It stops another site from sending a fake form in your name. It holds no "
                        "information about you and is not used to follow you. Because the site cannot work "
                        "safely without it, it does not need your consent.</p>"
                    ),
                },
                {"type": "heading", "value": "Server logs"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Like any website, our server records each page visit: IP address, date and time, "
                        "page requested and type of browser. These logs are used only to protect the site and "
                        "fix faults. They are deleted after 30 days. This use rests on our legitimate interest "
                        "in keeping the service secure.</p>"
                    ),
                },
                {"type": "heading", "value": "Your messages to care providers"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>From a care provider’s notice, you can write to them: ask a question, report a "
                        "problem with a result, refuse the use of a tool or ask for your data. We keep "
                        "only:</p>"
                        "<ul>"
                        "<li>the kind of request;</li>"
                        "<li>the tool concerned;</li>"
                        "<li>your message;</li>"
                        "<li>your name, your email address and your phone number, if you give them. They are "
                        "only used to reply to you. They are not required, except for a refusal: then we "
                        "need your email or your phone, to record the refusal in your file.</li>"
                        "</ul>"
                        "<p>Only the team of that care provider can read your message, on the portal. The "
                        "people who edit the portal never read it. The care provider receives an email that "
                        "contains only a link to your message, never its content.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "warning",
                        "title": "Do not write medical details",
                        "body": (
                            "<p>Your message does not need details about your health: no illness, treatment or "
                            "test result. To talk about your health, speak directly to your doctor or nurse. "
                            "Do not send this information to our contact address either.</p>"
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your message and the care provider’s replies are deleted 12 months after the "
                        "exchange is closed. Until the exchange is closed, we keep them so that the care "
                        "provider can reply to you.</p>"
                        "<p>For vigilance, we also keep counts, with no content at all: how many requests of "
                        "each kind a care provider and a tool received each month. These counts hold neither "
                        "your message, nor your name, nor your address. They help to spot a tool that causes "
                        "problems.</p>"
                    ),
                },
                {"type": "heading", "value": "Your rights"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The GDPR gives you the right:</p>"
                        "<ul>"
                        "<li>to know what data we hold about you and to get a copy;</li>"
                        "<li>to have them corrected if they are wrong;</li>"
                        "<li>to have them erased;</li>"
                        "<li>to object to their use or ask for it to be restricted.</li>"
                        "</ul>"
                        '<p>Write to us at <a href="mailto:contact@example.org">contact@example.org</a>. '
                        "We will reply within one month.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "info",
                        "title": "Making a complaint",
                        "body": (
                            "<p>If you think your rights are not respected, you can complain to the CNIL, the "
                            "French data protection authority, on its website "
                            '<a href="https://www.cnil.fr">cnil.fr</a> or by post.</p>'
                        ),
                    },
                },
            ],
        },
    },
    # Accessibility statement
    {
        "key": "accessibility",
        "fr": {
            "title": "Accessibilité",
            "slug": "accessibilite",
            "intro": (
                "Nous voulons que chacun puisse utiliser ce portail, y compris avec un lecteur d’écran, au "
                "clavier ou avec un fort zoom."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’Association Transparence IA Santé (démo) s’engage à rendre son portail accessible. "
                        "Cette déclaration couvre tout le portail, en français et en anglais.</p>"
                    ),
                },
                {"type": "heading", "value": "État de conformité"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Nous visons la conformité au RGAA 4.1 (référentiel général d’amélioration de "
                        "l’accessibilité) et au niveau AA des règles internationales WCAG 2.2.</p>"
                        "<p>Le portail est <b>non conforme</b> au sens du RGAA : tant qu’aucun audit complet n’a "
                        "été réalisé, aucun taux de conformité ne peut être annoncé. Nous mettrons cette "
                        "déclaration à jour après cet audit.</p>"
                    ),
                },
                {"type": "heading", "value": "Ce que nous vérifions déjà"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>À chaque modification du site, un outil automatique (axe-core) teste chaque type "
                        "de page, en français et en anglais.</li>"
                        "<li>Les pages sont conçues pour fonctionner sans JavaScript, sur un écran de 320 pixels "
                        "de large et avec la page agrandie quatre fois.</li>"
                        "<li>Tout le site peut être parcouru au clavier.</li>"
                        "<li>Les textes sont écrits dans un langage simple.</li>"
                        "</ul>"
                        "<p>Un outil automatique ne trouve qu’une partie des problèmes. Seul un audit par des "
                        "personnes, avec des utilisateurs, peut confirmer la conformité.</p>"
                    ),
                },
                {"type": "heading", "value": "Contenus qui peuvent poser problème"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les affiches et notices à imprimer, au format PDF, ne sont peut-être pas entièrement "
                        "accessibles. La même information est toujours disponible sur une page web du "
                        "portail.</p>"
                    ),
                },
                {"type": "heading", "value": "Nous signaler un problème"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez-nous à "
                        '<a href="mailto:contact@example.org">contact@example.org</a>. Nous vous aiderons et '
                        "vous fournirons l’information sous une autre forme.</p>"
                    ),
                },
                {"type": "heading", "value": "Voies de recours"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si vous nous avez signalé un problème et que notre réponse ne vous satisfait pas, "
                        "vous pouvez vous adresser au Défenseur des droits :</p>"
                        "<ul>"
                        '<li>en ligne, sur le site <a href="https://www.defenseurdesdroits.fr">'
                        "defenseurdesdroits.fr</a> ;</li>"
                        "<li>en rencontrant un délégué du Défenseur des droits près de chez vous ;</li>"
                        "<li>par courrier gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, "
                        "75342 Paris CEDEX 07.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Accessibility",
            "slug": "accessibility",
            "intro": (
                "We want everyone to be able to use this portal, also with a screen reader, a keyboard or a "
                "strong zoom."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Association Transparence IA Santé (démo) is committed to making its portal "
                        "accessible. This statement covers the whole portal, in French and in English.</p>"
                    ),
                },
                {"type": "heading", "value": "Compliance status"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>We aim to comply with RGAA 4.1 (the French accessibility standard) and with level AA "
                        "of the international WCAG 2.2 guidelines.</p>"
                        "<p>Under the RGAA, the portal is <b>non-compliant</b>: until a full audit has been "
                        "carried out, no compliance rate can be stated. We will update this statement "
                        "after that audit.</p>"
                    ),
                },
                {"type": "heading", "value": "What we already check"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Every time the site changes, an automated tool (axe-core) tests each type of page, "
                        "in French and in English.</li>"
                        "<li>Pages are designed to work without JavaScript, on a screen 320 pixels wide and "
                        "with the page zoomed to four times its size.</li>"
                        "<li>The whole site can be used with a keyboard.</li>"
                        "<li>The texts are written in plain language.</li>"
                        "</ul>"
                        "<p>An automated tool finds only some problems. Only an audit by people, with users, can "
                        "confirm compliance.</p>"
                    ),
                },
                {"type": "heading", "value": "Content that may cause problems"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The printable posters and notices, in PDF format, may not be fully accessible. The "
                        "same information is always available on a web page of the portal.</p>"
                    ),
                },
                {"type": "heading", "value": "Tell us about a problem"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you cannot access some content or a service, write to us at "
                        '<a href="mailto:contact@example.org">contact@example.org</a>. We will help you and '
                        "give you the information in another form.</p>"
                    ),
                },
                {"type": "heading", "value": "If you are not satisfied"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you have told us about a problem and are not satisfied with our answer, you can "
                        "contact the Défenseur des droits (the French rights ombudsman):</p>"
                        "<ul>"
                        '<li>online, on the website <a href="https://www.defenseurdesdroits.fr">'
                        "defenseurdesdroits.fr</a>;</li>"
                        "<li>by meeting a local delegate of the Défenseur des droits;</li>"
                        "<li>by free post, no stamp needed: Défenseur des droits, Libre réponse 71120, "
                        "75342 Paris CEDEX 07, France.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
    },
    # Glossary
    {
        "key": "glossary",
        "fr": {
            "title": "Glossaire",
            "slug": "glossaire",
            "intro": "Les mots de l’IA et des données de santé, expliqués simplement.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un mot vous arrête dans une page ou dans la notice d’un établissement ? Vous "
                        "trouverez ici sa définition en quelques phrases. Si un mot manque, écrivez-nous à "
                        '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                    ),
                },
                {"type": "glossary", "value": None},
            ],
        },
        "en": {
            "title": "Glossary",
            "slug": "glossary",
            "intro": "The words of AI and health data, explained simply.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Stuck on a word in a page or in a care provider’s notice? You will find its meaning "
                        "here in a few sentences. If a word is missing, write to us at "
                        '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                    ),
                },
                {"type": "glossary", "value": None},
            ],
        },
    },
]
