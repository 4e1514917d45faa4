from csp.constants import NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts

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
    """The strict nonce-based policy everywhere except in the Wagtail admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            return PolicyParts(config=ADMIN_POLICY, update=None, replace=None, nonce=None)
        return parts
