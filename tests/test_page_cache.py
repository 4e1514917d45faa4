"""The page cache: kept pages cost nothing, every change a page shows makes it fresh at the next
request, and nothing personal or with a form is ever kept."""

import gzip

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from content.explainers.models import BarometerFigure, FooterLinks, GlossaryTerm
from content.notices.models import AISystem, Clinic
from content.vocabulary import Country, MemberRole
from content.workspace.models import NoticeReview
from tests.factories import member, published_clinic
from tests.pages import (
    DEMO_CLINIC_WITH_HISTORY,
    demo_page,
    demo_url,
    directory_url,
    notice_url,
)
from tests.workspace.helpers import draft_save, sign_in_verified, url

pytestmark = pytest.mark.django_db

KEPT_CACHE_CONTROL = {
    "public",
    "max-age=60",
    "s-maxage=300",
    "stale-while-revalidate=60",
    "stale-if-error=86400",
}


def get(client, address: str, **headers):
    """A request and whether the page cache answered it, with no database query."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, **headers)
    return response, response.get("X-Page-Cache") == "hit" and not queries.captured_queries


def kept(client, address: str) -> str:
    """Request the address until it is kept; return what it shows."""
    client.get(address)
    response, from_cache = get(client, address)
    assert from_cache, address
    return response.content.decode()


@pytest.fixture
def changes(django_capture_on_commit_callbacks):
    """Run a change as a committed transaction would: the page cache hears of it."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


# What is kept, and how it is sent


@pytest.mark.parametrize(
    "address",
    [
        lambda: demo_url("home", "fr"),
        lambda: demo_url("section-understand", "en"),
        lambda: demo_url("how-clinicians-use-ai", "fr"),
        lambda: demo_url("page-glossary", "en"),
        lambda: directory_url("fr"),
        lambda: directory_url("en") + "?q=albi",
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "fr"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "en", "print/"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "versions/"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "versions/1/"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "qr/"),
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "en", "qr/png/"),
        lambda: f"/api/notices/{DEMO_CLINIC_WITH_HISTORY}.json",
        lambda: "/api/notices/schema.json",
        lambda: "/sitemap.xml",
        lambda: "/sitemap-notices.xml",
        lambda: "/robots.txt",
    ],
    ids=lambda _: "",
)
def test_a_public_page_read_again_costs_no_query_and_may_be_kept_in_front(client, address):
    address = address()
    first = client.get(address)

    again, from_cache = get(client, address)

    assert from_cache
    assert again.content == first.content
    for response in (first, again):
        assert set(response["Cache-Control"].split(", ")) == KEPT_CACHE_CONTROL
        assert "Set-Cookie" not in response
        assert response["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_kept_page_is_compressed_for_readers_who_accept_it(client):
    address = notice_url(DEMO_CLINIC_WITH_HISTORY, "fr")
    plain = client.get(address).content

    response, from_cache = get(client, address, HTTP_ACCEPT_ENCODING="gzip, br")

    assert from_cache
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content) == plain
    assert len(response.content) < len(plain) / 3


@pytest.mark.parametrize(
    "address",
    [
        lambda: notice_url(DEMO_CLINIC_WITH_HISTORY, "fr", "contact/"),
        lambda: "/fr/workspace/sign-in/",
        lambda: "/fr/search/?q=vend%C3%B4me",
        lambda: "/admin/login/",
        lambda: "/fr/register/",
    ],
    ids=["contact form", "workspace sign-in", "search", "admin", "registration form"],
)
def test_pages_with_a_form_or_a_personal_state_are_never_kept(client, address):
    address = address()
    client.get(address)

    response, from_cache = get(client, address)

    assert not from_cache
    assert response.get("X-Page-Cache") is None
    assert "public" not in response.get("Cache-Control", "")


def test_a_signed_in_reader_is_never_served_nor_makes_a_kept_page(client):
    clinic = published_clinic(uses=1)
    address = notice_url(clinic.slug, "fr")
    client.force_login(member(clinic, MemberRole.EDITOR))

    client.get(address)
    signed_in, from_cache = get(client, address)
    client.logout()
    anonymous, anonymous_from_cache = get(client, address)

    assert signed_in.status_code == 200 and not from_cache
    assert signed_in.get("X-Page-Cache") is None
    assert anonymous.get("X-Page-Cache") == "miss" and not anonymous_from_cache


def test_a_missing_notice_is_not_kept(client):
    address = notice_url("cabinet-qui-n-existe-pas", "fr")
    client.get(address)

    response, from_cache = get(client, address)

    assert response.status_code == 404
    assert not from_cache


def test_pages_are_served_afresh_when_the_cache_is_down(client, unused_tcp_port_url):
    pages_cache = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": unused_tcp_port_url,
        "KEY_PREFIX": "pages",
    }
    with override_settings(CACHES={**_caches_setting(), "pages": pages_cache}):
        first = client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr"))
        again = client.get(notice_url(DEMO_CLINIC_WITH_HISTORY, "fr"))

    assert first.status_code == again.status_code == 200
    assert again.get("X-Page-Cache") is None
    assert "Tilleuls" in again.content.decode()


def _caches_setting():
    from django.conf import settings

    return dict(settings.CACHES)


@pytest.fixture
def unused_tcp_port_url():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


# Every change makes the pages that show it fresh


def test_publishing_a_page_renews_every_page_whose_menu_shows_it(client, changes):
    notice = notice_url(DEMO_CLINIC_WITH_HISTORY, "fr")
    home = demo_url("home", "fr")
    assert "Mieux comprendre" not in kept(client, notice)
    kept(client, home)
    section = demo_page("section-understand", "fr")

    with changes():
        section.title = "Mieux comprendre"
        section.save_revision().publish()

    for address in (notice, home, demo_url("how-clinicians-use-ai", "fr")):
        response, from_cache = get(client, address)
        assert not from_cache
        assert "Mieux comprendre" in response.content.decode(), address


def test_unpublishing_a_page_takes_it_out_at_once(client, changes):
    article = demo_page("how-clinicians-use-ai", "fr")
    section = demo_url("section-understand", "fr")
    assert article.title in kept(client, section)
    kept(client, article.url)

    with changes():
        article.unpublish()

    assert client.get(article.url).status_code == 404
    assert article.title not in client.get(section).content.decode()


def test_approving_a_notice_in_the_workspace_renews_the_notice_and_the_directory(client, changes):
    clinic = published_clinic(uses=1, name="Cabinet des Mésanges")
    editor = member(clinic, MemberRole.EDITOR)
    reviewer = member(clinic, MemberRole.REVIEWER)
    notice = notice_url(clinic.slug, "fr")
    json_address = f"/api/notices/{clinic.slug}.json"
    for address in (notice, json_address, notice + "versions/", directory_url("fr")):
        kept(client, address)
    draft_save(
        clinic,
        user=editor,
        summary_fr="Résumé approuvé, mot témoin Pangolin. Le médecin lit ce que fait l’outil.",
    )
    client.force_login(editor)
    assert client.post(url("notice_submit", clinic), {"note": "Relire"}).status_code == 302
    review = NoticeReview.objects.get(clinic=clinic, status="pending")
    sign_in_verified(client, reviewer)

    with changes():
        response = client.post(
            url("notice_review", clinic),
            {"approve": "", "comment": "", "untranslated_confirmed": "on", "review": review.pk},
        )
    client.logout()

    assert response.status_code == 302
    assert "Pangolin" in client.get(notice).content.decode()
    assert "Pangolin" in client.get(json_address).content.decode()
    assert "Version 2" in client.get(notice + "versions/").content.decode()


def test_unpublishing_a_clinic_takes_its_notice_and_its_entry_out_at_once(client, changes):
    clinic = published_clinic(uses=1, name="Cabinet des Hirondelles")
    notice = notice_url(clinic.slug, "fr")
    kept(client, notice)
    assert "Cabinet des Hirondelles" in kept(client, directory_url("fr"))

    with changes():
        Clinic.objects.get(pk=clinic.pk).unpublish()

    assert client.get(notice).status_code == 404
    assert client.get(f"/api/notices/{clinic.slug}.json").status_code == 404
    assert "Cabinet des Hirondelles" not in client.get(directory_url("fr")).content.decode()


def test_changing_a_catalogue_system_renews_the_notices_that_describe_it(client, changes):
    clinic = published_clinic(uses=1)
    other = published_clinic(uses=1)
    notice, other_notice = notice_url(clinic.slug, "fr"), notice_url(other.slug, "fr")
    kept(client, notice)
    kept(client, other_notice)
    system = AISystem.objects.get(pk=clinic.uses.get().ai_system_id)

    with changes():
        system.hosting_country = Country.US
        system.data_leave_eea = True
        system.save()

    response, from_cache = get(client, notice)
    assert not from_cache
    assert "L’éditeur a changé ce qu’il déclare sur cet outil" in response.content.decode()
    # A notice that does not describe the system is still served as kept.
    assert get(client, other_notice)[1]


def test_renaming_a_catalogue_system_renews_the_directorys_choice_of_tools(client, changes):
    clinic = published_clinic(uses=1)
    system = AISystem.objects.get(pk=clinic.uses.get().ai_system_id)
    kept(client, directory_url("fr"))

    with changes():
        system.name = "Nom tout neuf"
        system.save()

    assert "Nom tout neuf" in client.get(directory_url("fr")).content.decode()


def test_changing_a_reference_figure_renews_the_pages_that_quote_it(client, changes):
    home, notice = demo_url("home", "fr"), notice_url(DEMO_CLINIC_WITH_HISTORY, "fr")
    assert "84\u00a0%" in kept(client, home)
    assert "84\u00a0%" in kept(client, notice)
    figure = BarometerFigure.objects.get(key="public-want-informed")

    with changes():
        figure.value = 83
        figure.save()

    assert "83\u00a0%" in client.get(home).content.decode()
    assert "83\u00a0%" in client.get(notice).content.decode()


def test_changing_a_glossary_term_renews_the_glossary(client, changes):
    glossary = demo_url("page-glossary", "fr")
    term = GlossaryTerm.objects.order_by("key").first()
    kept(client, glossary)

    with changes():
        term.definition_fr = "Une définition réécrite, mot témoin Capybara."
        term.save()

    assert "Capybara" in client.get(glossary).content.decode()


def test_changing_the_footer_renews_the_footer_of_every_page(client, changes):
    addresses = [
        demo_url("home", "fr"),
        directory_url("fr"),
        notice_url(DEMO_CLINIC_WITH_HISTORY, "fr"),
    ]
    legal = demo_page("page-legal", "fr")
    for address in addresses:
        assert legal.title in kept(client, address)
    footer = FooterLinks.for_site(Site.objects.get(is_default_site=True))

    with changes():
        footer.legal_page = None
        footer.save()

    for address in addresses:
        assert f">{legal.title}</a>" not in client.get(address).content.decode(), address


def test_kept_pages_and_tokens_live_in_their_own_cache(client):
    kept(client, demo_url("home", "fr"))

    caches["default"].clear()

    assert get(client, demo_url("home", "fr"))[1]


# On Redis, as in production


@pytest.fixture
def pages_on_redis():
    """The page cache on the Redis of this machine (127.0.0.1:6379), under a prefix of its own."""
    import uuid

    import redis
    from django.conf import settings

    location = "redis://127.0.0.1:6379/15"
    server = redis.Redis.from_url(location, socket_connect_timeout=1)
    try:
        server.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"test-pages-{uuid.uuid4().hex}"
    pages = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": prefix,
    }
    with override_settings(CACHES={**settings.CACHES, "pages": pages}):
        yield
    # Only this test's keys: the server is shared.
    for key in server.scan_iter(f"{prefix}:*"):
        server.delete(key)


def test_on_redis_a_kept_notice_costs_no_query_and_a_catalogue_change_renews_it(
    client, changes, pages_on_redis
):
    clinic = published_clinic(uses=1)
    notice = notice_url(clinic.slug, "fr")
    kept(client, notice)
    system = AISystem.objects.get(pk=clinic.uses.get().ai_system_id)

    with changes():
        system.version = "9.9"
        system.save()

    response, from_cache = get(client, notice)
    assert not from_cache
    assert "c’est maintenant « 9.9 »" in response.content.decode()
    assert get(client, notice)[1]


def test_a_notice_kept_at_its_old_address_answers_the_redirect_as_soon_as_the_clinic_is_renamed(
    client, changes
):
    clinic = published_clinic(uses=1, slug="cabinet-garde-en-memoire")
    old = notice_url(clinic.slug, "fr")
    kept(client, old)

    with changes():
        clinic.slug = "cabinet-renomme"
        clinic.save_revision().publish()

    response = client.get(old)
    assert (response.status_code, response["Location"]) == (
        301,
        notice_url("cabinet-renomme", "fr"),
    )
    assert "Cabinet" in kept(client, notice_url("cabinet-renomme", "fr"))
