"""The notice in parts: what each part still misses, and the changes a page makes to the draft.

The notice form is one page per part (the structure, its contacts, each use). These functions
read the saved draft (`content.notices.publishing.clinic_draft`) and change it in memory; the page
then saves it as a new draft revision (`content.workspace.review.notice_draft_save`).
"""

import uuid
from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from content.notices.models import AISystem, AIUse, Clinic, UseTemplate
from content.notices.rules.obligations import NoticeGaps, Obligation
from content.notices.use_templates import use_template_values

STRUCTURE = "structure"
CONTACTS = "contacts"
USE = "use"
# Which page holds each of the clinic's own obligations ("uses" is the progress page's own).
CLINIC_PART_OF = {
    "ai_contact_name": CONTACTS,
    "ai_contact_email": CONTACTS,
    "ai_contact_phone": CONTACTS,
}


@dataclass(frozen=True)
class NoticePart:
    """One page of the notice form and what it still misses (`missing`, empty when done)."""

    kind: str
    title: str
    missing: tuple[Obligation, ...] = ()
    number: int | None = None
    key: uuid.UUID | None = None

    @property
    def done(self) -> bool:
        return not self.missing

    @property
    def url_name(self) -> str:
        return {STRUCTURE: "notice_structure", CONTACTS: "notice_contacts", USE: "notice_use"}[
            self.kind
        ]


def draft_uses(draft: Clinic) -> list[AIUse]:
    """The draft's uses as the list it holds in memory: a change to one of them is saved with it."""
    return draft.uses.get_object_list()


def draft_systems_load(draft: Clinic) -> None:
    """Give each use of the draft its catalogue system (and its evidence) in two queries.

    A use whose system the catalogue has since deleted keeps no system.
    """
    uses = draft_uses(draft)
    wanted = {use.ai_system_id for use in uses if use.ai_system_id}
    systems = {system.pk: system for system in AISystem.objects.filter(pk__in=wanted)}
    prefetch_related_objects(list(systems.values()), "evidence")
    for use in uses:
        system = systems.get(use.ai_system_id)
        if system is not None:
            use.ai_system = system
        elif use.ai_system_id:
            use.ai_system_id = None


def use_title(use: AIUse, number: int) -> str:
    """« Usage 2 – Vocaline Dictée », or « Usage 2 » while no tool is chosen."""
    title = _("Usage %(number)s") % {"number": number}
    system = use.ai_system if use.ai_system_id else None
    return f"{title} – {system.name}" if system is not None else title


def notice_parts(*, draft: Clinic, gaps: NoticeGaps) -> list[NoticePart]:
    """The structure, the contacts, then each use in order, each with what it still misses.

    `gaps` are `notice_gaps` of the same draft; the draft's systems should be loaded first
    (`draft_systems_load`) or each use asks for its own.
    """
    by_part: dict[str, list[Obligation]] = {STRUCTURE: [], CONTACTS: []}
    for obligation in gaps.clinic:
        part = CLINIC_PART_OF.get(obligation.field)
        if part is not None:
            by_part[part].append(obligation)
    parts = [
        NoticePart(STRUCTURE, str(_("La structure")), tuple(by_part[STRUCTURE])),
        NoticePart(CONTACTS, str(_("Les contacts")), tuple(by_part[CONTACTS])),
    ]
    for index, use in enumerate(draft_uses(draft)):
        parts.append(
            NoticePart(
                USE,
                use_title(use, index + 1),
                tuple(gaps.uses.get(index, ())),
                number=index + 1,
                key=use.key,
            )
        )
    return parts


def missing_by_field(obligations) -> dict[str, Obligation]:
    """Each missing obligation by the name of the field that holds it."""
    return {obligation.field: obligation for obligation in obligations}


def use_at(*, draft: Clinic, number: int) -> AIUse | None:
    """The draft's use at this position (from 1), or None."""
    uses = draft_uses(draft)
    return uses[number - 1] if 1 <= number <= len(uses) else None


def use_add(
    *, draft: Clinic, template: UseTemplate | None, ai_system: AISystem | None = None
) -> int:
    """Add a use at the end of the draft, filled from the template when there is one.

    Returns its position (from 1). The draft is changed in memory only: the caller saves it.
    """
    uses = draft_uses(draft)
    use = AIUse(key=uuid.uuid4())
    if template is not None:
        for name, value in use_template_values(template=template, system=ai_system).items():
            # Only what a use holds: a template may know more than a use can say.
            if name in USE_VALUE_NAMES:
                setattr(use, name, value)
        use.template = template
    if ai_system is not None:
        use.ai_system = ai_system
    orders = [u.sort_order for u in uses if u.sort_order is not None]
    use.sort_order = max(orders, default=-1) + 1
    draft.uses.set([*uses, use])
    return len(uses) + 1


def use_remove(*, draft: Clinic, key: uuid.UUID) -> bool:
    """Take the use with this key out of the draft, in memory; False when the draft has none."""
    uses = draft_uses(draft)
    kept = [use for use in uses if use.key != key]
    if len(kept) == len(uses):
        return False
    draft.uses.set(kept)
    return True


def _use_value_names() -> frozenset[str]:
    names = set()
    for field in AIUse._meta.concrete_fields:
        if field.name in {"id", "clinic", "key", "sort_order", "template", "ai_system"}:
            continue
        names.add(field.attname if field.is_relation else field.name)
    return frozenset(names)


USE_VALUE_NAMES = _use_value_names()
