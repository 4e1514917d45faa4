"""The easy-read (FALC) first screen of a notice, written from its published document.

Every sentence is a translated string with placeholders (the names of the clinic, of each tool, of
its maker and of the contact; the tool's label; countries), written once by the rules of the
European easy-to-read standard (Inclusion Europe, "Information for all"): short sentences, one idea
in each, common words, no abbreviation, examples, "vous". Every notice therefore shows the same
text, which readers check once (`NoticeEasyReadCheck`). The clinic's own texts are not easy-read:
this screen shows none of them, only its facts (who decides, whether one can say no, where the
data go, who answers) and links to the full notice.

Served at <notice>/facile/ (French) and <notice>/easy-read/ (English), kept in the page cache like
the notice: it shows the notice ("notice:<slug>"), its tools ("system:<key>") and the site, whose
token changes when an editor records the readers' check (`easy_read_connect`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import get_text_list
from django.utils.translation import gettext, ngettext
from wagtail.models import Site

from content.explainers.typography import french_spacing
from content.page_cache import SITE, notice_tag, page_cache_tags, site_memo, system_tag, tags_expire
from content.vocabulary import EEA_COUNTRIES

from .document import document_system_keys, localized, published_version, use_label
from .links import EASY_READ_ROUTES, notice_links
from .models import NoticeEasyReadCheck
from .models.names import clinic_name_with
from .sovereignty import country_from, country_in


@dataclass(frozen=True)
class EasyReadTopic:
    """One small part of a tool's text: a heading (none for the first) and its sentences."""

    heading: str
    sentences: list[SafeString]


@dataclass(frozen=True)
class EasyReadTool:
    number: int
    use_id: str
    name: str
    heading: str
    topics: list[EasyReadTopic] = field(default_factory=list)


@dataclass(frozen=True)
class EasyReadNotice:
    """The whole easy-read screen, in the active language, ready for its template."""

    title: SafeString
    introduction: list[SafeString]
    example: list[SafeString]
    tools: list[EasyReadTool]
    questions: list[SafeString]
    phone: str
    email: str


def _words(value: Mapping[str, str | None] | None, language: str) -> SafeString:
    """A clinic's or catalogue's words in the reader's language, marked lang="fr" when not translated."""
    text, found = localized(value, language)
    if found == "fr":
        text = french_spacing(text)
    if found != language:
        return format_html('<span lang="fr">{}</span>', text)
    return conditional_escape(text)


def _sentence(message: str, **values) -> SafeString:
    """A translated sentence with its placeholders escaped (words of a clinic may hold any sign)."""
    return mark_safe(escape(message) % {name: conditional_escape(v) for name, v in values.items()})


def _in_eea(country: Mapping[str, Any] | None) -> bool:
    return bool(country) and country.get("code") in EEA_COUNTRIES


def _what_it_does(use: Mapping[str, Any], language: str) -> EasyReadTopic:
    system = use["system"]
    sentences = [
        _sentence(gettext("Ce qu’il fait : %(label)s."), label=_words(use_label(use), language)),
        _sentence(
            gettext("L’entreprise %(vendor)s a fabriqué cet outil."), vendor=system["vendor"]
        ),
    ]
    if use.get("patient_interacts"):
        sentences += [
            _sentence(gettext("Vous parlez ou vous écrivez avec cet outil.")),
            _sentence(gettext("Cet outil n’est pas une personne.")),
            _sentence(gettext("C’est un programme d’ordinateur.")),
        ]
    else:
        sentences += [
            _sentence(gettext("Vous ne parlez pas avec cet outil.")),
            _sentence(gettext("Ce sont les soignants qui utilisent cet outil.")),
        ]
    # Right under the tool's name: what it does needs no heading of its own.
    return EasyReadTopic("", sentences)


# What the tool's role in the decision means, sentence by sentence (`vocabulary.DecisionRole`).
def _role_sentences(role: str) -> list[str]:
    if role == "informs":
        return [
            gettext("L’outil donne une information au soignant."),
            gettext("Le soignant vérifie cette information."),
            gettext("C’est le soignant qui décide."),
        ]
    if role == "augments":
        return [
            gettext("L’outil aide le soignant à décider."),
            gettext("Le soignant vérifie le travail de l’outil."),
            gettext("C’est le soignant qui décide."),
        ]
    if role == "drafts":
        return [
            gettext("L’outil écrit un premier texte."),
            gettext("Le soignant lit ce texte."),
            gettext("Le soignant corrige le texte si besoin."),
            gettext("C’est le soignant qui décide."),
        ]
    if role == "decides":
        return [
            gettext("Cet outil décide seul."),
            gettext("Vous n’êtes pas d’accord avec l’outil ? Dites-le à un soignant."),
        ]
    return []


def _who_decides(use: Mapping[str, Any]) -> EasyReadTopic | None:
    sentences = _role_sentences((use.get("decision_role") or {}).get("code", ""))
    if not sentences:
        return None
    return EasyReadTopic(gettext("Qui décide"), [_sentence(text) for text in sentences])


def _saying_no(use: Mapping[str, Any]) -> EasyReadTopic:
    if use.get("declinable"):
        sentences = [
            gettext("Vous pouvez dire non à cet outil."),
            gettext("Pour dire non, parlez à votre soignant."),
            gettext("Si vous dites non, nous vous soignons sans cet outil."),
        ]
    else:
        sentences = [
            gettext("Nous ne pouvons pas arrêter cet outil pour une seule personne."),
            gettext("Vous pouvez quand même poser vos questions."),
            gettext("Votre soignant vous dit ce qui est possible."),
        ]
    return EasyReadTopic(gettext("Dire non"), [_sentence(text) for text in sentences])


def _where_data_go(system: Mapping[str, Any]) -> EasyReadTopic:
    """Storage, use, who can see them from outside Europe, the certificate, reuse by the maker."""
    stored = system.get("hosting_country") or {}
    processed = system.get("processing_country") or {}
    access = system.get("outside_eea_access") or []
    sentences = []
    if stored.get("code"):
        sentences.append(
            _sentence(
                gettext("Une entreprise garde vos données %(place)s."), place=country_in(stored)
            )
        )
    else:
        sentences.append(_sentence(gettext("Une entreprise garde vos données.")))
    if processed.get("code") and processed.get("code") != stored.get("code"):
        sentences.append(
            _sentence(
                gettext("L’outil utilise vos données %(place)s."), place=country_in(processed)
            )
        )
    if access:
        places = get_text_list([country_from(country) for country in access], gettext("et"))
        sentences.append(
            _sentence(
                gettext("Des personnes peuvent voir vos données depuis %(places)s."), places=places
            )
        )
    named_outside = bool(access) or (processed.get("code") and not _in_eea(processed))
    if system.get("data_leave_eea"):
        if not named_outside:
            sentences.append(
                _sentence(gettext("Une partie de vos données sort de l’Union européenne."))
            )
    elif _in_eea(stored) and (not processed or _in_eea(processed)) and not access:
        sentences.append(_sentence(gettext("Vos données ne sortent pas d’Europe.")))
    if system.get("hds_certified"):
        sentences.append(
            _sentence(
                gettext("Cette entreprise a le certificat français pour les données de santé.")
            )
        )
    else:
        sentences.append(
            _sentence(
                gettext(
                    "Cette entreprise n’a pas le certificat français pour les données de santé."
                )
            )
        )
    reuse = (system.get("training_reuse") or {}).get("code")
    vendor = system.get("vendor", "")
    if reuse == "no":
        sentences.append(
            _sentence(
                gettext("%(vendor)s ne se sert pas de vos données pour améliorer son outil."),
                vendor=vendor,
            )
        )
    elif reuse == "opt_out":
        sentences.append(
            _sentence(
                gettext("%(vendor)s peut se servir de vos données pour améliorer son outil."),
                vendor=vendor,
            )
        )
        sentences.append(_sentence(gettext("Vous pouvez dire non à cela.")))
    elif reuse == "yes":
        sentences.append(
            _sentence(
                gettext("%(vendor)s se sert de vos données pour améliorer son outil."),
                vendor=vendor,
            )
        )
    return EasyReadTopic(gettext("Vos données"), sentences)


def _who_answers(contact: SafeString) -> EasyReadTopic:
    return EasyReadTopic(
        gettext("Vos questions sur cet outil"),
        [_sentence(gettext("Qui vous répond : %(contact)s."), contact=contact)],
    )


def easy_read_notice(document: Mapping[str, Any]) -> EasyReadNotice:
    """The easy-read screen of a published notice document, in the active language.

    Only uses with their tool are told (a published notice has a tool for every use).
    """
    language = translation.get_language() or "fr"
    if language == "fr":
        at_clinic = clinic_name_with(
            name=document.get("name", ""),
            article=document.get("name_article") or "",
            preposition="à",
        )
    else:
        at_clinic = document.get("name", "")
    contacts = document.get("contacts") or {}
    ai_contact = contacts.get("ai") or {}
    contact = _words(ai_contact.get("name"), language)
    uses = [use for use in document.get("uses", []) if use.get("system")]
    tools = []
    for number, use in enumerate(uses, start=1):
        name = use["system"]["name"]
        topics = [
            _what_it_does(use, language),
            _who_decides(use),
            _saying_no(use),
            _where_data_go(use["system"]),
            _who_answers(contact),
        ]
        tools.append(
            EasyReadTool(
                number=number,
                use_id=use["id"],
                name=name,
                heading=gettext("Outil %(number)s : %(name)s") % {"number": number, "name": name},
                topics=[topic for topic in topics if topic is not None],
            )
        )
    count = len(tools)
    introduction = [
        _sentence(gettext("L’intelligence artificielle est un programme d’ordinateur.")),
        _sentence(gettext("On dit aussi « IA ».")),
        _sentence(gettext("Ce programme aide les soignants dans leur travail.")),
        _sentence(gettext("Les soignants sont les personnes qui vous soignent.")),
        _sentence(gettext("Par exemple : les médecins et les infirmiers.")),
    ]
    if count:
        introduction.append(
            _sentence(
                ngettext(
                    "Nous utilisons %(count)s outil de ce type.",
                    "Nous utilisons %(count)s outils de ce type.",
                    count,
                ),
                count=count,
            )
        )
        introduction.append(_sentence(gettext("Cette page vous parle de ces outils.")))
    introduction.append(
        _sentence(gettext("Vos données sont les informations sur vous et sur votre santé."))
    )
    example = [
        _sentence(gettext("Un programme regarde la radio de votre bras.")),
        _sentence(gettext("Il montre au médecin un endroit à regarder.")),
        _sentence(gettext("Le médecin regarde lui-même la radio.")),
        _sentence(gettext("C’est le médecin qui décide.")),
    ]
    questions = [
        _sentence(gettext("Vous pouvez toujours poser une question.")),
        _sentence(gettext("Vous pouvez demander à votre soignant.")),
        _sentence(gettext("Vous pouvez aussi nous téléphoner ou nous écrire.")),
    ]
    return EasyReadNotice(
        title=_sentence(gettext("L’intelligence artificielle %(at_clinic)s"), at_clinic=at_clinic),
        introduction=introduction,
        example=example,
        tools=tools,
        questions=questions,
        phone=ai_contact.get("phone") or document.get("phone") or "",
        email=ai_contact.get("email") or "",
    )


def easy_read_check(request) -> dict[str, Any]:
    """When and by whom readers checked the notices' easy-read screen ({} when not yet).

    The site's setting, read without creating it; kept in the site memo: recording a check
    changes the site's token (`easy_read_connect`).
    """
    site = Site.find_for_request(request)

    def build():
        check = NoticeEasyReadCheck.objects.filter(site=site).first()
        if check is None or check.checked_on is None:
            return {}
        return {"checked_on": check.checked_on, "checked_by": check.checked_by}

    return site_memo(("notice_easy_read_check", site and site.pk), build)


def notice_easy_read_view(request, *, page, clinic_slug: str, language: str):
    """The easy-read screen of the notice in force, in the language its route is named in."""
    if translation.get_language() != language:
        raise Http404
    # As every form of the notice: named to the page cache before it is read.
    page_cache_tags(request, notice_tag(clinic_slug))
    document = published_version(clinic_slug).document
    page_cache_tags(request, *map(system_tag, document_system_keys(document)))
    links = notice_links(page=page, clinic_slug=clinic_slug, request=request)
    context = {
        "page": page,
        "self": page,
        "notice": document,
        "easy_read": easy_read_notice(document),
        "check": easy_read_check(request),
        "links": links,
        # The language switcher leads to the easy-read screen in the other language.
        "route_suffix": {
            code: f"{clinic_slug}/{route}" for code, route in EASY_READ_ROUTES.items()
        },
    }
    return TemplateResponse(request, "notices/notice_easy_read.html", context)


def _check_recorded(sender, **kwargs):
    tags_expire(SITE)


def easy_read_connect() -> None:
    """Recording the readers' check refreshes every kept easy-read screen (and the site memo)."""
    post_save.connect(
        _check_recorded, sender=NoticeEasyReadCheck, dispatch_uid="easy_read_check_saved"
    )
    post_delete.connect(
        _check_recorded, sender=NoticeEasyReadCheck, dispatch_uid="easy_read_check_deleted"
    )
