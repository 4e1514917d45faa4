"""The notices as open data: the list of notices in force, two downloads, a feed, and their page.

- `/api/notices/`: every notice in force, 100 a page, with its version, dates and addresses;
- `/api/notices.jsonl`: every notice in force, one JSON document a line, as `/api/notices/<id>.json`;
- `/api/notices.csv`: one row per use of AI, with the facts of the clinic and of the tool;
- `/api/notices/feed.atom`: the 50 newest versions;
- `/fr/donnees/`, `/en/data/`: what each holds, and the licence (Licence Ouverte 2.0).

The list, the feed and the page are kept by the page cache, made stale by any publication or
withdrawal (the "directory" tag); what holds a review state is kept until midnight at most.

Each download has an ETag that changes with any publication, withdrawal, the day and the site's
addresses (one aggregate query). Each is built once per ETag: written as it is sent, a few
notices at a time, so that no process holds it whole, and kept as a file in the default storage
(`open-data/`, `KEPT_FOLDER`) once the whole of it has been sent; until the ETag changes, it is
served from there (`FileResponse`) for the cost of that one query, and a reader with the ETag
gets 304. A file, not the cache: for tens of thousands of clinics the CSV weighs tens of
megabytes, too much for a Redis value or a process's memory. Building a newer copy deletes the
older ones of the same download and addresses.
"""

import csv
import datetime
import hashlib
import json
import logging
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

from django.core.files import File
from django.core.files.storage import default_storage
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Max, Sum
from django.db.models.fields.json import KT
from django.http import FileResponse, JsonResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, quote_etag
from django.utils.functional import lazy
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from content.page_cache import (
    DIRECTORY,
    page_cache_keep_at_most,
    page_cache_tags,
    public_cache_control,
)

from .document import current_versions, notice_review_state, notice_served, review_state_seconds
from .links import directory_urls
from .open_data_columns import COLUMNS, csv_header, csv_rows

logger = logging.getLogger(__name__)

PAGE_SIZE = 100
# Notices read from the database at a time while a download is written.
CHUNK_SIZE = 200
FEED_SIZE = 50
# Changes with the form of the downloads, so that no copy of an older form is kept.
EXPORTS_FORM = "2"
# Where the downloads are kept, in the default storage (`_kept_download`).
KEPT_FOLDER = "open-data"
# A download is sent in pieces of about this many bytes.
SEND_BYTES = 64 * 1024
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


def _exports_keys(request) -> tuple[str, str]:
    """Where the download is served (its form, address and the site's addresses) and what it
    holds (the notices in force and the day), each as a short hash; the ETag is both together.

    What it holds takes one query. Version numbers only grow and every publication makes a new
    version: between two publications, only withdrawals change the set, and they lower the count.
    """
    found = (
        current_versions()
        .order_by()
        .aggregate(count=Count("pk"), newest=Max("pk"), total=Sum("pk"), latest=Max("published_at"))
    )
    addresses = _Addresses(request)
    where = [EXPORTS_FORM, request.path, sorted(addresses.directories.items()), addresses.schema]
    what = [
        found["count"],
        found["newest"],
        found["total"],
        found["latest"],
        timezone.localdate().isoformat(),
    ]

    def short_hash(parts) -> str:
        return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:16]

    return short_hash(where), short_hash(what)


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


def _kept_name(stem: str, where: str, what: str) -> str:
    return f"{KEPT_FOLDER}/{stem}-{where}-{what}"


def _keep(copy, name: str, older_prefix: str) -> None:
    """Store the whole download under `name`, then delete the older copies: those of the same
    download and addresses (same prefix), and any other more than a day old (a host or an
    address no longer asked for)."""
    try:
        if not default_storage.exists(name):
            stored = default_storage.save(name, File(copy, name=name))
            if stored != name:
                # Another process stored the same download at the same moment: one is enough.
                default_storage.delete(stored)
        try:
            _folders, files = default_storage.listdir(KEPT_FOLDER)
        except FileNotFoundError:
            files = []
        day_ago = timezone.now() - datetime.timedelta(days=1)
        for file in files:
            older = f"{KEPT_FOLDER}/{file}"
            if older == name:
                continue
            if older.startswith(older_prefix) or default_storage.get_modified_time(older) < day_ago:
                default_storage.delete(older)
    except Exception:
        # Sent all the same; the next request builds it again.
        logger.warning("The open data download %s could not be kept.", name, exc_info=True)


def _sent_and_kept(lines: Iterator[str], name: str, older_prefix: str) -> Iterator[bytes]:
    """The download's bytes, in pieces, written to a temporary file as they are sent.

    Kept only once the last piece is sent: a reader who leaves halfway closes this generator,
    and the incomplete copy is dropped with its temporary file.
    """
    with tempfile.TemporaryFile() as copy:
        piece, size = [], 0
        for line in lines:
            data = line.encode()
            piece.append(data)
            size += len(data)
            if size >= SEND_BYTES:
                sent = b"".join(piece)
                copy.write(sent)
                piece, size = [], 0
                yield sent
        if piece:
            sent = b"".join(piece)
            copy.write(sent)
            yield sent
        copy.flush()
        copy.seek(0)
        _keep(copy, name, older_prefix)


def _kept_download(
    request,
    lines: Callable[[_Addresses], Iterator[str]],
    *,
    content_type: str,
    filename: str,
):
    """The download as kept for the current ETag, built (and kept) only when missing.

    304 to a reader who holds the current ETag. Otherwise the kept file, or, when there is none
    yet, the download written as it is sent and kept once complete.
    """
    where, what = _exports_keys(request)
    etag = quote_etag(where + what)
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return not_modified
    stem, extension = filename.rsplit(".", 1)
    name = _kept_name(stem, where, what) + "." + extension
    response = None
    try:
        if default_storage.exists(name):
            response = FileResponse(
                default_storage.open(name, "rb"), content_type=content_type, filename=filename
            )
    except FileNotFoundError:
        # Deleted since it was seen, by a process keeping a newer copy.
        response = None
    if response is None:
        content = _sent_and_kept(lines(_Addresses(request)), name, _kept_name(stem, where, ""))
        response = StreamingHttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    return _public(response)


def _jsonl_lines(addresses: _Addresses) -> Iterator[str]:
    for notice in _served_notices(addresses):
        yield json.dumps(notice, ensure_ascii=False, separators=(",", ":")) + "\n"


@require_safe
def notices_jsonl(request):
    """Every notice in force, one JSON document a line (JSON Lines), as its own address serves it."""
    return _kept_download(
        request,
        _jsonl_lines,
        content_type="application/jsonl; charset=utf-8",
        filename="notices.jsonl",
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
def notices_csv(request):
    """One row per use of AI in a notice in force, with the clinic's and the tool's facts (CSV)."""
    return _kept_download(
        request,
        _csv_lines,
        content_type="text/csv; charset=utf-8; header=present",
        filename="notices.csv",
    )


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
