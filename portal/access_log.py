"""One log line per request: what was asked, how it ended and how long it took, nothing personal.

The path is logged without its query string (a search or a link in an email can carry a name) and
without the secrets some addresses hold (a password link's account and token: whoever reads the log
could set the password), the client by its network only (content.throttle.ip_for_log), and never a
cookie, header or form field.
"""

import logging
import time

from django.http import HttpRequest, HttpResponse

from content.throttle import client_ip, ip_for_log
from portal.health import probe_for
from portal.log_filters import masked_path

access_log = logging.getLogger("portal.access")

LONGEST_PATH = 500
# Parts of an address that open an account or a visit card: logged by their name, never their value.
SECRET_URL_PARTS = ("uidb64", "token", "code")


def path_for_log(request: HttpRequest) -> str:
    """The request's path, each secret part of it replaced by its name (`/<token>/`).

    A page served by the page cache matched no URL pattern: a visit code is found by its place.
    """
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name in SECRET_URL_PARTS:
            value = match.kwargs.get(name)
            if value:
                path = path.replace(f"/{value}/", f"/<{name}>/", 1)
    return masked_path(path)


def loggable(value: str, *, max_length: int) -> str:
    """A value fit for one text log line: cut to `max_length`, control characters escaped."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in value[:max_length]
    )


class AccessLogMiddleware:
    """Log each request once it is answered, at INFO (successful health probes at DEBUG)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        method = loggable(request.method or "", max_length=16)
        path = loggable(path_for_log(request), max_length=LONGEST_PATH)
        client = ip_for_log(client_ip(request))
        probe = probe_for(request.path_info) is not None and response.status_code == 200
        access_log.log(
            logging.DEBUG if probe else logging.INFO,
            "%s %s %s %sms %s",
            method,
            path,
            response.status_code,
            duration_ms,
            client,
            extra={
                "method": method,
                "path": path,
                "status": response.status_code,
                "duration_ms": duration_ms,
                "client": client,
            },
        )
        return response
