"""Unknown visit codes asked for from one network: counted, and refused past a limit.

Whoever can tell a real code from an unknown one could crawl for cards: the card's page, its PDF
and QR code, and the message form that attaches a visit (`?visit=`) all count the codes they do
not find, per network (an IPv4 /24, an IPv6 /48: one address is too easy to change), and answer
nothing more about codes once a network asked for too many.
"""

from content.throttle import attempt_key, client_ip, ip_for_log, rate_add, rate_wait

# Unknown codes one network may ask for: 10 a minute, 50 an hour. A patient mistypes a few.
MISS_LIMITS = ((10, 60), (50, 3600))


def _key(request) -> str:
    return attempt_key(kind="visit-miss", value=ip_for_log(client_ip(request)))


def miss_wait(request) -> int:
    """Seconds before this request's network may ask about codes again, or 0."""
    return rate_wait(key=_key(request), limits=MISS_LIMITS)


def miss_count(request) -> None:
    """Count one code this request's network asked for and that led to no card."""
    rate_add(key=_key(request), limits=MISS_LIMITS)
