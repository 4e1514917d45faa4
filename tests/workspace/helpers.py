"""Helpers of the workspace's tests: its addresses, reading its pages, saving and submitting."""

from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.notices.models import Clinic
from content.notices.pages import ClinicDirectoryPage
from content.workspace.models import NoticeReview
from content.workspace.review import notice_submit

# Each ends with plain short sentences: a summary must be easy to read to be published.
EASY_SENTENCES = "Le médecin lit ce que fait l’outil. Il peut dire non."
DRAFT_SUMMARY = f"Résumé du brouillon, mot témoin Ornithorynque. {EASY_SENTENCES}"
NEW_SUMMARY = f"Résumé relu et corrigé, mot témoin Axolotl. {EASY_SENTENCES}"


def url(name: str, clinic: Clinic | None = None, language: str = "fr") -> str:
    with translation.override(language):
        if clinic is None:
            return reverse(f"workspace:{name}")
        return reverse(f"workspace:{name}", args=[clinic.pk])


def use_url(clinic: Clinic, number: int = 1, language: str = "fr") -> str:
    """The notice form's page of the clinic's use at this position (from 1)."""
    with translation.override(language):
        return reverse("workspace:notice_use", args=[clinic.pk, number])


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html5lib")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def rendered_form_data(response, selector: str = "form.notice-form") -> dict[str, str]:
    """What a browser posts for the form as the page rendered it (no button pressed)."""
    form = soup_of(response).select_one(selector)
    assert form is not None, f"no {selector} in the page"
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") == "submit" or field.name == "button":
            continue
        if field.name == "input" and field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            # The parser drops the newline that follows <textarea>, as a browser does.
            data[name] = field.string or ""
        else:
            data[name] = field.get("value", "")
    return data


def error_next_to(response, field_id: str) -> str:
    """The error shown inside the field's box, beside the input with this id."""
    element = soup_of(response).find(id=f"{field_id}-error")
    return text(element) if element is not None else ""


def error_summary(response) -> str:
    summary = soup_of(response).select_one(".error-summary")
    return text(summary) if summary else f"(no error summary, status {response.status_code})"


def stable_notice_url(clinic: Clinic, language: str = "") -> str:
    """The address no rename breaks, at the portal's public address (`/n/<id>/`, `/n/<id>/en/`)."""
    return f"{settings.PORTAL_PUBLIC_URL}/n/{clinic.pk}/" + (f"{language}/" if language else "")


def public_notice_url(clinic: Clinic, language: str = "fr") -> str:
    directory = ClinicDirectoryPage.objects.live().get(locale__language_code=language)
    return directory.notice_url(clinic.slug)


def dashboard_card(response, clinic: Clinic):
    for card in soup_of(response).select("li.card"):
        if text(card.select_one(".card__title")) == clinic.name:
            return card
    return None


def state_of(response, clinic: Clinic) -> str:
    card = dashboard_card(response, clinic)
    assert card is not None, f"{clinic.name} is not on the dashboard"
    return text(card.select_one(".state")).casefold()


def draft_save(clinic: Clinic, *, user=None, **use_texts) -> Clinic:
    """Save a new draft revision of the clinic with these texts in its first use."""
    # The revision itself: for a clinic without unpublished changes, Wagtail's
    # get_latest_revision_as_object() returns the database row, whose uses are queries.
    draft = clinic.latest_revision.as_object()
    use = draft.uses.all()[0]
    for name, value in use_texts.items():
        setattr(use, name, value)
    draft.save_revision(user=user)
    clinic.refresh_from_db()
    return clinic


def submitted(clinic: Clinic, editor, **use_texts) -> NoticeReview:
    """A new draft of the clinic, submitted for review by the editor."""
    draft_save(clinic, user=editor, **use_texts)
    membership = editor.clinic_memberships.get(clinic=clinic)
    return notice_submit(membership=membership, user=editor, note="Merci de relire.")


def sign_in_verified(client, user):
    """Sign the user in with a session a second factor verified, as after the code step.

    The user gets a confirmed authenticator app if they have none; returns it.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
