"""Template helpers of the clinic workspace's forms: widgets tied to their help and errors."""

from django import template

register = template.Library()


@register.simple_tag
def described_widget(bound_field, *ids, lang: str = ""):
    """The field's widget with aria-describedby naming its guide and, when it has one, its error."""
    described = [i for i in ids if i]
    attrs = {"lang": lang} if lang else {}
    if bound_field.errors:
        described.append(f"{bound_field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return bound_field.as_widget(attrs=attrs)
