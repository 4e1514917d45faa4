"""The notices as data: each published notice as JSON, both languages in one document, and its schema.

These views sit outside the language prefix (`portal/urls.py`); anyone may read them.
"""

from pathlib import Path

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation

from .document import current_version, notice_document, published_clinic
from .pages import ClinicDirectoryPage

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "notice.schema.json"


def _directory_pages() -> dict[str, ClinicDirectoryPage]:
    return {
        page.locale.language_code: page
        for page in ClinicDirectoryPage.objects.live().select_related("locale")
    }


def notice_json(request, slug: str):
    """The published notice of one clinic, both languages, as JSON (schema: notice_schema)."""
    clinic = published_clinic(slug)
    document = notice_document(clinic=clinic, version=current_version(clinic))
    urls = {}
    for language, directory in _directory_pages().items():
        with translation.override(language):
            urls[language] = request.build_absolute_uri(directory.notice_url(slug))
    payload = {
        "$schema": request.build_absolute_uri(reverse("notice_schema")),
        **document,
        "urls": urls,
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 2})
    # Public data, meant for other services to read.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def notice_schema(request):
    response = HttpResponse(SCHEMA_PATH.read_bytes(), content_type="application/schema+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response
