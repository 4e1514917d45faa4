"""How many wrong passwords a source and an account may give, kept by django-axes in the database.

Throttle the source, slow the account: one address is refused for a while after
`SIGN_IN_SOURCE_FAILURE_LIMIT` failures, one account from one address after `AXES_FAILURE_LIMIT`;
never an account from everywhere. An account that failed `SIGN_IN_ACCOUNT_SLOW_AFTER` times, from
any address, takes one attempt per `SIGN_IN_ACCOUNT_WAIT_SECONDS`: guessing it becomes slow, and the
right password still works once the short wait is over. The settings are in the sign-in block of
`portal/settings/base.py`; the refusal page is `auth.sign_in_refused`.
"""

import math
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import (
    get_client_username,
    get_cool_off,
    get_failure_limit,
    get_lockout_parameters,
)
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone


def attempted_username(request, credentials=None) -> str | None:
    """The account an attempt names, as accounts are stored: stripped and in lower case."""
    if credentials:
        value = credentials.get("username")
    else:
        value = getattr(request, "POST", {}).get("username")
    return value.strip().lower() if isinstance(value, str) else value


def account_wait_seconds(*, username: str | None) -> int:
    """Seconds before the next attempt on this account is heard; 0 when it may be tried now."""
    if not username:
        return 0
    now = timezone.now()
    failed = AccessAttempt.objects.filter(
        username=username, attempt_time__gte=now - get_cool_off()
    ).aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
    if (failed["failures"] or 0) < settings.SIGN_IN_ACCOUNT_SLOW_AFTER:
        return 0
    ready_at = failed["last"] + timedelta(seconds=settings.SIGN_IN_ACCOUNT_WAIT_SECONDS)
    return max(0, math.ceil((ready_at - now).total_seconds()))


def source_wait_seconds(*, ip_address: str) -> int:
    """Seconds before a refused address is heard again: the cool-off after its last failure."""
    last = AccessAttempt.objects.filter(ip_address=ip_address).aggregate(last=Max("attempt_time"))
    if last["last"] is None:
        return 0
    ready_at = last["last"] + get_cool_off()
    return max(1, math.ceil((ready_at - timezone.now()).total_seconds()))


class SignInAttemptHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit per lockout parameter and a slowed account.

    Axes compares one number of failures with one limit (AXES_FAILURE_LIMIT): an address alone
    counts in proportion, so that it reaches that limit at SIGN_IN_SOURCE_FAILURE_LIMIT failures.
    """

    def get_failures(self, request, credentials=None) -> int:
        limit = get_failure_limit(request, credentials)
        counts = [0]
        for parameter, attempts in zip(
            get_lockout_parameters(request, credentials),
            self.get_user_attempts(request, credentials),
            strict=True,
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if parameter == "ip_address":
                failures = failures * limit // settings.SIGN_IN_SOURCE_FAILURE_LIMIT
            counts.append(failures)
        return max(counts)

    def is_locked(self, request, credentials=None) -> bool:
        """Whether this attempt is refused; says for how long in `request.sign_in_retry_after`,
        and whether the account is slowed (`request.sign_in_account_slowed`) or the source held."""
        if super().is_locked(request, credentials):
            request.sign_in_retry_after = source_wait_seconds(ip_address=request.axes_ip_address)
            return True
        wait = account_wait_seconds(username=get_client_username(request, credentials))
        if wait:
            request.sign_in_retry_after = wait
            request.sign_in_account_slowed = True
            return True
        return False
