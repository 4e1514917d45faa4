"""Printed addresses live forever: the stable `/n/<id>/` address, and every old address after a
clinic or a page is renamed answers a permanent redirect to the same form at the new one."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from content.notices.document import current_version
from content.notices.links import EASY_READ_ROUTES
from content.notices.models import Clinic, FormerClinicSlug
from content.notices.purges import NOTICE_ROUTES
from content.registrations.services import clinic_slug_free
from content.visits.cards import VisitInput, published_uses, visit_card_issue
from content.visits.models import VisitCard
from content.vocabulary import ProfessionalRole
from tests.factories import ClinicFactory, published_clinic
from tests.notices.helpers import LANGUAGES, directory, notice_url
from tests.pages import demo_page

pytestmark = pytest.mark.django_db

# Every HTML, PDF and image form of a notice under the directory page, in each language: those
# the CDN is told to drop, an archived version, the easy-read first screen and the contact form.
NOTICE_FORMS = {
    language: [*NOTICE_ROUTES, "versions/1/", EASY_READ_ROUTES[language], "contact/"]
    for language in LANGUAGES
}


def rename(clinic: Clinic, slug: str) -> Clinic:
    """Change the clinic's slug as an editor does in the admin: a revision, then publishing it."""
    clinic.slug = slug
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    return clinic


def old_addresses(clinic_slug: str) -> list[tuple[str, str]]:
    """(language, address) of every form of the notice of `clinic_slug`, as they are today."""
    addresses = [
        (language, notice_url_of(clinic_slug, language, route))
        for language in LANGUAGES
        for route in NOTICE_FORMS[language]
    ]
    addresses.append(("", f"/api/notices/{clinic_slug}.json"))
    addresses += [
        (language, f"/api/notices/{clinic_slug}/badge-{language}.svg") for language in LANGUAGES
    ]
    return addresses


def notice_url_of(clinic_slug: str, language: str, route: str = "") -> str:
    return directory(language).notice_url(clinic_slug, route)


def assert_leads_once_to(client, old: str, new: str) -> None:
    response = client.get(old)
    assert (response.status_code, response.get("Location")) == (301, new), old
    assert client.get(new).status_code == 200, new


# --- The stable address ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stable_address_leads_to_the_notice_in_the_language_of_the_readers_phone(
    client, language
):
    clinic = published_clinic(uses=1)

    response = client.get(f"/n/{clinic.pk}/", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 302
    assert response["Location"] == notice_url(clinic, language)
    assert "Accept-Language" in response["Vary"]
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stable_address_in_one_language_ignores_the_phones_language(client, language):
    clinic = published_clinic(uses=1)
    other = "en" if language == "fr" else "fr"

    response = client.get(f"/n/{clinic.pk}/{language}/", HTTP_ACCEPT_LANGUAGE=other)

    assert (response.status_code, response["Location"]) == (302, notice_url(clinic, language))


def test_the_stable_address_of_a_draft_a_withdrawn_notice_or_an_unknown_one_is_the_designed_404(
    client,
):
    draft = ClinicFactory()
    withdrawn = published_clinic(uses=1)
    withdrawn.unpublish()

    for address in (f"/n/{draft.pk}/", f"/n/{withdrawn.pk}/", "/n/999999/", "/n/1/de/"):
        response = client.get(address, HTTP_ACCEPT_LANGUAGE="en", follow=True)
        assert response.status_code == 404, address
        assert "Page not found" in response.content.decode(), address


def test_the_stable_address_costs_two_queries(client, django_assert_max_num_queries):
    clinic = published_clinic(uses=1)
    client.get(f"/n/{clinic.pk}/")  # the directory's addresses are kept after the first reader

    with django_assert_max_num_queries(2):
        assert client.get(f"/n/{clinic.pk}/").status_code == 302


# --- A clinic renamed --------------------------------------------------------------------------


def test_every_old_address_of_a_renamed_clinic_leads_once_to_the_same_form_at_the_new_one(client):
    clinic = published_clinic(uses=2, slug="cabinet-avant")
    before = old_addresses("cabinet-avant")

    rename(clinic, "cabinet-apres")

    after = old_addresses("cabinet-apres")
    for (_language, old), (_same, new) in zip(before, after, strict=True):
        assert_leads_once_to(client, old, new)
    # The query of a link (a visit's code on the contact form) is kept.
    response = client.get(notice_url_of("cabinet-avant", "fr", "contact/") + "?visit=ABC")
    assert response["Location"] == notice_url_of("cabinet-apres", "fr", "contact/") + "?visit=ABC"
    assert client.get(f"/n/{clinic.pk}/fr/")["Location"] == notice_url_of("cabinet-apres", "fr")


def test_a_clinic_renamed_twice_leads_from_each_old_address_in_one_step_and_may_take_one_back(
    client,
):
    clinic = published_clinic(uses=1, slug="premier-nom")
    rename(clinic, "deuxieme-nom")
    rename(clinic, "troisieme-nom")

    for old in ("premier-nom", "deuxieme-nom"):
        assert_leads_once_to(
            client,
            notice_url_of(old, "fr", "poster/"),
            notice_url_of("troisieme-nom", "fr", "poster/"),
        )

    rename(clinic, "premier-nom")

    assert client.get(notice_url_of("premier-nom", "fr")).status_code == 200
    assert_leads_once_to(
        client, notice_url_of("troisieme-nom", "en"), notice_url_of("premier-nom", "en")
    )
    assert sorted(
        FormerClinicSlug.objects.filter(clinic=clinic).values_list("slug", flat=True)
    ) == [
        "deuxieme-nom",
        "troisieme-nom",
    ]


def test_an_old_address_stays_its_clinics_no_other_clinic_may_take_it():
    clinic = published_clinic(uses=1, slug="maison-de-sante-des-saules")
    rename(clinic, "msp-des-saules")
    other = ClinicFactory()
    other.slug = "maison-de-sante-des-saules"

    with pytest.raises(ValidationError) as refused:
        other.full_clean()

    assert "a déjà servi à une autre structure" in " ".join(refused.value.message_dict["slug"])
    # A structure joining alone is given another address.
    assert clinic_slug_free("Maison de santé des Saules") == "maison-de-sante-des-saules-2"


def test_a_slug_changed_before_the_first_publication_keeps_nothing():
    clinic = ClinicFactory(slug="brouillon-avant")
    clinic.slug = "brouillon-apres"
    clinic.save()

    assert not FormerClinicSlug.objects.exists()


def test_a_withdrawn_clinics_old_addresses_are_not_found(client):
    clinic = published_clinic(uses=1, slug="ancien-centre")
    rename(clinic, "nouveau-centre")
    Clinic.objects.get(pk=clinic.pk).unpublish()

    assert client.get(notice_url_of("ancien-centre", "fr")).status_code == 404
    assert client.get("/api/notices/ancien-centre.json").status_code == 404


def test_a_visit_page_issued_before_the_rename_still_answers_and_leads_to_the_notice(client):
    clinic = published_clinic(uses=2, slug="cabinet-des-visites")
    uses = published_uses(current_version(clinic))
    card = visit_card_issue(
        clinic=clinic,
        asked=VisitInput(
            use_keys=[use["id"] for use in uses],
            visit_date=timezone.localdate(),
            language="fr",
            checker_name="Dr Claire Martin",
            checker_role=ProfessionalRole.GP,
        ),
        channel=VisitCard.Channel.WORKSPACE,
    )

    rename(clinic, "cabinet-des-visites-renomme")

    for language in LANGUAGES:
        page = client.get(f"/{language}/v/{card.code}/")
        assert page.status_code == 200
        links = re.findall(r'href="([^"#]+)', page.content.decode())
        notice_links = [link for link in links if "cabinet-des-visites" in link]
        assert notice_links
        for link in notice_links:
            response = client.get(link, follow=True)
            assert response.status_code == 200, link
            assert "cabinet-des-visites-renomme" in response.request["PATH_INFO"], link


# --- A page renamed ----------------------------------------------------------------------------


@pytest.fixture
def rename_page(django_capture_on_commit_callbacks):
    """Change a page's slug as an editor does; Wagtail records its redirects once that commits."""

    def rename(page, slug: str):
        with django_capture_on_commit_callbacks(execute=True):
            page.slug = slug
            page.save_revision().publish()
        page.refresh_from_db()
        return page

    return rename


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_old_address_under_the_renamed_directory_leads_to_the_same_form(
    client, rename_page, language
):
    clinic = published_clinic(uses=1)
    page = directory(language)
    before = [notice_url_of(clinic.slug, language, route) for route in NOTICE_FORMS[language]]
    before_directory = page.url

    rename_page(page, "structures-de-soins" if language == "fr" else "care-providers")

    assert Redirect.objects.filter(redirect_page=page, automatically_created=True).exists()
    assert_leads_once_to(client, before_directory, page.url)
    for old, route in zip(before, NOTICE_FORMS[language], strict=True):
        assert_leads_once_to(client, old, notice_url_of(clinic.slug, language, route))
    response = client.get(before_directory + "?q=albi")
    assert response["Location"] == page.url + "?q=albi"
    # The stable address follows the directory wherever it goes.
    assert client.get(f"/n/{clinic.pk}/{language}/")["Location"] == notice_url(clinic, language)


def test_a_renamed_article_and_its_easy_read_version_lead_to_their_new_addresses(
    client, rename_page
):
    article = demo_page("how-clinicians-use-ai", "fr")
    old = article.url

    rename_page(article, "comment-les-soignants-se-servent-de-l-ia")

    assert_leads_once_to(client, old, article.url)
    assert_leads_once_to(client, old + "facile/", article.url + "facile/")


def test_an_address_that_never_existed_under_a_renamed_page_is_still_the_designed_404(
    client, rename_page
):
    page = directory("fr")
    old = page.url
    rename_page(page, "structures-de-soins")

    response = client.get(old + "cabinet-qui-n-existe-pas/", follow=True)

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_the_redirects_editors_add_in_the_admin_still_answer(client):
    article = demo_page("how-clinicians-use-ai", "fr")
    Redirect.objects.create(old_path="/fr/campagne-2025", redirect_page=article)
    Redirect.objects.create(
        old_path="/fr/ancien-guide", redirect_link="https://example.org/guide", is_permanent=False
    )

    campaign = client.get("/fr/campagne-2025/?source=affiche")
    guide = client.get("/fr/ancien-guide/")

    assert (campaign.status_code, campaign["Location"]) == (301, article.url + "?source=affiche")
    assert (guide.status_code, guide["Location"]) == (302, "https://example.org/guide")
    # Below an address that leads to another site nothing is guessed.
    assert client.get("/fr/ancien-guide/chapitre-2/", follow=True).status_code == 404


def test_saving_a_draft_with_another_slug_changes_no_address_until_it_is_published(client):
    clinic = published_clinic(uses=1, slug="adresse-en-vigueur")
    clinic.slug = "adresse-du-brouillon"
    clinic.save_revision()

    assert not FormerClinicSlug.objects.exists()
    assert client.get(notice_url_of("adresse-en-vigueur", "fr")).status_code == 200
    # An address that never existed under the live notice is a 404, not a redirect to itself.
    assert client.get(notice_url_of("adresse-en-vigueur", "fr", "versions/99/")).status_code == 404


def test_a_page_renamed_and_renamed_back_answers_at_its_address_and_loops_nowhere(
    client, rename_page
):
    article = demo_page("how-clinicians-use-ai", "fr")
    first = article.url
    rename_page(article, "un-autre-nom")
    rename_page(article, first.rstrip("/").rsplit("/", 1)[1])

    assert article.url == first
    assert client.get(first).status_code == 200
    assert client.get(first + "facile/").status_code == 200
    response = client.get(first + "page-qui-n-existe-pas/", follow=True)
    assert response.status_code == 404
    assert len(response.redirect_chain) <= 1


def test_a_phone_in_a_language_the_notices_are_not_published_in_reads_the_french_notice(client):
    clinic = published_clinic(uses=1)
    directory("en").unpublish()

    response = client.get(f"/n/{clinic.pk}/", HTTP_ACCEPT_LANGUAGE="en")

    assert (response.status_code, response["Location"]) == (302, notice_url(clinic, "fr"))


def test_a_number_too_long_to_be_a_clinic_is_the_designed_404(client):
    response = client.get("/n/99999999999999999999999/", follow=True)

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.parametrize(
    "route", ["poster/", "poster/bilingual/", "poster/table-card/", "qr/", "qr/png/"]
)
def test_printed_forms_and_qr_codes_are_not_indexed_apart_from_the_notice(client, route):
    clinic = published_clinic(uses=1)

    response = client.get(notice_url(clinic, "fr", route))

    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
