"""/robots.txt: crawlers kept out of the workspace, the admin and the forms, and led to the sitemap.

The rules (RFC 9309) are worked out from the site's routes and live pages, so that a directory an
editor renames keeps its contact forms out: `Disallow` the admin, each language's workspace,
registration form, search and visit cards, the visit cards' API, the contact forms under each
notice (`<directory>*/contact/`, the `*` of RFC 9309). The stable `/n/…` addresses stay open: they
are what patients share, and a link preview's robot follows them to the notice's card. No rule
covers a page the sitemap lists (`sitemap`): the tests check each one.
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation

from content.notices.links import public_address
from content.page_cache import page_cache_tags

from .sitemap import directory_paths

# A placeholder for a route's argument: the rule is the route's path before it.
_ARGUMENT = "0"


def _route_prefix(name: str, argument: str) -> str:
    """The path of a named route, cut before its argument ("/fr/v/" for a visit card)."""
    path = reverse(name, kwargs={argument: _ARGUMENT})
    return path[: path.index(f"/{_ARGUMENT}/") + 1]


def robots_disallowed(request=None) -> list[str]:
    """The paths crawlers are kept out of, each once, in a fixed order (1 query: the directory)."""
    paths = [reverse("wagtailadmin_home")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [
                reverse("workspace:dashboard"),
                reverse("registrations:register"),
                reverse("search"),
                _route_prefix("visit", "code"),
            ]
    paths.append(reverse("visit_api"))
    # A contact form and its "sent" page: the directory's path, any clinic, then "contact/".
    paths += [f"{path}*/contact/" for path in directory_paths(request).values()]
    return list(dict.fromkeys(paths))


def robots_txt_text(request=None) -> str:
    """The text of /robots.txt: one group for every crawler, then the sitemap's public address."""
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in robots_disallowed(request)]
    lines += ["", f"Sitemap: {public_address(reverse('sitemap'))}"]
    return "\n".join(lines) + "\n"


def robots_txt(request):
    """/robots.txt, kept by the page cache until the site changes (a directory renamed)."""
    page_cache_tags(request)
    return HttpResponse(robots_txt_text(request), content_type="text/plain; charset=utf-8")
