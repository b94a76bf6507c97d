"""Wagtail's page routing, remembered: the URL to page map is the same for everyone.

Wagtail finds a page for each request in five queries (the site, the active locale, the
localised root page, the route and the specific page) before any of our code runs.
Which page a path leads to changes only when a page is published, unpublished, moved
or deleted, or a site is changed, and each of those starts a new generation of the
structure cache (``lms.site.page_cache``). So the route found for a host, a language
and a path is kept there, and a later request reads the specific page in one query,
by its id, and only while it is live.

Only plain routes are kept (a page with no further arguments). Whatever else happens
when a page is served still happens on every request: the view restrictions (private
pages) are checked by Wagtail's ``before_serve_page`` hook, and the page's own
``serve``. A path that leads nowhere is not kept, so a 404 is decided afresh.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .page_cache import structure_cache_on, structure_cached


def _route_key(request, path: str) -> str:
    return f"route:{request.get_host()}:{translation.get_language()}:{path}"


def _found(request, path: str):
    """(page id, content type id) of a plain route for ``path``, else None."""
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page, args, kwargs = result
    if args or kwargs:
        return None
    return page.pk, page.content_type_id


def serve(request, path):
    """Wagtail's ``serve``, with the route taken from the structure cache."""
    found = structure_cached(
        _route_key(request, path), lambda: _found(request, path), keep_none=False
    )
    if found is not None and not hasattr(request, "_wagtail_route_for_request"):
        page_id, content_type_id = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=page_id, live=True).first() if model else None
        if page is not None:
            # Where Wagtail keeps the route it found for this request.
            request._wagtail_route_for_request = (page, [], {})
    return wagtail_views.serve(request, path)


class KnownSiteMiddleware:
    """The Wagtail site of this request's host, from the structure cache: page links
    (``{% pageurl %}``) and site settings ask for it on every page, and it changes only
    when a site is saved (which starts a new generation).

    Only for the site's pages (a path under a language prefix) and only while the
    structure cache is on: the health checks touch nothing, and without the cache a
    page that never asks for its site (an export) reads none."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        if structure_cache_on() and request.path_info.startswith(self.prefixes):
            site = structure_cached(
                f"site:{request.get_host()}",
                lambda: Site.find_for_request(request),
                keep_none=False,
            )
            if site is not None:
                request._wagtail_site = site  # where Wagtail keeps the request's site
        return self.get_response(request)
