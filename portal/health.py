"""Probes for whatever runs the portal: /health/live (the process answers) and /health/ready (it can
serve: database, cache, no unapplied migration).

They are answered by a middleware near the top, after Django's security middleware, so a probe
costs no session, language, page cache or host check: an orchestrator calls the process by its
address (Host: 10.0.0.7), which ALLOWED_HOSTS rightly refuses for pages. Bodies say only which
service fails, never a version, host name or error text; the errors go to the log.
"""

import dataclasses
import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers
from health_check.base import HealthCheck
from health_check.checks import Database
from health_check.exceptions import HealthCheckException, ServiceUnavailable

logger = logging.getLogger(__name__)

# How long the database may take to answer the ready probe's SELECT 1.
DATABASE_CHECK_SECONDS = 0.8
LIVE_PATH = "/health/live"
READY_PATH = "/health/ready"
# The positive answer of the migrations check is kept this long in each process: loading the
# migration graph costs more than the other checks together, and migrations are applied once.
MIGRATIONS_RECHECK_SECONDS = 60
_migrations_applied_at: float | None = None


# The database check's own thread: a hung server holds it until DATABASE_CONNECT_TIMEOUT, never
# more than this one thread, while the probes meanwhile answer in DATABASE_CHECK_SECONDS.
_database_prober = ThreadPoolExecutor(max_workers=1, thread_name_prefix="health-database")


@dataclasses.dataclass
class DatabaseInTime(HealthCheck):
    """health_check's Database check (a SELECT 1, which writes nothing) within DATABASE_CHECK_SECONDS.

    It runs in a thread of its own, on a connection of its own that it closes, so that a hung server
    (it takes the connection and never answers) is reported within a second, where connect_timeout
    would take DATABASE_CONNECT_TIMEOUT (libpq waits 2 s at the least). A thread and not a signal:
    an alarm could interrupt the request's own code anywhere, a lock held.
    """

    alias: str = "default"

    def run(self) -> None:
        answer = _database_prober.submit(self._select_one)
        try:
            answer.result(timeout=DATABASE_CHECK_SECONDS)
        except FutureTimeout as error:
            answer.cancel()  # if still queued behind a check that hangs
            raise ServiceUnavailable("no answer in time") from error

    def _select_one(self) -> None:
        try:
            Database(alias=self.alias).run()
        finally:
            connections[self.alias].close()


@dataclasses.dataclass
class CacheRoundTrip(HealthCheck):
    """The cache keeps a value and gives it back; on Redis, Redis itself answers.

    portal.cache's Redis backend turns errors into misses, or serves from the process's memory
    meanwhile: so Redis is asked directly (PING), and the value is compared, not only the errors.
    """

    alias: str = "default"

    def run(self) -> None:
        key = f"health:{uuid.uuid4().hex}"
        cache = caches[self.alias]
        try:
            if isinstance(cache, RedisCache):
                # Django's client for this cache, with its timeouts, under any wrapper of ours.
                cache._cache.get_client(write=True).ping()
            cache.set(key, key, 30)
            kept = cache.get(key)
            cache.delete(key)
        except Exception as error:
            raise ServiceUnavailable("cache error") from error
        if kept != key:
            raise ServiceUnavailable("the cache did not keep a value")


@dataclasses.dataclass
class Migrations(HealthCheck):
    """Every migration of this code is applied to the database (MigrationExecutor's plan is empty)."""

    alias: str = "default"

    def run(self) -> None:
        global _migrations_applied_at
        now = time.monotonic()
        if _migrations_applied_at and now - _migrations_applied_at < MIGRATIONS_RECHECK_SECONDS:
            return
        executor = MigrationExecutor(connections[self.alias])
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise ServiceUnavailable("unapplied migrations")
        _migrations_applied_at = now


def migrations_memo_clear() -> None:
    """Forget that migrations were found applied: the next ready probe looks again."""
    global _migrations_applied_at
    _migrations_applied_at = None


# In this order: without a database, the migrations cannot be read and are not checked.
READY_CHECKS: dict[str, HealthCheck] = {
    "database": DatabaseInTime(),
    "cache": CacheRoundTrip(),
    "migrations": Migrations(),
}


def ready_failing() -> list[str]:
    """The names of the services that fail their check, in READY_CHECKS order; empty when ready."""
    failing = []
    for name, check in READY_CHECKS.items():
        if name == "migrations" and "database" in failing:
            continue
        try:
            check.run()
        except HealthCheckException as error:
            logger.warning("Health check %s failed: %s", name, error.__cause__ or error.message)
            failing.append(name)
        except Exception:
            logger.warning("Health check %s failed.", name, exc_info=True)
            failing.append(name)
    return failing


def _answer(failing: list[str]) -> HttpResponse:
    if failing:
        response = JsonResponse({"status": "unavailable", "failing": failing}, status=503)
    else:
        response = JsonResponse({"status": "ok"})
    add_never_cache_headers(response)
    return response


def live(request: HttpRequest) -> HttpResponse:
    """200 as long as the process answers requests; it checks nothing else."""
    return _answer([])


def ready(request: HttpRequest) -> HttpResponse:
    """200 when the database, the cache and the migrations are ready, else 503 naming what fails."""
    return _answer(ready_failing())


PROBES = {LIVE_PATH: live, f"{LIVE_PATH}/": live, READY_PATH: ready, f"{READY_PATH}/": ready}


def probe_for(path: str):
    """The probe view for this path (with or without a final slash), or None."""
    return PROBES.get(path)


class HealthProbeMiddleware:
    """Answer /health/live and /health/ready before anything that needs a session or a host name."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        probe = probe_for(request.path_info)
        if probe is None:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return probe(request)
