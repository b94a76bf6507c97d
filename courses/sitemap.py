"""/sitemap.xml: every live public page in every language, with its language versions.

Wagtail's own sitemap lists the default site's tree only, which is the bokmål one; the
nynorsk, English and Ukrainian trees are translations beside it. Each entry here names
its other language versions (``hreflang`` alternates) so search engines show the right
one.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LanguageSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for home in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return (
            pages.live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        by_key: dict = {}
        for page_obj in self.paginator.page(page).object_list:
            url = page_obj.get_full_url(self.request)
            by_key.setdefault(page_obj.translation_key, []).append(
                {"location": url, "lang_code": page_obj.locale.language_code}
            )
        versions_at = {v["location"]: vs for vs in by_key.values() for v in vs}
        for info in urls:
            versions = versions_at.get(info["location"], [])
            info["alternates"] = versions if len(versions) > 1 else []
        return urls
