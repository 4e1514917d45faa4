"""Writing about a visit: the card's page leads to the contact form with the tool preselected and
the visit's code attached; the clinic's inbox shows the code; a code of another clinic, expired or
garbled is silently dropped; the email to the clinic still holds no content."""

import datetime
import time

import html5lib
import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from content.notices.models import Clinic
from content.patient_messages.forms import PatientMessageForm, form_started_token
from content.patient_messages.models import PatientMessage
from content.templatetags.french_tags import long_date
from content.visits.models import VisitCard
from content.vocabulary import MemberRole, MessageKind
from tests.factories import member, published_clinic
from tests.notices.helpers import LANGUAGES, notice_url, page_text
from tests.visits.test_public_page import issued, visit_url
from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db

VISIT_LINE = {
    "fr": "Au sujet de votre rendez-vous du {date} (code {code})",
    "en": "About your appointment on {date} (code {code})",
}


def visit_day() -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=5)


def spoken(day: datetime.date, language: str) -> str:
    with translation.override(language):
        return long_date(day)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clinic() -> Clinic:
    """Two uses, published ten days ago."""
    clinic = published_clinic(uses=2, name="Cabinet des Tilleuls")
    clinic.versions.update(published_at=timezone.now() - datetime.timedelta(days=10))
    return clinic


def form_url(clinic: Clinic, language: str = "fr") -> str:
    return notice_url(clinic, language, "contact/")


def expire(card: VisitCard) -> None:
    VisitCard.objects.filter(pk=card.pk).update(
        issued_at=timezone.now() - datetime.timedelta(days=3 * 366)
    )


def filled(clinic: Clinic, **fields) -> dict:
    """A question about the clinic's second use, read for ten seconds before it is sent."""
    data = {
        "kind": MessageKind.QUESTION,
        "use": str(clinic.uses.order_by("sort_order")[1].key),
        "message": "Qui a relu le compte rendu de ce jour-là ?",
        "name": "",
        "email": "patient@example.net",
        "subject": "",
        "started": form_started_token(clinic=clinic, at=time.time() - 10),
    }
    data.update(fields)
    return data


def hidden_visit(response) -> str | None:
    tree = html5lib.parse(response.content, namespaceHTMLElements=False)
    field = tree.find(".//input[@name='visit']")
    assert field is not None and field.get("type") == "hidden"
    return field.get("value")


def selected_use(response) -> str | None:
    tree = html5lib.parse(response.content, namespaceHTMLElements=False)
    option = tree.find(".//select[@name='use']/option[@selected]")
    return option.get("value") if option is not None else None


# The link from the card's page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_link_of_a_tool_opens_the_form_with_it_chosen_and_the_visit_attached(
    client, clinic, language
):
    card = issued(clinic, day=visit_day())
    second = card.uses.get(position=2)
    page = page_text(client.get(visit_url(card.code, language)))
    link = f"{form_url(clinic, language)}?use={second.use_key}&visit={card.code}"
    assert f'href="{link}"' in page

    response = client.get(link)

    assert response.status_code == 200
    assert selected_use(response) == str(second.use_key)
    assert hidden_visit(response) == card.code
    line = VISIT_LINE[language].format(date=spoken(visit_day(), language), code=card.code)
    assert line in page_text(response)


@pytest.mark.parametrize(
    "code_of",
    [
        lambda card, foreign: foreign.code,
        lambda card, foreign: "ZZZZZ-ZZZZZ",
        lambda card, foreign: "<script>",
    ],
    ids=["another-clinic", "garbled", "markup"],
)
def test_a_code_that_is_not_this_clinics_is_not_attached(client, clinic, code_of):
    card = issued(clinic)
    foreign = issued(published_clinic(uses=1))

    response = client.get(f"{form_url(clinic)}?visit={code_of(card, foreign)}")

    assert response.status_code == 200
    assert not hidden_visit(response)
    assert "Au sujet de votre rendez-vous" not in page_text(response)


def test_an_expired_code_is_not_attached(client, clinic):
    card = issued(clinic)
    expire(card)

    response = client.get(f"{form_url(clinic)}?visit={card.code}")

    assert not hidden_visit(response)


def test_a_code_typed_in_lower_case_is_attached_in_its_printed_form(clinic):
    card = issued(clinic)

    form = PatientMessageForm(filled(clinic, visit=card.code.lower()), clinic=clinic)

    assert form.is_valid(), form.errors
    assert form.cleaned_data["visit"] == card


# Sending


def test_a_message_about_a_visit_is_stored_with_its_card(client, clinic):
    card = issued(clinic)

    response = client.post(form_url(clinic), filled(clinic, visit=card.code))

    assert response.status_code == 303
    message = PatientMessage.objects.get(clinic=clinic)
    assert message.visit == card
    assert str(message.use_key) == str(clinic.uses.order_by("sort_order")[1].key)


@pytest.mark.parametrize("kind", ["foreign", "expired", "garbled"])
def test_a_bad_code_sent_with_a_message_is_dropped_never_an_error(client, clinic, kind):
    card = issued(clinic)
    if kind == "foreign":
        code = issued(published_clinic(uses=1)).code
    elif kind == "expired":
        expire(card)
        code = card.code
    else:
        code = "pas-un-code"

    response = client.post(form_url(clinic), filled(clinic, visit=code))

    assert response.status_code == 303
    message = PatientMessage.objects.get(clinic=clinic)
    assert message.visit is None


def test_a_second_click_with_the_visit_is_one_message(client, clinic):
    card = issued(clinic)
    data = filled(clinic, visit=card.code)

    first = client.post(form_url(clinic), data)
    second = client.post(form_url(clinic), data)

    assert first.status_code == second.status_code == 303
    assert PatientMessage.objects.filter(clinic=clinic).count() == 1


def test_the_email_to_the_clinic_does_not_carry_the_code(client, clinic):
    card = issued(clinic)

    client.post(form_url(clinic), filled(clinic, visit=card.code))

    assert PatientMessage.objects.get(clinic=clinic).visit == card
    assert [email.to for email in mail.outbox] == [[clinic.ai_contact_email]]
    for email in mail.outbox:
        assert card.code not in email.subject + email.body
        assert "compte rendu de ce jour-là" not in email.body


# The clinic's inbox


def inbox_url(clinic: Clinic) -> str:
    with translation.override("fr"):
        return reverse("workspace:inbox", args=[clinic.pk])


def test_the_inbox_and_the_message_show_the_visits_code(client, clinic):
    card = issued(clinic, day=visit_day())
    client.post(form_url(clinic), filled(clinic, visit=card.code))
    message = PatientMessage.objects.get(clinic=clinic)
    sign_in_verified(client, member(clinic, MemberRole.REVIEWER))

    inbox = page_text(client.get(inbox_url(clinic)))
    with translation.override("fr"):
        detail_url = reverse("workspace:message", args=[clinic.pk, message.pk])
    detail = page_text(client.get(detail_url))

    for html in (inbox, detail):
        assert card.code in html
        assert f"Rendez-vous du {spoken(visit_day(), 'fr')}" in html


def test_the_inbox_costs_the_same_queries_with_1_or_3_messages_about_visits(client, clinic):
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))
    client.post(form_url(clinic), filled(clinic, visit=issued(clinic).code))
    client.get(inbox_url(clinic))
    with CaptureQueriesContext(connection) as few:
        client.get(inbox_url(clinic))
    for _ in range(2):
        client.post(form_url(clinic), filled(clinic, visit=issued(clinic).code))
    with CaptureQueriesContext(connection) as many:
        response = client.get(inbox_url(clinic))

    assert PatientMessage.objects.filter(clinic=clinic, visit__isnull=False).count() == 3
    assert page_text(response).count("Rendez-vous du") == 3
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_form_tells_no_code_apart_once_a_network_asked_for_too_many(clinic):
    """The form shows a visit's date only for a real card: crawling `?visit=` counts as crawling
    the card's page, and past the limit a real code is not shown either."""
    from django.test import Client

    from content.visits.codes import new_code
    from content.visits.misses import MISS_LIMITS
    from tests.visits.helpers import in_a_fresh_minute

    card = issued(clinic, day=visit_day())
    browser = Client()
    in_a_fresh_minute()
    for _ in range(MISS_LIMITS[0][0]):
        page = browser.get(form_url(clinic) + f"?visit={new_code()}")
        assert page.status_code == 200
    shown = page_text(browser.get(form_url(clinic) + f"?visit={card.code}"))

    assert card.code not in shown
    # The card's own page is refused to that network too.
    assert browser.get(visit_url(card.code)).status_code == 429
