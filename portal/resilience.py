"""What a request does when the database is slow, hung or gone: it gives up in time.

A stopped PostgreSQL refuses connections at once, but a hung one (a paused server, a network that
drops packets) never answers, and a server-side `statement_timeout` cannot fire in a server that
does not run. So the database backend (`portal.postgresql`) gives every query of a request a
client-side deadline: `signal.setitimer` raises `DatabaseDeadlineExceeded` in the main thread
(gunicorn's sync workers serve each request there; psycopg's wait loop lets the exception through),
and the broken connection is closed. Health checks of kept connections get a short deadline of
their own, and new connections `connect_timeout`; after any of these, the process's requests skip
the database for HUNG_BREAKER_SECONDS. `content.errors.server_error` turns them into the designed
503 page.

Deadlines and the server-side timeouts apply only while `RequestDeadlineMiddleware` serves a
request: management commands (migrations, the purge, benchmarks) may run long statements.
"""

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import OperationalError

# How long a health check of a kept connection (SELECT 1) may take before the server counts as hung.
HEALTH_CHECK_SECONDS = 1.0
# The client-side deadline of a query goes this far beyond the server's statement_timeout, so that
# a server that runs cancels the query itself, with its own error.
DEADLINE_MARGIN_SECONDS = 0.5

# After the database failed to answer in time, a process's requests skip it this long instead of
# each waiting for it again: workers stay free for kept pages. A refused connection (a server that
# is stopped) costs nothing and trips nothing, so a restart is seen by the very next request.
HUNG_BREAKER_SECONDS = 2.0

_serving_request: ContextVar[bool] = ContextVar("serving_request", default=False)
_hung_until = {"monotonic": 0.0}


class DatabaseDeadlineExceeded(OperationalError):
    """The database did not answer in time: it is hung or unreachable. The connection is closed."""


def serving_request() -> bool:
    """Whether the current code runs inside a request served through RequestDeadlineMiddleware."""
    return _serving_request.get()


def database_hung_mark() -> None:
    """The database did not answer in time: requests of this process skip it for a moment."""
    _hung_until["monotonic"] = time.monotonic() + HUNG_BREAKER_SECONDS


def database_hung_forget() -> None:
    """Try the database again at the next request (tests)."""
    _hung_until["monotonic"] = 0.0


def database_hung_recently() -> bool:
    """Whether the database failed to answer in time less than HUNG_BREAKER_SECONDS ago."""
    return time.monotonic() < _hung_until["monotonic"]


@contextmanager
def deadline(seconds: float, *, what: str) -> Iterator[None]:
    """Raise DatabaseDeadlineExceeded in the code inside if it takes more than `seconds`.

    Armed only in the main thread, where signals are delivered, and only when no other timer is
    running; elsewhere (the test server's threads) the code runs without a deadline.
    """
    if (
        seconds <= 0
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL)[0] > 0
    ):
        yield
        return

    def expire(signum, frame):
        raise DatabaseDeadlineExceeded(f"The database did not answer {what} within {seconds:g} s.")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class RequestDeadlineMiddleware:
    """Marks the request being served, so that its database work gets deadlines and timeouts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reset = _serving_request.set(True)
        try:
            return self.get_response(request)
        finally:
            _serving_request.reset(reset)
