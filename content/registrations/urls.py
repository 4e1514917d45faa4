"""The public registration form's addresses, in both languages, namespace "registrations"."""

from django.urls import path

from . import views

app_name = "registrations"

urlpatterns = [
    path("", views.register, name="register"),
    path("sent/", views.register_sent, name="sent"),
    path("confirm/<str:secret>/", views.register_confirm, name="confirm"),
]
