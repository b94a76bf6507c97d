"""The site's own name and address, kept in step with ``SITE_URL`` after every migrate.

allauth signs its e-mails with the Sites framework's name and domain, and Wagtail's
``Site`` decides the absolute URLs of pages; both must say where this site really runs
(`make run` with PORT=8100 means http://127.0.0.1:8100), not "example.com".
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_identity_sync(**kwargs) -> None:
    from django.contrib.sites.models import Site as DjangoSite
    from wagtail.models import Site as WagtailSite

    url = urlsplit(settings.SITE_URL)
    if not url.hostname:
        return
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": url.netloc, "name": settings.WAGTAIL_SITE_NAME},
    )
    port = url.port or (443 if url.scheme == "https" else 80)
    WagtailSite.objects.filter(is_default_site=True).update(
        hostname=url.hostname, port=port, site_name=settings.WAGTAIL_SITE_NAME
    )
