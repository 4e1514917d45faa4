"""The CDN or reverse proxy in front is told to drop a notice's pages when they change.

With `FRONTEND_CACHE_*` settings (README), Wagtail's frontend cache purges each address of a notice
in both languages (page, print view, poster, QR code, versions, easy-read first screen, JSON), the
directory, the open data (the list's first page, both downloads, the feed) and the pages of the
notice's AI systems when a notice is published or unpublished, and the notices describing a system
and its page when the catalogue changes it. Wagtail purges explainer pages itself when they are
published (an article's easy-read version too: `ArticlePage.get_cached_paths`). Purges run once the
transaction commits, after the page cache has been told (`content.page_cache`). Without settings
nothing is sent. The list's later pages (`?page=2`…) are left to expire (PAGE_CACHE_SHARED_SECONDS).
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import published, unpublished

from .document import document_system_keys
from .links import EASY_READ_ROUTES
from .models import AISystem, Clinic, DirectoryEntry, FormerClinicSlug, NoticeVersion
from .pages import ClinicDirectoryPage

logger = logging.getLogger(__name__)

NOTICE_ROUTES = (
    "",
    "print/",
    "poster/",
    "poster/bilingual/",
    "poster/table-card/",
    "qr/",
    "qr/png/",
    "versions/",
)
# The open data, which list every notice in force (`open_data`): the names of their addresses.
OPEN_DATA_URL_NAMES = ("notice_list", "notices_jsonl", "notices_csv", "notices_feed")
# A system used by more notices than this is left to expire in the CDN (PAGE_CACHE_SHARED_SECONDS).
PURGE_AT_MOST = 2000


def notice_addresses(clinic_slugs) -> list[str]:
    """The full addresses of every form of these notices, of the directory in each language, and
    of the open data."""
    addresses = []
    for directory in ClinicDirectoryPage.objects.live().select_related("locale"):
        root = directory.get_full_url()
        if root is None:
            continue
        addresses.append(root)
        site_root = root[: root.index("/", root.index("//") + 2)]
        # The easy-read first screen has its address in the directory's language only.
        easy_read = EASY_READ_ROUTES.get(directory.locale.language_code)
        routes = [*NOTICE_ROUTES, easy_read] if easy_read else NOTICE_ROUTES
        for slug in clinic_slugs:
            addresses += [f"{root}{slug}/{route}" for route in routes]
            addresses.append(site_root + reverse("notice_json", args=[slug]))
        addresses += [site_root + reverse(name) for name in OPEN_DATA_URL_NAMES]
    return list(dict.fromkeys(addresses))


def system_addresses(system_keys) -> list[str]:
    """The full addresses of the pages of these catalogue systems, in each language."""
    addresses = []
    for directory in ClinicDirectoryPage.objects.live():
        root = directory.get_full_url()
        if root is not None:
            addresses += [f"{root}systems/{key}/" for key in system_keys]
    return addresses


def notice_purge(*, clinic_slugs, system_keys=()) -> None:
    """Ask the frontend caches to drop these notices' and systems' addresses once the
    transaction commits."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    slugs, keys = list(clinic_slugs), list(system_keys)

    def purge():
        batch = PurgeBatch()
        batch.add_urls(notice_addresses(slugs) + system_addresses(keys))
        batch.purge()

    transaction.on_commit(purge)


def _notice_system_keys(clinic: Clinic) -> list[str]:
    """The systems of the clinic's notice in force and of the one before: their pages list it."""
    documents = NoticeVersion.objects.filter(clinic=clinic).order_by("-number")[:2]
    keys = [key for version in documents for key in document_system_keys(version.document)]
    return list(dict.fromkeys(keys))


def _clinic_changed(sender, instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    notice_purge(clinic_slugs=[instance.slug], system_keys=_notice_system_keys(instance))


def _system_changed(sender, instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    using = DirectoryEntry.objects.filter(system_keys__contains=f" {instance.key} ")
    slugs = list(using.values_list("slug", flat=True)[: PURGE_AT_MOST + 1])
    if len(slugs) > PURGE_AT_MOST:
        logger.info("%s is in more than %s notices: left to expire.", instance, PURGE_AT_MOST)
        slugs = []
    notice_purge(clinic_slugs=slugs, system_keys=[instance.key])


def _former_slug_kept(sender, instance, **kwargs):
    # The CDN keeps the notice's pages at the former address: they must answer the redirect now.
    notice_purge(clinic_slugs=[instance.slug])


def purges_connect() -> None:
    post_save.connect(_former_slug_kept, sender=FormerClinicSlug, dispatch_uid="purge_former_slug")
    published.connect(_clinic_changed, sender=Clinic, dispatch_uid="purge_notice_published")
    unpublished.connect(_clinic_changed, sender=Clinic, dispatch_uid="purge_notice_unpublished")
    post_save.connect(_system_changed, sender=AISystem, dispatch_uid="purge_system_saved")
    post_delete.connect(_system_changed, sender=AISystem, dispatch_uid="purge_system_deleted")
