"""How many registration requests may be sent, so that the form cannot mail strangers in bulk.

Each request emails a confirmation link to the address typed, so limits count per network (IPv4 /24,
IPv6 /48, as on the contact form: `content.throttle`), per address written to, and for the whole
portal, and only requests that were stored: a form sent back with mistakes or a robot's dropped one
costs nothing. A structure's manager who corrects a typo and sends again is never refused; one
network that sends 100 is stopped after 5 in an hour.
"""

from content.throttle import attempt_key, ip_for_log, rate_add, rate_wait

HOUR = 60 * 60
DAY = 24 * HOUR

# (limit, seconds) windows, aligned on the clock, for each scope a stored request counts in.
REGISTRATION_LIMITS = {
    # A hospital's wifi may register a few services in a day, not a flood.
    "network": ((5, HOUR), (20, DAY)),
    # One address receives at most three confirmation links a day, whoever asks.
    "email": ((3, DAY),),
    # A ceiling for the whole portal, whatever the networks.
    "portal": ((60, HOUR), (300, DAY)),
}


def _keys(*, ip: str, email: str) -> dict[str, str]:
    return {
        "network": attempt_key(kind="registration-network", value=ip_for_log(ip)),
        "email": attempt_key(kind="registration-email", value=email),
        "portal": attempt_key(kind="registration-portal", value="all"),
    }


def registration_wait(*, ip: str, email: str, now: float | None = None) -> int:
    """Seconds before this network may send one more request for this address; 0: it may now.

    Counts nothing: a request counts once stored (`registration_counted`).
    """
    keys = _keys(ip=ip, email=email)
    return max(
        rate_wait(key=keys[scope], limits=limits, now=now)
        for scope, limits in REGISTRATION_LIMITS.items()
    )


def registration_counted(*, ip: str, email: str, now: float | None = None) -> None:
    """Count one stored request from this network for this address in every limit."""
    keys = _keys(ip=ip, email=email)
    for scope, limits in REGISTRATION_LIMITS.items():
        rate_add(key=keys[scope], limits=limits, now=now)
