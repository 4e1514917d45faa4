"""Template tags for the schema.org JSON-LD of a page (`content.discovery.structured_data`).

Each tag writes one `<script type="application/ld+json">` data block, for the `structured_data`
block of base.html's head. The address of the page is the one being read (`request.path`), made
canonical; the portal's home is the one in the reader's language. An editor's preview has none.
"""

from django import template
from django.utils.safestring import SafeString

from content.discovery.structured_data import (
    article_structured_data,
    home_structured_data,
    json_ld_script,
    notice_structured_data,
)
from content.templatetags.portal_tags import site_home

register = template.Library()


def _previewed(context) -> bool:
    # An editor's preview is at an admin address, and not what the public reads.
    return getattr(context.get("request"), "is_preview", False)


def _head_texts(context) -> dict[str, str]:
    # The title and description base.html wrote once, as plain text, for the page's <head>.
    return {"title": context.get("title", ""), "description": context.get("description", "")}


def _home_url(context) -> str:
    home = site_home(context)
    return home["url"] if home else ""


@register.simple_tag(takes_context=True)
def home_json_ld(context) -> SafeString:
    """The portal as a schema.org `WebSite`."""
    if _previewed(context):
        return SafeString("")
    data = home_structured_data(
        page=context["page"],
        home_url=_home_url(context),
        description=context.get("description", ""),
    )
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def article_json_ld(context, *, easy_read: bool = False) -> SafeString:
    """The article being read (or its easy-read version) as a schema.org `MedicalWebPage`."""
    if _previewed(context):
        return SafeString("")
    data = article_structured_data(
        page=context["page"],
        path=context["request"].path,
        home_url=_home_url(context),
        easy_read=easy_read,
        **_head_texts(context),
    )
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def notice_json_ld(context, *, easy_read: bool = False) -> SafeString:
    """The published notice being read (or its easy-read screen): a `WebPage` about its clinic."""
    if _previewed(context):
        return SafeString("")
    data = notice_structured_data(
        context["notice"],
        path=context["request"].path,
        home_url=_home_url(context),
        easy_read=easy_read,
        **_head_texts(context),
    )
    return json_ld_script(data)
