from csp.constants import NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

from content import page_cache

# Wagtail's admin relies on inline scripts and styles (wagtail/wagtail#1288), so it gets its own
# policy; it still cannot be framed by another site or load anything from another host.
ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
}
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class PortalCSPMiddleware(CSPMiddleware):
    """The strict nonce-based policy everywhere except in the Wagtail admin and its previews.

    Wagtail renders a preview by running a dummy request for the page's public address through
    every middleware (`make_preview_request`), so without the `is_dummy` test the preview would get
    the public `frame-ancestors 'none'` and the editor's preview frame would stay blank. A preview
    gets the admin's policy: the admin may frame it and Wagtail's checks (its userbar) may run in it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and (
            request.path_info.startswith(ADMIN_PREFIXES) or getattr(request, "is_dummy", False)
        ):
            return PolicyParts(config=ADMIN_POLICY, update=None, replace=None, nonce=None)
        return parts


class PageCacheMiddleware:
    """Serve anonymous readers the pages kept for them, keep the ones views mark, open the site memo.

    It stands outside everything but security, static files and compression, so that a kept page
    costs no session, language, CSRF or database work (`content.page_cache`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info.startswith(ADMIN_PREFIXES)
            or getattr(request, "is_dummy", False)  # a preview is never kept nor served kept
            or not settings.PAGE_CACHE_SECONDS
        ):
            return self.get_response(request)
        if not page_cache.request_is_cacheable(request):
            tokens = page_cache.tag_tokens([page_cache.SITE])
            with page_cache.site_memo_open(tokens and tokens[page_cache.SITE]):
                return self.get_response(request)
        key = page_cache.record_key(request)
        response, site_token = page_cache.page_fetch(request, key)
        if response is not None:
            return response
        # Views that may be kept add their tags to these (page_cache.page_cache_tags).
        request._page_cache_tokens = {page_cache.SITE: site_token} if site_token else None
        with page_cache.site_memo_open(site_token):
            response = self.get_response(request)
        page_cache.page_store(request, key, response)
        return response
