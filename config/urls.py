from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from courses.sitemap import LanguageSitemap
from lms.site import health, routing
from lms.views import site as site_views

_wagtail_utilities = [
    pattern
    for pattern in wagtail_urls.urlpatterns
    if getattr(pattern, "name", None) != "wagtail_serve"
]

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("robots.txt", site_views.robots, name="robots"),
    path(
        "sitemap.xml",
        require_safe(cache_page(60 * 60)(sitemap)),
        {"sitemaps": {"pages": LanguageSitemap}},
        name="sitemap",
    ),
    path("readyz", health.readyz, name="readyz"),
    path("admin/login/", site_views.admin_login),
    re_path(r"^admin/password_reset/", site_views.admin_password_reset),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("django-admin/", site_views.django_admin_redirect),
    path("payments/", include("payments.webhook_urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("lms.urls")),
    path("", include("payments.urls")),
    path("sandbox/", include("avvik_sandbox.urls")),
    # Wagtail's own URLs (private-page login and password), then its page serving
    # with the routes remembered (lms.site.routing): the same pattern and name, so
    # reverse("wagtail_serve") and page URLs are unchanged.
    path("", include(_wagtail_utilities)),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
    # Without S3 and with DEBUG off, public images are still served (renditions and
    # originals); certificates and evidence packs are not: their views check access.
    from django.views.static import serve

    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:images|original_images)/[^/]+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

handler400 = "lms.views.site.bad_request"
handler404 = "lms.views.site.page_not_found"
handler500 = "lms.views.site.server_error"
