"""The notices as open data: the list of notices in force, two downloads, a feed, and their page.

- `/api/notices/`: every notice in force, 100 a page, with its version, dates and addresses;
- `/api/notices.jsonl`: every notice in force, one JSON document a line, as `/api/notices/<id>.json`;
- `/api/notices.csv`: one row per use of AI, with the facts of the clinic and of the tool;
- `/api/notices/feed.atom`: the 50 newest versions;
- `/fr/donnees/`, `/en/data/`: what each holds, and the licence (Licence Ouverte 2.0).

The list, the feed and the page are kept by the page cache, made stale by any publication or
withdrawal (the "directory" tag); what holds a review state is kept until midnight at most. The
two downloads are written as they are sent, a few notices at a time, so that no process holds
them whole; each has an ETag that changes with any publication, withdrawal, the day and the
site's addresses, so that a reader or a shared cache asks again cheaply.
"""

import csv
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from django.contrib.syndication.views import Feed
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Max, Sum
from django.db.models.fields.json import KT
from django.http import JsonResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.functional import lazy
from django.utils.translation import get_language, gettext
from django.views.decorators.http import condition, require_safe

from content.page_cache import (
    DIRECTORY,
    page_cache_keep_at_most,
    page_cache_tags,
    public_cache_control,
)

from .document import current_versions, notice_review_state, notice_served, review_state_seconds
from .links import directory_urls
from .models import NoticeVersion
from .open_data_columns import COLUMNS, csv_header, csv_rows

PAGE_SIZE = 100
# Notices read from the database at a time while a download is written.
CHUNK_SIZE = 200
FEED_SIZE = 50
# Changes with the form of the downloads, so that no copy of an older form is kept.
EXPORTS_FORM = "1"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
# The page's address in each language, needing no translation catalogue (as the observatory's).
ROUTES = {"fr": "donnees/", "en": "data/"}


def _route() -> str:
    return ROUTES.get(get_language(), ROUTES["fr"])


OPEN_DATA_ROUTE = lazy(_route, str)()


class _Addresses:
    """The absolute addresses the open data name, worked out once per request.

    Downloads are written after the view returns, when the site memo is closed: everything they
    need of the request is read here first.
    """

    def __init__(self, request):
        self.directories = {
            language: request.build_absolute_uri(directory)
            for language, directory in directory_urls(request).items()
        }
        self.schema = request.build_absolute_uri(reverse("notice_schema"))
        self.json_base = request.build_absolute_uri(reverse("notice_json", args=["-"]))[
            : -len("-.json")
        ]

    def notice(self, slug: str) -> dict[str, str]:
        return {language: f"{base}{slug}/" for language, base in self.directories.items()}

    def json(self, slug: str) -> str:
        return f"{self.json_base}{slug}.json"


def _public(response):
    public_cache_control(response)
    # Public data, meant for other services to read.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def notice_list(request):
    """Every notice in force, by identifier, 100 a page (`?page=2`), with the links to the others.

    Three queries whatever the page: the count, the page, the directory's addresses (kept). A page
    that does not exist gets 400, with the number of pages.
    """
    page_cache_tags(request, DIRECTORY)
    page_cache_keep_at_most(request, review_state_seconds())
    versions = (
        current_versions()
        .annotate(notice_name=KT("document__name"))
        .only("number", "published_at", "review_due_on", "clinic__slug")
    )
    paginator = Paginator(versions, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        # Not 404: the language middleware would send a 404 here to a page of the site.
        return JsonResponse({"error": "invalid_page", "pages": paginator.num_pages}, status=400)
    addresses = _Addresses(request)
    today = timezone.localdate()

    def page_url(number: int) -> str:
        return request.build_absolute_uri(f"{reverse('notice_list')}?page={number}")

    results = [
        {
            "id": version.clinic.slug,
            "name": version.notice_name,
            "version": version.number,
            "published_at": version.published_at.isoformat(),
            "review_due_on": version.review_due_on.isoformat() if version.review_due_on else None,
            "review_state": notice_review_state(version.review_due_on, today),
            "json": addresses.json(version.clinic.slug),
            "urls": addresses.notice(version.clinic.slug),
        }
        for version in page
    ]
    payload = {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "next": page_url(page.next_page_number()) if page.has_next() else None,
        "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
        "schema": addresses.schema,
        "downloads": {
            "jsonl": request.build_absolute_uri(reverse("notices_jsonl")),
            "csv": request.build_absolute_uri(reverse("notices_csv")),
            "feed": request.build_absolute_uri(reverse("notices_feed")),
        },
        "results": results,
    }
    return _public(JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 2}))


# -- The downloads ---------------------------------------------------------------------------


def _exports_etag(request, *args, **kwargs) -> str:
    """What the downloads hold, in one query: the notices in force, the day, the addresses.

    Version numbers only grow and every publication makes a new one: between two publications,
    only withdrawals change the set, and they lower the count.
    """
    found = (
        current_versions()
        .order_by()
        .aggregate(count=Count("pk"), newest=Max("pk"), total=Sum("pk"))
    )
    addresses = _Addresses(request)
    parts = [
        EXPORTS_FORM,
        request.path,
        found["count"],
        found["newest"],
        found["total"],
        timezone.localdate().isoformat(),
        sorted(addresses.directories.items()),
        addresses.schema,
    ]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:32]


def _served_notices(addresses: _Addresses) -> Iterator[dict[str, Any]]:
    """Each notice in force as the API serves it, read a few at a time (never all at once)."""
    today = timezone.localdate()
    versions = current_versions().only(
        "number", "published_at", "review_due_on", "document", "clinic__slug"
    )
    for version in versions.iterator(chunk_size=CHUNK_SIZE):
        slug = version.clinic.slug
        notice = notice_served(
            version, urls=addresses.notice(slug), schema_url=addresses.schema, today=today
        )
        yield notice


def _download(request, lines: Iterator[str], *, content_type: str, filename: str):
    response = StreamingHttpResponse((line.encode() for line in lines), content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return _public(response)


@require_safe
@condition(etag_func=_exports_etag)
def notices_jsonl(request):
    """Every notice in force, one JSON document a line (JSON Lines), as its own address serves it."""
    addresses = _Addresses(request)
    lines = (
        json.dumps(notice, ensure_ascii=False, separators=(",", ":")) + "\n"
        for notice in _served_notices(addresses)
    )
    return _download(
        request, lines, content_type="application/jsonl; charset=utf-8", filename="notices.jsonl"
    )


class _Line:
    """A file-like object that gives back what the csv writer writes (one row at a time)."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(addresses: _Addresses) -> Iterator[str]:
    # RFC 4180: commas, CRLF, fields with a comma, a quote or a line break in double quotes.
    writer = csv.writer(_Line(), lineterminator="\r\n")
    # The byte order mark tells spreadsheets (Excel) the file is UTF-8: accents stay readable.
    yield "\ufeff" + writer.writerow(csv_header())
    for notice in _served_notices(addresses):
        notice["json"] = addresses.json(notice["id"])
        for row in csv_rows(notice):
            yield writer.writerow(row)


@require_safe
@condition(etag_func=_exports_etag)
def notices_csv(request):
    """One row per use of AI in a notice in force, with the clinic's and the tool's facts (CSV)."""
    return _download(
        request,
        _csv_lines(_Addresses(request)),
        content_type="text/csv; charset=utf-8; header=present",
        filename="notices.csv",
    )


# -- The feed --------------------------------------------------------------------------------


class _NoticeAtom(Atom1Feed):
    """Atom, each entry linking also to the notice in English and to its JSON."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for link in item.get("more_links", ()):
            handler.addQuickElement("link", "", link)


class NoticeVersionsFeed(Feed):
    """The newest versions of the notices in force, in French, newest first (Atom)."""

    feed_type = _NoticeAtom

    def __call__(self, request, *args, **kwargs):
        page_cache_tags(request, DIRECTORY)
        self.addresses = _Addresses(request)
        with translation.override("fr"):
            self.data_page = request.build_absolute_uri(reverse("open_data"))
            self.address = request.build_absolute_uri(reverse("notices_feed"))
            response = super().__call__(request, *args, **kwargs)
        return _public(response)

    def title(self):
        return gettext("Nouvelles versions des notices sur l’IA")

    def subtitle(self):
        return gettext(
            "Chaque fois qu’une structure de soins publie une nouvelle version de sa notice sur "
            "l’IA, elle apparaît ici."
        )

    def link(self):
        return self.data_page

    def feed_url(self):
        return self.address

    def author_name(self):
        return gettext("IA & soins")

    def items(self):
        return (
            NoticeVersion.objects.filter(clinic__live=True)
            .select_related("clinic")
            .annotate(notice_name=KT("document__name"))
            .only("number", "published_at", "clinic__slug")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, version):
        return gettext("%(name)s : version %(number)s de la notice") % {
            "name": version.notice_name,
            "number": version.number,
        }

    def item_description(self, version):
        date = timezone.localtime(version.published_at).date()
        return gettext(
            "%(name)s a publié la version %(number)s de sa notice sur l’IA le %(date)s."
        ) % {
            "name": version.notice_name,
            "number": version.number,
            "date": date.strftime("%d/%m/%Y"),
        }

    def item_link(self, version):
        return self.addresses.notice(version.clinic.slug).get("fr", self.data_page)

    def item_guid(self, version):
        notice = self.addresses.notice(version.clinic.slug).get("fr", self.data_page)
        return f"{notice}versions/{version.number}/"

    def item_pubdate(self, version):
        return version.published_at

    def item_updateddate(self, version):
        return version.published_at

    def item_extra_kwargs(self, version):
        slug = version.clinic.slug
        links = [
            {"rel": "alternate", "type": "application/json", "href": self.addresses.json(slug)}
        ]
        english = self.addresses.notice(slug).get("en")
        if english:
            links.append(
                {"rel": "alternate", "type": "text/html", "hreflang": "en", "href": english}
            )
        return {"more_links": links}


notices_feed = require_safe(NoticeVersionsFeed())


# -- The page that documents them --------------------------------------------------------------


@require_safe
def open_data_page(request):
    """What the open data hold, where, how fresh, and under which licence (a public page)."""
    page_cache_tags(request)
    context = {
        "columns": COLUMNS,
        "licence_url": LICENCE_URL,
        "page_size": PAGE_SIZE,
        "feed_size": FEED_SIZE,
        "addresses": {
            "list": reverse("notice_list"),
            "jsonl": reverse("notices_jsonl"),
            "csv": reverse("notices_csv"),
            "feed": reverse("notices_feed"),
            "schema": reverse("notice_schema"),
            "example": reverse("notice_json", args=["identifiant"]),
        },
    }
    return TemplateResponse(request, "notices/open_data.html", context)
