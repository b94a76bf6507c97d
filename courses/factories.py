"""Factories for the page tree. `site_tree()` builds home + catalogue for a test."""

import uuid

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from .models import (
    ArticleIndexPage,
    CatalogPage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
)


def quiz_block(*, title="Quiz", questions=None, block_id=None):
    questions = questions or [
        {
            "text": "What is the deviation when a worker slips on unsanded ice?",
            "kind": "single",
            "explanation": "The missing sanding routine is the deviation.",
            "options": [
                {
                    "text": "The broken leg",
                    "correct": False,
                    "feedback": "That is the event.",
                },
                {"text": "The unsanded ice", "correct": True, "feedback": "Yes."},
            ],
        },
        {
            "text": "Who must be informed?",
            "kind": "multiple",
            "explanation": "",
            "options": [
                {"text": "Nearest leader", "correct": True, "feedback": "Yes."},
                {"text": "Verneombud", "correct": True, "feedback": "Yes."},
                {"text": "Nobody", "correct": False, "feedback": "No."},
            ],
        },
    ]
    return {
        "type": "quiz",
        "value": {"title": title, "questions": questions},
        "id": block_id or str(uuid.uuid4()),
    }


def text_block(text="<p>Internal control means working systematically.</p>"):
    return {"type": "paragraph", "value": text, "id": str(uuid.uuid4())}


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_title = "HMS courses"
    slug = factory.Sequence(lambda n: f"home-{n}")

    class Meta:
        model = HomePage


class CatalogPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = factory.Sequence(lambda n: f"courses-{n}")

    class Meta:
        model = CatalogPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A course about HMS."
    audience = "leader"
    duration_minutes = 90
    price_ore = 0
    vat_rate = 25
    legal_basis = "AML § 3-5"
    pass_mark = 80
    certificate_validity_months = 0
    # Tests that are about the minimum-time rule set it; the rest complete courses
    # without simulating minutes of reading.
    min_time_percent = 0

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    minutes = 15
    body = factory.LazyFunction(lambda: [text_block()])

    class Meta:
        model = LessonPage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = factory.Sequence(lambda n: f"articles-{n}")

    class Meta:
        model = ArticleIndexPage


def site_tree():
    """A default site whose root is a HomePage (nb) with a catalogue under it."""
    for code in ("nb", "nn", "en", "uk"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    catalogue = CatalogPageFactory(parent=home)
    return home, catalogue


def course_with_lessons(catalogue, *, lessons=3, quiz_in_last=True, **fields):
    course = CoursePageFactory(parent=catalogue, **fields)
    pages = []
    for i in range(lessons):
        body = [text_block()]
        if quiz_in_last and i == lessons - 1:
            body.append(quiz_block())
        pages.append(LessonPageFactory(parent=course, body=body))
    return course, pages
