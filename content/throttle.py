"""Counting failed attempts in Django's cache, to slow password guessing down without a third party.

A key (one username, one IP address) that fails `limit` times within the window is blocked for the
next window; `rate_count` counts events that may happen only so often. `rate_wait` and `rate_add`
do the same in two steps, on windows aligned on the clock: a form asks whether one more event is
allowed without counting it, and counts it only once it happened (a message stored). The cache is
per process with locmem and shared between processes with Redis.
"""

import hashlib
import ipaddress
import math
import time

from django.conf import settings
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


def client_ip(request) -> str:
    """The address of the client: REMOTE_ADDR, or behind trusted proxies the one they saw.

    With TRUSTED_PROXY_COUNT = n, the n-th address from the right of X-Forwarded-For is the last one
    our own proxies did not write, so a client cannot choose it.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_count(*, key: str, limits: tuple[tuple[int, int], ...]) -> int:
    """Count one event for this key in each (limit, seconds) window.

    Returns the longest window, in seconds, whose limit the event goes beyond, or 0 when every
    limit still holds. Each window is fixed: it starts at the first event it counts.
    """
    exceeded = 0
    for limit, seconds in limits:
        window = f"{key}:rate:{seconds}"
        cache.add(window, 0, seconds)
        try:
            events = cache.incr(window)
        except ValueError:  # the window ended between add() and incr()
            cache.set(window, 1, seconds)
            events = 1
        if events > limit:
            exceeded = max(exceeded, seconds)
    return exceeded


# Counters outlive their window a little, so that processes whose clocks differ agree on them.
WINDOW_MARGIN_SECONDS = 60


def _aligned_windows(key: str, limits: tuple[tuple[int, int], ...], now: float):
    """(limit, cache key, seconds until the window ends) for each window that holds `now`."""
    for limit, seconds in limits:
        start = int(now // seconds) * seconds
        yield limit, f"{key}:window:{seconds}:{start}", start + seconds - now


def rate_wait(*, key: str, limits: tuple[tuple[int, int], ...], now: float | None = None) -> int:
    """Seconds before this key may have one more event, or 0 when every limit allows one now.

    Counts nothing. Each (limit, seconds) window is fixed and aligned on the clock: the minute, the
    quarter of an hour, the hour. The answer is the end of the latest window that is full.
    """
    now = time.time() if now is None else now
    windows = list(_aligned_windows(key, limits, now))
    counts = cache.get_many([name for _limit, name, _left in windows])
    full = [left for limit, name, left in windows if counts.get(name, 0) >= limit]
    return max((math.ceil(left) for left in full), default=0)


def rate_add(*, key: str, limits: tuple[tuple[int, int], ...], now: float | None = None) -> None:
    """Count one event for this key in each of its windows (see `rate_wait`)."""
    now = time.time() if now is None else now
    for _limit, name, left in _aligned_windows(key, limits, now):
        timeout = math.ceil(left) + WINDOW_MARGIN_SECONDS
        cache.add(name, 0, timeout)
        try:
            cache.incr(name)
        except ValueError:  # the counter expired between add() and incr()
            cache.set(name, 1, timeout)


def ip_for_log(ip: str) -> str:
    """An address fit for a log line: its network (IPv4 /24, IPv6 /48), never the whole address."""
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return "unknown"
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
