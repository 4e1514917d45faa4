"""The designed error pages of the whole site: 403 (and a stale form token), 404 and 500."""

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.views.decorators.csrf import requires_csrf_token


def csrf_failure(request, reason=""):
    # The form's safety token was missing or stale (cookies blocked, a page left open for days).
    return TemplateResponse(request, "403_csrf.html", status=403).render()


def permission_denied(request, exception=None):
    return TemplateResponse(request, "403.html", status=403).render()


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404).render()


@requires_csrf_token
def server_error(request):
    # Rendered without the database or context processors: whatever broke must not break this page.
    language = get_language_from_path(request.path_info) or "fr"
    with translation.override(language):
        response = TemplateResponse(request, "500.html", {"language": language}, status=500)
        response.template_name = "500.html"
        return response.render()
