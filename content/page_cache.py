"""Whole public pages kept for anonymous readers, fresh at the first request after what they show changes.

A view makes its page cacheable by naming what the page shows, as tags (`page_cache_tags`): every
page shows the site ("site": the page tree, menus, footer, reference figures, glossary); the
directory shows "directory"; a notice shows "notice:<slug>" and "system:<key>" for each tool it
describes. Each tag has a token in the cache. A stored page keeps the tokens it was rendered under
and is served only while they are all current; `tags_expire` gives tags new tokens once the
transaction commits. Nothing is ever deleted, and nothing stale is ever served.

A view reads its tags' tokens before it reads the database: a change committed after the read
gives a new token, so a page rendered from old rows is stored under an old token and never served.

The "site" token also guards `site_memo`: what the frame of every page needs (the site, the routes
to pages, the menus), kept in the process from one request to the next.

A cache that fails is a miss: pages are rendered as if nothing were kept.
"""

import hashlib
import logging
import secrets
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

logger = logging.getLogger(__name__)

SITE = "site"
DIRECTORY = "directory"
TOKEN_PREFIX = "tag:"
RECORD_PREFIX = "page:"
# Headers that may differ between readers of one address without making the page personal.
HARMLESS_VARY = {"accept-encoding", "accept-language"}
PERSONAL_CACHE_CONTROL = {"private", "no-store", "no-cache"}

T = TypeVar("T")


def notice_tag(clinic_slug: str) -> str:
    return f"notice:{clinic_slug}"


def system_tag(system_key: str) -> str:
    return f"system:{system_key}"


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _new_token() -> str:
    return secrets.token_hex(8)


def tag_tokens(tags: Iterable[str]) -> dict[str, str] | None:
    """The current token of each tag, creating missing ones; None when the cache cannot answer."""
    tags = list(dict.fromkeys(tags))
    keys = {TOKEN_PREFIX + tag: tag for tag in tags}
    try:
        cache = _cache()
        found = cache.get_many(keys)
        missing = [key for key in keys if key not in found]
        for key in missing:
            # Another process may create it at the same moment: keep whichever was first.
            cache.add(key, _new_token(), timeout=None)
        if missing:
            found.update(cache.get_many(missing))
    except Exception:
        logger.warning("The page cache cannot read its tags; pages are rendered afresh.")
        return None
    if len(found) != len(keys):
        return None
    return {keys[key]: token for key, token in found.items()}


def tags_expire(*tags: str) -> None:
    """Give these tags new tokens once the current transaction commits: pages showing them go stale."""

    def expire():
        try:
            _cache().set_many({TOKEN_PREFIX + tag: _new_token() for tag in tags}, timeout=None)
        except Exception:
            # A page cache that cannot be told would serve stale pages: say so loudly.
            logger.error("The page cache could not expire %s; stale pages may be served.", tags)

    if tags:
        transaction.on_commit(expire)


def page_cache_tags(request: HttpRequest, *tags: str) -> None:
    """Mark the page being rendered as cacheable, showing what these tags name.

    Call it before reading what the tags name from the database. Requests the page cache does not
    serve (signed-in, forms, the admin) are left unmarked.
    """
    tokens = getattr(request, "_page_cache_tokens", None)
    if tokens is None:
        return
    request._page_cache_marked = True
    new = [tag for tag in tags if tag not in tokens]
    if not new:
        return
    found = tag_tokens(new)
    if found is None:
        request._page_cache_tokens = None
    else:
        tokens.update(found)


def page_cache_keep_at_most(request: HttpRequest, seconds: int) -> None:
    """Keep the page being rendered at most `seconds`, even while its tags stay current.

    For what changes too often to expire by tag (the observatory's counts of visit cards): the
    page may show figures up to `seconds` old.
    """
    current = getattr(request, "_page_cache_seconds", None)
    request._page_cache_seconds = seconds if current is None else min(current, seconds)


def tagged_value(name: str, tag: str, build: Callable[[], T]) -> T:
    """A value computed from what `tag` names (a count, a list), kept while the tag is unchanged."""
    tokens = tag_tokens([tag])
    if tokens is None:
        return build()
    key = f"value:{name}:{tokens[tag]}"
    cache = _cache()
    try:
        value = cache.get(key)
    except Exception:
        return build()
    if value is None:
        value = build()
        try:
            cache.set(key, value, timeout=settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("The page cache could not keep %s.", name)
    return value


# -- The process memo of the site's frame, guarded by the "site" token ---------------------------

_memo: dict[str, Any] = {"token": None, "values": {}}
_memo_lock = threading.Lock()
_memo_token: ContextVar[str | None] = ContextVar("site_memo_token", default=None)


def site_memo(key: tuple, build: Callable[[], T]) -> T:
    """What `build` returns, kept in the process while the site (page tree, menus…) is unchanged.

    Outside a request the page cache has synchronised, or when the cache cannot tell whether the
    site changed, `build` runs every time.
    """
    token = _memo_token.get()
    if token is None:
        return build()
    with _memo_lock:
        if _memo["token"] == token and key in _memo["values"]:
            return _memo["values"][key]
    value = build()
    with _memo_lock:
        if _memo["token"] != token:
            _memo["token"], _memo["values"] = token, {}
        _memo["values"][key] = value
    return value


def site_memo_peek(key: tuple) -> Any:
    """The value kept under `key` while the site is unchanged, or None."""
    token = _memo_token.get()
    if token is None:
        return None
    with _memo_lock:
        if _memo["token"] == token:
            return _memo["values"].get(key)
    return None


def site_memo_clear() -> None:
    with _memo_lock:
        _memo["token"], _memo["values"] = None, {}


@contextmanager
def site_memo_open(token: str | None):
    reset = _memo_token.set(token)
    try:
        yield
    finally:
        _memo_token.reset(reset)


# -- Pages: which requests and responses, how they are kept ------------------------------------


def request_is_cacheable(request: HttpRequest) -> bool:
    """Anonymous GET or HEAD: no session, no credentials."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def record_key(request: HttpRequest) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return RECORD_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def _response_is_public(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    if vary - HARMLESS_VARY:
        return False
    directives = {
        d.split("=")[0].strip().lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & PERSONAL_CACHE_CONTROL


def public_cache_control(response: HttpResponse) -> None:
    """What a shared cache in front (CDN, reverse proxy) may do with a public page."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
        s_maxage=settings.PAGE_CACHE_SHARED_SECONDS,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR_SECONDS,
    )


def page_fetch(request: HttpRequest, key: str) -> tuple[HttpResponse | None, str | None]:
    """The stored page for this request if all its tags are current, and the site's token."""
    try:
        found = _cache().get_many([key, TOKEN_PREFIX + SITE])
    except Exception:
        logger.warning("The page cache cannot be read; pages are rendered afresh.")
        return None, None
    site_token = found.get(TOKEN_PREFIX + SITE)
    if site_token is None:
        site_token = (tag_tokens([SITE]) or {}).get(SITE)
    record = found.get(key)
    if record is None or site_token is None:
        return None, site_token
    stored = record["tokens"]
    if stored.get(SITE) != site_token:
        return None, site_token
    others = [tag for tag in stored if tag != SITE]
    if others:
        current = tag_tokens(others)
        if current is None or any(current[tag] != stored[tag] for tag in others):
            return None, site_token
    response = HttpResponse(record["content"], status=record["status"])
    for header, value in record["headers"]:
        response[header] = value
    response["X-Page-Cache"] = "hit"
    return response, site_token


def page_store(request: HttpRequest, key: str, response: HttpResponse) -> None:
    """Keep the page if its view marked it and nothing in it is personal."""
    tokens = getattr(request, "_page_cache_tokens", None)
    marked = getattr(request, "_page_cache_marked", False)
    if not tokens or not marked or not _response_is_public(response):
        return
    public_cache_control(response)
    response["X-Page-Cache"] = "miss"
    record = {
        "tokens": dict(tokens),
        "status": response.status_code,
        "headers": [(h, v) for h, v in response.items() if h != "X-Page-Cache"],
        "content": response.content,
    }
    timeout = settings.PAGE_CACHE_SECONDS
    at_most = getattr(request, "_page_cache_seconds", None)
    if at_most is not None:
        timeout = min(timeout, at_most)
    try:
        _cache().set(key, record, timeout=timeout)
    except Exception:
        logger.warning("The page cache could not keep a page.")


def page_cache_shared_check(app_configs=None, **kwargs):
    """`check --deploy`: a page cache in each process's memory leaves the other processes stale."""
    from django.core.checks import Warning as CheckWarning

    backend = settings.CACHES[settings.PAGE_CACHE_ALIAS]["BACKEND"]
    if settings.PAGE_CACHE_SECONDS and backend.endswith("LocMemCache"):
        return [
            CheckWarning(
                "Pages are kept in each process's memory: with more than one process, a change "
                "reaches the others only after PAGE_CACHE_SECONDS.",
                hint="Set REDIS_URL, or PAGE_CACHE_SECONDS=0.",
                id="content.W001",
            )
        ]
    return []
