"""Counting failed attempts in Django's cache, to slow password guessing down without a third party.

A key (one username, one IP address) that fails `limit` times within the window is blocked for the
next window. The cache is per process with locmem and shared between processes with Redis.
"""

import hashlib

from django.core.cache import cache

WINDOW_SECONDS = 15 * 60


def attempt_key(*, kind: str, value: str) -> str:
    """A cache key for one thing that attempts (a username, an IP address), hashed: no PII in keys."""
    digest = hashlib.sha256(value.strip().casefold().encode()).hexdigest()[:32]
    return f"attempts:{kind}:{digest}"


def attempt_blocked(*, key: str) -> bool:
    """Whether attempts for this key are refused for now."""
    return cache.get(f"{key}:blocked", False)


def attempt_failed(*, key: str, limit: int) -> bool:
    """Count one failure for this key; returns whether the key is now blocked.

    Failures count within a fixed window that starts at the first one; the `limit`-th failure blocks
    the key for a whole window.
    """
    cache.add(f"{key}:failures", 0, WINDOW_SECONDS)
    try:
        failures = cache.incr(f"{key}:failures")
    except ValueError:  # the window ended between add() and incr()
        cache.set(f"{key}:failures", 1, WINDOW_SECONDS)
        failures = 1
    if failures >= limit:
        cache.set(f"{key}:blocked", True, WINDOW_SECONDS)
        return True
    return False
