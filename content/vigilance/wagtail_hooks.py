"""The vigilance page in the Wagtail admin: its address, its menu item and its permission."""

from django.contrib.auth.models import Permission
from django.urls import path
from wagtail import hooks

from .views import VigilanceView, vigilance_menu_item


@hooks.register("register_admin_urls")
def register_vigilance_url():
    return [path("vigilance/", VigilanceView.as_view(), name="vigilance")]


@hooks.register("register_admin_menu_item")
def register_vigilance_menu_item():
    return vigilance_menu_item()


@hooks.register("register_permissions")
def register_vigilance_permission():
    """Lets a group be given the vigilance page ("Can view compte de demandes") in the admin."""
    return Permission.objects.filter(
        content_type__app_label="content", codename="view_concerncount"
    )
