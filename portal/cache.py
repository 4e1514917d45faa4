"""Django's Redis cache, made to fail soft: a Redis that is down or slow is a miss, never an error.

Every operation that cannot reach Redis answers as an empty cache would (get → the default, set and
delete do nothing, add → False). Sockets time out after a quarter of a second, and after a failure
Redis is left alone for `BREAKER_SECONDS` (a circuit breaker shared by every alias of one Redis in
the process), so that an outage costs one timeout every few seconds, not one per request. One
warning a minute per process says the cache is unavailable.

A write that Redis missed could leave a stale entry behind (a page kept under a tag token that
should have changed), so with `FORGET_AFTER_LOST_WRITES` (the page cache) the first process to
reach Redis again after losing a write forgets every entry of its alias before anything is read.

With `LOCAL_FALLBACK` (the "default" alias: sign-in and message limits in `content.throttle`,
Wagtail's site lookup) the operations go meanwhile to a cache in the process's memory: limits still
hold, per process instead of across them. The page cache has no fallback: a page kept in one
process could not be made stale by a change seen in another, so pages are rendered afresh.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
SOCKET_TIMEOUT_SECONDS = 0.25
BREAKER_SECONDS = 5.0
WARNING_EVERY_SECONDS = 60.0
WRITES = {"add", "set", "touch", "delete", "incr", "set_many", "delete_many", "clear"}

# Per Redis location, for the whole process: Django gives each thread its own backend instance.
_state_lock = threading.Lock()
_down_until: dict[str, float] = {}
_warned_at: dict[str, float] = {}
# Namespaces (location and key prefix) whose writes Redis missed since it was last reached.
_lost_writes: set[str] = set()


def _location_down(location: str, error: Exception, *, breaker_seconds: float) -> None:
    now = time.monotonic()
    with _state_lock:
        _down_until[location] = now + breaker_seconds
        warn = now - _warned_at.get(location, -WARNING_EVERY_SECONDS) >= WARNING_EVERY_SECONDS
        if warn:
            _warned_at[location] = now
    if warn:
        logger.warning(
            "Cache unavailable, serving without it (%s: %s); next try in %.0f s.",
            type(error).__name__,
            error,
            breaker_seconds,
        )


def _location_skipped(location: str) -> bool:
    with _state_lock:
        return time.monotonic() < _down_until.get(location, 0.0)


def cache_breakers_reset() -> None:
    """Forget every failure seen: the next operation tries Redis again (tests, after a restart)."""
    with _state_lock:
        _down_until.clear()
        _warned_at.clear()
        _lost_writes.clear()


class ResilientRedisCache(RedisCache):
    """RedisCache whose every operation degrades to a miss (or to process memory) when Redis fails.

    OPTIONS of its own: `BREAKER_SECONDS` (how long Redis is skipped after a failure, 5),
    `LOCAL_FALLBACK` (serve from the process's memory meanwhile, False) and
    `FORGET_AFTER_LOST_WRITES` (forget the alias's entries once Redis is back, False). The others
    go to redis-py; socket timeouts default to 0.25 s and a failed command is retried once, at once.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        options = dict(self._options)
        self._breaker_seconds = float(options.pop("BREAKER_SECONDS", BREAKER_SECONDS))
        local_fallback = bool(options.pop("LOCAL_FALLBACK", False))
        self._forget_after_lost_writes = bool(options.pop("FORGET_AFTER_LOST_WRITES", False))
        if self._forget_after_lost_writes and not params.get("KEY_PREFIX"):
            # Forgetting matches the alias's prefix: without one it would wipe every alias.
            raise ImproperlyConfigured("FORGET_AFTER_LOST_WRITES needs a KEY_PREFIX of its own.")
        options.setdefault("socket_connect_timeout", SOCKET_TIMEOUT_SECONDS)
        options.setdefault("socket_timeout", SOCKET_TIMEOUT_SECONDS)
        options.setdefault("retry", Retry(NoBackoff(), 1))
        self._options = options
        self._location = ",".join(self._servers)
        self._namespace = f"{self._location}|{params.get('KEY_PREFIX', '')}"
        self._fallback = None
        if local_fallback:
            # Same key prefix, version and key function, in a memory shared by the process's threads.
            self._fallback = LocMemCache(
                f"portal-cache-fallback:{self._location}:{params.get('KEY_PREFIX', '')}",
                {
                    "TIMEOUT": params.get("TIMEOUT", 300),
                    "KEY_PREFIX": params.get("KEY_PREFIX", ""),
                    "VERSION": params.get("VERSION", 1),
                    "KEY_FUNCTION": params.get("KEY_FUNCTION"),
                    "OPTIONS": {"MAX_ENTRIES": 10000},
                },
            )

    def _guarded(self, operation: str, *args, miss):
        if not _location_skipped(self._location):
            try:
                if self._forget_after_lost_writes and self._namespace in _lost_writes:
                    self._forget_entries()
                return getattr(super(), operation)(*args)
            except UNREACHABLE as error:
                _location_down(self._location, error, breaker_seconds=self._breaker_seconds)
        if self._forget_after_lost_writes and operation in WRITES:
            with _state_lock:
                _lost_writes.add(self._namespace)
        if self._fallback is not None:
            return getattr(self._fallback, operation)(*args)
        if isinstance(miss, Exception):
            raise miss
        return miss

    def _forget_entries(self) -> None:
        """Delete every entry of this alias (its key prefix and version) from Redis."""
        client = self._cache.get_client(write=True)
        pattern = self.make_key("*")
        forgotten, batch = 0, []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) == 1000:
                forgotten += client.unlink(*batch)
                batch = []
        if batch:
            forgotten += client.unlink(*batch)
        with _state_lock:
            _lost_writes.discard(self._namespace)
        logger.warning(
            "Cache reachable again: %d entries forgotten, since writes were lost meanwhile.",
            forgotten,
        )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("add", key, value, timeout, version, miss=False)

    def get(self, key, default=None, version=None):
        return self._guarded("get", key, default, version, miss=default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("set", key, value, timeout, version, miss=None)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("touch", key, timeout, version, miss=False)

    def delete(self, key, version=None):
        return self._guarded("delete", key, version, miss=False)

    def get_many(self, keys, version=None):
        return self._guarded("get_many", keys, version, miss={})

    def has_key(self, key, version=None):
        return self._guarded("has_key", key, version, miss=False)

    def incr(self, key, delta=1, version=None):
        # As on an empty cache: the key is not there.
        return self._guarded(
            "incr", key, delta, version, miss=ValueError(f"Key '{key}' not found.")
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Keys that could not be set, as Django's API says: all of them.
        return self._guarded("set_many", data, timeout, version, miss=list(data))

    def delete_many(self, keys, version=None):
        return self._guarded("delete_many", keys, version, miss=None)

    def clear(self):
        if self._fallback is not None:
            self._fallback.clear()
        return self._guarded("clear", miss=False)
