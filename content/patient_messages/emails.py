"""The two emails of an exchange: to the clinic, a link to its inbox; to the patient, the answer.

Neither logs a word of what the patient or the clinic wrote; the one to the clinic holds none
either.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from content.notices.models import Clinic

from .models import REFUSAL_CONFIRM_WORKING_DAYS, MessageAnswer, PatientMessage

logger = logging.getLogger(__name__)


def message_inbox_url(*, clinic: Clinic) -> str:
    """The absolute address of the clinic's inbox in its workspace, in the portal's language."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("workspace:inbox", args=[clinic.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def message_notify(*, message: PatientMessage) -> bool:
    """Email the clinic's AI contact a link to its inbox, and never a word of the message.

    A refusal is named as such, with the day by which to record and confirm it.

    Returns whether an email was sent: not when the clinic has no address, nor when sending fails
    (the message is stored all the same, and the inbox shows it).
    """
    clinic = message.clinic
    if not clinic.ai_contact_email:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "clinic": clinic,
            "inbox_url": message_inbox_url(clinic=clinic),
            # A refusal says so, and by when to confirm it; never what the patient wrote.
            "refusal": message.is_refusal,
            "confirm_by": message.confirm_by,
            "refusal_days": REFUSAL_CONFIRM_WORKING_DAYS,
        }
        subject = "".join(
            render_to_string("patient_messages/email/new_message_subject.txt", context).splitlines()
        )
        body = render_to_string("patient_messages/email/new_message_body.txt", context)
    try:
        send_mail(subject, body, None, [clinic.ai_contact_email])
    except OSError:  # smtplib's errors included
        logger.warning("Clinic #%s not notified of message #%s.", clinic.pk, message.pk)
        return False
    return True


def _language(message: PatientMessage) -> str:
    languages = {code for code, _name in settings.LANGUAGES}
    return message.language if message.language in languages else settings.LANGUAGE_CODE


def answer_notify(*, message: PatientMessage, answer: MessageAnswer) -> bool:
    """Email the clinic's answer to the patient, in the language the patient wrote in.

    Returns True when the email left. Sends nothing and returns False when the patient left no
    address, or when the mail server refused it (logged without any content).
    """
    if not message.email:
        return False
    with translation.override(_language(message)):
        context = {"message": message, "answer": answer, "clinic": message.clinic}
        subject = "".join(
            render_to_string("patient_messages/email/answer_subject.txt", context).splitlines()
        )
        body = render_to_string("patient_messages/email/answer_body.txt", context)
    try:
        send_mail(subject, body, None, [message.email])
    except (smtplib.SMTPException, OSError) as error:
        logger.warning(
            "Answer #%s to patient message #%s not emailed (%s).",
            answer.pk,
            message.pk,
            type(error).__name__,
        )
        return False
    logger.info("Answer #%s to patient message #%s emailed.", answer.pk, message.pk)
    return True
