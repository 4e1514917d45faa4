"""Reference data for the demo portal: sources, barometer figures, patient expectations, glossary.

Pure data, read by the demo loader (see FORMAT.md in this folder).

- SOURCES: documents the portal cites (the 2025 barometer, French and EU law, HAS and CNIL guidance).
- FIGURES: every figure of the Baromètre IA & Data en santé 2025. ``statement_*`` is a short sentence
  that reads after the number ("84 % des Français …") and says what the survey measured, for whom:
  a fear is what people "citent parmi les principaux risques"; read the figure's sentence in
  ``shared/reference/barometre-ia-data-sante-2025.txt`` before changing one. ``comparison`` is
  "exact" or "more_than".
  ``population`` is one of "public" (French adults), "public_ai_users" (French people who use AI for
  health questions), "professionals" (health professionals), "ai_professionals" (health professionals
  who use AI).
- EXPECTATIONS: what patients expect, phrased from the patient, with what a good notice should say.
  Its figures are the public's; a professionals' figure may follow, and notices show it under its
  own label ("Côté soignants").
- GLOSSARY: plain-language definitions for patients.

French strings use ordinary spaces before ":", ";", "!", "?" and "%"; the loader applies French typography.
"""

SOURCES = [
    dict(
        key="barometre-2025",
        title_fr="Baromètre IA & Data en santé 2025",
        title_en="AI & Data in Health Barometer 2025",
        publisher_fr="ACSEL / Toluna Harris Interactive",
        publisher_en="ACSEL / Toluna Harris Interactive",
        year=2025,
        url="",
        description_fr=(
            "Première édition d’une enquête menée par l’ACSEL avec l’institut Toluna Harris Interactive. "
            "Elle interroge des professionnels de santé et le grand public sur leurs usages de l’IA en santé, "
            "leur opinion, leur confiance, leurs craintes et leurs attentes. Sa présentation cite aussi des "
            "acteurs du secteur, dont l’éditeur de logiciels Cegedim Santé."
        ),
        description_en=(
            "First edition of a survey run by ACSEL with the polling firm Toluna Harris Interactive. "
            "It asks health professionals and the general public how they use AI for health, what they "
            "think of it, how far they trust it, what they fear and what they expect. Its presentation also "
            "names players in the sector, including the software publisher Cegedim Santé."
        ),
    ),
    dict(
        key="csp-l1111-2",
        title_fr="Code de la santé publique, article L1111-2 (droit du patient à l’information)",
        title_en="French Public Health Code, article L1111-2 (the patient’s right to information)",
        publisher_fr="République française (Légifrance)",
        publisher_en="French Republic (Légifrance)",
        year=2002,
        url="",
        description_fr=(
            "Cet article, issu de la loi du 4 mars 2002 sur les droits des malades, donne à chacun le droit "
            "d’être informé sur son état de santé et sur les soins proposés : leur utilité, leurs risques "
            "fréquents ou graves, les autres solutions possibles et les conséquences d’un refus. "
            "L’information est donnée lors d’un entretien individuel."
        ),
        description_en=(
            "This article, which comes from the law of 4 March 2002 on patients’ rights, gives everyone the "
            "right to be informed about their health and about the care offered: why it is useful, its "
            "frequent or serious risks, the other options and what happens if you refuse. The information "
            "is given in a one-to-one conversation."
        ),
    ),
    dict(
        key="csp-l4001-3",
        title_fr="Code de la santé publique, article L4001-3 (dispositifs médicaux utilisant l’apprentissage automatique)",
        title_en="French Public Health Code, article L4001-3 (medical devices that use machine learning)",
        publisher_fr="République française (Légifrance)",
        publisher_en="French Republic (Légifrance)",
        year=2021,
        url="",
        description_fr=(
            "Créé par la loi de bioéthique du 2 août 2021. Quand un professionnel utilise, pour prévenir, "
            "diagnostiquer ou soigner, un dispositif médical dont l’algorithme a appris à partir de très "
            "grandes quantités de données, il doit s’assurer que le patient en est informé et, si besoin, "
            "prévenu de l’interprétation qui en découle. L’article ne vise pas les outils d’IA générative "
            "d’usage général."
        ),
        description_en=(
            "Created by the bioethics law of 2 August 2021. When a professional uses, for prevention, "
            "diagnosis or care, a medical device whose algorithm learned from very large amounts of data, "
            "they must make sure the patient has been told and, where relevant, informed of the resulting "
            "interpretation. The article does not cover general-purpose generative AI tools."
        ),
    ),
    dict(
        key="csp-l1111-8",
        title_fr="Code de la santé publique, article L1111-8 (hébergement des données de santé)",
        title_en="French Public Health Code, article L1111-8 (hosting of health data)",
        publisher_fr="République française (Légifrance)",
        publisher_en="French Republic (Légifrance)",
        year=2017,
        url="",
        description_fr=(
            "Quand des données de santé sont confiées à un prestataire pour être stockées, ce prestataire "
            "doit être certifié « hébergeur de données de santé » (HDS). Le régime de certification date "
            "d’une ordonnance de janvier 2017."
        ),
        description_en=(
            "When health data are entrusted to an outside provider for storage, that provider must hold the "
            "French certification for health data hosting (HDS). The certification scheme dates from an "
            "ordinance of January 2017."
        ),
    ),
    dict(
        key="ai-act",
        title_fr="Règlement (UE) 2024/1689 sur l’intelligence artificielle (AI Act)",
        title_en="Regulation (EU) 2024/1689 on artificial intelligence (AI Act)",
        publisher_fr="Parlement européen et Conseil de l’Union européenne",
        publisher_en="European Parliament and Council of the European Union",
        year=2024,
        url="https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        description_fr=(
            "La loi européenne sur l’IA. Elle classe les systèmes d’IA selon leur niveau de risque et fixe "
            "des règles pour chaque niveau : par exemple, une personne doit savoir qu’elle échange avec une "
            "IA, sauf si c’est évident. Ses obligations s’appliquent par étapes."
        ),
        description_en=(
            "The European law on AI. It sorts AI systems by level of risk and sets rules for each level: "
            "for example, people must know when they are dealing with an AI, unless it is obvious. Its "
            "obligations apply in stages."
        ),
    ),
    dict(
        key="gdpr",
        title_fr="Règlement (UE) 2016/679, règlement général sur la protection des données (RGPD)",
        title_en="Regulation (EU) 2016/679, General Data Protection Regulation (GDPR)",
        publisher_fr="Parlement européen et Conseil de l’Union européenne",
        publisher_en="European Parliament and Council of the European Union",
        year=2016,
        url="https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        description_fr=(
            "La loi européenne sur les données personnelles, appliquée depuis mai 2018. Elle oblige à "
            "informer les personnes sur l’usage de leurs données et leur donne des droits : accès, "
            "correction, effacement, opposition dans certains cas. Les données de santé y sont protégées "
            "plus strictement."
        ),
        description_en=(
            "The European law on personal data, applied since May 2018. It requires organisations to tell "
            "people how their data are used and gives people rights: access, correction, erasure, and "
            "objection in some cases. Health data get stricter protection."
        ),
    ),
    dict(
        key="has-genai-2025",
        title_fr="Premières clefs d’usage de l’IA générative en santé",
        title_en="First keys for using generative AI in health (HAS guide)",
        publisher_fr="Haute Autorité de santé (HAS)",
        publisher_en="French National Authority for Health (HAS)",
        year=2025,
        url="",
        description_fr=(
            "Guide publié par la HAS en octobre 2025 pour les professionnels qui utilisent l’IA générative. "
            "Il tient en quatre repères : apprendre, vérifier, estimer et communiquer. Il demande notamment "
            "de vérifier chaque résultat, de ne pas saisir de données confidentielles dans ces outils et "
            "d’informer les patients."
        ),
        description_en=(
            "Guide published by the French National Authority for Health (HAS) in October 2025 for "
            "professionals who use generative AI. It rests on four pointers: learn, check, assess and "
            "communicate. Among other things, it asks professionals to check every output, to keep "
            "confidential data out of these tools and to inform patients."
        ),
    ),
    dict(
        key="cnil-genai-faq",
        title_fr="Les questions-réponses de la CNIL sur l’utilisation d’un système d’IA générative",
        title_en="CNIL questions and answers on using a generative AI system",
        publisher_fr="Commission nationale de l’informatique et des libertés (CNIL)",
        publisher_en="French data protection authority (CNIL)",
        year=2024,
        url="https://www.cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-lutilisation-dun-systeme-dia-generative",
        description_fr=(
            "Conseils de l’autorité française de protection des données aux organismes qui déploient une "
            "IA générative : définir les usages permis et interdits, choisir où l’outil fonctionne, vérifier "
            "si le fournisseur réutilise les données saisies, encadrer les transferts hors de l’Union "
            "européenne et former les utilisateurs."
        ),
        description_en=(
            "Advice from the French data protection authority to organisations that deploy generative AI: "
            "set which uses are allowed or forbidden, choose where the tool runs, check whether the provider "
            "reuses the data typed in, control transfers outside the European Union and train the users."
        ),
    ),
    dict(
        key="pld-2024",
        title_fr="Directive (UE) 2024/2853 relative à la responsabilité du fait des produits défectueux",
        title_en="Directive (EU) 2024/2853 on liability for defective products",
        publisher_fr="Parlement européen et Conseil de l’Union européenne",
        publisher_en="European Parliament and Council of the European Union",
        year=2024,
        url="https://eur-lex.europa.eu/eli/dir/2024/2853/oj",
        description_fr=(
            "Nouvelle directive européenne sur les produits défectueux. Elle précise qu’un logiciel, IA "
            "comprise, est un produit : si un défaut cause un dommage, le fabricant en répond, même sans "
            "faute de sa part. Les pays de l’Union doivent la transposer d’ici décembre 2026."
        ),
        description_en=(
            "New European directive on defective products. It makes clear that software, including AI, is "
            "a product: if a defect causes harm, the maker is liable even without fault. EU countries must "
            "bring it into national law by December 2026."
        ),
    ),
]


FIGURES = [
    # Adoption by health professionals
    dict(
        key="pro-use-ai",
        value=90,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé ont déjà recours à l’IA dans leur travail",
        statement_en="of health professionals already use AI tools in their work",
        source="barometre-2025",
    ),
    dict(
        key="pro-use-weekly",
        value=32,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé se servent de l’IA chaque semaine",
        statement_en="of health professionals use AI every week",
        source="barometre-2025",
    ),
    dict(
        key="pro-use-daily",
        value=29,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé se servent de l’IA tous les jours",
        statement_en="of health professionals use AI every day",
        source="barometre-2025",
    ),
    dict(
        key="pro-use-never",
        value=10,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé disent ne jamais utiliser l’IA",
        statement_en="of health professionals say they never use AI",
        source="barometre-2025",
    ),
    dict(
        key="pro-changed-practice",
        value=53,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé trouvent que l’IA a déjà changé leur façon de travailler",
        statement_en="of health professionals feel that AI has already changed the way they work",
        source="barometre-2025",
    ),
    dict(
        key="pro-changed-practice-fully",
        value=13,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé sont tout à fait d’accord pour dire que l’IA a changé leur pratique",
        statement_en="of health professionals fully agree that AI has changed the way they practise",
        source="barometre-2025",
    ),
    # What professionals use AI for
    dict(
        key="pro-use-diagnosis",
        value=52,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé utilisent l’IA pour les aider à poser un diagnostic ou à prendre une décision",
        statement_en="of health professionals use AI to help them reach a diagnosis or make a decision",
        source="barometre-2025",
    ),
    dict(
        key="pro-use-training",
        value=43,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé utilisent l’IA pour se former ou apprendre par eux-mêmes",
        statement_en="of health professionals use AI to train or to teach themselves",
        source="barometre-2025",
    ),
    dict(
        key="pro-use-organisation",
        value=37,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé utilisent l’IA pour organiser et planifier leur travail",
        statement_en="of health professionals use AI to organise and plan their work",
        source="barometre-2025",
    ),
    dict(
        key="pro-use-data-analysis",
        value=31,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé utilisent l’IA pour analyser des données cliniques ou sur la santé de la population",
        statement_en="of health professionals use AI to analyse clinical data or data on the health of the population",
        source="barometre-2025",
    ),
    dict(
        key="pro-use-research",
        value=30,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé utilisent l’IA pour leurs travaux de recherche",
        statement_en="of health professionals use AI for research work",
        source="barometre-2025",
    ),
    # Tools used by AI-using professionals
    dict(
        key="pro-genai",
        value=93,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des professionnels de santé qui utilisent l’IA se servent d’au moins un outil d’IA générative",
        statement_en="of health professionals who use AI use at least one generative AI tool",
        source="barometre-2025",
    ),
    dict(
        key="pro-chatgpt",
        value=84,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui utilisent l’IA générative se servent de ChatGPT",
        statement_en="of clinicians who use generative AI use ChatGPT",
        source="barometre-2025",
    ),
    dict(
        key="pro-gemini",
        value=33,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui utilisent l’IA générative se servent de Gemini",
        statement_en="of clinicians who use generative AI use Gemini",
        source="barometre-2025",
    ),
    dict(
        key="pro-copilot",
        value=21,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui utilisent l’IA générative se servent de Copilot",
        statement_en="of clinicians who use generative AI use Copilot",
        source="barometre-2025",
    ),
    dict(
        key="pro-mistral",
        value=19,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui utilisent l’IA générative se servent de Mistral",
        statement_en="of clinicians who use generative AI use Mistral",
        source="barometre-2025",
    ),
    dict(
        key="pro-perplexity",
        value=16,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui utilisent l’IA générative se servent de Perplexity",
        statement_en="of clinicians who use generative AI use Perplexity",
        source="barometre-2025",
    ),
    dict(
        key="pro-secure-tools",
        value=14,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui utilisent l’IA générative citent un outil sécurisé fourni par leur structure",
        statement_en="of clinicians who use generative AI name a secure tool provided by their workplace",
        source="barometre-2025",
    ),
    # Use of AI by the public
    dict(
        key="public-use-ai-health",
        value=45,
        comparison="exact",
        population="public",
        statement_fr="des Français se servent de l’IA pour des sujets de santé, par exemple avec une application, une montre connectée ou un assistant vocal",
        statement_en="of French people turn to AI for health matters, for example through an app, a smartwatch or a voice assistant",
        source="barometre-2025",
    ),
    dict(
        key="public-use-less-monthly",
        value=10,
        comparison="exact",
        population="public",
        statement_fr="des Français utilisent l’IA pour leur santé moins d’une fois par mois",
        statement_en="of French people use AI for their health less than once a month",
        source="barometre-2025",
    ),
    dict(
        key="public-use-monthly",
        value=14,
        comparison="exact",
        population="public",
        statement_fr="des Français utilisent l’IA pour leur santé au moins une fois par mois, mais pas chaque semaine",
        statement_en="of French people use AI for their health at least once a month, but not every week",
        source="barometre-2025",
    ),
    dict(
        key="public-use-weekly",
        value=8,
        comparison="exact",
        population="public",
        statement_fr="des Français utilisent l’IA pour leur santé chaque semaine",
        statement_en="of French people use AI for their health every week",
        source="barometre-2025",
    ),
    dict(
        key="public-use-daily",
        value=13,
        comparison="exact",
        population="public",
        statement_fr="des Français utilisent l’IA pour leur santé tous les jours",
        statement_en="of French people use AI for their health every day",
        source="barometre-2025",
    ),
    dict(
        key="public-ai-users-genai",
        value=54,
        comparison="exact",
        population="public_ai_users",
        statement_fr="des Français qui utilisent l’IA pour leur santé passent par une IA générative comme ChatGPT ou Copilot",
        statement_en="of French people who use AI for their health do so through a generative AI such as ChatGPT or Copilot",
        source="barometre-2025",
    ),
    dict(
        key="public-genai-share",
        value=23,
        comparison="exact",
        population="public",
        statement_fr="des Français, selon une estimation, posent des questions de santé à une IA générative",
        statement_en="of all French people, by an estimate, ask a generative AI about their health",
        source="barometre-2025",
    ),
    dict(
        key="pro-think-patients-use",
        value=62,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé croient que leurs patients se servent de l’IA pour leur santé",
        statement_en="of health professionals think their patients use AI for their health",
        source="barometre-2025",
    ),
    # Informing patients
    dict(
        key="pro-inform-patients",
        value=55,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des professionnels de santé qui utilisent l’IA disent informer leurs patients quand ils s’en servent",
        statement_en="of health professionals who use AI say they tell their patients when they use it",
        source="barometre-2025",
    ),
    dict(
        key="pro-never-inform",
        value=45,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des professionnels de santé qui utilisent l’IA disent ne jamais en informer leurs patients",
        statement_en="of health professionals who use AI say they never tell their patients about it",
        source="barometre-2025",
    ),
    dict(
        key="pro-inform-website",
        value=26,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui informent leurs patients de leur usage de l’IA le font surtout en les orientant vers un site internet fiable",
        statement_en="of clinicians who tell their patients about their use of AI mainly do so by pointing them to a reliable website",
        source="barometre-2025",
    ),
    dict(
        key="pro-inform-explain",
        value=19,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui informent leurs patients de leur usage de l’IA le font en expliquant leur démarche, en particulier sur le consentement",
        statement_en="of clinicians who tell their patients about their use of AI do so by explaining their approach, especially about consent",
        source="barometre-2025",
    ),
    dict(
        key="pro-inform-documents",
        value=16,
        comparison="exact",
        population="ai_professionals",
        statement_fr="des soignants qui informent leurs patients de leur usage de l’IA le font en leur remettant des documents préparés par l’équipe médicale",
        statement_en="of clinicians who tell their patients about their use of AI do so by handing them documents prepared by the medical team",
        source="barometre-2025",
    ),
    dict(
        key="public-want-informed",
        value=84,
        comparison="exact",
        population="public",
        statement_fr="des Français veulent être informés par leur soignant quand il utilise l’IA pour les soigner",
        statement_en="of French people want to be told by their clinician when AI is used in their care",
        source="barometre-2025",
    ),
    dict(
        key="public-want-benefits-risks",
        value=80,
        comparison="exact",
        population="public",
        statement_fr="des Français veulent des informations claires sur les bénéfices et les risques de l’IA dans les soins",
        statement_en="of French people want clear information on the benefits and risks of AI in care",
        source="barometre-2025",
    ),
    # Opinion
    dict(
        key="pro-positive",
        value=89,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé voient l’IA en santé comme une bonne chose",
        statement_en="of health professionals see AI in health as a good thing",
        source="barometre-2025",
    ),
    dict(
        key="pro-very-positive",
        value=13,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé voient l’IA en santé comme une très bonne chose",
        statement_en="of health professionals see AI in health as a very good thing",
        source="barometre-2025",
    ),
    dict(
        key="pro-rather-positive",
        value=76,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé voient l’IA en santé comme plutôt une bonne chose",
        statement_en="of health professionals see AI in health as a fairly good thing",
        source="barometre-2025",
    ),
    dict(
        key="pro-negative",
        value=8,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé voient l’IA en santé comme plutôt une mauvaise chose",
        statement_en="of health professionals see AI in health as a fairly bad thing",
        source="barometre-2025",
    ),
    dict(
        key="public-positive",
        value=76,
        comparison="exact",
        population="public",
        statement_fr="des Français voient l’IA en santé comme une bonne chose",
        statement_en="of French people see AI in health as a good thing",
        source="barometre-2025",
    ),
    # Benefits seen by professionals
    dict(
        key="pro-benefit-time",
        value=56,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé disent que l’IA leur fait gagner du temps au quotidien",
        statement_en="of health professionals say AI saves them time day to day",
        source="barometre-2025",
    ),
    dict(
        key="pro-benefit-reports",
        value=50,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé disent que l’IA les aide à préparer leurs comptes rendus",
        statement_en="of health professionals say AI helps them prepare their reports",
        source="barometre-2025",
    ),
    dict(
        key="pro-benefit-diagnosis",
        value=40,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé disent que l’IA rend le diagnostic plus précis et plus sûr",
        statement_en="of health professionals say AI makes diagnosis more accurate and safer",
        source="barometre-2025",
    ),
    dict(
        key="pro-effective-admin",
        value=70,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé jugent l’IA efficace pour alléger les tâches administratives",
        statement_en="of health professionals find AI effective at cutting down paperwork",
        source="barometre-2025",
    ),
    dict(
        key="pro-effective-prevention",
        value=44,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé jugent l’IA efficace pour la prévention et le dépistage",
        statement_en="of health professionals find AI effective for prevention and screening",
        source="barometre-2025",
    ),
    dict(
        key="pro-effective-research",
        value=43,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé jugent l’IA efficace pour la recherche médicale",
        statement_en="of health professionals find AI effective for medical research",
        source="barometre-2025",
    ),
    dict(
        key="pro-good-for-professionals",
        value=80,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA est une bonne chose pour les soignants",
        statement_en="of health professionals think AI is good for health professionals",
        source="barometre-2025",
    ),
    dict(
        key="pro-good-for-research",
        value=67,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA est une bonne chose pour les acteurs de la recherche médicale",
        statement_en="of health professionals think AI is good for those who do medical research",
        source="barometre-2025",
    ),
    dict(
        key="pro-good-for-institutions",
        value=65,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA est une bonne chose pour les établissements de santé",
        statement_en="of health professionals think AI is good for hospitals and clinics",
        source="barometre-2025",
    ),
    dict(
        key="pro-good-for-system",
        value=64,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA est une bonne chose pour le système de santé dans son ensemble",
        statement_en="of health professionals think AI is good for the health system as a whole",
        source="barometre-2025",
    ),
    dict(
        key="pro-good-for-patients",
        value=45,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA est une bonne chose pour les patients",
        statement_en="of health professionals think AI is good for patients",
        source="barometre-2025",
    ),
    dict(
        key="pro-good-for-industry",
        value=44,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA est une bonne chose pour l’industrie de la santé",
        statement_en="of health professionals think AI is good for the health industry",
        source="barometre-2025",
    ),
    # Trust and supervision
    dict(
        key="pro-trust-fully",
        value=7,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé font tout à fait confiance à l’IA en santé",
        statement_en="of health professionals fully trust AI in health",
        source="barometre-2025",
    ),
    dict(
        key="pro-want-supervision",
        value=96,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé jugent indispensable ou préférable qu’un soignant supervise l’IA, en vérifiant et en contrôlant ce qu’elle fait",
        statement_en="of health professionals find it essential or preferable that a health professional oversees AI by checking and controlling it",
        source="barometre-2025",
    ),
    dict(
        key="public-trust-professionals",
        value=69,
        comparison="exact",
        population="public",
        statement_fr="des Français font confiance à l’IA quand ce sont des soignants qui l’utilisent",
        statement_en="of French people trust AI when health professionals are the ones using it",
        source="barometre-2025",
    ),
    dict(
        key="public-trust-self",
        value=47,
        comparison="exact",
        population="public",
        statement_fr="des Français font confiance à l’IA quand ils l’utilisent eux-mêmes",
        statement_en="of French people trust AI when they use it themselves",
        source="barometre-2025",
    ),
    dict(
        key="public-trust-other-patients",
        value=26,
        comparison="exact",
        population="public",
        statement_fr="des Français font confiance à l’IA quand ce sont d’autres patients qui l’utilisent",
        statement_en="of French people trust AI when other patients are the ones using it",
        source="barometre-2025",
    ),
    dict(
        key="public-want-validated-apps",
        value=80,
        comparison="more_than",
        population="public",
        statement_fr="des Français jugent important que les applis de suivi de santé avec IA, faites pour le grand public, soient testées et validées par des soignants ou une autorité de santé",
        statement_en="of French people find it important that consumer health-tracking apps using AI are tested and approved by health professionals or a health authority",
        source="barometre-2025",
    ),
    # Risks
    dict(
        key="public-data-risk",
        value=89,
        comparison="exact",
        population="public",
        statement_fr="des Français pensent que l’IA en santé comporte des risques pour les données de santé, comme une cyberattaque ou un accès non autorisé",
        statement_en="of French people think AI in health carries risks for health data, such as a cyberattack or unauthorised access",
        source="barometre-2025",
    ),
    dict(
        key="pro-data-risk",
        value=58,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA en santé comporte des risques pour les données de santé",
        statement_en="of health professionals think AI in health carries risks for health data",
        source="barometre-2025",
    ),
    dict(
        key="pro-risk-reliability",
        value=36,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé citent parmi les principaux risques la difficulté de vérifier la fiabilité ou la qualité des résultats de l’IA",
        statement_en="of health professionals name the difficulty of checking how reliable or good AI results are among the main risks",
        source="barometre-2025",
    ),
    dict(
        key="pro-risk-liability",
        value=34,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé citent parmi les principaux risques une responsabilité floue en cas d’erreur liée à l’IA",
        statement_en="of health professionals name unclear responsibility when AI leads to an error among the main risks",
        source="barometre-2025",
    ),
    dict(
        key="pro-risk-ethics",
        value=33,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé citent parmi les principaux risques les dérives éthiques ou commerciales",
        statement_en="of health professionals name ethical or commercial abuses among the main risks",
        source="barometre-2025",
    ),
    dict(
        key="public-fear-errors",
        value=42,
        comparison="exact",
        population="public",
        statement_fr="des Français citent les erreurs médicales dues à l’IA parmi les principaux risques",
        statement_en="of French people name medical errors caused by AI among the main risks",
        source="barometre-2025",
    ),
    dict(
        key="public-fear-human-contact",
        value=42,
        comparison="exact",
        population="public",
        statement_fr="des Français citent la perte du lien humain avec leur soignant parmi les principaux risques",
        statement_en="of French people name the loss of the human bond with their clinician among the main risks",
        source="barometre-2025",
    ),
    dict(
        key="public-fear-liability",
        value=34,
        comparison="exact",
        population="public",
        statement_fr="des Français citent le flou sur qui est responsable en cas d’erreur parmi les principaux risques",
        statement_en="of French people name unclear responsibility when something goes wrong among the main risks",
        source="barometre-2025",
    ),
    dict(
        key="public-fear-reliability",
        value=33,
        comparison="exact",
        population="public",
        statement_fr="des Français citent la fiabilité des résultats parmi les principaux risques",
        statement_en="of French people name the reliability of the results among the main risks",
        source="barometre-2025",
    ),
    dict(
        key="public-fear-confidentiality",
        value=29,
        comparison="exact",
        population="public",
        statement_fr="des Français citent les atteintes à la confidentialité des données de santé parmi les principaux risques",
        statement_en="of French people name breaches of the confidentiality of health data among the main risks",
        source="barometre-2025",
    ),
    # Training
    dict(
        key="pro-well-trained",
        value=37,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé s’estiment assez bien formés pour utiliser des outils d’IA",
        statement_en="of health professionals feel well enough trained to use AI tools",
        source="barometre-2025",
    ),
    dict(
        key="pro-trained",
        value=40,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé ont suivi au moins une formation sur l’IA",
        statement_en="of health professionals have taken at least one course on AI",
        source="barometre-2025",
    ),
    dict(
        key="pro-self-trained",
        value=24,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé ont appris à se servir de l’IA seuls, en se formant eux-mêmes",
        statement_en="of health professionals have taught themselves about AI",
        source="barometre-2025",
    ),
    dict(
        key="pro-want-information",
        value=95,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé voudraient être mieux informés sur les outils d’IA en santé",
        statement_en="of health professionals would like more information about AI tools for health",
        source="barometre-2025",
    ),
    dict(
        key="pro-want-training",
        value=93,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé voudraient être davantage formés à l’IA",
        statement_en="of health professionals would like more training in AI",
        source="barometre-2025",
    ),
    # The future
    dict(
        key="pro-essential-future",
        value=90,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA deviendra incontournable dans les années à venir",
        statement_en="of health professionals think AI will become essential in the years ahead",
        source="barometre-2025",
    ),
    dict(
        key="pro-attractive",
        value=57,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé pensent que l’IA peut rendre leur métier plus attractif",
        statement_en="of health professionals think AI can make their profession more attractive",
        source="barometre-2025",
    ),
    dict(
        key="pro-lever-simple",
        value=51,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé demandent, pour développer l’IA en santé, des outils simples qui s’intègrent à leurs habitudes de travail",
        statement_en="of health professionals call, to develop AI in health, for simple tools that fit the way they already work",
        source="barometre-2025",
    ),
    dict(
        key="pro-lever-training",
        value=47,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé demandent, pour développer l’IA en santé, une formation plus poussée et un soutien adapté à leur pratique",
        statement_en="of health professionals call, to develop AI in health, for more training and support suited to their practice",
        source="barometre-2025",
    ),
    dict(
        key="pro-lever-regulation",
        value=55,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé demandent des règles claires et rassurantes, pensées pour l’IA en santé",
        statement_en="of health professionals call for clear, reassuring rules designed for AI in health",
        source="barometre-2025",
    ),
    dict(
        key="pro-prefer-sovereign",
        value=94,
        comparison="exact",
        population="professionals",
        statement_fr="des professionnels de santé veulent choisir en priorité des outils d’IA français ou européens",
        statement_en="of health professionals want to choose French or European AI tools first",
        source="barometre-2025",
    ),
    dict(
        key="public-prefer-sovereign",
        value=86,
        comparison="exact",
        population="public",
        statement_fr="des Français veulent choisir en priorité des outils d’IA français ou européens",
        statement_en="of French people want to choose French or European AI tools first",
        source="barometre-2025",
    ),
]


EXPECTATIONS = [
    dict(
        key="be-informed",
        title_fr="Être informé quand l’IA est utilisée",
        title_en="Being told when AI is used",
        description_fr=(
            "La notice nomme chaque outil d’IA utilisé dans vos soins et dit à quelle étape il intervient. "
            "Elle précise aussi quand et comment votre soignant vous en parle."
        ),
        description_en=(
            "The notice names each AI tool used in your care and says at which step it is used. "
            "It also says when and how your clinician tells you about it."
        ),
        figures=["public-want-informed", "pro-inform-patients"],
    ),
    dict(
        key="benefits-risks",
        title_fr="Connaître les bénéfices et les risques",
        title_en="Knowing the benefits and the risks",
        description_fr=(
            "La notice explique en mots simples ce que l’outil vous apporte, ses limites et ses risques "
            "connus. Elle dit aussi ce qui est fait pour réduire ces risques."
        ),
        description_en=(
            "The notice explains in plain words what the tool does for you, its limits and its known risks. "
            "It also says what is done to reduce those risks."
        ),
        figures=["public-want-benefits-risks"],
    ),
    dict(
        key="human-supervision",
        title_fr="Qu’un soignant garde la main",
        title_en="A clinician stays in charge",
        description_fr=(
            "La notice dit qui vérifie les résultats de l’IA, comment, et qui prend la décision finale. "
            "Elle indique aussi si ces personnes ont été formées à l’outil."
        ),
        description_en=(
            "The notice says who checks the AI’s results, how, and who makes the final decision. "
            "It also says whether these people have been trained to use the tool."
        ),
        figures=["pro-want-supervision", "public-trust-professionals"],
    ),
    dict(
        key="validated-tools",
        title_fr="Des outils testés et validés",
        title_en="Tools that have been tested and approved",
        description_fr=(
            "La notice donne le statut de l’outil (dispositif médical marqué CE ou non) et les preuves de "
            "ses performances. Elle signale toute évaluation indépendante, par exemple par une autorité "
            "de santé."
        ),
        description_en=(
            "The notice gives the tool’s status (CE-marked medical device or not) and the evidence of how "
            "well it works. It mentions any independent assessment, for example by a health authority."
        ),
        figures=["public-want-validated-apps"],
    ),
    dict(
        key="data-protection",
        title_fr="Des données de santé bien protégées",
        title_en="Health data kept safe",
        description_fr=(
            "La notice dit quelles données l’outil utilise, où elles sont stockées, combien de temps et qui "
            "peut y accéder. Elle précise si elles servent à entraîner ou améliorer l’IA."
        ),
        description_en=(
            "The notice says which data the tool uses, where they are stored, for how long and who can see "
            "them. It says whether they are used to train or improve the AI."
        ),
        figures=["public-data-risk"],
    ),
    dict(
        key="sovereign-tools",
        title_fr="Des outils français ou européens",
        title_en="French or European tools",
        description_fr=(
            "La notice nomme l’éditeur de l’outil et son pays, le pays où les données sont hébergées et si "
            "l’hébergeur est certifié HDS. Elle dit si des données sortent de l’Espace économique européen, "
            "et avec quelles garanties."
        ),
        description_en=(
            "The notice names the tool’s maker and its country, the country where the data are hosted and "
            "whether the host holds the French HDS certification. It says whether any data leave the "
            "European Economic Area, and with what safeguards."
        ),
        figures=["public-prefer-sovereign", "pro-prefer-sovereign"],
    ),
    dict(
        key="fear-errors",
        title_fr="Être protégé des erreurs",
        title_en="Being protected from errors",
        description_fr=(
            "La notice décrit les erreurs que l’outil peut faire et les vérifications prévues pour les "
            "repérer. Elle explique comment signaler un problème."
        ),
        description_en=(
            "The notice describes the mistakes the tool can make and the checks in place to catch them. "
            "It explains how to report a problem."
        ),
        figures=["public-fear-errors"],
    ),
    dict(
        key="fear-human-contact",
        title_fr="Garder le contact humain",
        title_en="Keeping the human contact",
        description_fr=(
            "La notice montre que l’outil ne remplace pas l’échange avec votre soignant. Elle dit comment le "
            "refuser, ce qui se passe alors pour vos soins et comment joindre une personne."
        ),
        description_en=(
            "The notice shows that the tool does not replace talking with your clinician. It says how to "
            "decline it, what then happens to your care and how to reach a person."
        ),
        figures=["public-fear-human-contact"],
    ),
    dict(
        key="fear-liability",
        title_fr="Savoir qui est responsable",
        title_en="Knowing who is responsible",
        description_fr=(
            "La notice dit qui répond de la décision de soin et qui répond d’un défaut de l’outil. Elle "
            "indique vers qui vous tourner si quelque chose se passe mal."
        ),
        description_en=(
            "The notice says who answers for the care decision and who answers for a defect in the tool. "
            "It tells you who to turn to if something goes wrong."
        ),
        figures=["public-fear-liability"],
    ),
    dict(
        key="fear-reliability",
        title_fr="Pouvoir se fier aux résultats",
        title_en="Being able to rely on the results",
        description_fr=(
            "La notice donne les performances de l’outil en chiffres simples et les situations où il marche "
            "moins bien. Elle indique la version utilisée et la date de la dernière vérification."
        ),
        description_en=(
            "The notice gives the tool’s performance in simple numbers and the situations where it works "
            "less well. It states the version in use and the date it was last checked."
        ),
        figures=["public-fear-reliability"],
    ),
    dict(
        key="fear-confidentiality",
        title_fr="Que mes informations restent confidentielles",
        title_en="Keeping my information confidential",
        description_fr=(
            "La notice dit si des données qui permettent de vous reconnaître sont envoyées à l’outil et "
            "comment le secret médical est protégé. Elle explique comment exercer vos droits sur vos données."
        ),
        description_en=(
            "The notice says whether data that could identify you are sent to the tool and how medical "
            "confidentiality is protected. It explains how to use your rights over your data."
        ),
        figures=["public-fear-confidentiality"],
    ),
]


GLOSSARY = [
    dict(
        key="artificial-intelligence",
        term_fr="Intelligence artificielle (IA)",
        term_en="Artificial intelligence (AI)",
        definition_fr=(
            "Des programmes informatiques qui font des tâches que l’on associe à l’intelligence humaine : "
            "reconnaître une image, comprendre une phrase, proposer une réponse. Une IA ne comprend pas "
            "comme une personne : elle calcule à partir de règles ou d’exemples."
        ),
        definition_en=(
            "Computer programs that do tasks we link with human intelligence: recognising an image, "
            "understanding a sentence, suggesting an answer. An AI does not understand things the way a "
            "person does: it calculates from rules or examples."
        ),
    ),
    dict(
        key="machine-learning",
        term_fr="Apprentissage automatique",
        term_en="Machine learning",
        definition_fr=(
            "Une façon de fabriquer une IA. Au lieu d’écrire toutes les règles à la main, on montre au "
            "programme un très grand nombre d’exemples, comme des radios déjà interprétées, et il en tire "
            "lui-même des repères. Sa qualité dépend beaucoup des exemples choisis."
        ),
        definition_en=(
            "A way of building an AI. Instead of writing every rule by hand, people show the program a very "
            "large number of examples, such as X-rays that have already been read, and it works out patterns "
            "by itself. How good it is depends a lot on the examples chosen."
        ),
    ),
    dict(
        key="generative-ai",
        term_fr="IA générative",
        term_en="Generative AI",
        definition_fr=(
            "Une IA qui produit un contenu nouveau : un texte, une image, un son. ChatGPT, Gemini ou Le Chat "
            "de Mistral en sont des exemples. Ses réponses peuvent paraître sûres tout en étant fausses : "
            "il faut toujours les vérifier."
        ),
        definition_en=(
            "An AI that produces new content: text, images or sound. ChatGPT, Gemini and Mistral’s Le Chat "
            "are examples. Its answers can sound confident and still be wrong, so they always need checking."
        ),
    ),
    dict(
        key="foundation-model",
        term_fr="Modèle de fondation, grand modèle de langage",
        term_en="Foundation model, large language model",
        definition_fr=(
            "Un très grand modèle d’IA, entraîné sur d’énormes quantités de textes ou d’images, puis adapté "
            "à de nombreuses tâches. Un grand modèle de langage (en anglais LLM) est un modèle de fondation "
            "qui traite du texte : c’est le moteur de la plupart des IA génératives."
        ),
        definition_en=(
            "A very large AI model, trained on huge amounts of text or images, then adapted to many tasks. "
            "A large language model (LLM) is a foundation model that works with text: it is the engine "
            "behind most generative AI tools."
        ),
    ),
    dict(
        key="algorithm",
        term_fr="Algorithme",
        term_en="Algorithm",
        definition_fr=(
            "Une suite d’instructions précises pour résoudre un problème, un peu comme une recette de "
            "cuisine. Toutes les IA reposent sur des algorithmes, mais un algorithme n’est pas forcément "
            "une IA : un simple calcul de score en est un aussi."
        ),
        definition_en=(
            "A set of precise steps for solving a problem, a bit like a recipe. Every AI runs on algorithms, "
            "but an algorithm is not always an AI: a simple score calculation is one too."
        ),
    ),
    dict(
        key="hallucination",
        term_fr="Hallucination",
        term_en="Hallucination",
        definition_fr=(
            "Quand une IA générative invente une information et la présente comme vraie : par exemple un "
            "médicament jamais prescrit dans un compte rendu, ou un article scientifique qui n’existe pas. "
            "C’est une des raisons pour lesquelles un soignant doit tout relire."
        ),
        definition_en=(
            "When a generative AI makes up a piece of information and presents it as true: for example, a "
            "medicine that was never prescribed appearing in a report, or a scientific article that does not "
            "exist. It is one reason why a clinician must read everything again."
        ),
    ),
    dict(
        key="medical-device",
        term_fr="Dispositif médical",
        term_en="Medical device",
        definition_fr=(
            "Un produit que son fabricant destine à un usage médical : diagnostiquer, prévenir, surveiller "
            "ou traiter une maladie. Un logiciel, y compris une IA, peut être un dispositif médical. Il doit "
            "alors respecter des règles européennes de sécurité et de performance."
        ),
        definition_en=(
            "A product that its maker intends for a medical purpose: diagnosing, preventing, monitoring or "
            "treating a disease. Software, including AI, can be a medical device. It must then meet European "
            "rules on safety and performance."
        ),
    ),
    dict(
        key="ce-marking",
        term_fr="Marquage CE",
        term_en="CE marking",
        definition_fr=(
            "Un logo qui indique qu’un produit respecte les règles européennes qui le concernent. Pour un "
            "dispositif médical, le fabricant doit avoir démontré sa sécurité et ses performances, le plus "
            "souvent sous le contrôle d’un organisme notifié. Le marquage CE ne dit pas si l’outil est le "
            "meilleur choix pour vous."
        ),
        definition_en=(
            "A mark showing that a product meets the European rules that apply to it. For a medical device, "
            "the maker must have shown that it is safe and works as claimed, usually under the control of a "
            "notified body. CE marking does not tell you whether the tool is the best choice for you."
        ),
    ),
    dict(
        key="notified-body",
        term_fr="Organisme notifié",
        term_en="Notified body",
        definition_fr=(
            "Un organisme indépendant, désigné par un pays de l’Union européenne, qui contrôle qu’un "
            "dispositif médical respecte les règles avant qu’il puisse porter le marquage CE. Il vérifie "
            "aussi le produit dans la durée."
        ),
        definition_en=(
            "An independent organisation, appointed by an EU country, that checks that a medical device "
            "meets the rules before it can carry the CE mark. It keeps checking the product over time."
        ),
    ),
    dict(
        key="hds",
        term_fr="Hébergeur de données de santé (HDS)",
        term_en="Health data host (HDS)",
        definition_fr=(
            "Une entreprise qui stocke des données de santé pour le compte d’autres, par exemple d’une "
            "clinique ou d’un éditeur de logiciel. En France, elle doit être certifiée HDS : cette "
            "certification contrôle la sécurité de ses services."
        ),
        definition_en=(
            "A company that stores health data on behalf of others, such as a clinic or a software maker. "
            "In France it must hold the HDS certification, which checks the security of its services."
        ),
    ),
    dict(
        key="gdpr",
        term_fr="RGPD (règlement général sur la protection des données)",
        term_en="GDPR (General Data Protection Regulation)",
        definition_fr=(
            "La loi européenne qui protège vos données personnelles depuis 2018. Elle oblige à vous dire ce "
            "qui est fait de vos données. Elle vous donne des droits : y accéder, les faire corriger, les "
            "faire effacer ou vous opposer à certains usages."
        ),
        definition_en=(
            "The European law that has protected your personal data since 2018. It requires organisations "
            "to tell you what they do with your data. It gives you rights: to see them, have them corrected, "
            "have them erased or object to some uses."
        ),
    ),
    dict(
        key="eea",
        term_fr="Espace économique européen (EEE)",
        term_en="European Economic Area (EEA)",
        definition_fr=(
            "Les 27 pays de l’Union européenne, plus l’Islande, le Liechtenstein et la Norvège. Le RGPD "
            "s’applique dans tous ces pays. Quand des données personnelles partent ailleurs, la loi exige "
            "des garanties supplémentaires."
        ),
        definition_en=(
            "The 27 countries of the European Union, plus Iceland, Liechtenstein and Norway. The GDPR applies "
            "in all of them. When personal data go elsewhere, the law requires extra safeguards."
        ),
    ),
    dict(
        key="health-data",
        term_fr="Données de santé",
        term_en="Health data",
        definition_fr=(
            "Toutes les informations sur votre santé physique ou mentale : résultats d’examens, diagnostics, "
            "traitements, et même l’enregistrement d’une consultation. La loi les considère comme sensibles "
            "et les protège davantage."
        ),
        definition_en=(
            "Any information about your physical or mental health: test results, diagnoses, treatments, and "
            "even the recording of a consultation. The law treats them as sensitive and protects them more."
        ),
    ),
    dict(
        key="identifying-data",
        term_fr="Données identifiantes",
        term_en="Identifying data",
        definition_fr=(
            "Des informations qui permettent de savoir qui vous êtes. Certaines le font directement, comme "
            "votre nom ou votre numéro de sécurité sociale. D’autres le font une fois réunies, comme une date "
            "de naissance, une commune et une maladie rare."
        ),
        definition_en=(
            "Information that makes it possible to tell who you are. Some does so directly, like your name "
            "or your social security number. Other details do so once put together, like a date of birth, "
            "a town and a rare disease."
        ),
    ),
    dict(
        key="pseudonymisation",
        term_fr="Pseudonymisation",
        term_en="Pseudonymisation",
        definition_fr=(
            "Remplacer le nom et les autres identifiants par un code. Une clé, gardée à part, permet de "
            "retrouver la personne : les données restent donc personnelles et protégées par le RGPD. "
            "L’anonymisation, elle, rend tout retour à la personne impossible."
        ),
        definition_en=(
            "Replacing the name and other identifiers with a code. A key, kept separately, makes it possible "
            "to find the person again, so the data are still personal and protected by the GDPR. "
            "Anonymisation, by contrast, makes it impossible to trace the data back to anyone."
        ),
    ),
    dict(
        key="human-oversight",
        term_fr="Supervision humaine",
        term_en="Human oversight",
        definition_fr=(
            "Un professionnel formé vérifie ce que propose l’IA, peut le corriger ou l’écarter, et reste "
            "celui qui décide. Pour vos soins, la décision revient à votre soignant, pas à la machine."
        ),
        definition_en=(
            "A trained professional checks what the AI suggests, can correct it or set it aside, and remains "
            "the one who decides. In your care, the decision belongs to your clinician, not to the machine."
        ),
    ),
    dict(
        key="false-positive",
        term_fr="Faux positif",
        term_en="False positive",
        definition_fr=(
            "Le résultat signale un problème qui n’existe pas, par exemple une alerte sur une radio normale. "
            "Cela peut causer de l’inquiétude ou des examens en plus."
        ),
        definition_en=(
            "The result points to a problem that is not there, for example an alert on a normal X-ray. "
            "It can cause worry or extra tests."
        ),
    ),
    dict(
        key="false-negative",
        term_fr="Faux négatif",
        term_en="False negative",
        definition_fr=(
            "Le résultat ne voit pas un problème qui existe bien. C’est pour cela que le soignant garde son "
            "propre regard et ne se fie pas au seul outil."
        ),
        definition_en=(
            "The result misses a problem that is really there. This is why the clinician keeps their own "
            "judgement and does not rely on the tool alone."
        ),
    ),
    dict(
        key="ai-scribe",
        term_fr="Transcription automatique (scribe)",
        term_en="Automatic transcription (AI scribe)",
        definition_fr=(
            "Un outil qui écoute la consultation, la met par écrit et propose un brouillon de compte rendu. "
            "Le soignant doit le relire et le corriger avant de l’enregistrer dans votre dossier. Vous "
            "devriez être prévenu avant qu’il soit utilisé."
        ),
        definition_en=(
            "A tool that listens to the consultation, writes it down and suggests a draft report. The "
            "clinician must read and correct it before it goes into your record. You should be told before "
            "it is used."
        ),
    ),
    dict(
        key="chatbot",
        term_fr="Agent conversationnel (chatbot)",
        term_en="Chatbot",
        definition_fr=(
            "Un programme avec lequel on échange par écrit ou à la voix, et qui répond comme le ferait une "
            "personne : pour prendre un rendez-vous ou poser une question, par exemple. La loi européenne "
            "sur l’IA prévoit que vous sachiez que vous parlez à une machine, sauf si c’est évident."
        ),
        definition_en=(
            "A program you exchange with in writing or by voice, which answers the way a person would: to "
            "book an appointment or ask a question, for example. The European AI law says you must know you "
            "are talking to a machine, unless it is obvious."
        ),
    ),
    dict(
        key="bias",
        term_fr="Biais",
        term_en="Bias",
        definition_fr=(
            "Une erreur qui se répète toujours dans le même sens. Par exemple, une IA marche moins bien pour "
            "certains groupes de personnes, souvent parce qu’ils étaient peu présents dans les exemples qui "
            "ont servi à l’entraîner."
        ),
        definition_en=(
            "An error that keeps going the same way. For example, an AI works less well for some groups of "
            "people, often because they were rare in the examples used to train it."
        ),
    ),
    dict(
        key="ai-act",
        term_fr="AI Act (règlement européen sur l’IA)",
        term_en="AI Act (EU regulation on AI)",
        definition_fr=(
            "La loi européenne sur l’intelligence artificielle, adoptée en 2024. Elle classe les systèmes "
            "d’IA selon leurs risques et impose plus d’obligations aux plus risqués, comme ceux intégrés à "
            "des dispositifs médicaux. Elle s’applique par étapes."
        ),
        definition_en=(
            "The European law on artificial intelligence, adopted in 2024. It sorts AI systems by risk and "
            "puts more duties on the riskiest ones, such as those built into medical devices. It applies in "
            "stages."
        ),
    ),
    dict(
        key="dpo",
        term_fr="Délégué à la protection des données (DPO)",
        term_en="Data protection officer (DPO)",
        definition_fr=(
            "La personne chargée, dans un organisme, de veiller au respect du RGPD. Vous pouvez lui écrire "
            "pour toute question sur vos données ou pour exercer vos droits. Les hôpitaux, par exemple, "
            "doivent en avoir un."
        ),
        definition_en=(
            "The person in an organisation whose job is to make sure the GDPR is respected. You can write to "
            "them with any question about your data or to use your rights. Hospitals, for example, must have one."
        ),
    ),
]
