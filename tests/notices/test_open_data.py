"""Open data: the list of notices in force, the JSON Lines and CSV downloads, the Atom feed, and the
page that documents them."""

import csv
import datetime
import io
import json
import os
import xml.etree.ElementTree as ET

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.notices import open_data
from content.notices.document import current_versions
from content.notices.models import Clinic, NoticeVersion
from content.notices.open_data_columns import COLUMNS
from content.vocabulary import Country, RegulatoryStatus
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.helpers import json_url, notice_url, page_text
from tests.notices.test_api import schema_errors
from tests.queries import page_cache_forget, queries_for

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def kept_downloads(settings, tmp_path):
    """The downloads kept by this test only (the rows of another test were rolled back)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT / open_data.KEPT_FOLDER


def live_slugs() -> list[str]:
    return sorted(
        Clinic.objects.filter(live=True, versions__isnull=False)
        .values_list("slug", flat=True)
        .distinct()
    )


def download(client, url: str, **headers):
    response = client.get(url, **headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def csv_of(client) -> tuple[bytes, list[dict[str, str]]]:
    response, body = download(client, "/api/notices.csv")
    assert response.status_code == 200
    return body, list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def review_passed(clinic: Clinic) -> None:
    """The clinic's notice in force should have been reviewed yesterday."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    NoticeVersion.objects.filter(clinic=clinic).update(review_due_on=yesterday)


# The list


def test_list_names_every_notice_in_force_with_its_version_dates_and_addresses(client):
    clinic = published_clinic(name="Cabinet de la Liste")

    response = client.get("/api/notices/")

    assert response.status_code == 200
    listing = response.json()
    assert listing["count"] == len(live_slugs())
    assert sorted(item["id"] for item in listing["results"]) == live_slugs()
    item = next(item for item in listing["results"] if item["id"] == clinic.slug)
    version = NoticeVersion.objects.get(clinic=clinic)
    assert item == {
        "id": clinic.slug,
        "name": "Cabinet de la Liste",
        "version": 1,
        "published_at": version.published_at.isoformat(),
        "review_due_on": version.review_due_on.isoformat(),
        "review_state": "current",
        "json": f"http://testserver{json_url(clinic)}",
        "urls": {
            "fr": f"http://testserver{notice_url(clinic, 'fr')}",
            "en": f"http://testserver{notice_url(clinic, 'en')}",
        },
    }
    assert listing["downloads"] == {
        "jsonl": "http://testserver/api/notices.jsonl",
        "csv": "http://testserver/api/notices.csv",
        "feed": "http://testserver/api/notices/feed.atom",
    }
    assert response["Access-Control-Allow-Origin"] == "*"


def test_list_shows_only_the_newest_version_and_no_unpublished_clinic(client):
    clinic = published_clinic()
    clinic.save_revision().publish()
    withdrawn = published_clinic()
    withdrawn.unpublish()

    results = client.get("/api/notices/").json()["results"]

    assert [item["version"] for item in results if item["id"] == clinic.slug] == [2]
    assert withdrawn.slug not in [item["id"] for item in results]


def test_list_says_to_review_once_the_review_date_has_passed(client):
    clinic = published_clinic()
    review_passed(clinic)

    item = next(i for i in client.get("/api/notices/").json()["results"] if i["id"] == clinic.slug)

    assert item["review_state"] == "to_review"
    assert item["review_due_on"] == (timezone.localdate() - datetime.timedelta(days=1)).isoformat()


def test_list_is_paginated_with_absolute_links_to_the_next_and_previous_pages(client, monkeypatch):
    monkeypatch.setattr(open_data, "PAGE_SIZE", 2)
    slugs = live_slugs()

    first = client.get("/api/notices/").json()
    second = client.get(first["next"]).json()
    missing = client.get(f"/api/notices/?page={first['pages'] + 1}")

    assert first["pages"] == -(-len(slugs) // 2)
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/notices/?page=2"
    assert [item["id"] for item in first["results"]] == slugs[:2]
    assert [item["id"] for item in second["results"]] == slugs[2:4]
    assert second["previous"] == "http://testserver/api/notices/?page=1"
    assert missing.status_code == 400
    assert missing.json() == {"error": "invalid_page", "pages": first["pages"]}
    assert client.get("/api/notices/?page=deux").status_code == 400


def test_list_costs_the_same_queries_whatever_the_number_of_clinics(client):
    before = queries_for(client, "/api/notices/")
    for _ in range(4):
        published_clinic(uses=2)

    assert queries_for(client, "/api/notices/") == before <= 3


def test_list_is_kept_and_fresh_after_a_publication(client, django_capture_on_commit_callbacks):
    first = client.get("/api/notices/")
    kept = client.get("/api/notices/")
    with django_capture_on_commit_callbacks(execute=True):
        clinic = published_clinic()
    after = client.get("/api/notices/")

    assert first["X-Page-Cache"] == "miss" and kept["X-Page-Cache"] == "hit"
    assert clinic.slug in [item["id"] for item in after.json()["results"]]


# The JSON of one notice holds its review date and state


def test_notice_json_holds_its_review_date_and_state_and_follows_the_schema(client):
    clinic = published_clinic()
    version = NoticeVersion.objects.get(clinic=clinic)

    current = client.get(json_url(clinic)).json()
    review_passed(clinic)
    page_cache_forget(json_url(clinic))
    late = client.get(json_url(clinic)).json()

    assert version.document["version"]["review_due_on"] == version.review_due_on.isoformat()
    assert current["version"]["review_due_on"] == version.review_due_on.isoformat()
    assert current["version"]["review_state"] == "current"
    assert late["version"]["review_state"] == "to_review"
    assert schema_errors(current) == [] and schema_errors(late) == []


# The downloads


def test_jsonl_holds_every_notice_in_force_as_its_own_address_serves_it(client):
    response, body = download(client, "/api/notices.jsonl")

    lines = body.decode().splitlines()
    notices = [json.loads(line) for line in lines]

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/jsonl")
    assert response.streaming
    assert sorted(notice["id"] for notice in notices) == live_slugs()
    for notice in notices:
        assert notice == client.get(f"/api/notices/{notice['id']}.json").json()
        assert schema_errors(notice) == []


def test_csv_has_one_row_per_use_with_the_clinic_and_catalogue_facts(client):
    system = AISystemFactory(
        name="Radiolecteur",
        vendor="Imagerie SA",
        regulatory_status=RegulatoryStatus.CE_IIA,
        notified_body="Organisme 0123",
        hosting_country=Country.US,
        processing_country=Country.US,
        outside_eea_access=[Country.US],
        data_leave_eea=True,
        hds_certified=False,
    )
    clinic = ClinicFactory(name="Centre d’imagerie du Port")
    AIUseFactory(
        clinic=clinic,
        ai_system=system,
        care_step="diagnosis",
        data_transfer_fr="Vers les États-Unis, sous clauses types.",
    )
    AIUseFactory(clinic=clinic)
    clinic.save_revision().publish()

    body, rows = csv_of(client)

    assert body.startswith("\ufeff".encode())
    assert list(rows[0]) == [column.name for column in COLUMNS]
    uses = sum(len(version.document["uses"]) for version in current_versions())
    assert len(rows) == uses
    mine = [row for row in rows if row["clinic_id"] == clinic.slug]
    assert len(mine) == 2
    row = next(row for row in mine if row["system_key"] == system.key)
    assert row["clinic_name"] == "Centre d’imagerie du Port"
    assert row["notice_version"] == "1"
    assert row["review_state"] == "current"
    assert row["notice_url_fr"] == f"http://testserver{notice_url(clinic, 'fr')}"
    assert row["notice_json"] == f"http://testserver{json_url(clinic)}"
    assert {
        key: row[key]
        for key in (
            "system_name",
            "vendor",
            "regulatory_status",
            "notified_body",
            "hosting_country",
            "processing_country",
            "outside_eea_access",
            "data_leave_eea",
            "hds_certified",
            "care_step",
            "answers_if_wrong",
        )
    } == {
        "system_name": "Radiolecteur",
        "vendor": "Imagerie SA",
        "regulatory_status": "ce_iia",
        "notified_body": "Organisme 0123",
        "hosting_country": "US",
        "processing_country": "US",
        "outside_eea_access": "US",
        "data_leave_eea": "true",
        "hds_certified": "false",
        "care_step": "diagnosis",
        "answers_if_wrong": "true",
    }


def test_csv_quotes_as_rfc_4180_says_and_keeps_formulas_out_of_spreadsheets(client):
    clinic = ClinicFactory(name='Maison de santé "Les Pins", Nord')
    AIUseFactory(clinic=clinic, label_fr='=HYPERLINK("http://piege.example")')
    clinic.save_revision().publish()

    body, rows = csv_of(client)

    row = next(row for row in rows if row["clinic_id"] == clinic.slug)
    assert row["clinic_name"] == 'Maison de santé "Les Pins", Nord'
    assert b'"Maison de sant\xc3\xa9 ""Les Pins"", Nord"' in body
    assert row["use_label"] == '\'=HYPERLINK("http://piege.example")'
    assert body.count(b"\r\n") == len(rows) + 1


def test_downloads_cost_the_same_queries_whatever_the_number_of_clinics(client):
    def queries(url):
        download(client, url)
        with CaptureQueriesContext(connection) as captured:
            download(client, url)
        return len(captured)

    before = {url: queries(url) for url in ("/api/notices.jsonl", "/api/notices.csv")}
    for _ in range(3):
        published_clinic(uses=2)

    assert {url: queries(url) for url in before} == before


@pytest.mark.parametrize("url", ["/api/notices.jsonl", "/api/notices.csv"])
def test_a_download_is_not_sent_again_until_a_publication_changes_it(
    client, url, django_capture_on_commit_callbacks
):
    first, _body = download(client, url)
    unchanged, unchanged_body = download(client, url, HTTP_IF_NONE_MATCH=first["ETag"])
    with django_capture_on_commit_callbacks(execute=True):
        clinic = published_clinic()
    changed, changed_body = download(client, url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert "public" in first["Cache-Control"]
    assert unchanged.status_code == 304 and unchanged_body == b""
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert clinic.slug.encode() in changed_body


@pytest.mark.parametrize("url", ["/api/notices.jsonl", "/api/notices.csv"])
def test_a_download_is_built_once_then_served_as_kept_for_one_query_until_a_publication(
    client, url, kept_downloads, django_capture_on_commit_callbacks
):
    first, first_body = download(client, url)
    with CaptureQueriesContext(connection) as captured:
        second, second_body = download(client, url)
    # Read now: the next request empties the log of queries.
    queries = [query["sql"] for query in captured]
    kept = sorted(path.name for path in kept_downloads.iterdir())
    with django_capture_on_commit_callbacks(execute=True):
        clinic = published_clinic()
    third, third_body = download(client, url)

    # The second reader gets the kept copy, for the one query that tells whether it is current.
    assert len(queries) == 1, queries
    assert second_body == first_body and second["ETag"] == first["ETag"]
    assert int(second["Content-Length"]) == len(first_body)
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Disposition"] == first["Content-Disposition"]
    assert "public" in second["Cache-Control"]
    assert len(kept) == 1
    # A publication makes a new download, which replaces the kept one.
    assert third["ETag"] != first["ETag"]
    assert clinic.slug.encode() in third_body and clinic.slug.encode() not in first_body
    assert [path.name for path in kept_downloads.iterdir()] != kept
    assert len(list(kept_downloads.iterdir())) == 1
    assert download(client, url)[1] == third_body


def test_building_a_download_deletes_copies_kept_for_other_addresses_a_day_ago(
    client, kept_downloads
):
    kept_downloads.mkdir(parents=True)
    old, recent = kept_downloads / "notices-old-host.csv", kept_downloads / "notices-other-host.csv"
    old.write_bytes(b"old")
    recent.write_bytes(b"recent")
    two_days_ago = (timezone.now() - datetime.timedelta(days=2)).timestamp()
    os.utime(old, (two_days_ago, two_days_ago))

    download(client, "/api/notices.csv")

    assert not old.exists() and recent.exists()
    assert len(list(kept_downloads.iterdir())) == 2


def test_a_download_left_halfway_is_not_kept(client, kept_downloads, monkeypatch):
    monkeypatch.setattr(open_data, "SEND_BYTES", 1)
    # The view itself: closing a response of the test client halfway closes the test’s connection.
    response = open_data.notices_csv(RequestFactory().get("/api/notices.csv"))
    pieces = iter(response.streaming_content)
    next(pieces)
    # What a server does when the reader leaves; the test's own database connection stays open.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)

    assert not kept_downloads.exists() or not list(kept_downloads.iterdir())
    # The next reader gets the whole file, built again.
    _response, body = download(client, "/api/notices.csv")
    assert body.count(b"\r\n") > 1
    assert len(list(kept_downloads.iterdir())) == 1


@pytest.mark.parametrize("url", ["/api/notices.jsonl", "/api/notices.csv"])
def test_a_withdrawn_notice_leaves_the_downloads(client, url, django_capture_on_commit_callbacks):
    clinic = published_clinic()
    first, _body = download(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        clinic.unpublish()
    after, body = download(client, url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert after.status_code == 200
    assert clinic.slug.encode() not in body


# The feed


def feed_entries(client) -> tuple[ET.Element, list[ET.Element]]:
    response = client.get("/api/notices/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


def test_feed_announces_a_new_version_first_with_links_to_its_notice_and_json(client):
    clinic = published_clinic(name="Cabinet du Fil")
    clinic.save_revision().publish()

    feed, entries = feed_entries(client)

    newest = entries[0]
    assert newest.findtext(f"{ATOM}title") == "Cabinet du Fil\u00a0: version 2 de la notice"
    links = {
        (link.get("type"), link.get("hreflang")): link.get("href")
        for link in newest.findall(f"{ATOM}link")
    }
    assert links == {
        (None, None): f"http://testserver{notice_url(clinic, 'fr')}",
        ("text/html", "en"): f"http://testserver{notice_url(clinic, 'en')}",
        ("application/json", None): f"http://testserver{json_url(clinic)}",
    }
    assert newest.findtext(f"{ATOM}id") == f"http://testserver{notice_url(clinic, 'fr')}versions/2/"
    assert newest.findtext(f"{ATOM}updated")
    assert "Cabinet du Fil\u00a0: version 1 de la notice" in [
        e.findtext(f"{ATOM}title") for e in entries
    ]
    assert feed.find(f"{ATOM}author/{ATOM}name").text


def test_feed_holds_the_fifty_newest_versions_of_notices_in_force(client):
    withdrawn = published_clinic(name="Cabinet Retiré")
    withdrawn.unpublish()
    for _ in range(
        open_data.FEED_SIZE - NoticeVersion.objects.filter(clinic__live=True).count() + 2
    ):
        published_clinic()

    _feed, entries = feed_entries(client)

    dates = [entry.findtext(f"{ATOM}updated") for entry in entries]
    assert len(entries) == open_data.FEED_SIZE
    assert dates == sorted(dates, reverse=True)
    assert not any("Cabinet Retiré" in entry.findtext(f"{ATOM}title") for entry in entries)


# The page


@pytest.mark.parametrize("language", ["fr", "en"])
def test_open_data_page_documents_each_file_the_csv_columns_and_the_licence(client, language):
    url = {"fr": "/fr/donnees/", "en": "/en/data/"}[language]

    response = client.get(url)
    text = page_text(response)

    assert response.status_code == 200
    for address in (
        "/api/notices/",
        "/api/notices.jsonl",
        "/api/notices.csv",
        "/api/notices/feed.atom",
        "/api/notices/schema.json",
    ):
        assert f'href="{address}"' in text
    for column in COLUMNS:
        assert f"<code>{column.name}</code>" in text
    assert f'href="{open_data.LICENCE_URL}"' in text
    assert "Licence Ouverte 2.0 (Etalab)" in text
    assert '<link rel="alternate" type="application/atom+xml"' in text
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_every_page_links_to_the_open_data_from_its_footer(client):
    assert 'href="/fr/donnees/"' in page_text(client.get("/fr/"))
    assert 'href="/en/data/"' in page_text(client.get("/en/"))
