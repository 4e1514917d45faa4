from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from content import routing
from content.notices import api as notices_api
from content.search import search
from content.visits import api as visits_api
from content.visits import views as visits_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Machine-readable notices: one stable address per clinic, both languages in one document.
    path("api/notices/schema.json", notices_api.notice_schema, name="notice_schema"),
    path("api/notices/<slug:slug>.json", notices_api.notice_json, name="notice_json"),
    # The badge a clinic shows on its own website, linking to its notice (one per language).
    path(
        "api/notices/<slug:slug>/badge-<str:language>.svg",
        notices_api.notice_badge,
        name="notice_badge",
    ),
    # Practice software issues visit cards with a clinic's token (content.visits.api).
    path("api/visits/", visits_api.visit_create, name="visit_api"),
    path("api/visits/schema/<slug:name>.json", visits_api.visit_schema, name="visit_schema"),
]

if settings.SERVE_MEDIA:
    from django.views.static import serve

    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("workspace/", include("content.workspace.urls")),
    # A structure asks to join the portal (content.registrations).
    path("register/", include("content.registrations.urls")),
    # A visit card: which AI served in one visit (content.visits.views). No patient data.
    path("v/<str:code>/", visits_views.visit_view, name="visit"),
    path("v/<str:code>/card.pdf", visits_views.visit_card_pdf_view, name="visit_card_pdf"),
    path("v/<str:code>/qr.svg", visits_views.visit_qr_view, name="visit_qr"),
    # Wagtail's own pages (password, login), then its pages, routed through the site memo.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler400 = "content.errors.bad_request"
handler403 = "content.errors.permission_denied"
handler404 = "content.errors.page_not_found"
handler500 = "content.errors.server_error"
