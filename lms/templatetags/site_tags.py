"""Template helpers shared by every page: language switcher, navigation, money."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this same page in every language.

    On a Wagtail page we link to its live translations (falling back to the home page of
    that language); on a Django view we translate the URL's language prefix.
    """
    request = context["request"]
    page = context.get("page") or context.get("self")
    current = translation.get_language() or settings.LANGUAGE_CODE
    links = []
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    homes = None
    for code, name in settings.LANGUAGES:
        if translations:
            target = translations.get(code)
            if target is None:
                if homes is None:
                    homes = _home_pages()
                target = homes.get(code)
            url = target.url if target else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current}
        )
    return links


def _home_pages():
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if not site:
        return {}
    return {
        p.locale.language_code: p
        for p in site.root_page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
    }


@register.simple_tag
def localized_page(page_type):
    """The first live page of ``page_type`` ("app.Model") in the current language."""
    from django.apps import apps

    model = apps.get_model(page_type)
    locale = Locale.get_active()
    return (
        model.objects.live().filter(locale=locale).first()
        or model.objects.live().first()
    )


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
    minutes = int(minutes or 0)
    h, m = divmod(minutes, 60)
    if h and m:
        return translation.gettext("%(h)s h %(m)s min") % {"h": h, "m": m}
    if h:
        return translation.gettext("%(h)s h") % {"h": h}
    return translation.gettext("%(m)s min") % {"m": m}


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
