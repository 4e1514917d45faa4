"""Patient messages under each notice: the contact form's routes on the notices' directory page."""

from django.urls import path
from wagtail import hooks

from content.notices.links import NOTICE_ROUTES_HOOK

from .views import message_form_view, message_sent_view


def message_form(page, request, clinic_slug):
    return message_form_view(request, page=page, clinic_slug=clinic_slug)


def message_sent(page, request, clinic_slug):
    return message_sent_view(request, page=page, clinic_slug=clinic_slug)


@hooks.register(NOTICE_ROUTES_HOOK)
def register_contact_routes():
    return [
        path("<slug:clinic_slug>/contact/", message_form, name="message_form"),
        path("<slug:clinic_slug>/contact/sent/", message_sent, name="message_sent"),
    ]
