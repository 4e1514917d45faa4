"""Where a tool's data go, as one short line a patient reads at a glance.

« Stockées en France · traitées aux États-Unis · accessibles depuis les États-Unis · hébergeur
certifié HDS »: storage, processing and reach from outside the EEA told apart, with the HDS fact.
`sovereignty_parts` reads the system of a notice document; documents published before the catalogue
told these facts apart (no `processing_country`) still read, from `hosting_country` and
`data_leave_eea`: « Stockées en France · ne sortent pas de l’EEE ».
"""

from collections.abc import Mapping
from typing import Any

from django.utils import translation
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from content.vocabulary import COUNTRY_ARTICLE_FR, COUNTRY_IN_FR, COUNTRY_THE_EN, EEA_COUNTRIES

from .document import localized


def _name(country: Mapping[str, Any], language: str) -> str:
    text, _language = localized(country.get("label"), language)
    return text or country.get("code", "")


def country_in(country: Mapping[str, Any]) -> str:
    """« en France », « aux États-Unis »; "in France", "in the United States"."""
    language = translation.get_language() or "fr"
    code = country.get("code", "")
    if language == "fr":
        return f"{COUNTRY_IN_FR.get(code, 'en ')}{_name(country, language)}"
    return f"in {'the ' if code in COUNTRY_THE_EN else ''}{_name(country, language)}"


def country_from(country: Mapping[str, Any]) -> str:
    """« la Suisse », « l’Inde », « les États-Unis », « Israël »; "Switzerland", "the United
    States": what follows « depuis » or "from"."""
    language = translation.get_language() or "fr"
    code = country.get("code", "")
    if language == "fr":
        return f"{COUNTRY_ARTICLE_FR.get(code, 'la ')}{_name(country, language)}"
    return f"{'the ' if code in COUNTRY_THE_EN else ''}{_name(country, language)}"


def _in_eea(country: Mapping[str, Any] | None) -> bool:
    return bool(country) and country.get("code") in EEA_COUNTRIES


def sovereignty_parts(system: Mapping[str, Any]) -> list[str]:
    """The pieces of the line, in the active language: stored, processed, reached, HDS.

    Access says « accessibles seulement dans l’EEE » only when storage and processing are in the
    EEA and no one outside can reach the data; when the catalogue says data leave the EEA without
    saying where (a system not yet described again since the facts were told apart), it says
    « des données sortent de l’EEE ».
    """
    stored = system.get("hosting_country") or {}
    parts = [_("Stockées %(place)s") % {"place": country_in(stored)}]
    if "processing_country" not in system:
        # Published before storage, processing and access were told apart.
        if system.get("data_leave_eea"):
            parts.append(_("des données sortent de l’EEE"))
        else:
            parts.append(_("elles ne sortent pas de l’EEE"))
    else:
        processed = system.get("processing_country") or {}
        access = system.get("outside_eea_access") or []
        if not processed.get("code"):
            # Migrated with its data leaving the EEA to a country the catalogue never named.
            parts.append(_("des données sortent de l’EEE"))
        else:
            parts.append(_("traitées %(place)s") % {"place": country_in(processed)})
        if access:
            places = get_text_list([country_from(country) for country in access], _("et"))
            parts.append(_("accessibles depuis %(places)s") % {"places": places})
        elif processed.get("code") and _in_eea(stored) and _in_eea(processed):
            if system.get("data_leave_eea"):
                parts.append(_("des données sortent de l’EEE"))
            else:
                parts.append(_("accessibles seulement dans l’EEE"))
    if system.get("hds_certified"):
        parts.append(_("hébergeur certifié HDS"))
    else:
        parts.append(_("hébergeur non certifié HDS"))
    return parts


def sovereignty_line(system: Mapping[str, Any]) -> str:
    """The pieces joined: « Stockées en France · traitées en France · … »."""
    return " · ".join(sovereignty_parts(system))
