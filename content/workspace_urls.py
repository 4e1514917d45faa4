"""The clinic workspace's addresses, in both languages (under /fr/ and /en/), namespace "workspace"."""

from django.urls import include, path

from . import inbox_views, workspace_auth, workspace_views

app_name = "workspace"

urlpatterns = [
    path("", workspace_views.dashboard, name="dashboard"),
    path("", include(workspace_auth.urlpatterns)),
    path("clinics/<int:clinic_pk>/", workspace_views.clinic_overview, name="clinic"),
    path("clinics/<int:clinic_pk>/notice/", workspace_views.notice_edit, name="notice_edit"),
    path("clinics/<int:clinic_pk>/preview/", workspace_views.notice_preview, name="notice_preview"),
    path(
        "clinics/<int:clinic_pk>/submit/", workspace_views.notice_submit_view, name="notice_submit"
    ),
    path("clinics/<int:clinic_pk>/review/", workspace_views.notice_review, name="notice_review"),
    path("clinics/<int:clinic_pk>/history/", workspace_views.notice_history, name="notice_history"),
    path("clinics/<int:clinic_pk>/messages/", inbox_views.inbox, name="inbox"),
    path(
        "clinics/<int:clinic_pk>/messages/<int:message_pk>/",
        inbox_views.message_detail,
        name="message",
    ),
    path(
        "clinics/<int:clinic_pk>/messages/<int:message_pk>/close/",
        inbox_views.message_close_view,
        name="message_close",
    ),
]
