"""What no log line may hold: the code of a visit card, whoever writes the line.

A visit card's code opens its page; a log line is read by more people than the card. The access
log names the code from the URL pattern (`portal.access_log`), but a page served from the page
cache has no pattern, and Django's own `django.request` logger writes the path of every 404, 410
and 429. `masked_path` hides the code in any path; `SecretPathFilter` does it in every record the
console handler writes. No import of Django here: logging is configured before the apps load.
"""

import logging
import re

# /fr/v/<code>/… (the card's pages) and /fr/workspace/clinics/<id>/visits/<code>/ (its issued page).
_VISIT_CODE = re.compile(r"(/v/|/visits/)(?!sets/)[^/\s?#\"']+")


def masked_path(text: str) -> str:
    """The text with every visit code in a path replaced by `<code>`."""
    return _VISIT_CODE.sub(r"\1<code>", text)


class SecretPathFilter(logging.Filter):
    """Rewrites a record's message (and its `path`, the access log's) without visit codes."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/v/" in message or "/visits/" in message:
            record.msg, record.args = masked_path(message), ()
        path = getattr(record, "path", None)
        if isinstance(path, str):
            record.path = masked_path(path)
        return True
