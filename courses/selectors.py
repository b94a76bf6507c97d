"""Reads over the editorial page tree."""

from collections import defaultdict
from typing import TypeVar
from uuid import UUID

from django.conf import settings
from wagtail.models import Locale, Page

from .models import CoursePage, LessonPage

PageT = TypeVar("PageT", bound=Page)


def catalogue_courses(
    *, locale: Locale, audience: str = "", language: str = ""
) -> list[CoursePage]:
    """Every live course once, in the visitor's language where it exists.

    A course missing in ``locale`` is still listed in the default language (a Ukrainian
    visitor sees the bokmål leader course rather than nothing). ``language`` keeps only
    courses published in that language and links to that version. Courses in the
    visitor's language come first. Each course carries ``language_codes`` (the
    languages it is published in) and ``in_visitor_language``. One query, whatever
    the size.
    """
    pages = CoursePage.objects.live().select_related("locale").order_by("path")
    if audience:
        pages = pages.filter(audience=audience)
    versions: dict[UUID, dict[str, CoursePage]] = defaultdict(dict)
    for page in pages:
        versions[page.translation_key][page.locale.language_code] = page
    order = [code for code, _name in settings.LANGUAGES]
    courses = []
    for by_language in versions.values():
        if language and language not in by_language:
            continue
        chosen = (
            by_language.get(language)
            or by_language.get(locale.language_code)
            or by_language.get(settings.LANGUAGE_CODE)
            or next(iter(by_language.values()))
        )
        chosen.language_codes = sorted(by_language, key=order.index)
        # A course not translated into the visitor's language is shown in another
        # one: the card says so, and it comes after the courses they can read.
        chosen.in_visitor_language = chosen.locale.language_code == locale.language_code
        source = by_language.get(settings.LANGUAGE_CODE, chosen)
        courses.append((not chosen.in_visitor_language, source.path, chosen))
    return [item[-1] for item in sorted(courses, key=lambda item: item[:2])]


def page_in_language(*, page: PageT, language_code: str) -> PageT:
    """The live translation of ``page`` in ``language_code``, else the page itself."""
    if page.locale.language_code == language_code:
        return page
    translation = (
        type(page)
        .objects.live()
        .filter(
            translation_key=page.translation_key, locale__language_code=language_code
        )
        .first()
    )
    return translation or page


def course_in_language(*, course: CoursePage, language_code: str) -> CoursePage:
    return page_in_language(page=course, language_code=language_code)


def course_lessons(*, course: CoursePage) -> list[LessonPage]:
    return course.lessons
