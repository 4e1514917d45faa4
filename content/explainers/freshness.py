"""Every page shows the site: when its pages, menus, footer or reference data change, all go stale.

Each page's frame (menus, breadcrumbs, footer, language links) and the explainers' content come
from the page tree and the reference snippets. Publishing, unpublishing, moving or deleting a page,
changing who may see it, or changing a source, a barometer figure, a patient expectation, a glossary
term, the footer's links or the site gives the "site" tag a new token (`content.page_cache`): every
kept page and the site memo are fresh at the next request. `freshness_connect` plugs this in at
start-up (`content.apps`).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from content.page_cache import SITE, tags_expire

from .models import BarometerFigure, FooterLinks, GlossaryTerm, PatientExpectation, Source

SITE_MODELS = (
    Site,
    Locale,
    PageViewRestriction,
    FooterLinks,
    Source,
    BarometerFigure,
    PatientExpectation,
    GlossaryTerm,
)


def site_changed() -> None:
    """Every page and the site memo are rendered anew at the next request."""
    tags_expire(SITE)


def _changed(sender, **kwargs):
    site_changed()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        site_changed()


def freshness_connect() -> None:
    page_signals = {
        "published": page_published,
        "unpublished": page_unpublished,
        "moved": post_page_move,
    }
    for name, signal in page_signals.items():
        signal.connect(_changed, dispatch_uid=f"site_fresh_page_{name}")
    post_delete.connect(_page_deleted, dispatch_uid="site_fresh_page_deleted")
    for model in SITE_MODELS:
        post_save.connect(_changed, sender=model, dispatch_uid=f"site_fresh_saved_{model.__name__}")
        post_delete.connect(
            _changed, sender=model, dispatch_uid=f"site_fresh_deleted_{model.__name__}"
        )
    m2m_changed.connect(
        _changed, sender=PatientExpectation.figures.through, dispatch_uid="site_fresh_figures"
    )
