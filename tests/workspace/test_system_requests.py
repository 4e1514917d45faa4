"""« Mon outil n’est pas dans le catalogue » : an editor asks for a tool and goes on with the draft."""

import pytest

from content.notices.models import SystemRequest
from content.vocabulary import MemberRole
from content.workspace.system_requests import MAX_OPEN_REQUESTS
from tests.factories import AISystemFactory, member, published_clinic
from tests.workspace.helpers import sign_in_verified, soup_of, text, url

pytestmark = pytest.mark.django_db

REQUEST = {
    "product": "Scribotron",
    "vendor": "Scribo SA",
    "url": "scribo.example/scribotron",
    "note": "Pour les comptes rendus de consultation.",
}


def test_the_clinic_page_leads_an_editor_to_the_request_form(as_editor, clinic):
    response = as_editor.get(url("clinic", clinic))

    link = soup_of(response).find("a", href=url("system_request", clinic))
    assert link is not None
    assert text(link) == "Mon outil n’est pas dans le catalogue"


def test_an_editor_asks_for_a_tool_and_is_told_to_go_on_with_the_draft(as_editor, clinic, editor):
    page = as_editor.get(url("system_request", clinic))
    assert page.status_code == 200
    assert soup_of(page).find("a", href=url("notice_edit", clinic)) is not None

    response = as_editor.post(url("system_request", clinic), REQUEST, follow=True)

    request = SystemRequest.objects.get(clinic=clinic)
    assert (request.product, request.vendor, request.requested_by) == (
        "Scribotron",
        "Scribo SA",
        editor,
    )
    assert request.url == "https://scribo.example/scribotron"
    assert request.status == SystemRequest.Status.OPEN
    shown = text(soup_of(response))
    assert "Demande envoyée" in shown and "Continuez votre brouillon" in shown
    assert "Scribotron (Scribo SA)" in shown and "À traiter" in shown


def test_the_page_shows_the_portals_answers(as_editor, clinic, editor):
    system = AISystemFactory(name="Scribotron Pro")
    SystemRequest.objects.create(
        clinic=clinic, product="Scribotron", vendor="Scribo SA", status="added", system=system
    )
    SystemRequest.objects.create(
        clinic=clinic,
        product="Chatomatic",
        vendor="Chato Inc.",
        status="declined",
        answer="Cet outil ne sert pas aux soins : il n’a pas sa place au catalogue.",
    )

    shown = text(soup_of(as_editor.get(url("system_request", clinic))))

    assert "Choisissez maintenant « Scribotron Pro »" in shown
    assert "il n’a pas sa place au catalogue" in shown


def test_another_clinics_requests_are_not_shown(as_editor, clinic):
    other = published_clinic(uses=1)
    SystemRequest.objects.create(clinic=other, product="Secretix", vendor="Secret SA")

    assert "Secretix" not in as_editor.get(url("system_request", clinic)).content.decode()


def test_a_reviewer_cannot_ask_for_a_tool(as_reviewer, clinic):
    assert as_reviewer.get(url("system_request", clinic)).status_code == 403
    assert as_reviewer.post(url("system_request", clinic), REQUEST).status_code == 403
    assert not SystemRequest.objects.exists()


def test_an_editor_of_another_clinic_gets_404(client, clinic):
    outsider = member(published_clinic(uses=1), MemberRole.EDITOR)
    sign_in_verified(client, outsider)

    assert client.get(url("system_request", clinic)).status_code == 404
    assert client.post(url("system_request", clinic), REQUEST).status_code == 404
    assert not SystemRequest.objects.filter(clinic=clinic).exists()


@pytest.mark.parametrize(
    ("language", "missing_vendor", "bad_url"),
    [
        (
            "fr",
            "Écrivez le nom de l’éditeur\u00a0: sans lui, le portail ne peut pas se renseigner.",
            "Écrivez une adresse web complète, par exemple https://www.exemple.fr.",
        ),
        (
            "en",
            "Write the vendor’s name: without it, the portal cannot find out about the tool.",
            "Write a full web address, for example https://www.example.com.",
        ),
    ],
)
def test_errors_show_next_to_their_fields_keeping_what_was_typed(
    as_editor, clinic, language, missing_vendor, bad_url
):
    typed = {**REQUEST, "vendor": "", "url": "pas une adresse"}

    response = as_editor.post(url("system_request", clinic, language), typed)

    assert response.status_code == 400
    soup = soup_of(response)
    assert soup.find("html")["lang"] == language
    # text() reads a no-break space as a space, as a screen reader does.
    assert text(soup.find(id="id_vendor_error")).endswith(" ".join(missing_vendor.split()))
    assert text(soup.find(id="id_url_error")).endswith(" ".join(bad_url.split()))
    assert "id_vendor_error" in soup.find(id="id_vendor").get("aria-describedby", "")
    assert soup.find(id="id_product")["value"] == "Scribotron"
    assert soup.find(id="id_note").string.strip() == REQUEST["note"]
    assert soup.select_one(".error-summary") is not None
    assert not SystemRequest.objects.exists()


def test_a_clinic_with_too_many_open_requests_is_asked_to_wait(as_editor, clinic):
    for number in range(MAX_OPEN_REQUESTS):
        SystemRequest.objects.create(clinic=clinic, product=f"Outil {number}", vendor="Éditeur")

    response = as_editor.post(url("system_request", clinic), REQUEST)

    assert response.status_code == 400
    assert "demandes en attente" in text(soup_of(response).select_one(".error-summary"))
    assert SystemRequest.objects.filter(clinic=clinic).count() == MAX_OPEN_REQUESTS
