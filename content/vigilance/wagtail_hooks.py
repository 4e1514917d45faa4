"""The vigilance pages in the Wagtail admin: their addresses, menu items and permission.

The visit cards page shares vigilance's permission: no permission of its own.
"""

from django.contrib.auth.models import Permission
from django.urls import path
from wagtail import hooks

from .views import VigilanceView, VisitCountsView, vigilance_menu_item, visit_counts_menu_item


@hooks.register("register_admin_urls")
def register_vigilance_url():
    return [
        path("vigilance/", VigilanceView.as_view(), name="vigilance"),
        path("vigilance/visits/", VisitCountsView.as_view(), name="vigilance_visits"),
    ]


@hooks.register("register_admin_menu_item")
def register_vigilance_menu_item():
    return vigilance_menu_item()


@hooks.register("register_admin_menu_item")
def register_visit_counts_menu_item():
    return visit_counts_menu_item()


@hooks.register("register_permissions")
def register_vigilance_permission():
    """Lets a group be given the vigilance page ("Can view compte de demandes") in the admin."""
    return Permission.objects.filter(
        content_type__app_label="content", codename="view_concerncount"
    )
