"""Helpers the foundation's tests share: translated page trees, quiz answers."""

from django.urls import reverse
from wagtail.models import Locale, Page

RIGHT_ANSWERS = {0: [1], 1: [0, 1]}  # courses.factories.quiz_block's answer key
WRONG_ANSWERS = {0: [0], 1: [2]}


def translate(page: Page, code: str, **fields) -> Page:
    """Publish a translation of ``page`` in ``code`` (missing parents become aliases)."""
    locale = Locale.objects.get(language_code=code)
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return type(page.specific).objects.get(pk=copy.pk)


def translate_course(course, code: str, title: str | None = None):
    """The course and all its lessons in ``code``; returns (course, lessons)."""
    # Translated slugs, as editors would write them: a language switcher that only
    # swapped the URL's language prefix would then lead to a 404.
    translated = translate(
        course,
        code,
        title=title or f"{course.title} ({code})",
        slug=f"{course.slug}-{code}",
    )
    lessons = [
        translate(
            lesson, code, title=f"{lesson.title} ({code})", slug=f"{lesson.slug}-{code}"
        )
        for lesson in course.lessons
    ]
    translated = type(translated).objects.get(pk=translated.pk)
    return translated, lessons


def quiz_post(block_id: str, answers: dict[int, list[int]]) -> dict:
    """Form data for the lesson page's quiz form."""
    data = {}
    for index, chosen in answers.items():
        data[f"{block_id}-q{index}"] = [str(i) for i in chosen]
    return data


def quiz_url(lesson, block_id: str) -> str:
    """Where the lesson page's quiz form posts its answers."""
    return reverse("lms:lesson_quiz", args=[lesson.pk, block_id])


def complete_url(lesson) -> str:
    """Where the lesson page's "Mark as done" form posts."""
    return reverse("lms:lesson_complete", args=[lesson.pk])
