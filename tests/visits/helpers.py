"""Helpers of the visit layer's tests."""

import time


def in_a_fresh_minute(needed: float = 20) -> None:
    """Wait for the next minute when this one ends within `needed` seconds.

    The limit on unknown codes counts per minute of the clock (`content.visits.misses`): a test
    that asks for its 10 misses and then an 11th must not see the minute turn in between.
    """
    left = 60 - time.time() % 60
    if left < needed:
        time.sleep(left + 0.5)
