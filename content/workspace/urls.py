"""The clinic workspace's addresses, in both languages (under /fr/ and /en/), namespace "workspace"."""

from django.urls import include, path

from . import auth, inbox, two_factor_views, views

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
]
