"""The clinic workspace's addresses, in both languages (under /fr/ and /en/), namespace "workspace"."""

from django.urls import include, path

from . import (
    api_tokens,
    auth,
    email_preferences,
    inbox,
    notice_pages,
    system_requests,
    team,
    two_factor_views,
    views,
    visits,
)

app_name = "workspace"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("", include(auth.urlpatterns)),
    path("", include(two_factor_views.urlpatterns)),
    path("clinics/<int:clinic_pk>/", views.clinic_overview, name="clinic"),
    path("clinics/<int:clinic_pk>/preview/", views.notice_preview, name="notice_preview"),
    path("clinics/<int:clinic_pk>/submit/", views.notice_submit_view, name="notice_submit"),
    path("clinics/<int:clinic_pk>/review/", views.notice_review, name="notice_review"),
    path("clinics/<int:clinic_pk>/history/", views.notice_history, name="notice_history"),
    path("clinics/<int:clinic_pk>/messages/", inbox.inbox, name="inbox"),
    path(
        "clinics/<int:clinic_pk>/messages/<int:message_pk>/",
        inbox.message_detail,
        name="message",
    ),
    path(
        "clinics/<int:clinic_pk>/messages/<int:message_pk>/close/",
        inbox.message_close_view,
        name="message_close",
    ),
    path("clinics/<int:clinic_pk>/visits/", visits.visit_issue, name="visits"),
    path("clinics/<int:clinic_pk>/visits/sets/", visits.visit_sets, name="visit_sets"),
    path(
        "clinics/<int:clinic_pk>/visits/sets/<int:set_pk>/delete/",
        visits.visit_set_delete,
        name="visit_set_delete",
    ),
    path("clinics/<int:clinic_pk>/visits/<str:code>/", visits.visit_issued, name="visit"),
    path("clinics/<int:clinic_pk>/api-tokens/", api_tokens.api_tokens, name="api_tokens"),
    # Members: invite and remove colleagues (team, helper A).
    path("clinics/<int:clinic_pk>/team/", team.team, name="team"),
    path(
        "clinics/<int:clinic_pk>/team/<int:member_pk>/remove/",
        team.team_remove,
        name="team_remove",
    ),
    # Emails a member may turn off (email_preferences, helper E).
    path(
        "clinics/<int:clinic_pk>/emails/",
        email_preferences.email_preferences,
        name="email_preferences",
    ),
    # "My tool is not in the catalogue" (system_requests, helper B).
    path(
        "clinics/<int:clinic_pk>/catalogue-request/",
        system_requests.system_request,
        name="system_request",
    ),
    # The notice form in pages (notice_pages, helper C1).
    path("clinics/<int:clinic_pk>/notice/", notice_pages.notice_progress_page, name="notice_edit"),
    path(
        "clinics/<int:clinic_pk>/notice/structure/",
        notice_pages.notice_structure,
        name="notice_structure",
    ),
    path(
        "clinics/<int:clinic_pk>/notice/contacts/",
        notice_pages.notice_contacts,
        name="notice_contacts",
    ),
    # The readability of a text being typed in the notice form (JSON, static/js/readability.js).
    path(
        "clinics/<int:clinic_pk>/notice/readability/",
        notice_pages.readability_check,
        name="readability",
    ),
    path(
        "clinics/<int:clinic_pk>/notice/uses/new/",
        notice_pages.notice_use_new,
        name="notice_use_new",
    ),
    path(
        "clinics/<int:clinic_pk>/notice/uses/<int:number>/",
        notice_pages.notice_use,
        name="notice_use",
    ),
    path(
        "clinics/<int:clinic_pk>/notice/uses/<int:number>/remove/",
        notice_pages.notice_use_remove,
        name="notice_use_remove",
    ),
    path(
        "clinics/<int:clinic_pk>/api-tokens/<int:token_pk>/revoke/",
        api_tokens.api_token_revoke,
        name="api_token_revoke",
    ),
]
