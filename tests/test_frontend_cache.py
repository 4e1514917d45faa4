"""A real Varnish in front of the portal keeps its public pages and drops a notice's at publication.

Varnish (Debian's `varnish`) caches what the live portal serves, as the `Cache-Control` of each page
allows; publishing a notice makes Wagtail's frontend cache send PURGE for every address of that
notice, of the directory and of the open data, and for no other clinic's; publishing an article
purges it and its easy-read version.
"""

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from content.notices.models import Clinic
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_HISTORY,
    demo_page,
    demo_url,
    notice_url,
)

pytestmark = pytest.mark.django_db

VCL = """
vcl 4.1;
backend portal { .host = "127.0.0.1"; .port = "BACKEND_PORT"; }
acl purgers { "127.0.0.1"; }
sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) { return (synth(405)); }
        return (purge);
    }
}
sub vcl_deliver {
    if (obj.hits > 0) { set resp.http.X-Varnish-Cache = "hit"; }
    else { set resp.http.X-Varnish-Cache = "miss"; }
}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _varnishd() -> str | None:
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")


@pytest.fixture(scope="module")
def varnish(portal_server, tmp_path_factory):
    """A Varnish of its own on a free port, in front of the live portal; stopped at the end."""
    binary = _varnishd()
    if binary is None:
        pytest.skip("Varnish is not installed (Debian’s varnish)")
    work = tmp_path_factory.mktemp("varnish")
    vcl = Path(work, "portal.vcl")
    vcl.write_text(VCL.replace("BACKEND_PORT", str(urlsplit(portal_server).port)))
    port = _free_port()
    process = subprocess.Popen(
        [
            binary,
            "-F",
            "-j",
            "none",
            "-n",
            str(work / "state"),
            "-f",
            str(vcl),
            "-a",
            f"127.0.0.1:{port}",
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("Varnish did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def through(varnish: str, path: str) -> str:
    """Whether Varnish answered `path` from its cache ("hit") or from the portal ("miss")."""
    with urllib.request.urlopen(varnish + path, timeout=10) as response:
        assert response.status == 200
        return response.headers["X-Varnish-Cache"]


def kept_in_varnish(varnish: str, path: str) -> None:
    through(varnish, path)
    assert through(varnish, path) == "hit", path


EASY_READ = {"fr": "facile/", "en": "easy-read/"}
OPEN_DATA = ["/api/notices/", "/api/notices.jsonl", "/api/notices.csv", "/api/notices/feed.atom"]
# An article with an easy-read version in the demo (content/demo/easy_read.py).
ARTICLE = "how-clinicians-use-ai"


@pytest.fixture
def public_varnish(varnish, settings, tmp_path):
    """The site's public address is the one Varnish answers on, as it would be in production;
    the kept open data downloads go to this test's own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    public = urlsplit(varnish)
    Site.objects.filter(is_default_site=True).update(hostname=public.hostname, port=public.port)
    Site.clear_site_root_paths_cache()
    backend = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": varnish,
    }
    settings.WAGTAILFRONTENDCACHE = {"varnish": backend}
    return varnish


def test_publishing_a_notice_purges_each_of_its_addresses_and_no_other(
    public_varnish, django_capture_on_commit_callbacks
):
    varnish = public_varnish
    slug = DEMO_CLINIC_WITH_HISTORY
    purged = [
        notice_url(slug, language, route)
        for language in ("fr", "en")
        for route in ("", "print/", "versions/", "qr/", "qr/png/", EASY_READ[language])
    ] + [f"/api/notices/{slug}.json", notice_url(slug, "fr")[: -len(slug) - 1], *OPEN_DATA]
    # The pages of the notice's tools list the clinic; another tool's page does not.
    systems = notice_url(slug, "en")[: -len(slug) - 1] + "systems/"
    purged += [systems + "transcrivia-consultation/", systems + "missivia-courrier/"]
    untouched = [
        notice_url(DEMO_CLINIC_WITH_CHATBOT, "fr"),
        f"/api/notices/{DEMO_CLINIC_WITH_CHATBOT}.json",
        systems + "triavel-accueil/",
    ]
    for path in purged + untouched:
        kept_in_varnish(varnish, path)

    with django_capture_on_commit_callbacks(execute=True):
        Clinic.objects.get(slug=slug).save_revision().publish()

    for path in purged:
        assert through(varnish, path) == "miss", path
    for path in untouched:
        assert through(varnish, path) == "hit", path


@pytest.mark.parametrize("language", ["fr", "en"])
def test_publishing_an_article_purges_it_and_its_easy_read_version(
    public_varnish, language, django_capture_on_commit_callbacks
):
    varnish = public_varnish
    article = demo_url(ARTICLE, language)
    other = demo_url(ARTICLE, "en" if language == "fr" else "fr")
    purged = [article, article + EASY_READ[language]]
    for path in [*purged, other]:
        kept_in_varnish(varnish, path)

    with django_capture_on_commit_callbacks(execute=True):
        demo_page(ARTICLE, language).save_revision().publish()

    for path in purged:
        assert through(varnish, path) == "miss", path
    assert through(varnish, other) == "hit"
