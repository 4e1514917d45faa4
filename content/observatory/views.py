"""The observatory's page, `/fr/observatoire/` and `/en/observatory/`, kept by the page cache.

Its address is a route in each language that needs no translation catalogue: `OBSERVATORY_ROUTE`
reads the active language, as Django's translated routes do, so that `{% url 'observatory' %}`,
the language switcher (`translate_url`) and the resolver agree in both languages. The other
language's word under a language prefix (`/fr/observatory/`) redirects to this language's.

The page is kept `KEPT_AT_MOST` seconds, or until the site changes (the barometer figures are
site data). Publications and visit cards do not expire it: across a country they come every
minute, and each render reads every live use (about 0.4 s at 20,000 clinics on PostgreSQL), so
the page shows them at most a quarter of an hour late instead.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import lazy
from django.utils.translation import get_language

from content.page_cache import page_cache_keep_at_most, page_cache_tags

from .counts import observatory_figures
from .sections import observatory_sections

ROUTES = {"fr": "observatoire/", "en": "observatory/"}
KEPT_AT_MOST = 15 * 60


def _route() -> str:
    return ROUTES.get(get_language(), ROUTES["fr"])


def _other_route() -> str:
    own = _route()
    # The first word of another language: « observatory/ » under /fr/, "observatoire/" under /en/.
    return next(route for route in ROUTES.values() if route != own)


OBSERVATORY_ROUTE = lazy(_route, str)()
OTHER_LANGUAGE_ROUTE = lazy(_other_route, str)()


def observatory(request):
    page_cache_tags(request)
    page_cache_keep_at_most(request, KEPT_AT_MOST)
    figures = observatory_figures()
    context = {"observatory": figures, "sections": observatory_sections(figures)}
    return TemplateResponse(request, "observatory/observatory.html", context)


def observatory_other_language(request):
    """The observatory under this language's word: `/fr/observatory/` → `/fr/observatoire/`."""
    return redirect("observatory", permanent=True)
