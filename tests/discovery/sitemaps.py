"""Reading the sitemap as a search engine does: the index, then each file it names."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from lxml import etree

NAMESPACES = {
    "sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


@dataclass(frozen=True)
class ListedPage:
    """One <url> of a sitemap file: its address, last change and alternates by hreflang."""

    location: str
    lastmod: str | None
    alternates: dict[str, str]


def local_path(address: str) -> str:
    """The path (and query) of an address of the site, which must be at its public address."""
    assert address.startswith(settings.PORTAL_PUBLIC_URL + "/"), address
    parts = urlsplit(address)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def xml_of(response) -> etree._Element:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return etree.fromstring(response.content)


def sitemap_files(client) -> list[str]:
    """The addresses of the files the index at /sitemap.xml names."""
    index = xml_of(client.get("/sitemap.xml"))
    assert index.tag == f"{{{NAMESPACES['sitemap']}}}sitemapindex"
    return index.xpath("sitemap:sitemap/sitemap:loc/text()", namespaces=NAMESPACES)


def listed_pages(client) -> dict[str, ListedPage]:
    """Every page the sitemap lists, by its address, read through the index and each file."""
    pages = {}
    for address in sitemap_files(client):
        urlset = xml_of(client.get(local_path(address)))
        for url in urlset.xpath("sitemap:url", namespaces=NAMESPACES):
            location = url.xpath("sitemap:loc/text()", namespaces=NAMESPACES)[0]
            lastmod = url.xpath("sitemap:lastmod/text()", namespaces=NAMESPACES)
            alternates = {
                link.get("hreflang"): link.get("href")
                for link in url.xpath("xhtml:link[@rel='alternate']", namespaces=NAMESPACES)
            }
            assert location not in pages, f"{location} is listed twice"
            pages[location] = ListedPage(location, lastmod[0] if lastmod else None, alternates)
    return pages


def public(path: str) -> str:
    return settings.PORTAL_PUBLIC_URL + path
