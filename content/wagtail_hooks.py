"""The Wagtail admin, composed: each capability registers its own screens and hooks in its
`wagtail_hooks` module, imported here; the "Notices" menu gathers the notices' and workspace's.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

# Importing a capability's module registers its screens and hooks.
from .explainers import wagtail_hooks as explainers_admin  # noqa: F401
from .notices.wagtail_hooks import (
    AISystemViewSet,
    ClinicViewSet,
    SystemRequestViewSet,
    UseTemplateViewSet,
)
from .page_cache import SITE, page_cache_tags
from .patient_messages import wagtail_hooks as patient_messages_admin  # noqa: F401
from .registrations import wagtail_hooks as registrations_admin  # noqa: F401
from .vigilance import wagtail_hooks as vigilance_admin  # noqa: F401
from .workspace.wagtail_hooks import ClinicMembershipViewSet


class NoticeGroup(SnippetViewSetGroup):
    menu_label = _("Notices")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        ClinicViewSet,
        AISystemViewSet,
        UseTemplateViewSet,
        SystemRequestViewSet,
        ClinicMembershipViewSet,
    )


register_snippet(NoticeGroup)


@hooks.register("before_serve_page")
def keep_pages_for_anonymous_readers(page, request, serve_args, serve_kwargs):
    """Every page Wagtail serves shows the site: it may be kept in the page cache.

    Routes that show more add their own tags (notices); routes with a form never reach the cache
    (a CSRF cookie or `no-store` keeps them out: `content.page_cache`).
    """
    page_cache_tags(request, SITE)
