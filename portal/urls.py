from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from content import routing
from content.discovery import robots, sitemap, well_known
from content.notices import addresses as notice_addresses
from content.notices import api as notices_api
from content.notices import model_card_views, open_data, open_data_feed
from content.observatory import views as observatory_views
from content.search import search
from content.visits import api as visits_api
from content.visits import views as visits_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # What browsers, phones and security researchers ask at fixed addresses (content.discovery).
    path("favicon.ico", well_known.icon, {"name": "favicon.ico"}, name="favicon"),
    path(
        "apple-touch-icon.png",
        well_known.icon,
        {"name": "apple-touch-icon.png"},
        name="apple_touch_icon",
    ),
    path(".well-known/security.txt", well_known.security_txt, name="security_txt"),
    path("security.txt", well_known.security_txt_legacy),
    path("humans.txt", well_known.humans_txt, name="humans_txt"),
    # What search engines read: the pages to index in both languages, and what to leave alone.
    path("sitemap.xml", sitemap.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap.sitemap_section, name="sitemap_section"),
    path("robots.txt", robots.robots_txt, name="robots_txt"),
    # Machine-readable notices: one stable address per clinic, both languages in one document.
    path("api/notices/schema.json", notices_api.notice_schema, name="notice_schema"),
    # Open data: every notice in force as a list, two downloads and a feed (content.notices.open_data).
    path("api/notices/", open_data.notice_list, name="notice_list"),
    path("api/notices.jsonl", open_data.notices_jsonl, name="notices_jsonl"),
    path("api/notices.csv", open_data.notices_csv, name="notices_csv"),
    path("api/notices/feed.atom", open_data_feed.notices_feed, name="notices_feed"),
    path("api/notices/<slug:slug>.json", notices_api.notice_json, name="notice_json"),
    # The badge a clinic shows on its own website, linking to its notice (one per language).
    path(
        "api/notices/<slug:slug>/badge-<str:language>.svg",
        notices_api.notice_badge,
        name="notice_badge",
    ),
    # A vendor's model card, kept as the evidence a catalogue system was imported from.
    path(
        "api/catalogue/model-cards/<int:pk>/<str:filename>",
        model_card_views.model_card_file,
        name="model_card_file",
    ),
    # The address posters and QR codes carry: it outlives any rename (content.notices.addresses).
    path("n/<int:clinic_id>/", notice_addresses.notice_stable_view, name="notice_stable"),
    path(
        "n/<int:clinic_id>/<str:language>/",
        notice_addresses.notice_stable_view,
        name="notice_stable_language",
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
    # What the open data hold, and their licence: /fr/donnees/, /en/data/ (content.notices.open_data).
    path(open_data.OPEN_DATA_ROUTE, open_data.open_data_page, name="open_data"),
    path("workspace/", include("content.workspace.urls")),
    # A structure asks to join the portal (content.registrations).
    path("register/", include("content.registrations.urls")),
    # A visit card: which AI served in one visit (content.visits.views). No patient data.
    path("v/<str:code>/", visits_views.visit_view, name="visit"),
    path("v/<str:code>/card.pdf", visits_views.visit_card_pdf_view, name="visit_card_pdf"),
    path("v/<str:code>/qr.svg", visits_views.visit_qr_view, name="visit_qr"),
    # How clinics declare AI (content.observatory): « observatoire/ » in French, "observatory/" in
    # English, without a translation catalogue; the other language's word redirects.
    path(observatory_views.OBSERVATORY_ROUTE, observatory_views.observatory, name="observatory"),
    path(
        observatory_views.OTHER_LANGUAGE_ROUTE,
        observatory_views.observatory_other_language,
        name="observatory_other_language",
    ),
    # Wagtail's own pages (password, login), then its pages, routed through the site memo.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler400 = "content.errors.bad_request"
handler403 = "content.errors.permission_denied"
handler404 = "content.errors.page_not_found"
handler500 = "content.errors.server_error"
