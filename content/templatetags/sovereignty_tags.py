"""`{% sovereignty_parts system as parts %}`: where a tool's data go, for the notice templates.

Takes the system of a notice document (`content.notices.document.system_document`), or an AISystem
(the workspace shows the catalogue as it is).
"""

from collections.abc import Mapping

from django import template

from content.notices.document import system_watched_facts
from content.notices.sovereignty import sovereignty_parts as parts_of

register = template.Library()


@register.simple_tag
def sovereignty_parts(system) -> list[str]:
    """The pieces of the line « Stockées en France · traitées en France · … », in order."""
    if not system:
        return []
    if not isinstance(system, Mapping):
        system = system_watched_facts(system)
    return parts_of(system)
