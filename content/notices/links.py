"""The addresses of a notice: what others link to, and the hook through which they add their own.

A function registered with the `register_notice_routes` Wagtail hook returns URL patterns that the
notices' directory page serves under each clinic; their views take (page, request, **kwargs).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from content.page_cache import site_memo

NOTICE_ROUTES_HOOK = "register_notice_routes"
# The badge a clinic shows on its own website (`api.notice_badge`), its size in CSS pixels, and
# what it says: its title in the image and the alternative text of the snippet alike.
BADGE_WIDTH = 240
BADGE_HEIGHT = 56
BADGE_TITLE = gettext_lazy("Notre usage de l’IA – notice pour les patients")
# The easy-read (FALC) first screen of a notice, in the words of each language (`easy_read`).
EASY_READ_ROUTES = {"fr": "facile/", "en": "easy-read/"}


def notice_links(*, page, clinic_slug: str, request) -> dict[str, str]:
    """The addresses of every form of one notice, for the page being read."""
    return {
        "notice": page.notice_url(clinic_slug, request=request),
        "print": page.notice_url(clinic_slug, "print/", request=request),
        "poster": page.notice_url(clinic_slug, "poster/", request=request),
        "poster_bilingual": page.notice_url(clinic_slug, "poster/bilingual/", request=request),
        "table_card": page.notice_url(clinic_slug, "poster/table-card/", request=request),
        "qr": page.notice_url(clinic_slug, "qr/", request=request),
        "qr_png": page.notice_url(clinic_slug, "qr/png/", request=request),
        "versions": page.notice_url(clinic_slug, "versions/", request=request),
        "easy_read": page.notice_url(
            clinic_slug, EASY_READ_ROUTES.get(page.locale.language_code, ""), request=request
        ),
        "json": reverse("notice_json", args=[clinic_slug]),
        # The base of the catalogue systems' pages: append the system's key and "/".
        "systems": page.get_url(request) + "systems/",
    }


def notice_links_by_language(
    *, clinic_id: int, clinic_slug: str, request
) -> dict[str, dict[str, str]]:
    """The addresses of every form of one notice (`notice_links`) in each language, French first.

    Each language also holds "public", the notice's stable address (what posters carry, which no
    rename breaks: `notice_stable_url`), and "badge", the address of
    the badge a clinic shows on its own website (`api.notice_badge`). Whether the notice is live is
    not asked: the caller knows. Empty when no directory page is live.
    """
    directories = (
        Page.objects.live()
        .filter(content_type__app_label="content", content_type__model="clinicdirectorypage")
        .select_related("locale")
        .specific()
    )
    by_language = {}
    for directory in directories:
        language = directory.locale.language_code
        links = notice_links(page=directory, clinic_slug=clinic_slug, request=request)
        links["public"] = notice_stable_url(clinic_id, language)
        links["badge"] = reverse("notice_badge", args=[clinic_slug, language])
        by_language[language] = links
    return dict(sorted(by_language.items(), key=lambda item: item[0] != "fr"))


def notice_embed_snippet(*, notice_url: str, badge_path: str, language: str) -> str:
    """The HTML a clinic pastes into its own website: the badge image, linking to its notice.

    A plain link and image, both at the portal's public address: no script, no frame, nothing that
    sets a cookie or runs on the clinic's page. The alternative text is in `language`.
    """
    with translation.override(language):
        return format_html(
            '<a href="{}"><img src="{}" alt="{}" width="{}" height="{}"></a>',
            notice_url,
            public_address(badge_path),
            BADGE_TITLE,
            BADGE_WIDTH,
            BADGE_HEIGHT,
        )


def public_address(path: str) -> str:
    """The canonical address of a path of this site (`PORTAL_PUBLIC_URL`), whatever host was asked.

    What a patient prints, scans or shares must lead to the portal from any phone, not to the name
    a proxy or a test gave the request. An address that is already absolute is kept.
    """
    return settings.PORTAL_PUBLIC_URL + path if path.startswith("/") else path


def notice_public_url(*, page, clinic_slug: str) -> str:
    """The notice's canonical address: posters print it and QR codes carry it."""
    _site_id, _root_url, page_path = page.get_url_parts()
    return public_address(f"{page_path}{clinic_slug}/")


def notice_stable_path(clinic_id: int, language: str | None = None) -> str:
    """`/n/<id>/` (the reader's language) or `/n/<id>/<language>/`."""
    return f"/n/{clinic_id}/{language}/" if language else f"/n/{clinic_id}/"


def notice_stable_url(clinic_id: int, language: str | None = None) -> str:
    """The stable address at the portal's public address: what posters print and QR codes carry."""
    return public_address(notice_stable_path(clinic_id, language))


def public_url_check(app_configs=None, **kwargs):
    """`check --deploy`: posters and QR codes must carry an address every phone can reach."""
    from urllib.parse import urlsplit

    from django.core.checks import Warning as CheckWarning

    parts = urlsplit(settings.PORTAL_PUBLIC_URL)
    loopback = parts.hostname in ("localhost", "127.0.0.1", "::1") or (
        parts.hostname or ""
    ).startswith("127.")
    if parts.scheme != "https" or loopback:
        return [
            CheckWarning(
                f"PORTAL_PUBLIC_URL is {settings.PORTAL_PUBLIC_URL}: posters, QR codes and shared "
                "links would lead patients there.",
                hint="Set PORTAL_PUBLIC_URL to the portal's public https address.",
                id="content.W002",
            )
        ]
    return []


def directory_url(request) -> str:
    """The address of the directory of notices in the reader's language ("" when none).

    Kept in the site memo. Found by its model's name: the directory page is the notices' own.
    """
    language = translation.get_language()

    def build():
        directory = (
            Page.objects.live()
            .filter(
                content_type__app_label="content",
                content_type__model="clinicdirectorypage",
                locale__language_code=language,
            )
            .first()
        )
        return directory.get_url(request) if directory else ""

    return site_memo(("directory_url", request.get_host(), language), build)


def directory_urls(request) -> dict[str, str]:
    """The directory's address in each language, French first (kept in the site memo).

    A notice's page in a language is that address followed by the clinic's slug and "/".
    """

    def build():
        urls = {}
        directories = (
            Page.objects.live()
            .filter(content_type__app_label="content", content_type__model="clinicdirectorypage")
            .select_related("locale")
        )
        for page in directories:
            language = page.locale.language_code
            with translation.override(language):
                urls[language] = page.get_url(request)
        return dict(sorted(urls.items(), key=lambda item: item[0] != "fr"))

    return site_memo(("directory_urls", request.get_host()), build)
