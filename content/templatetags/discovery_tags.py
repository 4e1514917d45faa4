"""Template tags for what a page says about itself in its <head> (`content.discovery.metadata`)."""

from django import template
from django.utils import translation

from content.discovery import metadata
from content.templatetags.portal_tags import language_links

register = template.Library()


class PlainTextNode(template.Node):
    """Renders its content, blocks included, into a context variable as plain text."""

    def __init__(self, nodelist: template.NodeList, variable: str):
        # Kept as `nodelist`: Django finds the {% block %} tags inside it for template inheritance.
        self.nodelist = nodelist
        self.variable = variable

    def render(self, context) -> str:
        context[self.variable] = metadata.plain_text(self.nodelist.render(context))
        return ""


@register.tag
def plain_text(parser, token) -> PlainTextNode:
    """`{% plain_text as name %}…{% end_plain_text %}`: the text of what is inside, in `name`.

    The page's title and description are written once in their {% block %} and read twice: in the
    title and description tags and in the share card. Refuses any other form than `as name`.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% plain_text as name %}…{% end_plain_text %}")
    nodelist = parser.parse(("end_plain_text",))
    parser.delete_first_token()
    return PlainTextNode(nodelist, bits[2])


@register.inclusion_tag("components/page_metadata.html", takes_context=True)
def page_metadata(context, *, title: str, description: str) -> dict:
    """The description, canonical address, alternates and share card of the page being read."""
    request = context.get("request")
    if request is None:
        return {}
    not_found = bool(context.get("not_found"))
    return {
        "metadata": metadata.page_metadata(
            request=request,
            page=context.get("page"),
            language=translation.get_language(),
            title=title,
            description=description,
            # A missing page exists in no language: the switcher's links to the homes are no
            # alternates of it.
            languages=[] if not_found else language_links(context),
            not_found=not_found,
            page_number=context.get("listed_page_number"),
        )
    }


@register.filter(name="canonical_address")
def canonical_address_filter(url: str) -> str:
    """The address of the page at `url`, absolute at PORTAL_PUBLIC_URL (`metadata.canonical_address`)."""
    return metadata.canonical_address(url)
