"""Reads over the editorial page tree."""

from collections import defaultdict
from uuid import UUID

from django.db.models import QuerySet
from wagtail.models import Locale

from .models import CoursePage, LessonPage


def catalogue_courses(
    *, locale: Locale, audience: str = "", language: str = ""
) -> QuerySet[CoursePage]:
    """Live courses shown in ``locale``'s catalogue.

    ``language`` keeps only courses that also exist (live) in that language, so the
    Ukrainian worker course shows up when a visitor of the bokmål catalogue asks for
    courses in Ukrainian.
    """
    courses = CoursePage.objects.live().filter(locale=locale)
    if audience:
        courses = courses.filter(audience=audience)
    if language:
        courses = courses.filter(
            translation_key__in=CoursePage.objects.live()
            .filter(locale__language_code=language)
            .values("translation_key")
        )
    return courses.order_by("path")


def course_languages(*, course_keys: list[UUID]) -> dict[UUID, list[str]]:
    """Language codes each course is published in, in one query."""
    rows = (
        CoursePage.objects.live()
        .filter(translation_key__in=course_keys)
        .values_list("translation_key", "locale__language_code")
    )
    languages: dict[UUID, list[str]] = defaultdict(list)
    for key, code in rows:
        languages[key].append(code)
    return dict(languages)


def course_in_language(*, course: CoursePage, language_code: str) -> CoursePage:
    """The live translation of ``course`` in ``language_code``, else the course itself."""
    if course.locale.language_code == language_code:
        return course
    translation = (
        CoursePage.objects.live()
        .filter(
            translation_key=course.translation_key, locale__language_code=language_code
        )
        .first()
    )
    return translation or course


def course_lessons(*, course: CoursePage) -> list[LessonPage]:
    return course.lessons
