"""The Wagtail admin, composed: each capability registers its own screens and hooks in its
`wagtail_hooks` module, imported here; the "Notices" menu gathers the notices' and workspace's.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

# Importing a capability's module registers its screens and hooks.
from .explainers import wagtail_hooks as explainers_admin  # noqa: F401
from .notices.wagtail_hooks import AISystemViewSet, ClinicViewSet
from .patient_messages import wagtail_hooks as patient_messages_admin  # noqa: F401
from .vigilance import wagtail_hooks as vigilance_admin  # noqa: F401
from .workspace.wagtail_hooks import ClinicMembershipViewSet


class NoticeGroup(SnippetViewSetGroup):
    menu_label = _("Notices")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (ClinicViewSet, AISystemViewSet, ClinicMembershipViewSet)


register_snippet(NoticeGroup)
