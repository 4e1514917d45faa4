"""What search engines and phones read about a page: schema.org JSON-LD data blocks.

An article is a `MedicalWebPage` with its medical reviewer and the date of the review, named only
while the review is of the text a patient reads (`content.explainers.review`). A notice is a
`WebPage` whose main entity is the clinic as a `MedicalOrganization`, with its address and its two
contacts, written from the PUBLISHED notice document alone: nothing a patient cannot already read
on the notice. Every text is in the page's language; every address is canonical
(`PORTAL_PUBLIC_URL`).

A block is data, not script: the browser runs nothing and the Content-Security-Policy, which allows
no script, stays as it is. `<`, `>` and `&` are written as JSON escapes, as Django's `json_script`
does, so no text (a clinic's name included) can close the element.
"""

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from content.explainers.review import CURRENT, review_state
from content.notices.document import localized
from content.notices.links import public_address
from content.notices.models.names import clinic_name_with

from .metadata import spaces_collapsed

SCHEMA_ORG = "https://schema.org"
# Every clinic of the portal is in France: the notice's address has no country of its own.
CLINIC_COUNTRY = "FR"
# What a block may not hold as such: the characters that could end the element or start a tag.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

JsonLd = dict[str, Any]


def json_ld_script(data: Mapping[str, Any]) -> SafeString:
    """The `<script type="application/ld+json">` data block holding `data`, escaped as `json_script`."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(_SCRIPT_ESCAPES))
    )


def _pruned(node: Mapping[str, Any]) -> JsonLd:
    """The node without its empty values: schema.org says nothing rather than an empty text."""
    return {name: value for name, value in node.items() if value not in (None, "", [], {})}


def _moment(value: date | datetime | str | None) -> str:
    """An ISO 8601 date or date-time (schema.org `Date` / `DateTime`), "" for none."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value or ""


def portal_publisher() -> JsonLd:
    """The portal as the `Organization` that publishes every page, named in the reader's language."""
    return {"@type": "Organization", "name": str(settings.PORTAL_NAME)}


def portal_website(*, home_url: str) -> JsonLd:
    """The portal as a `WebSite` at its home page in the reader's language."""
    return _pruned(
        {
            "@type": "WebSite",
            "name": str(settings.PORTAL_NAME),
            "url": public_address(home_url) if home_url else "",
            "inLanguage": translation.get_language(),
            "publisher": portal_publisher(),
        }
    )


def home_structured_data(*, page, home_url: str, description: str = "") -> JsonLd:
    """The home page: the portal as a `WebSite`, with the home's description (the page's own
    description, as its <head> says it, when given)."""
    website = portal_website(home_url=home_url)
    website["description"] = description or page.search_description or page.intro
    return {"@context": SCHEMA_ORG, **_pruned(website)}


def _patients() -> JsonLd:
    # schema.org's MedicalAudience for readers who are patients, not clinicians.
    return {"@type": "MedicalAudience", "audienceType": "Patient"}


def article_reviewer(page) -> JsonLd | None:
    """The medical reviewer of the text a patient reads, as a `Person`; None when no review is current.

    An article changed since its review, or never reviewed, names no reviewer: the review vouches
    for one text only.
    """
    if not (page.reviewed_on and page.reviewed_by.strip()) or review_state(page) != CURRENT:
        return None
    return _pruned({"@type": "Person", "name": page.reviewed_by, "jobTitle": page.reviewer_role})


def article_structured_data(
    *,
    page,
    path: str,
    home_url: str,
    easy_read: bool = False,
    title: str = "",
    description: str = "",
) -> JsonLd:
    """An article (or its easy-read version) as a `MedicalWebPage`, in the reader's language.

    `path` is the address of the page being read (the article's, or its easy-read route's);
    `title` and `description`, when given, are the page's own (its <head>: one text everywhere). The
    easy-read text is not what the medical reviewer read: that page names no review, and says it
    is based on the full article.
    """
    language = translation.get_language()
    if easy_read:
        name = gettext("%(title)s – facile à lire") % {"title": page.title}
        shown = page.easy_read_intro or page.intro
    else:
        name = page.seo_title or page.title
        shown = page.search_description or page.intro
    name, description = title or name, description or shown
    node = {
        "@context": SCHEMA_ORG,
        "@type": "MedicalWebPage",
        "name": name,
        "headline": name,
        "description": spaces_collapsed(description),
        "url": public_address(path),
        "inLanguage": language,
        "datePublished": _moment(page.first_published_at),
        "dateModified": _moment(page.last_published_at),
        "audience": _patients(),
        "publisher": portal_publisher(),
        "isPartOf": portal_website(home_url=home_url),
    }
    reviewer = None if easy_read else article_reviewer(page)
    if reviewer is not None:
        node["reviewedBy"] = reviewer
        node["lastReviewed"] = _moment(page.reviewed_on)
    if easy_read:
        node["isBasedOn"] = public_address(page.get_url())
    return _pruned(node)


def _postal_address(address: Mapping[str, str] | None) -> JsonLd | None:
    address = address or {}
    if not any(address.get(part) for part in ("street", "postcode", "city")):
        return None
    return _pruned(
        {
            "@type": "PostalAddress",
            "streetAddress": address.get("street"),
            "postalCode": address.get("postcode"),
            "addressLocality": address.get("city"),
            "addressCountry": CLINIC_COUNTRY,
        }
    )


def _contact_point(*, contact_type: str, name: str, email: str, phone: str) -> JsonLd | None:
    """A `ContactPoint` in French, the clinics' language; None when it has no way to be reached."""
    if not (email or phone):
        return None
    return _pruned(
        {
            "@type": "ContactPoint",
            "contactType": contact_type,
            "name": name,
            "email": email,
            "telephone": phone,
            "availableLanguage": "fr",
        }
    )


def clinic_contact_points(document: Mapping[str, Any]) -> list[JsonLd]:
    """The notice's contacts for AI questions and for data protection, as published."""
    language = translation.get_language()
    contacts = document.get("contacts") or {}
    ai = contacts.get("ai") or {}
    dpo = contacts.get("data_protection_officer") or {}
    points = [
        _contact_point(
            contact_type=gettext("questions sur l’intelligence artificielle"),
            name=localized(ai.get("name"), language)[0],
            email=ai.get("email") or "",
            phone=ai.get("phone") or "",
        ),
        _contact_point(
            contact_type=gettext("protection des données personnelles"),
            name=dpo.get("name") or "",
            email=dpo.get("email") or "",
            phone="",
        ),
    ]
    return [point for point in points if point is not None]


def clinic_organization(document: Mapping[str, Any], *, notice_url: str) -> JsonLd:
    """The clinic of a published notice as a `MedicalOrganization`: its name, address, contacts.

    Its address is its own website when the notice gives one, else the notice's; read from the
    published document only, never from the clinic's rows.
    """
    website = document.get("website") or ""
    return _pruned(
        {
            "@type": "MedicalOrganization",
            "name": document.get("name"),
            "url": website or notice_url,
            "mainEntityOfPage": notice_url,
            "address": _postal_address(document.get("address")),
            "telephone": document.get("phone"),
            "contactPoint": clinic_contact_points(document),
        }
    )


def notice_structured_data(
    document: Mapping[str, Any],
    *,
    path: str,
    home_url: str,
    easy_read: bool = False,
    title: str = "",
    description: str = "",
) -> JsonLd:
    """A published notice (or its easy-read first screen) as a `WebPage` about its clinic.

    `path` is the address of the page being read; the clinic's own address is the notice's
    (`path` without the easy-read route). `title` and `description`, when given, are the page's
    own (its <head>). Dated by the version in force.
    """
    url = public_address(path)
    notice_url = url.rsplit("/", 2)[0] + "/" if easy_read else url
    name = gettext("Notice IA : %(name)s") % {"name": document.get("name", "")}
    if easy_read:
        name = f"{name} – {gettext('facile à lire')}"
    clinic = document.get("name", "")
    if translation.get_language() == "fr":
        clinic = clinic_name_with(
            name=clinic, article=document.get("name_article") or "", preposition="à"
        )
    description = description or gettext(
        "Les outils d’intelligence artificielle utilisés %(name)s, expliqués aux patients."
    ) % {"name": clinic}
    name = title or name
    version = document.get("version") or {}
    node = {
        "@context": SCHEMA_ORG,
        "@type": "WebPage",
        "name": name,
        "description": description,
        "url": url,
        "inLanguage": translation.get_language(),
        "dateModified": _moment(version.get("published_at")),
        "audience": _patients(),
        "publisher": portal_publisher(),
        "isPartOf": portal_website(home_url=home_url),
        "mainEntity": clinic_organization(document, notice_url=notice_url),
    }
    if easy_read:
        node["isBasedOn"] = notice_url
    return _pruned(node)
