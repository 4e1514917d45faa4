"""The address of the directory of notices, for the frame of every page (footer, home page)."""

from django import template

from content.notices.links import directory_url

register = template.Library()


@register.simple_tag(takes_context=True)
def directory_link(context) -> str:
    """The directory of notices in the reader's language ("" when there is none or no request).

    Kept in the site memo: no query once the site has been read.
    """
    request = context.get("request")
    return directory_url(request) if request is not None else ""
