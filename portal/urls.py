from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from content import notice_views, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Machine-readable notices: one stable address per clinic, both languages in one document.
    path("api/notices/schema.json", notice_views.notice_schema, name="notice_schema"),
    path("api/notices/<slug:slug>.json", notice_views.notice_json, name="notice_json"),
]

if settings.SERVE_MEDIA:
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("workspace/", include("content.workspace_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler403 = "content.views.permission_denied"
handler404 = "content.views.page_not_found"
handler500 = "content.views.server_error"
