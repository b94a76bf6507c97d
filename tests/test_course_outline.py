"""The course outline: modules as headings, lessons in reading order."""

import pytest

from courses.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
)
from courses.models import course_outline

pytestmark = pytest.mark.django_db


def titles(outline):
    return [
        (module.title if module else None, [lesson.title for lesson in lessons])
        for module, lessons in outline
    ]


def test_outline_groups_lessons_under_their_modules_in_tree_order(site):
    course = CoursePageFactory(parent=site["catalogue"])
    LessonPageFactory(parent=course, title="Intro")
    one = ModulePageFactory(parent=course, title="Module A")
    LessonPageFactory(parent=one, title="A1")
    LessonPageFactory(parent=one, title="A2")
    two = ModulePageFactory(parent=course, title="Module B")
    LessonPageFactory(parent=two, title="B1")
    ModulePageFactory(parent=course, title="Empty module")
    draft = LessonPageFactory(parent=two, title="Draft")
    draft.unpublish()
    outline = course_outline(course)
    assert titles(outline) == [
        (None, ["Intro"]),
        ("Module A", ["A1", "A2"]),
        ("Module B", ["B1"]),
        ("Empty module", []),
    ]
    assert [lesson.title for lesson in course.lessons] == ["Intro", "A1", "A2", "B1"]


def test_the_lesson_page_shows_the_outline_with_modules(client, site, learner):
    from lms import services

    course = CoursePageFactory(parent=site["catalogue"])
    module = ModulePageFactory(parent=course, title="Module A")
    lesson = LessonPageFactory(parent=module, title="A1")
    services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "Module A" in html
    assert 'aria-current="page"' in html
