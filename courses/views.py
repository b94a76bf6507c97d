"""What the home and catalogue pages show: registered as page context providers.

Page models only describe content; the lists they show are read here, through the
selectors, and handed to the page through ``courses.page_hooks`` (see ``apps.py``).
"""

from django.conf import settings

from .models import AUDIENCE_CHOICES, ArticlePage, CatalogPage
from .selectors import catalogue_courses


def home_context(request, page) -> dict:
    return {
        "featured_courses": catalogue_courses(locale=page.locale)[:4],
        "catalogue": CatalogPage.objects.live().child_of(page).first(),
        "articles": ArticlePage.objects.live()
        .filter(locale=page.locale)
        .order_by("-first_published_at")[:3],
    }


def catalogue_context(request, page) -> dict:
    audience = request.GET.get("audience", "")
    language = request.GET.get("language", "")
    audience = audience if audience in dict(AUDIENCE_CHOICES) else ""
    language = language if language in dict(settings.LANGUAGES) else ""
    return {
        "courses": catalogue_courses(
            locale=page.locale, audience=audience, language=language
        ),
        "audience": audience,
        "language": language,
        "audience_choices": AUDIENCE_CHOICES,
        "language_choices": settings.LANGUAGES,
    }
