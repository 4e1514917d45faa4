"""Settings built from environment values: pure functions of the strings base.py reads.

base.py stays the only module that reads the environment; what needs parsing is here, tested apart
(tests/test_operations.py).
"""

import logging
from datetime import UTC, date, datetime, time
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from pythonjsonlogger.core import RESERVED_ATTRS

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_flag(value: str | None, *, default: bool) -> bool:
    """A yes/no value ("true", "1", "yes", "on" or their opposites); unset gives `default`.

    Refuses anything else, so that a typo such as "ture" is not silently read as "off".
    """
    if value is None:
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{value!r} is not a yes/no value (true or false).")


def proxy_ssl_header(value: str) -> tuple[str, str] | None:
    """SECURE_PROXY_SSL_HEADER from "HTTP_X_FORWARDED_PROTO" or "X-Forwarded-Proto[=https]".

    Returns None for an empty value: the request's own scheme is then trusted. The value the proxy
    sets for HTTPS defaults to "https".
    """
    value = value.strip()
    if not value:
        return None
    header, _, secure_value = value.partition("=")
    header = header.strip().upper().replace("-", "_")
    if not header.startswith("HTTP_"):
        header = f"HTTP_{header}"
    return header, secure_value.strip() or "https"


def public_url(value: str) -> str:
    """The portal's canonical address, "https://host[:port]" with no trailing slash.

    Printed on posters and carried by QR codes, so it never comes from a request's Host header.
    Refuses anything but an http(s) address of a host, with no path, query or fragment.
    """
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured("PORTAL_PUBLIC_URL must be an address: https://host[:port].")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ImproperlyConfigured("PORTAL_PUBLIC_URL names the host only: no path, no query.")
    return f"{parts.scheme}://{parts.netloc}"


def security_contacts(value: str) -> list[str]:
    """security.txt's Contact values (RFC 9116) from a comma-separated list; empty gives [].

    A bare e-mail address becomes a mailto: URI. Refuses anything but mailto:, https: and tel:
    URIs: the RFC forbids plain http.
    """
    contacts = []
    for contact in (part.strip() for part in value.split(",")):
        if not contact:
            continue
        if ":" not in contact and "@" in contact:
            contact = f"mailto:{contact}"
        if not contact.startswith(("mailto:", "https://", "tel:")) or contact.endswith(":"):
            raise ImproperlyConfigured(
                f"SECURITY_TXT_CONTACTS: {contact!r} is not a mailto:, https:// or tel: address."
            )
        contacts.append(contact)
    return contacts


def security_expiry(value: str) -> datetime | None:
    """security.txt's Expires (RFC 9116), in UTC, from "2026-12-31" or an RFC 3339 date and time.

    A date alone means the end of that day, UTC. None when empty. Refuses a time without its
    offset ("Z" or "+01:00"): the file must name one instant for every reader.
    """
    value = value.strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ImproperlyConfigured(
            "SECURITY_TXT_EXPIRES must be a date (2026-12-31) or a date and time with its offset "
            "(2026-12-31T18:00:00+01:00)."
        ) from None
    if moment.tzinfo is None:
        raise ImproperlyConfigured("SECURITY_TXT_EXPIRES: give the time's offset (Z, +01:00).")
    return moment.astimezone(UTC).replace(microsecond=0)


def https_address(value: str, *, name: str) -> str:
    """An https:// address, or "" when empty. Refuses any other scheme, naming the variable."""
    value = value.strip()
    if value and not (value.startswith("https://") and urlsplit(value).hostname):
        raise ImproperlyConfigured(f"{name} must be an https:// address.")
    return value


def email_settings_from_url(url: str) -> dict[str, object]:
    """Django's EMAIL_* settings from one URL: smtp://user:password@host:port or smtps://...

    smtps:// means TLS from the first byte (EMAIL_USE_SSL, port 465 by default); smtp:// with
    `?tls=true` means STARTTLS (EMAIL_USE_TLS, port 587 by default), else port 25. User and password
    are percent-decoded ("%40" for "@"). `?timeout=` sets EMAIL_TIMEOUT in seconds. Refuses any other
    scheme and smtps:// with `?tls=true` (Django cannot do both).
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("smtp", "smtps"):
        raise ImproperlyConfigured("EMAIL_URL must start with smtp:// or smtps://.")
    if not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL must name the mail server: smtp://host:port.")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    use_ssl = parts.scheme == "smtps" or env_flag(query.get("ssl"), default=False)
    use_tls = env_flag(query.get("tls"), default=False)
    if use_ssl and use_tls:
        raise ImproperlyConfigured("EMAIL_URL: choose smtps:// (SSL) or ?tls=true (STARTTLS).")
    default_port = 465 if use_ssl else 587 if use_tls else 25
    email = {
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or default_port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
    if "timeout" in query:
        email["EMAIL_TIMEOUT"] = float(query["timeout"])
    return email


def s3_media_storage(
    *,
    bucket: str,
    endpoint_url: str = "",
    region: str = "",
    access_key: str = "",
    secret_key: str = "",
    custom_domain: str = "",
    location: str = "",
    querystring_auth: bool = False,
    addressing_style: str = "",
) -> dict[str, object]:
    """STORAGES["default"] for media in an S3-compatible bucket (django-storages).

    Empty values are left out, so that boto3 falls back on its own sources (AWS_ACCESS_KEY_ID, an
    instance role, ~/.aws). Files never overwrite each other: a second upload of "photo.jpg" gets a
    name of its own, as on disk.
    """
    options: dict[str, object] = {
        "bucket_name": bucket,
        "querystring_auth": querystring_auth,
        "file_overwrite": False,
    }
    optional = {
        "endpoint_url": endpoint_url,
        "region_name": region,
        "access_key": access_key,
        "secret_key": secret_key,
        "custom_domain": custom_domain,
        "location": location,
        "addressing_style": addressing_style,
    }
    options.update({name: value for name, value in optional.items() if value})
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def s3_private_storage(*, bucket: str, **options: str) -> dict[str, object]:
    """A storage in an S3-compatible bucket that nobody reads but the portal (model cards).

    The bucket must have no public policy; objects are written private and never get an address
    of their own (no custom domain): the portal reads them and serves them itself.
    """
    storage = s3_media_storage(bucket=bucket, querystring_auth=True, **options)
    storage["OPTIONS"]["default_acl"] = "private"
    return storage


def private_file_storage(location) -> dict[str, object]:
    """A folder on disk for files the portal serves itself, never under MEDIA_ROOT's /media/."""
    return {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(location), "base_url": None},
    }


# Loggers that report each step at INFO; their warnings and errors still show. fontTools: WeasyPrint's
# font subsetting, every table it drops for each poster; django_guid: every request id it makes.
CHATTY_LOGGERS = ("fontTools", "django_guid")


def logging_config(
    *, level: str = "INFO", log_format: str = "json", quiet: tuple[str, ...] = ()
) -> dict:
    """LOGGING: one line per record on stderr, JSON (for a log collector) or text (for a person).

    Each line has the time (ISO 8601, UTC), level, logger, message and the request id (django-guid);
    the access log (portal.access_log) adds method, path, status, duration_ms and client network.
    `level` applies to Django's own loggers too, which Django otherwise keeps at INFO. `quiet`
    loggers show warnings and above only. Refuses an unknown format or level.
    """
    if log_format not in ("json", "text"):
        raise ImproperlyConfigured("LOG_FORMAT must be json or text.")
    level = level.strip().upper()
    levels = logging.getLevelNamesMapping()
    if level not in levels:
        raise ImproperlyConfigured("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL.")
    formatters = {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": ["levelname", "name", "message", "request_id"],
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",
            # Django adds the request to its records: its text is the path with the query string.
            "reserved_attrs": [*RESERVED_ATTRS, "request"],
            "json_ensure_ascii": False,
        },
        "text": {
            "()": "logging.Formatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        },
    }
    quiet_level = max(["WARNING", level], key=levels.__getitem__)
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {
                "()": "django_guid.log_filters.CorrelationId",
                "correlation_id_field": "request_id",
            },
            # No visit card's code in any line (Django's 404 lines included).
            "secret_paths": {"()": "portal.log_filters.SecretPathFilter"},
        },
        "formatters": {log_format: formatters[log_format]},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": log_format,
                "filters": ["request_id", "secret_paths"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django sets its own logger to INFO with handlers of its own (that print only under
            # DEBUG or mail ADMINS): here it goes through ours, at LOG_LEVEL.
            "django": {"level": level, "handlers": [], "propagate": True},
            # runserver's request lines: portal.access writes one for every server.
            "django.server": {"level": level, "handlers": [], "propagate": False},
            **{name: {"level": quiet_level} for name in (*CHATTY_LOGGERS, *quiet)},
        },
    }
