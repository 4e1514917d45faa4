"""When the catalogue changes a system: the date of each watched fact, and the pages that show it.

A published notice keeps the catalogue facts it was approved with; when portal editors change one
of the facts notices watch (`rules.review_triggers.WATCHED_FACTS`), `system_facts_stamp` dates the
change so that each notice can tell its patients when the vendor changed it, and the notices and
directory pages that show the system are fresh at the next request. `catalogue_connect` plugs this
in at start-up (`content.apps`), whatever saves the system (the admin, a command, the demo loader).
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from content.page_cache import DIRECTORY, system_tag, tags_expire

from .document import system_watched_facts
from .models import AISystem
from .rules.review_triggers import WATCHED_FACTS


def system_facts_stamp(*, system: AISystem) -> list[str]:
    """Date today each watched fact of `system` that differs from the stored row; return them.

    Called before the system is saved. A new system has no change to date.
    """
    if system.pk is None:
        return []
    stored = AISystem.objects.filter(pk=system.pk).first()
    if stored is None:
        return []
    before, after = system_watched_facts(stored), system_watched_facts(system)
    changed = [fact for fact in WATCHED_FACTS if before[fact] != after[fact]]
    if changed:
        today = timezone.localdate().isoformat()
        system.facts_changed_on = {**stored.facts_changed_on, **dict.fromkeys(changed, today)}
    return changed


def catalogue_system_changed(*, system: AISystem) -> None:
    """The notices that describe the system and the directory show it anew at the next request."""
    tags_expire(system_tag(system.key), DIRECTORY)


def _stamp(sender, instance, raw=False, **kwargs):
    if not raw:
        system_facts_stamp(system=instance)


def _changed(sender, instance, **kwargs):
    catalogue_system_changed(system=instance)


def catalogue_connect() -> None:
    """Date watched facts on every save of a system; expire the pages that show it."""
    pre_save.connect(_stamp, sender=AISystem, dispatch_uid="catalogue_facts_stamp")
    post_save.connect(_changed, sender=AISystem, dispatch_uid="catalogue_system_saved")
    post_delete.connect(_changed, sender=AISystem, dispatch_uid="catalogue_system_deleted")
