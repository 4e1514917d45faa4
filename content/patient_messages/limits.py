"""How many messages patients may send, sized for a waiting room behind one address (SEC-19).

A hospital's wifi or a mobile carrier's NAT puts many patients behind one address, so limits count
per network (IPv4 /24, IPv6 /48) and per clinic, and only messages that were stored: a refused
message, a form sent back with mistakes or a robot's dropped one costs nothing. The windows are
fixed and aligned on the clock (`content.throttle.rate_wait`). A waiting room of 30 patients who
each write once within 15 minutes, all in the same minute if they like, is never refused; one
address that sends 100 a minute is stopped after 30 in a clock minute (60 at most in any 60 seconds,
when they straddle two), and never gets more than 45 in a quarter of an hour or 120 in an hour.
"""

from content.notices.models import Clinic
from content.throttle import attempt_key, ip_for_log, rate_add, rate_wait

MINUTE = 60
QUARTER = 15 * 60
HOUR = 60 * 60

# (limit, seconds) windows, aligned on the clock, for each scope a stored message counts in.
MESSAGE_LIMITS = {
    # The waiting room: 30 at once fit, a second waiting room within the quarter half fits.
    "network-clinic": ((30, MINUTE), (45, QUARTER), (120, HOUR)),
    # One network writing to several clinics (a hospital's wifi hosts many services).
    "network": ((60, MINUTE), (90, QUARTER), (240, HOUR)),
    # A ceiling per clinic, whatever the networks, against a flood from many addresses.
    "clinic": ((150, QUARTER), (400, HOUR)),
}


def _keys(*, clinic: Clinic, ip: str) -> dict[str, str]:
    network = ip_for_log(ip)
    return {
        "network-clinic": attempt_key(
            kind="message-network-clinic", value=f"{network} {clinic.pk}"
        ),
        "network": attempt_key(kind="message-network", value=network),
        "clinic": attempt_key(kind="message-clinic", value=str(clinic.pk)),
    }


def message_wait(*, clinic: Clinic, ip: str, now: float | None = None) -> int:
    """Seconds before this address's network may send this clinic one more message; 0: it may now.

    Counts nothing: a message counts once stored (`message_counted`).
    """
    keys = _keys(clinic=clinic, ip=ip)
    return max(
        rate_wait(key=keys[scope], limits=limits, now=now)
        for scope, limits in MESSAGE_LIMITS.items()
    )


def message_counted(*, clinic: Clinic, ip: str, now: float | None = None) -> None:
    """Count one stored message from this address's network to this clinic in every limit."""
    keys = _keys(clinic=clinic, ip=ip)
    for scope, limits in MESSAGE_LIMITS.items():
        rate_add(key=keys[scope], limits=limits, now=now)
