from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import views as lms_views

urlpatterns = [
    path("healthz", lms_views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("django-admin/", lms_views.django_admin_redirect),
    path("payments/", include("payments.webhook_urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("lms.urls")),
    path("", include("courses.urls")),
    path("", include("payments.urls")),
    path("sandbox/", include("avvik_sandbox.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "lms.views.page_not_found"
handler500 = "lms.views.server_error"
