"""Template helpers shared by every page: language switcher, navigation, money."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page

from lms.site.page_cache import structure_cached

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this same page in every language.

    On a Wagtail page we link to its live translations; a language the page is not
    translated into is shown as unavailable (not a silent jump to that language's home
    page). On a Django view we translate the URL's language prefix.
    """
    request = context["request"]
    page = context.get("page") or context.get("self")
    current = translation.get_language() or settings.LANGUAGE_CODE
    urls = None
    if isinstance(page, Page) and page.pk:
        urls = structure_cached(
            f"page-languages:{request.get_host()}:{page.pk}", lambda: _page_urls(page)
        )
    if not urls:  # a Django view, or a page not live (a preview)
        urls = {
            code: translate_url(request.get_full_path(), code)
            for code, _name in settings.LANGUAGES
        }
    return [
        {
            "code": code,
            "name": name,
            "url": urls.get(code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


def _page_urls(page: Page) -> dict:
    """{language: the URL of the page's live translation}; languages it is not
    translated into are left out."""
    return {
        p.locale.language_code: p.url
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }


# Page types the site header asks for on every page; localized_page looks them up in one
# query per request instead of two queries per type.
NAV_PAGE_TYPES = ("courses.HomePage", "courses.CatalogPage", "courses.ArticleIndexPage")


@register.simple_tag(takes_context=True)
def localized_page(context, page_type):
    """The first live page of ``page_type`` ("app.Model") in the current language.

    Falls back to the first live page of that type in any language. For the header's
    page types the result is a plain ``Page`` (enough for ``.url`` and ``.title``).
    """
    from django.apps import apps

    model = apps.get_model(page_type)
    if page_type not in NAV_PAGE_TYPES:
        locale = Locale.get_active()
        return (
            model.objects.live().filter(locale=locale).first()
            or model.objects.live().first()
        )
    request = context.get("request")
    language = translation.get_language() or settings.LANGUAGE_CODE
    cache = getattr(request, "_localized_nav_pages", None)
    if cache is None or cache[0] != language:
        pages = structure_cached(f"nav:{language}", lambda: _nav_pages(language))
        cache = (language, pages)
        if request is not None:
            request._localized_nav_pages = cache
    return cache[1].get(model)


def _nav_pages(language: str) -> dict:
    """{model: first live page in ``language``, else in any language} in one query."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    models = [apps.get_model(name) for name in NAV_PAGE_TYPES]
    content_types = ContentType.objects.get_for_models(*models)
    by_content_type = {content_types[model].pk: model for model in models}
    pages = (
        Page.objects.live()
        .filter(content_type__in=list(by_content_type))
        .select_related("locale")
        .order_by("path")
    )
    found: dict = {}
    fallback: dict = {}
    for page in pages:
        model = by_content_type[page.content_type_id]
        fallback.setdefault(model, page)
        if page.locale.language_code == language:
            found.setdefault(model, page)
    return {model: found.get(model) or fallback.get(model) for model in models}


@register.filter
def kroner(ore):
    """Integer øre as a Norwegian price: 149000 -> "1 490 kr", 12350 -> "123,50 kr"."""
    if ore is None:
        return ""
    ore = int(ore)
    sign = "-" if ore < 0 else ""
    ore = abs(ore)
    kr, rest = divmod(ore, 100)
    whole = f"{kr:,}".replace(",", "\u00a0")
    if rest:
        return f"{sign}{whole},{rest:02d}\u00a0kr"
    return f"{sign}{whole}\u00a0kr"


@register.filter
def hours_minutes(minutes):
    from ..time_on_task import minutes_label

    return minutes_label(minutes)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


COURSE_LANGUAGE_LABELS = {
    "nb": gettext_lazy("Course in Norwegian (bokmål)"),
    "nn": gettext_lazy("Course in Norwegian (nynorsk)"),
    "en": gettext_lazy("Course in English"),
    "uk": gettext_lazy("Course in Ukrainian"),
}


@register.simple_tag
def language_course_label(code):
    """What a card says about a course shown in another language than the page's."""
    return COURSE_LANGUAGE_LABELS.get(code, code)


@register.simple_tag(takes_context=True)
def seller_line(context) -> str:
    """The footer's seller line (name, org.nr., address), kept with the site's
    structure: it changes only when the legal settings are saved, which starts a new
    cache generation (``lms.apps``), so no page reads the settings row per request."""
    from wagtail.models import Site

    from ..models import LegalSettings

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return ""
    return structure_cached(
        f"seller-line:{site.pk}", lambda: LegalSettings.for_site(site).seller_line
    )
