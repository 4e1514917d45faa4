"""The page where a member sees which emails the portal sends them and turns off the optional ones."""

import pytest

from content.vocabulary import MemberRole
from content.workspace.models import ClinicMembership
from tests.factories import MembershipFactory, member, published_clinic
from tests.workspace.helpers import sign_in_verified, soup_of, text, url

pytestmark = pytest.mark.django_db

CHECKBOX = "#id_optional_emails"


def main_text(response) -> str:
    return text(soup_of(response).select_one("main"))


def choice_of(user, clinic) -> bool:
    return ClinicMembership.objects.get(user=user, clinic=clinic).optional_emails


def test_an_editor_sees_every_email_of_the_role_and_the_reminders_on_by_default(as_editor, clinic):
    response = as_editor.get(url("email_preferences", clinic))

    assert response.status_code == 200
    page = main_text(response)
    assert "La relecture a décidé" in page
    assert "La date de relecture annuelle de la notice publiée est passée." in page
    assert "Le catalogue a changé une information" in page
    assert "Une notice est soumise à votre relecture médicale." not in page
    assert soup_of(response).select_one(CHECKBOX).has_attr("checked")


def test_an_editor_turns_the_reminders_off_and_sees_the_choice_kept(as_editor, clinic, editor):
    response = as_editor.post(url("email_preferences", clinic), {}, follow=True)

    assert response.redirect_chain[-1][0] == url("email_preferences", clinic)
    assert "vous ne recevrez plus les rappels facultatifs" in main_text(response)
    assert not soup_of(response).select_one(CHECKBOX).has_attr("checked")
    assert choice_of(editor, clinic) is False

    as_editor.post(url("email_preferences", clinic), {"optional_emails": "on"})

    assert choice_of(editor, clinic) is True


def test_a_reviewer_sees_the_reviews_emails_and_may_turn_the_reminders_off(
    as_reviewer, clinic, reviewer
):
    response = as_reviewer.get(url("email_preferences", clinic))

    page = main_text(response)
    assert "Une notice est soumise à votre relecture médicale." in page
    assert "Le catalogue a changé une information" not in page

    as_reviewer.post(url("email_preferences", clinic), {})

    assert choice_of(reviewer, clinic) is False


def test_a_clinician_is_told_no_email_comes_and_has_nothing_to_choose(client, clinic):
    clinician = member(clinic, MemberRole.CLINICIAN)
    sign_in_verified(client, clinician)

    response = client.get(url("email_preferences", clinic))

    assert response.status_code == 200
    assert "le portail ne vous envoie aucun e-mail" in main_text(response)
    assert soup_of(response).select_one(CHECKBOX) is None
    assert client.post(url("email_preferences", clinic), {}).status_code == 403
    assert choice_of(clinician, clinic) is True


def test_the_choice_holds_for_one_clinic_only(as_editor, clinic, editor):
    other = published_clinic(uses=1)
    MembershipFactory(user=editor, clinic=other, role=MemberRole.EDITOR)

    as_editor.post(url("email_preferences", clinic), {})

    assert choice_of(editor, clinic) is False
    assert choice_of(editor, other) is True


def test_another_clinics_page_is_not_found_and_changes_nothing(as_editor):
    other = published_clinic(uses=1)
    colleague = member(other, MemberRole.EDITOR)

    assert as_editor.get(url("email_preferences", other)).status_code == 404
    assert as_editor.post(url("email_preferences", other), {}).status_code == 404
    assert choice_of(colleague, other) is True


def test_a_visitor_not_signed_in_is_sent_to_sign_in(client, clinic):
    response = client.get(url("email_preferences", clinic))

    assert response.status_code == 302
    assert url("sign_in") in response["Location"]


def test_the_clinic_page_links_to_the_emails_page(as_editor, clinic):
    response = as_editor.get(url("clinic", clinic))

    links = [link["href"] for link in soup_of(response).select("ul.actions a")]
    assert url("email_preferences", clinic) in links


def test_the_page_speaks_english_under_en(as_editor, clinic):
    response = as_editor.get(url("email_preferences", clinic, "en"))

    assert response.status_code == 200
    assert soup_of(response).select_one("html")["lang"] == "en"
