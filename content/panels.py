"""Admin panels shared by the capabilities' screens in the Wagtail admin."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel


def side_by_side(field: str, heading) -> FieldRowPanel:
    """A row with the French and English versions of one translated field."""
    return FieldRowPanel([FieldPanel(f"{field}_fr"), FieldPanel(f"{field}_en")], heading=heading)
