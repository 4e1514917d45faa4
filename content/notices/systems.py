"""The public page of one catalogue AI system: its facts, and the clinics whose notice uses it.

The facts are the catalogue's today (`document.system_document`), the page says when they were
last checked. The clinics come from the directory (`DirectoryEntry`, written from each published
notice): at most `CLINICS_SHOWN`, A to Z, each linked to the tool's section of its published
notice (`#use-N`); past that the page links to the directory filtered on the tool. The queries do
not grow with the number of clinics. The page shows the system and the directory to the page
cache (`content.page_cache`).
"""

from dataclasses import dataclass

from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.http import urlencode

from content.page_cache import DIRECTORY, page_cache_tags, system_tag

from .directory import SYSTEM_KEY
from .document import system_document
from .models import AISystem, DirectoryEntry, NoticeVersion

CLINICS_SHOWN = 50


@dataclass(frozen=True)
class SystemClinic:
    """A clinic whose published notice describes the system, and the tool's place in it."""

    slug: str
    name: str
    postcode: str
    city: str
    use_number: int


def _use_number(document, system_key: str) -> int:
    """The 1-based position of the first use of the system in a notice document (1 if none)."""
    for number, use in enumerate(document.get("uses", []), start=1):
        if (use.get("system") or {}).get("key") == system_key:
            return number
    return 1


def system_clinics(system_key: str) -> tuple[list[SystemClinic], int]:
    """The first `CLINICS_SHOWN` live clinics (A to Z) whose published notice uses the system,
    and how many there are in all. Three queries, whatever the number of clinics."""
    using = DirectoryEntry.objects.filter(system_keys__contains=f" {system_key} ")
    rows = list(
        using.order_by("name_sort", "clinic_id").values_list(
            "clinic_id", "slug", "name", "postcode", "city"
        )[:CLINICS_SHOWN]
    )
    count = len(rows) if len(rows) < CLINICS_SHOWN else using.count()
    if not rows:
        return [], count
    newest = NoticeVersion.objects.filter(clinic_id=OuterRef("clinic_id")).order_by("-number")
    versions = NoticeVersion.objects.filter(
        clinic_id__in=[row[0] for row in rows],
        clinic__live=True,
        number=Subquery(newest.values("number")[:1]),
    ).values_list("clinic_id", "document")
    documents = dict(versions)
    clinics = [
        SystemClinic(
            slug=slug,
            name=name,
            postcode=postcode,
            city=city,
            use_number=_use_number(documents[clinic_id], system_key),
        )
        for clinic_id, slug, name, postcode, city in rows
        if clinic_id in documents
    ]
    return clinics, count


def system_view(request, *, page, system_key: str):
    """The page of one catalogue system; 404 for a key the catalogue does not hold."""
    if not SYSTEM_KEY.match(system_key):
        raise Http404
    page_cache_tags(request, system_tag(system_key), DIRECTORY)
    # A draft (imported from a model card, not yet complete) has no public page.
    system = (
        AISystem.objects.prefetch_related("evidence").filter(key=system_key, draft=False).first()
    )
    if system is None:
        raise Http404
    clinics, count = system_clinics(system_key)
    directory_url = page.get_url(request)
    context = {
        "page": page,
        "self": page,
        "system": system_document(system),
        "clinics": clinics,
        "clinics_count": count,
        "directory_url": directory_url,
        "directory_filtered_url": f"{directory_url}?{urlencode({'system': system_key})}",
        "route_suffix": f"systems/{system_key}/",
    }
    return TemplateResponse(request, "notices/system_page.html", context)
