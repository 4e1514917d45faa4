"""The easy-read (FALC) versions of the demo articles, which the loader puts in each article's
`easy_read_intro` and `easy_read_body` (`content.demo.loader`).

Format: `ARTICLES` maps an article's key (as in articles_understand.py and articles_rights.py) to
{"fr": {"intro": str, "body": [blocks]}, "en": {"intro": str, "body": [blocks]}}; an empty dict
leaves the article without an easy-read version (its page then shows no link to one). The French
and English bodies have the same blocks in the same order. Blocks (the `EasyReadBlock` stream):

- {"type": "heading", "value": "A short question or statement, as an h2"}
- {"type": "paragraph", "value": "<p>One sentence.</p><p>Another.</p>"}: only <p>, <b>, <ul>/<li>
  (no link, no italics); each sentence its own <p>, or its own <li> in a list
- {"type": "example", "value": {"title": "Un exemple : …", "text": "<p>…</p>"}}: a scene from
  everyday life that shows the idea just said

As the demo articles, plain str with ordinary spaces: the loader applies French typography.

How to write it (the European easy-to-read standard, Inclusion Europe, "Information for all"):
- one idea a sentence, about 10 to 15 words at most, in the active voice, with "vous"/"you";
- common words, the same word for the same thing throughout; no abbreviation (« intelligence
  artificielle », not « IA », except once to say « On dit aussi IA. »); explain every harder word
  the first time, in its own sentence (« Un compte rendu est un texte sur votre visite. »);
- an example for each abstract idea; numbers in digits; no percentage and no barometer figure (a
  figure typed here would escape the catalogue of figures and its source);
- say only what the full article says: the easy-read version is a shorter telling, not a new text;
- the intro: one to four short sentences, what the page is about; it must score at least 80
  (`content.readability`: Kandel-Moles in French, Flesch in English; tests/explainers/test_easy_read.py).
"""

ARTICLES = {
    "how-clinicians-use-ai": {
        "fr": {
            "intro": (
                "Cette page parle des soignants. Ce sont les personnes qui vous soignent. Ils se "
                "servent de l’intelligence artificielle. Voici comment."
            ),
            "body": [
                {"type": "heading", "value": "L’intelligence artificielle, c’est quoi ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Ce programme apprend avec beaucoup d’exemples.</p>"
                        "<p>Puis il donne un résultat.</p>"
                        "<p>Par exemple : un texte, ou une alerte sur une radio.</p>"
                        "<p>Beaucoup de soignants utilisent déjà l’intelligence artificielle.</p>"
                    ),
                },
                {"type": "heading", "value": "À quoi sert l’intelligence artificielle ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle aide les soignants à :</p>"
                        "<ul>"
                        "<li>écrire des lettres</li>"
                        "<li>écrire le compte rendu de votre visite</li>"
                        "<li>lire des radios</li>"
                        "<li>donner des rendez-vous</li>"
                        "<li>poser les premières questions sur un site internet</li>"
                        "</ul>"
                        "<p>Un compte rendu est un texte sur votre visite chez le médecin.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : la radio",
                        "text": (
                            "<p>Vous avez mal au bras.</p>"
                            "<p>Vous passez une radio.</p>"
                            "<p>Un programme regarde la radio.</p>"
                            "<p>Il montre au médecin un endroit à regarder.</p>"
                            "<p>Le médecin regarde lui-même la radio.</p>"
                            "<p>Le médecin dit si votre os est cassé.</p>"
                        ),
                    },
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : le compte rendu",
                        "text": (
                            "<p>Le médecin vous demande si vous êtes d’accord.</p>"
                            "<p>Vous dites oui.</p>"
                            "<p>Vous parlez avec le médecin.</p>"
                            "<p>Un programme écoute et écrit un premier texte.</p>"
                            "<p>Le médecin lit ce texte.</p>"
                            "<p>Le médecin corrige les erreurs.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Qui décide ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle peut se tromper.</p>"
                        "<p>Le soignant vérifie donc son travail.</p>"
                        "<p><b>C’est le soignant qui décide.</b></p>"
                    ),
                },
                {"type": "heading", "value": "Allez-vous le savoir ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Parfois, la loi dit que vous devez le savoir.</p>"
                        "<p>Par exemple : un programme vous parle sur internet.</p>"
                        "<p>Vous devez savoir que c’est un programme.</p>"
                        "<p>Mais les soignants ne vous préviennent pas toujours.</p>"
                        "<p>Vous pouvez poser la question à votre soignant.</p>"
                        "<p>Par exemple : « Utilisez-vous l’intelligence artificielle pour moi ? »</p>"
                        "<p>Sur ce site, des cabinets et des hôpitaux expliquent leurs programmes.</p>"
                    ),
                },
            ],
        },
        "en": {
            "intro": (
                "This page is about health workers. They are the people who care for you. They use "
                "artificial intelligence. Here is how."
            ),
            "body": [
                {"type": "heading", "value": "What is artificial intelligence?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>People also say <b>AI</b>.</p>"
                        "<p>This program learns from a lot of examples.</p>"
                        "<p>Then it gives a result.</p>"
                        "<p>For example: a text, or a warning on an X-ray.</p>"
                        "<p>Many health workers already use artificial intelligence.</p>"
                    ),
                },
                {"type": "heading", "value": "What is artificial intelligence used for?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence helps health workers to:</p>"
                        "<ul>"
                        "<li>write letters</li>"
                        "<li>write the report of your visit</li>"
                        "<li>read X-rays</li>"
                        "<li>give appointments</li>"
                        "<li>ask the first questions on a website</li>"
                        "</ul>"
                        "<p>A report is a text about your visit to the doctor.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: the X-ray",
                        "text": (
                            "<p>Your arm hurts.</p>"
                            "<p>You have an X-ray.</p>"
                            "<p>A program looks at the X-ray.</p>"
                            "<p>It shows the doctor a place to look at.</p>"
                            "<p>The doctor looks at the X-ray too.</p>"
                            "<p>The doctor says if your bone is broken.</p>"
                        ),
                    },
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: the report",
                        "text": (
                            "<p>The doctor asks you if you agree.</p>"
                            "<p>You say yes.</p>"
                            "<p>You talk with the doctor.</p>"
                            "<p>A program listens and writes a first text.</p>"
                            "<p>The doctor reads this text.</p>"
                            "<p>The doctor corrects the mistakes.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Who decides?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence can make mistakes.</p>"
                        "<p>So the health worker checks its work.</p>"
                        "<p><b>The health worker decides.</b></p>"
                    ),
                },
                {"type": "heading", "value": "Will you be told?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sometimes the law says that you must be told.</p>"
                        "<p>For example: a program talks to you on the internet.</p>"
                        "<p>You must know that it is a program.</p>"
                        "<p>But health workers do not always tell you.</p>"
                        "<p>You can ask your health worker.</p>"
                        "<p>For example: “Do you use artificial intelligence for me?”</p>"
                        "<p>On this website, some practices and hospitals explain their programs.</p>"
                    ),
                },
            ],
        },
    },
    # Written by the easy-read writer, following the example above.
    "benefits": {
        "fr": {
            "intro": (
                "L’intelligence artificielle peut aider votre soignant. "
                "Voici ce qu’elle peut faire pour vous, et ce qu’elle ne fait pas."
            ),
            "body": [
                {"type": "heading", "value": "L’intelligence artificielle, c’est quoi ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>L’IA fait des propositions.</p>"
                        "<p>Un outil d’IA, c’est un programme qui utilise l’IA.</p>"
                        "<p>Un soignant, c’est une personne qui vous soigne.</p>"
                        "<p>Par exemple : un médecin ou une infirmière.</p>"
                        "<p>L’IA peut aider votre soignant.</p>"
                        "<p>Votre soignant vérifie toujours ce que fait l’outil.</p>"
                    ),
                },
                {"type": "heading", "value": "Plus de temps pour vous écouter"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Votre soignant écrit beaucoup.</p>"
                        "<p>Par exemple, il écrit le compte rendu de votre rendez-vous.</p>"
                        "<p>Un compte rendu, c’est un texte qui raconte votre rendez-vous.</p>"
                        "<p>Un outil d’IA peut écrire un premier texte.</p>"
                        "<p>Votre soignant relit ce texte et le corrige.</p>"
                        "<p>Il gagne du temps.</p>"
                        "<p>Ce temps peut servir à vous écouter.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : chez le médecin",
                        "text": (
                            "<p>Vous êtes chez votre médecin.</p>"
                            "<p>Il vous regarde et il vous écoute.</p>"
                            "<p>Il tape moins sur son clavier.</p>"
                            "<p>Après le rendez-vous, il relit le texte de l’outil.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Trouver une maladie plus tôt"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Certains outils regardent des images, par exemple des radios.</p>"
                        "<p>L’outil peut montrer un petit détail sur l’image.</p>"
                        "<p>Alors votre soignant regarde l’image de plus près.</p>"
                        "<p>Il peut trouver une maladie plus tôt.</p>"
                        "<p>Une maladie trouvée tôt est souvent plus simple à soigner.</p>"
                        "<p>Seul votre soignant peut vous dire si vous êtes malade.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : la radio",
                        "text": (
                            "<p>Vous passez une radio des poumons.</p>"
                            "<p>L’outil montre une petite tache.</p>"
                            "<p>Le médecin regarde l’image lui-même.</p>"
                            "<p>Il vous explique ce qu’il voit.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Moins de travail de bureau"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Une équipe de soin a beaucoup de travail de bureau.</p>"
                        "<p>Par exemple : donner des rendez-vous ou trier le courrier.</p>"
                        "<p>L’IA peut faire une partie de ce travail.</p>"
                        "<p>Pour vous, l’attente au téléphone peut être plus courte.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : un rendez-vous",
                        "text": (
                            "<p>Vous voulez un rendez-vous.</p>"
                            "<p>Un outil aide le cabinet à trouver une place libre.</p>"
                            "<p>Vous avez votre rendez-vous plus vite.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Les limites de l’IA"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’IA aide, mais elle a des limites :</p>"
                        "<ul>"
                        "<li>Un outil peut se tromper.</li>"
                        "<li>Un outil peut bien marcher dans un hôpital et moins bien "
                        "ailleurs.</li>"
                        "<li>Le temps gagné ne va pas toujours aux patients.</li>"
                        "</ul>"
                        "<p>Votre soignant vérifie donc tout ce que fait l’outil.</p>"
                        "<p>Une enquête de 2025 a interrogé des soignants.</p>"
                        "<p>Beaucoup pensent que l’IA est bonne pour leur travail.</p>"
                        "<p>Moins de soignants pensent qu’elle est bonne pour les patients.</p>"
                    ),
                },
                {"type": "heading", "value": "Vous pouvez poser des questions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous avez le droit de savoir à quoi sert un soin.</p>"
                        "<p>Vous avez le droit de connaître ses risques.</p>"
                        "<p>Vous avez le droit de connaître les autres solutions.</p>"
                        "<p>Vous pouvez donc demander à quoi sert l’outil d’IA pour vous.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : une question à poser",
                        "text": (
                            "<p>Vous pouvez demander à votre médecin :</p>"
                            "<p>« À quoi sert cet outil pour moi ? »</p>"
                        ),
                    },
                },
            ],
        },
        "en": {
            "intro": (
                "Artificial intelligence can help in health care. "
                "Here is what it can do for you, and what it cannot do."
            ),
            "body": [
                {"type": "heading", "value": "What is artificial intelligence?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>AI makes suggestions.</p>"
                        "<p>An AI tool is a program that uses AI.</p>"
                        "<p>A health worker is a person who cares for your health.</p>"
                        "<p>For example: a doctor or a nurse.</p>"
                        "<p>AI can help your health worker.</p>"
                        "<p>Your health worker always checks what the tool does.</p>"
                    ),
                },
                {"type": "heading", "value": "More time to listen to you"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health worker writes a lot.</p>"
                        "<p>For example, they write a report of your visit.</p>"
                        "<p>A report is a text that tells what happened at your visit.</p>"
                        "<p>An AI tool can write a first draft of this text.</p>"
                        "<p>Your health worker reads the draft and fixes it.</p>"
                        "<p>This saves time.</p>"
                        "<p>Your health worker can use this time to listen to you.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: at the doctor’s",
                        "text": (
                            "<p>You see your doctor.</p>"
                            "<p>Your doctor looks at you and listens to you.</p>"
                            "<p>Your doctor types less on the keyboard.</p>"
                            "<p>After the visit, your doctor reads the text from the tool.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Find an illness sooner"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Some tools look at pictures of your body, like X-rays.</p>"
                        "<p>An X-ray is a picture of the inside of your body.</p>"
                        "<p>The tool can point to a small detail in the picture.</p>"
                        "<p>Then your health worker looks at the picture more closely.</p>"
                        "<p>They may find an illness sooner.</p>"
                        "<p>An illness found early is often easier to treat.</p>"
                        "<p>Only your health worker can tell you if you are ill.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: the X-ray",
                        "text": (
                            "<p>You have an X-ray of your lungs.</p>"
                            "<p>The tool shows a small spot.</p>"
                            "<p>The doctor looks at the picture too.</p>"
                            "<p>The doctor tells you what they see.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Less office work"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A care team has a lot of office work.</p>"
                        "<p>For example: giving dates for visits or sorting the mail.</p>"
                        "<p>AI can do some of this work.</p>"
                        "<p>For you, this can mean less time waiting on the phone.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a visit",
                        "text": (
                            "<p>You want to see your doctor.</p>"
                            "<p>A tool helps the practice find a free slot.</p>"
                            "<p>You get a visit sooner.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "What AI cannot do"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>AI helps, but it has limits:</p>"
                        "<ul>"
                        "<li>A tool can make mistakes.</li>"
                        "<li>A tool can work well in one hospital and less well in another.</li>"
                        "<li>The time saved does not always go to patients.</li>"
                        "</ul>"
                        "<p>So your health worker checks all that the tool does.</p>"
                        "<p>A survey in 2025 asked health workers about AI.</p>"
                        "<p>Many think AI is good for their own work.</p>"
                        "<p>Fewer think AI is good for patients.</p>"
                    ),
                },
                {"type": "heading", "value": "You can ask questions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You have the right to know what a treatment is for.</p>"
                        "<p>You have the right to know its risks.</p>"
                        "<p>You have the right to know the other choices.</p>"
                        "<p>So you can ask what the AI tool does for you.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a question to ask",
                        "text": (
                            "<p>You can ask your doctor:</p><p>“What does this tool do for me?”</p>"
                        ),
                    },
                },
            ],
        },
    },
    "risks-and-safeguards": {
        "fr": {
            "intro": (
                "Beaucoup de personnes ont peur de l’intelligence artificielle en santé. "
                "Voici leurs 5 grandes peurs, et ce qui vous protège."
            ),
            "body": [
                {"type": "heading", "value": "Ce qu’il faut savoir d’abord"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Un outil d’IA, c’est un programme qui utilise l’IA.</p>"
                        "<p>Un soignant, c’est une personne qui vous soigne.</p>"
                        "<p>Par exemple : un médecin ou une infirmière.</p>"
                        "<p>Une enquête de 2025 a posé des questions aux Français.</p>"
                        "<p>Elle montre 5 grandes peurs face à l’IA.</p>"
                        "<p>Pour chaque peur, il y a des protections.</p>"
                        "<p>Les protections rendent le risque plus petit.</p>"
                    ),
                },
                {"type": "heading", "value": "Peur 1 : l’IA fait une erreur"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un outil d’IA peut se tromper.</p>"
                        "<p>Votre soignant relit tout ce que l’outil écrit.</p>"
                        "<p>Il corrige les erreurs avant de s’en servir.</p>"
                        "<p>Pour une radio, le médecin regarde l’image lui-même.</p>"
                        "<p>Vous voyez une erreur dans un document ?</p>"
                        "<p>Dites-le à votre soignant.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : une erreur dans le texte",
                        "text": (
                            "<p>L’outil écrit le texte de votre rendez-vous.</p>"
                            "<p>Le texte parle d’un médicament.</p>"
                            "<p>Vous ne prenez pas ce médicament.</p>"
                            "<p>Votre médecin relit le texte.</p>"
                            "<p>Il enlève le médicament.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Peur 2 : parler à une machine"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Votre soignant vous parle toujours de vos soins.</p>"
                        "<p>La loi le dit : il vous explique vos soins pendant un rendez-vous avec "
                        "vous.</p>"
                        "<p>Parfois, un chatbot répond à vos questions sur internet.</p>"
                        "<p>Un chatbot, c’est un programme qui répond à vos messages.</p>"
                        "<p>Vous avez le droit de savoir que vous parlez à une IA.</p>"
                        "<p>Souvent, vous pouvez refuser un outil.</p>"
                        "<p>Parlez-en à votre soignant.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : l’enregistrement",
                        "text": (
                            "<p>Votre médecin veut enregistrer le rendez-vous.</p>"
                            "<p>Avec cet enregistrement, un outil écrit le texte du "
                            "rendez-vous.</p>"
                            "<p>Vous pouvez dire non.</p>"
                            "<p>Alors le médecin écrit le texte lui-même.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Peur 3 : on ne sait pas qui est responsable"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Votre soignant choisit d’utiliser un outil.</p>"
                        "<p>En général, il est responsable de ses décisions pour vos soins.</p>"
                        "<p>Le fabricant est responsable des défauts de son outil.</p>"
                        "<p>Une règle européenne de 2024 le dit : un logiciel est un produit.</p>"
                        "<p>Un logiciel, c’est un programme d’ordinateur.</p>"
                        "<p>Un outil d’IA est donc un produit, comme une machine.</p>"
                    ),
                },
                {"type": "heading", "value": "Peur 4 : les résultats sont faux"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un outil peut bien marcher dans un hôpital.</p>"
                        "<p>Il peut moins bien marcher dans un autre hôpital.</p>"
                        "<p>Certains outils servent à trouver une maladie ou à soigner.</p>"
                        "<p>Ce sont des dispositifs médicaux.</p>"
                        "<p>Un dispositif médical, c’est un objet ou un logiciel pour soigner.</p>"
                        "<p>Par exemple : un thermomètre.</p>"
                        "<p>Un dispositif médical doit avoir une marque européenne.</p>"
                        "<p>Cette marque s’écrit avec 2 lettres : C et E.</p>"
                        "<p>Elle montre que l’outil a passé des contrôles.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : sur ce site",
                        "text": (
                            "<p>Vous lisez sur ce site la page de votre cabinet.</p>"
                            "<p>Elle dit pour chaque outil s’il a la marque européenne.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Peur 5 : vos données ne sont pas protégées"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vos données de santé sont très personnelles.</p>"
                        "<p>Par exemple : vos maladies, vos médicaments, vos radios.</p>"
                        "<p>Parfois, une entreprise garde ces données pour votre soignant.</p>"
                        "<p>Cette entreprise doit avoir un certificat.</p>"
                        "<p>Un certificat, c’est un papier officiel.</p>"
                        "<p>Il montre que l’entreprise a passé des contrôles de sécurité.</p>"
                        "<p>Vous avez le droit de savoir :</p>"
                        "<ul>"
                        "<li>à quoi servent vos données</li>"
                        "<li>qui les reçoit</li>"
                        "<li>combien de temps on les garde</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : un chatbot",
                        "text": (
                            "<p>Vous posez une question de santé à un chatbot.</p>"
                            "<p>Posez une question générale.</p>"
                            "<p>Gardez pour vous votre nom et votre numéro de sécurité sociale.</p>"
                        ),
                    },
                },
            ],
        },
        "en": {
            "intro": (
                "Lots of people fear artificial intelligence in health care. "
                "Here are the 5 main fears, and what keeps you safe from each."
            ),
            "body": [
                {"type": "heading", "value": "What to know first"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>An AI tool is a program that uses AI.</p>"
                        "<p>A health worker is a person who cares for your health.</p>"
                        "<p>For example: a doctor or a nurse.</p>"
                        "<p>A survey in 2025 asked people in France about AI.</p>"
                        "<p>It shows 5 main fears about AI.</p>"
                        "<p>For each fear, there are ways to protect you.</p>"
                        "<p>They make the risk smaller.</p>"
                    ),
                },
                {"type": "heading", "value": "Fear 1: AI makes a mistake"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>An AI tool can be wrong.</p>"
                        "<p>Your health worker reads all that the tool writes.</p>"
                        "<p>They fix the mistakes before they use the text.</p>"
                        "<p>For an X-ray, the doctor looks at the picture too.</p>"
                        "<p>An X-ray is a picture of the inside of your body.</p>"
                        "<p>Do you see a mistake in a paper about you?</p>"
                        "<p>Tell your health worker.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a mistake in the text",
                        "text": (
                            "<p>The tool writes a text about your visit.</p>"
                            "<p>The text names a medicine.</p>"
                            "<p>You do not take this medicine.</p>"
                            "<p>Your doctor reads the text.</p>"
                            "<p>Your doctor takes the medicine out of the text.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Fear 2: talking to a machine"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health worker always talks to you about your care.</p>"
                        "<p>The law says so: they explain your care to you when they see you.</p>"
                        "<p>Sometimes, a chatbot answers your questions on the internet.</p>"
                        "<p>A chatbot is a program that answers your messages.</p>"
                        "<p>You have the right to know that you are talking to AI.</p>"
                        "<p>Often, you can say no to a tool.</p>"
                        "<p>Talk about it with your health worker.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: the recording",
                        "text": (
                            "<p>Your doctor wants to record your visit.</p>"
                            "<p>With this recording, a tool writes the text about your visit.</p>"
                            "<p>You can say no.</p>"
                            "<p>Then your doctor writes the text.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Fear 3: nobody knows who is responsible"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health worker chooses to use a tool.</p>"
                        "<p>As a rule, they are responsible for the choices they make about your "
                        "care.</p>"
                        "<p>The maker of the tool is responsible if the tool has a fault.</p>"
                        "<p>A European rule from 2024 says that software is a product.</p>"
                        "<p>Software means computer programs.</p>"
                        "<p>So an AI tool is a product, like a machine.</p>"
                    ),
                },
                {"type": "heading", "value": "Fear 4: the results are wrong"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A tool can work well in one hospital.</p>"
                        "<p>It can work less well in another hospital.</p>"
                        "<p>Some tools help to find an illness or to treat it.</p>"
                        "<p>They are medical devices.</p>"
                        "<p>A medical device is a thing or a program used for care.</p>"
                        "<p>For example: a thermometer.</p>"
                        "<p>A medical device must have a European mark.</p>"
                        "<p>This mark is made of 2 letters: C and E.</p>"
                        "<p>It shows that the tool has passed some checks.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: on this website",
                        "text": (
                            "<p>On this website, you read the page of your practice.</p>"
                            "<p>It says for each tool if it has the European mark.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Fear 5: your data is not safe"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health data is very personal.</p>"
                        "<p>For example: your illnesses, your medicines, your X-rays.</p>"
                        "<p>Sometimes, a company keeps this data for your health worker.</p>"
                        "<p>This company must have a certificate.</p>"
                        "<p>A certificate is an official paper.</p>"
                        "<p>It shows that the company has passed safety checks.</p>"
                        "<p>You have the right to know:</p>"
                        "<ul>"
                        "<li>what your data is used for</li>"
                        "<li>who gets your data</li>"
                        "<li>how long your data is kept</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a chatbot",
                        "text": (
                            "<p>You ask a chatbot a question about your health.</p>"
                            "<p>Ask a general question.</p>"
                            "<p>Keep your name and your health insurance number to yourself.</p>"
                        ),
                    },
                },
            ],
        },
    },
    "ai-does-not-replace-your-doctor": {
        "fr": {
            "intro": (
                "L’intelligence artificielle peut aider votre soignant. "
                "Mais c’est lui qui fait le choix pour vos soins, pas l’outil."
            ),
            "body": [
                {"type": "heading", "value": "Un outil pour aider votre soignant"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Un outil d’IA, c’est un programme qui utilise l’IA.</p>"
                        "<p>Un soignant, c’est une personne qui vous soigne.</p>"
                        "<p>Par exemple : un médecin ou une infirmière.</p>"
                        "<p>Un outil d’IA calcule et fait des propositions.</p>"
                        "<p>Votre soignant vous connaît.</p>"
                        "<p>Il sait ce qui compte pour vous.</p>"
                        "<p>Il voit aussi quand vous êtes inquiet.</p>"
                    ),
                },
                {"type": "heading", "value": "Votre soignant décide"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Votre soignant :</p>"
                        "<ul>"
                        "<li>choisit d’utiliser un outil, ou pas</li>"
                        "<li>surveille l’outil pendant qu’il marche</li>"
                        "<li>vérifie chaque résultat de l’outil</li>"
                        "<li>vous explique ce qu’il décide</li>"
                        "</ul>"
                        "<p>Les soignants veulent garder le contrôle.</p>"
                        "<p>Une enquête de 2025 le montre : presque tous veulent une personne pour "
                        "surveiller l’IA.</p>"
                        "<p>La loi vous protège aussi.</p>"
                        "<p>En principe, une décision importante sur vous est prise par une "
                        "personne.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : 2 avis différents",
                        "text": (
                            "<p>L’outil propose une chose.</p>"
                            "<p>Votre médecin pense autre chose.</p>"
                            "<p>Il peut demander l’avis d’un collègue.</p>"
                            "<p>Il peut aussi demander un examen de plus.</p>"
                            "<p>Il vous explique son choix.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Une IA seule ne vous connaît pas"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pouvez utiliser vous-même une IA sur internet.</p>"
                        "<p>Par exemple, un chatbot.</p>"
                        "<p>Un chatbot, c’est un programme qui répond à vos messages.</p>"
                        "<p>Le chatbot ne connaît pas votre dossier médical.</p>"
                        "<p>Soyez prudent avec ses réponses.</p>"
                        "<p>Les Français font plus confiance à l’IA quand un soignant "
                        "l’utilise.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : mal au ventre",
                        "text": (
                            "<p>Vous avez mal au ventre.</p>"
                            "<p>Vous posez une question à un chatbot.</p>"
                            "<p>Le chatbot dit que ce n’est pas grave.</p>"
                            "<p>Vous vous sentez toujours mal.</p>"
                            "<p>Allez voir un médecin.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Ce que vous pouvez faire"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pouvez :</p>"
                        "<ul>"
                        "<li>demander si un outil d’IA sert pour vos soins</li>"
                        "<li>poser des questions sur un résultat</li>"
                        "<li>signaler une erreur dans un document</li>"
                        "<li>dire si vous préférez que l’outil ne serve pas</li>"
                        "<li>montrer à votre soignant la réponse d’un chatbot</li>"
                        "</ul>"
                        "<p>Changez votre traitement seulement avec votre soignant.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : un chatbot parle de votre traitement",
                        "text": (
                            "<p>Un chatbot vous dit d’arrêter un médicament.</p>"
                            "<p>Vous en parlez d’abord à votre médecin.</p>"
                            "<p>Vous décidez avec lui.</p>"
                        ),
                    },
                },
            ],
        },
        "en": {
            "intro": (
                "Artificial intelligence can help your health worker. "
                "But your health worker is the one who makes the choice for you, not the tool."
            ),
            "body": [
                {"type": "heading", "value": "A tool to help your health worker"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>An AI tool is a program that uses AI.</p>"
                        "<p>A health worker is a person who cares for your health.</p>"
                        "<p>For example: a doctor or a nurse.</p>"
                        "<p>An AI tool does sums and makes suggestions.</p>"
                        "<p>Your health worker knows you.</p>"
                        "<p>They know what matters to you.</p>"
                        "<p>They can also see when you are worried.</p>"
                    ),
                },
                {"type": "heading", "value": "Your health worker decides"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health worker:</p>"
                        "<ul>"
                        "<li>chooses to use a tool or not</li>"
                        "<li>watches the tool while it works</li>"
                        "<li>checks each result from the tool</li>"
                        "<li>tells you what they decide</li>"
                        "</ul>"
                        "<p>Health workers want to stay in charge.</p>"
                        "<p>A survey in 2025 shows that nearly all of them want a person to watch "
                        "over AI.</p>"
                        "<p>The law protects you too.</p>"
                        "<p>As a rule, a person makes the big choices about you.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: 2 different views",
                        "text": (
                            "<p>The tool suggests one thing.</p>"
                            "<p>Your doctor thinks something else.</p>"
                            "<p>Your doctor can ask another doctor.</p>"
                            "<p>Your doctor can also ask for one more test.</p>"
                            "<p>Your doctor tells you why they made their choice.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "AI on its own does not know you"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can use an AI on the internet yourself.</p>"
                        "<p>For example, a chatbot.</p>"
                        "<p>A chatbot is a program that answers your messages.</p>"
                        "<p>The chatbot does not know your medical history.</p>"
                        "<p>Take care with its answers.</p>"
                        "<p>People in France trust AI more when a health worker uses it.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a stomach ache",
                        "text": (
                            "<p>You have a stomach ache.</p>"
                            "<p>You ask a chatbot a question.</p>"
                            "<p>The chatbot says it is nothing serious.</p>"
                            "<p>You still feel ill.</p>"
                            "<p>Go and see a doctor.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "What you can do"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can:</p>"
                        "<ul>"
                        "<li>ask if an AI tool is used for your care</li>"
                        "<li>ask questions about a result</li>"
                        "<li>report a mistake in a paper about you</li>"
                        "<li>say if you would like the tool not to be used</li>"
                        "<li>show your health worker what a chatbot told you</li>"
                        "</ul>"
                        "<p>Change your treatment only with your health worker.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a chatbot talks about your treatment",
                        "text": (
                            "<p>A chatbot tells you to stop a medicine.</p>"
                            "<p>You talk about it with your doctor first.</p>"
                            "<p>You decide together.</p>"
                        ),
                    },
                },
            ],
        },
    },
    "consent-and-rights": {
        "fr": {
            "intro": (
                "Votre soignant se sert peut-être de l’intelligence artificielle. "
                "Vous avez des droits : le savoir, poser vos questions, dire non et voir vos "
                "données."
            ),
            "body": [
                {"type": "heading", "value": "Des mots pour comprendre"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Un outil d’IA, c’est un programme qui utilise l’IA.</p>"
                        "<p>Par exemple : un outil qui aide à lire une radio.</p>"
                        "<p>Un soignant, c’est une personne qui vous soigne.</p>"
                        "<p>Par exemple : un médecin ou une infirmière.</p>"
                        "<p>Votre soignant reste responsable de vos soins.</p>"
                    ),
                },
                {"type": "heading", "value": "Vous avez le droit de savoir"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Votre soignant doit vous expliquer vos soins :</p>"
                        "<ul>"
                        "<li>à quoi sert le soin</li>"
                        "<li>ses risques</li>"
                        "<li>les autres solutions</li>"
                        "<li>ce qui se passe si vous dites non</li>"
                        "</ul>"
                        "<p>Il vous explique tout cela pendant un rendez-vous avec vous.</p>"
                        "<p>Ce droit compte aussi quand un outil d’IA sert à vos soins.</p>"
                        "<p>Pour certains outils, la loi dit plus.</p>"
                        "<p>Votre soignant doit vérifier que vous êtes informé.</p>"
                        "<p>Votre soignant ne le dit pas toujours.</p>"
                        "<p>Vous pouvez donc poser la question.</p>"
                        "<p>C’est une question normale.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : une question à poser",
                        "text": (
                            "<p>Vous demandez à votre médecin :</p>"
                            "<p>« Utilisez-vous un outil d’IA pour mes soins ? »</p>"
                            "<p>Votre médecin vous répond.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Vous pouvez poser des questions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pouvez poser vos questions à tout moment.</p>"
                        "<p>Avant, pendant ou après le rendez-vous.</p>"
                        "<p>Par exemple :</p>"
                        "<ul>"
                        "<li>« À quoi sert l’outil ? »</li>"
                        "<li>« Qui vérifie le résultat ? »</li>"
                        "<li>« Quels sont les risques pour moi ? »</li>"
                        "<li>« Pouvez-vous faire sans l’outil ? »</li>"
                        "</ul>"
                        "<p>En général, vous n’avez pas de papier à signer pour l’IA.</p>"
                        "<p>Vous pouvez aussi lire la page de votre cabinet sur ce site.</p>"
                    ),
                },
                {"type": "heading", "value": "Vous pouvez dire non à un outil"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pouvez refuser un outil d’IA.</p>"
                        "<p>Vos soins continuent.</p>"
                        "<p>Souvent, votre soignant peut travailler sans l’outil.</p>"
                        "<p>Parfois, l’outil est dans une machine.</p>"
                        "<p>Alors il est plus difficile de l’arrêter.</p>"
                        "<p>Votre soignant vous dit les autres solutions.</p>"
                        "<p>Vous n’avez pas à dire pourquoi vous refusez.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : l’enregistrement",
                        "text": (
                            "<p>Votre médecin veut enregistrer le rendez-vous.</p>"
                            "<p>Avec cet enregistrement, un outil écrit le texte du "
                            "rendez-vous.</p>"
                            "<p>Vous dites non.</p>"
                            "<p>Votre médecin écrit le texte lui-même.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Vous pouvez voir vos données"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vos données, ce sont les informations sur vous.</p>"
                        "<p>Par exemple : votre nom, vos maladies, vos résultats.</p>"
                        "<p>Vous avez le droit d’avoir une copie de vos données.</p>"
                        "<p>Vous pouvez demander votre dossier médical.</p>"
                        "<p>Un résultat de l’IA est dans votre dossier ?</p>"
                        "<p>Vous pouvez demander à le voir.</p>"
                        "<p>Vous voyez une erreur ?</p>"
                        "<p>Demandez qu’on la corrige.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : une erreur dans le texte",
                        "text": (
                            "<p>Vous lisez le texte de votre rendez-vous.</p>"
                            "<p>Votre date de naissance est fausse.</p>"
                            "<p>Vous le dites au cabinet.</p>"
                            "<p>Le cabinet corrige le texte.</p>"
                        ),
                    },
                },
            ],
        },
        "en": {
            "intro": (
                "Your health worker may use artificial intelligence for your care. "
                "You have rights: to know, to ask, to say no and to see your data."
            ),
            "body": [
                {"type": "heading", "value": "Words to help you understand"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>An AI tool is a program that uses AI.</p>"
                        "<p>For example: a tool that helps to read an X-ray.</p>"
                        "<p>An X-ray is a picture of the inside of your body.</p>"
                        "<p>A health worker is a person who cares for your health.</p>"
                        "<p>For example: a doctor or a nurse.</p>"
                        "<p>Your health worker is still responsible for your care.</p>"
                    ),
                },
                {"type": "heading", "value": "You have the right to know"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health worker must explain your care to you:</p>"
                        "<ul>"
                        "<li>what the care is for</li>"
                        "<li>its risks</li>"
                        "<li>the other choices</li>"
                        "<li>what happens if you say no</li>"
                        "</ul>"
                        "<p>They explain all this when they see you.</p>"
                        "<p>This right counts too when an AI tool is used for your care.</p>"
                        "<p>For some tools, the law says more.</p>"
                        "<p>Your health worker must check that you have been told.</p>"
                        "<p>Health workers do not always tell you.</p>"
                        "<p>So you can ask.</p>"
                        "<p>It is a normal question.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a question to ask",
                        "text": (
                            "<p>You ask your doctor:</p>"
                            "<p>“Do you use an AI tool for my care?”</p>"
                            "<p>Your doctor answers you.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "You can ask questions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can ask your questions at any time.</p>"
                        "<p>Before, during or after your visit.</p>"
                        "<p>For example:</p>"
                        "<ul>"
                        "<li>“What is the tool for?”</li>"
                        "<li>“Who checks the result?”</li>"
                        "<li>“What are the risks for me?”</li>"
                        "<li>“Can you do without the tool?”</li>"
                        "</ul>"
                        "<p>Most of the time, you have no form to sign for AI.</p>"
                        "<p>You can also read the page of your practice on this website.</p>"
                    ),
                },
                {"type": "heading", "value": "You can say no to a tool"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can say no to an AI tool.</p>"
                        "<p>Your care goes on.</p>"
                        "<p>Often, your health worker can work without the tool.</p>"
                        "<p>Sometimes, the tool is part of a machine.</p>"
                        "<p>Then it is harder to turn it off.</p>"
                        "<p>Your health worker tells you the other choices.</p>"
                        "<p>You do not have to say why you say no.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: the recording",
                        "text": (
                            "<p>Your doctor wants to record your visit.</p>"
                            "<p>With this recording, a tool writes the text about your visit.</p>"
                            "<p>You say no.</p>"
                            "<p>Your doctor writes the text.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "You can see your data"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your data is the facts about you.</p>"
                        "<p>For example: your name, your illnesses, your test results.</p>"
                        "<p>You have the right to get a copy of your data.</p>"
                        "<p>You can ask for your medical file.</p>"
                        "<p>Is there a result from AI in your file?</p>"
                        "<p>You can ask to see it.</p>"
                        "<p>Do you see a mistake?</p>"
                        "<p>Ask for it to be fixed.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a mistake in the text",
                        "text": (
                            "<p>You read the text about your visit.</p>"
                            "<p>Your date of birth is wrong.</p>"
                            "<p>You tell the practice.</p>"
                            "<p>The practice fixes the text.</p>"
                        ),
                    },
                },
            ],
        },
    },
    "health-data": {
        "fr": {
            "intro": (
                "Un outil d’intelligence artificielle a besoin de vos données pour marcher. "
                "Vous avez le droit de savoir à quoi elles servent et où elles sont gardées."
            ),
            "body": [
                {"type": "heading", "value": "Vos données de santé, c’est quoi ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vos données de santé, ce sont les informations sur votre santé.</p>"
                        "<p>Par exemple : vos maladies, vos médicaments, vos radios, votre "
                        "voix.</p>"
                        "<p>Elles sont très personnelles.</p>"
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Un outil d’IA, c’est un programme qui utilise l’IA.</p>"
                        "<p>Un soignant, c’est une personne qui vous soigne.</p>"
                        "<p>Par exemple : un médecin ou une infirmière.</p>"
                        "<p>Quand votre soignant utilise un outil d’IA, vos données passent "
                        "parfois par cet outil.</p>"
                        "<p>Une enquête de 2025 le montre : presque tous les Français voient des "
                        "risques pour leurs données.</p>"
                    ),
                },
                {"type": "heading", "value": "Vous avez le droit de savoir"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chaque outil utilise des données différentes.</p>"
                        "<p>Vous avez le droit de savoir :</p>"
                        "<ul>"
                        "<li>à quoi servent vos données</li>"
                        "<li>qui les reçoit</li>"
                        "<li>combien de temps on les garde</li>"
                        "</ul>"
                        "<p>Demandez à votre cabinet.</p>"
                        "<p>Vous pouvez aussi lire la page de votre cabinet sur ce site.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : 2 outils",
                        "text": (
                            "<p>Un outil lit vos radios.</p>"
                            "<p>Il utilise les images de vos radios.</p>"
                            "<p>Un autre outil écrit le texte du rendez-vous.</p>"
                            "<p>Il utilise l’enregistrement de votre rendez-vous.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Où sont gardées vos données ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vos données sont gardées dans des ordinateurs très puissants.</p>"
                        "<p>On les appelle des serveurs.</p>"
                        "<p>Une entreprise garde parfois vos données pour votre soignant.</p>"
                        "<p>En France, cette entreprise doit avoir un certificat.</p>"
                        "<p>Un certificat, c’est un papier officiel.</p>"
                        "<p>Il montre que l’entreprise protège bien les données de santé.</p>"
                        "<p>Ce certificat parle de la sécurité de vos données.</p>"
                        "<p>Il ne dit pas si l’outil soigne bien.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : une question à poser",
                        "text": (
                            "<p>Vous demandez à votre cabinet :</p>"
                            "<p>« L’entreprise qui garde mes données a-t-elle le certificat ? »</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Vos données quittent-elles l’Europe ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En Europe, une loi protège vos données personnelles.</p>"
                        "<p>Beaucoup de Français préfèrent des outils français ou européens.</p>"
                        "<p>Certains outils envoient des données hors d’Europe.</p>"
                        "<p>Par exemple, aux États-Unis.</p>"
                        "<p>C’est permis seulement avec des protections prévues par la loi.</p>"
                        "<p>Et on doit vous le dire.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : des questions à poser",
                        "text": (
                            "<p>Vous pouvez demander :</p>"
                            "<p>« Mes données quittent-elles l’Europe ? »</p>"
                            "<p>« Si oui, où vont-elles, et comment sont-elles protégées ? »</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Vos données servent-elles à entraîner l’IA ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Une IA apprend avec beaucoup d’exemples.</p>"
                        "<p>On dit qu’on l’entraîne.</p>"
                        "<p>Certaines entreprises utilisent vos données pour entraîner leur IA.</p>"
                        "<p>Ce n’est pas pour vos soins.</p>"
                        "<p>Vous pouvez demander à votre cabinet si c’est le cas.</p>"
                        "<p>Parfois, vous avez le droit de dire non.</p>"
                        "<p>Demandez comment faire.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Bon à savoir",
                        "text": (
                            "<p>Dans un chatbot sur internet, gardez pour vous votre nom et votre "
                            "dossier médical.</p>"
                            "<p>Une application gratuite peut aussi utiliser vos données.</p>"
                        ),
                    },
                },
            ],
        },
        "en": {
            "intro": (
                "Artificial intelligence needs your data to work. "
                "You have the right to know how your data is used and where it is kept."
            ),
            "body": [
                {"type": "heading", "value": "What is health data?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health data is the facts about your health.</p>"
                        "<p>For example: your illnesses, your medicines, your X-rays, your "
                        "voice.</p>"
                        "<p>An X-ray is a picture of the inside of your body.</p>"
                        "<p>Health data is very personal.</p>"
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>An AI tool is a program that uses AI.</p>"
                        "<p>A health worker is a person who cares for your health.</p>"
                        "<p>For example: a doctor or a nurse.</p>"
                        "<p>When your health worker uses an AI tool, your data may go through this "
                        "tool.</p>"
                        "<p>A survey in 2025 shows that nearly all people in France see risks for "
                        "their data.</p>"
                    ),
                },
                {"type": "heading", "value": "You have the right to know"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Each tool uses different data.</p>"
                        "<p>You have the right to know:</p>"
                        "<ul>"
                        "<li>what your data is used for</li>"
                        "<li>who gets your data</li>"
                        "<li>how long your data is kept</li>"
                        "</ul>"
                        "<p>Ask your practice.</p>"
                        "<p>You can also read the page of your practice on this website.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: 2 tools",
                        "text": (
                            "<p>One tool reads your X-rays.</p>"
                            "<p>It uses the pictures of your X-rays.</p>"
                            "<p>Another tool writes the text about your visit.</p>"
                            "<p>It uses the recording of your visit.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Where is your data kept?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your data is kept in big computers.</p>"
                        "<p>They are called servers.</p>"
                        "<p>Sometimes, a company keeps your data for your health worker.</p>"
                        "<p>In France, this company must have a certificate.</p>"
                        "<p>A certificate is an official paper.</p>"
                        "<p>It shows that the company keeps health data safe.</p>"
                        "<p>This certificate is about how safe your data is.</p>"
                        "<p>It does not say if the tool is good for your health.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a question to ask",
                        "text": (
                            "<p>You ask your practice:</p>"
                            "<p>“Does the company that keeps my data have the certificate?”</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Does your data leave Europe?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In Europe, a law protects your personal data.</p>"
                        "<p>Many people in France would like tools from France or Europe.</p>"
                        "<p>Some tools send data out of Europe.</p>"
                        "<p>For example, to the United States.</p>"
                        "<p>This is allowed only with the safeguards the law asks for.</p>"
                        "<p>And you must be told.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: questions to ask",
                        "text": (
                            "<p>You can ask:</p>"
                            "<p>“Does my data leave Europe?”</p>"
                            "<p>“If so, where does it go, and how is it kept safe?”</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Is your data used to train AI?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>An AI learns from lots of examples.</p>"
                        "<p>This is called training the AI.</p>"
                        "<p>Some companies use your data to train their AI.</p>"
                        "<p>This is not for your care.</p>"
                        "<p>You can ask your practice if this happens.</p>"
                        "<p>Sometimes, you have the right to say no.</p>"
                        "<p>Ask how to do it.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Good to know",
                        "text": (
                            "<p>In a chatbot on the internet, keep your name and your medical file "
                            "to yourself.</p>"
                            "<p>A free app can also use your data.</p>"
                        ),
                    },
                },
            ],
        },
    },
    "who-is-responsible": {
        "fr": {
            "intro": (
                "L’intelligence artificielle peut se tromper. "
                "Voici qui est responsable, et ce que vous pouvez faire si c’est le cas."
            ),
            "body": [
                {"type": "heading", "value": "Une erreur est possible"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Un outil d’IA, c’est un programme qui utilise l’IA.</p>"
                        "<p>Un soignant, c’est une personne qui vous soigne.</p>"
                        "<p>Par exemple : un médecin ou une infirmière.</p>"
                        "<p>Un outil d’IA peut faire une erreur.</p>"
                        "<p>Par exemple, il peut écrire une fausse information dans votre "
                        "dossier.</p>"
                        "<p>Beaucoup de Français se demandent qui est responsable.</p>"
                        "<p>Être responsable, c’est devoir répondre d’une erreur.</p>"
                        "<p>Cette page donne des règles générales.</p>"
                        "<p>Pour votre cas, demandez conseil à un avocat ou à une association de "
                        "patients.</p>"
                    ),
                },
                {"type": "heading", "value": "Votre soignant est responsable de ses décisions"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Votre soignant choisit d’utiliser un outil.</p>"
                        "<p>Il vérifie le résultat de l’outil.</p>"
                        "<p>Puis il prend la décision pour vos soins.</p>"
                        "<p>En général, il est responsable de ses décisions.</p>"
                        "<p>C’est vrai avec ou sans IA.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : un médicament",
                        "text": (
                            "<p>L’outil propose un médicament qui ne vous convient pas.</p>"
                            "<p>Le médecin donne ce médicament sans vérifier.</p>"
                            "<p>Le médecin est responsable de ce choix.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "L’hôpital est responsable aussi"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’hôpital ou la clinique choisit ses outils.</p>"
                        "<p>Il forme son équipe à bien les utiliser.</p>"
                        "<p>Il doit organiser des soins sûrs.</p>"
                        "<p>À l’hôpital, c’est souvent l’hôpital qui répond des erreurs de son "
                        "équipe.</p>"
                        "<p>Il peut aussi être responsable si un outil est mal choisi ou mal "
                        "réglé.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": "Le fabricant est responsable des défauts de son outil",
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le fabricant, c’est l’entreprise qui fait l’outil.</p>"
                        "<p>Il doit vendre un outil sûr.</p>"
                        "<p>Une règle européenne le dit : un logiciel est un produit.</p>"
                        "<p>Un logiciel, c’est un programme d’ordinateur.</p>"
                        "<p>Un outil d’IA est donc un produit, comme une machine.</p>"
                        "<p>Un défaut de l’outil vous a causé un dommage ?</p>"
                        "<p>Un dommage, c’est un mal qu’on vous a fait.</p>"
                        "<p>Par exemple : une blessure.</p>"
                        "<p>Le fabricant peut devoir payer pour ce dommage.</p>"
                        "<p>Vous devez montrer le défaut, le dommage et le lien entre les deux.</p>"
                        "<p>Cette règle vaut pour les outils vendus après le 9 décembre 2026.</p>"
                    ),
                },
                {"type": "heading", "value": "Que faire en cas de problème ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pensez qu’un outil d’IA a fait une erreur dans vos soins ?</p>"
                        "<p>Parlez d’abord à votre soignant.</p>"
                        "<p>Demandez-lui de corriger votre dossier si besoin.</p>"
                        "<p>Vous pouvez aussi parler à la personne qui reçoit les plaintes dans "
                        "votre cabinet ou votre hôpital.</p>"
                        "<p>Faire une plainte est un droit.</p>"
                        "<p>Vos soins continuent de la même façon.</p>"
                    ),
                },
                {"type": "heading", "value": "D’autres personnes peuvent vous aider"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un outil médical vous a causé un dommage ?</p>"
                        "<p>Signalez-le sur le site national des problèmes de santé.</p>"
                        "<p>Le problème touche vos données personnelles ?</p>"
                        "<p>Plaignez-vous à la Commission nationale de l’informatique et des "
                        "libertés.</p>"
                        "<p>C’est l’autorité qui protège les données personnelles en France.</p>"
                        "<p>Vous avez eu un dommage grave ?</p>"
                        "<p>Une commission publique peut étudier votre dossier.</p>"
                        "<p>C’est gratuit.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Bon à savoir",
                        "text": (
                            "<p>Gardez des traces de ce qui s’est passé.</p>"
                            "<p>Notez les dates et les noms.</p>"
                            "<p>Gardez les documents que vous avez reçus.</p>"
                        ),
                    },
                },
            ],
        },
        "en": {
            "intro": (
                "Artificial intelligence can get things wrong. "
                "Here is who must answer for it, and what you can do."
            ),
            "body": [
                {"type": "heading", "value": "Mistakes can happen"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>An AI tool is a program that uses AI.</p>"
                        "<p>A health worker is a person who cares for your health.</p>"
                        "<p>For example: a doctor or a nurse.</p>"
                        "<p>An AI tool can make a mistake.</p>"
                        "<p>For example, it can write something wrong in your medical file.</p>"
                        "<p>Many people in France ask who is responsible then.</p>"
                        "<p>Being responsible means that you must answer for a mistake.</p>"
                        "<p>This page gives general rules.</p>"
                        "<p>For your own case, ask a lawyer or a group that helps patients.</p>"
                    ),
                },
                {"type": "heading", "value": "Your health worker is responsible for their choices"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your health worker chooses to use a tool.</p>"
                        "<p>They check what the tool says.</p>"
                        "<p>Then they make the choice about your care.</p>"
                        "<p>As a rule, they are responsible for their choices.</p>"
                        "<p>This is true with or without AI.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a medicine",
                        "text": (
                            "<p>The tool suggests a medicine that is wrong for you.</p>"
                            "<p>The doctor gives this medicine without checking.</p>"
                            "<p>The doctor is responsible for this choice.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "The hospital is responsible too"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The hospital or clinic chooses its tools.</p>"
                        "<p>It teaches its staff to use them well.</p>"
                        "<p>It must make sure that care is safe.</p>"
                        "<p>In a hospital, the hospital often answers for mistakes made by its "
                        "staff.</p>"
                        "<p>It can also be responsible if a tool is badly chosen or badly set "
                        "up.</p>"
                    ),
                },
                {"type": "heading", "value": "The maker is responsible if the tool has a fault"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The maker is the company that makes the tool.</p>"
                        "<p>It must sell a safe tool.</p>"
                        "<p>A European rule says that software is a product.</p>"
                        "<p>Software means computer programs.</p>"
                        "<p>So an AI tool is a product, like a machine.</p>"
                        "<p>Did a fault in the tool cause you harm?</p>"
                        "<p>Harm means damage done to you.</p>"
                        "<p>For example: an injury.</p>"
                        "<p>The maker may have to pay for the harm.</p>"
                        "<p>You must show the fault, the harm and the link between them.</p>"
                        "<p>This rule is for tools sold after 9 December 2026.</p>"
                    ),
                },
                {"type": "heading", "value": "What to do if there is a problem"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Do you think an AI tool made a mistake in your care?</p>"
                        "<p>First, talk to your health worker.</p>"
                        "<p>Ask them to fix your medical file if needed.</p>"
                        "<p>You can also talk to the person who deals with complaints at your "
                        "practice or hospital.</p>"
                        "<p>Making a complaint is your right.</p>"
                        "<p>Your care goes on in the same way.</p>"
                    ),
                },
                {"type": "heading", "value": "Other people can help you"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Did a medical tool cause you harm?</p>"
                        "<p>Report it on the French national website for health problems.</p>"
                        "<p>Is the problem about your personal data?</p>"
                        "<p>Complain to the French body that protects personal data.</p>"
                        "<p>Did you suffer serious harm?</p>"
                        "<p>A public board can look at your case.</p>"
                        "<p>It is free.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Good to know",
                        "text": (
                            "<p>Keep track of what happened.</p>"
                            "<p>Write down the dates and the names.</p>"
                            "<p>Keep the papers you were given.</p>"
                        ),
                    },
                },
            ],
        },
    },
    "judging-a-health-app": {
        "fr": {
            "intro": (
                "Beaucoup d’applications donnent des conseils de santé. "
                "Voici des questions simples pour savoir si vous pouvez leur faire confiance."
            ),
            "body": [
                {"type": "heading", "value": "Des mots pour comprendre"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Une application, c’est un programme sur votre téléphone.</p>"
                        "<p>Par exemple : une application qui compte vos pas.</p>"
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Un chatbot, c’est un programme qui répond à vos messages.</p>"
                        "<p>Beaucoup de Français utilisent déjà l’IA pour des questions de "
                        "santé.</p>"
                        "<p>Une enquête de 2025 le montre.</p>"
                        "<p>Les Français font moins confiance à l’IA quand ils l’utilisent "
                        "seuls.</p>"
                        "<p>La plupart veulent des applications testées et vérifiées.</p>"
                    ),
                },
                {"type": "heading", "value": "Qui fait cette application ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Cherchez le nom de l’entreprise.</p>"
                        "<p>Cherchez son pays et un moyen de la contacter.</p>"
                        "<p>Une application sérieuse dit qui elle est.</p>"
                        "<p>Vous ne trouvez pas ces informations ?</p>"
                        "<p>Méfiez-vous.</p>"
                    ),
                },
                {"type": "heading", "value": "A-t-elle la marque européenne ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Certaines applications aident à soigner.</p>"
                        "<p>Ce sont des dispositifs médicaux.</p>"
                        "<p>Un dispositif médical, c’est un objet ou un logiciel pour soigner.</p>"
                        "<p>Par exemple : un thermomètre.</p>"
                        "<p>Un dispositif médical doit avoir une marque européenne.</p>"
                        "<p>Cette marque s’écrit avec 2 lettres : C et E.</p>"
                        "<p>Avec cette marque, le fabricant dit qu’il respecte les règles "
                        "européennes.</p>"
                        "<p>Cette marque est un minimum.</p>"
                        "<p>Elle ne dit pas si l’application est bonne pour vous.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : le diabète",
                        "text": (
                            "<p>Une application dit qu’elle aide à soigner le diabète.</p>"
                            "<p>Elle doit alors avoir la marque européenne.</p>"
                            "<p>Cherchez cette marque sur la page de l’application.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Où vont vos données ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vos données, ce sont les informations sur vous.</p>"
                        "<p>Lisez la page sur la protection des données.</p>"
                        "<p>Elle doit dire :</p>"
                        "<ul>"
                        "<li>quelles données l’application garde</li>"
                        "<li>pourquoi elle les garde</li>"
                        "<li>où elle les garde</li>"
                        "<li>combien de temps elle les garde</li>"
                        "</ul>"
                        "<p>Regardez si vos données quittent l’Europe.</p>"
                        "<p>Regardez si elles servent à entraîner une IA.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Bon à savoir",
                        "text": (
                            "<p>Dans un chatbot, gardez pour vous votre nom.</p>"
                            "<p>Gardez aussi pour vous votre numéro de sécurité sociale.</p>"
                            "<p>Posez plutôt une question générale.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Qui a vérifié l’application ?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Cherchez des preuves.</p>"
                        "<p>Par exemple : des études, ou l’avis d’un hôpital.</p>"
                        "<p>Des étoiles dans le magasin d’applications ne suffisent pas.</p>"
                        "<p>Demandez l’avis de votre médecin ou de votre pharmacien.</p>"
                        "<p>Un chatbot doit vous dire que vous parlez à une IA.</p>"
                        "<p>La loi européenne le demande.</p>"
                    ),
                },
                {"type": "heading", "value": "Les bons signes et les signes d’alerte"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Bons signes :</p>"
                        "<ul>"
                        "<li>Vous trouvez facilement le nom de l’entreprise.</li>"
                        "<li>L’application vous conseille de voir un médecin quand il le faut.</li>"
                        "</ul>"
                        "<p>Signes d’alerte :</p>"
                        "<ul>"
                        "<li>Elle promet de vous guérir.</li>"
                        "<li>Elle vous dit d’arrêter un médicament.</li>"
                        "<li>Elle demande beaucoup de données sur vous.</li>"
                        "<li>Elle cache que vous parlez à une IA.</li>"
                        "</ul>"
                        "<p>Une application aide à suivre votre santé.</p>"
                        "<p>Votre médecin reste la personne qui vous soigne.</p>"
                    ),
                },
            ],
        },
        "en": {
            "intro": (
                "Lots of apps give advice about health. "
                "A few simple questions help you find an app you can trust."
            ),
            "body": [
                {"type": "heading", "value": "Words to help you understand"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>An app is a program on your phone.</p>"
                        "<p>For example: an app that counts your steps.</p>"
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>A chatbot is a program that answers your messages.</p>"
                        "<p>Many people in France use AI for health questions.</p>"
                        "<p>A survey in 2025 shows this.</p>"
                        "<p>People trust AI less when they use it on their own.</p>"
                        "<p>Most of them want apps that have been tested and checked.</p>"
                    ),
                },
                {"type": "heading", "value": "Who makes this app?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Look for the name of the company.</p>"
                        "<p>Look for its country and a way to contact it.</p>"
                        "<p>A good app says who made it.</p>"
                        "<p>You cannot find these facts?</p>"
                        "<p>Be careful.</p>"
                    ),
                },
                {"type": "heading", "value": "Does it have the European mark?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Some apps help to treat an illness.</p>"
                        "<p>They are medical devices.</p>"
                        "<p>A medical device is a thing or a program used for care.</p>"
                        "<p>For example: a thermometer.</p>"
                        "<p>A medical device must have a European mark.</p>"
                        "<p>This mark is made of 2 letters: C and E.</p>"
                        "<p>With this mark, the maker says that the app follows European rules.</p>"
                        "<p>This mark is the least an app must have.</p>"
                        "<p>It does not say if the app is good for you.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: diabetes",
                        "text": (
                            "<p>An app says that it helps to treat diabetes.</p>"
                            "<p>Then it must have the European mark.</p>"
                            "<p>Look for this mark on the page of the app.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Where does your data go?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Your data is the facts about you.</p>"
                        "<p>Read the page about how the app protects your data.</p>"
                        "<p>This page must say:</p>"
                        "<ul>"
                        "<li>what data the app keeps</li>"
                        "<li>why it keeps it</li>"
                        "<li>where it keeps it</li>"
                        "<li>how long it keeps it</li>"
                        "</ul>"
                        "<p>Look to see if your data leaves Europe.</p>"
                        "<p>Look to see if it is used to train an AI.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Good to know",
                        "text": (
                            "<p>In a chatbot, keep your name to yourself.</p>"
                            "<p>Keep your health insurance number to yourself too.</p>"
                            "<p>Ask a general question.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Who has checked the app?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Look for proof.</p>"
                        "<p>For example: studies, or what a hospital thinks of it.</p>"
                        "<p>Stars in the app store are not enough.</p>"
                        "<p>Ask your doctor or your chemist what they think.</p>"
                        "<p>A chatbot must tell you that you are talking to AI.</p>"
                        "<p>European law asks for this.</p>"
                    ),
                },
                {"type": "heading", "value": "Good signs and warning signs"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Good signs:</p>"
                        "<ul>"
                        "<li>You can find the name of the company easily.</li>"
                        "<li>The app tells you to see a doctor when you need to.</li>"
                        "</ul>"
                        "<p>Warning signs:</p>"
                        "<ul>"
                        "<li>It says it will cure you.</li>"
                        "<li>It tells you to stop a medicine.</li>"
                        "<li>It asks for a lot of data about you.</li>"
                        "<li>It hides that you are talking to AI.</li>"
                        "</ul>"
                        "<p>An app can help you to follow your health.</p>"
                        "<p>Your doctor is still the person who cares for you.</p>"
                    ),
                },
            ],
        },
    },
    "informing-your-patients": {
        "fr": {
            "intro": (
                "Cette page est pour les soignants. "
                "Elle vous dit comment parler de l’intelligence artificielle à vos patients."
            ),
            "body": [
                {"type": "heading", "value": "Vos patients veulent savoir"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’intelligence artificielle, c’est un programme d’ordinateur.</p>"
                        "<p>On dit aussi <b>IA</b>.</p>"
                        "<p>Un outil d’IA, c’est un programme qui utilise l’IA.</p>"
                        "<p>Une enquête de 2025 a posé des questions aux soignants et aux "
                        "Français.</p>"
                        "<p>Beaucoup de soignants utilisent l’IA.</p>"
                        "<p>Beaucoup d’entre eux n’en parlent jamais à leurs patients.</p>"
                        "<p>Pourtant, la plupart des Français veulent le savoir.</p>"
                    ),
                },
                {"type": "heading", "value": "Ce que vous pouvez dire"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Une phrase courte suffit.</p>"
                        "<p>Elle dit 3 choses :</p>"
                        "<ul>"
                        "<li>ce que fait l’outil</li>"
                        "<li>qui vérifie le résultat</li>"
                        "<li>que le patient peut dire non</li>"
                        "</ul>"
                        "<p>Ensuite, donnez un document ou la page de votre cabinet sur ce "
                        "site.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Des phrases à dire",
                        "text": (
                            "<p>« Un outil prépare le texte de notre rendez-vous. »</p>"
                            "<p>« Je relis et je corrige tout. »</p>"
                            "<p>« Si vous préférez, je peux faire sans. »</p>"
                            "<p>« Vos soins restent les mêmes. »</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Quand le dire"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dites-le le plus tôt possible.</p>"
                        "<p>Dites-le à l’oral si vous pouvez.</p>"
                        "<p>La loi donne des règles pour 3 sortes d’outils.</p>"
                        "<p><b>1. Le chatbot</b></p>"
                        "<p>Un chatbot, c’est un programme qui répond aux messages.</p>"
                        "<p>Il doit dire qu’il est une IA, sauf si cela se voit tout de suite.</p>"
                        "<p><b>2. Certains dispositifs médicaux</b></p>"
                        "<p>Un dispositif médical, c’est un objet ou un logiciel pour soigner.</p>"
                        "<p>Certains utilisent l’IA pour prévenir, trouver ou soigner une "
                        "maladie.</p>"
                        "<p>Vous devez vérifier que le patient est informé.</p>"
                        "<p><b>3. Le tri aux urgences</b></p>"
                        "<p>Trier, c’est choisir quel patient passe en premier.</p>"
                        "<p>Aux urgences, un outil d’IA peut aider à trier les patients.</p>"
                        "<p>Les patients doivent être informés.</p>"
                        "<p>Ils peuvent demander une explication.</p>"
                        "<p><b>Pour les autres outils</b></p>"
                        "<p>Vous devez informer le patient sur ses soins, comme toujours.</p>"
                    ),
                },
                {"type": "heading", "value": "Ce que dit la page de votre cabinet"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sur ce site, la page de votre cabinet décrit chaque outil :</p>"
                        "<ul>"
                        "<li>son nom et ce qu’il fait</li>"
                        "<li>qui vérifie son résultat</li>"
                        "<li>les données du patient qu’il utilise</li>"
                        "<li>où ces données sont gardées</li>"
                        "<li>ses bénéfices et ses risques</li>"
                        "<li>comment le patient peut dire non</li>"
                        "<li>une personne à contacter</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Les conseils de la Haute Autorité de santé"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La Haute Autorité de santé donne des conseils aux soignants.</p>"
                        "<p>Pour l’IA qui écrit des textes, elle donne 4 conseils :</p>"
                        "<ul>"
                        "<li>Apprendre : comprenez l’outil et ses limites.</li>"
                        "<li>Vérifier : contrôlez chaque résultat.</li>"
                        "<li>Estimer : pesez les bénéfices et les risques dans le temps.</li>"
                        "<li>Communiquer : informez vos patients.</li>"
                        "</ul>"
                        "<p>Ne mettez aucune donnée qui permet de reconnaître un patient dans un "
                        "outil public.</p>"
                    ),
                },
                {"type": "heading", "value": "Si le patient dit non"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un patient peut refuser un outil.</p>"
                        "<p>Ce n’est pas un refus de soin.</p>"
                        "<p>Proposez une autre solution.</p>"
                        "<p>En général, le patient n’a pas de papier à signer pour l’IA.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Un exemple : un patient dit non",
                        "text": (
                            "<p>Un patient refuse l’outil.</p>"
                            "<p>Vous le notez dans son dossier.</p>"
                            "<p>Vous faites sans l’outil.</p>"
                            "<p>Les soins continuent.</p>"
                        ),
                    },
                },
            ],
        },
        "en": {
            "intro": (
                "Do you work in health care and use artificial intelligence? "
                "This page tells you how to say so to your patients."
            ),
            "body": [
                {"type": "heading", "value": "Your patients want to know"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artificial intelligence is a computer program.</p>"
                        "<p>It is also called <b>AI</b>.</p>"
                        "<p>An AI tool is a program that uses AI.</p>"
                        "<p>A survey in 2025 asked health workers and the public in France.</p>"
                        "<p>Many health workers use AI.</p>"
                        "<p>Many of them never tell their patients.</p>"
                        "<p>But most people in France want to know.</p>"
                    ),
                },
                {"type": "heading", "value": "What to say"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>One short sentence is enough.</p>"
                        "<p>It says 3 things:</p>"
                        "<ul>"
                        "<li>what the tool does</li>"
                        "<li>who checks the result</li>"
                        "<li>that the patient can say no</li>"
                        "</ul>"
                        "<p>Then give a leaflet or the page of your practice on this website.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "Things you can say",
                        "text": (
                            "<p>“A tool writes a draft of the notes of our visit.”</p>"
                            "<p>“I read it and I fix it all.”</p>"
                            "<p>“If you like, I can do without it.”</p>"
                            "<p>“Your care will be the same.”</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "When to say it"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Say it as soon as you can.</p>"
                        "<p>Say it out loud if you can.</p>"
                        "<p>The law has rules for 3 kinds of tools.</p>"
                        "<p><b>1. The chatbot</b></p>"
                        "<p>A chatbot is a program that answers messages.</p>"
                        "<p>It must say that it is an AI, unless this is clear from the start.</p>"
                        "<p><b>2. Some medical devices</b></p>"
                        "<p>A medical device is a thing or a program used for care.</p>"
                        "<p>Some of them use AI to prevent, find or treat an illness.</p>"
                        "<p>You must make sure that the patient has been told.</p>"
                        "<p><b>3. Sorting patients in the emergency room</b></p>"
                        "<p>Sorting means choosing which patient is seen first.</p>"
                        "<p>In the emergency room, an AI tool can help to sort patients.</p>"
                        "<p>Patients must be told.</p>"
                        "<p>They can ask for an explanation.</p>"
                        "<p><b>For other tools</b></p>"
                        "<p>You must tell patients about their care, as always.</p>"
                    ),
                },
                {"type": "heading", "value": "What the page of your practice says"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>On this website, the page of your practice describes each tool:</p>"
                        "<ul>"
                        "<li>its name and what it does</li>"
                        "<li>who checks its result</li>"
                        "<li>the patient data it uses</li>"
                        "<li>where this data is kept</li>"
                        "<li>what good it does and its risks</li>"
                        "<li>how the patient can say no</li>"
                        "<li>a person to contact</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Advice from the French health authority"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The French health authority gives advice to health workers.</p>"
                        "<p>For AI that writes texts, it gives 4 pieces of advice:</p>"
                        "<ul>"
                        "<li>Learn: understand the tool and its limits.</li>"
                        "<li>Check: check each result.</li>"
                        "<li>Assess: weigh the good and the risks over time.</li>"
                        "<li>Communicate: tell your patients.</li>"
                        "</ul>"
                        "<p>Put no data that shows who a patient is in a public tool.</p>"
                    ),
                },
                {"type": "heading", "value": "If the patient says no"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A patient can say no to a tool.</p>"
                        "<p>This does not mean they say no to care.</p>"
                        "<p>Offer another way.</p>"
                        "<p>Most of the time, the patient has no form to sign for AI.</p>"
                    ),
                },
                {
                    "type": "example",
                    "value": {
                        "title": "An example: a patient says no",
                        "text": (
                            "<p>A patient says no to the tool.</p>"
                            "<p>You write this down in the patient’s file.</p>"
                            "<p>You do without the tool.</p>"
                            "<p>The care goes on.</p>"
                        ),
                    },
                },
            ],
        },
    },
}
