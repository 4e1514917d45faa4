"""The clinic workspace's addresses, in both languages (under /fr/ and /en/), namespace "workspace"."""

from django.urls import include, path

from . import api_tokens, auth, inbox, two_factor_views, views, visits

app_name = "workspace"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("", include(auth.urlpatterns)),
    path("", include(two_factor_views.urlpatterns)),
    path("clinics/<int:clinic_pk>/", views.clinic_overview, name="clinic"),
    path("clinics/<int:clinic_pk>/notice/", views.notice_edit, name="notice_edit"),
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
    path(
        "clinics/<int:clinic_pk>/api-tokens/<int:token_pk>/revoke/",
        api_tokens.api_token_revoke,
        name="api_token_revoke",
    ),
]
