"""The registration form in Chromium, in both languages at 320 px: the form, its error state and the
confirmation page pass axe; a manager fills it in, follows the link of the email and is told the
portal's editors will examine the request."""

import pytest
from django.core import mail

from tests.browser.checks import assert_page_accessible
from tests.registrations.helpers import VALID_SIRET, confirmation_link

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WORDS = {
    "fr": {
        "name": "Nom de la structure",
        "kind": "Type de structure",
        "street": "Adresse",
        "postcode": "Code postal",
        "city": "Ville",
        "identifier": "Numéro FINESS ou SIRET (facultatif)",
        "requester": "Votre nom",
        "email": "Votre adresse e-mail professionnelle",
        "role": "Votre fonction dans la structure",
        "send": "Envoyer la demande",
        "postcode_error": "Le code postal a cinq chiffres.",
        "name_error": "Écrivez le nom de votre structure.",
        "sent": "Regardez votre boîte de réception",
        "confirmed": "Adresse confirmée",
        "next": "L’équipe du portail vérifie que la structure existe",
    },
    "en": {
        "name": "Name of the care provider",
        "kind": "Type of care provider",
        "street": "Address",
        "postcode": "Postcode",
        "city": "Town or city",
        "identifier": "FINESS or SIRET number (optional)",
        "requester": "Your name",
        "email": "Your work email address",
        "role": "Your role in the care provider",
        "send": "Send the request",
        "postcode_error": "The postcode has five digits.",
        "name_error": "Write the name of your care provider.",
        "sent": "Check your inbox",
        "confirmed": "Address confirmed",
        "next": "The portal’s team checks that the care provider exists",
    },
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_manager_registers_a_structure_and_confirms_the_address(visit, portal_server, language):
    words = WORDS[language]
    mail.outbox = []
    page, response, hosts = visit(f"/{language}/register/", width=320)
    assert response.status == 200
    assert_page_accessible(page, language=language, hosts=hosts, server=portal_server)

    # A first try with mistakes: a four-digit postcode, no name.
    page.get_by_label(words["postcode"], exact=True).fill("6900")
    page.get_by_label(words["city"], exact=True).fill("Lyon")
    page.get_by_role("button", name=words["send"]).click()
    page.wait_for_load_state("load")
    assert words["postcode_error"] in page.locator("#id_postcode_error").inner_text()
    assert words["name_error"] in page.locator("#id_name_error").inner_text()
    assert page.get_by_label(words["city"], exact=True).input_value() == "Lyon"
    assert_page_accessible(page, language=language, hosts=hosts, server=portal_server)

    page.get_by_label(words["name"], exact=True).fill(f"Cabinet des Glycines ({language})")
    page.get_by_label(words["kind"], exact=True).select_option("gp_practice")
    page.get_by_label(words["street"], exact=True).fill("4 rue des Glycines")
    page.get_by_label(words["postcode"], exact=True).fill("69003")
    page.get_by_label(words["identifier"], exact=True).fill(VALID_SIRET)
    page.get_by_label(words["requester"], exact=True).fill("Claire Fontaine")
    page.get_by_label(words["email"], exact=True).fill(f"claire.{language}@glycines.example")
    page.get_by_label(words["role"], exact=True).fill("médecin")
    page.get_by_role("button", name=words["send"]).click()
    page.wait_for_load_state("load")
    assert words["sent"] in page.locator("h1").inner_text()
    assert_page_accessible(page, language=language, hosts=hosts, server=portal_server)

    (email,) = [m for m in mail.outbox if m.to == [f"claire.{language}@glycines.example"]]
    page.goto(portal_server + confirmation_link(email), wait_until="load")
    assert words["confirmed"] in page.locator("h1").inner_text()
    assert words["next"] in page.locator("main").inner_text()
    assert_page_accessible(page, language=language, hosts=hosts, server=portal_server)
