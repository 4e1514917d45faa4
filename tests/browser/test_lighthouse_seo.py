"""Lighthouse's SEO audit scores 100 on every public page type a search engine may index.

The demo is served on loopback and audited by Lighthouse (npm's `lighthouse`, pinned in the
Makefile, which installs it) driving Debian's Chromium, started once for every page
(tests/browser/lighthouse_seo.mjs). The portal's public address is the server's own during the test:
Lighthouse's canonical audit refuses a canonical address on another host, and its crawlability
audit reads that host's /robots.txt. Lighthouse fetches robots.txt from inside the page, which the
public pages' policy allows (`connect-src 'self'`; no script runs there): the pages are audited as
they are served. Pages that must not be indexed (search, print, versions, forms,
visit cards) are left out. A missing Node, Lighthouse or Chromium is a skip here, a failure
in CI (tests/conftest.py).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches

from content.page_cache import site_memo_clear
from tests.browser.conftest import chromium_path
from tests.pages import (
    DEMO_CLINIC_WITH_CHATBOT,
    DEMO_CLINIC_WITH_HISTORY,
    PAGE_TYPES,
    demo_url,
    directory_url,
    notice_url,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LIGHTHOUSE_DIR = Path(
    os.environ.get("LIGHTHOUSE_DIR", Path(__file__).resolve().parents[2] / ".venv/lighthouse")
)
SCRIPT = Path(__file__).with_name("lighthouse_seo.mjs")
# Lighthouse's own flags for Chromium come on top: no background networking, no component update.
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic"]
# A catalogue system that appears in a live demo notice.
DEMO_SYSTEM = "vocaline-dictee"


def indexable_paths(language: str) -> dict[str, str]:
    """One address of each public page type that search engines may index, by its name."""
    easy_read = "facile/" if language == "fr" else "easy-read/"
    paths = {name: demo_url(key, language) for name, key in PAGE_TYPES.items()}
    paths["article_easy_read"] = paths["article"] + easy_read
    paths["directory"] = directory_url(language)
    paths["notice"] = notice_url(DEMO_CLINIC_WITH_HISTORY, language)
    paths["notice_easy_read"] = notice_url(DEMO_CLINIC_WITH_CHATBOT, language, easy_read)
    paths["system"] = paths["directory"] + f"systems/{DEMO_SYSTEM}/"
    paths["observatory"] = "/fr/observatoire/" if language == "fr" else "/en/observatory/"
    paths["open_data"] = "/fr/donnees/" if language == "fr" else "/en/data/"
    return paths


def lighthouse_seo(addresses: list[str]) -> dict[str, dict]:
    """Lighthouse's SEO result for each address: its score, failing audits and hosts reached."""
    node = shutil.which("node")
    chromium = chromium_path()
    if node is None or chromium is None:
        pytest.skip("needs Node and Debian's chromium (apt-get install npm chromium)")
    if not (LIGHTHOUSE_DIR / "node_modules/lighthouse/package.json").is_file():
        pytest.skip(f"needs Lighthouse in {LIGHTHOUSE_DIR} (make test installs it)")
    request = {
        "lighthouse": str(LIGHTHOUSE_DIR),
        "chrome": chromium,
        "flags": CHROMIUM_FLAGS,
        "addresses": addresses,
    }
    result = subprocess.run(
        [node, str(SCRIPT)],
        input=json.dumps(request),
        env={**os.environ, "CHROME_PATH": chromium},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def failure_report(address: str, outcome: dict) -> str:
    """One failing page: its score, then each failing audit's id, title and items."""
    lines = [f"{address}: SEO {outcome['score']}"]
    if outcome["runtimeError"]:
        lines.append(f"  Lighthouse could not audit it: {outcome['runtimeError']}")
    for audit in outcome["failures"]:
        lines.append(f"  {audit['id']}: {audit['title']} {audit['explanation']}".rstrip())
        lines.extend(f"    {json.dumps(item, ensure_ascii=False)}" for item in audit["items"])
    return "\n".join(lines)


def test_every_indexable_page_type_scores_100_in_lighthouse_seo(portal_server, settings):
    settings.PORTAL_PUBLIC_URL = portal_server
    # Pages kept by earlier tests carry the configured public address, not the server's.
    for cache in caches.all():
        cache.clear()
    site_memo_clear()
    addresses = [
        portal_server + path
        for language in ("fr", "en")
        for path in indexable_paths(language).values()
    ]

    outcomes = lighthouse_seo(addresses)

    for address, outcome in outcomes.items():
        print(f"{outcome['score']:>4}  {address}")
    failing = [
        failure_report(address, outcome)
        for address, outcome in outcomes.items()
        if outcome["score"] != 100
    ]
    assert not failing, "\n".join(failing)
    server_host = urlsplit(portal_server).netloc
    for address, outcome in outcomes.items():
        # A page without a canonical link, or a site without robots.txt, would pass unchecked.
        assert not {"canonical", "robots-txt"} & set(outcome["notApplicable"]), address
        assert set(outcome["hosts"]) == {server_host}, address
