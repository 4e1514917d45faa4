"""What one address costs to render: the page cache forgets it before each request.

Imported by the benchmarks once Django is set up.
"""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.queries import page_cache_forget


def measure_rendered(client: Client, url: str, rounds: int) -> tuple[float, int, int]:
    """Median milliseconds, queries of one request, and bytes of the response, each rendered.

    A first request fills the site memo, as a running server has it filled.
    """
    client.get(url)
    timings = []
    for _ in range(rounds):
        page_cache_forget(url)
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    page_cache_forget(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return statistics.median(timings), len(queries), len(response.content)
