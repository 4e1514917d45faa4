"""Print what a clinic's notice costs to serve, for 1, 20 and 100 uses: time, queries, size, memory.

Run with `make bench` (SQLite in memory, or PostgreSQL when DATABASE_URL points to it). Each request
is rendered: the page cache forgets the page before it (the site's frame stays kept, as a running
server keeps it). Figures, not assertions: a slow machine prints slower figures and fails nothing.
"""

import os
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
from django.test.utils import setup_test_environment  # noqa: E402

from benchmarks.rendering import measure_rendered  # noqa: E402
from content.demo.loader import demo_load  # noqa: E402
from content.notices.pages import ClinicDirectoryPage  # noqa: E402
from tests.factories import published_clinic  # noqa: E402

ROUNDS = 15


def main() -> None:
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        demo_load()
        directory = ClinicDirectoryPage.objects.get(locale__language_code="fr")
        client = Client()
        print(
            f"database: {connection.vendor}; median of {ROUNDS} rendered requests after one warm-up"
        )
        print(f"{'uses':>5} {'what':<22} {'ms':>8} {'queries':>8} {'kB':>8}")
        for uses in (1, 20, 100):
            start = time.perf_counter()
            clinic = published_clinic(uses=uses)
            publish_ms = (time.perf_counter() - start) * 1000
            print(f"{uses:>5} {'build and publish':<22} {publish_ms:>8.0f}")
            notice = directory.url + clinic.slug + "/"
            for what, url in (
                ("notice page", notice),
                ("print view", notice + "print/"),
                ("JSON", f"/api/notices/{clinic.slug}.json"),
            ):
                ms, queries, size = measure_rendered(client, url, ROUNDS)
                print(f"{uses:>5} {what:<22} {ms:>8.1f} {queries:>8} {size / 1024:>8.1f}")
            cache.clear()
            tracemalloc.start()
            start = time.perf_counter()
            response = client.get(notice + "poster/")
            poster_ms = (time.perf_counter() - start) * 1000
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(
                f"{uses:>5} {'poster, first render':<22} {poster_ms:>8.0f} {'':>8} "
                f"{len(response.content) / 1024:>8.1f}  (Python memory peak {peak / 2**20:.1f} MiB)"
            )
            ms, _, _ = measure_rendered(client, notice + "poster/", 5)
            print(f"{uses:>5} {'poster, PDF kept':<22} {ms:>8.1f}")
        ms, queries, _ = measure_rendered(client, directory.url + "?q=vendome", ROUNDS)
        print(f"{'':>5} {'directory search':<22} {ms:>8.1f} {queries:>8}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
