"""Print what the visit layer costs: a card's page, its PDF and an API call for 1 and 10 tools,
then the counts over 20,000 cards.

Run with `make bench` (SQLite in memory, or PostgreSQL when DATABASE_URL points to it). Figures,
not assertions: a slow machine prints slower figures and fails nothing.
"""

import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from benchmarks.rendering import measure_rendered  # noqa: E402
from content.demo.loader import demo_load  # noqa: E402
from content.visits.cards import VisitInput, visit_card_issue  # noqa: E402
from content.visits.codes import new_code  # noqa: E402
from content.visits.counts import clinic_visit_counts, visit_counts_across_clinics  # noqa: E402
from content.visits.models import VisitCard, VisitCardUse  # noqa: E402
from content.visits.tokens import api_token_create  # noqa: E402
from tests.factories import published_clinic  # noqa: E402

ROUNDS = 15
CARDS = 20_000


def _api_call(client: Client, raw: str, uses: list[str]) -> tuple[float, int]:
    body = json.dumps({"uses": uses, "checker": {"name": "Dr Martin", "role": "gp"}})
    cache.clear()  # the per-token limit: 60 calls a minute
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = client.post(
            "/api/visits/",
            body,
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {raw}",
        )
        elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 201, response.content
    return elapsed, len(queries)


def _cards_planted(clinic, uses: list[dict]) -> None:
    """CARDS cards of one tool each, issued over the last 12 months, written in bulk."""
    now = timezone.now()
    version = clinic.versions.order_by("-number")[0]
    cards = [
        VisitCard(
            code=new_code(),
            clinic=clinic,
            version=version,
            visit_date=timezone.localdate(),
            language="fr",
            issued_at=now - timezone.timedelta(hours=index % (365 * 24)),
            channel=VisitCard.Channel.API,
        )
        for index in range(CARDS)
    ]
    VisitCard.objects.bulk_create(cards, batch_size=2000)
    VisitCardUse.objects.bulk_create(
        (
            VisitCardUse(
                card=card,
                position=1,
                use_key=uses[index % len(uses)]["id"],
                system_key=uses[index % len(uses)]["system"]["key"],
                care_step=uses[index % len(uses)]["care_step"]["code"],
            )
            for index, card in enumerate(VisitCard.objects.filter(clinic=clinic).only("pk"))
        ),
        batch_size=2000,
    )


def _timed(function, rounds: int = 5) -> tuple[float, int]:
    timings = []
    for _ in range(rounds):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            function()
            timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), len(queries)


def main() -> None:
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        demo_load()
        client = Client()
        print(f"database: {connection.vendor}; visit cards, median of {ROUNDS} rendered requests")
        print(f"{'tools':>5} {'what':<24} {'ms':>8} {'queries':>8} {'kB':>8}")
        for tools in (1, 10):
            clinic = published_clinic(uses=tools)
            uses = clinic.versions.order_by("-number")[0].document["uses"]
            asked = VisitInput(
                use_keys=[use["id"] for use in uses],
                visit_date=timezone.localdate(),
                language="fr",
                checker_name="Dr Martin",
                checker_role="gp",
            )
            card = visit_card_issue(clinic=clinic, asked=asked, channel="workspace")
            for what, url in (
                ("card page", f"/fr/v/{card.code}/"),
                ("QR code (SVG)", f"/fr/v/{card.code}/qr.svg"),
            ):
                ms, queries, size = measure_rendered(client, url, ROUNDS)
                print(f"{tools:>5} {what:<24} {ms:>8.1f} {queries:>8} {size / 1024:>8.1f}")
            cache.clear()
            tracemalloc.start()
            start = time.perf_counter()
            response = client.get(f"/fr/v/{card.code}/card.pdf")
            pdf_ms = (time.perf_counter() - start) * 1000
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(
                f"{tools:>5} {'A6 card, first render':<24} {pdf_ms:>8.0f} {'':>8} "
                f"{len(response.content) / 1024:>8.1f}  (Python memory peak {peak / 2**20:.1f} MiB)"
            )
            _token, raw = api_token_create(clinic=clinic, name="Banc d’essai", user=None)
            calls = [_api_call(client, raw, asked.use_keys) for _ in range(5)]
            ms = statistics.median(call[0] for call in calls)
            print(f"{tools:>5} {'POST /api/visits/':<24} {ms:>8.1f} {calls[-1][1]:>8}")
        clinic = published_clinic(uses=3)
        uses = clinic.versions.order_by("-number")[0].document["uses"]
        start = time.perf_counter()
        _cards_planted(clinic, uses)
        print(f"{CARDS:,} cards written in bulk in {time.perf_counter() - start:.1f} s")
        ms, queries = _timed(lambda: clinic_visit_counts(clinic))
        print(f"{'':>5} {'counts, one clinic':<24} {ms:>8.1f} {queries:>8}")
        ms, queries = _timed(lambda: visit_counts_across_clinics())
        print(f"{'':>5} {'counts, every clinic':<24} {ms:>8.1f} {queries:>8}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
