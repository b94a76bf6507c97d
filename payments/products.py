"""What can be bought: a course (any language version) or seats of the all-courses pass.

A small value type so that orders, codes and seats talk about one thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from courses.models import CoursePage

from .models import CoursePass


@dataclass(frozen=True)
class Product:
    course: CoursePage | None = None
    course_pass: CoursePass | None = None

    def __post_init__(self):
        if (self.course is None) == (self.course_pass is None):
            raise ValueError("A product is either a course or a pass.")

    @property
    def key(self) -> str:
        if self.course_pass is not None:
            return f"pass:{self.course_pass.pk}"
        return f"course:{self.course.translation_key}"

    @property
    def name(self) -> str:
        return self.course_pass.name if self.course_pass else self.course.title

    @property
    def price_ore(self) -> int:
        return (self.course_pass or self.course).price_ore

    @property
    def vat_rate(self) -> int:
        return (self.course_pass or self.course).vat_rate

    @property
    def course_key(self) -> UUID | None:
        return self.course.translation_key if self.course else None

    @property
    def is_pass(self) -> bool:
        return self.course_pass is not None


def product_from_key(key: str, *, language_code: str = "") -> Product | None:
    """ "course:<translation key>" or "pass:<id>" -> Product (None when unknown)."""
    kind, _sep, ident = (key or "").partition(":")
    if kind == "pass" and ident.isdigit():
        course_pass = CoursePass.objects.filter(pk=int(ident)).first()
        return Product(course_pass=course_pass) if course_pass else None
    if kind == "course":
        try:
            course_key = UUID(ident)
        except ValueError:
            return None
        pages = CoursePage.objects.live().filter(translation_key=course_key)
        page = (
            pages.filter(locale__language_code=language_code).first()
            if language_code
            else None
        ) or pages.order_by("id").first()
        return Product(course=page) if page else None
    return None


def product_for_line(line) -> Product:
    if line.course_pass_id:
        return Product(course_pass=line.course_pass)
    return Product(course=line.course.specific)
