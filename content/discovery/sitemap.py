"""The sitemap: every page a search engine may index, in both languages, each with its others.

Built on Wagtail's sitemap app (`wagtail.contrib.sitemaps`, itself Django's): `/sitemap.xml` is an
index of sections, and each section is paged (`limit`) so that no file passes the protocol's 50,000
addresses, whatever the number of clinics. The sections:

- "pages": every live public Wagtail page of both locales, each article's easy-read version, the
  observatory and the open data page;
- "notices": each live clinic's notice and its easy-read first screen, under each language's
  directory;
- "systems": the catalogue pages of the AI systems that at least one live notice describes.

Each address is absolute at `PORTAL_PUBLIC_URL` whatever host was asked, carries its last change
(`lastmod`) and the same page in each language (`xhtml:link` alternates, "x-default" the French).
Pages that are not indexed (search, print views, versions, forms, visit cards) are never listed.
A file costs a fixed number of queries, whatever the number of items. The files are kept by the
page cache until the site or the directory changes (`content.page_cache`).
"""

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.db.models import Max, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.models import Page

from content.explainers.models import ArticlePage
from content.explainers.models.pages import EASY_READ_ROUTES as ARTICLE_EASY_READ_ROUTES
from content.notices.document import current_versions
from content.notices.links import EASY_READ_ROUTES as NOTICE_EASY_READ_ROUTES
from content.notices.links import public_address
from content.notices.models import AISystem, DirectoryEntry, NoticeVersion
from content.page_cache import DIRECTORY, page_cache_tags

from .metadata import DEFAULT_LANGUAGE

# The language x-default points at: the French page, the site's own.
# Four addresses a clinic (its notice and its easy-read screen, in two languages): 20,000 a file,
# about 9 MB, rendered in 2 to 4 s (100,000 clinics: 20 files), well under the protocol's 50,000
# addresses and 50 MB.
NOTICES_PER_FILE = 5_000
# Pages and systems are counted in hundreds; a file of each holds them all long before 50,000.
PAGES_PER_FILE = 40_000
SYSTEMS_PER_FILE = 40_000
# The Django views the sitemap lists, by URL name: the same route exists in every language.
INDEXED_VIEWS = ("observatory", "open_data")


@dataclass(frozen=True)
class SitemapAddress:
    """One indexable page in one language: its path, last change, and the same page in each
    language (language code to path, the French first)."""

    path: str
    lastmod: datetime.date | datetime.datetime | None
    alternates: Mapping[str, str] = field(default_factory=dict)


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _as_datetime(value: datetime.date | datetime.datetime) -> datetime.datetime:
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time.min)
    # A date is a day of the portal's time zone (a publication's local date), not of UTC.
    return value if timezone.is_aware(value) else timezone.make_aware(value)


def addresses_in_each_language(
    paths: Mapping[str, str], lastmod: datetime.date | datetime.datetime | None
) -> list[SitemapAddress]:
    """One address per language the page exists in, each naming all of them."""
    ordered = {code: paths[code] for code in _languages() if code in paths}
    return [SitemapAddress(path, lastmod, ordered) for path in ordered.values()]


def url_info(address: SitemapAddress) -> dict:
    """What Django's `sitemap.xml` template reads of one address: absolute, with alternates."""
    alternates = [
        {"location": public_address(path), "lang_code": code}
        for code, path in address.alternates.items()
    ]
    if DEFAULT_LANGUAGE in address.alternates:
        default = public_address(address.alternates[DEFAULT_LANGUAGE])
        alternates.append({"location": default, "lang_code": "x-default"})
    return {
        "item": address,
        "location": public_address(address.path),
        "lastmod": address.lastmod,
        "changefreq": None,
        "priority": "",
        "alternates": alternates,
    }


class PortalSitemap(Sitemap):
    """A section of the sitemap at the portal's public address, its items turned into addresses.

    A subclass gives `items()` (paged by `limit`) and `addresses(items)` for one file's items.
    """

    def addresses(self, items: Sequence) -> Iterable[SitemapAddress]:
        return items

    @cached_property
    def paginator(self):
        # Django builds a paginator at each use: one count a request is enough.
        return super().paginator

    def get_urls(self, page=1, site=None, protocol=None):
        # The host and scheme of the request are not the site's public address: ignored.
        return self._urls(page, None, None)

    def _urls(self, page, protocol, domain):
        urls = [url_info(address) for address in self.addresses(self.paginator.page(page))]
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(map(_as_datetime, dates))
        return urls


def _site_pages(request) -> list[Page]:
    """The live public pages of the site in every locale, root pages included (3 queries)."""
    site = Sitemap(request).get_wagtail_site()
    roots = site.root_page.get_translations(inclusive=True)
    within = Q()
    for root_path in roots.values_list("path", flat=True):
        within |= Q(path__startswith=root_path)
    return list(
        Page.objects.live()
        .public()
        .filter(within)
        .only("url_path", "translation_key", "locale", "last_published_at")
        .select_related("locale")
        .order_by("path")
    )


def _page_path(page: Page, request) -> str | None:
    parts = page.get_url_parts(request)
    return parts[2] if parts else None


def _newest_notice_publication() -> datetime.datetime | None:
    """When a notice was last published: what the observatory and the open data last changed."""
    return NoticeVersion.objects.filter(clinic__live=True).aggregate(newest=Max("published_at"))[
        "newest"
    ]


class PageSitemap(PortalSitemap):
    """Wagtail's pages, articles' easy-read versions, the observatory and the open data page."""

    limit = PAGES_PER_FILE

    def items(self) -> list[SitemapAddress]:
        return self._addresses

    @cached_property
    def _addresses(self) -> list[SitemapAddress]:
        pages = _site_pages(self.request)
        paths = {page.pk: _page_path(page, self.request) for page in pages}
        by_translation: dict = {}
        for page in pages:
            if paths[page.pk]:
                by_translation.setdefault(page.translation_key, {})[page.locale.language_code] = (
                    paths[page.pk]
                )
        found: list[SitemapAddress] = []
        for page in pages:
            if paths[page.pk]:
                alternates = by_translation[page.translation_key]
                lastmod = page.last_published_at
                found.append(SitemapAddress(paths[page.pk], lastmod, _in_order(alternates)))
        found += self._easy_read_addresses(pages, paths)
        found += self._view_addresses()
        return found

    def _easy_read_addresses(self, pages, paths) -> list[SitemapAddress]:
        """Each article's easy-read version, where its article has an easy-read text (1 query)."""
        listed = {page.pk for page in pages if paths[page.pk]}
        articles = ArticlePage.objects.filter(pk__in=listed).only(
            "translation_key", "easy_read_intro", "easy_read_body", "last_published_at"
        )
        languages = {page.pk: page.locale.language_code for page in pages}
        by_translation: dict = {}
        for article in articles:
            if article.has_easy_read:
                language = languages[article.pk]
                route = ARTICLE_EASY_READ_ROUTES.get(language, ARTICLE_EASY_READ_ROUTES["fr"])
                by_translation.setdefault(article.translation_key, {})[language] = (
                    paths[article.pk] + route,
                    article.last_published_at,
                )
        found = []
        for versions in by_translation.values():
            alternates = _in_order({code: path for code, (path, _date) in versions.items()})
            for path, lastmod in (versions[code] for code in alternates):
                found.append(SitemapAddress(path, lastmod, alternates))
        return found

    def _view_addresses(self) -> list[SitemapAddress]:
        """The observatory and the open data page: Django views, one route in each language."""
        newest = _newest_notice_publication()
        found = []
        for name in INDEXED_VIEWS:
            paths = {}
            for code in _languages():
                with translation.override(code):
                    paths[code] = reverse(name)
            found += addresses_in_each_language(paths, newest)
        return found

    def get_latest_lastmod(self):
        dates = [address.lastmod for address in self._addresses]
        if not dates or None in dates:
            return None
        return max(map(_as_datetime, dates))


def _in_order(paths: Mapping[str, str]) -> dict[str, str]:
    return {code: paths[code] for code in _languages() if code in paths}


def directory_paths(request=None) -> dict[str, str]:
    """The path of the notices' directory page in each language it is live in (1 query)."""
    # Found by its model's name, as `content.notices.links` finds it: the page is the notices' own.
    directories = (
        Page.objects.live()
        .public()
        .filter(content_type__app_label="content", content_type__model="clinicdirectorypage")
        .select_related("locale")
    )
    paths = {}
    for directory in directories.only("url_path", "locale"):
        path = _page_path(directory, request)
        if path:
            paths[directory.locale.language_code] = path
    return _in_order(paths)


class NoticeSitemap(PortalSitemap):
    """Each live clinic's notice and its easy-read first screen, in each language (4 queries)."""

    limit = NOTICES_PER_FILE

    def items(self):
        # The notice in force of each live clinic, by slug: a stable order for paging.
        return current_versions().values_list("clinic__slug", "published_at")

    def addresses(self, items) -> list[SitemapAddress]:
        directories = directory_paths(self.request)
        found = []
        for slug, published_at in items:
            for routes in ({code: "" for code in directories}, NOTICE_EASY_READ_ROUTES):
                paths = {
                    code: f"{path}{slug}/{routes[code]}"
                    for code, path in directories.items()
                    if code in routes
                }
                found += addresses_in_each_language(paths, published_at)
        return found

    def get_latest_lastmod(self):
        return _newest_notice_publication()


def _system_lastmod(system: AISystem) -> datetime.date:
    """The day the system's page last changed: its last check, or a fact changed since."""
    changed = [datetime.date.fromisoformat(day) for day in system.facts_changed_on.values()]
    return max([system.last_reviewed, *changed])


class SystemSitemap(PortalSitemap):
    """The catalogue pages of the systems that live notices describe (3 queries)."""

    limit = SYSTEMS_PER_FILE

    def items(self) -> list[AISystem]:
        return self._systems

    @cached_property
    def _systems(self) -> list[AISystem]:
        # Each distinct set of tools once: far fewer rows than clinics.
        sets = DirectoryEntry.objects.values_list("system_keys", flat=True).distinct()
        keys = {key for keys in sets for key in keys.split()}
        return list(
            AISystem.objects.filter(key__in=keys, draft=False)
            .only("key", "last_reviewed", "facts_changed_on")
            .order_by("key")
        )

    def addresses(self, items) -> list[SitemapAddress]:
        directories = directory_paths(self.request)
        found = []
        for system in items:
            paths = {code: f"{path}systems/{system.key}/" for code, path in directories.items()}
            found += addresses_in_each_language(paths, _system_lastmod(system))
        return found

    def get_latest_lastmod(self):
        return max(map(_as_datetime, map(_system_lastmod, self._systems)), default=None)


SECTIONS = {"pages": PageSitemap, "notices": NoticeSitemap, "systems": SystemSitemap}


# As Django's sitemap files: the file itself is not a page to show in results.
@x_robots_tag
def sitemap_index(request):
    """/sitemap.xml: the address of each file of each section, and when the section last changed.

    Django's index names the host that was asked; this one names the portal's public address.
    """
    # Pages expire the site's tag, notices and the catalogue the directory's.
    page_cache_tags(request, DIRECTORY)
    files = []
    for name, section in wagtail_sitemap_views.prepare_sitemaps(request, SECTIONS).items():
        location = public_address(reverse("sitemap_section", kwargs={"section": name}))
        lastmod = section.get_latest_lastmod()
        for number in section.paginator.page_range:
            suffix = f"?p={number}" if number > 1 else ""
            files.append(SitemapIndexItem(location + suffix, lastmod))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": files}, content_type="application/xml"
    )


def sitemap_section(request, section: str):
    """/sitemap-<section>.xml?p=<n>: one file of one section (Wagtail's view, Django's template)."""
    page_cache_tags(request, DIRECTORY)
    return wagtail_sitemap_views.sitemap(request, SECTIONS, section=section)
