"""The form a patient uses to write to a clinic: minimal, accessible, private, and hard to abuse."""

import html as html_lib
import logging
import time

import html5lib
import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Site

from content.explainers.models import FooterLinks
from content.notices.models import Clinic
from content.notices.pages import ClinicDirectoryPage
from content.patient_messages.forms import PatientMessageForm, form_started_token
from content.patient_messages.limits import MESSAGE_LIMITS, message_counted
from content.patient_messages.models import ConcernCount, PatientMessage
from content.vocabulary import MessageKind
from tests.factories import ClinicFactory, published_clinic

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en"]
CANARY = "Canari-7f3e : le compte rendu dit le contraire de ce que j’ai dit."
NAME = "Camille Canari"
EMAIL = "camille.canari@example.net"
# The messages one network may send one clinic within a clock minute.
MINUTE_LIMIT = MESSAGE_LIMITS["network-clinic"][0][0]
WARNING = {"fr": "N’écrivez pas de détails médicaux", "en": "Do not write medical details"}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Every test starts with no submission counted (the test client always posts from one IP)."""
    cache.clear()
    yield
    cache.clear()


def directory(language: str) -> ClinicDirectoryPage:
    return ClinicDirectoryPage.objects.get(locale__language_code=language)


def form_url(clinic: Clinic, language: str = "fr") -> str:
    return directory(language).notice_url(clinic.slug, "contact/")


def sent_url(clinic: Clinic, language: str = "fr") -> str:
    return directory(language).notice_url(clinic.slug, "contact/sent/")


def page_text(response) -> str:
    return html_lib.unescape(response.content.decode())


def parsed(response):
    return html5lib.parse(response.content, namespaceHTMLElements=False)


def minute_to_spare(seconds: float) -> None:
    """Wait for the next clock minute when this one has less than `seconds` left.

    The limits count in clock minutes: what a test sends expecting one window must fit in it.
    """
    left = 60 - time.time() % 60
    if left < seconds:
        time.sleep(left + 0.1)


def network_sent(clinic: Clinic, ip: str, count: int) -> None:
    """What `count` messages stored from this address's network to this clinic leave counted.

    Leaves at least ten seconds of the clock minute for what the test sends next.
    """
    minute_to_spare(10)
    for _ in range(count):
        message_counted(clinic=clinic, ip=ip)


def filled(clinic: Clinic, **fields) -> dict:
    """What a patient sends after reading the form for ten seconds: a concern about the first use."""
    data = {
        "kind": MessageKind.CONCERN,
        "use": str(clinic.uses.first().key),
        "message": CANARY,
        "name": NAME,
        "email": EMAIL,
        "subject": "",
        "started": form_started_token(clinic=clinic, at=time.time() - 10),
    }
    data.update(fields)
    return data


# What the form asks (PRIV-03)


def test_form_asks_only_the_request_the_use_the_message_and_an_optional_name_email_and_phone():
    clinic = published_clinic(uses=2)
    form = PatientMessageForm(clinic=clinic)

    fields = ["kind", "use", "message", "name", "email", "phone", "subject", "started", "visit"]
    assert list(form.fields) == fields
    assert {name for name, field in form.fields.items() if field.required} == {"kind", "message"}
    assert form.fields["started"].widget.is_hidden
    # The visit a patient writes about travels as its code only, from the card's page.
    assert form.fields["visit"].widget.is_hidden
    assert form.fields["subject"].widget.attrs == {"tabindex": "-1", "autocomplete": "off"}
    labels = " ".join(str(field.label or "") for field in form.fields.values()).casefold()
    for forbidden in ("naissance", "sécurité sociale", "symptôme", "diagnostic"):
        assert forbidden not in labels


def test_form_offers_the_clinics_uses_by_their_key_and_the_notice_as_a_whole():
    clinic = published_clinic(uses=2)
    other = published_clinic(uses=1)

    choices = dict(PatientMessageForm(clinic=clinic).fields["use"].choices)

    assert set(choices) == {"", *(str(use.key) for use in clinic.uses.all())}
    assert str(other.uses.get().key) not in choices


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_warns_against_medical_details_and_links_privacy_next_to_the_button(client, language):
    clinic = published_clinic(uses=1)
    privacy = FooterLinks.for_site(Site.objects.get(is_default_site=True)).privacy_page

    response = client.get(form_url(clinic, language))

    assert response.status_code == 200
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    assert WARNING[language] in html
    actions = parsed(response).find(".//form//div[@class='form-actions']")
    assert actions.find("button[@type='submit']") is not None
    assert actions.find("a").get("href") == privacy.localized.url


def test_form_is_in_english_with_english_typography(client):
    clinic = published_clinic(uses=1)

    html = page_text(client.get(form_url(clinic, "en")))

    assert f"Write to {clinic.name}" in html
    assert "Your request" in html
    assert "\u00a0" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_form_preselects_the_use_and_the_request_a_link_asks_for(client):
    clinic = published_clinic(uses=2)
    use = clinic.uses.order_by("sort_order").last()

    response = client.get(form_url(clinic), {"use": str(use.key), "kind": "decline"})

    document = parsed(response)
    selected = document.find(".//select[@name='use']/option[@selected]")
    assert selected.get("value") == str(use.key)
    checked = [radio.get("value") for radio in document.iterfind(".//input[@name='kind']")]
    assert checked == MessageKind.values
    assert document.find(".//input[@name='kind'][@checked]").get("value") == "decline"


def test_form_ignores_a_preselection_that_is_not_in_this_notice(client):
    clinic = published_clinic(uses=1)
    other = published_clinic(uses=1)

    response = client.get(form_url(clinic), {"use": str(other.uses.get().key), "kind": "x"})

    assert response.status_code == 200
    document = parsed(response)
    selected = document.find(".//select[@name='use']/option[@selected]")
    assert selected is None or selected.get("value") == ""
    assert document.find(".//input[@name='kind'][@checked]") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_notice_links_to_the_form_and_each_use_to_the_form_about_that_use(client, language):
    clinic = published_clinic(uses=2)

    html = page_text(client.get(directory(language).notice_url(clinic.slug)))

    assert f'href="{form_url(clinic, language)}"' in html
    for use in clinic.uses.all():
        assert f'href="{form_url(clinic, language)}?use={use.key}"' in html


def test_archived_notice_does_not_offer_the_form(client):
    clinic = published_clinic(uses=1)
    clinic.save_revision().publish()

    html = page_text(client.get(directory("fr").notice_url(clinic.slug, "versions/1/")))

    assert "contact/" not in html


# Sending


@pytest.mark.parametrize("language", LANGUAGES)
def test_message_is_stored_counted_and_the_clinic_told_by_a_link_only(client, language):
    clinic = published_clinic(uses=2)
    use = clinic.uses.order_by("sort_order").last()

    response = client.post(form_url(clinic, language), filled(clinic, use=str(use.key)))

    assert response.status_code == 303
    assert response["Location"] == sent_url(clinic, language)
    message = PatientMessage.objects.get()
    assert message.clinic == clinic
    assert message.use_key == use.key
    assert message.ai_system == use.ai_system
    assert message.kind == MessageKind.CONCERN
    assert (message.body, message.name, message.email) == (CANARY, NAME, EMAIL)
    assert message.language == language
    count = ConcernCount.objects.get(clinic=clinic, ai_system=use.ai_system)
    assert (count.kind, count.count) == (MessageKind.CONCERN, 1)

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [clinic.ai_contact_email]
    with translation.override(settings.LANGUAGE_CODE):
        inbox = settings.WAGTAILADMIN_BASE_URL + reverse("workspace:inbox", args=[clinic.pk])
    assert inbox in email.body
    for value in (CANARY, "Canari-7f3e", NAME, EMAIL, "problème", "problem"):
        assert value not in email.subject
        assert value not in email.body


def test_message_about_the_notice_as_a_whole_names_no_tool(client):
    clinic = published_clinic(uses=1)

    response = client.post(form_url(clinic), filled(clinic, use="", kind="question"))

    assert response.status_code == 303
    message = PatientMessage.objects.get()
    assert (message.use_key, message.ai_system) == (None, None)
    assert ConcernCount.objects.get(clinic=clinic, ai_system=None).kind == "question"


def test_message_without_name_or_email_is_accepted(client):
    clinic = published_clinic(uses=1)

    client.post(form_url(clinic), filled(clinic, name="", email=""))

    assert PatientMessage.objects.get().email == ""


def test_clinic_reached_by_phone_only_gets_its_message_all_the_same(client):
    clinic = published_clinic(uses=1, ai_contact_email="", ai_contact_phone="01 23 45 67 89")

    response = client.post(form_url(clinic), filled(clinic))

    assert response.status_code == 303
    assert PatientMessage.objects.count() == 1
    assert mail.outbox == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_thank_you_page_says_what_happens_next_and_how_long_the_message_is_kept(client, language):
    clinic = published_clinic(uses=1)

    response = client.get(sent_url(clinic, language))

    assert response.status_code == 200
    html = page_text(response)
    assert f'<html lang="{language}">' in html
    kept = {
        "fr": "sont effacés 12\xa0mois après la clôture de l’échange",
        "en": "are deleted 12 months after the exchange is closed",
    }
    assert kept[language] in html
    assert f'href="{directory(language).notice_url(clinic.slug)}"' in html


# Errors (SEC-15 for a use of another clinic)


def other_clinics_use(clinic: Clinic) -> dict:
    return {"use": str(published_clinic(uses=1).uses.get().key)}


ERRORS = {
    "message": ({"message": "   "}, "Écrivez votre message."),
    "email": ({"email": "camille.canari@"}, "Saisissez une adresse e-mail complète"),
    "use": (other_clinics_use, "Cet outil n’est pas dans la notice de cette structure."),
    "kind": ({"kind": ""}, "Choisissez ce que vous demandez."),
}


@pytest.mark.parametrize("field", ERRORS)
def test_error_is_summarised_shown_next_to_its_field_and_keeps_what_was_typed(client, field):
    clinic = published_clinic(uses=1)
    change, error = ERRORS[field]
    data = filled(clinic, **(change(clinic) if callable(change) else change))

    response = client.post(form_url(clinic), data)

    assert response.status_code == 400
    html = page_text(response)
    assert html.count(error) == 2, "once in the summary, once next to the field"
    document = parsed(response)
    summary = document.find(".//div[@class='error-summary']")
    anchor = "#id_kind_0" if field == "kind" else f"#id_{field}"
    assert summary.find(".//a").get("href") == anchor
    assert document.find(f".//*[@id='id_{field}_error']") is not None
    assert "<title>Erreur\u00a0: " in html
    if field != "message":
        assert document.find(".//textarea[@name='message']").text.strip() == CANARY
    if field != "email":
        assert document.find(".//input[@name='email']").get("value") == EMAIL
    assert document.find(".//input[@name='name']").get("value") == NAME
    assert document.find(".//input[@name='started']").get("value") == data["started"]
    assert PatientMessage.objects.count() == 0
    assert mail.outbox == []


def test_too_long_message_is_an_error_that_keeps_the_text(client):
    clinic = published_clinic(uses=1)
    text = "a" * 2001

    response = client.post(form_url(clinic), filled(clinic, message=text))

    assert response.status_code == 400
    assert parsed(response).find(".//textarea[@name='message']").text.strip() == text
    assert PatientMessage.objects.count() == 0


def test_english_errors_are_in_english(client):
    clinic = published_clinic(uses=1)

    response = client.post(form_url(clinic, "en"), filled(clinic, message=""))

    html = page_text(response)
    assert "There is a problem with the form" in html
    assert "Write your message." in html


# Abuse, without a third party (SEC-19)


@pytest.mark.parametrize(
    "trap",
    [
        {"subject": "Buy now"},
        {"started": "forged"},
        {"started": ""},
    ],
    ids=["honeypot", "forged-token", "no-token"],
)
def test_robot_gets_the_thank_you_page_and_nothing_is_stored_or_sent(client, trap):
    clinic = published_clinic(uses=1)

    response = client.post(form_url(clinic), filled(clinic, **trap))

    assert response.status_code == 303
    assert response["Location"] == sent_url(clinic)
    assert PatientMessage.objects.count() == 0
    assert ConcernCount.objects.count() == 0
    assert mail.outbox == []


def test_form_sent_less_than_three_seconds_after_it_was_shown_is_dropped_silently(client):
    clinic = published_clinic(uses=1)
    page = client.get(form_url(clinic))
    token = parsed(page).find(".//input[@name='started']").get("value")

    response = client.post(form_url(clinic), filled(clinic, started=token))

    assert response.status_code == 303
    assert response["Location"] == sent_url(clinic)
    assert PatientMessage.objects.count() == 0
    assert mail.outbox == []


def test_empty_form_sent_at_once_shows_what_is_missing_not_a_false_thank_you(client):
    clinic = published_clinic(uses=1)
    page = client.get(form_url(clinic))
    token = parsed(page).find(".//input[@name='started']").get("value")

    response = client.post(form_url(clinic), {"started": token, "subject": ""})

    assert response.status_code == 400
    assert "Écrivez votre message." in page_text(response)
    assert PatientMessage.objects.count() == 0


def test_token_of_another_clinics_form_is_not_accepted(client):
    clinic = published_clinic(uses=1)
    other = published_clinic(uses=1)

    client.post(form_url(clinic), filled(clinic, started=form_started_token(clinic=other)))

    assert PatientMessage.objects.count() == 0


def test_pages_are_never_rate_limited(client):
    clinic = published_clinic(uses=1)

    for _ in range(20):
        assert client.get(form_url(clinic)).status_code == 200
    assert client.get(sent_url(clinic)).status_code == 200


def test_longest_message_in_any_alphabet_fits_in_the_size_limit(client):
    clinic = published_clinic(uses=1)
    message = "я" * 1000 + "😀" * 1000

    response = client.post(form_url(clinic), filled(clinic, message=message, name="й" * 120))

    assert response.status_code == 303
    assert PatientMessage.objects.get().body == message


# Privacy (PRIV-02, PRIV-07, PRIV-10)


def test_form_page_sets_only_the_csrf_cookie_and_the_notice_page_none(client):
    clinic = published_clinic(uses=1)

    form_page = client.get(form_url(clinic))
    client.cookies.clear()
    notice_page = client.get(directory("fr").notice_url(clinic.slug))
    thank_you = client.get(sent_url(clinic))

    assert set(form_page.cookies) == {settings.CSRF_COOKIE_NAME}
    assert not notice_page.cookies
    assert not thank_you.cookies


def test_form_and_its_answers_are_never_stored_in_a_cache(client):
    clinic = published_clinic(uses=1)
    responses = [
        client.get(form_url(clinic)),
        client.post(form_url(clinic), filled(clinic)),
        client.post(form_url(clinic), filled(clinic, message="")),
        client.post(form_url(clinic), filled(clinic, message="a" * 11 * 1024)),
        client.get(sent_url(clinic)),
    ]
    network_sent(clinic, "127.0.0.1", MINUTE_LIMIT)
    responses.append(client.post(form_url(clinic), filled(clinic)))

    statuses = [response.status_code for response in responses]
    assert statuses == [200, 303, 400, 413, 200, 429]
    for response in responses:
        assert "no-store" in response["Cache-Control"], response.status_code


def test_form_pages_follow_the_sites_policy_no_script_no_inline_style(client):
    clinic = published_clinic(uses=1)
    responses = [
        client.get(form_url(clinic)),
        client.post(form_url(clinic), filled(clinic, message="")),
        client.get(sent_url(clinic)),
        client.post(form_url(clinic), filled(clinic, message="a" * 11 * 1024)),
    ]
    network_sent(clinic, "127.0.0.1", MINUTE_LIMIT)
    responses.append(client.post(form_url(clinic), filled(clinic)))

    assert [response.status_code for response in responses] == [200, 400, 200, 413, 429]
    for response in responses:
        assert "default-src 'none'" in response["Content-Security-Policy"]
        assert "script-src" not in response["Content-Security-Policy"]
        document = parsed(response)
        assert document.findall(".//script") == []
        assert document.findall(".//style") == []
        for element in document.iter():
            assert "style" not in element.attrib, element.tag
            assert not any(name.startswith("on") for name in element.attrib), element.tag


def test_nothing_the_patient_wrote_reaches_a_log(client, caplog):
    clinic = published_clinic(uses=1)

    with caplog.at_level(logging.DEBUG):
        client.get(form_url(clinic))
        client.post(form_url(clinic), filled(clinic))
        client.post(form_url(clinic), filled(clinic, email="pas-une-adresse"))
        client.post(form_url(clinic), filled(clinic, subject="x"))
        client.post(form_url(clinic), filled(clinic, message="a" * 11 * 1024))
        client.post(form_url(clinic), filled(clinic, started=form_started_token(clinic=clinic)))
        for _ in range(3):
            client.post(form_url(clinic), filled(clinic))
        network_sent(clinic, "127.0.0.1", MINUTE_LIMIT)
        client.post(form_url(clinic), filled(clinic))

    assert PatientMessage.objects.count() == 4
    assert caplog.records, "the submissions were logged, without content"
    for record in caplog.records:
        text = record.getMessage()
        for value in ("Canari-7f3e", NAME, EMAIL, "pas-une-adresse", "127.0.0.1"):
            assert value not in text, text


# Only live clinics


@pytest.mark.parametrize("route", ["contact/", "contact/sent/"])
def test_form_of_a_clinic_never_published_is_not_found(client, route):
    clinic = ClinicFactory()

    assert client.get(directory("fr").notice_url(clinic.slug, route)).status_code == 404
    assert client.post(directory("fr").notice_url(clinic.slug, route), {}).status_code == 404
    assert PatientMessage.objects.count() == 0


def test_form_of_a_clinic_no_longer_published_is_not_found(client):
    clinic = published_clinic(uses=1)
    data = filled(clinic)
    clinic.unpublish()

    assert client.get(form_url(clinic)).status_code == 404
    assert client.post(form_url(clinic), data).status_code == 404
    assert PatientMessage.objects.count() == 0


def test_correcting_mistakes_never_counts_against_the_limit(client):
    clinic = published_clinic(uses=1)

    for _ in range(8):
        assert client.post(form_url(clinic), filled(clinic, message="")).status_code == 400

    assert client.post(form_url(clinic), filled(clinic)).status_code == 303


def test_two_first_messages_of_a_month_that_raced_still_count_and_store(client):
    from content.patient_messages.models import ConcernCount

    clinic = published_clinic(uses=1)
    for _ in range(2):  # what two racing first messages leave behind: two rows, null system
        ConcernCount.objects.create(
            clinic=clinic,
            ai_system=None,
            kind="question",
            month=timezone.localdate().replace(day=1),
        )

    data = filled(clinic)
    data["use"] = ""
    response = client.post(form_url(clinic), data)

    assert response.status_code == 303
    assert PatientMessage.objects.filter(clinic=clinic).count() == 1
